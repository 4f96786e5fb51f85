"""Turn files, folders, bytes and URLs into Documents, or one-line Rejections.

Readers never raise for bad input: a corpus with one broken file still reads,
and every file that could not be read says why (see retold.errors, E001-E015).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from retold.document import Document, Rejection
from retold.errors import InputRejected
from retold.ingest._base import rejection, rejection_from
from retold.ingest.feeds import read_feed
from retold.ingest.frontmatter import read_text
from retold.ingest.html import read_html
from retold.ingest.jsondocs import read_json, read_jsonl
from retold.ingest.warc import GZIP_MAGIC, read_warc

__all__ = ["SUFFIXES", "read_bytes", "read_file", "read_url", "walk"]

Found = Document | Rejection

SUFFIXES: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
    ".warc": "warc",
    ".warc.gz": "warc",
}
"""The reader each file suffix selects ('xml' is sniffed further: a feed or a page)."""

_CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/json": "json",
    "application/feed+json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/plain": "text",
    "text/markdown": "text",
    "application/warc": "warc",
}

_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
# Pages saved without <html> still start with one of these.
_HTML_ROOTS = frozenset(
    {"html", "head", "body", "meta", "title", "article", "main", "section", "div", "p", "h1", "h2"}
)
_PROLOG = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)", re.IGNORECASE | re.DOTALL)
_FIRST_TAG = re.compile(r"<([a-zA-Z][\w:.-]*)")
# Bytes that never occur in text: C0 controls other than tab, newlines, form feed, escape.
_NON_TEXT = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_TEXT_BYTES = bytes(b for b in range(256) if b not in _NON_TEXT)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


# -- telling what a payload is -------------------------------------------------


def _suffix_of(name: str) -> str:
    lower = Path(name).name.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    return Path(lower).suffix


def _stem(name: str) -> str:
    if name == "-":
        return "stdin"
    base = Path(name).name
    if base.lower().endswith(".warc.gz"):
        return base[: -len(".warc.gz")] or base
    return Path(base).stem or base


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters near the start: not a text format."""
    if data.startswith(_UTF16_BOMS):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _TEXT_BYTES))
    return controls * 10 > len(head)


