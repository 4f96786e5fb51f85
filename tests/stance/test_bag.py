"""The body n-gram model: vocabulary, TF-IDF rows and probabilities, on invented texts."""

from __future__ import annotations

import numpy as np

from retold.stance.bag import BodyBag, ngrams


def test_ngrams_are_lowercased_unigrams_and_bigrams() -> None:
    assert ngrams("Officials DENIED it, twice") == [
        "officials",
        "denied",
        "it",
        "twice",
        "officials denied",
        "denied it",
        "it twice",
    ]


def test_vocabulary_keeps_frequent_terms_up_to_a_limit() -> None:
    texts = ["the claim is false", "the claim is true", "the report is false"]
    bag = BodyBag.fit_vocabulary(texts, min_df=2)
    assert bag.terms == sorted(["the", "claim", "is", "false", "the claim", "claim is", "is false"])
    small = BodyBag.fit_vocabulary(texts, min_df=2, limit=2)
    assert small.terms == ["is", "the"]  # found in all three texts


def test_matrix_rows_are_normalised_and_unknown_words_ignored() -> None:
    bag = BodyBag.fit_vocabulary(["the claim is false", "the claim is true"], min_df=1)
    m = bag.matrix(["the claim is false", "nothing known here", ""]).toarray()
    assert np.isclose(np.linalg.norm(m[0]), 1.0)
    assert not m[1].any() and not m[2].any()


def test_probabilities_follow_the_weights() -> None:
    bag = BodyBag.fit_vocabulary(["a hoax indeed", "confirmed indeed"], min_df=1)
    bag.coef = np.zeros((3, len(bag.terms)), np.float32)
    bag.coef[1, bag.index["hoax"]] = 5.0  # disagree
    bag.coef[0, bag.index["confirmed"]] = 5.0  # agree
    p = bag.probabilities(["It was a hoax", "It was confirmed", "Unrelated words"])
    assert p.shape == (3, 3)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    assert p[0].argmax() == 1 and p[1].argmax() == 0
    np.testing.assert_allclose(p[2], [1 / 3] * 3)
    assert bag.probabilities([]).shape == (0, 3)
