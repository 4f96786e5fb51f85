"""Slot comparisons that need no corpus: where two figures can be one event's."""

from __future__ import annotations

import pytest

from retold.compare.slots import _elsewhere


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Suva", "Tonga", True),  # other countries
        ("Kunduz", "Yemen", True),
        ("Mosul", "Basra", True),  # one country, cities far apart
        ("Mosul", "Iraq", False),  # a city and its country
        ("Mosul", "Mossul", False),  # one place, two spellings
        ("Mosul", None, False),  # an unknown place rules nothing out
        ("Atlantis Bay", "Mosul", False),
    ],
)
def test_slots_places_that_rule_out_one_event(a: str, b: str | None, apart: bool) -> None:
    assert _elsewhere(a, b) is apart
