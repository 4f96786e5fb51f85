"""Fixtures for the reader tests: the data folder and a WARC archive builder."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATA = Path(__file__).parent / "data"

WarcBuilder = Callable[..., bytes]


def article_page(headline: str, sentences: Sequence[str]) -> bytes:
    """A small but complete news page, big enough for trafilatura to find an article."""
    paragraphs = "".join(f"<p>{sentence}</p>\n" for sentence in sentences)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{headline}</title></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{headline}</h1>\n{paragraphs}</article></body></html>"
    ).encode()


def _write_warc(
    records: Sequence[tuple[str, str, bytes]],
    *,
    gzip: bool = True,
    date: str = "2022-05-11T08:00:00Z",
) -> bytes:
    """Build a WARC of (uri, content type, body) HTTP responses, plus one request record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, content_type, body in records:
        request = writer.create_warc_record(
            uri,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example")], is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(request)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        response = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(response)
    return buffer.getvalue()


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def build_warc() -> WarcBuilder:
    return _write_warc
