"""Features of a (headline, body) pair: topic overlap for relatedness, nearby cue words for stance.

Relatedness is mostly shared vocabulary (TF-IDF, LSA, BM25, n-gram hits). Stance is read from
where the body meets the claim: refuting, hedging, affirming, negating and attribution words in
the sentences that best match the headline and in windows around the headline's terms, whether
the headline's figures appear in the body, and whether negation lines up. Each text is analysed
once (a body is paired with ~30 headlines); pair features are then cheap.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csc_matrix

from ..compare.text import KEEP, STOPWORDS, WORD_RE, stem
from .lexicon import LEXICON_NAMES, LEXICONS

__all__ = [
    "FEATURE_NAMES",
    "TextInfo",
    "Vocabulary",
    "analyse_text",
    "content_terms",
    "pair_features",
]

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_WINDOW = 10  # tokens either side of a headline term that count as "near the claim"
_LEAD_SENTS = 3
_TOP_SENTS = 3
_BM25_K1 = 1.2
_BM25_B = 0.75

FloatArray = NDArray[np.float64]


def _tokens(text: str) -> list[str]:
    return [m.group(0) for m in WORD_RE.finditer(text.replace("’", "'"))]


def _term(token: str) -> str | None:
    """The stemmed content term of a token, or None for a stop word."""
    low = token.lower()
    if low in STOPWORDS and low not in KEEP:
        return None
    if token[0].isdigit():
        return token.replace(",", "").rstrip(".")
    return stem(token)


def content_terms(text: str) -> list[str]:
    """Stemmed content terms of a text, the unit the vocabulary is fitted on."""
    return [t for t in map(_term, _tokens(text)) if t is not None]


@dataclass
class Vocabulary:
    """The fitted parts of the feature extractor: term index, IDF weights and LSA basis."""

    terms: list[str]
    idf: FloatArray
    svd: NDArray[np.float32]  # (components, terms), rows of the LSA basis
    avg_body_len: float
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.index = {t: i for i, t in enumerate(self.terms)}

    @classmethod
    def fit(cls, texts: Iterable[str], *, min_df: int = 2) -> Vocabulary:
        """IDF over the given texts (terms in fewer than min_df texts are dropped); no LSA yet."""
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            n += 1
            df.update(set(content_terms(text)))
        terms = sorted(t for t, c in df.items() if c >= min_df)
        idf = np.array([math.log((n + 1) / (df[t] + 1)) + 1.0 for t in terms])
        return cls(terms, idf, np.zeros((0, len(terms)), np.float32), 0.0)


@dataclass
class TextInfo:
    """One text, analysed once: tokens, term ids, sentences, TF-IDF and cue-word positions."""

    n_tokens: int
    ids: NDArray[np.int64]  # vocabulary id per token (-1: stop word or unknown)
    tf: dict[int, int]
    vec: FloatArray  # dense L2-normalised TF-IDF restricted to `vec_ids`
    vec_ids: NDArray[np.int64]
    lead_ids: NDArray[np.int64]
    lead_vec: FloatArray
    sent_bounds: NDArray[np.int64]  # token offsets; sentence i is [b[i], b[i+1])
    lex: NDArray[np.bool_]  # (lexicons, tokens)
    sent_lex: NDArray[np.float64]  # (sentences, lexicons) counts
    numbers: frozenset[str]
    bigrams: frozenset[tuple[int, int]]
    proper: frozenset[str]  # lower-cased capitalised words not opening a sentence
    words: frozenset[str]  # lower-cased content words (headlines are often in title case)
    sent_mat: Any  # scipy CSC matrix, sentences x terms
    svd: FloatArray
    question: bool
    quotes: int


def _tfidf(ids: Sequence[int], vocab: Vocabulary) -> tuple[NDArray[np.int64], FloatArray]:
    counts = Counter(i for i in ids if i >= 0)
    if not counts:
        return np.zeros(0, np.int64), np.zeros(0)
    keys = np.array(sorted(counts), dtype=np.int64)
    vals = np.array([1.0 + math.log(counts[k]) for k in keys.tolist()]) * vocab.idf[keys]
    return keys, vals / np.linalg.norm(vals)


def _cos(ai: NDArray[np.int64], av: FloatArray, bi: NDArray[np.int64], bv: FloatArray) -> float:
    if len(ai) == 0 or len(bi) == 0:
        return 0.0
    _, ia, ib = np.intersect1d(ai, bi, assume_unique=True, return_indices=True)
    return float(np.dot(av[ia], bv[ib]))


def analyse_text(text: str, vocab: Vocabulary) -> TextInfo:
    """Everything pair features need from one text."""
    sentences = [s for s in _SENT_SPLIT.split(text.strip()) if s.strip()] or [""]
    toks: list[str] = []
    bounds = [0]
    for sentence in sentences:
        toks.extend(_tokens(sentence))
        bounds.append(len(toks))
    low = [t.lower() for t in toks]
    ids_list = []
    for tok in toks:
        term = _term(tok)
        ids_list.append(vocab.index.get(term, -1) if term is not None else -1)
    ids = np.array(ids_list, dtype=np.int64)
    lex = np.array([[w in LEXICONS[name] for w in low] for name in LEXICON_NAMES], dtype=bool)
    lex = lex.reshape(len(LEXICON_NAMES), len(toks))
    cum = np.concatenate([np.zeros((len(LEXICON_NAMES), 1)), np.cumsum(lex, axis=1)], axis=1)
    b = np.array(bounds, dtype=np.int64)
    sent_lex = (cum[:, b[1:]] - cum[:, b[:-1]]).T
    vec_ids, vec = _tfidf(ids_list, vocab)
    lead_end = bounds[min(_LEAD_SENTS, len(bounds) - 1)]
    lead_ids, lead_vec = _tfidf(ids_list[:lead_end], vocab)
    content = [i for i in ids_list if i >= 0]
    tf = Counter(content)
    svd = np.zeros(vocab.svd.shape[0])
    if len(vec_ids) and vocab.svd.shape[0]:
        svd = vocab.svd[:, vec_ids].astype(np.float64) @ vec
        norm = np.linalg.norm(svd)
        svd = svd / norm if norm > 0 else svd
    proper = frozenset(
        low[i] for i in range(len(toks)) if toks[i][0].isupper() and i not in bounds and ids[i] >= 0
    )
    return TextInfo(
        n_tokens=len(toks),
        ids=ids,
        tf=dict(tf),
        vec=vec,
        vec_ids=vec_ids,
        lead_ids=lead_ids,
        lead_vec=lead_vec,
        sent_bounds=b,
        lex=lex,
        sent_lex=sent_lex,
        numbers=frozenset(t.replace(",", "").rstrip(".") for t in toks if t[0].isdigit()),
        bigrams=frozenset(zip(content, content[1:], strict=False)),
        proper=proper,
        words=frozenset(low[i] for i in range(len(toks)) if ids[i] >= 0),
        sent_mat=_sentence_matrix(ids, b, vocab),
        svd=svd,
        question="?" in text,
        quotes=sum(text.count(q) for q in ('"', "“", "”")),
    )


def _sentence_matrix(ids: NDArray[np.int64], bounds: NDArray[np.int64], vocab: Vocabulary) -> Any:
    """Sentences x terms, each row L2-normalised TF-IDF; column-sliced once per headline."""
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for s in range(len(bounds) - 1):
        seg = ids[bounds[s] : bounds[s + 1]]
        keys, counts = np.unique(seg[seg >= 0], return_counts=True)
        if len(keys) == 0:
            continue
        w = (1.0 + np.log(counts)) * vocab.idf[keys]
        w = w / np.linalg.norm(w)
        rows.extend([s] * len(keys))
        cols.extend(keys.tolist())
        vals.extend(w.tolist())
    shape = (len(bounds) - 1, len(vocab.terms))
    return csc_matrix((vals, (rows, cols)), shape=shape)


def _sentence_sims(head: TextInfo, body: TextInfo) -> FloatArray:
    """Cosine of the headline with each body sentence."""
    if len(head.vec_ids) == 0:
        return np.zeros(len(body.sent_bounds) - 1)
    return np.asarray(body.sent_mat[:, head.vec_ids] @ head.vec, dtype=np.float64).ravel()


_PAIR_NAMES = [
    "tfidf_cos",
    "tfidf_cos_lead",
    "svd_cos",
    "sent_max_cos",
    "sent_top3_cos",
    "sent_best_pos",
    "overlap_frac",
    "overlap_idf_frac",
    "overlap_lead_frac",
    "jaccard",
    "bigram_frac",
    "bm25",
    "bm25_norm",
    "proper_frac",
    "first_match_pos",
    "match_density",
    "head_len",
    "body_len_log",
    "body_sents",
    "head_question",
    "head_quotes",
    "body_quotes_rate",
    "head_numbers",
    "head_numbers_found",
    "head_numbers_missing",
    "number_mismatch",
    "neg_head",
    "neg_best_sent",
    "neg_mismatch",
]
_LEX_NAMES = [
    f"{where}_{name}"
    for where in ("head", "body_rate", "lead", "top_sents", "near", "near_rate")
    for name in LEXICON_NAMES
]
FEATURE_NAMES: tuple[str, ...] = tuple(_PAIR_NAMES + _LEX_NAMES)


def pair_features(head: TextInfo, body: TextInfo, vocab: Vocabulary) -> FloatArray:
    """One row of FEATURE_NAMES for a headline and a body."""
    h_terms = set(head.tf)
    b_terms = set(body.tf)
    inter = h_terms & b_terms
    h_idf = sum(float(vocab.idf[t]) for t in h_terms)
    n_head = max(len(h_terms), 1)
    lead_end = int(body.sent_bounds[min(_LEAD_SENTS, len(body.sent_bounds) - 1)])
    lead_terms = set(body.ids[:lead_end][body.ids[:lead_end] >= 0].tolist())
    sims = _sentence_sims(head, body)
    order = np.argsort(-sims, kind="stable")
    top = order[:_TOP_SENTS]
    n_sents = len(sims)
    # BM25 of the headline's terms against the body.
    bm25 = 0.0
    denom_len = _BM25_K1 * (1 - _BM25_B + _BM25_B * body.n_tokens / max(vocab.avg_body_len, 1.0))
    for t in h_terms:
        tf = body.tf.get(t, 0)
        if tf:
            bm25 += float(vocab.idf[t]) * tf * (_BM25_K1 + 1) / (tf + denom_len)
    # Where the headline's terms occur in the body, and the cue words near them.
    match = np.isin(body.ids, np.fromiter(h_terms, np.int64, len(h_terms)))
    positions = np.flatnonzero(match)
    near = np.zeros(body.n_tokens, dtype=bool)
    if len(positions):
        diff = np.zeros(body.n_tokens + 1, dtype=np.int64)
        np.add.at(diff, np.maximum(positions - _WINDOW, 0), 1)
        np.add.at(diff, np.minimum(positions + _WINDOW + 1, body.n_tokens), -1)
        near = np.cumsum(diff[:-1]) > 0
    near_counts = body.lex[:, near].sum(axis=1).astype(np.float64)
    near_rate = near_counts / max(int(near.sum()), 1)
    neg = LEXICON_NAMES.index("negate")
    head_nums = head.numbers
    found = len(head_nums & body.numbers)
    h_bigrams = head.bigrams
    row = [
        _cos(head.vec_ids, head.vec, body.vec_ids, body.vec),
        _cos(head.vec_ids, head.vec, body.lead_ids, body.lead_vec),
        float(np.dot(head.svd, body.svd)),
        float(sims[order[0]]) if n_sents else 0.0,
        float(sims[top].mean()) if n_sents else 0.0,
        float(order[0]) / max(n_sents, 1) if n_sents else 1.0,
        len(inter) / n_head,
        sum(float(vocab.idf[t]) for t in inter) / max(h_idf, 1e-9),
        len(h_terms & lead_terms) / n_head,
        len(inter) / max(len(h_terms | b_terms), 1),
        len(h_bigrams & body.bigrams) / max(len(h_bigrams), 1),
        bm25,
        bm25 / max(h_idf, 1e-9),
        len(head.words & body.proper) / n_head,
        float(positions[0]) / max(body.n_tokens, 1) if len(positions) else 1.0,
        len(positions) / max(body.n_tokens, 1),
        float(head.n_tokens),
        math.log1p(body.n_tokens),
        float(n_sents),
        float(head.question),
        float(head.quotes),
        body.quotes / max(body.n_tokens, 1),
        float(len(head_nums)),
        float(found),
        float(len(head_nums) - found),
        float(bool(head_nums) and bool(body.numbers) and found == 0),
        float(head.lex[neg].sum()),
        float(body.sent_lex[order[0], neg]) if n_sents else 0.0,
        float((head.lex[neg].sum() > 0) != (n_sents > 0 and body.sent_lex[order[0], neg] > 0)),
    ]
    lead_sents = min(_LEAD_SENTS, n_sents)
    blocks = [
        head.lex.sum(axis=1).astype(np.float64),
        body.lex.sum(axis=1) / max(body.n_tokens, 1),
        body.sent_lex[:lead_sents].sum(axis=0),
        body.sent_lex[top].sum(axis=0) if n_sents else np.zeros(len(LEXICON_NAMES)),
        near_counts,
        near_rate,
    ]
    return np.concatenate([np.array(row, dtype=np.float64), *blocks])
