"""Incremental trace: adding one document to a large store updates the derivation graph.

The store is filled with the synthetic derivation corpus (retold's own templates,
``retold.evaluation.derivation``), analysed by the real pipeline and kept in a
SQLite file. Every document gets its MinHash signature; the documents of the
stories the new ones belong to are traced, so that the update also tells their
sources about later carriers. Then each held-back document is ingested and the
graph updated, one at a time: the update time is what the target is about
(ingest, which runs the spaCy pipeline, is reported beside it).

``make bench`` uses :func:`measure_on_store` instead, on a copy of the scale bench's cached
10k store (renamed copies of analysed stories, see benchmarks/README.md), with the scale
bench's retellings as the documents added: no 19-minute fill.

Run: ``python -m benchmarks.trace_incremental [--quick]`` for the self-contained version.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from retold.document import Document
from retold.evaluation.derivation import build_corpus
from retold.ingest.load import ingest_documents
from retold.pipeline import load_pipeline
from retold.provenance.graph import KIND_SIGNATURE, DerivationGraph
from retold.provenance.reuse import signature, signature_row
from retold.store import Store, open_store

__all__ = ["measure", "measure_on_store"]

STORE_DOCS = 10_000
QUICK_DOCS = 1_200
ADDED = 6
QUICK_ADDED = 3


def measure(quick: bool = False) -> list[dict[str, object]]:
    """Median and worst time to update the graph after adding one document, and what it costs."""
    target_docs = QUICK_DOCS if quick else STORE_DOCS
    added = QUICK_ADDED if quick else ADDED
    nlp = load_pipeline()
    # About six documents a story; a few more stories than needed, then cut to size.
    corpus = build_corpus(seed=2026, stories=target_docs // 6 + 10)
    docs = corpus.documents[: target_docs + added]
    held = docs[-added:]
    base = docs[:-added]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        with open_store(url) as store:
            t = time.perf_counter()
            ingest_documents(store, nlp, base)
            fill_s = time.perf_counter() - t
            store.put_derived(
                KIND_SIGNATURE, {d.id: signature_row(signature(d.text)) for d in base}
            )
            stories = {d.id.split("-")[0] for d in held}
            related = [d.id for d in base if d.id.split("-")[0] in stories]
            t = time.perf_counter()
            graph = DerivationGraph(store, nlp)
            loaded = graph.load()
            load_s = time.perf_counter() - t
            graph.update(related)
            ingest_times, update_times = _add_one_by_one(store, nlp, graph, held)
            n = store.count_documents()
    return _rows(update_times, ingest_times, load_s, loaded, n) + [
        {"measure": "trace_store_fill_s", "value": round(fill_s, 1), "unit": "s", "store_docs": n}
    ]


def _add_one_by_one(
    store: Store, nlp: Language, graph: DerivationGraph, docs: Sequence[Document]
) -> tuple[list[float], list[float]]:
    """Ingest each document, then update the graph: (ingest times, update times)."""
    ingest_times, update_times = [], []
    for doc in docs:
        t = time.perf_counter()
        summary = ingest_documents(store, nlp, [doc])
        ingest_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        graph.update(summary.ids)
        update_times.append(time.perf_counter() - t)
    return ingest_times, update_times


def _rows(
    update_times: list[float], ingest_times: list[float], load_s: float, loaded: int, n: int
) -> list[dict[str, object]]:
    common = {"store_docs": n, "added": len(update_times)}
    return [
        {"measure": "trace_incremental_update_p50_s", "value": round(statistics.median(update_times), 3), "unit": "s", "target": "< 1", **common},
        {"measure": "trace_incremental_update_max_s", "value": round(max(update_times), 3), "unit": "s", "target": "< 1", **common},
        {"measure": "trace_incremental_ingest_p50_s", "value": round(statistics.median(ingest_times), 3), "unit": "s", **common},
        {"measure": "trace_index_load_s", "value": round(load_s, 3), "unit": "s", "signatures": loaded, **common},
    ]  # fmt: skip


def measure_on_store(db_file: Path, added: Sequence[Document]) -> list[dict[str, object]]:
    """The update time after adding each of ``added`` to a copy of an existing SQLite store."""
    nlp = load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "trace.db"
        shutil.copyfile(db_file, copy)
        with open_store(f"sqlite:///{copy}") as store:
            t = time.perf_counter()
            batch: dict[str, dict[str, object]] = {}
            for doc in store.iter_documents():
                batch[doc.id] = signature_row(signature(doc.text))
                if len(batch) == 1000:
                    store.put_derived(KIND_SIGNATURE, batch)
                    batch = {}
            store.put_derived(KIND_SIGNATURE, batch)
            sign_s = time.perf_counter() - t
            t = time.perf_counter()
            graph = DerivationGraph(store, nlp)
            loaded = graph.load()
            load_s = time.perf_counter() - t
            ingest_times, update_times = _add_one_by_one(store, nlp, graph, added)
            n = store.count_documents()
    return _rows(update_times, ingest_times, load_s, loaded, n) + [
        {"measure": "trace_signing_s", "value": round(sign_s, 1), "unit": "s", "store_docs": n}
    ]


def main() -> int:
    for row in measure(quick="--quick" in sys.argv):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
