"""HTML pages: article text and metadata via trafilatura, and markup fragments to text."""

from __future__ import annotations

from pathlib import Path

import pytest

from retold.document import Document, Rejection
from retold.errors import InputRejected
from retold.ingest import read_file
from retold.ingest.html import hostname, html_to_text, read_html

from .conftest import article_page


@pytest.fixture
def page(data_dir: Path) -> Document:
    found = read_file(data_dir / "page.html")
    assert len(found) == 1 and isinstance(found[0], Document), found
    return found[0]


def test_html_article_paragraphs_are_extracted(page: Document) -> None:
    assert "voted seven to two on Tuesday evening" in page.text
    assert "price of a connected town." in page.text
    assert "\n\nMayor Ines Okafor" in page.text


def test_html_navigation_and_footer_are_left_out(page: Document) -> None:
    assert "Sport" not in page.text
    assert "Quay Street" not in page.text


def test_html_metadata_is_read(page: Document) -> None:
    assert page.id == "page"
    assert page.title == "Ferry saved by late vote"
    assert page.outlet == "Harbour Times"
    assert page.published is not None and page.published.startswith("2022-05-10")
    assert page.language == "en"


def test_html_without_article_is_rejected(data_dir: Path) -> None:
    found = read_file(data_dir / "no_article.html")
    assert len(found) == 1 and isinstance(found[0], Rejection)
    assert found[0].code == "E005"


def test_html_outlet_falls_back_to_hostname() -> None:
    data = article_page(
        "Tide tables change", ["The port authority published new tide tables on Monday."] * 3
    )
    document = read_html(data, path="p", doc_id="p", url="https://www.portnews.example/tides")
    assert document.outlet == "portnews.example"
    assert document.url == "https://www.portnews.example/tides"


def test_html_fallback_date_is_used_when_page_has_none() -> None:
    data = article_page(
        "Tide tables change", ["The port authority published new tide tables on Monday."] * 3
    )
    document = read_html(data, path="p", doc_id="p", published="2022-06-01T10:00:00Z")
    assert document.published == "2022-06-01T10:00:00Z"


def test_html_read_html_raises_input_rejected_for_empty_page() -> None:
    with pytest.raises(InputRejected) as caught:
        read_html(b"<html><body></body></html>", path="p", doc_id="p")
    assert caught.value.code == "E005"


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One <b>bold</b> word.</p><p>Two.</p>", "One bold word.\n\nTwo."),
        ("Line one<br>Line two", "Line one\n\nLine two"),
        ("<p>Fish &amp; chips<!-- note --> today</p>", "Fish & chips today"),
        ("<div>Kept<script>var dropped = 1;</script> text</div>", "Kept text"),
        ("plain words, no tags", "plain words, no tags"),
        ("", ""),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.a.example/x", "a.example"),
        ("http://b.example:8080/", "b.example"),
        (None, None),
        ("not a url", None),
    ],
)
def test_html_hostname(url: str | None, host: str | None) -> None:
    assert hostname(url) == host
