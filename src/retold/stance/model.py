"""The trained stance model: load it from package data and predict, with numpy alone.

The artifact is one ``.npz`` file read with ``allow_pickle=False``: the vocabulary, IDF
weights and LSA basis of the feature extractor, the body n-gram model (bag.py), the
gradient-boosted trees flattened into
arrays, per-class offsets and a JSON card. LightGBM is needed to train, not to predict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..errors import Errors, InputRejected
from ..trees import flatten_lightgbm
from .bag import BAG_NAMES, BodyBag
from .features import FEATURE_NAMES, TextInfo, Vocabulary, analyse_text, pair_features
from .fnc import LABELS

__all__ = [
    "MODEL_FEATURES",
    "MODEL_PATH",
    "StanceModel",
    "Trees",
    "load_model",
    "trees_from_lightgbm",
]

MODEL_FEATURES: tuple[str, ...] = FEATURE_NAMES + BAG_NAMES

MODEL_PATH = Path(__file__).parent / "data" / "stance-model.npz"
_CHUNK = 2048


@dataclass
class Trees:
    """Boosted trees as flat arrays; a child < 0 is the leaf ``-child - 1``."""

    roots: NDArray[np.int64]  # per tree: node index, or a leaf encoded as above
    feature: NDArray[np.int64]
    threshold: NDArray[np.float64]
    left: NDArray[np.int64]
    right: NDArray[np.int64]
    default_left: NDArray[np.bool_]
    leaf_value: NDArray[np.float64]
    num_class: int

    def raw_scores(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """Summed leaf values per class, as LightGBM's raw score."""
        n_trees = len(self.roots)
        out = np.zeros((len(x), self.num_class))
        tree_class = np.arange(n_trees) % self.num_class
        for start in range(0, len(x), _CHUNK):
            xs = x[start : start + _CHUNK]
            # One entry per (row, tree); only entries still at an inner node move on.
            cur = np.tile(self.roots, len(xs))
            row = np.repeat(np.arange(len(xs)), n_trees)
            active = np.flatnonzero(cur >= 0)
            while len(active):
                node = cur[active]
                value = xs[row[active], self.feature[node]]
                go_left = np.where(
                    np.isnan(value), self.default_left[node], value <= self.threshold[node]
                )
                step = np.where(go_left, self.left[node], self.right[node])
                cur[active] = step
                active = active[step >= 0]
            leaves = self.leaf_value[-cur - 1].reshape(len(xs), n_trees)
            for k in range(self.num_class):
                out[start : start + _CHUNK, k] = leaves[:, tree_class == k].sum(axis=1)
        return out


def trees_from_lightgbm(dump: Mapping[str, Any]) -> Trees:
    """Flatten ``Booster.dump_model()`` (numerical splits only, as our features are)."""
    return Trees(**flatten_lightgbm(dump), num_class=int(dump["num_class"]))


@dataclass
class StanceModel:
    """Feature extractor + trees + class offsets: headline and body in, stance out."""

    vocab: Vocabulary
    bag: BodyBag
    trees: Trees
    bias: NDArray[np.float64]
    meta: dict[str, Any]

    def predict_proba_features(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        raw = self.trees.raw_scores(x)
        raw -= raw.max(axis=1, keepdims=True)
        e = np.exp(raw)
        result: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
        return result

    def features(self, pairs: Sequence[tuple[str, str]]) -> NDArray[np.float64]:
        """MODEL_FEATURES rows for (headline, body) pairs; repeated texts are analysed once."""
        cache: dict[str, TextInfo] = {}

        def info(text: str) -> TextInfo:
            if text not in cache:
                cache[text] = analyse_text(text, self.vocab)
            return cache[text]

        out = np.zeros((len(pairs), len(MODEL_FEATURES)))
        for i, (headline, body) in enumerate(pairs):
            out[i, : len(FEATURE_NAMES)] = pair_features(info(headline), info(body), self.vocab)
        bodies = sorted({body for _, body in pairs})
        row_of = {body: r for r, body in enumerate(bodies)}
        bag = self.bag.probabilities(bodies)
        out[:, len(FEATURE_NAMES) :] = bag[[row_of[body] for _, body in pairs]]
        return out

    def predict_proba(self, pairs: Sequence[tuple[str, str]]) -> NDArray[np.float64]:
        """Probabilities over LABELS (before the class offsets) for each pair."""
        if not pairs:
            return np.zeros((0, len(LABELS)))
        return self.predict_proba_features(self.features(pairs))

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """One of LABELS per (headline, body) pair."""
        if not pairs:
            return []
        log_p = np.log(np.maximum(self.predict_proba(pairs), 1e-12)) + self.bias
        return [LABELS[i] for i in np.argmax(log_p, axis=1)]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        t = self.trees
        with open(path, "wb") as f:
            np.savez_compressed(
                f,
                terms=np.array(self.vocab.terms, dtype=str),
                idf=self.vocab.idf,
                svd=self.vocab.svd.astype(np.float32),
                avg_body_len=np.array(self.vocab.avg_body_len),
                bag_terms=np.array(self.bag.terms, dtype=str),
                bag_idf=self.bag.idf,
                bag_coef=self.bag.coef.astype(np.float32),
                bag_intercept=self.bag.intercept,
                roots=t.roots,
                feature=t.feature,
                threshold=t.threshold,
                left=t.left,
                right=t.right,
                default_left=t.default_left,
                leaf_value=t.leaf_value,
                num_class=np.array(t.num_class),
                bias=self.bias,
                feature_names=np.array(MODEL_FEATURES, dtype=str),
                labels=np.array(LABELS, dtype=str),
                meta=np.array(json.dumps(self.meta, sort_keys=True)),
            )

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        try:
            with np.load(path, allow_pickle=False) as z:
                names = tuple(str(n) for n in z["feature_names"])
                if names != MODEL_FEATURES or tuple(str(n) for n in z["labels"]) != LABELS:
                    raise ValueError("it was trained with other features; retrain it")
                vocab = Vocabulary(
                    [str(t) for t in z["terms"]],
                    z["idf"].astype(np.float64),
                    z["svd"],
                    float(z["avg_body_len"]),
                )
                bag = BodyBag(
                    [str(t) for t in z["bag_terms"]],
                    z["bag_idf"].astype(np.float64),
                    z["bag_coef"],
                    z["bag_intercept"].astype(np.float64),
                )
                trees = Trees(
                    roots=z["roots"],
                    feature=z["feature"],
                    threshold=z["threshold"],
                    left=z["left"],
                    right=z["right"],
                    default_left=z["default_left"],
                    leaf_value=z["leaf_value"],
                    num_class=int(z["num_class"]),
                )
                return cls(vocab, bag, trees, z["bias"], json.loads(str(z["meta"])))
        except (OSError, KeyError, ValueError) as e:
            raise InputRejected(Errors.E506.format(path=path, detail=e)) from None


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> StanceModel:
    """The model shipped with retold (or another artifact), loaded once per process."""
    return StanceModel.load(path)
