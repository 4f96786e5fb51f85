"""Scale measures: Dask ingest speed-up, and check latency and memory on 1k-100k stores.

How the large stores are built (honestly, and why): analysing 100,000 documents
with spaCy would take hours on this machine, so only a *pool* of distinct
generated documents goes through the real pipeline, by a real Dask ingest
(which is also the ingest throughput measure). Larger stores are then made of
renamed copies of the pool's stories: every invented name of a story (place,
district, official, witness) is replaced by another invented name of the same
length, in the text and in every string of the stored analysis, so all offsets
still hold and the index keys (people, figures) are rebuilt from the renamed
analysis with the same function ingest uses. What is *not* re-run for a copy is
spaCy itself: a copy's analysis is the pool document's, renamed. Built stores
are cached under .bench/, keyed by generator version, seed, size and schema
version, so only the first run pays for them.

Check latency is measured in a fresh subprocess per store, which also reports
its peak resident memory (ru_maxrss), model included.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from retold.document import Document
from retold.evaluation.synth import (
    GENERATOR_VERSION,
    corpus,
    make_story,
    rename,
    rename_analysis,
    renaming,
    retelling,
)
from retold.ingest.load import ingest_paths, mentions_of
from retold.records import Analysis
from retold.store import DocumentItem, open_store
from retold.store.migrations import POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, latest_version

from ._postgres import START_ENV, PostgresServer

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"
SEED = 2026
DOCS_PER_STORY = 5

Row = dict[str, Any]


def _words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


# -- the pool: real documents, real pipeline, real Dask ----------------------------------


def write_pool(stories: int) -> tuple[Path, list[Document]]:
    """The pool's documents as one JSON file each (the input of the ingest measure)."""
    folder = BENCH / f"pool-v{GENERATOR_VERSION}-s{SEED}-{stories}"
    docs = list(corpus(SEED, stories))
    if not folder.is_dir() or len(list(folder.glob("*.json"))) != len(docs):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for doc in docs:
            (folder / f"{doc.id}.json").write_text(json.dumps(doc.to_dict()), encoding="utf-8")
    return folder, docs


def bench_ingest(stories: int, *, single: bool) -> tuple[list[Row], Path]:
    """Ingest throughput with Dask at 1 and 2 workers (and in one process, for reference).

    Cluster start and model loading are left out of the timing: they are paid once
    per run, not per document. Returns the rows and the 2-worker store (the pool store).
    """
    from retold.ingest.distributed import PipelinePlugin, dask_client, ingest_paths_distributed
    from retold.pipeline import load_pipeline

    folder, docs = write_pool(stories)
    words = _words(docs)
    rows: list[Row] = []
    seconds: dict[int, float] = {}
    pool_db = BENCH / f"pool-v{GENERATOR_VERSION}-s{SEED}-{stories}.db"
    for workers in (1, 2):
        db = BENCH / f"ingest-{workers}.db"
        db.unlink(missing_ok=True)
        with dask_client(workers=workers) as client, open_store(f"sqlite:///{db}") as store:
            client.register_plugin(PipelinePlugin())
            client.run(lambda: None)
            t = time.perf_counter()
            summary = ingest_paths_distributed(store, [folder], dask=client)
            seconds[workers] = time.perf_counter() - t
            assert summary.added == len(docs), summary.to_dict()
        rows.append(
            {
                "measure": f"ingest_docs_per_s_dask_{workers}w",
                "value": round(len(docs) / seconds[workers], 1),
                "unit": "docs/s",
                "words_per_s": round(words / seconds[workers]),
                "docs": len(docs),
                "loadavg_1m": round(os.getloadavg()[0], 1),
            }
        )
    shutil.move(BENCH / "ingest-2.db", pool_db)
    for suffix in ("-wal", "-shm"):
        (BENCH / f"ingest-2.db{suffix}").unlink(missing_ok=True)
    (BENCH / "ingest-1.db").unlink(missing_ok=True)
    rows.append(
        {
            "measure": "ingest_dask_speedup_2w",
            "value": round(seconds[1] / seconds[2], 3),
            "unit": "ratio",
            "target": ">= 1.7",
            "cores": os.cpu_count(),
            # Other work on the machine takes cores from the workers: read the ratio with it.
            "loadavg_1m": round(os.getloadavg()[0], 1),
        }
    )
    if single:
        nlp = load_pipeline()
        with open_store("sqlite://") as store:
            t = time.perf_counter()
            ingest_paths(store, nlp, [folder])
            took = time.perf_counter() - t
        rows.append(
            {
                "measure": "ingest_docs_per_s_one_process",
                "value": round(len(docs) / took, 1),
                "unit": "docs/s",
                "words_per_s": round(words / took),
                "docs": len(docs),
            }
        )
    return rows, pool_db


# -- large stores: renamed copies of the pool ------------------------------------------


def _pool_items(pool_db: Path) -> dict[int, list[tuple[Document, dict[str, Any]]]]:
    """The pool's stored documents and analyses, by story."""
    by_story: dict[int, list[tuple[Document, dict[str, Any]]]] = {}
    with open_store(f"sqlite:///{pool_db}") as store:
        for doc in store.iter_documents():
            analysis = store.get_analysis(doc.id)
            assert analysis is not None
            by_story.setdefault(int(doc.id.split("-")[1]), []).append((doc, analysis))
    return by_story


def _copies(
    pool: dict[int, list[tuple[Document, dict[str, Any]]]], size: int
) -> Iterator[DocumentItem]:
    """``size`` documents: the pool itself, then renamed copies of its stories."""
    made = 0
    copy = 0
    while True:
        for index, items in sorted(pool.items()):
            mapping = renaming(make_story(SEED, index), SEED, copy) if copy else {}
            for doc, data in items:
                if made >= size:
                    return
                if copy:
                    doc = rename(doc, mapping, suffix=f"~c{copy}")
                    data = rename_analysis(data, mapping)
                analysis = Analysis.from_dict(data)
                yield (doc, analysis.sentences, mentions_of(analysis), data)
                made += 1
        copy += 1


