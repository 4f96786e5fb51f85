"""The ledger of a store: analyses read back (with or without places), filters, the JSON shape."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from spacy.language import Language

from retold.document import Document
from retold.errors import ConfigError, RetoldError
from retold.ledger import LedgerFilter, build_ledger, ledger_of, parse_date_option
from retold.pipeline import analyse
from retold.records import Analysis
from retold.store import Store, open_store

from ._build import Builder


def _docs() -> list[Builder]:
    strike = Builder(
        "wire-1",
        "Fourteen civilians were killed by coalition aircraft in Kessel on 2 March",
        outlet="Valley Wire",
        published="2031-03-03",
    )
    strike.figure("Fourteen", 14, 14).place("Kessel", "kessel-key")
    strike.time("2 March", "2031-03-02", "2031-03-02", anchor="kill")
    again = Builder(
        "post-1",
        "The Health Office said about 20 people died in Kessel",
        outlet="Orman Post",
        published="2031-03-04",
    )
    again.figure("about 20", 18, 22, counted="people").place("Kessel", "kessel-key")
    again.said("The Health Office", "said", "about 20 people died in Kessel")
    fled = Builder(
        "post-2",
        "Some 3,000 people fled Orman on 9 April",
        outlet="Orman Post",
        published="2031-04-10",
    )
    fled.figure("Some 3,000", 3000, 3000, counted="people", predicate_class="displacement")
    fled.place("Orman", "orman-key")
    fled.time("9 April", "2031-04-09", "2031-04-09", anchor="flee")
    return [strike, again, fled]


def test_ledger_groups_and_sorts_by_date() -> None:
    entries = ledger_of(b.pair() for b in _docs())
    assert [(e.incident.event, len(e.incident.claims)) for e in entries] == [
        ("killed", 2),
        ("displaced", 1),
    ]
    first = entries[0].to_dict()
    assert {k: first[k] for k in ("place", "start", "end", "event", "min", "max", "grade")} == {
        "place": "Kessel",
        "start": "2031-03-02",
        "end": "2031-03-02",
        "event": "killed",
        "min": 14,
        "max": 22,
        "grade": "corroborated",
    }
    assert {c["doc_id"]: c["speaker"] for c in first["claims"]} == {
        "wire-1": None,
        "post-1": "The Health Office",
    }
    assert set(first["claims"][0]) >= {
        "doc_id",
        "start",
        "end",
        "low",
        "high",
        "counts",
        "speaker",
        "outlet",
    }


@pytest.mark.parametrize(
    ("where", "events"),
    [
        (LedgerFilter(places=("Orman",)), ["displaced"]),
        (LedgerFilter(events=("killed",)), ["killed"]),
        (LedgerFilter(since=date(2031, 4, 1)), ["displaced"]),
        (LedgerFilter(until=date(2031, 3, 31)), ["killed"]),
        (LedgerFilter(sources=("health office",)), ["killed"]),
        (LedgerFilter(sources=("Orman Post",)), ["killed", "displaced"]),
        (LedgerFilter(places=("Nowhere",)), []),
    ],
)
def test_ledger_filters(where: LedgerFilter, events: list[str]) -> None:
    entries = ledger_of((b.pair() for b in _docs()), where=where)
    assert [e.incident.event for e in entries] == events


def test_ledger_date_option_must_be_a_day() -> None:
    assert parse_date_option("2031-03-02") == date(2031, 3, 2)
    with pytest.raises(ConfigError, match="E401"):
        parse_date_option("March 2")


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store("sqlite://") as s:
        yield s


def _add(store: Store, b: Builder, *, drop_places: bool = False) -> None:
    data = b.analysis.to_dict()
    if drop_places:
        del data["places"]
    store.add_document(b.document, sentences=b.analysis.sentences, analysis=data)


def test_ledger_from_a_store(store: Store) -> None:
    for b in _docs():
        _add(store, b)
    entries = build_ledger(store)
    assert [e.incident.event for e in entries] == ["killed", "displaced"]
    assert entries[0].incident.place is not None


def test_ledger_reads_analyses_stored_before_places(store: Store) -> None:
    for b in _docs():
        _add(store, b, drop_places=True)
    stored = store.get_analysis("wire-1")
    assert stored is not None and "places" not in stored
    assert Analysis.from_dict(stored).places == []
    entries = build_ledger(store)
    # Without places nothing can be placed, so nothing merges: each claim stands alone.
    assert len(entries) == 3
    assert all(e.incident.place is None for e in entries)


def test_ledger_of_an_empty_store_says_how_to_fill_it(store: Store) -> None:
    with pytest.raises(RetoldError, match="E402"):
        build_ledger(store)


def test_analysis_round_trips_places() -> None:
    (b, *_) = _docs()
    again = Analysis.from_dict(b.analysis.to_dict())
    assert again.places == b.analysis.places


@pytest.mark.slow
def test_ledger_analyses_again_what_was_stored_before_places(store: Store, nlp: Language) -> None:
    doc = Document(
        id="old-1",
        text="At least 14 civilians were killed in an air strike in Homs on June 1, "
        "the Syrian Observatory said.",
        outlet="Delta News",
        published="2030-06-03",
    )
    ((_, analysis),) = analyse(nlp, [doc])
    data = analysis.to_dict()
    del data["places"]
    store.add_document(doc, sentences=analysis.sentences, analysis=data)
    (unplaced,) = build_ledger(store)
    assert unplaced.incident.place is None
    (placed,) = build_ledger(store, nlp=lambda: nlp)
    assert placed.incident.place is not None and placed.incident.place.name == "Homs"
    assert "places" not in (store.get_analysis("old-1") or {})


def test_ledger_place_filter_takes_any_spelling_the_gazetteer_knows() -> None:
    from retold.ledger import LedgerEntry
    from retold.ledger.claims import PlaceRef
    from retold.ledger.grading import grade_incident
    from retold.ledger.incidents import group_claims

    from ._claims import claim

    mosul = PlaceRef("99072", "Mosul", "city", "IQ")
    (incident,) = group_claims([claim("a", 5, 5, ("2031-01-01", "2031-01-01"), place=mosul)])
    entry = LedgerEntry(incident, grade_incident(incident, {}))
    assert LedgerFilter(places=("Mossul",)).keeps(entry)
    assert LedgerFilter(places=("al-Mawsil",)).keeps(entry)
    assert not LedgerFilter(places=("Aleppo",)).keeps(entry)
