"""Search words for a claim: no stop words, names first, a country with its people."""

from __future__ import annotations

import pytest

from retold.retrieval.corpus import demonym_forms, query_words


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("Guatemala", ["Guatemalan"]),
        ("Honduras", ["Honduran"]),
        ("Mexico", ["Mexican"]),
        ("Ukraine", ["Ukrainian"]),
        ("Guatemalan", ["Guatemala"]),
        ("Iranian", ["Iran"]),
        ("Captain", []),  # neither a country nor its people
        ("Christian", []),
    ],
)
def test_corpus_demonym_forms(word: str, forms: list[str]) -> None:
    assert demonym_forms(word) == forms


def test_corpus_query_words_add_the_people_of_a_country_named() -> None:
    words = query_words("Eighteen of the dead were citizens of Guatemala, officials said.")
    assert "Guatemala" in words and "Guatemalan" in words
    assert "the" not in words and "said" not in words
    assert words.index("Guatemala") < words.index("citizens")
