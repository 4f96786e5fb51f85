"""`make bench`: speed of the pipeline, the check and ingest, as one JSON line per measure.

Ratios are measured within one run (retold's pipeline against bare ``nlp.pipe`` of the
same model on the same texts; Dask ingest at 2 workers against 1), so the machine's
speed cancels out. The scale measures (Dask ingest, check on synthetic stores of 1k to
100k documents) live in benchmarks/scale.py; benchmarks/README.md says how the large
stores are built. Results are printed as a table and appended to
benchmarks/results/<date>.jsonl.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import spacy

from retold.check import Checker
from retold.document import Document
from retold.ingest import walk
from retold.ingest.load import ingest_paths
from retold.pipeline import MODEL_PACKAGE, analyse, load_pipeline
from retold.store import open_store

from . import _postgres, scale

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[Document]:
    folders = [ROOT / "demo" / "corpus"] + sorted((ROOT / "tests" / "cases").glob("*/corpus"))
    return [d for d in walk(folders) if isinstance(d, Document)]


def _words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def bench_pipeline(repeat: int = 3, copies: int = 4) -> list[dict[str, object]]:
    docs = _texts() * copies
    words = _words(docs)
    bare = spacy.load(MODEL_PACKAGE)
    nlp = load_pipeline()
    list(bare.pipe(d.text for d in docs[:5]))
    list(analyse(nlp, docs[:5]))
    bare_t, ours_t = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        list(bare.pipe((d.text for d in docs), batch_size=32))
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(analyse(nlp, docs, batch_size=32))
        ours_t.append(time.perf_counter() - t)
    b, o = min(bare_t), min(ours_t)
    return [
        {"measure": "pipeline_words_per_s_bare", "value": round(words / b), "unit": "words/s"},
        {"measure": "pipeline_words_per_s_retold", "value": round(words / o), "unit": "words/s"},
        {
            "measure": "pipeline_throughput_ratio",
            "value": round(b / o, 3),
            "unit": "ratio",
            "target": ">= 0.7",
        },
    ]


def bench_components(copies: int = 2) -> list[dict[str, object]]:
    """Each retold component's time as a share of spaCy's own components on the same texts.

    The components run one after another over all documents (each with ``pipe`` where it
    has one), so every one is timed on its own.
    """
    docs = [d.text for d in _texts() * copies]
    nlp = load_pipeline()
    list(nlp.pipe(docs[:5]))
    parsed = [nlp.make_doc(t) for t in docs]
    took: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        if hasattr(proc, "pipe"):
            parsed = list(proc.pipe(parsed, batch_size=32))
        else:
            parsed = [proc(d) for d in parsed]
        took[name] = time.perf_counter() - t
    spacy_own = sum(v for k, v in took.items() if not k.startswith("retold_"))
    rows: list[dict[str, object]] = [
        {"measure": f"component_share_{k}", "value": round(v / spacy_own, 3), "unit": "ratio"}
        for k, v in took.items()
        if k.startswith("retold_")
    ]
    figures_dates = took.get("retold_figures", 0.0) + took.get("retold_dates", 0.0)
    rows.append(
        {
            "measure": "component_share_figures_and_dates",
            "value": round(figures_dates / spacy_own, 3),
            "unit": "ratio",
            "target": "<= 0.15",
        }
    )
    rows.append(
        {
            "measure": "component_share_attribution",
            "value": round(took.get("retold_attributions", 0.0) / spacy_own, 3),
            "unit": "ratio",
            "target": "<= 0.30",
        }
    )
    return rows


def bench_check() -> list[dict[str, object]]:
    nlp = load_pipeline()
    store = open_store("sqlite://")
    ingest_paths(
        store, nlp, [ROOT / "demo" / "corpus"] + sorted((ROOT / "tests" / "cases").glob("*/corpus"))
    )
    targets = [
        d
        for d in walk(
            [ROOT / "demo" / "target.json"]
            + sorted((ROOT / "tests" / "cases").glob("*/target.json"))
        )
        if isinstance(d, Document)
    ]
    checker = Checker(store, nlp)
    times = []
    for doc in targets * 2:
        t = time.perf_counter()
        checker.check(doc)
        times.append(time.perf_counter() - t)
    times.sort()
    return [
        {
            "measure": "check_latency_p50_s",
            "value": round(statistics.median(times), 3),
            "unit": "s",
            "store_docs": store.count_documents(),
        },
        {
            "measure": "check_latency_p95_s",
            "value": round(times[int(0.95 * (len(times) - 1))], 3),
            "unit": "s",
            "store_docs": store.count_documents(),
        },
    ]


PROFILES = {
    # pool stories (5 documents each), store sizes, articles checked per store
    "full": {"pool": 200, "sizes": (1_000, 10_000, 100_000), "articles": 20},
    "quick": {"pool": 40, "sizes": (1_000,), "articles": 5},
}


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _backends(args: argparse.Namespace) -> list[str]:
    """The asked backends; by default SQLite, and PostgreSQL too when it is installed."""
    if args.backend:
        return list(dict.fromkeys(args.backend))
    if args.pg_url or _postgres.find_bindir() is not None:
        return ["sqlite", "postgresql"]
    _log("PostgreSQL is not installed (scripts/ensure-postgres): SQLite stores only")
    return ["sqlite"]


@contextmanager
def _pg_server(
    backends: list[str], pg_url: str | None
) -> Iterator[_postgres.PostgresServer | None]:
    """The bench's own PostgreSQL cluster when one is needed and no --pg-url names a server.

    It runs for the scale part only; its data stays in .bench/postgres-<version> so the
    large stores are built once, like the SQLite files beside it.
    """
    if "postgresql" not in backends or pg_url:
        yield None
        return
    bindir = _postgres.find_bindir()
    if bindir is None:
        raise SystemExit("--backend postgresql needs --pg-url or PostgreSQL installed")
    data = scale.BENCH / f"postgres-{_postgres.major_version(bindir)}"
    with _postgres.throwaway_server(
        bindir, data=data, prefix="retold_bench", options=_postgres.BENCH_OPTIONS
    ) as server:
        _log(f"started PostgreSQL {bindir} on {data.relative_to(ROOT)} (fsync=off)")
        yield server
    _log("stopped PostgreSQL")


def bench_scale(args: argparse.Namespace) -> list[dict[str, object]]:
    profile = PROFILES["quick" if args.quick else "full"]
    scale.BENCH.mkdir(exist_ok=True)
    _log(f"ingest: {profile['pool'] * scale.DOCS_PER_STORY} documents, Dask at 1 and 2 workers")
    # In a fresh process: the main process writes every document the workers analyse, and
    # carries no memory of the stages before (and the cluster's environment stays there).
    done = scale.in_fresh_process("--ingest-worker", profile["pool"], 0 if args.quick else 1)
    rows, pool_db = done["rows"], Path(done["pool_db"])
    p50: dict[tuple[str, int], float] = {}
    backends = _backends(args)
    with _pg_server(backends, args.pg_url) as server:
        for backend in backends:
            server_note = (
                {"server": "bench cluster (fsync=off, shared_buffers=1GB)"}
                if backend == "postgresql" and server
                else {}
            )
            for size in profile["sizes"]:
                url = scale.store_url(backend, size, profile["pool"], args.pg_url, server)
                took = scale.build_store(url, pool_db, size, _log)
                if took:
                    rows.append(
                        {
                            "measure": f"store_build_s_{size // 1000}k",
                            "value": round(took, 1),
                            "unit": "s",
                            "backend": backend,
                            "store_docs": size,
                            **server_note,
                        }
                    )
                _log(
                    f"check: {profile['articles']} articles against {size:,} documents ({backend})"
                )
                found = scale.bench_check_scale(
                    url, size, profile["pool"], profile["articles"], backend
                )
                p50[(backend, size)] = float(found[0]["value"])  # type: ignore[arg-type]
                rows += [{**row, **server_note} for row in found]
            if (backend, 10_000) in p50 and (backend, 100_000) in p50:
                rows.append(
                    {
                        "measure": "check_latency_growth_10k_to_100k",
                        "value": round(p50[(backend, 100_000)] / p50[(backend, 10_000)], 2),
                        "unit": "ratio",
                        "target": "well below 10",
                        "backend": backend,
                    }
                )
    return rows


def bench_trace(quick: bool) -> list[dict[str, object]]:
    """Incremental trace on a copy of the scale bench's 10k store (1k for the quick profile)."""
    profile = PROFILES["quick" if quick else "full"]
    size = 1_000 if quick else 10_000
    pool_db = scale.BENCH / f"pool-v{scale.GENERATOR_VERSION}-s{scale.SEED}-{profile['pool']}.db"
    url = scale.store_url("sqlite", size, profile["pool"], None)
    scale.build_store(url, pool_db, size, _log)
    count = 3 if quick else 6
    _log(f"trace: add {count} documents one at a time to a {size:,}-document store")
    # In a fresh process, as the check is: a user's `retold trace` has neither the Dask
    # stage's worker tuning nor the memory of every earlier stage.
    rows: list[dict[str, object]] = scale.in_fresh_process(
        "--trace-worker", url, profile["pool"], size, count
    )
    return rows


