"""Figures in text: their values, their qualifiers as intervals, and what is not a figure."""

from __future__ import annotations

import time

import pytest

from retold.facts.numbers import (
    Interval,
    Quantity,
    currency_of,
    distinctive,
    find_quantities,
    parse_number,
)


def _figures(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.kind != "ordinal"]


def _only(text: str) -> Quantity:
    found = _figures(text)
    assert len(found) == 1, found
    return found[0]


def _bounds(q: Quantity) -> tuple[float | None, float | None, bool, bool]:
    i = q.interval
    return i.low, i.high, i.low_open, i.high_open


# --- qualifiers and their mirrors -------------------------------------------

# fmt: off
QUALIFIED = [
    # sentence, figure text, normalised qualifier, (low, high, low_open, high_open)
    ("The raids killed up to 100 civilians last month.", "up to 100", "up to", (0, 100, False, False)),
    ("As many as 40 people were hurt in the blast.", "As many as 40", "up to", (0, 40, False, False)),
    ("Rescuers pulled at most 12 survivors out.", "at most 12", "at most", (0, 12, False, False)),
    ("No more than 15 ministers came to the summit.", "No more than 15", "at most", (0, 15, False, False)),
    ("The talks continued more than 20 hours.", "more than 20", "more than", (20, None, True, False)),
    ("Over 300 homes burned overnight.", "Over 300", "more than", (300, None, True, False)),
    ("Losses ran in excess of 5,000 head of cattle.", "in excess of 5,000", "more than", (5000, None, True, False)),
    ("The ministry counted at least 229 civilians dead.", "at least 229", "at least", (229, None, False, False)),
    ("No fewer than 18 villages were emptied.", "No fewer than 18", "at least", (18, None, False, False)),
    ("Not less than 70 shells hit the town.", "Not less than 70", "at least", (70, None, False, False)),
    ("Fewer than 50 residents stayed behind.", "Fewer than 50", "fewer than", (0, 50, False, True)),
    ("The village lies less than 15 kilometres away.", "less than 15", "fewer than", (0, 15, False, True)),
    ("Under 30 reporters were let in.", "Under 30", "fewer than", (0, 30, False, True)),
    ("Some 30,000 health workers walked out.", "Some 30,000", "about", (27000, 33000, False, False)),
    ("Around 200 civilians were trapped.", "Around 200", "about", (180, 220, False, False)),
    ("Roughly 1,500 acres burned.", "Roughly 1,500", "about", (1350, 1650, False, False)),
    ("Approximately 40 lorries crossed.", "Approximately 40", "about", (36, 44, False, False)),
    ("An estimated 2,700 structures stood in its path.", "An estimated 2,700", "about", (2430, 2970, False, False)),
    ("Nearly 100 people died.", "Nearly 100", "about", (90, 100, False, False)),
    ("Almost 50 schools closed.", "Almost 50", "about", (45, 50, False, False)),
    ("Between 1,100 and 1,300 people are missing.", "Between 1,100 and 1,300", "between", (1100, 1300, False, False)),
    ("From 10 to 20 rockets were fired.", "From 10 to 20", "between", (10, 20, False, False)),
    ("Witnesses said 10-20 houses collapsed.", "10-20", "between", (10, 20, False, False)),
    ("Five to ten soldiers were captured.", "Five to ten", "between", (5, 10, False, False)),
    ("The army lost two or three tanks.", "two or three", "between", (2, 3, False, False)),
    ("200 or more people gathered outside.", "200 or more", "at least", (200, None, False, False)),
    ("There were 300 or so protesters.", "300 or so", "about", (270, 330, False, False)),
    ("The fire has killed a total of 396 people.", "396", None, (396, 396, False, False)),
    ("Lavrov said more than ten habitable buildings were hit.", "more than ten", "more than", (10, None, True, False)),
    ("More than a dozen rockets struck the city.", "More than a dozen", "more than", (12, None, True, False)),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "figure", "qualifier", "bounds"), QUALIFIED)
