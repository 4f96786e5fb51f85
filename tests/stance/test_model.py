"""The exported trees, the artifact format, and the model shipped with retold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import pytest

from retold.errors import InputRejected
from retold.stance import LABELS, MODEL_PATH, StanceModel, load_model, predict_stance
from retold.stance.bag import BodyBag
from retold.stance.features import Vocabulary
from retold.stance.model import MODEL_FEATURES, trees_from_lightgbm


def _leaf(v: float) -> dict[str, Any]:
    return {"leaf_value": v}


def _split(feature: int, threshold: float, left: Any, right: Any, default_left: bool) -> Any:
    return {
        "split_feature": feature,
        "threshold": threshold,
        "decision_type": "<=",
        "default_left": default_left,
        "left_child": left,
        "right_child": right,
    }


def test_trees_follow_splits_by_hand() -> None:
    dump = {
        "num_class": 2,
        "tree_info": [
            {
                "tree_structure": _split(
                    0, 0.5, _leaf(1.0), _split(1, 2.0, _leaf(2.0), _leaf(3.0), False), True
                )
            },
            {"tree_structure": _leaf(-1.0)},
        ],
    }
    trees = trees_from_lightgbm(dump)
    x = np.array([[0.5, 9.0], [0.6, 2.0], [0.6, 2.1], [np.nan, 5.0], [1.0, np.nan]])
    np.testing.assert_array_equal(
        trees.raw_scores(x), [[1.0, -1.0], [2.0, -1.0], [3.0, -1.0], [1.0, -1.0], [3.0, -1.0]]
    )


def test_unsupported_split_is_refused() -> None:
    node = _split(0, 0.5, _leaf(1.0), _leaf(2.0), True)
    node["decision_type"] = "=="
    with pytest.raises(ValueError):
        trees_from_lightgbm({"num_class": 1, "tree_info": [{"tree_structure": node}]})


def _booster(n_features: int, num_class: int = 4, seed: int = 3) -> tuple[Any, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(400, n_features))
    y = (x[:, 0] > 0).astype(int) + 2 * (x[:, 1] > 0.5).astype(int)
    params = {
        "objective": "multiclass",
        "num_class": num_class,
        "num_leaves": 7,
        "min_data_in_leaf": 5,
        "verbose": -1,
        "deterministic": True,
        "num_threads": 1,
        "seed": 1,
    }
    return lgb.train(params, lgb.Dataset(x, label=y), num_boost_round=15), x


def test_export_reproduces_lightgbm() -> None:
    booster, x = _booster(6)
    trees = trees_from_lightgbm(booster.dump_model())
    np.testing.assert_allclose(trees.raw_scores(x), booster.predict(x, raw_score=True), atol=1e-9)


def _tiny_model() -> StanceModel:
    vocab = Vocabulary.fit(["the pier closed", "the pier reopened", "cracks in the pier"], min_df=1)
    vocab.svd = np.eye(2, len(vocab.terms), dtype=np.float32)
    vocab.avg_body_len = 5.0
    bag = BodyBag.fit_vocabulary(
        ["cracks in the pier", "the pier closed", "cracks closed"], min_df=1
    )
    bag.coef = np.arange(3 * len(bag.terms), dtype=np.float32).reshape(3, -1) / 10
    bag.intercept = np.array([0.5, -0.5, 0.0])
    booster, _ = _booster(len(MODEL_FEATURES))
    trees = trees_from_lightgbm(booster.dump_model())
    return StanceModel(vocab, bag, trees, np.array([0.1, 0.2, 0.0, 0.0]), {"note": "tiny"})


def test_artifact_round_trip(tmp_path: Path) -> None:
    model = _tiny_model()
    pairs = [("The pier closed", "Cracks in the pier: it closed."), ("Pier reopened", "")]
    path = tmp_path / "m.npz"
    model.save(path)
    back = StanceModel.load(path)
    assert back.meta == {"note": "tiny"}
    assert back.vocab.terms == model.vocab.terms
    assert back.bag.terms == model.bag.terms
    np.testing.assert_array_equal(back.predict_proba(pairs), model.predict_proba(pairs))
    assert back.predict(pairs) == model.predict(pairs)
    assert back.predict([]) == []


def test_damaged_artifact_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.npz"
    path.write_bytes(b"not a zip")
    with pytest.raises(InputRejected) as info:
        StanceModel.load(path)
    assert info.value.code == "E506"


def test_shipped_artifact_is_small_and_pickle_free() -> None:
    assert MODEL_PATH.stat().st_size < 50 * 1024 * 1024
    with np.load(MODEL_PATH, allow_pickle=False) as z:
        assert all(z[name].dtype != object for name in z.files)
    model = load_model()
    assert model.meta["dev"]["fnc"] >= 0.85


def test_shipped_model_tells_related_from_unrelated() -> None:
    claim = "City council votes to ban cars from the historic centre of Tarvona"
    related = (
        "Tarvona's city council voted on Tuesday to ban cars from the historic centre. "
        "The ban starts in May, the mayor said, and delivery vans will get morning permits."
    )
    unrelated = (
        "A record crowd watched the final of the regional chess championship, which was "
        "decided after six hours of play in the last round."
    )
    assert predict_stance(claim, unrelated) == "unrelated"
    assert predict_stance(claim, related) in set(LABELS) - {"unrelated"}
