"""The storage contract, run against every backend: SQLite and a real PostgreSQL server.

The ``store`` and ``db_url`` fixtures are parametrised over both backends
(tests/store/conftest.py), so each test here runs twice; backend-specific
behaviour lives in test_sqlite.py and test_postgres.py.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest

import retold.store
from retold.document import Document
from retold.errors import StoreError
from retold.store import AddResult, DocumentItem, Mention, SentenceHit, Store, open_store
from retold.store import postgres as postgres_module
from retold.store import sqlite as sqlite_module

from .conftest import AddFn, harbour_documents

Spans = Callable[[str], list[tuple[int, int]]]

ARMY = "Rudskoi said 40 people were killed in the strike. The army denied the report."
OFFICIALS = "Officials reported 12 deaths on Sunday. Rudskoï later spoke to TASS."
TASS = (OFFICIALS.index("TASS"), OFFICIALS.index("TASS") + 4)
DENIED = ARMY.index("The army")


# -- the public surface ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["open_store", "Store", "SentenceHit", "Mention", "AddResult", "default_db_url"],
)
def test_base_public_name_is_exported(name: str) -> None:
    assert name in retold.store.__all__
    assert hasattr(retold.store, name)


def test_base_all_names_exist() -> None:
    assert all(hasattr(retold.store, name) for name in retold.store.__all__)


@pytest.mark.parametrize(
    "row",
    [
        AddResult("a", True),
        SentenceHit("a", 0, 1, "x", 1.0),
        Mention("a", "person", "k", 0, 1, "x"),
    ],
)
def test_base_rows_are_frozen(row: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.doc_id = "b"  # type: ignore[attr-defined]


def test_base_store_satisfies_protocol(store: Store) -> None:
    assert isinstance(store, Store)


# -- adding ---------------------------------------------------------------------------


def test_base_add_document_reports_added(store: Store, add: AddFn) -> None:
    assert add("a", ARMY) == AddResult(doc_id="a", added=True)
    assert store.count_documents() == 1


def test_base_readding_same_content_adds_nothing(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    result = add("other-id", ARMY)
    assert result == AddResult(doc_id="a", added=False)
    assert store.count_documents() == 1
    assert len(store.sentences_of("a")) == 2


def test_base_id_collision_with_other_content_gets_suffixed_id(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    result = add("a", OFFICIALS)
    expected_id = f"a~{Document('a', OFFICIALS).content_hash[:8]}"
    assert result == AddResult(doc_id=expected_id, added=True)
    assert store.get_document(expected_id).text == OFFICIALS
    assert store.get_document("a").text == ARMY


def test_base_add_documents_dedupes_within_one_batch(store: Store, spans: Spans) -> None:
    items: list[DocumentItem] = [
        (Document("a", ARMY), spans(ARMY), [], None),
        (Document("b", OFFICIALS), spans(OFFICIALS), [], None),
        (Document("c", ARMY), spans(ARMY), [], None),
    ]
    results = store.add_documents(items)
    assert results == [
        AddResult("a", True),
        AddResult("b", True),
        AddResult("a", False),
    ]
    assert store.count_documents() == 2


def test_base_add_documents_rolls_back_whole_batch_on_error(store: Store, spans: Spans) -> None:
    items: list[DocumentItem] = [
        (Document("a", ARMY), spans(ARMY), [], None),
        (Document("b", OFFICIALS), [(0, len(OFFICIALS) + 5)], [], None),
    ]
    with pytest.raises(ValueError, match="outside document 'b'"):
        store.add_documents(items)
    assert store.count_documents() == 0


@pytest.mark.parametrize("span", [(-1, 3), (5, 4), (0, len(ARMY) + 1)])
def test_base_add_document_rejects_sentence_outside_text(
    store: Store, span: tuple[int, int]
) -> None:
    with pytest.raises(ValueError, match="outside document"):
        store.add_document(Document("a", ARMY), sentences=[span])


def test_base_add_document_rejects_mention_outside_text(store: Store) -> None:
    with pytest.raises(ValueError, match="outside document"):
        store.add_document(
            Document("a", ARMY), sentences=[], mentions=[("person", "x", 70, len(ARMY) + 1)]
        )


# -- reading documents ----------------------------------------------------------------


def test_base_document_round_trips_every_field(store: Store) -> None:
    doc = Document(
        id="a",
        text=ARMY,
        url="https://example.org/a",
        outlet="Example News",
        published="2024-03-01T10:15:00+02:00",
        title="Army denies report",
        language="en",
        meta={"feed": "world", "tags": ["war", "Ü"]},
    )
    store.add_document(doc, sentences=[])
    got = store.get_document("a")
    assert got == doc
    assert got.meta == doc.meta


def test_base_document_without_optional_fields_round_trips(store: Store) -> None:
    doc = Document(id="a", text=ARMY, language=None)
    store.add_document(doc, sentences=[])
    assert store.get_document("a") == doc


def test_base_get_document_missing_raises(store: Store) -> None:
    with pytest.raises(StoreError, match=r"\[E103\].*'nope'"):
        store.get_document("nope")


def test_base_get_documents_keeps_asked_order_and_skips_unknown(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    add("b", OFFICIALS)
    assert list(store.get_documents(["b", "missing", "a"])) == ["b", "a"]


def test_base_get_documents_of_nothing_is_empty(store: Store) -> None:
    assert store.get_documents([]) == {}


def test_base_iter_documents_yields_all_in_order_across_pages(
    store: Store, add: AddFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_module, "_PAGE_SIZE", 2)
    monkeypatch.setattr(postgres_module, "_PAGE_SIZE", 2)
    ids = [f"doc{i}" for i in range(5)]
    for doc_id in ids:
        add(doc_id, f"Text number {doc_id}.")
    assert [doc.id for doc in store.iter_documents()] == ids


def test_base_iter_documents_allows_writes_while_iterating(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    for doc in store.iter_documents():
        if doc.id == "a":
            add("b", OFFICIALS)
    assert store.count_documents() == 2


def test_base_has_content(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    assert store.has_content(Document("x", ARMY).content_hash)
    assert not store.has_content(Document("x", OFFICIALS).content_hash)


# -- sentence search ------------------------------------------------------------------


def test_base_search_ranks_sentence_with_more_terms_first(store: Store, add: AddFn) -> None:
    add("one", "The minister visited the port today.")
    add("two", "The minister praised the port workers.")
    add("three", "The minister praised the harbour staff.")
    hits = store.search_sentences(["minister", "praised", "port"])
    assert hits[0].doc_id == "two"
    assert {hit.doc_id for hit in hits} == {"one", "two", "three"}
    assert hits[0].score > hits[-1].score


def test_base_search_hit_offsets_index_document_text(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    (hit,) = store.search_sentences(["denied"])
    assert hit.text == ARMY[hit.start : hit.end] == "The army denied the report."


def test_base_search_respects_exclude_ids(store: Store, add: AddFn) -> None:
    add("a", ARMY)
    add("b", OFFICIALS)
    hits = store.search_sentences(["rudskoi"], exclude_ids={"a"})
    assert [hit.doc_id for hit in hits] == ["b"]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("2024-03-01", {"early", "same-day", "undated"}),
        ("2024-03-01T08:00:00Z", {"early", "same-day", "undated"}),
        ("2024-02-01", {"undated"}),
        ("2024-03-10", {"early", "same-day", "late", "undated"}),
        (None, {"early", "same-day", "late", "undated"}),
        ("not a date", {"early", "same-day", "late", "undated"}),
    ],
)
def test_base_search_respects_published_before(
    store: Store, add: AddFn, before: str | None, expected: set[str]
) -> None:
    add("early", "Troops left the town.", published="2024-02-20")
    add("same-day", "Troops left the town again.", published="2024-03-01T20:00:00Z")
    add("late", "Troops left the town once more.", published="2024-03-05")
    add("undated", "Troops left the town, reports said.")
    hits = store.search_sentences(["troops"], published_before=before)
    assert {hit.doc_id for hit in hits} == expected


def test_base_search_respects_limit(store: Store, add: AddFn) -> None:
    for i in range(5):
        add(f"d{i}", f"Report {i} says troops left.")
    assert len(store.search_sentences(["troops"], limit=3)) == 3


@pytest.mark.parametrize("terms", [[], [""], ["   "], ["*", "-", '"', "()"]])
def test_base_search_without_searchable_terms_is_empty(
    store: Store, add: AddFn, terms: list[str]
) -> None:
    add("a", ARMY)
    assert store.search_sentences(terms) == []


@pytest.mark.parametrize(
    "term",
    [
        'army"',
        '"army',
        'army" OR "strike',
        "army*",
        "*army",
        "NEAR(army denied)",
        "army NEAR denied",
        "(army)",
        "-army",
        "army -denied",
        "army AND NOT denied",
        "text:army",
        "^army",
        "{text} : army",
        "army\x00",
    ],
)
def test_base_search_treats_fts_syntax_as_text(store: Store, add: AddFn, term: str) -> None:
    add("a", ARMY)
    add("b", "Nothing here mentions soldiers at all.")
    hits = store.search_sentences([term])
    # The term is one phrase: it matches where its words stand together, or not at all.
    assert all(hit.doc_id == "a" for hit in hits)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        # tsquery operators: &, |, !, <->, :*, weights, quotes and parentheses are text.
        ("army & denied", [DENIED]),
        ("army | strike", []),
        ("!denied", [DENIED]),
        ("!!denied", [DENIED]),
        ("army <-> denied", [DENIED]),
        ("army <3> report", []),
        ("sold:*", []),
        ("arm:*", []),
        ("(army)", [DENIED]),
        ("'army'", [DENIED]),
        ("army\\", [DENIED]),
        ("army' | 'strike", []),
    ],
)
def test_base_search_treats_tsquery_syntax_as_text(
    store: Store, add: AddFn, term: str, expected: list[int]
) -> None:
    add("a", ARMY)
    add("b", "Nothing here mentions soldiers at all.")
    # Read as syntax, some would match more: 'strike' alone, 'soldiers' by prefix, ...
    assert [hit.start for hit in store.search_sentences([term])] == expected
    assert all(hit.doc_id == "a" for hit in store.search_sentences([term]))


def test_base_search_finds_fts_keyword_as_plain_word(store: Store, add: AddFn) -> None:
    add("a", "The shelling was near the school.")
    add("b", "The shelling was far from the school.")
    assert [hit.doc_id for hit in store.search_sentences(["NEAR"])] == ["a"]


def test_base_search_multiword_term_is_a_phrase(store: Store, add: AddFn) -> None:
    add("a", "The army denied the report.")
    add("b", "The report was denied by the army.")
    assert [hit.doc_id for hit in store.search_sentences(["army denied"])] == ["a"]


@pytest.mark.parametrize(("term", "doc_id"), [("Rudskoi", "b"), ("kills", "a")])
def test_base_search_folds_diacritics_and_stems(
    store: Store, add: AddFn, term: str, doc_id: str
) -> None:
    add("a", "Forty people were killed.")
    add("b", "Rudskoï spoke to TASS.")
    assert [hit.doc_id for hit in store.search_sentences([term])] == [doc_id]


def test_base_sentences_of_returns_text_order(store: Store) -> None:
    store.add_document(Document("a", ARMY), sentences=[(51, len(ARMY)), (0, 50)])
    hits = store.sentences_of("a")
    assert [(hit.start, hit.end) for hit in hits] == [(0, 50), (51, len(ARMY))]
    assert all(
        hit == SentenceHit("a", hit.start, hit.end, ARMY[hit.start : hit.end], 0.0) for hit in hits
    )


def test_base_sentences_of_unknown_document_is_empty(store: Store) -> None:
    assert store.sentences_of("nope") == []


# -- mentions and analysis ------------------------------------------------------------


def test_base_find_mentions_by_key(store: Store, add: AddFn) -> None:
    add("a", ARMY, mentions=[("person", "rudskoi", 0, 7)])
    add("b", OFFICIALS, mentions=[("person", "rudskoi", 40, 47), ("org", "tass", *TASS)])
    found = store.find_mentions("person", {"rudskoi", "nobody"})
    assert found == [
        Mention("a", "person", "rudskoi", 0, 7, "Rudskoi"),
        Mention("b", "person", "rudskoi", 40, 47, "Rudskoï"),
    ]


def test_base_find_mentions_filters_by_kind(store: Store, add: AddFn) -> None:
    add("a", OFFICIALS, mentions=[("person", "tass", 40, 47), ("org", "tass", *TASS)])
    assert [m.text for m in store.find_mentions("org", ["tass"])] == ["TASS"]


def test_base_find_mentions_respects_limit(store: Store, add: AddFn) -> None:
    add("a", ARMY, mentions=[("person", "rudskoi", 0, 7)] * 4)
    assert len(store.find_mentions("person", ["rudskoi"], limit=2)) == 2


def test_base_find_mentions_of_no_keys_is_empty(store: Store, add: AddFn) -> None:
    add("a", ARMY, mentions=[("person", "rudskoi", 0, 7)])
    assert store.find_mentions("person", []) == []


def test_base_analysis_round_trips(store: Store, add: AddFn) -> None:
    analysis: dict[str, Any] = {
        "figures": [{"value": 40, "unit": "people", "span": [13, 22]}],
        "speaker": "Rudskoï",
        "ok": True,
        "none": None,
    }
    add("a", ARMY, analysis=analysis)
    assert store.get_analysis("a") == analysis


@pytest.mark.parametrize("doc_id", ["a", "unknown"])
def test_base_analysis_absent_is_none(store: Store, add: AddFn, doc_id: str) -> None:
    add("a", ARMY)
    assert store.get_analysis(doc_id) is None


def test_base_analysis_must_be_plain_json(store: Store, add: AddFn) -> None:
    with pytest.raises(ValueError):
        add("a", ARMY, analysis={"ratio": float("nan")})
    assert store.count_documents() == 0


# -- document search ------------------------------------------------------------------


def test_base_search_documents_finds_title_and_sentence_matches(store: Store, add: AddFn) -> None:
    add("by-title", "Nothing relevant in the body.", title="Harbour strike")
    add("by-text", "Dockers said the strike would go on.")
    add("neither", "Weather stays mild.")
    assert {doc.id for doc in store.search_documents("strike")} == {"by-title", "by-text"}


def test_base_search_documents_ranks_title_and_text_match_first(store: Store, add: AddFn) -> None:
    add("text-only", "Dockers said the strike would go on.")
    add("both", "Dockers said the strike would go on and on.", title="Harbour strike")
    assert [doc.id for doc in store.search_documents("strike")][0] == "both"


@pytest.mark.parametrize("query", ["", "   ", '" * ( -'])
def test_base_search_documents_without_words_is_empty(store: Store, add: AddFn, query: str) -> None:
    add("a", ARMY, title="Army")
    assert store.search_documents(query) == []


# -- reopening, connections, threads ---------------------------------------------


def test_base_reopening_store_keeps_data(db_url: str, spans: Spans) -> None:
    with open_store(db_url) as first:
        first.add_document(
            Document("a", ARMY, title="Army"),
            sentences=spans(ARMY),
            mentions=[("person", "rudskoi", 0, 7)],
            analysis={"k": 1},
        )
    with open_store(db_url) as second:
        assert second.get_document("a").title == "Army"
        assert [hit.doc_id for hit in second.search_sentences(["army"])] == ["a"]
        assert len(second.find_mentions("person", ["rudskoi"])) == 1
        assert second.get_analysis("a") == {"k": 1}


def test_base_threads_can_share_one_store(db_url: str) -> None:
    errors: list[BaseException] = []

    def work(store: Store, worker: int) -> None:
        try:
            for i in range(20):
                text = f"Worker {worker} wrote report {i}."
                store.add_document(Document(f"w{worker}-{i}", text), sentences=[(0, len(text))])
                store.search_sentences(["report"], limit=5)
        except BaseException as err:  # a thread's exception would otherwise be lost
            errors.append(err)

    with open_store(db_url) as store:
        threads = [threading.Thread(target=work, args=(store, n)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert store.count_documents() == 80


def test_base_two_stores_on_one_database_still_dedupe(db_url: str) -> None:
    with open_store(db_url) as first, open_store(db_url) as second:
        assert first.add_document(Document("a", ARMY), sentences=[]).added
        assert second.add_document(Document("b", ARMY), sentences=[]) == AddResult("a", False)


_INGEST_WORKER = """
import json, random, sys
from retold.document import Document
from retold.store import open_store
url, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
docs = [Document(f"doc{i}", f"Report number {i} says the bridge at site {i} was hit.")
        for i in range(count)]
