"""``retold ingest`` and ``retold check`` with ``--db postgresql://...`` on a real server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from retold.cli.main import cli

pytestmark = pytest.mark.slow

DEMO = Path(__file__).parents[2] / "demo"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _verdicts(report: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            claim["id"],
            claim["verdict"],
            sorted(d["kind"] for d in claim["distortions"]),
            sorted({e["doc_id"] for e in claim["evidence"]}),
        )
        for claim in report["claims"]
    ]


def test_main_postgres_demo_gives_the_same_verdicts_as_sqlite(
    postgres_url: str, tmp_path: Path
) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'retold.db'}"
    reports = {}
    for url in (sqlite_url, postgres_url):
        ingested = run("ingest", str(DEMO / "corpus"), "--db", url)
        assert ingested.exit_code == 0, ingested.output
        again = run("ingest", str(DEMO / "corpus"), "--db", url)
        assert again.exit_code == 0, again.output
        checked = run("check", str(DEMO / "target.json"), "--db", url, "--format", "json")
        assert checked.exit_code == 0, checked.output
        reports[url] = json.loads(checked.stdout)
    sqlite_report, postgres_report = reports[sqlite_url], reports[postgres_url]
    assert sqlite_report["claims"], "the demo must yield claims"
    assert _verdicts(postgres_report) == _verdicts(sqlite_report)
