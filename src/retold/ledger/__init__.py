"""The civilian-harm ledger: who claims how many people were killed, injured, displaced or detained.

Reads the analyses a store already holds (no pipeline run), turns each harm
figure into a claim (:mod:`.claims`), groups claims into incidents
(:mod:`.incidents`) and grades each incident (:mod:`.grading`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language

from ..document import Document
from ..errors import ConfigError, Errors, RetoldError
from ..facts.places import fold_place_name, lookup_place
from ..records import Analysis
from ..store import Store
from .claims import EVENTS, Claim, PlaceRef, claims_of
from .grading import (
    GRADES,
    Grade,
    Grading,
    Statement,
    assign_statements,
    grade_incident,
    statements_of,
)
from .incidents import Incident, group_claims

__all__ = [
    "EVENT_KINDS",
    "GRADES",
    "Claim",
    "Grade",
    "Grading",
    "Incident",
    "LedgerEntry",
    "LedgerFilter",
    "PlaceRef",
    "build_ledger",
    "ledger_of",
    "parse_date_option",
]

EVENT_KINDS: tuple[str, ...] = tuple(EVENTS.values())


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """An incident (or aggregate, or campaign total) with its grade: one row of the ledger."""

    incident: Incident
    grading: Grading

    @property
    def scope(self) -> str:
        return self.incident.scope

    def to_dict(self) -> dict[str, Any]:
        i, g = self.incident, self.grading
        return {
            "place": i.place.name if i.place else None,
            "place_key": i.place.key if i.place else None,
            "country": i.place.country if i.place else None,
            "start": i.start.isoformat() if i.start else None,
            "end": i.end.isoformat() if i.end else None,
            "event": i.event,
            "scope": i.scope,
            "min": i.low,
            "max": i.high,
            "max_open": i.high_open,
            "grade": g.grade,
            "sources": g.sources,
            "agree": list(g.agree),
            "disagree": list(g.disagree),
            "acknowledged": g.acknowledged,
            "acknowledged_by": list(g.acknowledged_by),
            "denied_by": list(g.denied_by),
            "disputed_by": list(g.disputed_by),
            "claims": [c.to_dict() for c in i.claims],
        }


@dataclass(frozen=True, slots=True)
class LedgerFilter:
    """Which entries to keep; every field left empty keeps everything."""

    places: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    events: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def keeps(self, entry: LedgerEntry) -> bool:
        i = entry.incident
        if self.events and i.event not in self.events:
            return False
        if self.since is not None and (i.end is None or i.end < self.since):
            return False
        if self.until is not None and (i.start is None or i.start > self.until):
            return False
        if self.places and not any(_at_place(i, p) for p in self.places):
            return False
        if self.sources and not any(_from_source(i, s) for s in self.sources):
            return False
        return True


def _at_place(incident: Incident, name: str) -> bool:
    """A place filter matches the incident's place by gazetteer key, or by folded name."""
    wanted = lookup_place(name)
    names = [incident.place.name] if incident.place else []
    names += [c.place_text for c in incident.claims if c.place_text]
    if wanted is not None and incident.place is not None and incident.place.key == wanted.key:
        return True
    folded = fold_place_name(name)
    return bool(folded) and any(folded == fold_place_name(n) for n in names)


def _from_source(incident: Incident, name: str) -> bool:
    """A source filter matches any claim's speaker, outlet or relay (case-insensitive part)."""
    needle = name.casefold()
    return any(needle in link.casefold() for c in incident.claims for link in c.chain)


def parse_date_option(value: str) -> date:
    """A --since/--until value: an ISO day (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(Errors.E401.format(value=value)) from None


def ledger_of(
    documents: Iterable[tuple[Document, Analysis]],
    *,
    where: LedgerFilter | None = None,
) -> list[LedgerEntry]:
    """The ledger of analysed documents: incidents sorted by date, each graded."""
    claims: list[Claim] = []
    statements: dict[str, list[Statement]] = {}
    for document, analysis in documents:
        found = claims_of(document, analysis)
        if not found:
            continue
        claims += found
        statements[document.id] = statements_of(
            document.id, document.text, analysis, document.outlet or None
        )
    incidents = group_claims(claims)
    entries = [
        LedgerEntry(i, grade_incident(i, said))
        for i, said in zip(incidents, assign_statements(incidents, statements), strict=True)
    ]
    return [e for e in entries if where is None or where.keeps(e)]


def _stored(
    store: Store, nlp: Callable[[], Language] | None
) -> Iterator[tuple[Document, Analysis]]:
    """Each stored document with its analysis; one stored before places were extracted is
    analysed again in memory when ``nlp`` is given (the store is left as it is)."""
    for document in store.iter_documents():
        data = store.get_analysis(document.id)
        if data is None:
            continue
        if "places" not in data and nlp is not None:
            from ..pipeline import analyse

            yield from analyse(nlp(), [document])
        else:
            yield document, Analysis.from_dict(data)


def build_ledger(
    store: Store,
    *,
    where: LedgerFilter | None = None,
    nlp: Callable[[], Language] | None = None,
) -> list[LedgerEntry]:
    """The ledger of every document in a store, from the analyses stored at ingest.

    ``nlp`` loads the pipeline, for analyses stored before places were part of
    them; without it such documents keep no places, and their claims stay apart.
    """
    if store.count_documents() == 0:
        raise RetoldError(Errors.E402)
    return ledger_of(_stored(store, nlp), where=where)
