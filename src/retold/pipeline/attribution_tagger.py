"""A trained tagger that proposes attributions the rules miss.

A linear-chain CRF (CRFsuite) labels each token of a sentence as part of a
source, cue or content (BIO), from features of the dependency parse, the
cue lexicon and the quotation marks. It is trained on PolNeAR's train split
(``make train-attribution``; see docs/attribution-model.md) and recovers
what the hand-written rules cannot reach: beliefs, intentions, noun cues and
cue-less reports. The rules keep the last word on what they find; the tagger
only adds attributions whose content the rules did not cover.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from .lexicon import BELIEF_CUES, CUE_NOUNS, SPEECH_CUES

__all__ = [
    "MODEL_FILE",
    "CUES_FILE",
    "load_cue_lemmas",
    "Proposal",
    "SequenceTagger",
    "LABELS",
    "TaggedSpan",
    "sentence_features",
    "doc_features",
    "load_tagger",
    "tag_doc",
    "spans_from_tags",
]

MODEL_FILE = "attribution_crf.bin"
CUES_FILE = "attribution_cues.txt"
LABELS = ("SRC", "CUE", "CON")

_UP_STEPS = 6
_VERBISH = frozenset({"VERB", "AUX"})
_OTHER_CUES = frozenset("according accord source poll show find".split())


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A run of tokens the tagger gave one label: [start, end) in token indices."""

    label: str
    start: int
    end: int


def _cue_class(tok: Token) -> str:
    return _lemma_class(tok.lemma_.lower())


def _lemma_class(lemma: str) -> str:
    if lemma in SPEECH_CUES:
        return "S"
    if lemma in BELIEF_CUES:
        return "B"
    if lemma in CUE_NOUNS:
        return "N"
    if lemma in _OTHER_CUES:
        return "O"
    return ""


def _quote_flags(doc: Doc, quotes: Sequence[tuple[int, int]] | None = None) -> list[int]:
    """For each token, 1 when it lies inside quotation marks (straight or curly)."""
    if quotes is None:
        from .attribution import quote_spans

        quotes = quote_spans(doc.text)
    if not quotes:
        return [0] * len(doc)
    idx = doc.to_array(IDX)
    starts = numpy.fromiter((s for s, _ in quotes), dtype=idx.dtype, count=len(quotes))
    ends = numpy.fromiter((e for _, e in quotes), dtype=idx.dtype, count=len(quotes))
    k = numpy.searchsorted(starts, idx, side="right") - 1
    inside = (k >= 0) & (idx < ends[numpy.maximum(k, 0)])
    flags: list[int] = inside.astype(numpy.int8).tolist()
    return flags


