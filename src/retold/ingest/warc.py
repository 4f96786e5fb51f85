"""WARC archives: every archived HTML response becomes a document.

warcio stops quietly at most kinds of damage (a record cut short, a gzip
member with no end), so the reader checks lengths and the gzip framing itself:
the documents read before the damage are kept and one rejection says where it is.
"""

from __future__ import annotations

import zlib
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from retold.document import Document, Rejection
from retold.errors import InputRejected
from retold.ingest._base import rejection
from retold.ingest.html import read_html

__all__ = ["GZIP_MAGIC", "read_warc"]

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16
# warcio fails on damaged bytes with its own errors but also with whatever the
# bad bytes lead to (AttributeError for a header cut before WARC-Target-URI,
# IndexError, ...), so the few warcio calls below are guarded with Exception.
_DAMAGE = Exception


class _GzipCheck:
    """Inflate (and throw away) a multi-member gzip stream to see that every member ends."""

    def __init__(self) -> None:
        self._inflater: Any = None
        self.error: str | None = None

    def feed(self, data: bytes) -> None:
        while data and self.error is None:
            if self._inflater is None:
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                self._inflater.decompress(data, _CHUNK)
            except zlib.error as exc:
                self.error = f"bad gzip data ({exc})"
                return
            if self._inflater.eof:
                data = self._inflater.unused_data
                self._inflater = None
            else:
                data = self._inflater.unconsumed_tail

    def damage(self) -> str | None:
        if self.error is None and self._inflater is not None:
            return "the archive ends in the middle of a compressed record"
        return self.error


class _Watched:
    """The archive stream as warcio reads it, counted and (when gzipped) checked on the way."""

    def __init__(self, raw: IO[bytes], *, gzipped: bool) -> None:
        self._raw = raw
        self._offset = 0
        self.check = _GzipCheck() if gzipped else None

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._offset += len(data)
        if self.check is not None:
            self.check.feed(data)
        return data

    def tell(self) -> int:
        return self._offset

    def drain(self) -> None:
        while self.read(_CHUNK):
            pass


def _said(exc: BaseException, *, number: int) -> str:
    """What went wrong at record ``number``, in one short printable line."""
    if not isinstance(
        exc, ArchiveLoadFailed | StatusAndHeadersParserException | OSError | EOFError
    ):
        return f"record {number} could not be parsed ({type(exc).__name__})"
    # warcio's messages run to paragraphs and quote the bytes it choked on.
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return f"record {number}: {type(exc).__name__}"
    said = "".join(ch if ch.isprintable() else "?" for ch in lines[0][:120])
    return f"record {number}: {said}"


def _is_html(record: Any) -> bool:
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return False
    status = headers.get_statuscode() or ""
    kind = (headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ("html" in kind)


def _cut_short(record: Any) -> bool:
    """Read what is left of the record; True when it holds less than its Content-Length."""
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return int(getattr(stream, "limit", 0) or 0) > 0


def read_warc(stream: IO[bytes], *, path: str, stem: str) -> list[Document | Rejection]:
    """Read the HTML responses of a WARC (plain or gzipped per record)."""
    head = stream.read(2)
    stream.seek(0)
    watched = _Watched(stream, gzipped=head == GZIP_MAGIC)
    found: list[Document | Rejection] = []
    damage: str | None = None
    archive = ArchiveIterator(watched)
    records = iter(archive)
    number = 0
    while damage is None:
        try:
            record = next(records)
        except StopIteration:
            break
        except _DAMAGE as exc:
            damage = _said(exc, number=number + 1)
            break
        number += 1
        if record.format != "warc" or record.rec_type is None:
            # warcio also reads ARC; here that only ever means a line of text it took for one.
            damage = f"record {number} has no WARC header"
            break
        uri = record.rec_headers.get_header("WARC-Target-URI") or None
        payload = None
        try:
            if _is_html(record):
                payload = record.content_stream().read()
            short = _cut_short(record)
        except _DAMAGE as exc:
            damage = _said(exc, number=number)
            break
        if short:
            damage = f"record {number} ({uri or 'no URI'}) is cut short"
            break
        if payload is None:
            continue
        try:
            found.append(
                read_html(
                    payload,
                    path=f"{path} ({uri})" if uri else f"{path} (record {number})",
                    doc_id=uri or f"{stem}:{number}",
                    url=uri,
                    published=record.rec_headers.get_header("WARC-Date") or None,
                )
            )
        except InputRejected as exc:
            found.append(Rejection(path=path, reason=str(exc), code=exc.code))
    if damage is None:
        watched.drain()
        damage = watched.check.damage() if watched.check is not None else None
    if damage is None and number and archive.offset < watched.tell():
        # warcio ends quietly when the last record's header is cut off.
        damage = (
            f"it ends with {watched.tell() - archive.offset} byte(s) that are not a whole record"
        )
    if damage is None and number == 0:
        damage = "it holds no records"
    if damage is not None:
        found.append(rejection(path, "E006", detail=damage))
    return found
