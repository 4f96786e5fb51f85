"""Grouping claims into incidents: same place, overlapping days, same kind of event.

Claims are taken narrowest window first, so that incidents are founded by the
claims that date them best ("on March 17") and vaguer ones ("last month", "in
the days before this report") join the one incident they overlap. A claim
whose window overlaps two or more incidents of its place and kind cannot be
told apart between them and stands on its own as an aggregate; so does one
whose sentence names two separate days. Running totals over a campaign (a
window of :data:`~.claims.CAMPAIGN_MIN_DAYS` days or more) are grouped among
themselves, never with incidents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .claims import Claim, PlaceRef, Scope, parse_day

__all__ = ["Incident", "group_claims"]


@dataclass(slots=True)
class Incident:
    """Claims about one event: where, when (the days all its claims allow), what, and how many."""

    place: PlaceRef | None
    start: date | None
    end: date | None
    event: str
    scope: Scope
    claims: list[Claim] = field(default_factory=list)

    @property
    def counted(self) -> list[Claim]:
        """The claims that count people, which make the range."""
        return [c for c in self.claims if c.in_range]

    @property
    def low(self) -> float | None:
        values = [c.low for c in self.counted if c.low is not None]
        return min(values) if values else None

    @property
    def high(self) -> float | None:
        values = [c.upper for c in self.counted if c.upper is not None]
        return max(values) if values else None

    @property
    def high_open(self) -> bool:
        """Whether the maximum is an open bound ("more than 200" and nothing higher)."""
        high = self.high
        return high is not None and not any(
            c.high is not None and c.high >= high for c in self.counted
        )

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(c.outlet for c in self.claims if c.outlet))

    def overlaps(self, start: date | None, end: date | None) -> bool:
        if self.start is None or self.end is None or start is None or end is None:
            return False
        return start <= self.end and self.start <= end

    def add(self, claim: Claim) -> None:
        """Join a claim; the incident's days narrow to what every claim allows."""
        self.claims.append(claim)
        start, end = parse_day(claim.day_start), parse_day(claim.day_end)
        if start is not None and end is not None and self.overlaps(start, end):
            assert self.start is not None and self.end is not None
            self.start, self.end = max(self.start, start), min(self.end, end)


def _place_key(place: PlaceRef | None) -> str | None:
    return place.key if place is not None else None


def _width(claim: Claim) -> int:
    start, end = parse_day(claim.day_start), parse_day(claim.day_end)
    if start is None or end is None:
        return 1 << 30
    return (end - start).days


def _new(claim: Claim, scope: Scope) -> Incident:
    incident = Incident(
        place=claim.place,
        start=parse_day(claim.day_start),
        end=parse_day(claim.day_end),
        event=claim.event,
        scope=scope,
    )
    incident.claims.append(claim)
    return incident


def group_claims(claims: Iterable[Claim]) -> list[Incident]:
    """Incidents, aggregates and campaign totals from claims, sorted by date then place."""
    ordered = sorted(claims, key=lambda c: (_width(c), c.day_start or "", c.doc_id, c.start))
    incidents: list[Incident] = []
    for claim in ordered:
        start, end = parse_day(claim.day_start), parse_day(claim.day_end)
        if claim.place is None or start is None or end is None or claim.scope == "aggregate":
            incidents.append(_new(claim, claim.scope))
            continue
        matches = [
            i
            for i in incidents
            if i.scope == claim.scope
            and i.event == claim.event
            and _place_key(i.place) == claim.place.key
            and i.overlaps(start, end)
        ]
        if len(matches) == 1:
            matches[0].add(claim)
        elif matches and claim.scope == "incident":
            incidents.append(_new(claim, "aggregate"))
        elif matches:
            matches[0].add(claim)
        else:
            incidents.append(_new(claim, claim.scope))
    for incident in incidents:
        incident.claims.sort(key=lambda c: (c.published or "", c.doc_id, c.start))
    incidents.sort(
        key=lambda i: (
            i.start or date.max,
            i.end or date.max,
            i.place.name if i.place else "",
            i.event,
        )
    )
    return incidents