def _decode(data: bytes) -> str | None:
    """UTF-8 (BOM dropped) first; cp1252 for old Windows files; None when neither fits."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _markup_kind(head: str) -> str:
    """'feed', 'html' or 'xml' for a payload that starts with a tag."""
    rest = head
    while True:
        prolog = _PROLOG.match(rest)
        if prolog is None:
            break
        if prolog.group(1).lower().startswith("<!doctype html"):
            return "html"
        rest = rest[prolog.end() :]
    first = _FIRST_TAG.match(rest.lstrip())
    root = first.group(1).lower() if first else ""
    if root in _FEED_ROOTS:
        return "feed"
    if root in _HTML_ROOTS or "<body" in head.lower():
        return "html"
    return "xml"


def _sniff(data: bytes) -> str | None:
    """Guess the kind from the first bytes: warc, gzip, json, feed, html, xml or None."""
    if data.startswith(GZIP_MAGIC):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 16)
        except zlib.error:
            return "gzip"
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if data.startswith(b"WARC/"):
        return "warc"
    raw = data[:4096]
    if raw.startswith(_UTF16_BOMS):
        head = raw.decode("utf-16", errors="replace")
    else:
        head = raw.decode("utf-8", errors="replace")
    head = head.lstrip("\ufeff \t\r\n")
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith("<"):
        return _markup_kind(head)
    return None


def _json_kind(text: str) -> str:
    """A '.json' file (or a sniffed one) that is really one object per line reads as JSONL."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            return "json"
        first = text.lstrip().split("\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "json"
        except json.JSONDecodeError:
            return "json"
    return "json"


# -- reading a payload of known or sniffed kind -------------------------------


def _read(
    data: bytes,
    *,
    path: str,
    stem: str,
    kind: str | None,
    shown_type: str | None,
    url: str | None = None,
) -> list[Found]:
    """Read ``data``; with no ``kind`` it is sniffed, and ``shown_type`` None means 'fall back to text'."""
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        return [rejection(path, "E001")]
    if kind is None:
        sniffed = _sniff(data)
        if sniffed == "warc":
            kind = "warc"
        elif sniffed == "gzip" or _looks_binary(data):
            return [rejection(path, "E002")]
        elif sniffed in ("json", "feed", "html"):
            kind = sniffed
        elif shown_type is None:
            kind = "text"
        else:
            return [rejection(path, "E009", suffix=shown_type)]
    if kind == "warc":
        return read_warc(io.BytesIO(data), path=path, stem=stem)
    if _looks_binary(data):
        return [rejection(path, "E002")]
    if kind == "xml":
        kind = _sniff(data) or "xml"
        if kind not in ("feed", "html"):
            return [rejection(path, "E007", detail="it is XML but not an RSS or Atom feed")]
    if kind == "feed":
        return read_feed(data, path=path, stem=stem)
    if kind == "html":
        try:
            return [read_html(data, path=path, doc_id=url or stem, url=url)]
        except InputRejected as exc:
            return [rejection_from(exc, path)]
    text = _decode(data)
    if text is None:
        return [rejection(path, "E008")]
    if kind == "json" and _json_kind(text) == "jsonl":
        kind = "jsonl"
    if kind == "json":
        return read_json(text, path=path, stem=stem)
    if kind == "jsonl":
        return read_jsonl(text, path=path, stem=stem)
    try:
        document = read_text(text, path=path, doc_id=stem)
    except InputRejected as exc:
        return [rejection_from(exc, path)]
    if url and document.url is None:
        document = replace(document, url=url)
    return [document]


def _normal_suffix(suffix: str) -> str:
    lower = suffix.strip().lower()
    return lower if not lower or lower.startswith(".") else f".{lower}"


def read_bytes(data: bytes, *, name: str, suffix: str | None = None) -> list[Found]:
    """Read a payload that has no file behind it (stdin is ``name='-'``).

    With ``suffix`` None the kind is sniffed and anything else that decodes is
    read as plain text; an unknown suffix is sniffed and otherwise rejected (E009).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    if suffix is not None and not isinstance(suffix, str):
        raise TypeError(f"suffix must be a str or None, not {type(suffix).__name__}")
    normal = None if suffix is None else _normal_suffix(suffix)
    kind = SUFFIXES.get(normal) if normal else None
    shown = None if normal is None else normal or "(none)"
    return _read(bytes(data), path=name, stem=_stem(name), kind=kind, shown_type=shown)


def read_file(path: Path) -> list[Found]:
    """Read one file by its suffix (sniffing when the suffix is unknown)."""
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"path must be a pathlib.Path, not {type(path).__name__}")
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return [rejection(name, "E010")]
    except OSError as exc:
        return [rejection(name, "E015", detail=exc.strerror or str(exc))]
    if path.is_dir():
        return [rejection(name, "E015", detail="it is a folder (walk() reads folders)")]
    if info.st_size == 0:
        return [rejection(name, "E001")]
    suffix = _suffix_of(name)
    kind = SUFFIXES.get(suffix)
    try:
        if kind == "warc":
            # Streamed: archives can be far larger than the documents in them.
            with path.open("rb") as stream:
                return read_warc(stream, path=name, stem=_stem(name))
        data = path.read_bytes()
    except OSError as exc:
        return [rejection(name, "E015", detail=exc.strerror or str(exc))]
    return _read(data, path=name, stem=_stem(name), kind=kind, shown_type=suffix or "(none)")


def read_url(url: str, *, client: httpx.Client) -> list[Found]:
    """Fetch a feed or page with the caller's client; documents from a page take the URL as id."""
    if not isinstance(url, str):
        raise TypeError(f"url must be a str, not {type(url).__name__}")
    if not isinstance(client, httpx.Client):
        raise TypeError(f"client must be an httpx.Client, not {type(client).__name__}")
    try:
        response = client.get(url, follow_redirects=True)
    except httpx.HTTPError as exc:
        return [rejection(url, "E012", detail=str(exc) or type(exc).__name__)]
    if response.is_error:
        detail = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        return [rejection(url, "E012", detail=detail)]
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    suffix = _suffix_of(urlsplit(url).path)
    kind = _CONTENT_TYPES.get(content_type) or SUFFIXES.get(suffix)
    return _read(
        response.content,
        path=url,
        stem=url,
        kind=kind,
        shown_type=content_type or suffix or "(none)",
        url=str(response.url),
    )


# -- walking -------------------------------------------------------------------


def _is_url(item: str) -> bool:
    return item[:8].lower().startswith(("http://", "https://"))


def _files_under(root: Path) -> tuple[list[Path], list[Rejection]]:
    """Every non-hidden file below ``root`` in a stable order, and the folders that could not be listed."""
    problems: list[Rejection] = []

    def failed(exc: OSError) -> None:
        problems.append(
            rejection(str(exc.filename or root), "E015", detail=exc.strerror or str(exc))
        )

    found: list[tuple[tuple[str, ...], Path]] = []
    for folder, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in filenames:
            if filename.startswith("."):
                continue
            file = Path(folder, filename)
            found.append((file.relative_to(root).parts, file))
    found.sort(key=lambda pair: pair[0])
    return [file for _, file in found], problems


def _walk_path(path: Path) -> Iterator[tuple[str, Found]]:
    if path.is_dir():
        files, problems = _files_under(path)
        for file in files:
            for found in read_file(file):
                yield str(file), found
        for problem in problems:
            yield problem.path, problem
    else:
        for found in read_file(path):
            yield str(path), found


def walk(paths: Iterable[str | Path], *, client: httpx.Client | None = None) -> Iterator[Found]:
    """Read files, folders (recursively, sorted, hidden entries skipped), '-' and http(s) URLs.

    A default client (timeouts set) is made only when a URL is met and none was given.
    """
    for _, found in walk_sources(paths, client=client):
        yield found


def walk_sources(
    paths: Iterable[str | Path], *, client: httpx.Client | None = None
) -> Iterator[tuple[str, Found]]:
    """Like :func:`walk`, with the file, URL or '-' each item was read from."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    own_client: httpx.Client | None = None
    try:
        for item in paths:
            if not isinstance(item, str | os.PathLike):
                raise TypeError(f"paths must hold str or Path, not {type(item).__name__}")
            if isinstance(item, str) and _is_url(item):
                if client is not None:
                    fetcher = client
                else:
                    own_client = own_client or httpx.Client(
                        timeout=_DEFAULT_TIMEOUT, follow_redirects=True
                    )
                    fetcher = own_client
                for found in read_url(item, client=fetcher):
                    yield item, found
            elif isinstance(item, str) and item == "-":
                for found in read_bytes(sys.stdin.buffer.read(), name="-"):
                    yield "-", found
            else:
                yield from _walk_path(Path(item))
    finally:
        if own_client is not None:
            own_client.close()