def test_numbers_qualifier_becomes_interval(
    sentence: str,
    figure: str,
    qualifier: str | None,
    bounds: tuple[float | None, float | None, bool, bool],
) -> None:
    q = _only(sentence)
    assert (q.text, q.qualifier) == (figure, qualifier)
    low, high, low_open, high_open = _bounds(q)
    assert low == pytest.approx(bounds[0])
    assert high == (None if bounds[1] is None else pytest.approx(bounds[1]))
    assert (low_open, high_open) == bounds[2:]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He said 396 people died.", 396),
        ("Some 1,300 families fled.", 1300),
        ("The economy shrank 4.5 points.", 4.5),
        ("Two hundred soldiers crossed.", 200),
        ("Twenty-five trucks arrived.", 25),
        ("One hundred and twenty homes were lost.", 120),
        ("Nine people were killed.", 9),
        ("A hundred rockets were fired.", 100),
        ("The camp holds 300 thousand refugees.", 300_000),
        ("Only 5 thousand remained.", 5000),
        ("The city has 1.2 million inhabitants.", 1_200_000),
        ("A dozen boats sank.", 12),
        ("Half a dozen boats sank.", 6),
        ("The camp holds some 30\u00a0000 people.", 30_000),
        ("He was jailed for 6 1/2 years.", 6.5),
        ("He is serving a 6-1/2-year sentence.", 6.5),
        ("They waited 3\u00bd hours.", 3.5),
    ],
)
def test_numbers_value_of_cardinal(sentence: str, value: float) -> None:
    q = _only(sentence)
    assert q.kind == "cardinal"
    assert q.value == pytest.approx(value)


def test_numbers_word_run_splits_at_and() -> None:
    assert [q.value for q in _figures("two and three")] == [2, 3]


def test_numbers_more_than_then_fraction() -> None:
    found = _figures("more than 1,300 deaths, a quarter of them children")
    assert [(q.text, q.kind, q.value) for q in found] == [
        ("more than 1,300", "cardinal", 1300),
        ("a quarter", "fraction", 0.25),
    ]


# --- parse_number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("396", 396),
        ("1,300", 1300),
        ("4.5", 4.5),
        ("two hundred", 200),
        ("twenty-five", 25),
        ("200 thousand", 200_000),
        ("5 thousand", 5000),
        ("1.2 million", 1_200_000),
        ("a quarter", 0.25),
        ("half", 0.5),
        ("ten", 10),
        ("a dozen", 12),
        ("one hundred and twenty", 120),
        ("a hundred", 100),
        ("two and a half million", 2_500_000),
        ("three quarters", 0.75),
        ("Nineteen", 19),
    ],
)
def test_numbers_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "many", "two three", "hundred", "ten people", "4 5"])
def test_numbers_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# --- vague quantities ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high"),
    [
        (
            "The area is still home to tens of thousands of civilians.",
            "tens of thousands",
            20_000,
            99_999,
        ),
        ("Hundreds of people were killed.", "Hundreds", 200, 999),
        ("Thousands of homes burned.", "Thousands", 2000, 9999),
        ("Searchers worked with dozens of dogs.", "dozens", 24, 99),
        ("Several hundred personnel searched the ruins.", "Several hundred", 300, 900),
        ("Several homes were damaged.", "Several", 3, 9),
        ("It happened a few days earlier.", "a few", 2, 5),
        ("Hundreds of thousands fled the city.", "Hundreds of thousands", 200_000, 999_999),
        ("Scores of people were hurt.", "Scores", 40, 199),
    ],
)
def test_numbers_vague_quantity_convention(
    sentence: str, figure: str, low: float, high: float
) -> None:
    q = _only(sentence)
    assert (q.text, q.kind, q.vague, q.value) == (figure, "vague", True, None)
    assert (q.interval.low, q.interval.high) == (low, high)


def test_numbers_many_is_not_a_figure() -> None:
    assert find_quantities("Many people were killed.") == []


def test_numbers_a_dozen_is_exact() -> None:
    q = _only("A dozen people were hurt.")
    assert (q.kind, q.vague, q.interval) == ("cardinal", False, Interval(12, 12))


