"""Scoring attribution extraction on PolNeAR (brat standoff; see the corpus FORMAT.md).

Gold is the first ``.ann`` file of each article in sorted order, so that a run
is repeatable where upstream picks an annotator at random. Each ``E`` relation
gives a content (the union of its Content spans, as a set of character
positions) and, unless it is a no-source attribution, a source. Spans are
compared as position sets, never as strings, because a few surface strings in
the corpus differ from the text by whitespace.

A prediction matches a gold attribution when their contents have Jaccard
>= 0.5 and, where the gold has a source, the predicted source shares a
character with it. Pairs are matched one-to-one, greedily by Jaccard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..document import Document
from ..errors import Errors, RetoldError
from ..records import Attribution

__all__ = [
    "JACCARD_MIN",
    "GoldAttribution",
    "PolnearArticle",
    "PolnearScore",
    "read_ann",
    "load_articles",
    "jaccard",
    "match_greedy",
    "score_article",
    "score_predictions",
    "run_polnear",
]

JACCARD_MIN = 0.5

# Local message until it gets a code in errors.py.

# A brat record starts with its ID and a tab; other lines continue the previous record.
_RECORD_RE = re.compile(r"^(?:[A-Z]+\d+|#\d+)\t")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold relation: its content and source as sets of character positions."""

    content: frozenset[int]
    source: frozenset[int] | None = None
    relation: str = ""


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    """An article's text with the gold of its first annotation file."""

    id: str
    text: str
    gold: tuple[GoldAttribution, ...]
    ann_path: Path


@dataclass
class PolnearScore:
    """Counts that add up over articles; the rates are computed from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    content_matched: int = 0
    source_pairs: int = 0
    source_correct: int = 0
    articles: int = 0

    def add(self, other: PolnearScore) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.content_matched += other.content_matched
        self.source_pairs += other.source_pairs
        self.source_correct += other.source_correct
        self.articles += other.articles

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def content_precision(self) -> float:
        return _ratio(self.content_matched, self.predicted)

    @property
    def content_recall(self) -> float:
        return _ratio(self.content_matched, self.gold)

    @property
    def content_f1(self) -> float:
        return _f1(self.content_precision, self.content_recall)

    @property
    def source_accuracy(self) -> float:
        return _ratio(self.source_correct, self.source_pairs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "relation": {
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "content": {
                "matched": self.content_matched,
                "precision": round(self.content_precision, 4),
                "recall": round(self.content_recall, 4),
                "f1": round(self.content_f1, 4),
            },
            "source": {
                "pairs": self.source_pairs,
                "correct": self.source_correct,
                "accuracy": round(self.source_accuracy, 4),
            },
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _positions(ranges: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for start, end in ranges for i in range(start, end))


def read_ann(text: str) -> list[GoldAttribution]:
    """The attribution relations of one brat file's text, in file order.

    Relations without a Content role are left out: nothing can match them.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[tuple[str, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        if not _RECORD_RE.match(line):
            continue
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            head = rest.split("\t", 1)[0]
            _label, _, offsets = head.partition(" ")
            ranges = []
            for part in offsets.split(";"):
                start, end = part.split()
                ranges.append((int(start), int(end)))
            spans[ident] = ranges
        elif ident.startswith("E"):
            parts = [arg.partition(":") for arg in rest.split() if ":" in arg]
            relations.append((ident, [(role, ref) for role, _, ref in parts]))
    gold: list[GoldAttribution] = []
    for ident, roles in relations:
        content = _positions(
            rng for role, ref in roles if role == "Content" for rng in spans.get(ref, ())
        )
        if not content:
            continue
        source_refs = [ref for role, ref in roles if role == "Source"]
        source = (
            _positions(rng for ref in source_refs for rng in spans.get(ref, ()))
            if source_refs
            else None
        )
        gold.append(GoldAttribution(content=content, source=source or None, relation=ident))
    return gold


def load_articles(directory: Path, *, limit: int | None = None) -> list[PolnearArticle]:
    """Articles of a split folder (``text/`` and ``attributions/``), by sorted file name.

    An article without an annotation file is skipped: unannotated is not "no attributions".
    """
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise RetoldError(Errors.E206.format(path=directory))
    anns: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)
    articles: list[PolnearArticle] = []
    for txt in sorted(text_dir.glob("*.txt")):
        ann_path = anns.get(txt.stem)
        if ann_path is None:
            continue
        # Offsets index the text exactly as stored: no newline translation.
        text = txt.read_bytes().decode("utf-8")
        gold = read_ann(ann_path.read_bytes().decode("utf-8"))
        articles.append(PolnearArticle(txt.stem, text, tuple(gold), ann_path))
        if limit is not None and len(articles) >= limit:
            break
    if not articles:
        raise RetoldError(Errors.E206.format(path=directory))
    return articles


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match_greedy(
    gold: Sequence[GoldAttribution],
    predicted: Sequence[Attribution],
    *,
    need_source: bool = True,
) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, Jaccard) pairs, best Jaccard first.

    With ``need_source``, a gold attribution that has a source only pairs with a
    prediction whose source overlaps it.
    """
    pred_content = [_positions([(p.content.start, p.content.end)]) for p in predicted]
    pred_source = [
        _positions([(p.source.start, p.source.end)]) if p.source else frozenset[int]()
        for p in predicted
    ]
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, content in enumerate(pred_content):
            # Cheap reject before the set algebra: no shared position, no match.
            if not content or min(content) >= max(g.content) + 1 or max(content) < min(g.content):
                continue
            score = jaccard(g.content, content)
            if score < JACCARD_MIN:
                continue
            if need_source and g.source is not None and not (g.source & pred_source[pi]):
                continue
            candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for score, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi, score))
    return pairs


def score_article(
    gold: Sequence[GoldAttribution], predicted: Sequence[Attribution]
) -> PolnearScore:
    """Relation, content-only and source scores of one article's predictions."""
    score = PolnearScore(gold=len(gold), predicted=len(predicted), articles=1)
    score.matched = len(match_greedy(gold, predicted, need_source=True))
    content_pairs = match_greedy(gold, predicted, need_source=False)
    score.content_matched = len(content_pairs)
    for gi, pi, _ in content_pairs:
        g_source = gold[gi].source
        if g_source is None:
            continue
        score.source_pairs += 1
        p_source = predicted[pi].source
        if p_source is not None and g_source & _positions([(p_source.start, p_source.end)]):
            score.source_correct += 1
    return score


def score_predictions(
    articles: Sequence[PolnearArticle], predictions: Sequence[Sequence[Attribution]]
) -> PolnearScore:
    """Total score of predictions given in the order of ``articles``."""
    total = PolnearScore()
    for article, predicted in zip(articles, predictions, strict=True):
        total.add(score_article(article.gold, predicted))
    return total


_DATE_RE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def _date_of(stem: str) -> str | None:
    """The publication date in a PolNeAR file name (``<publisher>_<YYYY-MM-DD>_<slug>``)."""
    m = _DATE_RE.search(stem)
    return m.group(1) if m else None


def run_polnear(
    directory: Path, nlp: Language, *, limit: int | None = None, batch_size: int = 16
) -> PolnearScore:
    """Analyse every article of a PolNeAR split with the pipeline and score its attributions."""
    from ..pipeline import analyse

    articles = load_articles(directory, limit=limit)
    documents = [Document(id=a.id, text=a.text, published=_date_of(a.id)) for a in articles]
    predictions = [
        analysis.attributions for _, analysis in analyse(nlp, documents, batch_size=batch_size)
    ]
    return score_predictions(articles, predictions)
