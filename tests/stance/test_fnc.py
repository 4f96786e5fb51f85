"""FNC-1 format reading, writing, the body-wise dev split and the official score."""

from __future__ import annotations

from pathlib import Path

import pytest

from retold.errors import InputRejected
from retold.stance.fnc import Pair, dev_split, read_bodies, read_pairs, score, write_predictions

BODIES = (
    "Body ID,articleBody\n"
    '7,"The council voted on Monday.\n\nA second paragraph, with ""quotes""."\n'
    "12,Rain is expected across the valley.\n"
)
STANCES = (
    "Headline,Body ID,Stance\n"
    "Council votes to close the bridge,7,agree\n"
    '"Storm, then rain",12,discuss\n'
    "Council votes to close the bridge,12,unrelated\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_bodies_keeps_multiline_text(tmp_path: Path) -> None:
    bodies = read_bodies(_write(tmp_path, "b.csv", BODIES))
    assert set(bodies) == {"7", "12"}
    assert bodies["7"] == 'The council voted on Monday.\n\nA second paragraph, with "quotes".'


def test_read_pairs_in_file_order(tmp_path: Path) -> None:
    bodies = read_bodies(_write(tmp_path, "b.csv", BODIES))
    pairs = read_pairs(_write(tmp_path, "s.csv", STANCES), bodies)
    assert pairs == [
        Pair("Council votes to close the bridge", "7", "agree"),
        Pair("Storm, then rain", "12", "discuss"),
        Pair("Council votes to close the bridge", "12", "unrelated"),
    ]


def test_read_pairs_without_labels(tmp_path: Path) -> None:
    path = _write(tmp_path, "s.csv", "Headline,Body ID\nA headline,7\n")
    assert read_pairs(path) == [Pair("A headline", "7", None)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Title,Body ID\nx,7\n", "E501"),
        ("Headline,Body ID\nx,99\n", "E504"),
        ("Headline,Body ID,Stance\nx,7,supports\n", "E505"),
    ],
)
def test_bad_stance_files_are_rejected_with_a_code(tmp_path: Path, text: str, code: str) -> None:
    bodies = read_bodies(_write(tmp_path, "b.csv", BODIES))
    with pytest.raises(InputRejected) as info:
        read_pairs(_write(tmp_path, "s.csv", text), bodies)
    assert info.value.code == code


def test_missing_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputRejected) as info:
        read_bodies(tmp_path / "nope.csv")
    assert info.value.code == "E502"


def test_write_predictions_round_trips(tmp_path: Path) -> None:
    pairs = [Pair('He said "no", twice', "3"), Pair("Line\nbreak", "4")]
    out = tmp_path / "p.csv"
    write_predictions(out, pairs, ["disagree", "unrelated"])
    back = read_pairs(out)
    assert [(p.headline, p.body_id, p.stance) for p in back] == [
        ('He said "no", twice', "3", "disagree"),
        ("Line\nbreak", "4", "unrelated"),
    ]


def test_dev_split_is_seeded_and_by_body() -> None:
    ids = [str(i) for i in range(100) for _ in range(3)]
    first = dev_split(ids, seed=5)
    assert first == dev_split(list(reversed(ids)), seed=5)
    assert len(first) == 20 and first <= set(ids)
    assert first != dev_split(ids, seed=6)


def test_score_follows_the_official_weighting() -> None:
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated"]
    # related-but-wrong earns 0.25, exact related 1.0, unrelated right 0.25, related as unrelated 0.
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree"]
    s = score(gold, pred)
    assert s.fnc_max == 3.5
    assert s.fnc_raw == 1.0 + 0.25 + 0.0 + 0.25 + 0.0
    assert s.fnc == pytest.approx(1.5 / 3.5)
    assert s.f1["agree"] == pytest.approx(2 / 3)
    assert s.f1["disagree"] == 0.0
    assert s.f1["unrelated"] == pytest.approx(0.5)
    assert s.macro_f1 == pytest.approx((2 / 3 + 0 + 0 + 0.5) / 4)


def test_perfect_predictions_score_one() -> None:
    gold = ["agree", "unrelated", "discuss"]
    s = score(gold, gold)
    assert s.fnc == 1.0 and s.macro_f1 == pytest.approx(0.75)  # disagree absent: F1 0
    assert s.accuracy == 1.0
