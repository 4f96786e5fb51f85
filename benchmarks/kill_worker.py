"""A Dask worker killed mid-ingest into PostgreSQL: every document still lands, once.

The measure the scale issue asks for: ingest N synthetic documents (100k by default)
into PostgreSQL with 2 Dask workers, SIGKILL one worker's OS process once about 40%
is written, let the run finish, then count. The row says how many documents the
killed worker had in flight (tasks it was processing or results it held that the
caller had not fetched yet), on which worker each of those tasks ran again, and
whether the store ends with exactly the input: ``count(documents)`` equals the input
count, every input id is there, and no content hash is stored twice.

Without ``--pg-url`` a throwaway cluster is started for the run (benchmarks/_postgres.py:
unix socket, ``fsync=off``, ``synchronous_commit=off``) and deleted at the end. The
corpus (one JSON file per document, folders of 1,000) is written once to .bench/.

    nice -n 10 python -m benchmarks.kill_worker --docs 100000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from distributed import Client
from distributed.diagnostics.plugin import SchedulerPlugin

from retold.evaluation.synth import GENERATOR_VERSION, corpus

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"
SEED = 2026
FOLDER_SIZE = 1_000

Row = dict[str, Any]


def _log(message: str) -> None:
    print(f"[kill-worker {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def write_corpus(docs: int) -> tuple[Path, list[str]]:
    """The first ``docs`` synthetic documents as JSON files (cached); returns the folder and ids."""
    folder = BENCH / f"kill-v{GENERATOR_VERSION}-s{SEED}-{docs}"
    generated = list(islice(corpus(SEED, -(-docs // 5)), docs))
    ids = [d.id for d in generated]
    if folder.is_dir() and sum(1 for _ in folder.glob("*/*.json")) == docs:
        return folder, ids
    _log(f"writing {docs:,} documents to {folder.relative_to(ROOT)}")
    partial = folder.with_name(folder.name + ".partial")
    if partial.exists():
        import shutil

        shutil.rmtree(partial)
    for n, doc in enumerate(generated):
        sub = partial / f"{n // FOLDER_SIZE:05d}"
        if n % FOLDER_SIZE == 0:
            sub.mkdir(parents=True)
        (sub / f"{doc.id}.json").write_text(json.dumps(doc.to_dict()), encoding="utf-8")
    partial.rename(folder)
    return folder, ids


class RunLog(SchedulerPlugin):
    """On the scheduler: which workers each ingest task was sent to, in order."""

    name = "retold-kill-worker-log"

    def __init__(self) -> None:
        self.runs: dict[str, list[str]] = {}
        self.scheduler: Any = None

    async def start(self, scheduler: Any) -> None:
        self.scheduler = scheduler

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        if finish != "processing" or not str(key).startswith("_run_task"):
            return
        ts = self.scheduler.tasks.get(key)
        worker = ts.processing_on.address if ts is not None and ts.processing_on else "?"
        self.runs.setdefault(str(key), []).append(worker)


def _on_worker(dask_scheduler: Any, address: str) -> dict[str, list[str]]:
    """The ingest tasks a worker is processing, and the finished ones it holds."""
    ws = dask_scheduler.workers[address]
    return {
        "processing": [str(ts.key) for ts in ws.processing],
        "held": [str(ts.key) for ts in ws.has_what],
    }


def _runs(dask_scheduler: Any) -> dict[str, list[str]]:
    plugin = dask_scheduler.plugins[RunLog.name]
    return dict(plugin.runs)


def check_store(url: str, ids: list[str]) -> dict[str, int]:
    """What the database holds, counted by PostgreSQL itself."""
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM documents"
        ).fetchone()
        assert row is not None
        count, hashes = row
        stored = {doc_id for (doc_id,) in conn.execute("SELECT id FROM documents")}
    return {
        "stored": count,
        "duplicate_hashes": count - hashes,
        "missing_ids": len(set(ids) - stored),
        "unexpected_ids": len(stored - set(ids)),
    }


def _ingest(url: str, folder: Path, ids: list[str], *, workers: int, kill_at: float) -> Row:
    from retold.ingest.distributed import PipelinePlugin, dask_client, ingest_paths_distributed
    from retold.store import open_store

    total = len(ids)
    docs_of: dict[str, list[str]] = {}  # task key -> ids of its documents
    killed: Row = {}
    written = 0
    next_report = 0.05
    started = 0.0

    def record(client: Client) -> Callable[..., Any]:
        submit = client.submit

        def wrapped(fn: Any, files: list[str], documents: list[Any], *a: Any, **k: Any) -> Any:
            future = submit(fn, files, documents, *a, **k)
            docs_of[str(future.key)] = [Path(f).stem for f in files] + [d.id for d in documents]
            return future

        return wrapped

    def progress(client: Client) -> Callable[[int], None]:
        def step(read: int) -> None:
            nonlocal written, next_report
            written += read
            if written / total >= next_report:
                rate = written / (time.perf_counter() - started)
                _log(f"{written:,}/{total:,} written, {rate:.1f} docs/s")
                next_report += 0.05
            if not killed and written >= kill_at * total:
                kill(client)

        return step

    def kill(client: Client) -> None:
        info = client.scheduler_info()["workers"]
        tasks = {a: client.run_on_scheduler(_on_worker, address=a) for a in info}
        work = {
            a: [k for k in t["processing"] + t["held"] if k in docs_of] for a, t in tasks.items()
        }
        address = max(work, key=lambda a: len(work[a]))
        mine = work[address]
        if not mine:
            return  # no worker holds ingest work at this instant: try after the next task
        pid = client.run(os.getpid, workers=[address])[address]
        os.kill(pid, signal.SIGKILL)
        killed.update(
            worker=address,
            pid=pid,
            after_docs=written,
            tasks=mine,
            docs=[d for k in mine for d in docs_of[k]],
        )
        _log(
            f"SIGKILL worker {address} (pid {pid}) after {written:,} documents; it had "
            f"{len(mine)} tasks ({len(killed['docs'])} documents) in flight"
        )

    with dask_client(workers=workers) as client, open_store(url) as store:
        if store.count_documents():
            raise SystemExit(f"{url} is not empty: the count would mean nothing")
        client.register_plugin(RunLog())
        client.register_plugin(PipelinePlugin())
        client.run(lambda: None)  # the model is loaded on every worker before the clock starts
        client.submit = record(client)  # type: ignore[method-assign]
        started = time.perf_counter()
        summary = ingest_paths_distributed(store, [folder], dask=client, progress=progress(client))
        seconds = time.perf_counter() - started
        runs = client.run_on_scheduler(_runs)
        pids_after = sorted(client.run(os.getpid).values())
    rerun = {k: runs.get(k, []) for k in killed.get("tasks", [])}
    return {
        "seconds": round(seconds, 1),
        "docs_per_s": round(total / seconds, 1),
        "summary": {
            "read": summary.read,
            "added": summary.added,
            "duplicates": summary.duplicates,
            "rejections": [r.code for r in summary.rejections],
        },
        "killed": killed,
        "rerun": rerun,
        "workers_after": len(pids_after),
        "killed_pid_gone": killed.get("pid") not in pids_after,
    }


def measure(
    docs: int = 100_000,
    *,
    pg_url: str | None = None,
    workers: int = 2,
    kill_at: float = 0.4,
) -> Row:
    """Run the measure; returns its one row (see the module docstring)."""
    from ._postgres import SERVER_OPTIONS, throwaway_server

    folder, ids = write_corpus(docs)
    if pg_url:
        server = f"given ({pg_url.partition('?')[0].rsplit('@', 1)[-1]})"
        url = pg_url
        run = _ingest(url, folder, ids, workers=workers, kill_at=kill_at)
        counts = check_store(url, ids)
    else:
        server = f"throwaway cluster ({SERVER_OPTIONS.replace('-c ', '')})"
        with throwaway_server(prefix="retold_bench") as pg:
            url = pg.create_database()
            _log(f"throwaway PostgreSQL cluster at {pg.admin_url}")
            run = _ingest(url, folder, ids, workers=workers, kill_at=kill_at)
            counts = check_store(url, ids)
    killed = run["killed"]
    in_flight = set(killed.get("docs", []))
    # The in-flight documents are among the stored ones (missing_ids counts every input id).
    rerun = run["rerun"]
    summary = run["summary"]
    return {
        "measure": "ingest_kill_worker_lost_docs",
        "value": counts["missing_ids"],
        "unit": "docs",
        "target": "0 lost, 0 duplicates",
        "backend": "postgresql",
        "server": server,
        "docs": docs,
        "stored": counts["stored"],
        "duplicate_hashes": counts["duplicate_hashes"],
        "unexpected_ids": counts["unexpected_ids"],
        "count_equals_input": counts["stored"] == docs,
        "workers": workers,
        "seconds": run["seconds"],
        "docs_per_s": run["docs_per_s"],
        "killed_after_docs": killed.get("after_docs"),
        "killed_in_flight_tasks": len(rerun),
        "killed_in_flight_docs": len(in_flight),
        # Each of the killed worker's tasks was sent again to a worker that was alive.
        "killed_tasks_run_again": sum(1 for w in rerun.values() if len(w) >= 2),
        "killed_pid_gone": run["killed_pid_gone"],
        "workers_after": run["workers_after"],
        "summary_added": summary["added"],
        "summary_duplicates": summary["duplicates"],
        "summary_rejections": len(summary["rejections"]),
        "loadavg_1m": round(os.getloadavg()[0], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kill_worker", description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000, help="Documents (default 100000).")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--kill-at", type=float, default=0.4, help="Share written before the kill (default 0.4)."
    )
    parser.add_argument("--pg-url", help="An empty database to use instead of a throwaway cluster.")
    parser.add_argument(
        "--no-write", action="store_true", help="Print the row without appending it to results."
    )
    args = parser.parse_args(argv)
    BENCH.mkdir(exist_ok=True)
    row = measure(args.docs, pg_url=args.pg_url, workers=args.workers, kill_at=args.kill_at)
    stamp = date.today().isoformat()
    line = json.dumps({"date": stamp, **row})
    print(line)
    if not args.no_write:
        out = ROOT / "benchmarks" / "results" / f"{stamp}.jsonl"
        with out.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
        _log(f"written to {out.relative_to(ROOT)}")
    ok = row["value"] == 0 and row["duplicate_hashes"] == 0 and row["stored"] == args.docs
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
