"""Scoring the check on claim-tracing cases: unit tests on hand-made reports, then real cases."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from retold.check import CheckReport, ClaimResult, Distortion, EvidenceRef
from retold.document import Document
from retold.errors import RetoldError
from retold.evaluation.cases import DISTORTION_KINDS, CaseScore, find_cases, run_case, score_case

DEMO = Path(__file__).parents[2] / "demo"

TEXT = (
    "Floods killed up to 40 people in Varna county on Friday. "
    "The governor asked for army help. "
    "Schools will stay closed for a week."
)
TOLL = "Floods killed up to 40 people in Varna county on Friday."
HELP = "The governor asked for army help."
SCHOOLS = "Schools will stay closed for a week."
TARGET = Document(id="target", text=TEXT)


def _claim(
    quote: str,
    verdict: str,
    *distortions: tuple[str, str],
    shift: int = 0,
    length: int | None = None,
) -> ClaimResult:
    """A claim over ``quote`` (moved by ``shift``, cut to ``length``) with (kind, evidence doc) distortions."""
    start = TEXT.index(quote) + shift
    end = start + (len(quote) if length is None else length)
    return ClaimResult(
        id=f"c{start}",
        start=start,
        end=end,
        text=TEXT[start:end],
        kind="event",
        speaker=None,
        outlet=None,
        verdict=verdict,
        distortions=[
            Distortion(kind, "claimed", "found", EvidenceRef(doc, 0, 10))
            for kind, doc in distortions
        ],
    )


def _report(*claims: ClaimResult) -> CheckReport:
    return CheckReport(article=TARGET, claims=list(claims), sources=[])


def _finding(quote: str, *kinds: str, evidence: tuple[str, ...] = ("wire-1",)) -> dict[str, Any]:
    return {"quote": quote, "kinds": list(kinds), "evidence": list(evidence)}


def _score(report: CheckReport, *findings: dict[str, Any]) -> CaseScore:
    return score_case("case", TARGET, report, {"findings": list(findings)})


# -- coverage ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shift", "length", "covers"),
    [
        (0, None, True),
        (0, len(TOLL) // 2 + 1, True),
        (len(TOLL) - len(TOLL) // 2 - 1, None, True),
        (0, len(TOLL) // 2 - 2, False),
        (len(TOLL) // 2 + 2, None, False),
    ],
    ids=["whole", "first-half", "second-half", "under-half", "tail-only"],
)
def test_cases_coverage_needs_half_the_quote(shift: int, length: int | None, covers: bool) -> None:
    claim = _claim(TOLL, "distorted", ("number", "wire-1"), shift=shift, length=length)
    score = _score(_report(claim), _finding(TOLL, "number"))
    assert (score.distortions, score.found) == (1, int(covers))


def test_cases_claim_wider_than_quote_covers_it() -> None:
    claim = ClaimResult(
        "c1",
        0,
        len(TEXT),
        TEXT,
        "event",
        None,
        None,
        "distorted",
        [Distortion("number", "40", "14", EvidenceRef("wire-1", 0, 5))],
    )
    assert _score(_report(claim), _finding("up to 40 people", "number")).found == 1


def test_cases_quote_missing_from_target_is_a_miss() -> None:
    claim = _claim(TOLL, "distorted", ("number", "wire-1"))
    score = _score(_report(claim), _finding("no such words in the target", "number"))
    assert (score.distortions, score.found, len(score.misses)) == (1, 0, 1)


# -- distortions: found and strict --------------------------------------------------------


def test_cases_distortion_of_another_kind_is_not_found() -> None:
    claim = _claim(TOLL, "distorted", ("date", "wire-1"))
    score = _score(_report(claim), _finding(TOLL, "number"))
    assert (score.found, score.strict) == (0, 0)
    assert score.misses == [f"number missed: {TOLL[:60]}"]


def test_cases_strict_needs_evidence_the_case_names() -> None:
    claim = _claim(TOLL, "distorted", ("number", "wire-1"))
    score = _score(_report(claim), _finding(TOLL, "number", evidence=("wire-1", "ministry-2")))
    assert (score.found, score.strict, score.misses) == (1, 1, [])


def test_cases_other_evidence_is_found_but_not_strict() -> None:
    claim = _claim(TOLL, "distorted", ("number", "blog-9"))
    score = _score(_report(claim), _finding(TOLL, "number", evidence=("wire-1",)))
    assert (score.found, score.strict) == (1, 0)
    assert score.misses == [f"number found with other evidence: {TOLL[:60]}"]


def test_cases_one_finding_with_two_kinds_counts_twice() -> None:
    claim = _claim(TOLL, "distorted", ("number", "wire-1"), ("date", "wire-1"))
    score = _score(_report(claim), _finding(TOLL, "number", "date"))
    assert (score.distortions, score.found, score.strict) == (2, 2, 2)


# -- faithful and unsupported findings ---------------------------------------------------------


def test_cases_false_alarm_when_supported_claim_is_distorted() -> None:
    claim = _claim(HELP, "distorted", ("exaggeration", "wire-1"))
    score = _score(_report(claim), _finding(HELP, "supported"))
    assert (score.faithful, score.false_alarms) == (1, 1)
    assert score.misses == [f"false alarm (exaggeration): {HELP[:60]}"]


@pytest.mark.parametrize("verdict", ["faithful", "unsupported"])
def test_cases_no_false_alarm_without_distortion(verdict: str) -> None:
    score = _score(_report(_claim(HELP, verdict)), _finding(HELP, "supported"))
    assert (score.faithful, score.false_alarms) == (1, 0)


def test_cases_distortion_elsewhere_is_no_false_alarm() -> None:
    report = _report(_claim(TOLL, "distorted", ("number", "wire-1")), _claim(HELP, "faithful"))
    assert _score(report, _finding(HELP, "supported")).false_alarms == 0


@pytest.mark.parametrize(
    ("verdict", "found"), [("unsupported", 1), ("faithful", 0), ("distorted", 0)]
)
def test_cases_unsupported_found_only_when_judged_unsupported(verdict: str, found: int) -> None:
    score = _score(_report(_claim(SCHOOLS, verdict)), _finding(SCHOOLS, "unsupported", evidence=()))
    assert (score.unsupported, score.unsupported_found) == (1, found)


def test_cases_score_adds_up() -> None:
    total = CaseScore("total")
    for _ in range(2):
        claim = _claim(TOLL, "distorted", ("number", "wire-1"))
        total.add(_score(_report(claim), _finding(TOLL, "number"), _finding(HELP, "supported")))
    assert (total.distortions, total.found, total.strict, total.faithful) == (2, 2, 2, 2)


def test_cases_score_to_dict_keys() -> None:
    assert set(CaseScore("x").to_dict()) == {
        "case",
        "distortions",
        "found",
        "found_strict",
        "faithful",
        "false_alarms",
        "unsupported",
        "unsupported_found",
        "misses",
    }


# -- finding case folders --------------------------------------------------------------------


def _make_case(folder: Path) -> Path:
    (folder / "corpus").mkdir(parents=True)
    (folder / "target.json").write_text("{}", encoding="utf-8")
    (folder / "expected.json").write_text("{}", encoding="utf-8")
    return folder


def test_cases_find_cases_in_folder(tmp_path: Path) -> None:
    b, a = _make_case(tmp_path / "b"), _make_case(tmp_path / "a")
    (tmp_path / "not-a-case").mkdir()
    assert find_cases(tmp_path) == [a, b]


def test_cases_find_cases_on_a_case_itself(tmp_path: Path) -> None:
    case = _make_case(tmp_path / "one")
    assert find_cases(case) == [case]


def test_cases_find_cases_none_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RetoldError, match=r"^\[E204\]"):
        find_cases(tmp_path)


# -- real cases ------------------------------------------------------------------------------


def _found_by_kind(case: Path, report: CheckReport) -> Counter[str]:
    """Per distortion kind, how many expected findings a covering claim caught."""
    target = report.article
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    found: Counter[str] = Counter()
    for finding in expected["findings"]:
        start = target.text.find(finding["quote"])
        end = start + len(finding["quote"])
        covering = [
            c
            for c in report.claims
            if start >= 0 and min(c.end, end) - max(c.start, start) >= (end - start) / 2
        ]
        for kind in finding["kinds"]:
            if kind in DISTORTION_KINDS and any(
                d.kind == kind for c in covering for d in c.distortions
            ):
                found[kind] += 1
    return found


@pytest.fixture(scope="module")
def seed_mosul(nlp: Language, shared_dir: Path) -> CaseScore:
    score, _ = run_case(shared_dir / "cases" / "seed-mosul-2017", nlp)
    return score


@pytest.mark.slow
@pytest.mark.shared
def test_cases_seed_mosul_all_distortions_found_strictly(seed_mosul: CaseScore) -> None:
    score = seed_mosul
    assert (score.distortions, score.found, score.strict) == (7, 7, 7), score.misses


@pytest.mark.slow
@pytest.mark.shared
def test_cases_seed_mosul_no_false_alarms(seed_mosul: CaseScore) -> None:
    assert seed_mosul.false_alarms == 0, seed_mosul.misses


@pytest.fixture(scope="module")
def demo_found(nlp: Language) -> Counter[str]:
    _, report = run_case(DEMO, nlp)
    return _found_by_kind(DEMO, report)


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind",
    [
        "number",
        "unit",
        "name",
        "exaggeration",
        "speaker",
        "date",
        "outlet",
        "quote",
    ],
)
def test_cases_demo_finds_each_kind(demo_found: Counter[str], kind: str) -> None:
    assert demo_found[kind] > 0, (
        f"no {kind} distortion found in the demo (found: {dict(demo_found)})"
    )
