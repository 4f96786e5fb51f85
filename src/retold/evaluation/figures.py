"""Scoring the figure component on a hand-annotated set (tests/facts/data/FIGURES_GOLD.md).

A predicted figure answers a gold figure when their character spans overlap;
each gold figure takes at most one prediction, the one overlapping it most.
Detection is scored as precision and recall over those pairs. The slots are
scored only on matched pairs, each by exact match: the interval (both bounds
and whether each is open), the counted lemma and its class, the predicate
lemma and its class. A slot and a miss are different failures, so keeping them
apart says which part of the component to work on.

The scope slots (place, agent, population, part_of) are scored only on gold
figures that annotate them, so older lines without scope still load. A place
matches when both name the same gazetteer entry (or the same folded text); an
agent when one is the other with words dropped from either end ("missile
strikes" for "missile strikes on Kharkiv"); part_of when the predicted whole's
offset falls inside the gold whole's text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..document import Document
from ..errors import Errors, RetoldError
from ..facts.places import fold_place_name, lookup_place
from ..records import Figure

__all__ = [
    "FIELDS",
    "SCOPE_FIELDS",
    "GoldFigure",
    "GoldSentence",
    "FieldScore",
    "FigureScores",
    "load_gold",
    "parse_gold",
    "match_figures",
    "score_figures",
    "predict_figures",
    "evaluate_file",
]

FIELDS = ("interval", "counted", "counted_class", "predicate", "predicate_class")
SCOPE_FIELDS = ("place", "agent", "population", "part_of")


@dataclass(frozen=True, slots=True)
class GoldFigure:
    """One annotated figure; ``start``/``end`` index the sentence text."""

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool
    counted: str | None
    counted_class: str | None
    predicate: str | None
    predicate_class: str | None
    # Only the scope slots the annotator wrote; part_of as (start, end) of the whole.
    scope: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    published: str | None
    style: str | None
    figures: tuple[GoldFigure, ...]


@dataclass(slots=True)
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass(slots=True)
class FigureScores:
    """Detection counts and per-slot accuracy, overall and for each style of English."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    fields: dict[str, FieldScore] = field(
        default_factory=lambda: {name: FieldScore() for name in FIELDS + SCOPE_FIELDS}
    )
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "errors": list(self.errors),
        }


def _bad(path: str, line: int, detail: str) -> RetoldError:
    return RetoldError(Errors.E207.format(path=path, line=line, detail=detail))


def _number(value: Any, name: str, path: str, line: int) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(path, line, f"'{name}' must be a number or null")
    return float(value)


def _text_or_none(value: Any, name: str, path: str, line: int) -> str | None:
    if value is not None and not isinstance(value, str):
        raise _bad(path, line, f"'{name}' must be a string or null")
    return value


def _gold_figure(data: Any, text: str, pos: int, path: str, line: int) -> GoldFigure:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"]:
        raise _bad(path, line, "each figure needs a non-empty 'text'")
    start = data.get("start")
    if start is None:
        start = text.find(data["text"], pos)
    elif not isinstance(start, int) or text[start : start + len(data["text"])] != data["text"]:
        raise _bad(path, line, f"'start' of {data['text']!r} does not point at it")
    if start < 0:
        raise _bad(path, line, f"figure {data['text']!r} is not in the text after the one before")
    scope: dict[str, Any] = {}
    for name in SCOPE_FIELDS:
        if name in data:
            scope[name] = _text_or_none(data[name], name, path, line)
    whole = scope.get("part_of")
    if whole is not None:
        at = text.find(whole)
        if at < 0:
            raise _bad(path, line, f"'part_of' {whole!r} is not in the text")
        scope["part_of"] = (at, at + len(whole))
    return GoldFigure(
        start=start,
        end=start + len(data["text"]),
        text=data["text"],
        low=_number(data.get("low"), "low", path, line),
        high=_number(data.get("high"), "high", path, line),
        low_open=bool(data.get("low_open", False)),
        high_open=bool(data.get("high_open", False)),
        counted=_text_or_none(data.get("counted"), "counted", path, line),
        counted_class=_text_or_none(data.get("counted_class"), "counted_class", path, line),
        predicate=_text_or_none(data.get("predicate"), "predicate", path, line),
        predicate_class=_text_or_none(data.get("predicate_class"), "predicate_class", path, line),
        scope=scope,
    )


def parse_gold(lines: Iterable[str], *, path: str = "<gold>") -> list[GoldSentence]:
    """Read gold sentences from JSON lines; a figure without 'start' is sought after the last."""
    sentences = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise _bad(path, number, f"not JSON ({e.msg})") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise _bad(path, number, "no 'text' string")
        figures_data = data.get("figures", [])
        if not isinstance(figures_data, list):
            raise _bad(path, number, "'figures' must be a list")
        figures = []
        pos = 0
        for item in figures_data:
            figure = _gold_figure(item, data["text"], pos, path, number)
            figures.append(figure)
            pos = figure.end
        sentences.append(
            GoldSentence(
                text=data["text"],
                published=_text_or_none(data.get("published"), "published", path, number),
                style=_text_or_none(data.get("style"), "style", path, number),
                figures=tuple(figures),
            )
        )
    return sentences


