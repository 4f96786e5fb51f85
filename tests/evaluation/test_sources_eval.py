"""`retold trace` on every claim-tracing case: true sources on top, noise below them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from retold.evaluation.sources import (
    CASE_FOLDERS,
    SourceRanking,
    case_dirs,
    rank_case,
    summarise,
)

from .gate_file import locked_json, updating

ROOT = Path(__file__).resolve().parents[2]
GATE = Path(__file__).with_name("provenance_gate.json")


def test_sources_eval_hit_and_clean_rules() -> None:
    r = SourceRanking("x", ["t1", "t2", "n1", "t3"], {"t1", "t2", "t3"}, {"n1"})
    assert not r.hit and not r.clean and r.noise_above == ["n1"]
    r = SourceRanking("x", ["t1", "t2", "t3", "n1"], {"t1", "t2", "t3", "t4"}, {"n1"})
    assert r.hit and not r.clean and r.noise_above == []  # t4 is not ranked at all
    r = SourceRanking("x", ["t1", "n1"], {"t1"}, {"n1", "n2"})
    assert r.hit and r.clean


def test_sources_eval_case_dirs_take_complete_cases_only(tmp_path: Path) -> None:
    shared, root = tmp_path / "shared", tmp_path / "root"
    for case, files in {
        shared / "cases" / "a": ["target.json", "expected.json", "corpus/d.json"],
        root / "tests" / "cases_blind" / "b": ["target.json", "expected.json", "corpus/d.json"],
        root / "tests" / "cases_blind" / "c": ["target.json", "expected.json"],  # no corpus yet
        root / "tests" / "cases_fresh" / "d": ["target.json", "corpus/d.json"],
        root / "tests" / "other" / "e": ["target.json", "expected.json", "corpus/d.json"],
    }.items():
        for f in files:
            (case / f).parent.mkdir(parents=True, exist_ok=True)
            (case / f).write_text("{}", encoding="utf-8")
    assert [p.name for p in case_dirs(shared, root)] == ["a", "b"]


def test_sources_eval_summary_counts_per_folder() -> None:
    rankings = [
        SourceRanking("x", ["t1", "t2", "t3", "n1"], {"t1", "t2", "t3", "t4"}, {"n1"}, "cases"),
        SourceRanking("y", ["n1", "t1"], {"t1"}, {"n1"}, "cases_blind"),
    ]
    summary = summarise(rankings)
    assert (summary["targets"], summary["top3_hits"], summary["clean"]) == (2, 1, 0)
    assert summary["noise_above_a_ranked_true_source"] == 1
    assert summary["true_missing"] == 1
    assert summary["folders"]["cases_blind"] == {
        "targets": 1,
        "top3_hits": 0,
        "clean": 0,
        "noise_above": 1,
    }


FOLDERS = ("shared/cases", *(f"tests/{name}" for name in CASE_FOLDERS))
# What a folder's ranking counts, and the floor each count is held to.
FLOOR_KEYS = {
    "targets": "targets",
    "top3_hits": "top3_hits",
    "clean": "clean_min",
    "noise_above": "noise_above_max",
}


def hold_provenance_floors(folder: str, rankings: list[SourceRanking]) -> None:
    """One folder's rankings against its floors (or, under RETOLD_UPDATE_GATE=1, as its
    new floors). The case gate (test_gate.py) calls it with the rankings it makes from the
    stores and reports it has checked, so that each case's corpus is parsed once."""
    summary = summarise(rankings)
    measured = summary["folders"].get(folder)
    if measured is None:
        pytest.fail(f"{folder} holds no complete case", pytrace=False)
    if updating():
        with locked_json(GATE, ensure_ascii=False) as gate:
            floors = gate["cases"]["folders"]
            floors[folder] = {key: measured[k] for k, key in FLOOR_KEYS.items()}
            for key in FLOOR_KEYS.values():
                gate["cases"][key] = sum(f[key] for f in floors.values())
            gate["cases"]["top3_rate"] = round(
                gate["cases"]["top3_hits"] / max(gate["cases"]["targets"], 1), 4
            )
        return
    floor = json.loads(GATE.read_text(encoding="utf-8"))["cases"]["folders"].get(folder)
    assert floor is not None, f"{folder} is not in {GATE.name}; measure it (RETOLD_UPDATE_GATE=1)"
    report = (
        json.dumps(measured)
        + "\n"
        + json.dumps([c for c in summary["cases"] if not c["clean"]], indent=1)
    )
    # Every case is measured: a case that goes missing fails here.
    assert measured["targets"] == floor["targets"], report
    assert measured["top3_hits"] >= floor["top3_hits"], report
    # Measured floors: the target is that noise never outranks a true source.
    assert measured["clean"] >= floor["clean_min"], report
    assert measured["noise_above"] <= floor["noise_above_max"], report


def test_sources_eval_floors_fail_when_short() -> None:
    """The floor check is a real check: a folder whose rankings fall short of its floors fails."""
    bad = [SourceRanking("seed-mosul-2017", ["noise", "t1"], {"t1"}, {"noise"}, "shared/cases")]
    if updating():
        pytest.skip("the gate is being rewritten")
    with pytest.raises(AssertionError):
        hold_provenance_floors("shared/cases", bad)


def test_sources_eval_ranks_a_case_alone(nlp: Language, shared_dir: Path) -> None:
    """``rank_case`` without a store ingests the corpus itself, as `retold eval sources` does."""
    ranking = rank_case(shared_dir / "cases" / "seed-mosul-2017", nlp)
    assert ranking.folder == "shared/cases"
    assert ranking.true and set(ranking.ranked[:1]) <= ranking.true


def test_sources_eval_gate_totals_are_the_folders_sums() -> None:
    cases = json.loads(GATE.read_text(encoding="utf-8"))["cases"]
    assert sorted(cases["folders"]) == sorted(FOLDERS)
    for key in FLOOR_KEYS.values():
        assert cases[key] == sum(f[key] for f in cases["folders"].values()), key
    assert cases["top3_hits"] >= 0.9 * cases["targets"]
