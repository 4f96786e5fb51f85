"""What only the PostgreSQL store does: the server, its pool, errors, locks and plans.

The storage contract itself is tested on every backend in test_base.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from retold.document import Document
from retold.errors import StoreError
from retold.store import DocumentItem, Store, open_store
from retold.store.postgres import PostgresStore, conninfo_of, redact_url, search_terms

from .conftest import harbour_documents

Spans = Callable[[str], list[tuple[int, int]]]

ARMY = "Rudskoi said 40 people were killed in the strike. The army denied the report."
OFFICIALS = "Officials reported 12 deaths on Sunday. Rudskoï later spoke to TASS."


def test_postgres_open_store_gives_a_postgres_store(postgres_clean_url: str) -> None:
    with open_store(postgres_clean_url) as store:
        assert isinstance(store, PostgresStore)
        assert isinstance(store, Store)
        assert store.url == postgres_clean_url


def test_postgres_sqlalchemy_style_url_opens(postgres_clean_url: str) -> None:
    url = postgres_clean_url.replace("postgresql://", "postgresql+psycopg://", 1)
    with open_store(url) as store:
        assert store.url == url
        assert store.count_documents() == 0


def test_postgres_unreachable_server_raises_e107_without_password(tmp_path: Any) -> None:
    url = f"postgresql://someone:s3cret@/retold?host={tmp_path}/nowhere"
    with pytest.raises(StoreError, match=r"\[E107\]") as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value)
    assert "someone:***@" in str(caught.value)


def test_postgres_missing_database_raises_e107(postgres_clean_url: str) -> None:
    base, _, query = postgres_clean_url.partition("?")
    url = base.rsplit("/", 1)[0] + "/no_such_database?" + query
    with pytest.raises(StoreError, match=r"\[E107\].*no_such_database"):
        open_store(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:pw@h/db", "postgresql://u:***@h/db"),
        (
            "postgres://u:p%40w@h:5432/db?sslmode=require",
            "postgres://u:***@h:5432/db?sslmode=require",
        ),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("postgresql:///db?host=/run/postgresql", "postgresql:///db?host=/run/postgresql"),
    ],
)
def test_postgres_redact_url_hides_password(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_postgres_conninfo_drops_sqlalchemy_driver_suffix() -> None:
    assert conninfo_of("postgresql+psycopg://u@h/db") == "postgresql://u@h/db"
    assert conninfo_of("postgres://u@h/db") == "postgresql://u@h/db"


def test_postgres_role_without_create_gets_e108(postgres_url: str, postgres_server: Any) -> None:
    """A role that may connect but not create (PostgreSQL 15's default on public) is told why."""
    role = "retold_reader"
    with psycopg.connect(postgres_server.admin_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {role}")
        conn.execute(f"CREATE ROLE {role} LOGIN")
    try:
        url = postgres_url.replace("postgresql://postgres@", f"postgresql://{role}@", 1)
        with pytest.raises(StoreError, match=r"\[E108\].*permission denied"):
            open_store(url)
    finally:
        postgres_server.drop_database(postgres_url)
        with psycopg.connect(postgres_server.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.mark.parametrize("field", ["text", "title", "outlet"])
def test_postgres_nul_character_is_refused_with_e109(store_pg: Store, field: str) -> None:
    fields: dict[str, Any] = {"text": ARMY, "title": "T", "outlet": "O"}
    fields[field] = fields[field][:3] + "\x00" + fields[field][3:]
    with pytest.raises(StoreError, match=rf"\[E109\].*'a'.*{field}"):
        store_pg.add_documents(
            [
                (Document("ok", OFFICIALS), [], [], None),
                (Document("a", **fields), [], [], None),
            ]
        )
    assert store_pg.count_documents() == 0


def test_postgres_nul_in_json_round_trips(store_pg: Store) -> None:
    # json (unlike jsonb and text) keeps \u0000, as SQLite does.
    store_pg.add_document(
        Document("a", ARMY, meta={"k": "a\x00b"}), sentences=[], analysis={"z": "\x00"}
    )
    assert store_pg.get_document("a").meta == {"k": "a\x00b"}
    assert store_pg.get_analysis("a") == {"z": "\x00"}


@pytest.fixture
def store_pg(postgres_clean_url: str) -> Iterator[Store]:
    with open_store(postgres_clean_url) as store:
        yield store


def test_postgres_tracer_receives_each_statement_with_params(postgres_clean_url: str) -> None:
    seen: list[tuple[str, Any]] = []
    with open_store(postgres_clean_url, tracer=lambda sql, p: seen.append((sql, p))) as store:
        seen.clear()
        store.has_content("abc")
    assert seen == [("SELECT 1 FROM documents WHERE content_hash = %s", ("abc",))]


def test_postgres_iter_documents_holds_no_connection_between_pages(
    postgres_clean_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retold.store import postgres as postgres_module

    monkeypatch.setattr(postgres_module, "_PAGE_SIZE", 1)
    # With one connection in the pool, a write inside the loop would wait forever
    # (here: time out) if the iterator kept it.
    with PostgresStore(postgres_clean_url, max_connections=1, timeout=3) as store:
        store.add_document(Document("a", ARMY), sentences=[])
        seen = []
        for doc in store.iter_documents():
            seen.append(doc.id)
            if doc.id == "a":
                store.add_document(Document("b", OFFICIALS), sentences=[])
        assert seen == ["a", "b"]


def test_postgres_pool_serves_parallel_readers(postgres_clean_url: str) -> None:
    """Readers in threads each get a connection: a slow query does not hold up the others."""
    with PostgresStore(postgres_clean_url, max_connections=3) as store:
        store.add_document(Document("a", ARMY), sentences=[(0, 50)])
        started = threading.Barrier(3, timeout=10)
        pids: set[int] = set()
        errors: list[BaseException] = []

        def read() -> None:
            try:
                with store._pool.connection() as conn:  # the store's own connections
                    started.wait()
                    pids.add(conn.info.backend_pid)
                store.search_sentences(["strike"])
            except BaseException as err:
                errors.append(err)

        threads = [threading.Thread(target=read) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        # All three held a connection at the barrier at once: three server processes.
        assert len(pids) == 3


def test_postgres_deadlocked_batches_are_retried(postgres_clean_url: str, spans: Spans) -> None:
    """Two batches that lock the same texts in opposite orders deadlock; the loser runs again.

    The items are generators paused between documents, so the interleaving is
    forced: A holds doc1 and waits for doc2, which B holds while waiting for doc1.
    """
    one = (Document("one", ARMY), spans(ARMY), [], None)
    two = (Document("two", OFFICIALS), spans(OFFICIALS), [], None)
    a_has_one, b_has_two = threading.Event(), threading.Event()

    def batch_a() -> Iterator[DocumentItem]:
        yield one
        a_has_one.set()
        b_has_two.wait(10)
        yield two

    def batch_b() -> Iterator[DocumentItem]:
        yield two
        b_has_two.set()
        a_has_one.wait(10)
        yield one

    results: dict[str, list[tuple[str, bool]]] = {}
    errors: list[BaseException] = []

    def run(name: str, items: Iterator[DocumentItem]) -> None:
        try:
            with open_store(postgres_clean_url) as store:
                results[name] = [(r.doc_id, r.added) for r in store.add_documents(items)]
        except BaseException as err:
            errors.append(err)

    threads = [
        threading.Thread(target=run, args=("a", batch_a())),
        threading.Thread(target=run, args=("b", batch_b())),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    # One batch added both documents; the one that lost the deadlock was run
    # again and found both stored.
    outcomes = sorted(sorted(batch) for batch in results.values())
    assert outcomes == [[("one", False), ("two", False)], [("one", True), ("two", True)]]
    with open_store(postgres_clean_url) as store:
        assert store.count_documents() == 2
        assert len(store.sentences_of("one")) == len(spans(ARMY))


# -- query plans ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.search_sentences(["troops", "town"]),
        lambda s: s.search_sentences(["troops"], exclude_ids=["d1"], published_before="2024-03-01"),
        lambda s: s.find_mentions("person", ["rudskoi", "shoigu"]),
        lambda s: s.sentences_of("d3"),
        lambda s: s.get_document("d3"),
        lambda s: s.get_documents(["d3", "d4"]),
        lambda s: s.get_analysis("d3"),
        lambda s: s.get_derived("sig", ["d3"]),
        lambda s: s.search_documents("troops"),
    ],
    ids=[
        "search",
        "search-filtered",
        "mentions",
        "sentences-of",
        "get-document",
        "get-documents",
        "analysis",
        "derived",
        "search-documents",
    ],
)
def test_postgres_queries_can_use_indexes(
    postgres_clean_url: str, spans: Spans, call: Callable[[Store], object]
) -> None:
    """With sequential scans priced out, every lookup must still find an index to use."""
    statements: list[tuple[str, Any]] = []
    with open_store(postgres_clean_url, tracer=lambda sql, p: statements.append((sql, p))) as store:
        for i in range(30):
            text = f"Troops left town {i}. Rudskoi spoke."
            store.add_document(
                Document(f"d{i}", text, published=f"2024-02-{i % 28 + 1:02d}", title=f"Troops {i}"),
                sentences=spans(text),
                mentions=[("person", "rudskoi", text.index("Rudskoi"), text.index(" spoke"))],
                analysis={"i": i},
            )
        store.put_derived("sig", {"d3": {"v": 1}})
        statements.clear()
        call(store)
    queries = [
        (sql, params)
        for sql, params in statements
        if sql.startswith(("SELECT", "WITH"))
        and "::text FROM (SELECT" not in sql
        # Sentence counts, taken once per store and write to leave out common terms.
        and not sql.startswith("SELECT count(*)")
    ]
    assert len(queries) == 1
    sql, params = queries[0]
    with psycopg.connect(postgres_clean_url) as conn:
        conn.execute("SET enable_seqscan = off")
        explained = conn.execute("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()  # type: ignore[arg-type]
    assert explained is not None
    scans = list(_scans(explained[0][0]["Plan"]))
    assert scans, explained
    # Every table is reached through an index condition: no sequential scan, and no
    # walk over a whole index with a filter on top.
    unbounded = [
        node for node in scans if not node.get("Index Cond") and "Bitmap" not in node["Node Type"]
    ]
    assert unbounded == [], explained


def _scans(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if node["Node Type"].endswith("Scan") and node["Node Type"] not in (
        "CTE Scan",
        "Subquery Scan",
        "Function Scan",
        "Values Scan",
    ):
        yield node
    for child in node.get("Plans", []):
        yield from _scans(child)


# -- the term cleaner -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (["army"], ["army"]),
        (["the  army\tsaid"], ["the army said"]),
        (["Army", "army"], ["Army"]),
        (["*", "army", "--", "&|!"], ["army"]),
        (["army\x00x"], ["army x"]),
        ([], []),
        (["", " ", "()", ":*"], []),
    ],
)
def test_postgres_search_terms_cleans_and_dedupes(terms: list[str], expected: list[str]) -> None:
    assert search_terms(terms) == expected


def test_postgres_common_terms_are_read_off_the_planner_statistics(
    postgres_clean_url: str, spans: Spans
) -> None:
    statements: list[str] = []
    with open_store(postgres_clean_url, tracer=lambda sql, p: statements.append(sql)) as store:
        # 6,000 sentences: "harbour" is in 1,200 of them (20%), "Velmar" in one.
        for doc_id, text in harbour_documents():
            store.add_document(Document(doc_id, text), sentences=spans(text))
        velmar = "Captain Velmar left the harbour at dawn."
        store.add_document(Document("rare", velmar), sentences=spans(velmar))
        assert isinstance(store, PostgresStore)
        with psycopg.connect(conninfo_of(postgres_clean_url), autocommit=True) as conn:
            conn.execute("ANALYZE sentences")
        statements.clear()
        hits = store.search_sentences(["harbour", "Velmar"], limit=10)
        # one read of the statistics and one of the terms' words; no count per term
        assert any("pg_stats" in sql for sql in statements)
        assert not any(_COUNTS_A_TERM in sql for sql in statements)
        assert {h.doc_id for h in hits} == {"rare"}
        # Twice the sentences since ANALYZE: the statistics are stale, terms are counted.
        for doc_id, text in harbour_documents():
            again = text.replace("logged", "listed")  # other documents, as many sentences
            store.add_document(Document(f"again-{doc_id}", again), sentences=spans(again))
        statements.clear()
        hits = store.search_sentences(["harbour", "Velmar"], limit=10)
        assert any(_COUNTS_A_TERM in sql for sql in statements)
        assert {h.doc_id for h in hits} == {"rare"}


_COUNTS_A_TERM = "SELECT count(*) FROM (SELECT 1 FROM sentences"
