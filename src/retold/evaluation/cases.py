"""Scoring the check on claim-tracing cases (format: cases/FORMAT.md).

A claim covers an expected finding when their spans overlap by at least half
the finding's quote. Per finding: a distortion is *found* when a covering
claim carries a distortion of that kind, and *found strictly* when that
distortion's evidence document is one the case names. A faithful finding is a
*false alarm* when a covering claim is judged distorted. An unsupported
finding is *found* when a covering claim is judged unsupported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..check import Checker, CheckReport, ClaimResult
from ..document import Document
from ..errors import Errors, RetoldError
from ..ingest import read_file
from ..ingest.load import ingest_paths
from ..store import Store, open_store

__all__ = [
    "CaseScore",
    "score_case",
    "case_store",
    "run_case",
    "run_cases",
    "find_cases",
    "DISTORTION_KINDS",
]

DISTORTION_KINDS = ("number", "unit", "speaker", "outlet", "quote", "date", "name", "exaggeration")


@dataclass
class CaseScore:
    name: str
    distortions: int = 0
    found: int = 0
    strict: int = 0
    faithful: int = 0
    false_alarms: int = 0
    unsupported: int = 0
    unsupported_found: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: CaseScore) -> None:
        for name in (
            "distortions",
            "found",
            "strict",
            "faithful",
            "false_alarms",
            "unsupported",
            "unsupported_found",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.name,
            "distortions": self.distortions,
            "found": self.found,
            "found_strict": self.strict,
            "faithful": self.faithful,
            "false_alarms": self.false_alarms,
            "unsupported": self.unsupported,
            "unsupported_found": self.unsupported_found,
            "misses": self.misses,
        }


def find_cases(path: Path) -> list[Path]:
    if (path / "target.json").exists():
        return [path]
    cases = sorted(
        p
        for p in path.iterdir()
        if p.is_dir() and (p / "target.json").exists() and (p / "expected.json").exists()
    )
    if not cases:
        raise RetoldError(Errors.E204.format(path=path))
    return cases


def _covering(claims: list[ClaimResult], start: int, end: int) -> list[ClaimResult]:
    need = (end - start) / 2
    return [c for c in claims if min(c.end, end) - max(c.start, start) >= need]


def score_case(
    name: str, target: Document, report: CheckReport, expected: dict[str, Any]
) -> CaseScore:
    score = CaseScore(name)
    for finding in expected.get("findings", []):
        quote = finding["quote"]
        start = target.text.find(quote)
        kinds = finding.get("kinds", [])
        evidence = set(finding.get("evidence", []))
        covering = _covering(report.claims, start, start + len(quote)) if start >= 0 else []
        for kind in kinds:
            if kind == "supported":
                score.faithful += 1
                if any(c.verdict == "distorted" for c in covering):
                    score.false_alarms += 1
                    kinds_found = sorted({d.kind for c in covering for d in c.distortions})
                    score.misses.append(f"false alarm ({', '.join(kinds_found)}): {quote[:60]}")
            elif kind == "unsupported":
                score.unsupported += 1
                if any(c.verdict == "unsupported" for c in covering):
                    score.unsupported_found += 1
                else:
                    score.misses.append(f"unsupported not found: {quote[:60]}")
            else:
                score.distortions += 1
                hits = [d for c in covering for d in c.distortions if d.kind == kind]
                if hits:
                    score.found += 1
                    if any(d.evidence.doc_id in evidence for d in hits):
                        score.strict += 1
                    else:
                        score.misses.append(f"{kind} found with other evidence: {quote[:60]}")
                else:
                    score.misses.append(f"{kind} missed: {quote[:60]}")
    return score


@contextmanager
def case_store(case: Path, nlp: Language) -> Iterator[Store]:
    """The case's corpus in a throwaway SQLite store: the check and the source ranking of
    one case can share it, so the corpus is parsed once."""
    with open_store("sqlite://") as store:
        ingest_paths(store, nlp, [case / "corpus"])
        yield store


def run_case(
    case: Path, nlp: Language, store: Store | None = None
) -> tuple[CaseScore, CheckReport]:
    """Check the case's target against ``store`` (default: its corpus, ingested here)."""
    target = read_file(case / "target.json")[0]
    if not isinstance(target, Document):
        raise RetoldError(Errors.E203.format(reason=target.reason))
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if store is None:
        with case_store(case, nlp) as own:
            report = Checker(own, nlp).check(target)
    else:
        report = Checker(store, nlp).check(target)
    return score_case(case.name, target, report, expected), report


def run_cases(path: Path, nlp: Language) -> tuple[list[CaseScore], CaseScore]:
    scores = []
    total = CaseScore("total")
    for case in find_cases(path):
        score, _ = run_case(case, nlp)
        scores.append(score)
        total.add(score)
    return scores, total
