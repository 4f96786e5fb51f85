"""Grouping claims into incidents: place, overlapping days and kind of event, nothing else."""

from __future__ import annotations

from datetime import date

from retold.ledger.incidents import group_claims

from ._claims import ORMAN, claim

DAY = ("2031-03-10", "2031-03-10")
MONTH = ("2031-03-01", "2031-03-31")


def test_incidents_same_place_overlapping_days_same_event_are_one() -> None:
    (incident,) = group_claims(
        [claim("a", 10, 10, DAY), claim("b", 12, 20, MONTH), claim("c", 15, None, DAY)]
    )
    assert [c.doc_id for c in incident.claims] == ["a", "c", "b"]
    assert (incident.start, incident.end) == (date(2031, 3, 10), date(2031, 3, 10))
    assert (incident.low, incident.high) == (10, 20)


def test_incidents_other_place_other_days_other_event_stay_apart() -> None:
    incidents = group_claims(
        [
            claim("a", 10, 10, DAY),
            claim("b", 10, 10, DAY, place=ORMAN),
            claim("c", 10, 10, ("2031-03-12", "2031-03-12")),
            claim("d", 10, 10, DAY, event="injured"),
        ]
    )
    assert len(incidents) == 4
    assert [i.start for i in incidents] == [date(2031, 3, 10)] * 3 + [date(2031, 3, 12)]


def test_incidents_a_vague_claim_over_two_incidents_is_an_aggregate() -> None:
    incidents = group_claims(
        [
            claim("a", 10, 10, ("2031-03-05", "2031-03-05")),
            claim("b", 7, 7, ("2031-03-20", "2031-03-20")),
            claim("c", 30, 30, MONTH),
        ]
    )
    assert [i.scope for i in incidents] == ["aggregate", "incident", "incident"]
    assert [c.doc_id for c in incidents[0].claims] == ["c"]


def test_incidents_narrow_claims_found_the_incident_whatever_the_order() -> None:
    one = group_claims([claim("wide", 30, 30, MONTH), claim("day", 10, 10, DAY)])
    other = group_claims([claim("day", 10, 10, DAY), claim("wide", 30, 30, MONTH)])
    assert len(one) == len(other) == 1
    assert one[0].start == other[0].start == date(2031, 3, 10)


def test_incidents_campaign_totals_never_join_an_incident() -> None:
    incidents = group_claims(
        [
            claim("a", 10, 10, DAY),
            claim("t", 229, None, ("2029-01-01", "2031-04-01"), scope="campaign"),
        ]
    )
    assert sorted(i.scope for i in incidents) == ["campaign", "incident"]
    assert all(len(i.claims) == 1 for i in incidents)


def test_incidents_unplaced_or_undated_claims_stand_alone() -> None:
    incidents = group_claims(
        [
            claim("a", 10, 10, DAY, place=None),
            claim("b", 10, 10, DAY, place=None),
            claim("c", 5, 5, (None, None)),
        ]
    )
    assert len(incidents) == 3


def test_incidents_group_counts_stay_out_of_the_range() -> None:
    (incident,) = group_claims([claim("a", 6, 6, DAY, groups=True), claim("b", 30, 30, DAY)])
    assert (incident.low, incident.high) == (30, 30)
    assert len(incident.claims) == 2


def test_incidents_open_upper_bound_gives_its_lower_bound_to_the_maximum() -> None:
    (incident,) = group_claims([claim("a", 100, None, DAY), claim("b", 180, 220, DAY)])
    assert (incident.low, incident.high) == (100, 220)
    (alone,) = group_claims([claim("a", 200, None, DAY)])
    assert (alone.low, alone.high) == (200, 200)


def test_incidents_max_is_open_only_when_nothing_closes_it() -> None:
    (open_,) = group_claims([claim("a", 200, None, DAY), claim("b", 20, 30, DAY)])
    assert (open_.high, open_.high_open) == (200, True)
    (closed,) = group_claims([claim("a", 200, None, DAY), claim("b", 180, 220, DAY)])
    assert (closed.high, closed.high_open) == (220, False)
