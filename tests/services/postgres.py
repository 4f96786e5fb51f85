"""A throwaway PostgreSQL cluster for the tests, started once per session.

The store tests need a real server: full-text search, locking and unique
indexes are what is under test. When ``RETOLD_TEST_POSTGRES_URL`` names a
server (a database a superuser-ish role may CREATE DATABASE in), that server
is used; otherwise ``initdb`` makes a cluster in a temporary folder that
listens on a unix socket only, and it is stopped and deleted at the end.
As root (initdb refuses to run as root) the cluster belongs to the
``postgres`` system user that Debian's package creates.

Missing PostgreSQL fails the tests under CI=true and skips them elsewhere,
saying how to enable them.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

__all__ = [
    "PostgresServer",
    "find_bindir",
    "postgres_clean_url",
    "postgres_server",
    "postgres_url",
]

ENV_URL = "RETOLD_TEST_POSTGRES_URL"
_ENABLE = (
    "install PostgreSQL (as root: `apt-get install -y postgresql`, which `make test` does) "
    f"or set {ENV_URL}=postgresql://user@host/db to a server where that role may CREATE DATABASE"
)


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


@dataclass
class PostgresServer:
    """A running server and the URL of its maintenance database."""

    admin_url: str
    _counter: Iterator[int] = itertools.count()

    def url_for(self, dbname: str) -> str:
        """The admin URL with its database replaced by ``dbname``."""
        base, _, query = self.admin_url.partition("?")
        base = base[: base.rindex("/") + 1] + quote(dbname)
        return f"{base}?{query}" if query else base

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"retold_test_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url_for(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.partition("?")[0].rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class _Cluster:
    """initdb + pg_ctl in a temporary folder, owned by the postgres user when run as root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="retold-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log = self.root / "server.log"
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}{log}"
            )

    def start(self) -> str:
        self.socket_dir.mkdir()
        self.log.touch()
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket_dir, "postgres", "postgres")
            shutil.chown(self.log, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        # No TCP port (nothing to collide with); durability is worthless for a throwaway cluster.
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}'"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        return f"postgresql://postgres@/postgres?host={quote(str(self.socket_dir), safe='')}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session (see the module docstring)."""
    url = os.environ.get(ENV_URL)
    if url:
        yield PostgresServer(url)
        return
    bindir = find_bindir()
    if bindir is None:
        message = f"PostgreSQL is not installed: {_ENABLE}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI=true: a missing PostgreSQL is a failure)", pytrace=False)
        pytest.skip(message)
    cluster = _Cluster(bindir)
    try:
        admin_url = cluster.start()
    except BaseException:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise
    try:
        yield PostgresServer(admin_url)
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def _postgres_shared_db(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database()
    from retold.store import open_store

    open_store(url).close()  # migrated once, emptied before each test that uses it
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture
def postgres_clean_url(_postgres_shared_db: str) -> str:
    """A migrated database with every retold table emptied: a fresh store, without the
    cost of CREATE DATABASE and the migrations for each test."""
    import psycopg

    with psycopg.connect(_postgres_shared_db, autocommit=True) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT quote_ident(tablename) FROM pg_tables"
                " WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'"
            )
        ]
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")
    return _postgres_shared_db
