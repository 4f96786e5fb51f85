"""Fixtures for the store tests: every backend for real, SQLite and PostgreSQL.

``store`` and ``db_url`` are parametrised over the backends, so a contract
test runs once per backend (select one with ``-k sqlite`` or ``-k postgresql``).
PostgreSQL comes from the session server in tests/services/postgres.py: one
migrated database whose tables are emptied before each test (``postgres_url``
gives a brand-new empty database, for migration tests). ``sqlite_url``/``db_path`` are for SQLite-only tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from retold.document import Document
from retold.store import AddResult, Store, open_store

AddFn = Callable[..., AddResult]

BACKENDS = ("sqlite", "postgresql")


def harbour_documents() -> list[tuple[str, str]]:
    """60 documents, 6,000 sentences: "harbour" is in 1,200 of them (20%)."""
    return [
        (
            f"d{i}",
            " ".join(
                f"The harbour office logged ship {i}-{j}."
                if j < 20
                else f"Cargo manifest {i}-{j} filed."
                for j in range(100)
            ),
        )
        for i in range(60)
    ]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Crude sentence offsets, enough for tests: each run up to and including . ! or ?"""
    return [(m.start(), m.end()) for m in re.finditer(r"\S[^.!?]*[.!?]?", text)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    backend: str = request.param
    return backend


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "retold.db"


@pytest.fixture
def sqlite_url(db_path: Path) -> str:
    """A SQLite file store's URL, for tests of SQLite itself."""
    return f"sqlite:///{db_path}"


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest) -> str:
    """A URL of an empty database that outlives one open store, on each backend."""
    name = "sqlite_url" if backend == "sqlite" else "postgres_clean_url"
    url: str = request.getfixturevalue(name)
    return url


@pytest.fixture
def store(backend: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    """An open, empty store: SQLite in memory, or a fresh PostgreSQL database."""
    url = "sqlite://" if backend == "sqlite" else request.getfixturevalue("postgres_clean_url")
    with open_store(url) as opened:
        yield opened


@pytest.fixture
def add(store: Store) -> AddFn:
    """Add a document to ``store`` with crude sentences; fields go to Document."""

    def _add(
        doc_id: str,
        text: str,
        *,
        mentions: Sequence[tuple[str, str, int, int]] = (),
        analysis: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> AddResult:
        doc = Document(id=doc_id, text=text, **fields)
        return store.add_document(
            doc, sentences=sentence_spans(text), mentions=mentions, analysis=analysis
        )

    return _add


@pytest.fixture
def spans() -> Callable[[str], list[tuple[int, int]]]:
    return sentence_spans