def trace_worker(url: str, pool: int, size: int, count: int) -> None:
    """In a subprocess: the incremental trace measure; prints its rows as one JSON line."""
    from . import trace_incremental

    added = scale.targets(pool, size, count)
    rows = trace_incremental.measure_on_store(Path(url.removeprefix("sqlite:///")), added)
    print(json.dumps(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="The small profile (make bench-quick)."
    )
    parser.add_argument(
        "--only",
        help="Comma-separated parts: pipeline, check, scale, trace, web (the default: all "
        "of these), kill (only when named; see benchmarks/kill_worker.py).",
    )
    parser.add_argument(
        "--kill-docs",
        type=int,
        help="Documents for the kill part (default 100000; 2000 with --quick).",
    )
    parser.add_argument(
        "--kill-pg-url",
        help="An empty database for the kill part (default: a throwaway cluster).",
    )
    parser.add_argument(
        "--backend",
        action="append",
        choices=["sqlite", "postgresql"],
        help="Store backends for the scale measures (repeatable; default sqlite, and "
        "postgresql when PostgreSQL is installed or --pg-url is given).",
    )
    parser.add_argument(
        "--pg-url",
        help="PostgreSQL URL template with {size}, e.g. postgresql://localhost/retold_bench_{size}.",
    )
    parser.add_argument(
        "--check-worker", nargs=3, metavar=("URL", "POOL", "ARTICLES"), help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--ingest-worker", nargs=2, metavar=("STORIES", "SINGLE"), help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--trace-worker", nargs=4, metavar=("URL", "POOL", "SIZE", "ADDED"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.ingest_worker:
        stories, single = args.ingest_worker
        ingest_rows, pool_db = scale.bench_ingest(int(stories), single=single == "1")
        print(json.dumps({"rows": ingest_rows, "pool_db": str(pool_db)}))
        return 0
    if args.trace_worker:
        url, pool, size, count = args.trace_worker
        trace_worker(url, int(pool), int(size), int(count))
        return 0
    if args.check_worker:
        url, pool, count = args.check_worker
        scale.check_worker(url, int(pool), int(count))
        return 0
    parts = set((args.only or "pipeline,check,scale,trace,web").split(","))
    quick = args.quick
    started = time.perf_counter()
    rows: list[dict[str, object]] = []
    if "pipeline" in parts:
        _log("pipeline throughput against bare nlp.pipe")
        rows += bench_pipeline(repeat=1 if quick else 3, copies=1 if quick else 4)
        rows += bench_components(copies=1 if quick else 2)
    if "check" in parts and not quick:
        _log("check latency on the demo and case corpora")
        rows += bench_check()
    if "scale" in parts:
        rows += bench_scale(args)
    if "trace" in parts:
        rows += bench_trace(quick)
    if "kill" in parts:  # never in the default set: 100k documents take about an hour
        from . import kill_worker

        docs = args.kill_docs or (2_000 if quick else 100_000)
        _log(f"kill: ingest {docs:,} documents into PostgreSQL with 2 workers, kill one")
        rows.append(kill_worker.measure(docs, pg_url=args.kill_pg_url))
    if "web" in parts:
        from . import web_load

        _log("web: concurrent POST /api/check of the demo article against retold serve")
        rows += web_load.measure(quick)
    stamp = date.today().isoformat()
    out = ROOT / "benchmarks" / "results" / f"{stamp}.jsonl"
    with out.open("a", encoding="utf-8") as fh:
        for row in rows:
            row = {"date": stamp, **({"profile": "quick"} if quick else {}), **row}
            fh.write(json.dumps(row) + "\n")
    width = max(len(str(r["measure"])) for r in rows)
    for r in rows:
        print(f"{r['measure']:<{width}}  {r['value']:>10} {r['unit']:<8} {r.get('target', '')}")
    print(f"written to {out.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
