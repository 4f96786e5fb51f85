"""Source chains on our own sentences (tests/pipeline/data/chains.jsonl): the scorer's rules
on hand-made predictions, and floors on the pipeline's scores so that quality cannot drop
silently. Raise a floor when the component improves; never lower one to make a test pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from retold.evaluation.chains import (
    ChainScores,
    evaluate_chains,
    load_chains,
    parse_chain,
    same_relay,
    score_item,
)
from retold.records import Attribution, TextSpan

CHAINS = Path(__file__).parent / "data" / "chains.jsonl"

# Measured on the set as committed, rounded down to two decimals.
FLOORS = {"speaker": 1.0, "via": 0.96, "content": 1.0, "all_correct": 0.96}

TEXT = "Agency Kestral News, citing Dmitry Holovanov, wrote that the bridge is closed."
GOLD = parse_chain(
    {
        "text": TEXT,
        "speaker": "Dmitry Holovanov",
        "via": ["Kestral News"],
        "content": "the bridge is closed",
    }
)


def _att(speaker: str | None, via: list[str], content: str, kind: str = "person") -> Attribution:
    start = TEXT.find(content)
    spans = tuple(TextSpan(TEXT.find(v), TEXT.find(v) + len(v), v) for v in via)
    return Attribution(
        cue=TextSpan(46, 51, "wrote"),
        content=TextSpan(start, start + len(content), content),
        kind="indirect",
        speaker=speaker,
        speaker_kind=kind,
        via=spans,
    )


def test_chains_set_is_large_enough() -> None:
    items = load_chains(CHAINS)
    assert len(items) >= 40
    assert sum(1 for item in items if len(item.via) >= 2) >= 5


def test_chains_parse_rejects_content_missing_from_text() -> None:
    with pytest.raises(ValueError, match="not in the text"):
        parse_chain({"text": "Someone said something.", "content": "nothing", "via": []})


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Kestral News", "Agency Kestral News", True),
        ("Dmitry Holovanov", "Holovanov", True),
        ("Kestral News", "Radio Strand", False),
    ],
)
def test_chains_same_relay(gold: str, predicted: str, expected: bool) -> None:
    assert same_relay(gold, predicted) is expected


def test_chains_score_item_all_correct() -> None:
    result = score_item(
        GOLD, [_att("Dmitry Holovanov", ["Agency Kestral News"], "bridge is closed")]
    )
    assert result.all_ok


def test_chains_score_item_missing_relay_fails_via_only() -> None:
    result = score_item(GOLD, [_att("Dmitry Holovanov", [], "the bridge is closed")])
    assert (result.speaker_ok, result.via_ok, result.content_ok) == (True, False, True)


def test_chains_score_item_outlet_as_speaker_fails() -> None:
    result = score_item(GOLD, [_att("Kestral News", [], "the bridge is closed", kind="outlet")])
    assert not result.speaker_ok


def test_chains_score_item_without_overlap_fails_everything() -> None:
    result = score_item(GOLD, [_att("Dmitry Holovanov", ["Agency Kestral News"], "Agency")])
    assert result.predicted is None and not result.all_ok


def test_chains_scores_are_shares() -> None:
    scores = ChainScores(
        [
            score_item(GOLD, []),
            score_item(GOLD, [_att("Dmitry Holovanov", ["Kestral News"], "the bridge is closed")]),
        ]
    )
    assert scores.to_dict()["all_correct"] == 0.5


@pytest.fixture(scope="module")
def measured(nlp: Language) -> dict[str, float]:
    return evaluate_chains(nlp, load_chains(CHAINS)).to_dict()


@pytest.mark.slow
@pytest.mark.parametrize("field", sorted(FLOORS))
def test_chains_eval_scores_hold_their_floor(measured: dict[str, float], field: str) -> None:
    assert measured[field] >= FLOORS[field], measured
