"""Row conversions every backend shares: checked spans, JSON text, documents, timestamps."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from retold.document import Document

__all__ = ["bounds", "check_span", "now", "to_document", "to_json"]


def check_span(doc: Document, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(doc.text):
        raise ValueError(
            f"Span ({start}, {end}) is outside document '{doc.id}' of {len(doc.text)} characters."
        )


def to_json(value: Mapping[str, Any]) -> str:
    # NaN is not JSON, and PostgreSQL would refuse it later.
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)


def to_document(row: Sequence[Any]) -> Document:
    """A document from (id, text, url, outlet, published, title, language, meta); meta as
    JSON text (SQLite) or already read (PostgreSQL's json type)."""
    doc_id, text, url, outlet, published, title, language, meta = row
    return Document(
        id=doc_id,
        text=text,
        url=url,
        outlet=outlet,
        published=published,
        title=title,
        language=language,
        meta=json.loads(meta) if isinstance(meta, str) else meta,
    )


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def bounds(pairs: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Sentence offsets as read back from a stored analysis's JSON."""
    return [(int(a), int(b)) for a, b in pairs]
