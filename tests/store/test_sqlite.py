"""What only the SQLite store does: files, WAL, in-memory stores, FTS5 queries and plans.

The storage contract itself is tested on every backend in test_base.py.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from retold.document import Document
from retold.errors import StoreError
from retold.store import Store, open_store
from retold.store.sqlite import SqliteStore, fts5_query

Spans = Callable[[str], list[tuple[int, int]]]

ARMY = "Rudskoi said 40 people were killed in the strike. The army denied the report."
OFFICIALS = "Officials reported 12 deaths on Sunday. Rudskoï later spoke to TASS."
TASS = (OFFICIALS.index("TASS"), OFFICIALS.index("TASS") + 4)


# -- files, connections, threads ------------------------------------------------------


def test_sqlite_file_store_uses_wal(sqlite_url: str, db_path: Path) -> None:
    with open_store(sqlite_url):
        pass
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_sqlite_memory_stores_are_separate() -> None:
    with open_store("sqlite://") as first, open_store("sqlite://") as second:
        first.add_document(Document("a", ARMY), sentences=[])
        assert second.count_documents() == 0


def test_sqlite_garbage_file_raises_store_error(db_path: Path, sqlite_url: str) -> None:
    db_path.write_bytes(b"this is not a database file\n" * 200)
    with pytest.raises(StoreError, match=r"\[E105\]"):
        open_store(sqlite_url)


@pytest.mark.parametrize("where", ["a folder", "under a file"])
def test_sqlite_unopenable_path_raises_store_error(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    if where == "a folder":
        blocker.mkdir()
        target = blocker
    else:
        blocker.write_text("x")
        target = blocker / "retold.db"
    with pytest.raises(StoreError, match=r"\[E105\]"):
        open_store(f"sqlite:///{target}")


def test_sqlite_memory_path_opens_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with SqliteStore(":memory:") as store:
        assert store.path is None
    assert list(tmp_path.iterdir()) == []


def test_sqlite_store_satisfies_protocol() -> None:
    with open_store("sqlite://") as store:
        assert isinstance(store, Store)
        assert isinstance(store, SqliteStore)


def test_sqlite_tracer_receives_each_statement_with_params() -> None:
    seen: list[tuple[str, Any]] = []
    with open_store("sqlite://", tracer=lambda sql, params: seen.append((sql, params))) as store:
        seen.clear()
        store.has_content("abc")
    assert seen == [("SELECT 1 FROM documents WHERE content_hash = ?", ("abc",))]


def _plan(db_path: Path, sql: str, params: Any) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        conn.close()


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
    ],
    ids=[
        "search",
        "search-filtered",
        "mentions",
        "sentences-of",
        "get-document",
        "get-documents",
        "analysis",
    ],
)
def test_sqlite_queries_use_indexes_not_table_scans(
    sqlite_url: str, db_path: Path, spans: Spans, call: Callable[[Store], object]
) -> None:
    statements: list[tuple[str, Any]] = []
    with open_store(
        sqlite_url, tracer=lambda sql, params: statements.append((sql, params))
    ) as store:
        for i in range(30):
            text = f"Troops left town {i}. Rudskoi spoke."
            store.add_document(
                Document(f"d{i}", text, published=f"2024-02-{i % 28 + 1:02d}"),
                sentences=spans(text),
                mentions=[("person", "rudskoi", text.index("Rudskoi"), text.index(" spoke"))],
                analysis={"i": i},
            )
        statements.clear()
        call(store)
    # Sentence counts, taken once per store and write to leave out common terms, aside.
    (query,) = [
        (sql, params)
        for sql, params in statements
        if sql.startswith("SELECT") and not sql.startswith("SELECT count(*)")
    ]
    plan = _plan(db_path, *query)
    scans = [
        step for step in plan if re.match(r"SCAN (d|s|m|a|documents|sentences|mentions)\b", step)
    ]
    assert scans == [], plan


# -- the FTS5 expression builder ------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (["army"], '"army"'),
        (["army", "Shoigu"], '"army" OR "Shoigu"'),
        (["the  army\tsaid"], '"the army said"'),
        (['say "no"'], '"say ""no"""'),
        (["Army", "army"], '"Army"'),
        (["*", "army", "--"], '"army"'),
        ([], None),
        (["", " ", "()"], None),
    ],
)
def test_sqlite_fts5_query_quotes_every_term(terms: list[str], expected: str | None) -> None:
    assert fts5_query(terms) == expected
