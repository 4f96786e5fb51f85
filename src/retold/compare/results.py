"""What a check returns: per-claim verdicts, typed distortions and their evidence.

``CheckReport.to_dict()`` is the JSON contract (README, "The JSON contract"):
fields may be added, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import Document

__all__ = ["CheckReport", "ClaimResult", "Distortion", "EvidenceRef", "article_header"]


def article_header(a: Document) -> dict[str, Any]:
    """The fields that name an article in every JSON output (check, trace)."""
    return {
        "id": a.id,
        "url": a.url,
        "outlet": a.outlet,
        "published": a.published,
        "title": a.title,
    }


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    doc_id: str
    start: int
    end: int
    stance: str = "discuss"

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "stance": self.stance}


@dataclass(frozen=True, slots=True)
class Distortion:
    kind: str
    claimed: str
    found: str
    evidence: EvidenceRef
    explanation: str = ""
    # Where in the article the changed detail sits (None: the whole statement). Used to
    # split a sentence so that a faithful clause is not judged with a distorted one.
    at: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "claimed": self.claimed,
            "found": self.found,
            "evidence": {
                "doc_id": self.evidence.doc_id,
                "start": self.evidence.start,
                "end": self.evidence.end,
            },
            "explanation": self.explanation,
        }


@dataclass
class ClaimResult:
    id: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    outlet: str | None
    verdict: str
    distortions: list[Distortion] = field(default_factory=list)
    evidence: list[EvidenceRef] = field(default_factory=list)
    score: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "outlet": self.outlet,
            "verdict": self.verdict,
            "distortions": [d.to_dict() for d in self.distortions],
            "evidence": [e.to_dict() for e in self.evidence],
            "score": round(self.score, 3),
            "notes": list(self.notes),
        }


@dataclass
class CheckReport:
    article: Document
    claims: list[ClaimResult]
    sources: list[tuple[str, float]]
    documents: dict[str, Document] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": article_header(self.article),
            "claims": [c.to_dict() for c in self.claims],
            "sources": [{"doc_id": d, "score": round(s, 4)} for d, s in self.sources],
        }
