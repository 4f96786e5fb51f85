"""The second pass over governed readings: the flat trees, the model file, the choice
among overlapping readings, and the training helpers that pick the cut."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from retold.pipeline.attribution import _governed
from retold.pipeline.attribution_governed import (
    FEATURE_NAMES,
    GovernedModel,
    lemma_rate,
    load_governed_model,
    save_governed_model,
    trees_from_dump,
)
from retold.records import Attribution, TextSpan
from retold.training.attribution import best_cut, selected

from . import SLAMMED, parsed


def _stump(feature: str, below: float, above: float, at: float = 0.5) -> dict[str, Any]:
    """One tree of one split on ``feature``, as LightGBM's dump_model() writes it."""
    return {
        "num_class": 1,
        "tree_info": [
            {
                "tree_structure": {
                    "split_feature": FEATURE_NAMES.index(feature),
                    "threshold": at,
                    "decision_type": "<=",
                    "default_left": True,
                    "left_child": {"leaf_value": below},
                    "right_child": {"leaf_value": above},
                }
            }
        ],
    }


def _model(dump: dict[str, Any], cut: float = 0.5) -> GovernedModel:
    trees = trees_from_dump(dump)
    return GovernedModel(
        roots=trees["roots"],
        feature=trees["feature"],
        threshold=trees["threshold"],
        left=trees["left"],
        right=trees["right"],
        leaf_value=trees["leaf_value"],
        cut=cut,
        lemmas={"slam": (3, 10, 2, 4)},
        meta={},
    )


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _row(**values: float) -> list[float]:
    row = [0.0] * len(FEATURE_NAMES)
    for name, value in values.items():
        row[FEATURE_NAMES.index(name)] = value
    return row


def test_governed_trees_sum_leaves_into_a_probability() -> None:
    model = _model(_stump("cue_odds", -2.0, 2.0))
    low, high = model.probabilities([_row(cue_odds=0.1), _row(cue_odds=0.9)])
    assert low == pytest.approx(_sigmoid(-2.0))
    assert high == pytest.approx(_sigmoid(2.0))
    assert model.probabilities([]) == []


def test_governed_trees_from_dump_flatten_nested_splits() -> None:
    dump = _stump("cue_odds", 0.0, 0.0)
    inner = {
        "split_feature": FEATURE_NAMES.index("con_mean"),
        "threshold": 0.4,
        "decision_type": "<=",
        "default_left": False,
        "left_child": {"leaf_value": -1.0},
        "right_child": {"leaf_value": 1.5},
    }
    dump["tree_info"][0]["tree_structure"]["right_child"] = inner
    dump["tree_info"].append({"tree_structure": {"leaf_value": 0.25}})
    model = _model(dump)
    (p,) = model.probabilities([_row(cue_odds=0.9, con_mean=0.8)])
    assert p == pytest.approx(_sigmoid(1.5 + 0.25))
    (p,) = model.probabilities([_row(cue_odds=0.9, con_mean=0.1)])
    assert p == pytest.approx(_sigmoid(-1.0 + 0.25))
    with pytest.raises(ValueError, match="unsupported split"):
        trees_from_dump({"tree_info": [{"tree_structure": {**inner, "decision_type": "=="}}]})


def test_governed_model_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "governed.npz"
    trees = trees_from_dump(_stump("con_max", -1.0, 1.0))
    save_governed_model(path, trees, 0.4, {"slam": (3, 10, 2, 4), "vow": (5, 6, 1, 1)}, {"n": 1})
    load_governed_model.cache_clear()
    model = load_governed_model(str(path))
    assert model is not None
    assert model.cut == pytest.approx(0.4)
    assert model.lemma_counts("vow") == (5, 6, 1, 1)
    assert model.lemma_counts("unknown") == (0, 0, 0, 0)
    assert model.meta["n"] == 1
    (p,) = model.probabilities([_row(con_max=0.9)])
    assert p == pytest.approx(_sigmoid(1.0))
    # Nothing is pickled: the file reads with allow_pickle=False.
    with np.load(path, allow_pickle=False) as z:
        assert json.loads(str(z["meta"][0]))["features"] == list(FEATURE_NAMES)


