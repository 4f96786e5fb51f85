"""Quality gate: the check's scores on every claim-tracing case may not drop.

Floors (and the fingerprint of the case files they were measured on) live in
cases_gate.json. A change that raises a score can raise its floor; lowering a
floor needs RETOLD_UPDATE_GATE=1 on purpose, and shows in review as a diff.

One test per case folder, so that ``pytest -n`` spreads the cases over the
machine's cores (the gate is the longest part of the suite). The same test holds
the folder's provenance floors (provenance_gate.json, test_sources_eval.py) with
the store and report of each case, so a corpus is parsed and checked once. Under
RETOLD_UPDATE_GATE=1 each folder writes its own entries, the file locked
while it does, and the listing test drops entries of cases that are gone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from retold.evaluation.cases import case_store, run_case
from retold.evaluation.sources import (
    CASE_FOLDERS,
    SourceRanking,
    case_dirs,
    case_folder,
    rank_case,
)

from .gate_file import locked_json, updating
from .test_sources_eval import hold_provenance_floors

GATE = Path(__file__).with_name("cases_gate.json")
ROOT = Path(__file__).resolve().parents[2]
GROUPS = ("demo", *CASE_FOLDERS, "shared")
"""The demo case, each folder of tests/, then ../shared/cases."""


def _fingerprint(case: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(case.rglob("*.json")):
        digest.update(path.relative_to(case).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _group_cases(group: str, shared_dir: Path) -> dict[str, Path]:
    if group == "demo":
        return {"demo": ROOT / "demo"}
    parent = shared_dir / "cases" if group == "shared" else ROOT / "tests" / group
    return {
        case.name: case for case in sorted(parent.iterdir()) if (case / "expected.json").exists()
    }


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("group", GROUPS)
def test_gate_case_scores_hold(group: str, nlp: Language, shared_dir: Path) -> None:
    gate: dict[str, Any] = json.loads(GATE.read_text(encoding="utf-8"))
    measured: dict[str, Any] = {}
    failures = []
    folder = {"demo": None, "shared": "shared/cases"}.get(group, f"tests/{group}")
    traced = {c for c in case_dirs(shared_dir, ROOT) if case_folder(c) == folder}
    rankings: list[SourceRanking] = []
    for name, case in _group_cases(group, shared_dir).items():
        with case_store(case, nlp) as store:
            score, report = run_case(case, nlp, store)
            if case in traced:
                rankings.append(rank_case(case, nlp, store, report))
        measured[name] = {
            "fingerprint": _fingerprint(case),
            "strict_min": score.strict,
            "false_alarms_max": score.false_alarms,
            "unsupported_min": score.unsupported_found,
            "distortions": score.distortions,
        }
        floor = gate.get(name)
        if floor is None:
            failures.append(f"{name}: not in {GATE.name}; add it")
            continue
        if floor["fingerprint"] != measured[name]["fingerprint"]:
            failures.append(f"{name}: case files changed since the gate was set; re-measure it")
        if score.strict < floor["strict_min"]:
            failures.append(
                f"{name}: strict {score.strict} < floor {floor['strict_min']} ({score.misses})"
            )
        if score.false_alarms > floor["false_alarms_max"]:
            failures.append(
                f"{name}: false alarms {score.false_alarms} > {floor['false_alarms_max']}"
            )
        if score.unsupported_found < floor["unsupported_min"]:
            failures.append(
                f"{name}: unsupported {score.unsupported_found} < {floor['unsupported_min']}"
            )
    if updating():
        with locked_json(GATE, sort_keys=True) as entries:
            entries.update(measured)
    else:
        assert not failures, "\n".join(failures)
    if folder is not None:
        hold_provenance_floors(folder, rankings)


@pytest.mark.shared
def test_gate_lists_every_case_once(shared_dir: Path) -> None:
    seen: dict[str, str] = {}
    for group in GROUPS:
        for name in _group_cases(group, shared_dir):
            assert name not in seen, f"case {name} is in {seen[name]} and {group}: rename one"
            seen[name] = group
    if updating():
        with locked_json(GATE, sort_keys=True) as entries:
            for name in set(entries) - set(seen):
                del entries[name]
        return
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    assert sorted(set(gate) - set(seen)) == [], f"{GATE.name} lists cases that are gone"
    assert sorted(set(seen) - set(gate)) == [], f"cases missing from {GATE.name}; measure them"


def test_gate_file_lists_the_seed_case_at_full_score() -> None:
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    seed = gate["seed-mosul-2017"]
    assert (seed["strict_min"], seed["false_alarms_max"]) == (7, 0)
