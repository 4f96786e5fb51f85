"""A second-pass classifier over governed readings: which cue word's complement is a
statement.

The finder walks the parse from cue-like words to what they govern ("is in despair over
the plan", "urged the council to act") and proposes each complement as a content. Which
of those proposals PolNeAR would mark is decided here, by gradient-boosted trees over a
few dozen numbers read off the parse, the CRF tagger's marginals and what the rules
already found (``FEATURE_NAMES``). The trees are trained out-of-fold on PolNeAR's train
split by ``make train-attribution`` (LightGBM; see docs/attribution-model.md) and stored
as flat arrays in ``attribution_governed.npz``: predicting needs numpy alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..trees import flatten_lightgbm

__all__ = [
    "GOVERNED_FILE",
    "FEATURE_NAMES",
    "GovernedModel",
    "load_governed_model",
    "save_governed_model",
    "lemma_rate",
]

GOVERNED_FILE = "attribution_governed.npz"

# One number per name, in this order (attribution.py fills them: _governed_features).
FEATURE_NAMES: tuple[str, ...] = (
    "cue_odds",  # the tagger's odds that the cue word is (part of) a cue
    "sent_cue_max",  # the highest such odds in the sentence
    "con_mean",  # the tagger's mean odds of content over the complement
    "con_min",
    "con_max",
    "con_head",  # ... on the complement's head word
    "con_before",  # mean content odds of the three tokens before the cue word
    "n_tokens",
    "via_ccomp",
    "via_xcomp",
    "via_dobj",
    "via_acl",
    "via_prep",
    "called",  # "called the plan a giveaway": what the cue calls its object is added
    "urged_obj",  # "urged the council to act": the object before the infinitive is added
    "pos_verb",
    "pos_noun",
    "pos_adj",
    "cls_speech",
    "cls_more_speech",
    "cls_belief",
    "cls_noun",
    "cls_attitude",
    "cls_learned",  # in the learned cue list
    "lemma_rate",  # how often train marks the word as a cue (smoothed)
    "lemma_seen",  # log of how often train has the word
    "dep_root",
    "dep_conj",
    "dep_advcl",
    "dep_xcomp",
    "dep_ccomp",
    "dep_relcl",
    "dep_acl",
    "dep_amod",
    "tag_vbd",
    "tag_vbz",
    "tag_vbg",
    "tag_vbn",
    "tag_vb",
    "negated",
    "aux_modal",
    "found_in_sent",  # statements already found with their cue in the sentence
    "found_before",  # ... of which the cue comes before this cue word
    "cue_quoted",
    "content_quoted",  # share of the content's characters inside quotation marks
    "src_subject",  # the source is the cue's own subject
    "src_propn",
    "src_pron",
    "src_noun",
    "src_person",  # the source holds a PERSON, ORG, NORP or GPE entity
    "src_tokens",
    "gap",  # tokens between the cue word and the complement
    "to_sent_end",  # tokens between the complement and the sentence end
    "content_verb",  # the complement holds a verb
    "sent_tokens",
    "cue_position",  # where in its sentence the cue word is (0 first, 1 last)
    "tagged_cue",  # the best tag sequence puts the cue word in a cue
    "tagged_con",  # share of the complement that the best tag sequence calls content
    "opens_that",
    "infinitive",
    "opens_wh",  # "whether", "if", "how", ...
    "passive",
    "src_first_person",
    "src_role",  # the source holds a role or organisation word
    "src_pronoun",
    "cand_rate",  # how often train's readings from the word are statements (smoothed)
    "cand_seen",  # log of how many readings train has from the word
    "content_noun",  # the content's root is a noun, a name, a verb
    "content_propn",
    "content_verb_root",
    "content_entity",  # the content holds a PERSON, ORG, NORP or GPE entity
    "doc_density",  # statements found per sentence in the document
    "doc_position",  # where in the document the sentence is (0 first, 1 last)
    "para_first",  # the sentence opens a paragraph
    "sent_quote",  # the sentence has quotation marks
    "src_odds",  # the tagger's mean odds that the source's words are a source
    "src_odds_max",
    "con_after",  # the tagger's content odds of the word after the content
    "con_prev",  # ... and of the word before it
)


def lemma_rate(as_cue: int, seen: int) -> float:
    """A cue rate that does not trust a word seen twice: (k + 0.1) / (n + 2)."""
    return (as_cue + 0.1) / (seen + 2.0)


@dataclass
class GovernedModel:
    """Flat boosted trees (binary; a child < 0 is the leaf ``-child - 1``; the raw score is
    the sum of the leaves), the cut on the probability, and the train split's counts per
    cue lemma: (marked as a cue, seen, readings that were statements, readings)."""

    roots: NDArray[np.int64]
    feature: NDArray[np.int64]
    threshold: NDArray[np.float64]
    left: NDArray[np.int64]
    right: NDArray[np.int64]
    leaf_value: NDArray[np.float64]
    cut: float
    lemmas: dict[str, tuple[int, int, int, int]]
    meta: dict[str, Any]

    def __post_init__(self) -> None:
        # A document has a few dozen candidates: walking Python lists beats numpy calls.
        self._trees = (
            self.roots.tolist(),
            self.feature.tolist(),
            self.threshold.tolist(),
            self.left.tolist(),
            self.right.tolist(),
            self.leaf_value.tolist(),
        )

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability that each candidate (a row of FEATURE_NAMES) is a statement."""
        roots, feature, threshold, left, right, leaf = self._trees
        out: list[float] = []
        for row in rows:
            raw = 0.0
            for node in roots:
                while node >= 0:
                    node = left[node] if row[feature[node]] <= threshold[node] else right[node]
                raw += leaf[-node - 1]
            out.append(1.0 / (1.0 + math.exp(-raw)))
        return out

    def lemma_counts(self, lemma: str) -> tuple[int, int, int, int]:
        """(times marked as a cue, times seen, readings that were statements, readings) of
        a lemma on train."""
        return self.lemmas.get(lemma, (0, 0, 0, 0))


