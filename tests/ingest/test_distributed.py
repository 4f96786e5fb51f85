"""Ingest on a real Dask LocalCluster (loopback, worker processes): same store, no lost work."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner
from distributed import Client
from spacy.language import Language

from retold.cli.main import cli
from retold.errors import ConfigError, RetoldError
from retold.evaluation.synth import corpus
from retold.ingest import distributed
from retold.ingest.distributed import dask_client, ingest_paths_distributed
from retold.ingest.load import ingest_paths
from retold.names import person_keys
from retold.retrieval.corpus import figure_key
from retold.store import Store, open_store

pytestmark = pytest.mark.slow


def _write_corpus(folder: Path, stories: int, *, seed: int = 11) -> dict[str, list[str]]:
    """One JSON file per document, a JSONL file (the last story) among them, one broken file.

    Returns the ids of the documents in each file.
    """
    docs = list(corpus(seed, stories))
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[str]] = {}
    last = folder / "synth-1-story.jsonl"  # sorts between the JSON files
    with last.open("w", encoding="utf-8") as fh:
        for doc in docs[-5:]:
            fh.write(json.dumps(doc.to_dict()) + "\n")
    for doc in docs[:-5]:
        path = folder / f"{doc.id}.json"
        path.write_text(json.dumps(doc.to_dict()), encoding="utf-8")
        files[str(path)] = [doc.id]
    files[str(last)] = [doc.id for doc in docs[-5:]]
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return files


def _ids(files: dict[str, list[str]]) -> list[str]:
    return [doc_id for ids in files.values() for doc_id in ids]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    with dask_client(workers=2) as client:
        yield client


def _snapshot(store: Store) -> dict[str, object]:
    docs = list(store.iter_documents())
    return {
        "ids": [d.id for d in docs],
        "texts": [d.text for d in docs],
        "sentences": {
            d.id: [(h.start, h.end, h.text) for h in store.sentences_of(d.id)] for d in docs
        },
        "analyses": {d.id: store.get_analysis(d.id) for d in docs},
    }


def _mentions(store: Store) -> list[tuple[str, str, str, int, int]]:
    """Every person and figure mention, looked up by the keys the analyses give."""
    persons: set[str] = set()
    figures: set[str] = set()
    for doc in store.iter_documents():
        analysis = store.get_analysis(doc.id) or {}
        persons.update(k for p in analysis["persons"] for k in person_keys(p["name"]))
        figures.update(figure_key(f["value"]) for f in analysis["figures"] if f["value"])
    found = store.find_mentions("person", persons, limit=100_000)
    found += store.find_mentions("figure", figures, limit=100_000)
    return sorted((m.doc_id, m.kind, m.key, m.start, m.end) for m in found)


def test_distributed_ingest_builds_the_same_store_as_one_process(
    tmp_path: Path, nlp: Language, cluster: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _ids(_write_corpus(tmp_path / "corpus", stories=4))
    # The JSONL file counts as large here, so it is read by the caller and shipped in batches.
    monkeypatch.setattr(distributed, "SPLIT_BYTES", 2_000)
    single = open_store(f"sqlite:///{tmp_path / 'single.db'}")
    spread = open_store(f"sqlite:///{tmp_path / 'spread.db'}")
    one = ingest_paths(single, nlp, [tmp_path / "corpus"])
    seen: list[int] = []
    many = ingest_paths_distributed(
        spread, [tmp_path / "corpus"], dask=cluster, progress=seen.append, task_size=3
    )
    assert many.read == one.read == len(docs)
    assert many.added == one.added == len(docs)
    assert many.ids == one.ids
    assert sum(seen) == len(docs) and len(seen) > 2
    assert [r.code for r in many.rejections] == [r.code for r in one.rejections] == ["E003"]
    assert _snapshot(spread) == _snapshot(single)
    assert _mentions(spread) == _mentions(single)
    assert {m[1] for m in _mentions(spread)} == {"person", "figure"}
    # Ingesting again adds nothing, as in one process.
    again = ingest_paths_distributed(spread, [tmp_path / "corpus"], dask=cluster)
    assert (again.added, again.duplicates) == (0, len(docs))


def test_distributed_ingest_survives_a_killed_worker(tmp_path: Path, cluster: Client) -> None:
    docs = _ids(_write_corpus(tmp_path / "corpus", stories=6))
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    before = cluster.run(os.getpid)
    killed: list[int] = []

    def kill_one(_: int) -> None:
        if not killed:
            pid = sorted(before.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    summary = ingest_paths_distributed(
        store, [tmp_path / "corpus"], dask=cluster, progress=kill_one, task_size=2
    )
    assert killed
    cluster.wait_for_workers(2, timeout=60)
    assert killed[0] not in cluster.run(os.getpid).values()
    ids = [d.id for d in store.iter_documents()]
    assert len(ids) == len(set(ids)) == store.count_documents() == len(docs)
    assert sorted(ids) == sorted(docs)
    assert summary.added == len(docs)
    assert [r.code for r in summary.rejections] == ["E003"]


def test_distributed_ingest_into_postgresql_survives_a_killed_worker(
    tmp_path: Path, cluster: Client, postgres_clean_url: str
) -> None:
    """The scale measure (benchmarks/kill_worker.py) in small: a worker's OS process is
    SIGKILLed while it holds work, and PostgreSQL ends with every document, once."""
    from benchmarks.kill_worker import check_store

    docs = _ids(_write_corpus(tmp_path / "corpus", stories=8))
    store = open_store(postgres_clean_url)
    killed: list[tuple[int, list[str]]] = []

    def kill_busiest(_: int) -> None:
        if killed:
            return
        # The worker with the most ingest work (tasks running or results not yet fetched,
        # both lost with it); none yet, and the next written task tries again.
        running, held = cluster.processing(), cluster.has_what()
        work = {a: [str(k) for k in [*running.get(a, ()), *held.get(a, ())]] for a in running}
        address = max(work, key=lambda a: len(work[a]))
        if not work[address]:
            return
        pid = cluster.run(os.getpid, workers=[address])[address]
        os.kill(pid, signal.SIGKILL)
        killed.append((pid, work[address]))

    summary = ingest_paths_distributed(
        store, [tmp_path / "corpus"], dask=cluster, progress=kill_busiest, task_size=2
    )
    store.close()
    assert killed and killed[0][1], "the killed worker held no task: the test proves nothing"
    cluster.wait_for_workers(2, timeout=60)
    assert killed[0][0] not in cluster.run(os.getpid).values()
    counts = check_store(postgres_clean_url, sorted(docs))
    assert counts == {
        "stored": len(docs),
        "duplicate_hashes": 0,
        "missing_ids": 0,
        "unexpected_ids": 0,
    }
    assert (summary.added, summary.duplicates) == (len(docs), 0)
    assert [r.code for r in summary.rejections] == ["E003"]


def test_distributed_ingest_reports_tasks_that_fail_for_good(tmp_path: Path) -> None:
    files = _write_corpus(tmp_path / "corpus", stories=6)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    killed: list[int] = []
    # No second chances: a task on a worker that dies fails at once (KilledWorker).
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with dask_client(workers=1) as client:
            pid = next(iter(client.run(os.getpid).values()))

            def kill(_: int) -> None:
                # only while the worker holds a task: a result it already computed is
                # recomputed elsewhere, never lost, and the test would prove nothing
                if not killed and any(client.processing().values()):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)

            summary = ingest_paths_distributed(
                store, [tmp_path / "corpus"], dask=client, progress=kill, task_size=1, in_flight=3
            )
    lost = [r for r in summary.rejections if r.code == "E134"]
    assert killed and lost
    assert all("KilledWorker" in r.reason for r in lost)
    # Every document is either stored or reported through its file; none vanishes.
    stored = sorted(d.id for d in store.iter_documents())
    reported = sorted(doc_id for r in lost for doc_id in files[r.path])
    assert sorted(stored + reported) == sorted(_ids(files))
    assert summary.added == len(stored)


def test_dask_client_refuses_bad_options() -> None:
    with pytest.raises(ConfigError, match="E133"):
        with dask_client(workers=2, scheduler="tcp://127.0.0.1:1"):
            pass
    with pytest.raises(ConfigError, match="E132"):
        with dask_client(workers=0):
            pass


def test_dask_client_names_a_scheduler_it_cannot_reach() -> None:
    with pytest.raises(RetoldError, match=r"E131.*tcp://127\.0\.0\.1:1"):
        with dask_client(scheduler="tcp://127.0.0.1:1", connect_timeout=1):
            pass


def test_cli_ingest_runs_on_an_existing_scheduler(tmp_path: Path, cluster: Client) -> None:
    docs = _ids(_write_corpus(tmp_path / "corpus", stories=1))
    db = tmp_path / "cli.db"
    address = cluster.scheduler_info()["address"]
    result = CliRunner().invoke(
        cli,
        ["ingest", str(tmp_path / "corpus"), "--db", f"sqlite:///{db}", "--format", "json"]
        + ["--scheduler", address],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["read"], summary["added"]) == (len(docs), len(docs))
    with open_store(f"sqlite:///{db}") as store:
        assert store.count_documents() == len(docs)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--workers", "0"], "E132"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "E133"),
    ],
)
def test_cli_ingest_refuses_bad_dask_options(tmp_path: Path, args: list[str], code: str) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--db", "sqlite://", *args])
    assert result.exit_code == 1
    assert f"[{code}]" in result.output
