"""The shipped model on its FNC-1 dev split (20 % of train bodies, seed 2017): scores may not drop.

The floors are the scores recorded in docs/stance.md, less a small margin; the test split of
FNC-1 is never used here (it is the project's held-back measure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retold.stance import load_model, read_bodies, read_pairs, score
from retold.stance.fnc import dev_split
from retold.stance.train import SEED

pytestmark = pytest.mark.shared

# Recorded: FNC 0.918, macro-F1 0.792; F1 agree 0.763, disagree 0.524, discuss 0.889.
FLOORS = {"fnc": 0.91, "macro_f1": 0.78, "agree": 0.75, "disagree": 0.50, "discuss": 0.88}


def test_dev_split_scores_hold(shared_dir: Path) -> None:
    data = shared_dir / "data" / "fnc1"
    bodies = read_bodies(data / "train_bodies.csv")
    pairs = read_pairs(data / "train_stances.csv", bodies)
    dev = dev_split([p.body_id for p in pairs], seed=SEED)
    dev_pairs = [p for p in pairs if p.body_id in dev]
    model = load_model()
    predicted = model.predict([(p.headline, bodies[p.body_id]) for p in dev_pairs])
    s = score([p.stance or "" for p in dev_pairs], predicted)
    assert s.n == model.meta["split"]["dev_pairs"]
    # Prediction without LightGBM gives what training measured.
    assert s.fnc == pytest.approx(model.meta["dev"]["fnc"], abs=1e-4)
    assert s.macro_f1 == pytest.approx(model.meta["dev"]["macro_f1"], abs=1e-4)
    assert s.fnc >= FLOORS["fnc"]
    assert s.macro_f1 >= FLOORS["macro_f1"]
    for label in ("agree", "disagree", "discuss"):
        assert s.f1[label] >= FLOORS[label], label
