"""`make bench`: speed of the pipeline and of the check, as one JSON line per measure.

Ratios are measured within one run (retold's pipeline against bare ``nlp.pipe`` of the
same model on the same texts), so the machine's speed cancels out. Results are printed
as a table and appended to benchmarks/results/<date>.jsonl.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import spacy

from retold.check import Checker
from retold.document import Document
from retold.ingest import walk
from retold.ingest.load import ingest_paths
from retold.pipeline import MODEL_PACKAGE, analyse, load_pipeline
from retold.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[Document]:
    folders = [ROOT / "demo" / "corpus"] + sorted((ROOT / "tests" / "cases").glob("*/corpus"))
    return [d for d in walk(folders) if isinstance(d, Document)]


def _words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def bench_pipeline(repeat: int = 3) -> list[dict[str, object]]:
    docs = _texts() * 4
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
        {"measure": "pipeline_throughput_ratio", "value": round(b / o, 3), "unit": "ratio", "target": ">= 0.7"},
    ]


def bench_check() -> list[dict[str, object]]:
    nlp = load_pipeline()
    store = open_store("sqlite://")
    ingest_paths(store, nlp, [ROOT / "demo" / "corpus"] + sorted((ROOT / "tests" / "cases").glob("*/corpus")))
    targets = [d for d in walk([ROOT / "demo" / "target.json"] + sorted((ROOT / "tests" / "cases").glob("*/target.json"))) if isinstance(d, Document)]
    checker = Checker(store, nlp)
    times = []
    for doc in targets * 2:
        t = time.perf_counter()
        checker.check(doc)
        times.append(time.perf_counter() - t)
    times.sort()
    return [
        {"measure": "check_latency_p50_s", "value": round(statistics.median(times), 3), "unit": "s", "store_docs": store.count_documents()},
        {"measure": "check_latency_p95_s", "value": round(times[int(0.95 * (len(times) - 1))], 3), "unit": "s", "store_docs": store.count_documents()},
    ]


def main() -> int:
    quick = "--quick" in sys.argv
    rows = bench_pipeline(repeat=1 if quick else 3) + bench_check()
    stamp = date.today().isoformat()
    out = ROOT / "benchmarks" / "results" / f"{stamp}.jsonl"
    with out.open("a", encoding="utf-8") as fh:
        for row in rows:
            row = {"date": stamp, **row}
            fh.write(json.dumps(row) + "\n")
    width = max(len(str(r["measure"])) for r in rows)
    for r in rows:
        print(f"{r['measure']:<{width}}  {r['value']:>10} {r['unit']}  {r.get('target', '')}")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
