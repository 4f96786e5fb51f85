"""Scoring `retold trace` on claim-tracing cases (cases/FORMAT.md).

A case's true sources are the corpus documents its findings cite as evidence
and that were published by the target's date (a later report cannot be a
source); its noise documents are those no finding cites. A target is a *hit*
when its top three sources are all true sources (all of them, when it has
fewer than three), and *clean* when every true source ranks above every
noise document (a true source left out ranks below all).

The gate (floors in provenance_gate.json, held by tests/evaluation/test_gate.py
beside the case scores) runs every complete case of ``CASE_FOLDERS``;
``summarise`` also counts per folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..check import CheckReport
from ..document import Document
from ..errors import Errors, RetoldError
from ..ingest import read_file
from ..provenance.reuse import SignatureIndex, signature
from ..provenance.sources import Tracer, earlier_than
from ..store import Store
from .cases import case_store

__all__ = [
    "CASE_FOLDERS",
    "SourceRanking",
    "case_dirs",
    "case_folder",
    "rank_case",
    "rank_cases",
    "summarise",
]

TOP = 3

CASE_FOLDERS = (
    "cases",
    "cases_fresh",
    "cases_blind",
    "cases_blind2",
    "cases_blind3",
    "cases_blind4",
    "cases_blind5",
    "cases_blind6",
    "cases_blind7",
    "cases_blind8",
    "cases_blind9",
    "cases_blind10",
    "cases_blind11",
    "cases_blind12",
    "cases_blind13",
    "cases_blind14",
    "cases_blind15",
    "cases_blind16",
    "cases_blind17",
    "cases_blind18",
    "cases_blind19",
    "cases_blind20",
    "cases_blind21",
    "cases_blind22",
    "cases_blind23",
    "cases_blind24",
    "cases_blind25",
    "cases_blind26",
    "cases_blind27",
    "cases_blind28",
    "cases_blind29",
    "cases_blind30",
    "cases_blind31",
    "cases_blind32",
    "cases_blind33",
    "cases_blind34",
    "cases_blind35",
    "cases_blind36",
    "cases_blind37",
    "cases_blind38",
    "cases_blind39",
    "cases_blind40",
    "cases_blind41",
    "cases_blind42",
    "cases_blind43",
    "cases_blind44",
    "cases_blind45",
    "cases_blind46",
    "cases_blind47",
    "cases_blind48",
    "cases_blind49",
    "cases_blind50",
    "cases_blind51",
    "cases_blind52",
    "cases_blind53",
    "cases_blind54",
    "cases_blind55",
    "cases_blind56",
    "cases_blind57",
    "cases_blind58",
    "cases_blind59",
    "cases_blind60",
    "cases_blind61",
    "cases_blind62",
    "cases_blind63",
    "cases_blind64",
    "cases_blind65",
    "cases_blind66",
    "cases_blind67",
    "cases_blind68",
    "cases_blind69",
    "cases_blind70",
    "cases_blind71",
    "cases_blind72",
    "cases_blind73",
    "cases_blind74",
    "cases_blind75",
    "cases_blind76",
    "cases_blind77",
    "cases_blind78",
    "cases_blind79",
    "cases_blind80",
    "cases_blind81",
    "cases_blind82",
    "cases_blind83",
    "cases_blind84",
    "cases_blind85",
    "cases_blind86",
    "cases_blind87",
    "cases_blind88",
    "cases_blind89",
    "cases_blind90",
    "cases_blind91",
    "cases_blind92",
    "cases_blind93",
    "cases_blind94",
    "cases_blind95",
    "cases_blind96",
    "cases_blind97",
    "cases_blind98",
    "cases_blind99",
    "cases_blind100",
    "cases_blind101",
    "cases_blind102",
    "cases_blind103",
    "cases_blind104",
    "cases_blind105",
    "cases_blind106",
    "cases_blind107",
)
"""Folders of claim-tracing cases under the project's tests/, beside the shared cases/.