# --- money, percent, other kinds ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "value"),
    [
        ("Rebuilding will cost $5.52 billion.", "$5.52 billion", "money", 5.52e9),
        ("Green put the losses at about $6 billion.", "about $6 billion", "money", 6e9),
        ("They paid 5 million dollars.", "5 million dollars", "money", 5e6),
        ("The club spent €3m on him.", "€3m", "money", 3e6),
        ("The Kula fire will cost US$434 million.", "US$434 million", "money", 4.34e8),
        ("The slump wiped 40 billion reais off its value.", "40 billion reais", "money", 4e10),
        ("Fuel rose to 150 tenge a litre.", "150 tenge", "money", 150),
        ("Prices rose 4.5% in March.", "4.5%", "percent", 4.5),
        ("Prices rose 4.5 percent in March.", "4.5 percent", "percent", 4.5),
        ("Only 0.94 percent of engagements led to a report.", "0.94 percent", "percent", 0.94),
        ("Turnout was 60 per cent.", "60 per cent", "percent", 60),
        ("The bank cut rates by 100 basis points.", "100", "cardinal", 100),
        ("The 2nd channel reported it.", "2nd", "ordinal", 2),
        ("It was the third attack.", "third", "ordinal", 3),
        ("On the 21st floor nobody was hurt.", "21st", "ordinal", 21),
        ("Half of the victims were women.", "Half", "fraction", 0.5),
        ("Two-thirds of the town burned.", "Two-thirds", "fraction", 2 / 3),
        # a share of a scale word is a count: "half a million" is 500,000, not a half
        ("Half a million people fled.", "Half a million", "cardinal", 5e5),
        ("A quarter of a million homes flooded.", "A quarter of a million", "cardinal", 2.5e5),
        # one period set aside, held against "three days of mourning"
        ("He declared a week of municipal mourning.", "a", "cardinal", 1),
        ("The toll is twice as high.", "twice", "multiplier", 2),
        ("Prices rose three times over.", "three times", "multiplier", 3),
        ("Sales grew tenfold.", "tenfold", "multiplier", 10),
        ("A 15-kilometre column formed.", "15", "cardinal", 15),
        ("Troops moved 20km south.", "20", "cardinal", 20),
    ],
)
def test_numbers_kind_and_value(sentence: str, figure: str, kind: str, value: float) -> None:
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.kind) == (figure, kind)
    assert q.value == pytest.approx(value)


def test_numbers_money_range_shares_scale() -> None:
    q = _only("Damage is put at between $5 and $10 billion.")
    assert (q.kind, q.qualifier) == ("money", "between")
    assert (q.interval.low, q.interval.high) == (5e9, 10e9)


def test_numbers_range_shares_scale_word() -> None:
    q = _only("Between 5 and 10 million people were affected.")
    assert (q.interval.low, q.interval.high) == (5e6, 10e6)


def test_numbers_percent_range() -> None:
    q = _only("Support fell 10-20% last year.")
    assert (q.kind, q.interval.low, q.interval.high) == ("percent", 10, 20)


def test_numbers_phrasal_over_is_not_more_than() -> None:
    q = _only("The task force carried over 19 open reports.")
    assert (q.text, q.qualifier) == ("19", None)


# --- what is not a figure ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike on 2 April was condemned.",
        "On April 2 the ministry spoke.",
        "The talks of 17 March 2017 ended late.",
        "Since Aug. 8 the fire has spread.",
        "By October 31 the truce had collapsed.",
        "It was signed on November 3, 2016, in Moscow.",
        "The ceasefire began at 12 o'clock.",
        "Rockets fell at 2 a.m. near the centre.",
        "The truce started at 12:00 local time.",
        "The operation began in 2014.",
        "It has been going on since 2014.",
        "Prices rose during the 2016-2017 season.",
        "The report is dated 2017-04-02.",
        "The council passed Resolution 2254.",
        "The COVID-19 wards were full.",
        "It goes back to the early 1990s.",
        "The 2018 Camp Fire was worse.",
        "It ended with a 1994 truce.",
        "Point 1 of the statement covers prisoners.",
        "No one was hurt.",
        "Channel One showed the footage.",
        "1. A ceasefire is declared.",
        "He left Syria around 2012, officials said.",
        "Copyright 2014. All rights reserved.",
        "Near half past two the shelling began.",
        "It was under control at six o'clock in the evening.",
        # a part of one unit, no share of anything counted
        "Firefighters were kept outside for half an hour.",
        "The wave reached a quarter of a mile inland.",
        # which week or day of a series, not how many
        "New cases peaked in week 16.",
        "On day 3, the talks failed.",
    ],
)
def test_numbers_dates_times_and_labels_are_not_figures(sentence: str) -> None:
    assert _figures(sentence) == []


def test_numbers_day_number_skipped_but_figure_kept() -> None:
    found = _figures("On Sunday, 11 October, 34 people were killed.")
    assert [q.text for q in found] == ["34"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The toll passed more than 2000.", "more than 2000"),
        ("Some 2000 people fled.", "Some 2000"),
        ("They counted 2014 ballots.", "2014"),
    ],
)
def test_numbers_year_shaped_counts_stay_figures(sentence: str, figure: str) -> None:
    assert [q.text for q in _figures(sentence)] == [figure]


def test_numbers_year_range_between() -> None:
    assert _figures("Between 2014 and 2017 the coalition struck often.") == []


def test_numbers_exclude_span_is_skipped() -> None:
    text = "Officials said 34 people were killed."
    assert find_quantities(text, exclude=[(15, 17)]) == []


