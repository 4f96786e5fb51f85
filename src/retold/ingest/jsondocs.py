"""JSON and JSONL documents in the shape of cases/FORMAT.md."""

from __future__ import annotations

import json
from typing import Any

from retold.document import Document, Rejection
from retold.errors import InputRejected
from retold.ingest._base import rejected, rejection, rejection_from

__all__ = ["document_from_mapping", "read_json", "read_jsonl"]

_STRING_FIELDS = ("id", "url", "outlet", "published", "title", "language")


def _kind(value: Any) -> str:
    """Name a JSON value the way a person editing the file would."""
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _shown(value: Any) -> Any:
    """Keep messages one short line even when the bad value is a long list or object."""
    text = repr(value)
    return value if len(text) <= 60 else f"{_kind(value)} ({len(text)} characters)"


def document_from_mapping(
    data: dict[str, Any], *, path: str, doc_id: str, where: str | None = None
) -> Document:
    """Validate one document object; ``text`` is taken exactly as stored.

    Raises InputRejected (E004, E014) so the caller can go on with the next one.
    """
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise rejected(
            path, "E014", where=where, field="text", expected="a string", got=_shown(text)
        )
    if not text or not text.strip():
        raise rejected(path, "E004", where=where)
    fields: dict[str, str] = {}
    for name in _STRING_FIELDS:
        value = data.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise rejected(
                path, "E014", where=where, field=name, expected="a string", got=_shown(value)
            )
        fields[name] = value
    meta: dict[str, Any] = {}
    stored_meta = data.get("meta")
    if stored_meta is not None:
        if not isinstance(stored_meta, dict):
            raise rejected(
                path,
                "E014",
                where=where,
                field="meta",
                expected="an object",
                got=_shown(stored_meta),
            )
        meta.update(stored_meta)
    for key, value in data.items():
        if key not in _STRING_FIELDS and key not in ("text", "meta"):
            meta[key] = value
    return Document(
        id=fields.get("id") or doc_id,
        text=text,
        url=fields.get("url"),
        outlet=fields.get("outlet"),
        published=fields.get("published"),
        title=fields.get("title"),
        language=fields.get("language", "en"),
        meta=meta,
    )


def _one(value: Any, *, path: str, doc_id: str, where: str | None) -> Document | Rejection:
    if not isinstance(value, dict):
        return rejection(path, "E011", where=where, kind=_kind(value))
    try:
        return document_from_mapping(value, path=path, doc_id=doc_id, where=where)
    except InputRejected as exc:
        return rejection_from(exc, path)


def read_json(text: str, *, path: str, stem: str) -> list[Document | Rejection]:
    """One document object, or a list of them (ids default to ``stem`` and ``stem:N``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return [rejection(path, "E003", line=exc.lineno, detail=exc.msg)]
    if isinstance(value, list):
        if not value:
            return [rejection(path, "E011", kind="an empty list")]
        return [
            _one(item, path=path, doc_id=f"{stem}:{number}", where=f"[{number}]")
            for number, item in enumerate(value, start=1)
        ]
    return [_one(value, path=path, doc_id=stem, where=None)]


def read_jsonl(text: str, *, path: str, stem: str) -> list[Document | Rejection]:
    """One document object per line; a bad line is rejected and the rest still read."""
    found: list[Document | Rejection] = []
    # Split on "\n" only: a raw U+2028 inside a JSON string must not end the line.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            found.append(rejection(path, "E003", line=number, detail=exc.msg))
            continue
        found.append(_one(value, path=path, doc_id=f"{stem}:{number}", where=f":{number}"))
    if not found:
        found.append(rejection(path, "E001"))
    return found
