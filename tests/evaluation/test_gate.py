"""Quality gate: the check's scores on every claim-tracing case may not drop.

Floors (and the fingerprint of the case files they were measured on) live in
cases_gate.json. A change that raises a score can raise its floor; lowering a
floor needs RETOLD_UPDATE_GATE=1 on purpose, and shows in review as a diff.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from retold.evaluation.cases import run_case
from retold.evaluation.sources import CASE_FOLDERS

GATE = Path(__file__).with_name("cases_gate.json")
ROOT = Path(__file__).resolve().parents[2]


def _fingerprint(case: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(case.rglob("*.json")):
        digest.update(path.relative_to(case).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _case_dirs(shared_dir: Path) -> dict[str, Path]:
    dirs = {"demo": ROOT / "demo"}
    for parent in (*(ROOT / "tests" / name for name in CASE_FOLDERS), shared_dir / "cases"):
        for case in sorted(parent.iterdir()):
            if (case / "expected.json").exists():
                dirs[case.name] = case
    return dirs


@pytest.mark.slow
@pytest.mark.shared
def test_gate_case_scores_hold(nlp: Language, shared_dir: Path) -> None:
    gate: dict[str, Any] = json.loads(GATE.read_text(encoding="utf-8"))
    measured: dict[str, Any] = {}
    failures = []
    for name, case in _case_dirs(shared_dir).items():
        score, _ = run_case(case, nlp)
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
    if os.environ.get("RETOLD_UPDATE_GATE") == "1":
        GATE.write_text(json.dumps(measured, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return
    assert not failures, "\n".join(failures)


def test_gate_file_lists_the_seed_case_at_full_score() -> None:
    gate = json.loads(GATE.read_text(encoding="utf-8"))
    seed = gate["seed-mosul-2017"]
    assert (seed["strict_min"], seed["false_alarms_max"]) == (7, 0)