def test_numbers_exclude_leaves_other_figures() -> None:
    text = "For two years, 34 people were held."
    found = find_quantities(text, exclude=[(4, 13)])
    assert [q.text for q in found] == ["34"]


# --- offsets ---------------------------------------------------------------------


def test_numbers_offsets_cover_qualifier_and_number() -> None:
    text = "“Officials” say more than 200 people died."
    q = _only(text)
    assert text[q.start : q.end] == q.text == "more than 200"
    assert text[q.number_start : q.number_end] == "200"


def test_numbers_offsets_of_money_include_currency() -> None:
    text = "Losses reached about $6 billion."
    q = _only(text)
    assert text[q.number_start : q.number_end] == "$6 billion"


def test_numbers_a_currency_sign_a_space_apart_is_the_sums() -> None:
    q = _only("Partners need US$ 26 million for the response.")
    assert (q.kind, q.value, q.text) == ("money", 26_000_000, "US$ 26 million")


def test_numbers_offsets_of_trailing_qualifier() -> None:
    text = "We saw 200 or more people."
    q = _only(text)
    assert (q.text, text[q.number_start : q.number_end]) == ("200 or more", "200")


# --- Interval --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Interval(0, 100), Interval(200, None, low_open=True), False),
        (Interval(100, None, low_open=True), Interval(150, 150), True),
        (Interval(0, 100), Interval(100, None, low_open=True), False),
        (Interval(0, 100), Interval(100, None), True),
        (Interval(0, 100, high_open=True), Interval(100, 100), False),
        (Interval(None, None), Interval(5, 5), True),
        (Interval(1100, 1300), Interval(1000, None, low_open=True), True),
    ],
)
def test_numbers_interval_overlaps(a: Interval, b: Interval, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


@pytest.mark.parametrize(
    ("interval", "x", "expected"),
    [
        (Interval(0, 100), 100, True),
        (Interval(0, 100, high_open=True), 100, False),
        (Interval(200, None, low_open=True), 200, False),
        (Interval(200, None), 200, True),
        (Interval(180, 220), 230, False),
    ],
)
def test_numbers_interval_contains(interval: Interval, x: float, expected: bool) -> None:
    assert interval.contains(x) is expected


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (Interval(200, None, low_open=True), "more than 200"),
        (Interval(229, None), "at least 229"),
        (Interval(0, 100), "up to 100"),
        (Interval(0, 50, high_open=True), "fewer than 50"),
        (Interval(180, 220), "about 200 (180–220)"),
        (Interval(396, 396), "exactly 396"),
        (Interval(100, 200), "100–200"),
        (Interval(1100, 1300), "1,100–1,300"),
    ],
)
def test_numbers_interval_describe(interval: Interval, text: str) -> None:
    assert interval.describe() == text


def test_numbers_describe_about_band_from_text() -> None:
    assert _only("about 200 civilians").interval.describe() == "about 200 (180–220)"


# --- speed -------------------------------------------------------------------------


def test_numbers_long_text_is_fast() -> None:
    sentence = (
        "On Sunday, 2 April, officials said more than 1,300 people, a quarter of them "
        "children, had died since August 2014, and some 30,000 health workers were owed $6 billion. "
    )
    text = sentence * (4000 // len(sentence.split()) + 1)
    find_quantities(text)
    best = min(_timed(text) for _ in range(3))
    assert best < 0.1  # generous: about 5 ms on a laptop; this catches runaway patterns


def _timed(text: str) -> float:
    start = time.perf_counter()
    find_quantities(text)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Weddings may not gather more than 80 guests.", 0.0, 80.0),
        ("The reservoir cannot fall below 30 percent.", 30.0, None),
        ("By evening the toll had passed the three hundreds.", 300.0, None),
        ("More than 30 families did not return.", 30.0, None),
    ],
    ids=["negated-more-than", "negated-below", "passed-the", "negation-after"],
)
def test_numbers_negation_and_passing_turn_the_bound(
    text: str, low: float, high: float | None
) -> None:
    [q] = find_quantities(text)
    assert (q.interval.low, q.interval.high) == (low, high)


