"""`retold ledger` through click's CliRunner, on invented documents run through the real pipeline."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from retold.cli.main import cli

pytestmark = pytest.mark.slow

DOCS = [
    {
        "id": "delta-news-2030-06-03",
        "outlet": "Delta News",
        "published": "2030-06-03",
        "title": "Strike on market",
        "text": "At least 14 civilians were killed when an air strike hit a market in the Bab Amr "
        "district of Homs on June 1, the Syrian Observatory said on Tuesday.\n\n"
        "Witnesses said the strike came at midday.",
    },
    {
        "id": "levant-wire-2030-06-04",
        "outlet": "Levant Wire",
        "published": "2030-06-04",
        "title": "Homs toll rises",
        "text": "Rescue workers said about 20 people died in the market strike in Homs on Saturday."
        "\n\nThe city has been shelled for weeks.",
    },
    {
        "id": "levant-wire-2030-06-20",
        "outlet": "Levant Wire",
        "published": "2030-06-20",
        "title": "Families flee",
        "text": "More than 3,000 people fled their homes in Aleppo on June 18, the United Nations said.",
    },
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ledger-corpus")
    for doc in DOCS:
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def _run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["ledger", *args], catch_exceptions=False)


def test_cli_ledger_json_groups_the_two_reports_of_one_strike(corpus: Path) -> None:
    result = _run("--corpus", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    killed = [e for e in entries if e["event"] == "killed"]
    assert len(killed) == 1
    (homs,) = killed
    assert (homs["place"], homs["start"], homs["end"]) == ("Homs", "2030-06-01", "2030-06-01")
    assert (homs["min"], homs["max"], homs["grade"]) == (14, 22, "corroborated")
    assert sorted(c["doc_id"] for c in homs["claims"]) == [
        "delta-news-2030-06-03",
        "levant-wire-2030-06-04",
    ]
    assert {c["outlet"] for c in homs["claims"]} == {"Delta News", "Levant Wire"}
    assert [e["event"] for e in entries] == ["killed", "displaced"]


def test_cli_ledger_filters(corpus: Path) -> None:
    result = _run("--corpus", str(corpus), "--format", "json", "--event", "displaced")
    assert [e["event"] for e in json.loads(result.output)] == ["displaced"]
    result = _run(
        "--corpus",
        str(corpus),
        "--format",
        "json",
        "--place",
        "Homs",
        "--since",
        "2030-05-30",
        "--until",
        "2030-06-02",
        "--source",
        "delta",
    )
    assert [e["place"] for e in json.loads(result.output)] == ["Homs"]


def test_cli_ledger_csv_has_one_row_per_claim(corpus: Path) -> None:
    result = _run("--corpus", str(corpus), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 3
    assert {r["doc_id"] for r in rows} == {d["id"] for d in DOCS}


def test_cli_ledger_text_is_a_table(corpus: Path) -> None:
    result = _run("--corpus", str(corpus))
    assert result.exit_code == 0
    assert "Incidents" in result.output and "Homs" in result.output


def test_cli_ledger_bad_day_is_a_usage_error(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["ledger", "--corpus", str(corpus), "--since", "June"])
    assert result.exit_code == 2
    assert "E401" in result.output


def test_cli_ledger_empty_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ledger", "--db", f"sqlite:///{tmp_path / 'empty.db'}"])
    assert result.exit_code == 1
    assert "E402" in result.output
