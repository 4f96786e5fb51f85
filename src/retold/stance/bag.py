"""A body's own wording as a stance signal: TF-IDF word uni- and bigrams into a linear model.

How an article is written ("reportedly", "it is not true that", "confirmed to") says much
about whether it backs, refutes or only reports a claim, whatever the claim. A multinomial
logistic regression over the body's n-grams gives agree / disagree / discuss probabilities,
which the trees take as three more features (stacked: trained out of fold, by body).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix

__all__ = ["BAG_NAMES", "BodyBag", "ngrams"]

BAG_NAMES: tuple[str, ...] = ("bag_agree", "bag_disagree", "bag_discuss")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def ngrams(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams."""
    words = _TOKEN.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass
class BodyBag:
    """N-gram vocabulary, IDF, and the (3, terms) weights of the linear model."""

    terms: list[str]
    idf: NDArray[np.float64]
    coef: NDArray[np.float32]
    intercept: NDArray[np.float64]
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.index = {t: i for i, t in enumerate(self.terms)}

    @classmethod
    def fit_vocabulary(
        cls, texts: Iterable[str], *, min_df: int = 3, limit: int = 30000
    ) -> BodyBag:
        """The `limit` n-grams found in most texts (at least min_df), ties by spelling."""
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            df.update(set(ngrams(text)))
        kept = sorted((t for t, c in df.items() if c >= min_df), key=lambda t: (-df[t], t))[:limit]
        terms = sorted(kept)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms])
        return cls(terms, idf, np.zeros((len(BAG_NAMES), len(terms)), np.float32), np.zeros(3))

    def matrix(self, texts: Sequence[str]) -> csr_matrix:
        """Rows of L2-normalised sublinear TF-IDF."""
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, text in enumerate(texts):
            counts = Counter(i for i in map(self.index.get, ngrams(text)) if i is not None)
            if not counts:
                continue
            keys = np.array(sorted(counts), dtype=np.int64)
            w = np.array([1.0 + math.log(counts[k]) for k in keys.tolist()]) * self.idf[keys]
            w /= np.linalg.norm(w)
            rows.extend([r] * len(keys))
            cols.extend(keys.tolist())
            vals.extend(w.tolist())
        return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.terms)))

    def probabilities(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """(texts, 3) agree / disagree / discuss probabilities."""
        if not texts:
            return np.zeros((0, len(BAG_NAMES)))
        z = np.asarray(self.matrix(texts) @ self.coef.T.astype(np.float64)) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        result: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
        return result
