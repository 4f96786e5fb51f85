"""The figure scorer on hand-made gold and predictions, and ``retold eval figures`` via CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from retold.cli import eval_figures as command
from retold.errors import RetoldError
from retold.evaluation.figures import (
    FIELDS,
    SCOPE_FIELDS,
    FigureScores,
    GoldSentence,
    match_figures,
    parse_gold,
    score_figures,
)
from retold.records import Figure

TEXT = "At least 42 people were killed and 118 wounded."
GOLD_LINE = json.dumps(
    {
        "text": TEXT,
        "published": "2024-03-14",
        "style": "news",
        "figures": [
            {
                "text": "At least 42",
                "low": 42,
                "high": None,
                "low_open": False,
                "high_open": False,
                "counted": "people",
                "counted_class": "person",
                "predicate": "kill",
                "predicate_class": "death",
            },
            {
                "text": "118",
                "low": 118,
                "high": 118,
                "low_open": False,
                "high_open": False,
                "counted": "people",
                "counted_class": "person",
                "predicate": "wound",
                "predicate_class": "injury",
            },
        ],
    }
)


def _figure(
    text: str,
    start: int,
    low: float | None,
    high: float | None,
    counted: str | None = "people",
    predicate: str | None = "kill",
    predicate_cls: str | None = "death",
) -> Figure:
    return Figure(
        start=start,
        end=start + len(text),
        text=text,
        value=low,
        low=low,
        high=high,
        low_open=False,
        high_open=False,
        qualifier=None,
        kind="cardinal",
        counted=counted,
        counted_class="person" if counted else None,
        predicate=predicate,
        predicate_class=predicate_cls,
    )


def _gold() -> list[GoldSentence]:
    return parse_gold([GOLD_LINE])


def test_figures_eval_parse_finds_offsets_in_order() -> None:
    [sentence] = _gold()
    assert [(f.start, f.end) for f in sentence.figures] == [(0, 11), (35, 38)]
    assert sentence.figures[0].high is None


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("not json", "not JSON"),
        ('{"figures": []}', "no 'text'"),
        ('{"text": "Ten died.", "figures": [{"text": "eleven"}]}', "not in the text"),
        ('{"text": "10 died.", "figures": [{"text": "10", "low": "ten"}]}', "'low'"),
    ],
)
def test_figures_eval_parse_rejects_bad_lines(line: str, needle: str) -> None:
    with pytest.raises(RetoldError, match=needle):
        parse_gold([line], path="gold.jsonl")


def test_figures_eval_match_pairs_by_largest_overlap() -> None:
    [sentence] = _gold()
    predicted = [_figure("118", 35, 118, 118), _figure("42", 9, 42, 42)]
    assert match_figures(sentence.figures, predicted) == [(0, 1), (1, 0)]


def test_figures_eval_perfect_prediction_scores_one() -> None:
    predicted = [
        _figure("At least 42", 0, 42, None),
        _figure("118", 35, 118, 118, predicate="wound", predicate_cls="injury"),
    ]
    scores = score_figures(_gold(), [predicted])
    total = scores["all"]
    assert (total.precision, total.recall) == (1.0, 1.0)
    assert all(total.fields[name].accuracy == 1.0 for name in FIELDS)
    assert all(total.fields[name].total == 0 for name in SCOPE_FIELDS)  # not annotated
    assert set(scores) == {"all", "news"}


def test_figures_eval_scope_is_scored_where_annotated() -> None:
    from dataclasses import replace

    line = json.dumps(
        {
            "text": "Shelling of Kharkiv killed 40 people, among them 9 children.",
            "figures": [
                {
                    "text": "40",
                    "low": 40,
                    "high": 40,
                    "agent": "shelling of Kharkiv",
                    "place": "Kharkiv",
                },
                {"text": "9", "low": 9, "high": 9, "part_of": "40", "population": None},
            ],
        }
    )
    [sentence] = parse_gold([line])
    whole = replace(_figure("40", 27, 40, 40), agent="Shelling", place="Kharkov")
    part = replace(_figure("9", 49, 9, 9), part_of=27, population=None)
    total = score_figures([sentence], [[whole, part]])["all"]
    assert {n: (total.fields[n].correct, total.fields[n].total) for n in SCOPE_FIELDS} == {
        "place": (1, 1),
        "agent": (1, 1),
        "population": (1, 1),
        "part_of": (1, 1),
    }
    wrong = replace(part, part_of=0)
    total = score_figures([sentence], [[replace(whole, agent="police"), wrong]])["all"]
    assert total.fields["agent"].correct == 0 and total.fields["part_of"].correct == 0


def test_figures_eval_wrong_slot_counts_against_that_field_only() -> None:
    predicted = [
        _figure("42", 9, 42, 42),
        _figure("118", 35, 118, 118, predicate="wound", predicate_cls="injury"),
    ]
    total = score_figures(_gold(), [predicted])["all"]
    assert total.fields["interval"].correct == 1
    assert total.fields["counted"].correct == 2
    assert any("interval: want [42, inf], got [42, 42]" in e for e in total.errors)


def test_figures_eval_missed_and_spurious_figures_are_detection_errors() -> None:
    predicted = [_figure("118", 35, 118, 118), _figure("people", 12, 1, 1)]
    total = score_figures(_gold(), [predicted])["all"]
    assert (total.gold, total.predicted, total.matched) == (2, 2, 1)
    assert (total.precision, total.recall) == (0.5, 0.5)
    assert total.fields["interval"].total == 1


def test_figures_eval_needs_one_prediction_list_per_sentence() -> None:
    with pytest.raises(ValueError):
        score_figures(_gold(), [])


def _fake_evaluate(path: Path, nlp: object) -> dict[str, FigureScores]:
    gold = parse_gold(path.read_text(encoding="utf-8").splitlines())
    return score_figures(gold, [[_figure("At least 42", 0, 42, None)]])


@pytest.fixture
def gold_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(command, "load_nlp", lambda: None)
    monkeypatch.setattr(command, "evaluate_file", _fake_evaluate)
    path = tmp_path / "gold.jsonl"
    path.write_text(GOLD_LINE + "\n", encoding="utf-8")
    return path


def test_figures_eval_command_prints_a_table(gold_file: Path) -> None:
    result = CliRunner().invoke(command.eval_figures, [str(gold_file)])
    assert result.exit_code == 0
    assert "recall" in result.output and "predicate_class" in result.output
    assert "0.500" in result.output


def test_figures_eval_command_json_has_fields_per_style(gold_file: Path) -> None:
    result = CliRunner().invoke(command.eval_figures, [str(gold_file), "--format", "json"])
    data = json.loads(result.output)
    assert data["all"]["recall"] == 0.5
    assert data["news"]["fields"]["counted"]["accuracy"] == 1.0
    assert "errors" not in data["all"]


def test_figures_eval_command_verbose_lists_misses(gold_file: Path) -> None:
    result = CliRunner().invoke(command.eval_figures, [str(gold_file), "-v"])
    assert "missed '118'" in result.output


def test_figures_eval_command_bad_file_is_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "load_nlp", lambda: None)
    path = tmp_path / "bad.jsonl"
    path.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(command.eval_figures, [str(path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E207]")


@pytest.mark.slow
def test_figures_eval_command_on_the_gold_set_meets_the_target() -> None:
    gold = Path(__file__).parents[1] / "facts" / "data" / "figures_gold.jsonl"
    result = CliRunner().invoke(command.eval_figures, [str(gold), "--format", "json"])
    data = json.loads(result.output)["all"]
    assert data["gold"] >= 300 and data["recall"] >= 0.95
    assert all(data["fields"][name]["accuracy"] >= 0.9 for name in FIELDS)
    # Scope is annotated on fewer sentences and read off a small model's parse: pinned
    # below the scores of 2026-12-02 (place 0.84, agent 0.81, population 1.0, part_of 0.98).
    scope = {name: data["fields"][name] for name in SCOPE_FIELDS}
    assert all(field["total"] >= 40 for field in scope.values())
    assert scope["place"]["accuracy"] >= 0.8 and scope["agent"]["accuracy"] >= 0.78
    assert scope["population"]["accuracy"] >= 0.95 and scope["part_of"]["accuracy"] >= 0.93
