"""HTML pages: the article's main text and metadata, via trafilatura."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import set_date_params

from retold.document import Document
from retold.ingest._base import rejected

__all__ = ["hostname", "html_to_text", "read_html"]

# Elements that end a paragraph when turning a markup fragment into text.
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_SKIPPED = frozenset({"script", "style", "template", "noscript", "head"})
_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


def hostname(url: str | None) -> str | None:
    """The site a URL belongs to, as an outlet of last resort ('www.' dropped)."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def _paragraphs(lines: list[str]) -> str:
    """Join non-blank lines as paragraphs separated by blank lines, as cases/FORMAT.md has it."""
    kept = (" ".join(line.split()) for line in lines)
    return "\n\n".join(line for line in kept if line)


class _TextCollector(HTMLParser):
    """Collect the text of a markup fragment, breaking paragraphs at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def flush(self) -> None:
        if self._current:
            self.blocks.append("".join(self._current))
            self._current.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)


def html_to_text(markup: str) -> str:
    """Strip a markup fragment (a feed summary, say) to text, one paragraph per block."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    collector.flush()
    return _paragraphs(collector.blocks)


def _language(data: bytes) -> str | None:
    found = _LANG.search(data[:8192])
    return found.group(1).decode("ascii").lower() if found else None


def _extract(data: bytes, url: str | None) -> Any:
    head = data[:8192].lower()
    if b"<html" not in head and b"<body" not in head:
        # trafilatura finds no tree in a bare fragment ('<p>...</p>'); give it a page.
        data = b"<html><body>" + data + b"</body></html>"
    try:
        return trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=set_date_params(False),
        )
    except (ValueError, LookupError):
        return None


def read_html(
    data: bytes,
    *,
    path: str,
    doc_id: str,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    """Make one Document of a page's article text.

    ``published`` is the fallback date (from a WARC record, say) when the page
    states none. Raises InputRejected (E005) when there is no article text.
    """
    found = _extract(data, url)
    raw = getattr(found, "text", None) if found is not None else None
    text = _paragraphs(raw.splitlines()) if isinstance(raw, str) else ""
    if not text:
        raise rejected(path, "E005")
    page_url = url or getattr(found, "url", None) or None
    meta: dict[str, Any] = {}
    author = getattr(found, "author", None)
    if author:
        meta["author"] = author
    return Document(
        id=doc_id,
        text=text,
        url=page_url,
        outlet=getattr(found, "sitename", None) or hostname(page_url),
        published=getattr(found, "date", None) or published,
        title=getattr(found, "title", None) or None,
        language=_language(data) or getattr(found, "language", None) or "en",
        meta=meta,
    )