random.Random(seed).shuffle(docs)
results = []
with open_store(url) as store:
    print("ready", flush=True)
    sys.stdin.readline()  # start together: the race is the point
    for start in range(0, count, 5):
        batch = [(d, [(0, len(d.text))], [("place", f"site{d.id}", 0, 6)], {"n": d.id})
                 for d in docs[start:start + 5]]
        results += [[r.doc_id, r.added] for r in store.add_documents(batch)]
print(json.dumps(results))
"""


def test_base_processes_ingesting_the_same_documents_store_each_once(db_url: str) -> None:
    """Real processes, each with its own connection, racing on the same texts in other orders."""
    count, workers = 200, 3
    open_store(db_url).close()  # migrate first, so the race is on documents only
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _INGEST_WORKER, db_url, str(seed), str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(workers)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline() == "ready\n", proc.stderr.read() if proc.stderr else ""
        outputs = [proc.communicate("go\n", timeout=120) for proc in procs]
    finally:
        for proc in procs:
            proc.kill()
    assert [proc.returncode for proc in procs] == [0] * workers, [err for _, err in outputs]
    results = [tuple(row) for out, _ in outputs for row in json.loads(out)]
    expected = {f"doc{i}" for i in range(count)}
    # Every worker got an answer for every document, naming its one stored id ...
    assert len(results) == count * workers
    assert {doc_id for doc_id, _ in results} == expected
    # ... and each document was added by exactly one of them.
    assert sorted(doc_id for doc_id, added in results if added) == sorted(expected)
    with open_store(db_url) as store:
        assert store.count_documents() == count
        assert sorted(doc.id for doc in store.iter_documents()) == sorted(expected)
        assert len(store.find_mentions("place", [f"sitedoc{i}" for i in range(count)])) == count
        assert len(store.search_sentences(["bridge"], limit=1000)) == count


# -- derived data ---------------------------------------------------------------


def test_base_derived_rows_round_trip_and_replace(store: Store, add: AddFn) -> None:
    add("a", "One sentence here.")
    add("b", "Another sentence there.")
    store.put_derived("sig", {"a": {"v": [1, 2]}, "b": {"v": [3]}})
    store.put_derived("sig", {"a": {"v": [9]}})
    store.put_derived("other", {"b": {"x": True}})
    assert store.get_derived("sig") == {"a": {"v": [9]}, "b": {"v": [3]}}
    assert store.get_derived("sig", ["b", "missing"]) == {"b": {"v": [3]}}
    assert store.get_derived("sig", []) == {}
    assert store.get_derived("other") == {"b": {"x": True}}


def test_base_derived_row_for_unknown_document_writes_nothing(store: Store, add: AddFn) -> None:
    add("a", "One sentence here.")
    with pytest.raises(StoreError, match="E103"):
        store.put_derived("sig", {"a": {"v": 1}, "ghost": {"v": 2}})
    assert store.get_derived("sig") == {}


# -- common terms ---------------------------------------------------------------------


def test_search_leaves_out_a_common_term_while_a_rarer_one_remains(
    store: Store, add: AddFn
) -> None:
    # 6,000 sentences: "harbour" is in 1,200 of them (20%), "Velmar" in one.
    for doc_id, text in harbour_documents():
        add(doc_id, text)
    add("rare", "Captain Velmar left the harbour at dawn.")
    hits = store.search_sentences(["harbour", "Velmar"], limit=10)
    assert {h.doc_id for h in hits} == {"rare"}
    # Alone, the common term is still searched for.
    assert len(store.search_sentences(["harbour"], limit=10)) == 10


def test_search_keeps_every_term_in_a_small_store(store: Store, add: AddFn) -> None:
    add("a", "The harbour office logged ships. The harbour was busy.")
    add("b", "Captain Velmar left at dawn.")
    hits = store.search_sentences(["harbour", "Velmar"], limit=10)
    assert {h.doc_id for h in hits} == {"a", "b"}


def test_rare_terms_counts_against_a_share_of_all_sentences() -> None:
    counts = {"common": 5_000, "rare": 3}
    seen: list[int] = []

    def count(term: str, cap: int) -> int:
        seen.append(cap)
        return min(counts[term], cap)

    assert retold.store.base.rare_terms(["common", "rare"], count, 100_000) == ["rare"]
    assert set(seen) == {1_001}
    assert retold.store.base.rare_terms(["common"], count, 100_000) == ["common"]
    assert retold.store.base.rare_terms(["common", "rare"], count, 40) == ["common", "rare"]


def test_base_analyses_are_read_many_at_once(store: Store, add: AddFn) -> None:
    add("a", ARMY, analysis={"k": 1})
    add("b", ARMY + " Again.", analysis={"k": 2})
    add("c", ARMY + " Once more.")
    assert store.get_analyses(["b", "c", "unknown", "a"]) == {"b": {"k": 2}, "a": {"k": 1}}
    assert store.get_analyses([]) == {}


def test_base_sentence_bounds_come_without_the_rest_of_the_analysis(
    store: Store, add: AddFn
) -> None:
    add("a", ARMY, analysis={"sentences": [[0, 10], [11, 20]], "figures": [{"value": 3}]})
    add("b", ARMY + " Again.", analysis={"figures": []})  # stored before sentences were kept
    add("c", ARMY + " Once more.")
    found = store.get_sentence_bounds(["c", "a", "b", "unknown"])
    assert found == {"a": [(0, 10), (11, 20)], "b": []}
    assert store.get_sentence_bounds([]) == {}