def test_governed_model_file_missing_or_stale_gives_none(tmp_path: Path) -> None:
    load_governed_model.cache_clear()
    assert load_governed_model(str(tmp_path / "none.npz")) is None
    path = tmp_path / "stale.npz"
    save_governed_model(path, trees_from_dump(_stump("cue_odds", 0.0, 0.0)), 0.5, {}, {})
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["meta"] = np.array([json.dumps({"features": ["an", "older", "set"]})])
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)
    load_governed_model.cache_clear()
    assert load_governed_model(str(path)) is None


def test_governed_packaged_model_loads() -> None:
    load_governed_model.cache_clear()
    model = load_governed_model()
    assert model is not None
    assert 0.0 < model.cut < 1.0
    assert len(model.roots) > 0
    # The lemma table holds the train split's counts of cue words.
    cue, seen, _, _ = model.lemma_counts("say")
    assert 0 < cue <= seen


def test_governed_lemma_rate_does_not_trust_a_rare_word() -> None:
    assert lemma_rate(2, 2) < lemma_rate(50, 60)
    assert lemma_rate(0, 0) == pytest.approx(0.05)


SAID_SLAMMED = (
    "Aides said officials slammed the plan.",
    """
    Aides     1 nsubj  NOUN  NNS aide     O
    said      1 ROOT   VERB  VBD say      O
    officials 3 nsubj  NOUN  NNS official O
    slammed   1 ccomp  VERB  VBD slam     O
    the       5 det    DET   DT  the      O
    plan      3 dobj   NOUN  NN  plan     O
    .         1 punct  PUNCT .   .        O
    """,
)


def _odds(n: int, cue: dict[int, float], content: float) -> dict[int, tuple[float, float]]:
    return {i: (cue.get(i, 0.0), 0.0 if i in cue else content) for i in range(n)}


def test_governed_model_keeps_a_reading_it_scores_above_the_cut() -> None:
    doc = parsed(*SLAMMED)
    odds = _odds(5, {1: 0.6}, 0.7)
    accept = _model(_stump("cue_odds", -3.0, 3.0))
    (att,) = _governed(doc, frozenset({"slam"}), odds, [], [], model=accept)
    assert (att.cue.text, att.content.text, att.source and att.source.text) == (
        "slammed",
        "the plan",
        "Critics",
    )
    # The same reading below the cut is dropped.
    reject = _model(_stump("cue_odds", -3.0, -3.0))
    assert _governed(doc, frozenset({"slam"}), odds, [], [], model=reject) == []


def test_governed_model_reads_words_outside_the_cue_list_the_tagger_backs() -> None:
    doc = parsed(*SLAMMED)
    accept = _model(_stump("cue_odds", 3.0, 3.0))
    # Not in the cue list and odds below the candidate floor: no candidate at all.
    assert _governed(doc, frozenset(), _odds(5, {1: 0.05}, 0.7), [], [], model=accept) == []
    (att,) = _governed(doc, frozenset(), _odds(5, {1: 0.2}, 0.7), [], [], model=accept)
    assert att.content.text == "the plan"


def test_governed_model_keeps_the_likelier_of_overlapping_readings() -> None:
    doc = parsed(*SAID_SLAMMED)
    odds = _odds(7, {1: 0.5, 3: 0.5}, 0.6)
    # The object reading ("slammed the plan") scores higher than the clause ("said ...").
    model = _model(_stump("via_dobj", 0.5, 2.0))
    (att,) = _governed(doc, frozenset({"say", "slam"}), odds, [], [], model=model)
    assert (att.cue.text, att.content.text, att.source and att.source.text) == (
        "slammed",
        "the plan",
        "officials",
    )
    model = _model(_stump("via_ccomp", 0.5, 2.0))
    (att,) = _governed(doc, frozenset({"say", "slam"}), odds, [], [], model=model)
    assert (att.cue.text, att.content.text) == ("said", "officials slammed the plan")


