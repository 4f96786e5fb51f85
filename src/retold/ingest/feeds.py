"""RSS and Atom feeds: every entry becomes a document of its own."""

from __future__ import annotations

import io
import time
from typing import Any
from xml.sax import SAXException

import feedparser

from retold.document import Document, Rejection
from retold.ingest._base import rejection
from retold.ingest.html import hostname, html_to_text

__all__ = ["read_feed"]


def _detail_text(value: str, detail: Any) -> str:
    kind = detail.get("type", "text/html") if isinstance(detail, dict) else "text/html"
    if kind == "text/plain":
        return "\n\n".join(" ".join(part.split()) for part in value.split("\n\n") if part.strip())
    return html_to_text(value)


def _entry_text(entry: Any) -> str:
    """The richest body an entry carries: full content before the summary."""
    for content in entry.get("content") or []:
        text = _detail_text(content.get("value") or "", content)
        if text:
            return text
    summary = entry.get("summary") or ""
    return _detail_text(summary, entry.get("summary_detail"))


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser gives every date it understood as a UTC struct_time.
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _language(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().split("-")[0].split("_")[0].lower()


def read_feed(data: bytes, *, path: str, stem: str) -> list[Document | Rejection]:
    """Read every entry of an RSS or Atom feed; entries with no text are rejected one by one."""
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except (ValueError, LookupError, SAXException) as exc:
        return [rejection(path, "E007", detail=str(exc) or type(exc).__name__)]
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = str(problem) if problem else "it has no entries"
        return [rejection(path, "E007", detail=detail or "it has no entries")]
    feed = parsed.get("feed") or {}
    outlet = html_to_text(feed.get("title") or "") or hostname(feed.get("link"))
    language = _language(feed.get("language"))
    found: list[Document | Rejection] = []
    for number, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        if not text:
            found.append(rejection(path, "E007", detail=f"entry {number} has no text"))
            continue
        meta: dict[str, Any] = {}
        if entry.get("author"):
            meta["author"] = entry["author"]
        found.append(
            Document(
                id=entry.get("id") or entry.get("link") or f"{stem}:{number}",
                text=text,
                url=entry.get("link") or None,
                outlet=outlet or None,
                published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                title=html_to_text(entry.get("title") or "") or None,
                language=_language(entry.get("language")) or language or "en",
                meta=meta,
            )
        )
    return found
