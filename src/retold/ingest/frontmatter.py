"""Plain-text documents, with optional ``---`` front matter carrying their metadata."""

from __future__ import annotations

from typing import Any

from retold.document import Document
from retold.ingest._base import rejected

__all__ = ["FIELDS", "read_text", "split_front_matter"]

FIELDS = ("id", "url", "outlet", "published", "title", "language")
_FENCE = "---"


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str, *, path: str) -> tuple[dict[str, str], int]:
    """Return the front-matter fields and the character offset where the body starts.

    The offset is kept so that spans found in the body can be mapped back to
    the file. Raises InputRejected (E013) when the block is never closed.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != _FENCE:
        return {}, 0
    closing = next(
        (index for index, line in enumerate(lines[1:], start=1) if line.rstrip() == _FENCE), None
    )
    if closing is None:
        raise rejected(path, "E013")
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:closing], start=2):
        content = line.rstrip("\r\n")
        if not content.strip() or content.lstrip().startswith("#"):
            continue
        key, sep, value = content.partition(":")
        if not sep or not key.strip():
            raise rejected(
                path,
                "E014",
                field=f"front matter line {number}",
                expected="'key: value'",
                got=content.strip(),
            )
        fields[key.strip().lower()] = _unquote(value.strip())
    return fields, sum(len(line) for line in lines[: closing + 1])


def read_text(text: str, *, path: str, doc_id: str) -> Document:
    """Make one Document from decoded text; the text is kept exactly, never stripped."""
    fields, offset = split_front_matter(text, path=path)
    body = text[offset:]
    if not body.strip():
        raise rejected(path, "E001")
    known: dict[str, Any] = {key: value for key, value in fields.items() if key in FIELDS and value}
    meta: dict[str, Any] = {key: value for key, value in fields.items() if key not in FIELDS}
    if offset:
        meta["text_offset"] = offset
    return Document(
        id=known.pop("id", doc_id),
        text=body,
        url=known.get("url"),
        outlet=known.get("outlet"),
        published=known.get("published"),
        title=known.get("title"),
        language=known.get("language", "en"),
        meta=meta,
    )
