"""Scoring source chains on a hand-written set (tests/pipeline/data/chains.jsonl).

No public corpus annotates who relayed a statement, so the set is our own
sentences, many in the clumsy word order of machine-translated news. Each item
names one attributed statement: its content, the person who really spoke (or
none, for "a source in the ministry"), and the outlets or people that relayed
it, outermost first. The prediction scored is the attribution whose content
overlaps the gold content most; the speaker, the chain and the content are
scored apart, so a failure says which part of the component to work on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..document import Document
from ..names import match_persons, same_outlet
from ..records import Attribution

__all__ = [
    "CONTENT_JACCARD",
    "GoldChain",
    "ChainResult",
    "ChainScores",
    "load_chains",
    "parse_chain",
    "same_relay",
    "score_item",
    "evaluate_chains",
]

# A predicted content counts when it shares at least this share of characters with gold.
CONTENT_JACCARD = 0.5

_BAD_ITEM = "chain item {line}: {problem}"


@dataclass(frozen=True, slots=True)
class GoldChain:
    """One attributed statement; ``content_start``/``content_end`` index ``text``."""

    text: str
    published: str | None
    speaker: str | None
    via: tuple[str, ...]
    content: str
    content_start: int
    content_end: int


@dataclass(frozen=True, slots=True)
class ChainResult:
    """How one item fared: the prediction picked and each field's verdict."""

    gold: GoldChain
    predicted: Attribution | None
    speaker_ok: bool
    via_ok: bool
    content_ok: bool

    @property
    def all_ok(self) -> bool:
        return self.speaker_ok and self.via_ok and self.content_ok


@dataclass(slots=True)
class ChainScores:
    """Accuracy per field and for all three together, over every item."""

    results: list[ChainResult] = field(default_factory=list)

    def _share(self, ok: Sequence[bool]) -> float:
        return sum(ok) / len(ok) if ok else 0.0

    @property
    def speaker(self) -> float:
        return self._share([r.speaker_ok for r in self.results])

    @property
    def via(self) -> float:
        return self._share([r.via_ok for r in self.results])

    @property
    def content(self) -> float:
        return self._share([r.content_ok for r in self.results])

    @property
    def all_correct(self) -> float:
        return self._share([r.all_ok for r in self.results])

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": len(self.results),
            "speaker": round(self.speaker, 4),
            "via": round(self.via, 4),
            "content": round(self.content, 4),
            "all_correct": round(self.all_correct, 4),
        }


def parse_chain(data: dict[str, Any], line: int = 0) -> GoldChain:
    """One JSON item as a gold chain; the content must occur in the text."""
    text = data.get("text")
    content = data.get("content")
    if not isinstance(text, str) or not isinstance(content, str) or not content:
        raise ValueError(_BAD_ITEM.format(line=line, problem="text and content must be strings"))
    start = text.find(content)
    if start == -1:
        raise ValueError(_BAD_ITEM.format(line=line, problem="content is not in the text"))
    via = data.get("via") or []
    if not isinstance(via, list) or not all(isinstance(v, str) for v in via):
        raise ValueError(_BAD_ITEM.format(line=line, problem="via must be a list of names"))
    speaker = data.get("speaker")
    published = data.get("published")
    return GoldChain(
        text=text,
        published=published if isinstance(published, str) else None,
        speaker=speaker if isinstance(speaker, str) and speaker else None,
        via=tuple(via),
        content=content,
        content_start=start,
        content_end=start + len(content),
    )


def load_chains(path: Path) -> list[GoldChain]:
    """The items of a JSON-lines file, blank lines skipped."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            items.append(parse_chain(json.loads(line), number))
    return items


def same_relay(gold: str, predicted: str) -> bool:
    """Whether a predicted intermediary names the gold one, as an outlet or as a person."""
    if same_outlet(gold, predicted):
        return True
    return match_persons(gold, predicted).same_person


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union else 0.0


def score_item(gold: GoldChain, attributions: Sequence[Attribution]) -> ChainResult:
    """Judge the attribution whose content overlaps the gold content most."""
    span = (gold.content_start, gold.content_end)
    best: Attribution | None = None
    best_overlap = 0.0
    for att in attributions:
        overlap = _jaccard(span, (att.content.start, att.content.end))
        if overlap > best_overlap:
            best, best_overlap = att, overlap
    if best is None:
        return ChainResult(gold, None, False, False, False)
    if gold.speaker is None:
        # An unnamed source ("a source in the ministry") is right when no person is named.
        speaker_ok = best.speaker is None or best.speaker_kind != "person"
    else:
        speaker_ok = (
            best.speaker is not None and match_persons(gold.speaker, best.speaker).same_person
        )
    predicted_via = [v.text for v in best.via]
    via_ok = len(predicted_via) == len(gold.via) and all(
        same_relay(g, p) for g, p in zip(gold.via, predicted_via, strict=True)
    )
    return ChainResult(gold, best, speaker_ok, via_ok, best_overlap >= CONTENT_JACCARD)


def evaluate_chains(nlp: Language, items: Sequence[GoldChain]) -> ChainScores:
    """Run the pipeline over every item's text and score each one."""
    from ..pipeline import analyse  # the pipeline imports spaCy models; keep it lazy

    documents = [
        Document(id=f"chain-{i}", text=item.text, published=item.published)
        for i, item in enumerate(items)
    ]
    scores = ChainScores()
    for (_, analysis), item in zip(analyse(nlp, documents), items, strict=True):
        scores.results.append(score_item(item, analysis.attributions))
    return scores
