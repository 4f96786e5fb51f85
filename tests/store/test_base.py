"""The public surface of retold.store: names, row types, protocol."""

from __future__ import annotations

import dataclasses

import pytest

import retold.store
from retold.store import AddResult, Mention, SentenceHit, Store, open_store


@pytest.mark.parametrize(
    "name",
    ["open_store", "Store", "SentenceHit", "Mention", "AddResult", "default_db_url"],
)
def test_base_public_name_is_exported(name: str) -> None:
    assert name in retold.store.__all__
    assert hasattr(retold.store, name)


def test_base_all_names_exist() -> None:
    assert all(hasattr(retold.store, name) for name in retold.store.__all__)


@pytest.mark.parametrize(
    "row",
    [
        AddResult("a", True),
        SentenceHit("a", 0, 1, "x", 1.0),
        Mention("a", "person", "k", 0, 1, "x"),
    ],
)
def test_base_rows_are_frozen(row: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.doc_id = "b"  # type: ignore[attr-defined]


def test_base_sqlite_store_is_a_store() -> None:
    with open_store("sqlite://") as store:
        assert isinstance(store, Store)