def store_url(
    backend: str,
    size: int,
    pool_stories: int,
    pg_url: str | None,
    server: PostgresServer | None = None,
) -> str:
    """Where the store of ``size`` documents lives.

    PostgreSQL: ``--pg-url`` (a template with ``{size}``) names an existing database;
    otherwise a database named like the SQLite file, made when missing on ``server``
    (the bench's own cluster, whose data is kept in .bench/).
    """
    if backend == "sqlite":
        schema = latest_version(SQLITE_MIGRATIONS)
        name = f"store-v{GENERATOR_VERSION}-s{SEED}-pool{pool_stories}-{size}-schema{schema}.db"
        return f"sqlite:///{BENCH / name}"
    if backend == "postgresql" and pg_url:
        # A template such as postgresql://localhost/retold_bench_{size}: one database per size.
        return pg_url.format(size=size)
    if backend == "postgresql" and server is not None:
        schema = latest_version(POSTGRES_MIGRATIONS)
        name = f"store_v{GENERATOR_VERSION}_s{SEED}_pool{pool_stories}_{size}_schema{schema}"
        return server.create_database(name, exist_ok=True)
    raise SystemExit(f"unknown backend {backend!r} (or --pg-url missing)")


def build_store(url: str, pool_db: Path, size: int, log: Callable[[str], None]) -> float:
    """Fill the store at ``url`` to ``size`` documents unless it already holds them."""
    with open_store(url) as store:
        have = store.count_documents()
        if have == size:
            return 0.0
        if have:
            raise SystemExit(f"{url} holds {have} documents, not {size}: remove it first")
        pool = _pool_items(pool_db)
        log(f"building a {size:,}-document store at {url} (cached for later runs)")
        t = time.perf_counter()
        batch: list[DocumentItem] = []
        for item in _copies(pool, size):
            batch.append(item)
            if len(batch) == 1000:
                store.add_documents(batch)
                batch.clear()
        store.add_documents(batch)
        assert store.count_documents() == size
        return time.perf_counter() - t


def targets(pool_stories: int, size: int, count: int) -> list[Document]:
    """Retellings of stories spread over the store (pool stories and renamed copies)."""
    stories_in_store = size // DOCS_PER_STORY
    step = max(1, stories_in_store // count)
    out = []
    for n in range(0, stories_in_store, step)[:count]:
        copy, index = divmod(n, pool_stories)
        story = make_story(SEED, index)
        article, _ = retelling(story, SEED)
        if copy:
            article = rename(article, renaming(story, SEED, copy), suffix=f"~c{copy}")
        out.append(article)
    return out


def check_worker(url: str, pool_stories: int, count: int) -> None:
    """In a subprocess: check ``count`` retellings against the store; print one JSON line."""
    from retold.check import Checker
    from retold.pipeline import load_pipeline

    nlp = load_pipeline()
    with open_store(url) as store:
        size = store.count_documents()
        articles = targets(pool_stories, size, count)
        checker = Checker(store, nlp)
        checker.check(articles[0])  # the model's own first call
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Two passes: the first reads the store's pages from disk (a store just opened),
        # the second is a store in use (its pages cached, as on a server). Both are kept.
        cold = []
        for article in articles:
            t = time.perf_counter()
            checker.check(article)
            cold.append(time.perf_counter() - t)
        times = []
        found = 0
        for article in articles:
            t = time.perf_counter()
            report = checker.check(article)
            times.append(time.perf_counter() - t)
            found += sum(1 for r in report.claims if r.verdict != "unsupported")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "times": times,
                "cold_times": cold,
                "peak_kb": peak,
                "baseline_kb": baseline,
                "supported": found,
            }
        )
    )


def in_fresh_process(flag: str, *args: object) -> Any:
    """Run ``python -m benchmarks.run FLAG ARGS...`` in a new process, in the environment
    the bench started with; its last line of output, as JSON.

    Starting a Dask cluster sets variables for its workers in this process's environment
    (MALLOC_TRIM_THRESHOLD_=65536, OMP_NUM_THREADS=1, ...); a check process that inherited
    them ran five times slower, which is Dask's worker tuning, not retold's speed. A fresh
    process also carries no memory of the stages measured before it.
    """
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", flag, *map(str, args)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=START_ENV,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_check_scale(
    url: str, size: int, pool_stories: int, count: int, backend: str
) -> list[Row]:
    data = in_fresh_process("--check-worker", url, pool_stories, count)
    times = sorted(data["times"])
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    common = {"store_docs": size, "backend": backend, "articles": len(times)}
    rows: list[Row] = [
        {
            "measure": f"check_latency_p50_s_{size // 1000}k",
            "value": round(statistics.median(times), 3),
            "unit": "s",
            **({"target": "< 1"} if size >= 100_000 else {}),
            **common,
        },
        {
            "measure": f"check_latency_p95_s_{size // 1000}k",
            "value": round(p95, 3),
            "unit": "s",
            **common,
        },
        {
            "measure": f"check_latency_cold_p50_s_{size // 1000}k",
            "value": round(statistics.median(data["cold_times"]), 3),
            "unit": "s",
            **common,
        },
        {
            "measure": f"check_peak_rss_mb_{size // 1000}k",
            "value": round(data["peak_kb"] / 1024),
            "unit": "MB",
            **({"target": "< 2048"} if size >= 100_000 else {}),
            "model_loaded_rss_mb": round(data["baseline_kb"] / 1024),
            **common,
        },
    ]
    return rows
