"""The synthetic derivation benchmark: its generator, and the graph's quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from retold.evaluation.derivation import OPERATIONS, build_corpus, run_derivation, score_edges

GATE = Path(__file__).with_name("provenance_gate.json")


def test_derivation_corpus_is_seeded_and_large_enough() -> None:
    a, b = build_corpus(7, 40), build_corpus(7, 40)
    assert [d.text for d in a.documents] == [d.text for d in b.documents]
    assert a.edges == b.edges
    assert len(a.documents) >= 200
    assert [d.text for d in build_corpus(8, 40).documents] != [d.text for d in a.documents]


def test_derivation_corpus_chains_are_three_to_five_rewrites_of_every_kind() -> None:
    corpus = build_corpus(7, 40)
    assert set(corpus.operations.values()) == set(OPERATIONS)
    chains: dict[str, int] = {}
    for doc_id in corpus.operations:
        story = doc_id.split("-")[0]
        chains[story] = chains.get(story, 0) + 1
    assert set(chains.values()) <= {3, 4, 5}
    # Texts are distinct (the store would fold duplicates) and every source is older.
    assert len({d.content_hash for d in corpus.documents}) == len(corpus.documents)
    when = {d.id: d.published or "" for d in corpus.documents}
    assert all(when[s] < when[t] for s, t in corpus.edges)
    merges = [t for t, op in corpus.operations.items() if op == "merge"]
    assert all(sum(1 for _, x in corpus.edges if x == t) == 2 for t in merges)


def test_derivation_rewrites_change_what_they_say_they_change() -> None:
    corpus = build_corpus(7, 40)
    text = {d.id: d.text for d in corpus.documents}
    parent = {t: s for s, t in corpus.edges if "-b" not in s}
    for child, op in corpus.operations.items():
        before, after = text[parent[child]], text[child]
        if op == "syndicate":
            assert after.endswith(before.split(" — ", 1)[-1])
        elif op == "cut":
            assert len(after) < len(before)
        elif op == "figure":
            digits = [w for w in before.split() if w[:1].isdigit()]
            assert digits != [w for w in after.split() if w[:1].isdigit()]


def test_derivation_score_edges() -> None:
    truth = {("a", "b"), ("b", "c")}
    scores = score_edges({("a", "b"), ("a", "c")}, truth)
    assert (scores["precision"], scores["recall"], scores["correct"]) == (0.5, 0.5, 1)
    assert score_edges(set(), truth)["precision"] == 0.0


@pytest.mark.slow
def test_derivation_gate_edge_precision_and_recall_hold(nlp: Language) -> None:
    """Seed 11 is held out: the thresholds were set on seed 7."""
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    result = run_derivation(nlp, seed=gate["seed"], stories=gate["stories"])
    assert result["documents"] >= 200
    assert result["precision"] >= gate["precision_min"], result["false_edges"]
    assert result["recall"] >= gate["recall_min"], result["missed_edges"]
