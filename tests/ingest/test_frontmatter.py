"""Plain text and front matter: exact text, offsets back into the file, rejections."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from retold.document import Document, Rejection
from retold.ingest import read_bytes, read_file
from retold.ingest.frontmatter import split_front_matter


def only_document(found: list[Document | Rejection]) -> Document:
    assert len(found) == 1, found
    document = found[0]
    assert isinstance(document, Document), document
    return document


def test_frontmatter_fields_are_read(data_dir: Path) -> None:
    document = only_document(read_file(data_dir / "frontmatter.md"))
    assert (document.id, document.outlet, document.published, document.title) == (
        "ferry-statement",
        "Harbour Council",
        "2022-05-10",
        "Statement on the night ferry",
    )


def test_frontmatter_offset_maps_body_back_to_file(data_dir: Path) -> None:
    raw = (data_dir / "frontmatter.md").read_text(encoding="utf-8")
    document = only_document(read_file(data_dir / "frontmatter.md"))
    offset = document.meta["text_offset"]
    assert raw[offset:] == document.text
    assert document.text.startswith("The council has agreed")


def test_frontmatter_unknown_keys_go_to_meta(data_dir: Path) -> None:
    document = only_document(read_file(data_dir / "frontmatter.md"))
    assert document.meta["contact"] == "press office"


def test_frontmatter_unclosed_is_rejected(data_dir: Path) -> None:
    found = read_file(data_dir / "unclosed.md")
    assert [item.code for item in found if isinstance(item, Rejection)] == ["E013"]


def test_frontmatter_line_without_colon_is_rejected() -> None:
    found = read_bytes(b"---\nid: a\nnot a field\n---\nBody.\n", name="x.md", suffix=".md")
    assert isinstance(found[0], Rejection)
    assert found[0].code == "E014"


def test_frontmatter_plain_text_is_kept_exactly(data_dir: Path) -> None:
    raw = (data_dir / "plain.txt").read_text(encoding="utf-8")
    document = only_document(read_file(data_dir / "plain.txt"))
    assert document.text == raw
    assert document.id == "plain"
    assert "text_offset" not in document.meta


def test_frontmatter_bom_is_dropped_and_offset_counts_from_after_it() -> None:
    data = codecs.BOM_UTF8 + b"---\r\nid: b\r\n---\r\n  Body\r\nline two"
    document = only_document(read_bytes(data, name="b.txt", suffix=".txt"))
    decoded = data.decode("utf-8-sig")
    assert document.text == "  Body\r\nline two"
    assert decoded[document.meta["text_offset"] :] == document.text


def test_frontmatter_cp1252_file_is_decoded() -> None:
    document = only_document(
        read_bytes("Caf\u00e9 \u2013 5 \u20ac".encode("cp1252"), name="c.txt", suffix=".txt")
    )
    assert document.text == "Caf\u00e9 \u2013 5 \u20ac"


def test_frontmatter_undecodable_text_is_rejected() -> None:
    found = read_bytes(b"caf\xe9 \x81 menu", name="u.txt", suffix=".txt")
    assert isinstance(found[0], Rejection)
    assert found[0].code == "E008"


def test_frontmatter_empty_body_is_rejected() -> None:
    found = read_bytes(b"---\nid: a\n---\n\n", name="e.md", suffix=".md")
    assert isinstance(found[0], Rejection)
    assert found[0].code == "E001"


@pytest.mark.parametrize(
    ("text", "fields", "body"),
    [
        ("no front matter", {}, "no front matter"),
        ("---\ntitle: 'Quoted'\n---\nx", {"title": "Quoted"}, "x"),
        ("---\n# a comment\n\nurl: https://a.example/x\n---\n", {"url": "https://a.example/x"}, ""),
        ("--- not a fence\nbody", {}, "--- not a fence\nbody"),
    ],
)
def test_frontmatter_split(text: str, fields: dict[str, str], body: str) -> None:
    found, offset = split_front_matter(text, path="t")
    assert (found, text[offset:]) == (fields, body)
