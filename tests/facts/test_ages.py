"""Ages beside a name: the forms news writing gives them in."""

from __future__ import annotations

import pytest

from retold.facts.ages import age_beside


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Tomlinson, 47, was not taking part.", "Tomlinson", 47),
        ("Tomlinson, who was 57, was never part of it.", "Tomlinson", 57),
        ("Tomlinson, aged 47 and a father of nine, died.", "Tomlinson", 47),
        ("Tomlinson (47) died on the way home.", "Tomlinson", 47),
        ("Tomlinson, a 47-year-old vendor, died.", "Tomlinson", 47),
        ("the 47-year-old newspaper vendor Ian Tomlinson died.", "Ian Tomlinson", 47),
        ("Smith, who was 12 when the war began, survived.", "Smith", 12),
    ],
)
def test_ages_beside_a_name(text: str, name: str, age: int) -> None:
    start = text.index(name)
    found = age_beside(text, start, start + len(name))
    assert found is not None and found[0] == age
    assert text[found[1] : found[2]] == str(age)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomlinson, 2009, was a hard year.", "Tomlinson"),  # a year, not an age
        ("Smith, 3 km away, heard the blast.", "Smith"),
        ("Smith, who was 30 metres away, heard it.", "Smith"),
        ("Smith said 5.5 percent of the vote was lost.", "Smith"),
    ],
)
def test_ages_no_age_beside_a_name(text: str, name: str) -> None:
    start = text.index(name)
    assert age_beside(text, start, start + len(name)) is None
