"""Harm figures become claims: which figures, when, where, who says it and whom it blames."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from retold.ledger.claims import CAMPAIGN_MIN_DAYS, LOOKBACK_DAYS, claims_of

from ._build import Builder


def _market() -> Builder:
    text = (
        "Eleven civilians were killed on 4 May in a shelling of the Dorvan quarter of Kessel, "
        "the Kessel Medical Board said. Forty homes were damaged"
    )
    return (
        Builder("kessel-board", text, outlet="Valley Wire", published="2031-05-06")
        .figure("Eleven", 11, 11)
        .figure(
            "Forty", 40, 40, counted="homes", counted_class="structure", predicate_class="damage"
        )
        .time("4 May", "2031-05-04", "2031-05-04", anchor="kill")
        .place("Dorvan", "text:dorvan@kessel-key", "district", city="Kessel")
        .place("Kessel", "kessel-key", after=60)
        .said(
            "the Kessel Medical Board",
            "said",
            "Eleven civilians were killed on 4 May in a shelling of the Dorvan quarter of Kessel",
        )
    )


def test_claims_keep_only_figures_of_people_harmed() -> None:
    claims = claims_of(*_market().pair())
    assert [c.text for c in claims] == ["Eleven"]
    assert claims[0].event == "killed"


def test_claims_reports_and_percentages_are_not_harm() -> None:
    b = Builder(
        "reports",
        "The agency received 41 reports and 3 percent of them were killed cases.",
        outlet="Agency",
        published="2031-01-01",
    )
    b.figure("41", 41, 41, counted="reports", counted_class="report")
    b.figure("3 percent", 3, 3, counted_class=None, kind="percent")
    assert claims_of(*b.pair()) == []


def test_claims_date_from_the_sentence_when_it_dates_the_event() -> None:
    (claim,) = claims_of(*_market().pair())
    assert (claim.day_start, claim.day_end, claim.dated_by) == (
        "2031-05-04",
        "2031-05-04",
        "sentence",
    )
    assert claim.scope == "incident"


def test_claims_a_district_counts_as_its_city() -> None:
    (claim,) = claims_of(*_market().pair())
    assert claim.place is not None
    assert claim.place.key == "kessel-key"
    assert claim.place_text == "Dorvan"


def test_claims_speaker_outlet_chain_and_passage() -> None:
    (claim,) = claims_of(*_market().pair())
    assert claim.speaker == "the Kessel Medical Board"
    assert claim.outlet == "Valley Wire"
    assert claim.chain == ("Valley Wire", "the Kessel Medical Board")
    assert claim.passage.startswith("Eleven civilians were killed on 4 May")
    assert claim.published == "2031-05-06"


def test_claims_a_date_that_dates_the_report_puts_the_event_before_it() -> None:
    b = Builder(
        "report-dated",
        "Officials in Kessel said on Sunday that 30 people died",
        outlet="Valley Wire",
        published="2031-05-09",
    )
    b.figure("30", 30, 30, counted="people").place("Kessel", "kessel-key")
    b.time("Sunday", "2031-05-08", "2031-05-08", anchor="say")
    (claim,) = claims_of(*b.pair())
    assert claim.dated_by == "report"
    assert claim.day_end == "2031-05-08"
    assert claim.day_start == (date(2031, 5, 8) - timedelta(days=LOOKBACK_DAYS)).isoformat()


def test_claims_without_a_date_use_the_publication() -> None:
    b = Builder(
        "undated", "At least 12 people were killed in Kessel", outlet="Wire", published="2031-05-20"
    )
    b.figure("At least 12", 12, None, counted="people").place("Kessel", "kessel-key")
    (claim,) = claims_of(*b.pair())
    assert (claim.dated_by, claim.day_end) == ("published", "2031-05-20")
    assert claim.upper == 12


def test_claims_without_any_date_stay_undated() -> None:
    b = Builder("nodate", "At least 12 people were killed in Kessel", outlet="Wire", published=None)
    b.figure("At least 12", 12, None, counted="people").place("Kessel", "kessel-key")
    (claim,) = claims_of(*b.pair())
    assert (claim.dated_by, claim.day_start, claim.day_end) == ("none", None, None)


def test_claims_since_a_date_is_a_running_total_over_a_campaign() -> None:
    b = Builder(
        "since",
        "Some 900 civilians have been killed since the siege of Kessel began on 1 February",
        outlet="Monitor",
        published="2031-05-01",
    )
    b.figure("900", 900, 900).place("Kessel", "kessel-key")
    b.time("1 February", "2031-02-01", "2031-02-01", anchor="begin")
    (claim,) = claims_of(*b.pair())
    assert (claim.day_start, claim.day_end) == ("2031-02-01", "2031-05-01")
    assert claim.scope == "campaign"


def test_claims_a_short_since_stays_an_incident() -> None:
    assert (date(2031, 5, 1) - date(2031, 4, 28)).days < CAMPAIGN_MIN_DAYS
    b = Builder(
        "since-short",
        "Some 40 civilians have been killed since the flood hit Kessel on 28 April",
        outlet="Monitor",
        published="2031-05-01",
    )
    b.figure("40", 40, 40).place("Kessel", "kessel-key")
    b.time("28 April", "2031-04-28", "2031-04-28", anchor="hit")
    (claim,) = claims_of(*b.pair())
    assert claim.scope == "incident"
    assert (claim.day_start, claim.day_end) == ("2031-04-28", "2031-05-01")


def test_claims_two_separate_days_make_an_aggregate() -> None:
    b = Builder(
        "two-days",
        "Dozens of civilians were killed in raids on 3 June and 9 June in Kessel",
        outlet="Monitor",
        published="2031-06-10",
    )
    b.figure("Dozens", 24, 99, kind="vague").place("Kessel", "kessel-key")
    b.time("3 June", "2031-06-03", "2031-06-03", anchor="kill")
    b.time("9 June", "2031-06-09", "2031-06-09", anchor="kill")
    (claim,) = claims_of(*b.pair())
    assert claim.scope == "aggregate"
    assert (claim.day_start, claim.day_end) == ("2031-06-03", "2031-06-09")


def test_claims_place_falls_back_to_the_last_city_named_before() -> None:
    text = "Fighting went on in Kessel. About 70 people died in the city"
    b = Builder("backref", text, outlet="Wire", published="2031-01-05")
    b.place("Kessel", "kessel-key").figure("About 70", 63, 77, counted="people")
    (claim,) = claims_of(*b.pair())
    assert claim.place is not None and claim.place.key == "kessel-key"


def test_claims_a_district_without_its_city_takes_the_documents_city() -> None:
    text = "Strikes hit Kessel. Nine people were killed in the Dorvan district. Kessel is large"
    b = Builder("district", text, outlet="Wire", published="2031-01-05")
    b.place("Kessel", "kessel-key").place("Kessel", "kessel-key", after=30)
    b.place("Dorvan", "text:dorvan", "district").figure("Nine", 9, 9, counted="people")
    (claim,) = claims_of(*b.pair())
    assert claim.place is not None and claim.place.key == "kessel-key"


def test_claims_skip_the_dateline() -> None:
    text = "OSTRAVEN, May 2. Nine people were killed in an attack"
    b = Builder("dateline", text, outlet="Wire", published="2031-05-02")
    b.place("OSTRAVEN", "ostraven-key").figure("Nine", 9, 9, counted="people")
    (claim,) = claims_of(*b.pair())
    assert claim.place is None


def test_claims_a_count_of_families_is_marked() -> None:
    b = Builder(
        "families", "Six families were killed in Kessel", outlet="Wire", published="2031-01-05"
    )
    b.figure("Six", 6, 6, counted="families").place("Kessel", "kessel-key")
    (claim,) = claims_of(*b.pair())
    assert claim.counts_groups


def test_claims_name_whom_the_sentence_blames() -> None:
    b = Builder(
        "blame",
        "Twenty civilians were killed by Norlandian-led coalition aircraft in Kessel",
        outlet="Wire",
        published="2031-01-05",
    )
    b.figure("Twenty", 20, 20).place("Kessel", "kessel-key")
    (claim,) = claims_of(*b.pair())
    assert {"coalition", "norlandian", "norlandia"} <= claim.blamed


def test_claims_unnamed_speakers_are_not_origins_of_their_own() -> None:
    text = "Nine people were killed in Kessel, local residents said"
    b = Builder("generic", text, outlet="Wire", published="2031-01-05")
    b.figure("Nine", 9, 9, counted="people").place("Kessel", "kessel-key")
    b.said("local residents", "said", "Nine people were killed in Kessel")
    (claim,) = claims_of(*b.pair())
    assert claim.speaker == "local residents"
    assert claim.origin.startswith("outlet:wire")


def test_claims_smaller_figures_of_the_same_event_in_a_sentence_are_parts() -> None:
    b = Builder(
        "parts",
        "Nine people were killed in Kessel, including four women, and 30 were injured",
        outlet="Wire",
        published="2031-01-05",
    )
    b.figure("Nine", 9, 9, counted="people").figure("four", 4, 4, counted="women")
    b.figure("30", 30, 30, counted="people", predicate_class="injury")
    b.place("Kessel", "kessel-key")
    claims = {c.text: c for c in claims_of(*b.pair())}
    assert [claims[t].part for t in ("Nine", "four", "30")] == [False, True, False]
    assert not claims["four"].in_range and claims["Nine"].in_range


def test_claims_a_year_is_a_vague_date_not_a_campaign() -> None:
    b = Builder(
        "history",
        "A tsunami killed more than 150 people in Kessel in 1946",
        outlet="Wire",
        published="2031-01-05",
    )
    b.figure("more than 150", 150, None, counted="people").place("Kessel", "kessel-key")
    b.time("1946", "1946-01-01", "1946-12-31", anchor="kill", kind="year")
    (claim,) = claims_of(*b.pair())
    assert (claim.scope, claim.day_start, claim.day_end) == ("incident", "1946-01-01", "1946-12-31")


@pytest.mark.parametrize(
    ("speaker", "named"),
    [
        ("Russia", True),
        ("Sergey Lavrov", True),
        ("the Iraqi Observatory for Human Rights", True),
        ("local residents", False),
        ("a survivor", False),
        ("Rescue workers", False),
    ],
)
def test_claims_named_and_unnamed_speakers(speaker: str, named: bool) -> None:
    text = f"Nine people were killed in Kessel, {speaker} said"
    b = Builder("who", text, outlet="Wire", published="2031-01-05")
    b.figure("Nine", 9, 9, counted="people").place("Kessel", "kessel-key")
    b.said(speaker, "said", "Nine people were killed in Kessel")
    (claim,) = claims_of(*b.pair())
    assert claim.origin.startswith("speaker:") is named


def test_claims_a_town_before_the_strike_is_where_not_who() -> None:
    b = Builder(
        "where",
        "A Kessel airstrike by Norlandian jets killed 12 people",
        outlet="Wire",
        published="2031-01-05",
    )
    b.figure("12", 12, 12, counted="people").place("Kessel", "kessel-key")
    (claim,) = claims_of(*b.pair())
    assert "kessel" not in claim.blamed
    assert "norlandian" in claim.blamed