def trees_from_dump(dump: Mapping[str, Any]) -> dict[str, NDArray[Any]]:
    """The arrays the model keeps of LightGBM's ``Booster.dump_model()`` of a binary model
    (no missing values: every feature is always filled, so no default direction)."""
    flat = flatten_lightgbm(dump)
    return {k: flat[k] for k in ("roots", "feature", "threshold", "left", "right", "leaf_value")}


def save_governed_model(
    path: Path,
    trees: Mapping[str, NDArray[Any]],
    cut: float,
    lemmas: Mapping[str, tuple[int, int, int, int]],
    meta: Mapping[str, Any],
) -> None:
    """Write the model as one ``.npz`` (no pickles)."""
    words = sorted(lemmas)
    counts = np.array([lemmas[w] for w in words], dtype=np.int64).reshape(-1, 4)
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {
        **trees,
        "cut": np.array([cut], dtype=np.float64),
        "lemma_words": np.array(words, dtype=np.str_),
        "lemma_counts": counts,
        "meta": np.array([json.dumps({**meta, "features": list(FEATURE_NAMES)})]),
    }
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)


def _default_path() -> Path:
    return Path(str(resources.files("retold.pipeline").joinpath("data", GOVERNED_FILE)))


@lru_cache(maxsize=4)
def load_governed_model(path: str | None = None) -> GovernedModel | None:
    """The packaged classifier (or the one at ``path``); None when there is none or it was
    trained on other features."""
    file = Path(path) if path else _default_path()
    if not file.is_file():
        return None
    with np.load(file, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"][0]))
        if tuple(meta.get("features", ())) != FEATURE_NAMES:
            return None
        words = [str(w) for w in z["lemma_words"]]
        counts = z["lemma_counts"].tolist()
        return GovernedModel(
            roots=z["roots"],
            feature=z["feature"],
            threshold=z["threshold"],
            left=z["left"],
            right=z["right"],
            leaf_value=z["leaf_value"],
            cut=float(z["cut"][0]),
            lemmas={
                w: (int(a), int(b), int(c), int(d))
                for w, (a, b, c, d) in zip(words, counts, strict=True)
            },
            meta=meta,
        )
