"""Training end to end on a small invented FNC-format set: it runs, exports, and repeats exactly."""

from __future__ import annotations

import csv
import hashlib
import random
from pathlib import Path

import numpy as np
import pytest

from retold.stance.fnc import LABELS
from retold.stance.model import StanceModel
from retold.stance.train import _class_weights, _tune_bias, train

TOPICS = [
    ("harbour", "pier", "ferry"),
    ("council", "budget", "library"),
    ("zoo", "panda", "cub"),
    ("rail", "tunnel", "strike"),
    ("museum", "painting", "theft"),
    ("river", "flood", "bridge"),
    ("school", "exam", "results"),
    ("airport", "runway", "delay"),
    ("festival", "stage", "storm"),
    ("factory", "fire", "workers"),
]
TONE = {
    "agree": "officials confirmed that the {a} {b} story is true and the {c} report was verified",
    "disagree": "the {a} {b} story is a hoax and officials denied the {c} report as false",
    "discuss": "the {a} {b} story is reportedly unconfirmed and the {c} report may be a claim",
}


def _dataset(folder: Path) -> None:
    rng = random.Random(7)
    bodies = []
    stances = []
    for n in range(60):
        a, b, c = TOPICS[n % len(TOPICS)]
        stance = ("agree", "disagree", "discuss")[n % 3]
        text = f"In {a} news, the {b} was in the papers. " + TONE[stance].format(a=a, b=b, c=c)
        bodies.append((str(n), text + f". Filler line {rng.randint(1, 99)} about the {c}."))
        stances.append((f"The {a} {b} and the {c}", str(n), stance))
        other = TOPICS[(n + 3) % len(TOPICS)]
        stances.append((f"The {other[0]} {other[1]} and the {other[2]}", str(n), "unrelated"))
        stances.append((f"Headline on the {other[2]} of the {other[0]}", str(n), "unrelated"))
    with open(folder / "train_bodies.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("Body ID", "articleBody"), *bodies])
    with open(folder / "train_stances.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("Headline", "Body ID", "Stance"), *stances])


def test_training_is_deterministic_and_loadable(tmp_path: Path) -> None:
    _dataset(tmp_path)
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    report = train(tmp_path, first)
    train(tmp_path, second)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)]
    assert digest[0] == digest[1]
    assert report["split"]["dev_bodies"] == 12
    model = StanceModel.load(first)
    assert model.meta["dev"] == report["dev"]
    # The invented set is easy: related vs unrelated must be learnt.
    assert report["dev"]["f1"]["unrelated"] > 0.9


def test_class_weights_favour_rare_classes() -> None:
    y = np.array([0] * 10 + [1] * 2 + [2] * 20 + [3] * 80)
    w = _class_weights(y)
    assert w[3] == pytest.approx(1.0)
    assert w[1] > w[0] > w[2] > w[3]


def test_tuned_offsets_never_lower_the_objective() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, len(LABELS), size=200)
    prob = rng.dirichlet(np.ones(len(LABELS)), size=200)
    prob[np.arange(200), y] += 0.3
    prob /= prob.sum(axis=1, keepdims=True)
    bias = _tune_bias(prob, y)
    assert bias.shape == (len(LABELS),) and bias[3] == 0.0
