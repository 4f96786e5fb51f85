"""WARC archives: HTML responses become documents; damage keeps what came before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retold.document import Document, Rejection
from retold.ingest import read_bytes, read_file

from .conftest import WarcBuilder, article_page

PAGES = [
    (
        f"https://news.example/story-{number}",
        "text/html; charset=utf-8",
        article_page(
            f"Story {number} headline",
            [
                f"Paragraph {line} of story {number} reports on the harbour ferry vote."
                for line in range(4)
            ],
        ),
    )
    for number in range(3)
]
STYLESHEET = ("https://news.example/site.css", "text/css", b"body { color: black; }")


def kinds(found: list[Document | Rejection]) -> list[str]:
    return [item.code if isinstance(item, Rejection) else "doc" for item in found]


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_documents(
    build_warc: WarcBuilder, tmp_path: Path, gzip: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(build_warc([*PAGES, STYLESHEET], gzip=gzip))
    found = read_file(path)
    assert [item.id for item in found if isinstance(item, Document)] == [uri for uri, _, _ in PAGES]
    assert kinds(found) == ["doc", "doc", "doc"]


def test_warc_document_fields(build_warc: WarcBuilder) -> None:
    found = read_bytes(build_warc(PAGES[:1]), name="one.warc.gz", suffix=".warc.gz")
    (document,) = found
    assert isinstance(document, Document)
    assert document.url == "https://news.example/story-0"
    assert document.outlet == "news.example"
    assert document.published == "2022-05-11T08:00:00Z"
    assert "Paragraph 3 of story 0" in document.text


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_truncated_keeps_earlier_documents(
    build_warc: WarcBuilder, tmp_path: Path, gzip: bool
) -> None:
    data = build_warc(PAGES, gzip=gzip)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 40])
    found = read_file(path)
    assert kinds(found) == ["doc", "doc", "E006"]


@pytest.mark.parametrize("keep", [0.3, 0.5, 0.7, 0.95])
def test_warc_cut_anywhere_ends_with_one_rejection(build_warc: WarcBuilder, keep: float) -> None:
    data = build_warc(PAGES)
    found = read_bytes(data[: int(len(data) * keep)], name="c.warc.gz", suffix=".warc.gz")
    assert kinds(found)[-1] == "E006"
    assert kinds(found).count("E006") == 1


def test_warc_cut_inside_record_header_is_noticed(build_warc: WarcBuilder) -> None:
    data = build_warc(PAGES, gzip=False)
    header_start = data.index(b"WARC/1", data.index(b"story-1"))
    found = read_bytes(data[: header_start + 30], name="h.warc", suffix=".warc")
    assert kinds(found)[-1] == "E006"


def test_warc_gzip_trailer_cut_is_noticed(build_warc: WarcBuilder) -> None:
    data = build_warc(PAGES)
    assert kinds(read_bytes(data[:-1], name="t.warc.gz", suffix=".warc.gz")) == [
        "doc",
        "doc",
        "doc",
        "E006",
    ]


def test_warc_that_is_not_an_archive_is_rejected() -> None:
    found = read_bytes(b"this is just a text file\n", name="fake.warc", suffix=".warc")
    assert kinds(found) == ["E006"]


def test_warc_page_without_article_is_rejected_alone(build_warc: WarcBuilder) -> None:
    empty = ("https://news.example/empty", "text/html", b"<html><body></body></html>")
    found = read_bytes(build_warc([empty, PAGES[0]]), name="e.warc.gz", suffix=".warc.gz")
    assert kinds(found) == ["E005", "doc"]
    assert "https://news.example/empty" in found[0].reason  # type: ignore[union-attr]


def test_warc_is_sniffed_without_suffix(build_warc: WarcBuilder) -> None:
    assert kinds(read_bytes(build_warc(PAGES[:1]), name="-")) == ["doc"]
