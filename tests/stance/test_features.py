"""Pair features on invented headlines and bodies: overlap, cue words near the claim, figures."""

from __future__ import annotations

import numpy as np
import pytest

from retold.stance.features import (
    FEATURE_NAMES,
    Vocabulary,
    analyse_text,
    content_terms,
    pair_features,
)

HEADLINE = "Harbour authority closes the old ferry pier after 40 cracks found"
AGREE = (
    "The harbour authority closed the old ferry pier on Friday. Engineers found 40 cracks "
    "in its supports, the authority confirmed in a statement. Ferries will use the east quay."
)
REFUTE = (
    "Reports that the harbour authority closed the old ferry pier are false. The authority "
    "denied any closure and said no cracks were found. The story was a hoax."
)
OTHER = (
    "The orchestra opened its winter season with a new symphony. Tickets sold out within "
    "days and a second concert was added for December."
)
TEXTS = [HEADLINE, AGREE, REFUTE, OTHER, "The pier and the harbour were busy.", "Cracks found."]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    v = Vocabulary.fit(TEXTS, min_df=1)
    v.avg_body_len = 30.0
    return v


def _features(vocab: Vocabulary, head: str, body: str) -> dict[str, float]:
    row = pair_features(analyse_text(head, vocab), analyse_text(body, vocab), vocab)
    assert row.shape == (len(FEATURE_NAMES),)
    assert np.isfinite(row).all()
    return dict(zip(FEATURE_NAMES, row.tolist(), strict=True))


def test_content_terms_drop_stop_words_and_stem() -> None:
    assert content_terms("The piers were closed on 1,200 days") == ["pier", "close", "1200", "day"]


def test_vocabulary_min_df_and_idf() -> None:
    v = Vocabulary.fit(["red apple", "red pear", "blue sky"], min_df=2)
    assert v.terms == ["red"]
    rare = Vocabulary.fit(["red apple", "red pear", "blue sky"], min_df=1)
    assert rare.idf[rare.index["appl"]] > rare.idf[rare.index["red"]]


def test_related_bodies_overlap_more_than_unrelated(vocab: Vocabulary) -> None:
    related = _features(vocab, HEADLINE, AGREE)
    unrelated = _features(vocab, HEADLINE, OTHER)
    for name in ("tfidf_cos", "overlap_frac", "bm25", "sent_max_cos", "bigram_frac"):
        assert related[name] > unrelated[name], name
    assert unrelated["overlap_frac"] == 0.0
    assert unrelated["first_match_pos"] == 1.0  # no headline term anywhere


def test_refuting_words_near_the_claim_are_counted(vocab: Vocabulary) -> None:
    refute = _features(vocab, HEADLINE, REFUTE)
    agree = _features(vocab, HEADLINE, AGREE)
    assert refute["near_refute"] >= 3  # false, denied, hoax
    assert agree["near_refute"] == 0
    assert refute["top_sents_refute"] > 0
    assert agree["near_affirm"] >= 1  # confirmed
    assert refute["neg_best_sent"] >= 0 and refute["body_rate_negate"] > 0


def test_headline_figures_found_or_missing(vocab: Vocabulary) -> None:
    found = _features(vocab, HEADLINE, AGREE)
    assert found["head_numbers"] == 1 and found["head_numbers_found"] == 1
    assert found["number_mismatch"] == 0
    other = _features(vocab, HEADLINE, "The harbour authority found 12 cracks in the old pier.")
    assert other["head_numbers_missing"] == 1 and other["number_mismatch"] == 1


def test_headline_hedges_and_questions(vocab: Vocabulary) -> None:
    row = _features(vocab, "Did the harbour authority reportedly close the pier?", AGREE)
    assert row["head_question"] == 1 and row["head_hedge"] >= 1
    assert _features(vocab, HEADLINE, AGREE)["head_question"] == 0


def test_negation_alignment(vocab: Vocabulary) -> None:
    row = _features(vocab, "Harbour authority did not close the pier", AGREE)
    assert row["neg_head"] == 1 and row["neg_mismatch"] == 1
    same = _features(vocab, "Harbour authority did not close the pier", REFUTE)
    assert same["neg_head"] == 1


def test_empty_texts_give_finite_features(vocab: Vocabulary) -> None:
    for head, body in [("", ""), (HEADLINE, ""), ("", AGREE), ("!!!", "...")]:
        _features(vocab, head, body)
