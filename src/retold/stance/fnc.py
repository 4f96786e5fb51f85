"""FNC-1 files and scores: read the CSVs, write predictions, split by body, score.

The format is FNC-1's (Pomerleau & Rao, 2017): a stances file (Headline, Body ID[, Stance])
and a bodies file (Body ID, articleBody). Scores follow the official scorer, and macro-F1
over the four classes is reported beside it (Hanselowski et al., 2018).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import Errors, InputRejected

__all__ = [
    "LABELS",
    "RELATED",
    "Pair",
    "StanceScores",
    "dev_split",
    "read_bodies",
    "read_pairs",
    "score",
    "write_predictions",
]

LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED = frozenset({"agree", "disagree", "discuss"})


@dataclass(frozen=True)
class Pair:
    headline: str
    body_id: str
    stance: str | None = None


def _rows(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InputRejected(
                    Errors.E501.format(
                        path=path, missing=", ".join(missing), needed=", ".join(required)
                    )
                )
            return list(reader)
    except FileNotFoundError:
        raise InputRejected(Errors.E502.format(path=path)) from None
    except (UnicodeDecodeError, csv.Error) as e:
        raise InputRejected(Errors.E503.format(path=path, detail=e)) from None


def read_bodies(path: Path) -> dict[str, str]:
    """Body ID -> article text."""
    return {
        row["Body ID"].strip(): row["articleBody"] or ""
        for row in _rows(path, ["Body ID", "articleBody"])
    }


def read_pairs(path: Path, bodies: dict[str, str] | None = None) -> list[Pair]:
    """(Headline, Body ID[, Stance]) rows in file order; every Body ID must be in bodies."""
    pairs = []
    for n, row in enumerate(_rows(path, ["Headline", "Body ID"]), start=2):
        body_id = (row["Body ID"] or "").strip()
        if bodies is not None and body_id not in bodies:
            raise InputRejected(Errors.E504.format(path=path, line=n, body_id=body_id))
        stance = (row.get("Stance") or "").strip() or None
        if stance is not None and stance not in LABELS:
            raise InputRejected(
                Errors.E505.format(path=path, line=n, stance=stance, labels=", ".join(LABELS))
            )
        pairs.append(Pair(row["Headline"] or "", body_id, stance))
    return pairs


def write_predictions(path: Path, pairs: Sequence[Pair], stances: Sequence[str]) -> None:
    """Headline, Body ID, Stance: the rows of the input, in its order."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for pair, stance in zip(pairs, stances, strict=True):
            writer.writerow([pair.headline, pair.body_id, stance])


def dev_split(body_ids: Sequence[str], *, fraction: float = 0.2, seed: int = 2017) -> set[str]:
    """The Body IDs held out for development: a seeded draw of bodies, never of rows."""
    unique = sorted(set(body_ids), key=lambda b: (len(b), b))
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(unique))
    return {unique[i] for i in order[: round(len(unique) * fraction)]}


@dataclass(frozen=True)
class StanceScores:
    n: int
    fnc: float  # relative FNC-1 score: raw / maximum
    fnc_raw: float
    fnc_max: float
    macro_f1: float
    f1: dict[str, float]
    accuracy: float

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "fnc": round(self.fnc, 4),
            "fnc_raw": self.fnc_raw,
            "fnc_max": self.fnc_max,
            "macro_f1": round(self.macro_f1, 4),
            "f1": {k: round(v, 4) for k, v in self.f1.items()},
            "accuracy": round(self.accuracy, 4),
        }


def score(gold: Sequence[str], predicted: Sequence[str]) -> StanceScores:
    """The official FNC-1 weighting, macro-F1 and per-class F1."""
    raw = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        if g == "unrelated":
            best += 0.25
            raw += 0.25 if p == "unrelated" else 0.0
        else:
            best += 1.0
            if p in RELATED:
                raw += 0.25 + (0.75 if p == g else 0.0)
    f1 = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return StanceScores(
        n=len(gold),
        fnc=raw / best if best else 0.0,
        fnc_raw=raw,
        fnc_max=best,
        macro_f1=sum(f1.values()) / len(LABELS),
        f1=f1,
        accuracy=correct / len(gold) if gold else 0.0,
    )
