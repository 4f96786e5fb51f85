"""`retold trace` and `retold eval derivation` through click's CliRunner."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from retold.cli.main import cli

pytestmark = pytest.mark.slow

CASE = Path(__file__).parents[1] / "cases" / "soma-mine-fire-2014"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_trace_article_against_a_corpus_as_json() -> None:
    code, out, _ = _run(
        "trace", str(CASE / "target.json"), "--corpus", str(CASE / "corpus"), "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["article"]["id"]
    assert data["sources"], "a retold article has sources in its own case corpus"
    assert data["sources"][0]["direct"]
    scores = [s["score"] for s in data["sources"]]
    assert scores == sorted(scores, reverse=True)


def test_trace_text_and_graphml(tmp_path: Path) -> None:
    code, out, _ = _run("trace", str(CASE / "target.json"), "--corpus", str(CASE / "corpus"))
    assert code == 0 and "score" in out and "direct source" in out
    code, out, _ = _run(
        "trace", str(CASE / "target.json"), "--corpus", str(CASE / "corpus"), "--format", "graphml"
    )
    assert code == 0
    ET.fromstring(out)


def test_trace_all_is_incremental(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert _run("ingest", str(CASE / "corpus"), "--db", db, "--quiet")[0] == 0
    code, out, err = _run("trace", "--all", "--db", db, "--format", "json")
    assert code == 0
    first = json.loads(out)
    assert len(first["nodes"]) == len(list((CASE / "corpus").glob("*.json")))
    assert "traced 8 new document(s)" in err
    # The target joins the store: one more document to trace, the rest is kept.
    assert _run("ingest", str(CASE / "target.json"), "--db", db, "--quiet")[0] == 0
    code, out, err = _run("trace", "--all", "--db", db, "--format", "json")
    assert code == 0
    assert "traced 1 new document(s)" in err
    second = json.loads(out)
    assert len(second["nodes"]) == len(first["nodes"]) + 1
    target = json.loads((CASE / "target.json").read_text(encoding="utf-8"))["id"]
    assert any(e["target"] == target for e in second["edges"])
    # A stored document can be traced by its id.
    code, out, _ = _run("trace", target, "--db", db, "--format", "json")
    assert code == 0 and json.loads(out)["article"]["id"] == target


def test_trace_needs_an_article_or_all(tmp_path: Path) -> None:
    code, _, err = _run("trace", "--corpus", str(CASE / "corpus"))
    assert code != 0 and "[E420]" in err
    code, _, err = _run("trace", "x.json", "--all", "--corpus", str(CASE / "corpus"))
    assert code != 0 and "[E421]" in err
    code, _, err = _run("trace", "--all", "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert code != 0 and "[E422]" in err


def test_eval_derivation_rejects_too_few_stories() -> None:
    code, _, err = _run("eval", "derivation", "--stories", "1")
    assert code != 0 and "[E423]" in err
