"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from retold.document import Document, Rejection
from retold.ingest import read_bytes, read_file


def documents(found: list[Document | Rejection]) -> list[Document]:
    assert all(isinstance(item, Document) for item in found), found
    return [item for item in found if isinstance(item, Document)]


def test_feeds_rss_entries_become_documents(data_dir: Path) -> None:
    found = documents(read_file(data_dir / "feed.rss"))
    assert [document.id for document in found] == [
        "harbour-radio-ferry-2022",
        "https://harbourradio.example/news/roads",
    ]


def test_feeds_rss_entry_fields(data_dir: Path) -> None:
    first = documents(read_file(data_dir / "feed.rss"))[0]
    assert (
        first.text == "Councillors voted 7-2 to keep the ferry.\n\nThe mayor welcomed the result."
    )
    assert first.published == "2022-05-10T19:05:00Z"
    assert first.outlet == "Harbour Radio News"
    assert first.title == "Night ferry keeps running"
    assert first.url == "https://harbourradio.example/news/ferry"
    assert first.language == "en"


def test_feeds_atom_content_is_preferred_to_summary(data_dir: Path) -> None:
    (entry,) = documents(read_file(data_dir / "feed.atom"))
    assert (
        entry.text == "The council approved the subsidy on Tuesday.\n\nTwo members voted against."
    )
    assert entry.id == "urn:example:coastal-wire:ferry"
    assert entry.outlet == "Coastal Wire"
    assert entry.published == "2022-05-10T19:30:00Z"


@pytest.mark.parametrize(
    "data",
    [
        b"<rss><channel><item><title>cut",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
    ],
)
def test_feeds_broken_or_empty_feed_is_rejected(data: bytes) -> None:
    found = read_bytes(data, name="bad.rss", suffix=".rss")
    assert [item.code for item in found if isinstance(item, Rejection)] == ["E007"]


def test_feeds_entry_without_text_is_rejected_alone() -> None:
    data = (
        b'<rss version="2.0"><channel><title>W</title>'
        b"<item><guid>a</guid><title>Has text</title><description>Body.</description></item>"
        b"<item><guid>b</guid><title>No text</title></item></channel></rss>"
    )
    found = read_bytes(data, name="w.rss", suffix=".rss")
    assert [type(item).__name__ for item in found] == ["Document", "Rejection"]


def test_feeds_xml_suffix_is_sniffed_as_feed(data_dir: Path) -> None:
    data = (data_dir / "feed.atom").read_bytes()
    assert len(documents(read_bytes(data, name="wire.xml", suffix=".xml"))) == 1


def test_feeds_xml_that_is_not_a_feed_is_rejected() -> None:
    found = read_bytes(
        b'<?xml version="1.0"?><catalog><book/></catalog>', name="c.xml", suffix=".xml"
    )
    assert [item.code for item in found if isinstance(item, Rejection)] == ["E007"]
