"""The public API is exactly what ``retold.__all__`` lists, and all of it imports."""

from __future__ import annotations

import importlib

import pytest

import retold

EXPECTED = [
    "Analysis",
    "Attribution",
    "CheckReport",
    "Checker",
    "ClaimResult",
    "Distortion",
    "Document",
    "Errors",
    "EvidenceRef",
    "Figure",
    "IngestSummary",
    "InputRejected",
    "PersonMention",
    "Rejection",
    "RetoldError",
    "Store",
    "StoreError",
    "TextSpan",
    "TimeRef",
    "Warnings",
    "analyse",
    "build_pipeline",
    "check_article",
    "ingest_documents",
    "ingest_paths",
    "load_pipeline",
    "open_store",
    "read_bytes",
    "read_file",
    "read_url",
    "walk",
]


def test_public_api_all_is_the_expected_list() -> None:
    assert retold.__all__ == EXPECTED


def test_public_api_all_is_sorted() -> None:
    assert retold.__all__ == sorted(retold.__all__)


@pytest.mark.parametrize("name", EXPECTED)
def test_public_api_name_is_importable(name: str) -> None:
    module = importlib.import_module("retold")
    assert getattr(module, name) is not None
    namespace: dict[str, object] = {}
    exec(f"from retold import {name}", namespace)
    assert namespace[name] is getattr(retold, name)


@pytest.mark.parametrize("name", EXPECTED)
def test_public_api_member_is_defined_in_retold(name: str) -> None:
    member = getattr(retold, name)
    assert member.__module__.startswith("retold."), f"{name} comes from {member.__module__}"


def test_public_api_has_no_unlisted_public_members() -> None:
    # Submodules and the version are reachable but are not part of __all__.
    public = {
        name
        for name, value in vars(retold).items()
        if not name.startswith("_") and not isinstance(value, type(retold))
    }
    assert public <= set(EXPECTED) | {"annotations"}


def test_public_api_version_matches_metadata() -> None:
    from importlib.metadata import version

    assert retold.__version__ == version("retold")
