"""compare_figures on hand-made Figure records: same, compatible, number, unit, unrelated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from retold.compare.figures import compare_figures, intervals_overlap, paid_to, told
from retold.records import Figure

INF = None


def fig(
    text: str,
    low: float | None,
    high: float | None,
    *,
    value: float | None = None,
    low_open: bool = False,
    high_open: bool = False,
    qualifier: str | None = None,
    counted: str | None = "people",
    counted_class: str | None = "person",
    predicate: str | None = "kill",
    predicate_class: str | None = "death",
    kind: str = "cardinal",
) -> Figure:
    """A figure as the pipeline would record it; ``value`` defaults to the bound given."""
    if value is None:
        value = high if high is not None else low
    return Figure(
        start=0,
        end=len(text),
        text=text,
        value=value,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        qualifier=qualifier,
        kind=kind,
        counted=counted,
        counted_text=counted,
        counted_class=counted_class,
        predicate=predicate,
        predicate_class=predicate_class,
    )


UP_TO_100_KILLED = fig("up to 100", 0, 100, value=100, qualifier="up to", counted="civilian")
MORE_THAN_200_KILLED = fig(
    "more than 200", 200, INF, low_open=True, qualifier="more than", counted="civilian"
)
PEOPLE_396_KILLED = fig("396", 396, 396)
REPORTS_396 = fig(
    "396",
    396,
    396,
    counted="report",
    counted_class="report",
    predicate="receive",
    predicate_class=None,
)
HOMES_2207 = fig(
    "2,207",
    2207,
    2207,
    counted="home",
    counted_class="structure",
    predicate="destroy",
    predicate_class="damage",
)
STRUCTURES_2207 = fig(
    "2,207",
    2207,
    2207,
    counted="structure",
    counted_class="structure",
    predicate="destroy",
    predicate_class="damage",
)
KILLED_34 = fig("34", 34, 34)
INJURED_34 = fig("34", 34, 34, predicate="injure", predicate_class="injury")
AT_LEAST_229 = fig("at least 229", 229, INF, value=229, qualifier="at least")
SCHOOLS_12 = fig(
    "12",
    12,
    12,
    counted="school",
    counted_class="structure",
    predicate="damage",
    predicate_class="damage",
)
PERCENT_34 = fig(
    "34%",
    34,
    34,
    counted=None,
    counted_class="percentage",
    predicate=None,
    predicate_class=None,
    kind="percent",
)
CASUALTIES_34 = fig(
    "34", 34, 34, counted="casualty", predicate="casualty", predicate_class="casualty"
)
CHILDREN_34 = fig("34", 34, 34, counted="children")

PAIRS = [
    pytest.param(UP_TO_100_KILLED, MORE_THAN_200_KILLED, "number", id="up-to-100-vs-more-than-200"),
    pytest.param(PEOPLE_396_KILLED, REPORTS_396, "unit", id="396-killed-vs-396-reports"),
    pytest.param(HOMES_2207, STRUCTURES_2207, "unit", id="2207-homes-vs-2207-structures"),
    pytest.param(KILLED_34, INJURED_34, "unit", id="34-killed-vs-34-injured"),
    pytest.param(AT_LEAST_229, PEOPLE_396_KILLED, "compatible", id="at-least-229-vs-396"),
    pytest.param(PEOPLE_396_KILLED, fig("396", 396, 396), "same", id="396-vs-396"),
    pytest.param(SCHOOLS_12, KILLED_34, "unrelated", id="12-schools-vs-34-killed"),
    pytest.param(KILLED_34, PERCENT_34, "unrelated", id="34-killed-vs-34-percent"),
]


@pytest.mark.parametrize(("claim", "found", "outcome"), PAIRS)
def test_figures_compare_outcome(claim: Figure, found: Figure, outcome: str) -> None:
    assert compare_figures(claim, found).outcome == outcome


@pytest.mark.parametrize(("found", "claim", "outcome"), PAIRS)
def test_figures_compare_outcome_mirrored(found: Figure, claim: Figure, outcome: str) -> None:
    assert compare_figures(claim, found).outcome == outcome


def test_figures_casualties_are_not_a_changed_unit() -> None:
    # "Casualties" may be deaths: the same count of casualties and of dead is not a unit change.
    assert compare_figures(CASUALTIES_34, KILLED_34).outcome == "same"


def test_figures_children_for_people_is_a_unit_change() -> None:
    assert compare_figures(CHILDREN_34, KILLED_34).outcome == "unit"


def test_figures_cadets_for_people_is_a_unit_change_and_visitors_for_holidaymakers_is_not() -> None:
    cadets = fig("21", 21, 21, counted="cadet")
    assert compare_figures(cadets, fig("21", 21, 21)).outcome == "unit"
    visitors = fig("25", 25, 25, counted="visitor")
    holidaymakers = fig("25", 25, 25, counted="holidaymaker")
    assert compare_figures(visitors, holidaymakers).outcome == "same"


def test_figures_households_for_residents_is_a_unit_change() -> None:
    households = fig(
        "50,000",
        50000,
        50000,
        counted="household",
        predicate="move",
        predicate_class="displacement",
    )
    residents = replace(households, counted="resident")
    families = replace(households, counted="family")
    assert compare_figures(households, residents).outcome == "unit"
    assert compare_figures(residents, households).outcome == "unit"
    assert compare_figures(households, families).outcome == "same"


def test_figures_unit_reason_names_what_the_source_counts() -> None:
    reason = compare_figures(PEOPLE_396_KILLED, REPORTS_396).reason
    assert "report" in reason


def test_figures_unit_reason_names_the_source_predicate() -> None:
    reason = compare_figures(KILLED_34, INJURED_34).reason
    assert "injure" in reason


def test_figures_number_reason_quotes_both_figures() -> None:
    reason = compare_figures(UP_TO_100_KILLED, MORE_THAN_200_KILLED).reason
    assert "up to 100" in reason and "more than 200" in reason


def test_figures_qualifier_change_is_compatible_not_same() -> None:
    about = fig("about 400", 360, 440, value=400, qualifier="about")
    assert compare_figures(about, fig("400", 400, 400)).outcome == "compatible"


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (fig("more than 200", 200, INF, low_open=True), fig("200", 200, 200), False),
        (fig("at least 200", 200, INF), fig("200", 200, 200), True),
        (fig("fewer than 50", INF, 50, high_open=True), fig("50", 50, 50), False),
        (fig("up to 50", 0, 50), fig("50", 50, 50), True),
        (fig("10", 10, 10), fig("11", 11, 11), False),
        (fig("dozens", INF, INF, value=24), fig("11", 11, 11), True),
    ],
)
def test_figures_intervals_overlap(a: Figure, b: Figure, overlap: bool) -> None:
    assert intervals_overlap(a, b) is overlap
    assert intervals_overlap(b, a) is overlap


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        # A ceiling far above the source's figure overstates it, though the ranges overlap.
        (
            fig("up to 21 thousand", 0, 21000, qualifier="up to"),
            fig("about 11,800", 10620, 12980, value=11800, qualifier="about"),
            "number",
        ),
        # A ceiling near the figure is a fair rounding up.
        (
            fig("up to 13,000", 0, 13000, qualifier="up to"),
            fig("about 11,800", 10620, 12980, value=11800, qualifier="about"),
            "compatible",
        ),
    ],
)
def test_figures_ceiling_against_a_point(claim: Figure, found: Figure, expected: str) -> None:
    assert compare_figures(claim, found).outcome == expected


def test_figures_floor_far_below_the_figure_is_a_number_change() -> None:
    claim = fig("more than 1,300", 1300, INF, low_open=True, qualifier="more than")
    found = fig("about 13,000", 11700, 14300, value=13000, qualifier="about")
    result = compare_figures(claim, found)
    assert result.outcome == "number" and "far below" in result.reason
    # Mirror: a floor just under the figure is how reporters round.
    near = fig("more than 12,000", 12000, INF, low_open=True, qualifier="more than")
    assert compare_figures(near, found).outcome == "compatible"


def test_a_share_of_children_against_a_share_of_women_changes_what_is_counted() -> None:
    from dataclasses import replace

    children = replace(fig("a quarter", 0.25, 0.25, counted=None), population="child")
    women = replace(fig("a quarter", 0.25, 0.25, counted=None), population="woman")
    assert compare_figures(women, children).outcome == "unit"
    assert compare_figures(children, children).outcome == "same"


def test_the_same_population_named_by_its_noun_or_by_a_group_word_is_the_same() -> None:
    from dataclasses import replace

    narrowed = replace(fig("34", 34, 34, counted="victim"), population="child")
    assert compare_figures(fig("34", 34, 34, counted="child"), narrowed).outcome == "same"
    assert compare_figures(fig("34", 34, 34, counted="people"), narrowed).outcome != "unit"


def test_a_floor_at_the_top_of_a_range_is_a_number_change() -> None:
    projected = fig("18,000 to 20,000", 18000, 20000, value=None)
    floor = fig("at least 20,000", 20000, None, qualifier="at least")
    assert compare_figures(floor, projected).outcome == "number"
    assert compare_figures(fig("up to 18,000", 0, 18000, qualifier="up to"), projected).outcome == (
        "number"
    )
    low_floor = fig("at least 18,000", 18000, None, qualifier="at least")
    assert compare_figures(low_floor, projected).outcome == "compatible"
    assert compare_figures(fig("19,000", 19000, 19000), projected).outcome == "compatible"


def test_compare_a_stated_range_with_another_end_is_a_number_change() -> None:
    claim = fig("from 6 to 16", 6, 16, value=6, qualifier="between")
    found = fig("from 6 to 18", 6, 18, value=6, qualifier="between")
    assert compare_figures(claim, found).outcome == "number"
    assert compare_figures(found, found).outcome == "same"


def test_compare_floors_half_again_apart_describe_different_numbers() -> None:
    claim = fig("more than 20", 20, INF, low_open=True, qualifier="more than")
    found = fig("at least 12", 12, INF, qualifier="at least")
    assert compare_figures(claim, found).outcome == "number"
    # a floor just under the source's only says less
    near = fig("at least 21", 21, INF, qualifier="at least")
    assert compare_figures(claim, near).outcome == "compatible"


def test_compare_shares_of_the_same_thing() -> None:
    claim = fig("two-thirds", 2 / 3, 2 / 3, kind="fraction", counted="death")
    found = fig("about one-third", 0.3, 0.37, value=1 / 3, kind="fraction", counted="death")
    assert compare_figures(claim, found).outcome == "number"


def _span(text: str, low: float, high: float | None, unit: str, **kw: object) -> Figure:
    return fig(text, low, high, counted=unit, counted_class="duration", predicate=None,
               predicate_class=None, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_compare_durations_are_one_measure_across_units() -> None:
    hours = _span("more than two", 2, INF, "hour", low_open=True, qualifier="more than")
    minutes = _span("more than 30", 30, INF, "minute", low_open=True, qualifier="more than")
    assert compare_figures(hours, minutes).outcome == "number"
    assert (
        compare_figures(_span("90", 90, 90, "minute"), _span("1.5", 1.5, 1.5, "hour")).outcome
        == "same"
    )


def test_compare_durations_orders_apart_are_different_spans() -> None:
    years = _span("six", 6, 6, "year")
    days = _span("within five", 0, 5, "day", qualifier="within")
    assert compare_figures(years, days).outcome == "unrelated"


def test_compare_a_raised_floor_claims_more_than_the_source_knows() -> None:
    claim = fig("more than 120", 120, INF, low_open=True, qualifier="more than")
    found = fig("at least 112", 112, INF, qualifier="at least")
    assert compare_figures(claim, found).outcome == "number"
    # a lower floor only says less
    lower = fig("more than 100", 100, INF, low_open=True, qualifier="more than")
    assert compare_figures(lower, found).outcome == "compatible"


def test_compare_a_group_counted_above_all_the_people_is_a_number_change() -> None:
    workers = fig("more than 120", 120, INF, low_open=True, qualifier="more than", counted="worker")
    people = fig("at least 112", 112, INF, qualifier="at least")
    assert compare_figures(workers, people).outcome == "number"
    fewer = fig("90", 90, 90, counted="worker")
    assert compare_figures(fewer, people).outcome == "unrelated"
    other_act = fig("7,000", 7000, 7000, counted="soldier", predicate="take part",
                    predicate_class=None)  # fmt: skip
    assert compare_figures(other_act, people).outcome == "unrelated"


def test_compare_the_dead_against_the_killed_or_wounded_are_different_counts() -> None:
    dead = fig("22", 22, 22, counted="toll", predicate="death")
    harmed = fig("more than 80", 80, INF, qualifier="more than", predicate_class="casualty")
    assert compare_figures(dead, harmed).outcome == "unrelated"
    # "casualties" may mean the dead alone: compared as a count of them
    loose = fig("more than 80", 80, INF, qualifier="more than", predicate="casualty",
                predicate_class="casualty")  # fmt: skip
    assert compare_figures(dead, loose).outcome == "number"


def _measure(text: str, low: float, high: float | None, unit: str, **kw: object) -> Figure:
    return fig(text, low, high, counted=unit, counted_class="object", predicate=None,
               predicate_class=None, **kw)  # type: ignore[arg-type]  # fmt: skip


def test_compare_weights_are_one_measure_across_units() -> None:
    tons = _measure("more than 32", 32, INF, "ton", low_open=True, qualifier="more than")
    kilograms = _measure("22,770", 22770, 22770, "kilogram")
    assert compare_figures(tons, kilograms).outcome == "number"
    assert compare_figures(_measure("about 23", 21, 25, "tonne", value=23), kilograms).outcome in (
        "compatible",
        "same",
    )


def test_compare_the_same_number_in_another_unit_is_a_unit_change() -> None:
    metres = _measure("12,000", 12000, 12000, "metre")
    feet = _measure("12,000", 12000, 12000, "foot")
    assert compare_figures(metres, feet).outcome == "unit"


def test_figures_voters_and_votes_are_one_count() -> None:
    def vote(text: str, n: float, counted: str) -> Figure:
        return fig(
            text, n, n, counted=counted, counted_class="object", predicate="vote",
            predicate_class="vote",
        )  # fmt: skip

    assert compare_figures(vote("96", 96, "country"), vote("93", 93, "vote")).outcome == "number"
    assert compare_figures(vote("24", 24, "country"), vote("24", 24, "vote")).outcome == "same"
    # without the vote, countries and votes are different things
    countries = fig("24", 24, 24, counted="country", counted_class="object", predicate_class=None)
    votes = fig("24", 24, 24, counted="vote", counted_class="object", predicate_class=None)
    assert compare_figures(countries, votes).outcome == "unit"


def test_figures_the_same_sum_in_another_currency_is_a_unit_change() -> None:
    dollars = fig(
        "40 billion dollars", 4e10, 4e10, kind="money", counted=None, counted_class="money"
    )
    reais = fig("40 billion reais", 4e10, 4e10, kind="money", counted=None, counted_class="money")
    assert compare_figures(dollars, reais).outcome == "unit"


def test_figures_sums_in_two_currencies_are_not_compared_as_numbers() -> None:
    dollars = fig("$11 billion", 1.1e10, 1.1e10, kind="money", counted=None, counted_class="money")
    reais = fig("40 billion reais", 4e10, 4e10, kind="money", counted=None, counted_class="money")
    assert compare_figures(dollars, reais).outcome == "unrelated"


def test_figures_soldiers_troops_and_service_members_are_one_group() -> None:
    soldiers = fig("more than 3,000", 3000, None, counted="soldier", predicate="send")
    troops = fig("about 2,030", 2030, 2030, counted="troop", predicate="send")
    members = fig("18", 18, 18, counted="member", predicate="send")
    members = replace(members, counted_text="service members")
    assert compare_figures(soldiers, troops).outcome == "number"
    assert (
        compare_figures(fig("28", 28, 28, counted="troop", predicate="send"), members).outcome
        == "number"
    )


def test_figures_armed_men_are_the_gunmen() -> None:
    gunmen = fig("25", 25, 25, counted="gunmen", predicate="take part", predicate_class=None)
    armed = replace(
        fig("25", 25, 25, counted="men", predicate="take part", predicate_class=None),
        counted_text="armed men",
    )
    assert compare_figures(gunmen, armed).outcome == "same"
    unarmed = replace(armed, counted_text="men")
    assert compare_figures(gunmen, unarmed).outcome == "unit"


def test_figures_patients_counted_as_the_dead_is_a_unit_change() -> None:
    dead = fig("3,600", 3600, 3600)
    patients = fig(
        "3,600", 3600, 3600, counted="patient", predicate="display", predicate_class=None
    )
    assert compare_figures(dead, patients).outcome == "unit"
    died = fig("13", 13, 13, counted="patient")  # "13 patients had died" are dead
    assert compare_figures(fig("31", 31, 31, counted="death"), died).outcome == "number"


def test_figures_terrorists_and_militants_are_one_count_of_fighters() -> None:
    terrorists = fig("more than 1,200", 1200, INF, low_open=True, counted="terrorist")
    militants = fig("920", 920, 920, counted="militant")
    assert compare_figures(terrorists, militants).outcome == "number"
    lost = fig("300,000", 300000, 300000, predicate="lose", predicate_class=None)
    hiding = fig("10 to 15", 10, 15, counted="terrorist", predicate="hide", predicate_class=None)
    assert compare_figures(lost, hiding).outcome == "unrelated"


def test_figures_the_affected_counted_as_the_homeless_is_a_unit_change() -> None:
    homeless = fig(
        "2.4 million", 2.4e6, 2.4e6, predicate="homeless", predicate_class="displacement"
    )
    affected = fig("2.4 million", 2.4e6, 2.4e6, predicate="affect", predicate_class="affected")
    assert compare_figures(homeless, affected).outcome == "unit"
    districts = replace(affected, counted="district", counted_class="object")
    assert (
        compare_figures(
            replace(homeless, counted="district", counted_class="object"), districts
        ).outcome
        != "unit"
    )


def test_figures_a_figure_far_above_a_sources_floor_is_another_figure() -> None:
    floor = fig("more than 7,300", 7300, INF, value=7300, low_open=True, qualifier="more than")
    nearly = fig("nearly 20,000", 18000, 20000, value=20000, qualifier="about")
    assert compare_figures(nearly, floor).outcome == "number"
    near = fig("nearly 8,000", 7200, 8000, value=8000, qualifier="about")
    assert compare_figures(near, floor).outcome == "compatible"


def test_figures_what_befell_the_people_in_buildings_is_not_what_the_buildings_count() -> None:
    # "held in two flats" and "rescued from two flats": the same two flats
    held = fig("two", 2, 2, counted="flat", counted_class="structure", predicate="hold",
               predicate_class="detention")  # fmt: skip
    rescued = replace(held, predicate="rescue", predicate_class="rescue")
    assert compare_figures(held, rescued).outcome == "same"
    # ... but a building destroyed is not a building damaged
    damaged = replace(held, predicate="damage", predicate_class="damage")
    destroyed = replace(held, predicate="destroy", predicate_class="destruction")
    assert compare_figures(destroyed, damaged).outcome == "unit"


def test_figures_speeds_are_compared_across_units() -> None:
    def speed(text: str, value: float, unit: str) -> Figure:
        return fig(text, value, value, counted=unit, counted_class="object", predicate=None,
                   predicate_class=None)  # fmt: skip

    assert compare_figures(speed("140", 140, "mph"), speed("225", 225, "km/h")).outcome == "same"
    assert compare_figures(speed("160", 160, "mph"), speed("225", 225, "km/h")).outcome == "number"


def test_figures_escaped_prisoners_counted_as_detained_is_a_unit_change() -> None:
    detained = fig(
        "some 13,500", 12150, 14850, value=13500, predicate="detain", predicate_class="detention"
    )
    escaped = replace(detained, counted="prisoner", predicate="escape", predicate_class="escape")
    comparison = compare_figures(detained, escaped)
    assert comparison.outcome == "unit" and "escape" in comparison.reason


def test_figures_a_span_of_time_is_told_with_its_unit() -> None:
    week = fig(
        "a",
        1,
        1,
        counted="week",
        counted_class="duration",
        predicate="declare",
        predicate_class=None,
    )
    days = replace(week, text="three", value=3, low=3, high=3, counted="day")
    days = replace(days, counted_text="days")
    week = replace(week, counted_text="week")
    comparison = compare_figures(week, days)
    assert (told(week), told(days)) == ("a week", "three days")
    assert comparison.outcome == "number" and "a week" in comparison.reason


def test_figures_a_general_word_counts_the_things_it_covers() -> None:
    def counting(noun: str) -> Figure:
        return fig(
            "23", 23.0, 23.0, counted=noun, counted_class="object", predicate="overflow",
            predicate_class=None,
        )  # fmt: skip

    assert compare_figures(counting("waterway"), counting("river")).outcome == "same"
    assert compare_figures(counting("car"), counting("bus")).outcome == "unit"


def test_figures_civilians_counted_where_fighters_were_is_a_unit_change() -> None:
    civilians = fig("some 300", 300, 300, counted="civilian")
    soldiers = fig("about 300", 300, 300, counted="soldier")
    members = replace(
        fig("about 300", 300, 300, counted="member"),
        counted_text="members of the army and of the militia",
    )
    people = fig("300", 300, 300)
    assert compare_figures(civilians, soldiers).outcome == "unit"
    assert compare_figures(civilians, members).outcome == "unit"
    assert compare_figures(civilians, people).outcome == "same"  # people may be civilians


def test_a_count_of_the_gravely_hurt_is_not_a_toll_of_all_the_hurt() -> None:
    from dataclasses import replace

    from retold.compare.figures import same_group
    from retold.pipeline.figures import SEVERE

    hurt = fig("200", 200, 200, predicate="injure", predicate_class="injury")
    grave = replace(
        fig("100", 100, 100, predicate="injure", predicate_class="injury"), population=SEVERE
    )
    grave_source = replace(hurt, population=SEVERE)
    assert compare_figures(grave, hurt).outcome == "unrelated"
    # ... though a part told above its whole is a changed number
    assert compare_figures(replace(grave, value=400, low=400, high=400), hurt).outcome == "number"
    assert compare_figures(grave, grave_source).outcome == "number"
    assert same_group(grave, grave_source) and not same_group(grave, hurt)
    # a claim that does not narrow its count is held to any count of the hurt
    assert not same_group(hurt, grave_source)


def test_pupils_counted_as_children_are_the_same_people() -> None:
    from dataclasses import replace

    children = fig("14", 14, 14, counted="child", predicate="injure", predicate_class="injury")
    pupils = replace(children, counted="pupil")
    assert compare_figures(children, pupils).outcome == "same"
    assert compare_figures(pupils, children).outcome == "same"
    assert compare_figures(replace(children, counted="woman"), pupils).outcome == "unit"


def test_railcars_are_cars() -> None:
    from dataclasses import replace

    cars = fig("38", 38, 38, counted="car", counted_class="structure", predicate="derail")
    cars = replace(cars, predicate_class=None)
    assert compare_figures(cars, replace(cars, counted="railcar")).outcome == "same"
    assert compare_figures(cars, replace(cars, counted="school")).outcome != "same"


def test_figures_teachers_are_not_the_children_they_teach() -> None:
    teachers = fig("15", 15, 15, counted="teacher", predicate="miss", predicate_class="missing")
    children = fig("15", 15, 15, counted="child", predicate="miss", predicate_class="missing")
    assert compare_figures(teachers, children).outcome == "unit"
    assert compare_figures(teachers, teachers).outcome == "same"


def test_figures_the_dead_are_not_the_survivors() -> None:
    dead = fig("114", 114, 114, counted="dead", predicate="dead", predicate_class="death")
    survivors = fig("114", 114, 114, counted="survivor", predicate="say", predicate_class="rescue")
    assert compare_figures(dead, survivors).outcome == "unit"


def test_figures_forces_personnel_are_the_troops() -> None:
    troops = fig(
        "more than 900",
        900,
        None,
        low_open=True,
        qualifier="more than",
        counted="troop",
        predicate="send",
        predicate_class=None,
    )
    personnel = replace(
        fig("900", 900, 900, counted="personnel", predicate="send", predicate_class=None),
        counted_text="Forces personnel",
    )
    assert compare_figures(troops, personnel).outcome == "number"


def test_figures_a_span_of_time_is_no_count_of_people() -> None:
    hours = fig(
        "roughly 13",
        13,
        13,
        counted="hour",
        counted_class="duration",
        predicate=None,
        predicate_class=None,
    )
    dead = fig("Thirteen", 13, 13)
    assert compare_figures(hours, dead).outcome == "unrelated"


def test_figures_terms_passed_on_counts_are_one_count() -> None:
    terms = fig(
        "35",
        35,
        35,
        counted="term",
        counted_class="object",
        predicate="sentence",
        predicate_class="detention",
    )
    counts = fig(
        "35", 35, 35, counted="murder", counted_class="object", predicate=None, predicate_class=None
    )
    assert compare_figures(terms, counts).outcome in ("same", "compatible")
    tonnes = fig(
        "35", 35, 35, counted="tonne", counted_class="object", predicate=None, predicate_class=None
    )
    assert compare_figures(terms, tonnes).outcome == "unit"


def test_figures_flights_for_flying_hours_is_a_unit_change() -> None:
    hours = fig(
        "21,900",
        21900,
        21900,
        counted="hour",
        counted_class="duration",
        predicate=None,
        predicate_class=None,
    )
    flights = fig(
        "21,900",
        21900,
        21900,
        counted="flight",
        counted_class="object",
        predicate=None,
        predicate_class=None,
    )
    assert compare_figures(flights, hours).outcome == "unit"


def test_figures_rescuers_deployed_are_no_count_of_the_hurt() -> None:
    hurt = fig("130", 130, 130, predicate="take", predicate_class="injury")
    rescuers = fig("130", 130, 130, counted="rescuer", predicate="involve", predicate_class=None)
    assert compare_figures(hurt, rescuers).outcome == "unit"
    # the same harm befalling rescuers is the same count
    dead_rescuers = fig("5", 5, 5, counted="firefighter")
    assert compare_figures(fig("5", 5, 5), dead_rescuers).outcome == "same"


def test_figures_attackers_are_counted_apart_from_those_they_attacked() -> None:
    hostages = fig("18", 18, 18, counted="hostage")
    attackers = fig("33", 33, 33, counted="attacker")
    assert compare_figures(hostages, attackers).outcome == "unrelated"
    assert compare_figures(fig("33", 33, 33, counted="assailant"), attackers).outcome == "same"
    # gunmen who attack are the attackers
    assert compare_figures(fig("33", 33, 33, counted="gunman"), attackers).outcome == "same"


def test_figures_females_take_in_women_and_girls() -> None:
    narrowed = replace(fig("76", 76, 76, counted="hostage"), population="female")
    females = fig("76", 76, 76, counted="female", predicate=None, predicate_class=None)
    assert compare_figures(narrowed, females).outcome == "same"
    girls = fig("76", 76, 76, counted="girl", predicate=None, predicate_class=None)
    assert compare_figures(females, girls).outcome == "same"
    males = fig("76", 76, 76, counted="male", predicate=None, predicate_class=None)
    assert compare_figures(females, males).outcome == "unit"


def test_figures_passengers_for_all_on_board_is_a_unit_change() -> None:
    passengers = fig("228", 228, 228, counted="passenger")
    people = fig("228", 228, 228)
    assert compare_figures(passengers, people).outcome == "unit"
    crew = fig("12", 12, 12, counted="crew")
    assert compare_figures(crew, fig("12", 12, 12, counted="passenger")).outcome == "unit"
    # "passengers and crew" are everyone on board
    aboard = replace(fig("189", 189, 189, counted="passenger"), counted_text="passengers and crew")
    assert compare_figures(aboard, fig("189", 189, 189)).outcome == "same"


def test_figures_a_unit_written_short_is_the_same_unit() -> None:
    written = fig("more than 300", 300, None, counted="millimetre", predicate=None)
    short = fig("more than 300", 300, None, counted="mm", predicate=None)
    assert compare_figures(written, short).outcome == "same"


def test_compare_the_same_number_of_another_unit_of_time_changes_the_unit() -> None:
    months, weeks = _span("eight", 8, 8, "month"), _span("eight", 8, 8, "week")
    assert compare_figures(months, weeks).outcome == "unit"
    # a span of another order is another span
    assert compare_figures(_span("two", 2, 2, "year"), _span("two", 2, 2, "day")).outcome == (
        "unrelated"
    )


def test_compare_about_twice_a_floor_is_no_reading_of_it() -> None:
    claim = fig("about 200", 180, 220, value=200, qualifier="about")
    found = fig("more than 100", 100, INF, low_open=True, qualifier="more than")
    assert compare_figures(claim, found).outcome == "number"
    near = fig("about 120", 108, 132, value=120, qualifier="about")
    assert compare_figures(near, found).outcome == "compatible"


def test_compare_the_same_span_of_one_happening_in_another_unit_however_far() -> None:
    hours = fig("within one or two", 1, 2, value=2, counted="hour", counted_class="duration",
                predicate="sink", predicate_class=None)  # fmt: skip
    minutes = fig("within one or two", 1, 2, value=2, counted="minute",
                  counted_class="duration", predicate="sink", predicate_class=None)  # fmt: skip
    assert compare_figures(hours, minutes).outcome == "unit"


def test_figures_cases_of_an_outbreak_are_people_infected() -> None:
    cases = fig("109", 109, 109, counted="case", counted_class="case", predicate="case")
    cases = replace(cases, predicate_class="infection")
    infected = fig("109", 109, 109, predicate="infect", predicate_class="infection")
    assert compare_figures(cases, infected).outcome == "same"
    dead = fig("109", 109, 109)
    assert compare_figures(cases, dead).outcome == "unit"
    # ... and a case that died is a person who died
    fatal = replace(cases, predicate="fatal", predicate_class="death")
    assert compare_figures(fatal, dead).outcome == "same"


def test_figures_confirmed_cases_are_not_suspected_ones() -> None:
    confirmed = fig("111", 111, 111, counted="case", counted_class="case", predicate="case")
    confirmed = replace(confirmed, predicate_class="infection", counted_text="confirmed cases")
    suspected = replace(confirmed, counted_text="suspected cases")
    assert compare_figures(confirmed, suspected).outcome == "unit"
    both = replace(confirmed, counted_text="confirmed and probable cases")
    assert compare_figures(confirmed, both).outcome == "unit"
    assert compare_figures(confirmed, replace(confirmed, counted_text="cases")).outcome == "same"


def test_figures_a_group_above_those_named_by_what_befell_them_is_a_changed_number() -> None:
    # "about 300 passengers remained in hospital" for "About 30 of the injured remain in
    # hospital": the injured are everyone hurt, so a group of them cannot be more
    passengers = fig("about 300", 270, 330, value=300, counted="passenger",
                     predicate="remain", predicate_class="injury")  # fmt: skip
    injured = fig("About 30", 27, 33, value=30, counted="injured",
                  predicate="remain", predicate_class="injury")  # fmt: skip
    assert compare_figures(passengers, injured).outcome == "number"
    # ... a group within them is no changed number of all of them
    fewer = fig("12", 12, 12, counted="passenger", predicate="remain", predicate_class="injury")
    assert compare_figures(fewer, injured).outcome == "unrelated"


def test_figures_those_aboard_or_dead_or_missing_are_no_count_of_the_dead() -> None:
    dead = fig("278", 278, 278)
    aboard = fig("278", 278, 278, counted="passenger", predicate="carry", predicate_class="aboard")
    assert compare_figures(dead, aboard).outcome == "unit"
    dead_or_missing = fig("more than 800", 800, None, value=800, qualifier="more than",
                          predicate="dead", predicate_class="dead or missing")  # fmt: skip
    confirmed = fig("More than 800", 800, None, value=800, qualifier="more than")
    assert compare_figures(confirmed, dead_or_missing).outcome == "unit"


def test_figures_how_often_is_no_count_of_how_many() -> None:
    twice = fig("at least twice", 2, None, value=2, qualifier="at least", kind="multiplier",
                counted=None, predicate="arrest", predicate_class="detention")  # fmt: skip
    eleven = fig("11", 11, 11, predicate="arrest", predicate_class="detention")
    assert compare_figures(twice, eleven).outcome == "unrelated"


def test_digits_transposed_are_a_changed_number_though_a_floor_fits():
    # "at least 23 killed" against a toll of 32: the digits of the source, swapped
    floor = fig("at least 23", 23, INF, value=23, qualifier="at least")
    toll = fig("32", 32, 32)
    assert compare_figures(floor, toll).outcome == "number"
    # a floor well below a toll of other digits still fits it
    assert compare_figures(floor, fig("35", 35, 35)).outcome == "compatible"


def test_one_word_in_two_spellings_counts_one_thing():
    claim = fig(
        "ten", 10, 10, counted="neighbourhood", counted_class="object", predicate=None,
        predicate_class=None,
    )  # fmt: skip
    source = replace(claim, text="10", counted="neighborhood", counted_text="neighborhood")
    assert compare_figures(claim, source).outcome == "same"
    other = replace(source, counted="district", counted_text="district")
    assert compare_figures(claim, other).outcome == "unit"


def test_police_and_officers_are_one_group() -> None:
    police = fig("65,000", 65000, 65000, counted="police", predicate="deploy", predicate_class=None)
    officers = fig(
        "45,000", 45000, 45000, counted="officer", predicate="deploy", predicate_class=None
    )
    assert compare_figures(police, officers).outcome == "number"


def test_figures_nearly_a_round_figure_holds_one_just_past_it() -> None:
    # "close to 14,800" rounds 14,802
    claim = fig("close to 14,800", 13320.0, 14800.0, value=14800.0, qualifier="about")
    assert compare_figures(claim, fig("14,802", 14802.0, 14802.0)).outcome == "compatible"
    assert compare_figures(claim, fig("15,100", 15100.0, 15100.0)).outcome == "number"


def test_figures_schoolgirls_are_girls() -> None:
    # a schoolgirl is a girl at school: a child and a pupil both
    claim = fig("82", 82.0, 82.0, counted="girl", predicate="walk", predicate_class=None)
    found = fig(
        "Eighty-two", 82.0, 82.0, counted="schoolgirl", predicate="release", predicate_class=None
    )
    assert compare_figures(claim, found).outcome == "same"


@pytest.mark.parametrize(
    ("text", "amount", "who"),
    [
        (
            "The governor announced Rs 2 lakh for each child taken to hospital.",
            "Rs 2 lakh",
            "injured",
        ),
        ("He gave Rs 2 lakh to the family of each child who died.", "Rs 2 lakh", "dead"),
        (
            "The council paid Tk 20,000 to each survivor, and promised more.",
            "Tk 20,000",
            "survivors",
        ),
        ("It gave Tk 20,000 to each bereaved family for burial costs.", "Tk 20,000", "dead"),
        ("Those on ventilator support will be given Rs 10 lakh each.", "Rs 10 lakh", "injured"),
        (
            "It raised the compensation for the family of each farmer killed to Rs 1 crore.",
            "Rs 1 crore",
            "dead",
        ),
        ("It pledged $500 for the families of the dead and $100 for the injured.", "$500", "dead"),
        (
            "It pledged $500 for the families of the dead and $100 for the injured.",
            "$100",
            "injured",
        ),
        # the first named is whom it is for, not those of a second pledge after it
        (
            "It will give $500 to the family of each of the dead and set up a fund for the injured.",
            "$500",
            "dead",
        ),
        (
            "It gave $500 for each victim's family, with the state treating the injured.",
            "$500",
            "dead",
        ),
        # a sum paid to no one in particular
        ("The damage was put at $20 million by insurers.", "$20 million", None),
    ],
)
def test_figures_whom_a_sum_is_paid_to(text: str, amount: str, who: str | None) -> None:
    start = text.index(amount)
    assert paid_to(text, start, start + len(amount)) == who


def test_figures_adults_are_not_children_but_may_be_women() -> None:
    adults = fig("Eight", 8.0, 8.0, counted="adult")
    assert compare_figures(adults, fig("eight", 8.0, 8.0, counted="child")).outcome == "unit"
    assert compare_figures(adults, fig("eight", 8.0, 8.0, counted="woman")).outcome == "same"
    # women and children are not all adults
    mixed = fig("75,000", 75000.0, 75000.0, counted="woman")
    mixed = replace(mixed, counted_text="women and children")
    assert (
        compare_figures(mixed, fig("75,000", 75000.0, 75000.0, counted="adult")).outcome == "unit"
    )


def test_figures_parts_per_billion_are_not_parts_per_million() -> None:
    ppb = fig("1", 1.0, 1.0, counted="ppb", counted_class="object", predicate=None)
    ppm = fig("1", 1.0, 1.0, counted="ppm", counted_class="object", predicate=None)
    assert compare_figures(ppb, ppm).outcome == "unit"
    thousandth = fig("0.001", 0.001, 0.001, counted="ppm", counted_class="object", predicate=None)
    assert compare_figures(ppb, thousandth).outcome == "same"


def test_figures_guards_are_no_count_of_inmates_but_inmates_are_people() -> None:
    guards = fig("Four", 4, 4, counted="guard")
    inmates = fig("Four", 4, 4, counted="inmate")
    assert compare_figures(guards, inmates).outcome == "unit"
    # in a jail fire, "people" are those held: no narrowing either way
    people = fig("Four", 4, 4, counted="people")
    assert compare_figures(inmates, people).outcome == "same"
    assert compare_figures(people, inmates).outcome == "same"
