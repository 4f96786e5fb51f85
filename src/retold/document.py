"""The one document model every reader produces and every stage consumes."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = ["Document", "Rejection", "parse_published"]


@dataclass(frozen=True, slots=True)
class Document:
    """A news document or primary source.

    ``text`` is kept exactly as read: every character offset retold reports
    indexes into it, so no reader may normalise whitespace after this point.
    """

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    language: str | None = "en"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_hash(self) -> str:
        """Identity for de-duplication: the same text re-ingested adds nothing."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published_date(self) -> date | None:
        return parse_published(self.published)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if not data["meta"]:
            del data["meta"]
        return data


def parse_published(value: str | None) -> date | None:
    """Read the date part of an ISO 8601 date or date-time; None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A file that could not become a document, and why (never an exception at the edge)."""

    path: str
    reason: str
    code: str = ""
