"""JSON and JSONL documents: exact text, ids, metadata and every rejection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retold.document import Document, Rejection
from retold.ingest import read_bytes, read_file

EXPECTED_TEXT = (
    "  The harbour council voted 7-2 on Tuesday to keep the night ferry running.\r\n\r\n"
    'Mayor Ines Okafor said the subsidy of 1.2 million a year was "the price of a connected town".'
    "\n\n\tThe vote followed a three-hour session. "
)


def only_document(found: list[Document | Rejection]) -> Document:
    assert len(found) == 1, found
    document = found[0]
    assert isinstance(document, Document), document
    return document


def only_rejection(found: list[Document | Rejection]) -> Rejection:
    assert len(found) == 1, found
    rejection = found[0]
    assert isinstance(rejection, Rejection), rejection
    return rejection


def test_jsondocs_text_is_kept_byte_exact(data_dir: Path) -> None:
    document = only_document(read_file(data_dir / "article.json"))
    assert document.text == EXPECTED_TEXT


def test_jsondocs_fields_are_read(data_dir: Path) -> None:
    document = only_document(read_file(data_dir / "article.json"))
    assert (
        document.id,
        document.outlet,
        document.published,
        document.title,
        document.language,
    ) == (
        "council-vote",
        "Harbour Times",
        "2022-05-10",
        "Council approves ferry subsidy",
        "en",
    )
    assert document.url == "https://harbourtimes.example/2022/05/council-vote"


def test_jsondocs_unknown_fields_go_to_meta(data_dir: Path) -> None:
    document = only_document(read_file(data_dir / "article.json"))
    assert document.meta == {"desk": "local"}


def test_jsondocs_round_trip_keeps_document(data_dir: Path, tmp_path: Path) -> None:
    original = only_document(read_file(data_dir / "article.json"))
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(original.to_dict()), encoding="utf-8")
    again = only_document(read_file(copy))
    assert again == original
    assert again.meta == original.meta
    assert again.text.encode("utf-8") == EXPECTED_TEXT.encode("utf-8")


def test_jsondocs_list_gives_one_document_per_item(data_dir: Path) -> None:
    found = read_file(data_dir / "bulletins.json")
    assert [type(item) for item in found] == [Document, Document]
    assert [item.id for item in found if isinstance(item, Document)] == [
        "bulletin-1",
        "bulletins:2",
    ]


def test_jsondocs_jsonl_ids_default_to_stem_and_line(data_dir: Path) -> None:
    found = read_file(data_dir / "wire.jsonl")
    assert [item.id for item in found if isinstance(item, Document)] == ["wire-1", "wire:3"]


def test_jsondocs_missing_id_defaults_to_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "statement-7.json"
    path.write_text('{"text": "Body."}', encoding="utf-8")
    assert only_document(read_file(path)).id == "statement-7"


def test_jsondocs_empty_text_is_rejected(data_dir: Path) -> None:
    rejection = only_rejection(read_file(data_dir / "no_text.json"))
    assert rejection.code == "E004"
    assert rejection.path == str(data_dir / "no_text.json")


@pytest.mark.parametrize("payload", ['{"id": "x"}', '{"text": "   \\n "}', '{"text": null}'])
def test_jsondocs_missing_or_blank_text_is_rejected(payload: str) -> None:
    rejection = only_rejection(read_bytes(payload.encode(), name="doc.json", suffix=".json"))
    assert rejection.code == "E004"


def test_jsondocs_invalid_json_names_the_line(data_dir: Path) -> None:
    rejection = only_rejection(read_file(data_dir / "invalid.json"))
    assert rejection.code == "E003"
    assert "line 3" in rejection.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", ["a", "b"]),
        ("id", 12),
        ("published", 2022),
        ("title", {"main": "x"}),
        ("meta", "x"),
    ],
)
def test_jsondocs_wrong_field_type_is_rejected(field: str, value: object) -> None:
    payload = {"text": "Body text.", field: value}
    rejection = only_rejection(
        read_bytes(json.dumps(payload).encode(), name="d.json", suffix=".json")
    )
    assert rejection.code == "E014"
    assert f"'{field}'" in rejection.reason


@pytest.mark.parametrize("payload", ['"just a string"', "42", '[{"text": "ok"}, 3]'])
def test_jsondocs_non_object_is_rejected(payload: str) -> None:
    found = read_bytes(payload.encode(), name="d.json", suffix=".json")
    assert found[-1].code == "E011"  # type: ignore[union-attr]


def test_jsondocs_bad_jsonl_line_does_not_stop_the_rest() -> None:
    data = b'{"text": "first"}\n{"text": broken}\n{"text": "third"}\n'
    found = read_bytes(data, name="feed.jsonl", suffix=".jsonl")
    assert [type(item).__name__ for item in found] == ["Document", "Rejection", "Document"]
    assert "line 2" in found[1].reason  # type: ignore[union-attr]


def test_jsondocs_raw_line_separator_inside_string_stays_in_one_line() -> None:
    data = '{"text": "one\u2028two"}\n'.encode()
    document = only_document(read_bytes(data, name="s.jsonl", suffix=".jsonl"))
    assert document.text == "one\u2028two"


def test_jsondocs_json_suffix_with_one_object_per_line_reads_as_jsonl() -> None:
    data = b'{"text": "first"}\n{"text": "second"}\n'
    found = read_bytes(data, name="lines.json", suffix=".json")
    assert [item.id for item in found if isinstance(item, Document)] == ["lines:1", "lines:2"]


def test_jsondocs_stored_meta_is_merged_not_nested() -> None:
    data = b'{"text": "Body.", "meta": {"desk": "world"}, "section": "news"}'
    document = only_document(read_bytes(data, name="m.json", suffix=".json"))
    assert document.meta == {"desk": "world", "section": "news"}
