from __future__ import annotations

import pytest

from retold.compare.text import stem, terms


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("quake", "earthquake"),
        ("quakes", "earthquake"),
        ("temblor", "earthquake"),
        ("pirogue", "boat"),
        ("canoes", "vessel"),
        ("airstrikes", "strike"),
        ("declassification", "declassifying"),
    ],
)
def test_text_one_thing_in_two_words_meets(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_text_terms_drop_stopwords_and_keep_negations() -> None:
    assert terms("The quake did not hit the city") == [stem("quake"), "not", "hit", "citi"]


def test_text_a_percent_sign_and_per_cent_are_the_word_percent() -> None:
    assert terms("100% inspired") == terms("100 percent inspired") == terms("100 per cent inspired")


def test_text_initials_with_and_without_dots_are_one_word() -> None:
    assert terms("The U.S. Embassy and the U.N.") == terms("The US Embassy and the UN")
    assert terms("at 9 a.m.") == ["9", "m"]  # lower-case abbreviations are left as they were