@dataclass(frozen=True, slots=True)
class _Columns:
    """The token attributes the features read, one list each, read off the Doc once:
    walking up the parse over these lists is much cheaper than over Token objects."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    cls: list[str]
    title: list[bool]
    punct: list[bool]
    space: list[bool]


def _columns(doc: Doc) -> _Columns:
    lower, lemma, pos, tag, dep, head = [], [], [], [], [], []
    title, punct, space = [], [], []
    for t in doc:
        lower.append(t.lower_)
        lemma.append(t.lemma_.lower())
        pos.append(t.pos_)
        tag.append(t.tag_)
        dep.append(t.dep_)
        head.append(t.head.i)
        title.append(t.is_title)
        punct.append(t.is_punct)
        space.append(t.is_space)
    cls = [_lemma_class(x) for x in lemma]
    return _Columns(lower, lemma, pos, tag, dep, head, cls, title, punct, space)


def sentence_features(sent: Span, quoted: Sequence[int]) -> list[list[str]]:
    """CRFsuite feature strings for each token of a sentence."""
    return _features(_columns(sent.doc), sent.start, sent.end, quoted)


def _features(cols: _Columns, start: int, end: int, quoted: Sequence[int]) -> list[list[str]]:
    lower, lemma, pos, tag, dep, heads, cls = (
        cols.lower,
        cols.lemma,
        cols.pos,
        cols.tag,
        cols.dep,
        cols.head,
        cols.cls,
    )
    cue_pos = [i - start for i in range(start, end) if cls[i]]
    quoted_sent = any(quoted[start:end])
    feats: list[list[str]] = []
    for i in range(start, end):
        k = i - start
        low, p, d, c = lower[i], pos[i], dep[i], cls[i]
        h = heads[i]
        f = [
            "b",
            "w=" + low,
            "l=" + lemma[i],
            "p=" + p,
            "t=" + tag[i],
            "d=" + d,
            "dp=" + d + "|" + p,
            "hl=" + lemma[h],
            "hp=" + pos[h] + "|" + d,
            "hc=" + cls[h] + "|" + d,
            f"q={quoted[i]}",
        ]
        if c:
            f.append("c=" + c)
            f.append("cl=" + c + "|" + d)
        if cols.title[i]:
            f.append("T")
        if cols.punct[i]:
            f.append("P")
        # The path up the tree: the first verb above the token and which cue (if any)
        # governs it, each with the relation through which the path reaches it.
        node, below, steps, verb = i, i, 0, False
        while heads[node] != node and steps < _UP_STEPS:
            below, node = node, heads[node]
            steps += 1
            if not verb and pos[node] in _VERBISH:
                verb = True
                f.append("va=" + lemma[node] + "|" + dep[below])
            ncls = cls[node]
            if ncls:
                f.append("gc=" + ncls + "|" + dep[below])
                f.append("gl=" + lemma[node] + "|" + dep[below])
                break
        else:
            f.append("gc=none")
        if pos[node] in _VERBISH and not cls[node]:
            f.append("gv=" + dep[below])
        # Which side of the sentence's cue words the token is on.
        if cue_pos:
            before = bisect.bisect_left(cue_pos, k)
            f.append(f"cb={min(before, 2)}|{min(len(cue_pos) - before, 2)}")
        else:
            f.append("nocue")
        if quoted_sent:
            f.append("sq")
        for off in (-2, -1, 1, 2):
            j = i + off
            if start <= j < end:
                f.append(f"{off}w={lower[j]}")
                f.append(f"{off}p={pos[j]}")
                if cls[j]:
                    f.append(f"{off}c={cls[j]}")
                if off in (-1, 1):
                    f.append(f"{off}q={quoted[j]}")
            elif off in (-1, 1):
                f.append(f"{off}edge")
        feats.append(f)
    return feats


def doc_features(
    doc: Doc, quotes: Sequence[tuple[int, int]] | None = None
) -> list[tuple[Span, list[list[str]]]]:
    """Features of every sentence of a Doc that has a word in it (``quotes``: the Doc's
    quotation spans, when the caller has read them already)."""
    quoted = _quote_flags(doc, quotes)
    cols = _columns(doc)
    space = cols.space
    return [
        (sent, _features(cols, sent.start, sent.end, quoted))
        for sent in doc.sents
        if not all(space[sent.start : sent.end])
    ]


def _default_model_path() -> Path:
    return Path(str(resources.files("retold.pipeline").joinpath("data", MODEL_FILE)))


@lru_cache(maxsize=4)
def load_cue_lemmas(path: str | None = None) -> frozenset[str]:
    """The words the training data marks as cues often enough to trust a tagged cue on
    (written by training beside the model); empty when there is no such file."""
    cues = Path(path) if path else _default_model_path().with_name(CUES_FILE)
    if not cues.is_file():
        return frozenset()
    return frozenset(w for w in cues.read_text(encoding="utf-8").split() if w)


class SequenceTagger(Protocol):
    """What the finder needs of a tagger: tags for a sentence's feature lists, and the
    odds of each label after tagging."""

    def tag(self, xseq: list[list[str]]) -> list[str]: ...

    def marginal(self, y: str, t: int) -> float:
        """The probability of label ``y`` at position ``t`` of the sequence last tagged."""
        ...


@lru_cache(maxsize=4)
def load_tagger(path: str | None = None) -> SequenceTagger | None:
    """The CRFsuite tagger from the packaged model, or None when no model is installed."""
    import pycrfsuite

    model = Path(path) if path else _default_model_path()
    if not model.is_file():
        return None
    tagger: SequenceTagger = pycrfsuite.Tagger()
    tagger.open(str(model))  # type: ignore[attr-defined]
    return tagger


def spans_from_tags(sent: Span, tags: Sequence[str]) -> list[TaggedSpan]:
    """BIO tags of a sentence as labelled token runs (an I- without a B- starts a run)."""
    out: list[TaggedSpan] = []
    cur: str | None = None
    start = 0
    for k, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if cur is not None and (prefix != "I" or label != cur):
            out.append(TaggedSpan(cur, sent.start + start, sent.start + k))
            cur = None
        if prefix in ("B", "I") and cur is None:
            cur, start = label, k
    return out


def tag_doc(
    doc: Doc,
    tagger: SequenceTagger,
    scores: dict[int, tuple[float, float]] | None = None,
    quotes: Sequence[tuple[int, int]] | None = None,
    content_from: float = 0.0,
    source_scores: dict[int, float] | None = None,
) -> list[TaggedSpan]:
    """Labelled token runs of a whole Doc, in text order.

    With ``scores``, also fill it with each token's probability of being part of a cue
    and of a content (the CRF's marginals), for the finder to weigh readings the best
    tag sequence left out. A sentence where no token reaches ``content_from`` odds of
    being a cue gets content odds of 0: nothing there is read from a cue, and the
    marginals are the tagger's dearest call. With ``source_scores``, also fill it with
    each token's odds of being part of a source, in the sentences that get content odds.
    """
    out: list[TaggedSpan] = []
    for sent, feats in doc_features(doc, quotes):
        out.extend(spans_from_tags(sent, tagger.tag(feats)))
        if scores is not None:
            marginal = tagger.marginal
            n = sent.end - sent.start
            cue = [marginal("B-CUE", k) + marginal("I-CUE", k) for k in range(n)]
            if content_from > 0.0 and max(cue, default=0.0) < content_from:
                con = [0.0] * n
            else:
                con = [marginal("B-CON", k) + marginal("I-CON", k) for k in range(n)]
                if source_scores is not None:
                    for k in range(n):
                        source_scores[sent.start + k] = marginal("B-SRC", k) + marginal("I-SRC", k)
            for k in range(n):
                scores[sent.start + k] = (cue[k], con[k])
    return out


@dataclass(frozen=True, slots=True)
class Proposal:
    """An attribution the tagger proposes, in character offsets."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def _gap(a: TaggedSpan, b: TaggedSpan) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _paragraph_between(doc: Doc, a: TaggedSpan, b: TaggedSpan) -> bool:
    """Whether a paragraph break separates two runs: a cue does not reach over one."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return any("\n" in doc[i].text for i in range(lo, hi) if doc[i].is_space)


def _within_quote(
    doc: Doc, a: TaggedSpan, b: TaggedSpan, quotes: Sequence[tuple[int, int]]
) -> bool:
    """Whether one quotation holds the gap between two runs: "“We won. We will win.”"
    runs on, while "... their battle. “The number ...”" opens a quote of its own."""
    last = doc[a.end - 1]
    lo, hi = last.idx + len(last.text), doc[b.start].idx
    k = bisect.bisect_right([q for q, _ in quotes], lo) - 1
    return k >= 0 and hi <= quotes[k][1]


def proposals(
    doc: Doc,
    spans: Sequence[TaggedSpan],
    max_gap: int = 20,
    merge: bool = True,
    quotes: Sequence[tuple[int, int]] | None = None,
) -> list[Proposal]:
    """Group tagged runs into attributions: each content goes to its nearest cue, and the cue
    takes the nearest source outside the content."""
    if quotes is None:
        from .attribution import quote_spans

        quotes = quote_spans(doc.text)
    contents: list[TaggedSpan] = []
    for s in spans:
        if s.label != "CON":
            continue
        # A quote running over several sentences of a paragraph is one content; sentences
        # that only follow each other are not.
        if (
            merge
            and contents
            and all(
                (doc[i].is_space or doc[i].is_punct) and "\n" not in doc[i].text
                for i in range(contents[-1].end, s.start)
            )
            and _within_quote(doc, contents[-1], s, quotes)
        ):
            contents[-1] = TaggedSpan("CON", contents[-1].start, s.end)
        else:
            contents.append(s)
    cues = [s for s in spans if s.label == "CUE"]
    sources = [s for s in spans if s.label == "SRC"]
    by_cue: dict[int, list[TaggedSpan]] = {}
    loose: list[TaggedSpan] = []
    for c in contents:
        near = [q for q in cues if _gap(q, c) <= max_gap and not _paragraph_between(doc, q, c)]
        best = min(near, key=lambda q: _gap(q, c), default=None)
        if best is None:
            loose.append(c)
        else:
            by_cue.setdefault(cues.index(best), []).append(c)
    # A cue takes the nearest content on each side ("“A,” she said, “B.”"); a farther run
    # on the same side is another statement, not a stretch of this one.
    for qi, group in list(by_cue.items()):
        cue = cues[qi]
        keep = [
            min(side, key=lambda g: _gap(g, cue))
            for side in (
                [g for g in group if g.end <= cue.start],
                [g for g in group if g.start >= cue.end],
                [g for g in group if g.start < cue.end and cue.start < g.end],
            )
            if side
        ]
        loose.extend(g for g in group if g not in keep)
        by_cue[qi] = keep
    out: list[Proposal] = []
    for qi, group in by_cue.items():
        cue = cues[qi]
        lo, hi = min(g.start for g in group), max(g.end for g in group)
        sent = doc[cue.start].sent
        cands = [
            s
            for s in sources
            if sent.start <= s.start < sent.end
            and (s.end <= lo or s.start >= hi or lo < cue.start < hi)
        ]
        src = min(cands, key=lambda s: _gap(s, cue), default=None)
        out.append(
            Proposal(
                _chars(doc, lo, hi),
                _chars(doc, cue.start, cue.end),
                _chars(doc, src.start, src.end) if src else None,
            )
        )
    for c in loose:
        sent = doc[c.start].sent
        cands = [s for s in sources if sent.start <= s.start < sent.end]
        src = min(cands, key=lambda s: _gap(s, c), default=None)
        out.append(
            Proposal(
                _chars(doc, c.start, c.end),
                None,
                _chars(doc, src.start, src.end) if src else None,
            )
        )
    return out