A new folder of cases is added here; a folder not there yet is skipped.
"""


def case_dirs(shared_dir: Path, root: Path) -> list[Path]:
    """Every complete case: the shared ones, then each folder of ``CASE_FOLDERS`` in order.

    A case is complete once it has its target, its expected findings and a
    corpus with at least one document (a case being written is left out).
    """
    out: list[Path] = []
    for parent in (shared_dir / "cases", *(root / "tests" / f for f in CASE_FOLDERS)):
        if not parent.is_dir():
            continue
        for case in sorted(parent.iterdir()):
            complete = (case / "target.json").is_file() and (case / "expected.json").is_file()
            if complete and any((case / "corpus").glob("*.json")):
                out.append(case)
    return out


@dataclass
class SourceRanking:
    case: str
    ranked: list[str]
    true: set[str]
    noise: set[str]
    folder: str = ""

    @property
    def hit(self) -> bool:
        want = min(TOP, len(self.true))
        top = self.ranked[:want]
        return len(top) == want and all(d in self.true for d in top)

    @property
    def clean(self) -> bool:
        lowest_true = max(
            (self.ranked.index(d) if d in self.ranked else len(self.ranked) for d in self.true),
            default=-1,
        )
        return all(self.ranked.index(d) > lowest_true for d in self.noise if d in self.ranked)

    @property
    def noise_above(self) -> list[str]:
        """Noise documents ranked above at least one ranked true source."""
        ranked_true = [self.ranked.index(d) for d in self.true if d in self.ranked]
        if not ranked_true:
            return []
        lowest = max(ranked_true)
        return [d for d in self.noise if d in self.ranked and self.ranked.index(d) < lowest]

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "folder": self.folder,
            "hit": self.hit,
            "clean": self.clean,
            "ranked": self.ranked,
            "true_missing": sorted(self.true - set(self.ranked)),
            "noise_above": sorted(self.noise_above),
        }


def rank_case(
    case: Path, nlp: Language, store: Store | None = None, report: CheckReport | None = None
) -> SourceRanking:
    """Rank the case's sources from ``store`` (default: its corpus, ingested here); a
    ``report`` of the same target against the same store saves checking it again."""
    if store is None:
        with case_store(case, nlp) as own:
            return rank_case(case, nlp, own)
    target_path = case / "target.json"
    docs = [d for d in read_file(target_path) if isinstance(d, Document)]
    if not docs:
        raise RetoldError(Errors.E204.format(path=case))
    target = docs[0]
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    cited = {e for f in expected.get("findings", []) for e in f.get("evidence", [])}
    corpus = {d.id: d for d in store.iter_documents()}
    index = SignatureIndex()
    index.add_many((d.id, signature(d.text)) for d in corpus.values())
    trace = Tracer(store, nlp, index).trace(target, report=report)
    allowed = earlier_than(target)
    true = {d for d in cited if d in corpus and allowed(corpus[d])}
    noise = set(corpus) - cited
    ranked = [s.doc_id for s in trace.sources]
    return SourceRanking(case.name, ranked, true, noise, case_folder(case))


def case_folder(case: Path) -> str:
    """The folder a case is counted under: "tests/cases_blind", "shared/cases"."""
    return f"{case.parent.parent.name}/{case.parent.name}"


def rank_cases(cases: list[Path], nlp: Language) -> list[SourceRanking]:
    return [rank_case(case, nlp) for case in cases]


def summarise(rankings: list[SourceRanking]) -> dict[str, Any]:
    n = max(len(rankings), 1)
    folders: dict[str, dict[str, int]] = {}
    for r in rankings:
        f = folders.setdefault(
            r.folder, {"targets": 0, "top3_hits": 0, "clean": 0, "noise_above": 0}
        )
        f["targets"] += 1
        f["top3_hits"] += r.hit
        f["clean"] += r.clean
        f["noise_above"] += bool(r.noise_above)
    return {
        "targets": len(rankings),
        "top3_hits": sum(r.hit for r in rankings),
        "top3_rate": round(sum(r.hit for r in rankings) / n, 4),
        "clean": sum(r.clean for r in rankings),
        "clean_rate": round(sum(r.clean for r in rankings) / n, 4),
        "noise_above_a_ranked_true_source": sum(bool(r.noise_above) for r in rankings),
        "true_missing": sum(bool(r.true - set(r.ranked)) for r in rankings),
        "folders": folders,
        "cases": [r.to_dict() for r in rankings],
    }
