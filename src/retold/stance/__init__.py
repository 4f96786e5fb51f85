"""Stance of an evidence text towards a claim: agree, disagree, discuss or unrelated.

Trained on FNC-1 (headline = claim, article body = evidence); see docs/stance.md.
"""

from __future__ import annotations

from .fnc import LABELS, Pair, StanceScores, read_bodies, read_pairs, score, write_predictions
from .model import MODEL_PATH, StanceModel, load_model

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "Pair",
    "StanceModel",
    "StanceScores",
    "load_model",
    "predict_stance",
    "read_bodies",
    "read_pairs",
    "score",
    "write_predictions",
]


def predict_stance(claim: str, evidence: str) -> str:
    """The stance of one evidence text towards one claim, with the shipped model."""
    return load_model().predict([(claim, evidence)])[0]