def test_governed_log_lists_candidates_with_their_features() -> None:
    doc = parsed(*SAID_SLAMMED)
    log: list[tuple[Attribution, list[float]]] = []
    out = _governed(
        doc,
        frozenset({"say", "slam"}),
        _odds(7, {1: 0.5, 3: 0.5}, 0.6),
        [],
        [],
        model=_model(_stump("cue_odds", 3.0, 3.0)),
        log=log,
    )
    assert out == []
    assert sorted(att.content.text for att, _ in log) == ["officials slammed the plan", "the plan"]
    for att, feats in log:
        assert len(feats) == len(FEATURE_NAMES)
        assert all(math.isfinite(v) for v in feats)
        row = dict(zip(FEATURE_NAMES, feats, strict=True))
        assert row["cue_odds"] == pytest.approx(0.5)
        assert row["cls_speech"] == float(att.cue.text == "said")
        # The model's lemma table gives the word's train counts.
        if att.cue.text == "slammed":
            assert row["lemma_rate"] == pytest.approx(lemma_rate(3, 10))
            assert row["cand_rate"] == pytest.approx(lemma_rate(2, 4))


def test_governed_model_leaves_what_is_found() -> None:
    doc = parsed(*SLAMMED)
    found = Attribution(
        cue=TextSpan(8, 15, "slammed"),
        content=TextSpan(16, 24, "the plan"),
        kind="indirect",
        source=TextSpan(0, 7, "Critics"),
    )
    accept = _model(_stump("cue_odds", 3.0, 3.0))
    odds = _odds(5, {1: 0.9}, 0.9)
    assert _governed(doc, frozenset({"slam"}), odds, [found], [], model=accept) == []


# -- training: which candidates the finder keeps, and the cut ----------------------------


def _rows() -> list[Any]:
    # (article, features, label, lemma, (cue, start, end), gold index)
    return [
        (0, [], 1, "say", (0, 5, 20), 0),
        (0, [], 1, "say", (0, 6, 18), 0),  # overlaps the first: one of them is kept
        (0, [], 0, "see", (30, 35, 40), -1),
        (1, [], 1, "vow", (0, 5, 20), 2),  # another article: no overlap with article 0
    ]


def test_governed_training_selection_keeps_the_likelier_of_overlapping_rows() -> None:
    rows = _rows()
    assert sorted(selected(rows, [0.9, 0.8, 0.7, 0.6], 0.5)) == [0, 2, 3]
    assert sorted(selected(rows, [0.6, 0.8, 0.7, 0.4], 0.5)) == [1, 2]


def test_governed_training_cut_counts_a_gold_statement_once() -> None:
    rows = _rows()
    # Base: 10 matched of 20 predicted, 30 gold. Rows 0 and 3 are right, row 2 is wrong.
    cut, f1 = best_cut(rows, [0.9, 0.85, 0.3, 0.8], (10, 20, 30))
    assert 0.3 < cut <= 0.8
    assert f1 == pytest.approx(2 * 12 / (20 + 2 + 30))
    # Nothing worth adding: the cut stays above every row.
    cut, f1 = best_cut(rows[2:3], [0.9], (10, 20, 30))
    assert cut == 1.0
    assert f1 == pytest.approx(2 * 10 / 50)


def test_governed_training_cut_adds_the_fewest_of_cuts_that_score_alike() -> None:
    rows = _rows()
    probs = [0.9, 0.85, 0.3, 0.5]
    # Without tolerance the lowest cut that keeps both right rows (0.31 to 0.50) ties with
    # the rest of that range: the highest of them is taken.
    cut, f1 = best_cut(rows, probs, (10, 20, 30), tolerance=0.0)
    assert cut == pytest.approx(0.5)
    assert f1 == pytest.approx(2 * 12 / 52)
    # Within a wider tolerance, the cut that adds only the likeliest row (or none) wins:
    # one right row of one added gives 2 * 11 / 51, 0.03 below the best.
    cut, _ = best_cut(rows, probs, (10, 20, 30), tolerance=0.01)
    assert cut == pytest.approx(0.5)
    cut, f1 = best_cut(rows, probs, (10, 20, 30), tolerance=0.05)
    assert (cut, f1) == (pytest.approx(0.7), pytest.approx(2 * 11 / 51))
    cut, f1 = best_cut(rows, probs, (10, 20, 30), tolerance=1.0)
    assert (cut, f1) == (1.0, pytest.approx(0.4))
