"""A PostgreSQL cluster of our own: ``initdb`` + ``pg_ctl``, started and stopped around a job.

Used by the store tests (tests/services/postgres.py wraps it in pytest fixtures;
the data is in a temporary folder, deleted at the end) and by the benchmarks
when no server is named (the data is kept in .bench/, so the large stores are
built once, as the SQLite ones are), so there is one copy of how the cluster is
made. The cluster listens on a unix socket only (no port to collide
with) and runs with ``fsync=off``, ``synchronous_commit=off`` and
``full_page_writes=off``: durability is worthless for data deleted at the end,
and the measures are of retold, not of the disk. As root (initdb refuses to run
as root) the cluster belongs to the ``postgres`` system user that Debian's
package creates; scripts/ensure-postgres installs that package.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

__all__ = [
    "BENCH_OPTIONS",
    "Cluster",
    "PostgresServer",
    "find_bindir",
    "major_version",
    "throwaway_server",
]

SERVER_OPTIONS = (
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
)
"""What the throwaway cluster runs with (besides where it listens); the bench rows say so."""

# The environment as this module found it. A Dask cluster started in the same process sets
# MALLOC_TRIM_THRESHOLD_=65536 and thread counts for its workers in os.environ; a server
# started after it inherited them, and its full-text queries ran five times slower.
START_ENV = dict(os.environ)

BENCH_OPTIONS = "-c shared_buffers=1GB -c effective_cache_size=4GB"
"""What the benchmark's server adds, as a server holding a large store would be set up:
its pages stay in PostgreSQL's own cache, which the machine does not reclaim."""


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: PATH first, then Debian's versioned folders."""
    found = shutil.which("initdb")
    if found is not None and shutil.which("pg_ctl") is not None:
        return Path(found).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def major_version(bindir: Path) -> str:
    """The server's major version ("15"): a kept data folder only fits that version."""
    out = subprocess.run(
        [str(bindir / "pg_ctl"), "--version"], capture_output=True, text=True, check=True
    ).stdout
    return out.split()[-1].split(".")[0]


@dataclass
class PostgresServer:
    """A running server and the URL of its maintenance database."""

    admin_url: str
    prefix: str = "retold_test"
    _counter: Iterator[int] = field(default_factory=itertools.count)

    def url_for(self, dbname: str) -> str:
        """The admin URL with its database replaced by ``dbname``."""
        base, _, query = self.admin_url.partition("?")
        base = base[: base.rindex("/") + 1] + quote(dbname)
        return f"{base}?{query}" if query else base

    def create_database(self, name: str | None = None, *, exist_ok: bool = False) -> str:
        """A new empty database (named ``name`` or a fresh one); returns its URL.

        With ``exist_ok``, a database of that name that is already there is kept as it is.
        """
        import psycopg

        name = name or f"{self.prefix}_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            there = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if not (exist_ok and there.fetchone()):
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.partition("?")[0].rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Cluster:
    """initdb + pg_ctl, owned by the postgres user when run as root.

    The data lives in a temporary folder deleted by :meth:`stop`, or in ``data`` when
    given: made on first use and kept (a cache, as the benchmarks keep their stores).
    The socket and the log are always in the temporary folder.
    """

    def __init__(self, bindir: Path, data: Path | None = None, options: str = "") -> None:
        self.bindir = bindir
        self.options = options
        self.root = Path(tempfile.mkdtemp(prefix="retold-pg-"))
        self.keep = data is not None
        self.data = data if data is not None else self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log = self.root / "server.log"
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str, check: bool = True) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=START_ENV)
        if proc.returncode != 0 and check:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}{log}"
            )

    def _own(self, path: Path) -> None:
        if self.as_root:
            shutil.chown(path, "postgres", "postgres")

    def start(self) -> str:
        """Make (unless kept from an earlier run) and start the cluster; returns the URL
        of its ``postgres`` database."""
        self.socket_dir.mkdir()
        self.log.touch()
        for path in (self.root, self.socket_dir, self.log):
            self._own(path)
        if not (self.data / "PG_VERSION").exists():
            self.data.mkdir(parents=True, exist_ok=True)
            self._own(self.data)
            self._run(
                "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
            )  # fmt: skip
        elif (self.data / "postmaster.pid").exists():
            # A kept cluster whose last user was killed before stopping it.
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            + SERVER_OPTIONS
            + (f" {self.options}" if self.options else "")
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        return f"postgresql://postgres@/postgres?host={quote(str(self.socket_dir), safe='')}"

    def stop(self) -> None:
        """Stop the server (at once, unless its data is kept) and delete the temporary folder."""
        mode = "fast" if self.keep else "immediate"
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@contextmanager
def throwaway_server(
    bindir: Path | None = None,
    *,
    data: Path | None = None,
    prefix: str = "retold_test",
    options: str = "",
) -> Iterator[PostgresServer]:
    """A cluster running for the ``with`` block, stopped at its end.

    Its data is deleted too, unless ``data`` names a folder to keep it in (see
    :class:`Cluster`). ``options`` are more server settings (``-c name=value ...``).
    RuntimeError when PostgreSQL is not installed.
    """
    bindir = bindir or find_bindir()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL is not installed (initdb and pg_ctl not found); "
            "scripts/ensure-postgres installs it as root"
        )
    cluster = Cluster(bindir, data, options)
    try:
        admin_url = cluster.start()
    except BaseException:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise
    try:
        yield PostgresServer(admin_url, prefix=prefix)
    finally:
        cluster.stop()
