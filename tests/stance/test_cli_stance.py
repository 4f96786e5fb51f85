"""`retold stance` and `retold eval stance` on small FNC-1 format files written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from retold.cli.main import cli
from retold.stance import LABELS

BODIES = [
    (
        "31",
        "Tarvona's city council voted on Tuesday to ban cars from the historic centre.\n\n"
        "The ban starts in May, the mayor said, and delivery vans will get morning permits.",
    ),
    (
        "5",
        "A record crowd watched the final of the regional chess championship, which was "
        "decided after six hours of play in the last round.",
    ),
]
ROWS = [
    ("Tarvona bans cars from its historic centre", "31", "agree"),
    ("Chess final draws a record crowd", "5", "discuss"),
    ("Tarvona bans cars from its historic centre", "5", "unrelated"),
    ('Mayor: "no cars", from May', "31", "discuss"),
    ("Chess final draws a record crowd", "31", "unrelated"),
]


def _files(tmp_path: Path, *, labelled: bool) -> tuple[Path, Path]:
    bodies = tmp_path / "bodies.csv"
    with open(bodies, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(BODIES)
    stances = tmp_path / "stances.csv"
    with open(stances, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"] if labelled else ["Headline", "Body ID"])
        w.writerows(row if labelled else row[:2] for row in ROWS)
    return stances, bodies


def test_stance_writes_every_row_in_input_order(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=False)
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(cli, ["stance", str(stances), str(bodies), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Headline", "Body ID", "Stance"]
    assert [(r[0], r[1]) for r in rows[1:]] == [(h, b) for h, b, _ in ROWS]
    assert all(r[2] in LABELS for r in rows[1:])
    assert rows[3][2] == "unrelated" and rows[5][2] == "unrelated"


def test_stance_ignores_a_gold_column(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=True)
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(cli, ["stance", str(stances), str(bodies), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == len(ROWS)


def test_stance_unknown_body_is_a_coded_error(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=False)
    stances.write_text("Headline,Body ID\nSomething,999\n", encoding="utf-8")
    out = tmp_path / "pred.csv"
    result = CliRunner().invoke(cli, ["stance", str(stances), str(bodies), "--out", str(out)])
    assert result.exit_code == 1
    assert "[E504]" in result.output
    assert not out.exists()


def test_stance_needs_out(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=False)
    result = CliRunner().invoke(cli, ["stance", str(stances), str(bodies)])
    assert result.exit_code == 2


def test_eval_stance_reports_scores(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=True)
    result = CliRunner().invoke(
        cli, ["eval", "stance", str(stances), str(bodies), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["n"] == len(ROWS)
    assert set(data["f1"]) == set(LABELS)
    assert 0.0 <= data["fnc"] <= 1.0
    text = CliRunner().invoke(cli, ["eval", "stance", str(stances), str(bodies)])
    assert text.exit_code == 0 and "macro-F1" in text.output


def test_eval_stance_needs_labels(tmp_path: Path) -> None:
    stances, bodies = _files(tmp_path, labelled=False)
    result = CliRunner().invoke(cli, ["eval", "stance", str(stances), str(bodies)])
    assert result.exit_code == 1 and "[E507]" in result.output
