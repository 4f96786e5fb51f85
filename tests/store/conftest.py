"""Fixtures for the store tests: real SQLite, in memory or in a temporary file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from retold.document import Document
from retold.store import AddResult, Store, open_store

AddFn = Callable[..., AddResult]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Crude sentence offsets, enough for tests: each run up to and including . ! or ?"""
    return [(m.start(), m.end()) for m in re.finditer(r"\S[^.!?]*[.!?]?", text)]


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store("sqlite://") as opened:
        yield opened


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "retold.db"


@pytest.fixture
def db_url(db_path: Path) -> str:
    return f"sqlite:///{db_path}"


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
