"""The ledger of the shared seed corpus (cases/seed-mosul-2017): what the issue measures.

The grouping is built from general rules only; these are the figures it has
to get right on the one corpus we were given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from retold.ingest.load import ingest_paths
from retold.ledger import LedgerEntry, build_ledger
from retold.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.shared]

MARCH_17 = {
    ("upi-2017-04-02-russia-condemns", "more than 100"),
    ("mid-2017-03-27-lavrov-alfano", "more than 200"),
    ("sputnik-2017-03-27-lavrov-unsc", "about 200"),
}


@pytest.fixture(scope="module")
def ledger(nlp: Language, shared_dir: Path) -> list[dict[str, Any]]:
    with open_store("sqlite://") as store:
        ingest_paths(store, nlp, [shared_dir / "cases" / "seed-mosul-2017" / "corpus"])
        stored = store.get_analysis("upi-2017-04-02-russia-condemns")
        assert stored is not None and stored["places"], "places are part of the stored analysis"
        entries: list[LedgerEntry] = build_ledger(store)
    return [e.to_dict() for e in entries]


def _pairs(entry: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["doc_id"], c["text"]) for c in entry["claims"]}


def test_seed_march_17_is_one_incident_with_the_three_claims(ledger: list[dict[str, Any]]) -> None:
    holding = [e for e in ledger if _pairs(e) & MARCH_17]
    assert len(holding) == 1
    (incident,) = holding
    assert MARCH_17 <= _pairs(incident)
    assert incident["scope"] == "incident"
    assert (incident["place"], incident["event"]) == ("Mosul", "killed")
    assert incident["start"] <= "2017-03-17" <= incident["end"]
    outlets = {c["doc_id"]: c["outlet"] for c in incident["claims"]}
    assert outlets["upi-2017-04-02-russia-condemns"] == "UPI"
    assert outlets["sputnik-2017-03-27-lavrov-unsc"] == "Sputnik"
    speakers = {c["speaker"] for c in incident["claims"]}
    assert "Sergey Lavrov" in speakers
    assert incident["min"] == 100 and incident["max"] >= 220


def test_seed_march_17_appears_once(ledger: list[dict[str, Any]]) -> None:
    covering = [
        e
        for e in ledger
        if e["scope"] == "incident"
        and e["place"] == "Mosul"
        and e["event"] == "killed"
        and e["start"] <= "2017-03-17" <= e["end"]
    ]
    assert len(covering) == 1


def test_seed_march_17_is_acknowledged_by_the_coalition(ledger: list[dict[str, Any]]) -> None:
    (incident,) = [e for e in ledger if _pairs(e) & MARCH_17]
    assert incident["acknowledged"]
    assert incident["grade"] == "confirmed"


def test_seed_april_incidents_stand_apart(ledger: list[dict[str, Any]]) -> None:
    april = [
        e for e in ledger if e["scope"] == "incident" and e["start"] and e["start"] >= "2017-04-01"
    ]
    assert {e["start"] for e in april} >= {"2017-04-10", "2017-04-15"}
    for e in april:
        assert not _pairs(e) & MARCH_17
        assert {c["doc_id"] for c in e["claims"]} == {"iohr-2017-04-16-western-mosul"}
        assert e["start"] == e["end"]


def test_seed_cjtf_totals_are_campaign_level(ledger: list[dict[str, Any]]) -> None:
    cjtf = [e for e in ledger if any(c["doc_id"].startswith("cjtf-oir") for c in e["claims"])]
    assert cjtf, "the coalition's cumulative count is in the ledger"
    for e in cjtf:
        assert e["scope"] == "campaign"
        assert {c["doc_id"] for c in e["claims"]} <= {
            "cjtf-oir-2017-04-01-civcas-report",
            "cjtf-oir-2017-04-30-civcas-report",
        }
    assert any(c["text"] == "at least 229" for e in cjtf for c in e["claims"])