def test_numbers_lakh_and_crore_scale_rupee_sums() -> None:
    [q] = find_quantities("The repairs cost about Rs 2 crore in all.")
    assert (q.kind, q.value) == ("money", 2e7)
    [q] = find_quantities("Each family gets ₹4 lakh.")
    assert (q.kind, q.value) == ("money", 4e5)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The report said only one person was confirmed dead.", [1.0]),
        ("She was the only one who stayed behind.", []),
        ("He is the only one left.", []),
    ],
)
def test_numbers_only_one_before_a_noun_counts(sentence: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The church has raised 2 million pounds for the repairs.", "money"),
        ("Donors sent 5 million pounds of grain.", "cardinal"),  # a weight
        ("The charge weighed 11 pounds.", "cardinal"),
    ],
)
def test_numbers_millions_of_pounds_are_money_unless_of_something(sentence: str, kind: str) -> None:
    [q] = find_quantities(sentence)
    assert q.kind == kind


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("They were warned two and half hours before.", 2.5),  # as translations write it
        ("They were warned two and a half hours before.", 2.5),
        ("One and half million people fled.", 1_500_000.0),
    ],
)
def test_numbers_and_half_without_the_article(sentence: str, value: float) -> None:
    assert [q.value for q in find_quantities(sentence)] == [value]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("50 million euros", "euro"),
        ("€5m", "euro"),
        ("$415 million", "dollar"),
        ("Tk 100,000", "taka"),
        ("1 million taka", "taka"),
        ("Rs 2 lakh", "rupee"),
        ("40 billion reais", "real"),
        ("R$ 12 million", "real"),
        ("150 tenge", "tenge"),
        ("3 million pesos", "peso"),
        ("10 billion roubles", "rouble"),
        ("5 million rubles", "rouble"),
        ("210 million ringgit", "ringgit"),
        ("18 billion won", "won"),
        ("400 people", None),
    ],
)
def test_numbers_the_currency_of_a_sum(text: str, currency: str | None) -> None:
    assert currency_of(text) == currency


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a bounty of Sh200 million on him", 200_000_000.0, "shilling"),
        ("a reward of KSh 20 million", 20_000_000.0, "shilling"),
        ("Rs2 crore was paid", 20_000_000.0, "rupee"),
        ("Tk100,000 in aid", 100_000.0, "taka"),
        ("a fine of RM210 million", 210_000_000.0, "ringgit"),
    ],
)
def test_numbers_a_currency_written_against_its_sum(text: str, value: float, currency: str) -> None:
    [q] = find_quantities(text)
    assert (q.value, q.kind, currency_of(q.text)) == (value, "money", currency)


def test_numbers_letters_against_digits_are_no_currency() -> None:
    assert find_quantities("the Flash200 model") == []


def test_numbers_a_number_to_call_is_no_count() -> None:
    assert find_quantities("Children called 911 and begged for help.") == []
    assert [q.value for q in find_quantities("The court called 40 witnesses.")] == [40.0]


def test_numbers_and_more_than_starts_the_next_figure() -> None:
    # "85 and more than 147": two figures, the second with its bound, not "85 and more".
    found = find_quantities("The toll rose to 85 and more than 147 people were wounded.")
    assert [(q.text, q.qualifier) for q in found] == [("85", None), ("more than 147", "more than")]
    assert [q.text for q in find_quantities("There were 50 and more victims.")] == ["50 and more"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("One in five children is malnourished.", 0.2),
        ("3 in every 10 voters backed it.", 0.3),
        ("some 33 million people, roughly one Pakistani in seven, were affected", 1 / 7),
    ],
)
def test_numbers_two_counts_joined_by_in_are_a_share(text: str, share: float) -> None:
    [ratio] = [q for q in find_quantities(text) if q.kind == "fraction"]
    assert ratio.value == pytest.approx(share)
    assert not [q for q in find_quantities(text) if q.value in (5, 7, 10)]


def test_numbers_a_count_in_a_count_of_places_is_no_share() -> None:
    assert [q.value for q in find_quantities("Two people in 12 cities died.")] == [2, 12]


@pytest.mark.parametrize(
    ("value", "rare"),
    [(396, True), (2207, True), (485_000, True), (48_500, True), (17, True), (40, False),
     (100, False), (1_500, False), (2_000_000, False), (8, False)],
)  # fmt: skip
def test_numbers_a_number_unlikely_to_recur_by_chance(value: float, rare: bool) -> None:
    # a round number is common unless three figures of it are told
    assert distinctive(value) is rare


def test_numbers_a_count_after_week_is_a_count() -> None:
    assert _only("That week 16 people died.").value == 16


def test_numbers_won_after_a_scale_is_a_sum_and_the_verb_is_not() -> None:
    [fine] = find_quantities("a fine of 18 billion won")
    assert (fine.kind, fine.value) == ("money", 18_000_000_000)
    [seats] = find_quantities("the party won 5 seats")
    assert seats.kind == "cardinal"