def load_gold(path: Path) -> list[GoldSentence]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise _bad(str(path), 0, f"cannot be read ({e})") from None
    return parse_gold(lines, path=str(path))


def match_figures(gold: Sequence[GoldFigure], predicted: Sequence[Figure]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one to one, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    pairs = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for _, i, j in sorted(candidates):
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def _same_bound(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _interval_text(low: float | None, high: float | None, low_open: bool, high_open: bool) -> str:
    left = "(" if low_open else "["
    right = ")" if high_open else "]"
    lo = "-inf" if low is None else f"{low:g}"
    hi = "inf" if high is None else f"{high:g}"
    return f"{left}{lo}, {hi}{right}"


def _slots(g: GoldFigure, p: Figure) -> dict[str, tuple[bool, str, str]]:
    """Per field: whether it matches, and the gold and predicted values for messages."""
    interval = (
        _same_bound(g.low, p.low)
        and _same_bound(g.high, p.high)
        and g.low_open == p.low_open
        and g.high_open == p.high_open
    )
    slots = {
        "interval": (
            interval,
            _interval_text(g.low, g.high, g.low_open, g.high_open),
            _interval_text(p.low, p.high, p.low_open, p.high_open),
        )
    }
    for name in FIELDS[1:]:
        want, got = getattr(g, name), getattr(p, name)
        slots[name] = (want == got, str(want), str(got))
    for name, want in g.scope.items():
        got = getattr(p, name)
        if name == "place":
            ok = _same_place(want, got)
        elif name == "agent":
            ok = _same_agent(want, got)
        elif name == "part_of":
            ok = (want is None and got is None) or (
                want is not None and got is not None and want[0] <= got < want[1]
            )
        else:
            ok = want == got
        slots[name] = (ok, str(want), str(got))
    return slots


def _same_place(want: str | None, got: str | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    a, b = lookup_place(want), lookup_place(got)
    if a is not None and b is not None:
        return a.key == b.key
    return fold_place_name(want) == fold_place_name(got)


_ARTICLES = frozenset({"the", "a", "an"})


def _same_agent(want: str | None, got: str | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    a = [w for w in want.lower().split() if w not in _ARTICLES]
    b = [w for w in got.lower().split() if w not in _ARTICLES]
    short, long = sorted((a, b), key=len)
    return bool(short) and any(
        long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)
    )


def score_figures(
    gold: Sequence[GoldSentence], predicted: Sequence[Sequence[Figure]]
) -> dict[str, FigureScores]:
    """Scores keyed 'all' and by each sentence's style; offsets are sentence-relative."""
    if len(gold) != len(predicted):
        raise ValueError("one list of predicted figures is needed per gold sentence")
    scores: dict[str, FigureScores] = {"all": FigureScores()}
    for sentence, figures in zip(gold, predicted, strict=True):
        groups = [scores["all"]]
        if sentence.style:
            groups.append(scores.setdefault(sentence.style, FigureScores()))
        pairs = match_figures(sentence.figures, figures)
        messages = []
        matched_gold = {i for i, _ in pairs}
        matched_predicted = {j for _, j in pairs}
        for i, g in enumerate(sentence.figures):
            if i not in matched_gold:
                messages.append(f"missed {g.text!r}")
        for j, p in enumerate(figures):
            if j not in matched_predicted:
                messages.append(f"spurious {p.text!r}")
        results = [
            (sentence.figures[i], figures[j], _slots(sentence.figures[i], figures[j]))
            for i, j in pairs
        ]
        for g, _, slots in results:
            for name, (ok, want, got) in slots.items():
                if not ok:
                    messages.append(f"{g.text!r} {name}: want {want}, got {got}")
        for score in groups:
            score.sentences += 1
            score.gold += len(sentence.figures)
            score.predicted += len(figures)
            score.matched += len(pairs)
            for _, _, slots in results:
                for name, (ok, _, _) in slots.items():
                    score.fields[name].total += 1
                    score.fields[name].correct += int(ok)
            if messages:
                score.errors.append(f"{sentence.text[:70]}\n    " + "\n    ".join(messages))
    return scores


def predict_figures(nlp: Language, gold: Sequence[GoldSentence]) -> list[list[Figure]]:
    """Run the pipeline on each gold sentence as its own document."""
    from ..pipeline import analyse

    documents = [
        Document(id=f"gold-{i}", text=s.text, published=s.published) for i, s in enumerate(gold)
    ]
    return [list(analysis.figures) for _, analysis in analyse(nlp, documents)]


def evaluate_file(path: Path, nlp: Language) -> dict[str, FigureScores]:
    """Load a gold file, run the pipeline on it and score the figures it finds."""
    gold = load_gold(path)
    return score_figures(gold, predict_figures(nlp, gold))
