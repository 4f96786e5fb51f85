"""Time expressions: finding them, resolving them against the publication date, comparing them."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from retold.facts.timex import (
    Timex,
    after_dateline_place,
    compare_times,
    event_offset,
    find_timexes,
    sets_aside,
)

SUN_2017 = date(2017, 4, 9)  # a Sunday
SAT_2017 = date(2017, 4, 1)  # a Saturday
THU_2016 = date(2016, 11, 3)  # a Thursday
MON_2020 = date(2020, 10, 12)  # a Monday
FRI_2020 = date(2020, 10, 9)  # a Friday
SAT_2023 = date(2023, 8, 19)  # a Saturday
D = date.fromisoformat


def _only(text: str, published: date | None) -> Timex:
    found = find_timexes(text, published)
    assert len(found) == 1, found
    return found[0]


# --- resolution -----------------------------------------------------------------

# fmt: off
RESOLVED = [
    # sentence, published, timex text, kind, begin, end
    ("He spoke on Tuesday.", SUN_2017, "Tuesday", "weekday", "2017-04-04", "2017-04-04"),
    ("Konashenkov on Sunday, 2 April, said so.", SUN_2017, "Sunday, 2 April", "date", "2017-04-02", "2017-04-02"),
    ("The report came on Sunday.", SUN_2017, "Sunday", "weekday", "2017-04-09", "2017-04-09"),
    ("Rudskoi spoke on Thursday.", THU_2016, "Thursday", "weekday", "2016-11-03", "2016-11-03"),
    ("Andaya resigned on Wednesday.", SAT_2023, "Wednesday", "weekday", "2023-08-16", "2023-08-16"),
    ("Bissen said Friday that the search went on.", SAT_2023, "Friday", "weekday", "2023-08-18", "2023-08-18"),
    ("The first exchange is planned for Wednesday.", MON_2020, "Wednesday", "weekday", "2020-10-14", "2020-10-14"),
    ("The ministers will meet on Monday.", FRI_2020, "Monday", "weekday", "2020-10-12", "2020-10-12"),
    ("On Monday, the talks will resume.", FRI_2020, "Monday", "weekday", "2020-10-12", "2020-10-12"),
    # "was going to" looks ahead from the past: the day is the one gone by
    ("On 2 October, a plane that was going to carry aid crashed.", FRI_2020, "2 October", "date", "2020-10-02", "2020-10-02"),
    ("They meet again next Monday.", MON_2020, "next Monday", "weekday", "2020-10-19", "2020-10-19"),
    ("They met last Monday.", MON_2020, "last Monday", "weekday", "2020-10-05", "2020-10-05"),
    ("The truce began from 12 o'clock of Sunday, 11 October.", MON_2020, "12 o'clock of Sunday, 11 October", "date", "2020-10-11", "2020-10-11"),
    ("The talks ended in the night to Saturday.", MON_2020, "the night to Saturday", "weekday", "2020-10-09", "2020-10-10"),
    ("He arrived on Wednesday 16 August.", SAT_2023, "Wednesday 16 August", "date", "2023-08-16", "2023-08-16"),
    ("Talks began on Friday afternoon.", MON_2020, "Friday afternoon", "weekday", "2020-10-09", "2020-10-09"),
    ("Channel 2 said today, April 2, that it was over.", SUN_2017, "today, April 2", "date", "2017-04-02", "2017-04-02"),
    ("It is over today.", SUN_2017, "today", "relative", "2017-04-09", "2017-04-09"),
    ("It ended yesterday.", SUN_2017, "yesterday", "relative", "2017-04-08", "2017-04-08"),
    ("He speaks tonight.", SUN_2017, "tonight", "time", "2017-04-09", "2017-04-09"),
    ("The pump failed this morning.", SUN_2017, "this morning", "time", "2017-04-09", "2017-04-09"),
    ("Teams worked there this week.", SUN_2017, "this week", "relative", "2017-04-03", "2017-04-09"),
    ("Media reports last week said so.", SUN_2017, "last week", "relative", "2017-03-27", "2017-04-02"),
    ("It was cited earlier this month.", SUN_2017, "earlier this month", "relative", "2017-04-01", "2017-04-09"),
    ("Deaths rose sharply last month.", SUN_2017, "last month", "relative", "2017-03-01", "2017-03-31"),
    ("Up to 100 died in the past month.", SUN_2017, "the past month", "relative", "2017-03-09", "2017-04-09"),
    ("Calls rose over the past week.", SUN_2017, "the past week", "relative", "2017-04-02", "2017-04-09"),
    ("Strikes since August 2014 to date killed many.", SUN_2017, "since August 2014 to date", "since", "2014-08-01", "2017-04-09"),
    ("Strikes since August 2014 killed many.", SUN_2017, "since August 2014", "since", "2014-08-01", "2017-04-09"),
    ("Fighting goes on since 27 September.", MON_2020, "since 27 September", "since", "2020-09-27", "2020-10-12"),
    ("He died since the start of Operation Inherent Resolve in 2014.", SAT_2017, "since the start of Operation Inherent Resolve in 2014", "since", "2014-01-01", "2017-04-01"),
    ("Between August 2014 and March 2017 it struck often.", SUN_2017, "Between August 2014 and March 2017", "range", "2014-08-01", "2017-03-31"),
    ("The raids on 2-3 April were heavy.", SUN_2017, "2-3 April", "range", "2017-04-02", "2017-04-03"),
    ("The raids from 12 to 15 March were heavy.", SUN_2017, "from 12 to 15 March", "range", "2017-03-12", "2017-03-15"),
    ("In March 2017 it received 27 reports.", SUN_2017, "March 2017", "month", "2017-03-01", "2017-03-31"),
    ("In February 2017 it received 41 reports.", SUN_2017, "February 2017", "month", "2017-02-01", "2017-02-28"),
    ("Fighting escalated in late September.", MON_2020, "late September", "month", "2020-09-01", "2020-09-30"),
    ("He resigned in May.", SUN_2017, "May", "month", "2016-05-01", "2016-05-31"),
    ("The operation began in 2014.", SUN_2017, "2014", "year", "2014-01-01", "2014-12-31"),
    ("It was the deadliest a week ago.", SAT_2023, "a week ago", "relative", "2023-08-09", "2023-08-15"),
    ("It began two days ago.", SAT_2023, "two days ago", "relative", "2023-08-17", "2023-08-17"),
    ("He has been held for two years.", SUN_2017, "for two years", "duration", "2015-04-09", "2017-04-09"),
    ("After two years of conflict nothing is left.", SUN_2017, "two years", "duration", "2015-04-09", "2017-04-09"),
    ("A family was killed at dawn on April 15.", date(2017, 4, 16), "dawn on April 15", "date", "2017-04-15", "2017-04-15"),
    ("It was condemned on 2 April.", SUN_2017, "2 April", "date", "2017-04-02", "2017-04-02"),
    ("It was condemned on April 2.", SUN_2017, "April 2", "date", "2017-04-02", "2017-04-02"),
    ("It was signed on 17 March 2017.", SUN_2017, "17 March 2017", "date", "2017-03-17", "2017-03-17"),
    ("The tragedy of March 17 stands apart.", SUN_2017, "March 17", "date", "2017-03-17", "2017-03-17"),
    ("The Aug. 8 fire destroyed the town.", SAT_2023, "Aug. 8", "date", "2023-08-08", "2023-08-08"),
    ("Aircraft struck on Oct. 31 as well.", THU_2016, "Oct. 31", "date", "2016-10-31", "2016-10-31"),
    ("He said so on November 3, 2016.", SUN_2017, "November 3, 2016", "date", "2016-11-03", "2016-11-03"),
    ("The file is dated 2017-04-02.", SUN_2017, "2017-04-02", "date", "2017-04-02", "2017-04-02"),
    ("The truce began on 11 October.", MON_2020, "11 October", "date", "2020-10-11", "2020-10-11"),
    ("The market closed on 25 December.", SUN_2017, "25 December", "date", "2016-12-25", "2016-12-25"),
    ("The vote is scheduled for 20 April.", SUN_2017, "20 April", "date", "2017-04-20", "2017-04-20"),
    ("It broke out on Sept. 27, killing hundreds.", MON_2020, "Sept. 27", "date", "2020-09-27", "2020-09-27"),
    ("MOSCOW, October 10. The talks ended.", MON_2020, "October 10", "date", "2020-10-10", "2020-10-10"),
    ("Rockets hit at 2 a.m. on Sunday.", MON_2020, "2 a.m. on Sunday", "weekday", "2020-10-11", "2020-10-11"),
    ("ON SUNDAY the shelling resumed.", MON_2020, "SUNDAY", "weekday", "2020-10-11", "2020-10-11"),
    ("They will vote this Sunday.", date(2017, 4, 5), "this Sunday", "weekday", "2017-04-09", "2017-04-09"),
    ("Crowds gathered this weekend.", SUN_2017, "this weekend", "relative", "2017-04-08", "2017-04-09"),
    ("Crowds gathered over the weekend.", date(2017, 4, 5), "the weekend", "relative", "2017-04-01", "2017-04-02"),
    ("Crowds will gather over the weekend.", date(2017, 4, 5), "the weekend", "relative", "2017-04-08", "2017-04-09"),
    ("Prices rose over the past few days.", SUN_2017, "the past few days", "relative", "2017-04-04", "2017-04-09"),
    ("Talks ran through the night of Friday to Saturday.", MON_2020, "the night of Friday to Saturday", "weekday", "2020-10-09", "2020-10-10"),
    ("It should ship by September of 2016.", SUN_2017, "September of 2016", "month", "2016-09-01", "2016-09-30"),
    ("Protests are planned this March.", date(2017, 2, 5), "this March", "month", "2017-03-01", "2017-03-31"),
    # an incident a day owns has happened, whatever is to come in the sentence
    ("Crews will drain the cars involved in Friday's derailment.", MON_2020, "Friday", "weekday", "2020-10-09", "2020-10-09"),
    ("Crews will drain the tanks on Friday.", MON_2020, "Friday", "weekday", "2020-10-16", "2020-10-16"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "published", "text", "kind", "begin", "end"), RESOLVED)
def test_timex_resolves_against_publication(
    sentence: str, published: date, text: str, kind: str, begin: str, end: str
) -> None:
    t = _only(sentence, published)
    assert (t.text, t.kind) == (text, kind)
    assert (t.begin, t.end_date) == (D(begin), D(end))


@pytest.mark.parametrize(
    ("sentence", "published", "weekday", "explicit"),
    [
        ("Konashenkov on Sunday, 2 April, said so.", SUN_2017, 6, True),
        ("The truce began from 12 o'clock of Sunday, 11 October.", MON_2020, 6, True),
        ("It began from 12 o'clock of Saturday, 11 October.", MON_2020, 5, True),
        ("He spoke on Tuesday.", SUN_2017, 1, False),
        ("The talks ended in the night to Saturday.", MON_2020, 5, False),
        ("It was condemned on 2 April.", SUN_2017, None, True),
        ("It ended yesterday.", SUN_2017, None, False),
    ],
)
def test_timex_keeps_weekday_and_explicitness(
    sentence: str, published: date, weekday: int | None, explicit: bool
) -> None:
    t = _only(sentence, published)
    assert (t.weekday, t.explicit) == (weekday, explicit)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The orders take effect from Saturday 16 November.", date(2019, 11, 16)),
        ("The orders take effect from 16 November.", date(2019, 11, 16)),
        ("The first case was seen on 30 November.", date(2018, 11, 30)),
    ],
)
def test_timex_day_without_year_near_publication(sentence: str, day: date) -> None:
    assert _only(sentence, date(2019, 11, 15)).begin == day


def test_timex_weekday_kept_when_it_contradicts_date() -> None:
    t = _only("It began from 12 o'clock of Saturday, 11 October.", MON_2020)
    assert (t.begin, t.weekday) == (date(2020, 10, 11), 5)
    assert t.begin is not None and t.begin.weekday() == 6


@pytest.mark.parametrize(
    ("sentence", "granularity"),
    [
        ("It was condemned on 2 April.", "day"),
        ("He spoke on Tuesday.", "day"),
        ("Teams worked there this week.", "week"),
        ("Deaths rose sharply last month.", "month"),
        ("In March 2017 it received 27 reports.", "month"),
        ("The operation began in 2014.", "year"),
        ("Strikes since August 2014 to date killed many.", "span"),
        ("Up to 100 died in the past month.", "span"),
    ],
)
def test_timex_granularity(sentence: str, granularity: str) -> None:
    assert _only(sentence, SUN_2017).granularity == granularity


# --- what is not a time expression -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He may resign soon.",
        "Thousands joined the March for Life.",
        "They prayed at the Good Shepherd church.",
        "The talks continued more than 20 hours.",
        "Nine people died and 34 were hurt.",
        "The 2000 people in the camp were moved.",
        "He will march to the capital.",
        "The Sunday Times ran the story first.",
    ],
)
def test_timex_ignores_non_times(sentence: str) -> None:
    assert find_timexes(sentence, SUN_2017) == []


def test_timex_week_of_a_month_is_not_relative() -> None:
    found = find_timexes("It peaked during the last week of February.", SUN_2017)
    assert [t.text for t in found] == ["February"]


def test_timex_capitalised_month_abbreviation_only() -> None:
    assert find_timexes("the mar. 8 event", SUN_2017) == []
    assert _only("the Mar. 8 event", SUN_2017).begin == date(2017, 3, 8)


# --- offsets and publication date ------------------------------------------------------


def test_timex_offsets_are_exact() -> None:
    text = (
        "«Он» — the minister said on Sunday, 2 April, and “since August 2014 to date” it went on."
    )
    found = find_timexes(text, SUN_2017)
    assert [text[t.start : t.end] for t in found] == [t.text for t in found]
    assert [t.text for t in found] == ["Sunday, 2 April", "since August 2014 to date"]


def test_timex_without_publication_date_keeps_explicit_years() -> None:
    found = find_timexes("On Tuesday, and in March 2017.", None)
    assert [(t.text, t.begin) for t in found] == [
        ("Tuesday", None),
        ("March 2017", date(2017, 3, 1)),
    ]


def test_timex_clock_time_alone_is_unresolved() -> None:
    t = _only("The truce started at 12:00 local time.", SUN_2017)
    assert (t.kind, t.begin, t.end_date) == ("time", None, None)


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "begin"),
    [
        ("The fire started near half past two.", "half past two", "time", None),
        (
            "It was contained at six o'clock on Sunday.",
            "six o'clock on Sunday",
            "weekday",
            MON_2020 - timedelta(days=1),
        ),
        ("Rockets fell about 2 o'clock of the night.", "2 o'clock", "time", None),
    ],
)
def test_timex_clock_times(sentence: str, text: str, kind: str, begin: date | None) -> None:
    t = _only(sentence, MON_2020)
    assert (t.text, t.kind, t.begin) == (text, kind, begin)


def test_timex_several_in_one_sentence() -> None:
    text = "Strikes on April 10 and April 15 in western Mosul, the group said on Sunday."
    found = find_timexes(text, date(2017, 4, 16))
    assert [(t.text, t.begin) for t in found] == [
        ("April 10", date(2017, 4, 10)),
        ("April 15", date(2017, 4, 15)),
        ("Sunday", date(2017, 4, 16)),
    ]


# --- comparing ------------------------------------------------------------------------


def _t(sentence: str, published: date) -> Timex:
    return _only(sentence, published)


def test_timex_compare_months_apart() -> None:
    a = _t("Rutskoy on Tuesday also said so.", SUN_2017)
    b = _t("Rudskoi told a briefing on Thursday.", THU_2016)
    result = compare_times(a, b)
    assert (result.compatible, result.gap_days) == (False, 152)
    assert result.reason == "Tuesday 4 April 2017 vs Thursday 3 November 2016: 152 days apart"


def test_timex_compare_one_day_apart() -> None:
    a = _t("The regime entered in force from 12 o'clock of Sunday, 11 October.", MON_2020)
    b = _t("A ceasefire is declared from 12:00 on 10 October 2020.", date(2020, 10, 10))
    result = compare_times(a, b)
    assert (result.compatible, result.gap_days) == (False, 1)
    assert "1 day apart" in result.reason


def test_timex_compare_wednesday_thursday() -> None:
    a = _t("Andaya resigned on Wednesday.", SAT_2023)
    b = _t("Andaya resigned Thursday.", date(2023, 8, 18))
    assert (compare_times(a, b).compatible, compare_times(a, b).gap_days) == (False, 1)


def test_timex_compare_same_day_from_two_texts() -> None:
    a = _t("Konashenkov on Sunday, 2 April, said so.", SUN_2017)
    b = _t("Konashenkov said on Sunday.", date(2017, 4, 2))
    result = compare_times(a, b)
    assert (result.compatible, result.gap_days) == (True, 0)
    assert result.reason.startswith("same day")


def test_timex_compare_span_contains_month() -> None:
    a = _t("Strikes since August 2014 to date killed many.", SUN_2017)
    b = _t("In March 2017 it received 27 reports.", date(2017, 4, 30))
    assert (compare_times(a, b).compatible, compare_times(a, b).gap_days) == (True, 0)


def test_timex_compare_weekday_mismatch_on_same_date() -> None:
    a = _t("It began on Saturday, 11 October 2020.", MON_2020)
    b = _t("It began on Sunday, 11 October 2020.", MON_2020)
    result = compare_times(a, b)
    assert (result.compatible, result.gap_days) == (False, 0)
    assert "Saturday" in result.reason and "Sunday" in result.reason


def test_timex_compare_notes_wrong_weekday() -> None:
    a = _t("It began on Saturday, 11 October 2020.", MON_2020)
    b = _t("It began on 11 October 2020.", MON_2020)
    result = compare_times(a, b)
    assert result.compatible
    assert "is a Sunday" in result.reason


def test_timex_compare_since_without_publication_is_open_ended() -> None:
    a = _only("Strikes since August 2014 killed many.", None)
    assert (a.begin, a.end_date) == (date(2014, 8, 1), None)
    before = _t("It was signed on 17 March 2013.", SUN_2017)
    after = _t("It was signed on 17 March 2017.", SUN_2017)
    assert compare_times(a, after).compatible
    assert (compare_times(a, before).compatible, compare_times(a, before).gap_days) == (False, 502)


def test_timex_compare_unresolved_is_compatible() -> None:
    a = _t("The truce started at 12:00 local time.", SUN_2017)
    b = _t("He spoke on Tuesday.", SUN_2017)
    result = compare_times(a, b)
    assert (result.compatible, result.gap_days) == (True, None)


def test_timex_compare_is_symmetric_in_gap() -> None:
    a = _t("It was signed on 17 March 2017.", SUN_2017)
    b = _t("It was condemned on 2 April.", SUN_2017)
    assert compare_times(a, b).gap_days == compare_times(b, a).gap_days == 16


# --- speed ---------------------------------------------------------------------------


def test_timex_long_text_is_fast() -> None:
    sentence = (
        "On Sunday, 2 April, officials said that since August 2014 to date more than 1,300 people "
        "had died, and that the first exchange is planned for Wednesday in the past month. "
    )
    text = sentence * (4000 // len(sentence.split()) + 1)
    find_timexes(text, SUN_2017)
    best = min(_timed(text) for _ in range(3))
    assert best < 0.1  # generous: a few milliseconds on a laptop; catches runaway patterns


def _timed(text: str) -> float:
    start = time.perf_counter()
    find_timexes(text, SUN_2017)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops fired on the crowd on that Tuesday night.",
        "The ferry sailed again the following Monday.",
        "The same Friday, the minister resigned.",
    ],
)
def test_timex_weekday_counted_from_another_day_is_left_unresolved(sentence: str) -> None:
    # "that Tuesday" is a day of the story, not the Tuesday before publication.
    found = _only(sentence, MON_2020)
    assert found.kind == "weekday"
    assert found.begin is None


def test_timex_plain_weekday_still_resolves_against_publication() -> None:
    assert _only("Troops fired on the crowd on Tuesday night.", MON_2020).begin == D("2020-10-06")


@pytest.mark.parametrize(
    ("sentence", "text", "begin", "end"),
    [
        (
            "The town fell on 11 July of last year.",
            "11 July of last year",
            "1995-07-11",
            "1995-07-11",
        ),
        (
            "It was seen in early September last year.",
            "early September last year",
            "1995-09-01",
            "1995-09-30",
        ),
        ("The law passed on 3 March this year.", "3 March this year", "1996-03-03", "1996-03-03"),
    ],
)
def test_timex_a_day_followed_by_its_year(sentence: str, text: str, begin: str, end: str) -> None:
    t = _only(sentence, date(1996, 8, 15))
    assert (t.text, t.begin, t.end_date) == (text, D(begin), D(end))


@pytest.mark.parametrize(
    ("phrase", "published", "day"),
    [
        ("on Easter Monday", date(2015, 4, 10), date(2015, 4, 6)),
        ("on Good Friday", date(2019, 4, 25), date(2019, 4, 19)),
        ("on Easter Sunday", date(2024, 3, 20), date(2023, 4, 9)),  # the Easter just past
        ("on Christmas Eve", date(2015, 1, 3), date(2014, 12, 24)),
    ],
)
def test_timex_a_feast_names_its_day(phrase: str, published: date, day: date) -> None:
    [t] = find_timexes(f"They met {phrase}.", published)
    assert (t.begin, t.end_date, t.kind) == (day, day, "date")


@pytest.mark.parametrize(
    "sentence",
    [
        "A boy set fire to a Christmas tree.",
        "The Christmas Eve party went on late.",
        "The Easter holidays were cancelled.",
    ],
)
def test_timex_a_thing_of_the_season_names_no_day(sentence: str) -> None:
    assert find_timexes(sentence, date(2022, 5, 16)) == []


def test_timex_a_feast_without_publication_date_is_unresolved() -> None:
    [t] = find_timexes("They met on Easter Monday.", None)
    assert t.begin is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Monday was declared a day of national mourning.",
        "They held three days of mourning.",
        "The mayor decreed three days of municipal mourning.",
    ],
)
def test_timex_a_day_set_aside_is_no_time_gone_by(sentence: str) -> None:
    assert all(t.kind != "duration" for t in find_timexes(sentence, MON_2020))


def test_timex_that_after_a_speech_verb_opens_a_clause_not_a_day_told_before() -> None:
    said = _only("He announced that Monday would be a holiday.", FRI_2020)
    pointed = _only("On that Monday the army came.", FRI_2020)
    assert (said.begin, pointed.begin) == (D("2020-10-05"), None)


_BLAST = "A blast tore through the Orsa refinery on the morning of 21 April, killing nine. "


@pytest.mark.parametrize(
    ("later", "begin", "end"),
    [
        ("The manager resigned the day after the blast.", date(2025, 4, 22), date(2025, 4, 22)),
        ("He stepped down on the next day after the disaster.", date(2025, 4, 22), None),
        ("Inspectors came four days after the explosion.", date(2025, 4, 25), None),
        ("Divers found him on the same day as the blast.", date(2025, 4, 21), None),
        # "a week" is rounded: a day either way
        ("The port reopened a week after the blast.", date(2025, 4, 27), date(2025, 4, 29)),
    ],
)
def test_timex_a_day_counted_from_an_event_the_text_dated(
    later: str, begin: date, end: date | None
) -> None:
    times = find_timexes(_BLAST + later, date(2025, 5, 2))
    [t] = [t for t in times if "after" in t.text or "same day" in t.text]
    assert (t.begin, t.end_date) == (begin, end or begin)
    assert not t.explicit


def test_timex_a_day_counted_from_an_undated_event_is_unresolved() -> None:
    [t] = find_timexes("Burkov arrived four days after the disaster.", date(2013, 7, 10))
    assert (t.text, t.begin) == ("four days after the disaster", None)


def test_timex_a_dateline_does_not_date_the_event() -> None:
    # the report was filed on 15 August; the collapse was the day before
    text = (
        "GENOA, August 15 (Tarn Wire) - The cabinet met in Orsa the day after the collapse "
        "of the bridge."
    )
    times = find_timexes(text, date(2018, 8, 15))
    assert [t.begin for t in times if "after" in t.text] == [None]


def test_timex_an_abbreviated_clock_time_does_not_end_the_dating_sentence() -> None:
    text = (
        "Shortly after 1 a.m. on July 6, 2013, a runaway train derailed in the town. "
        "The chairman arrived the day after the crash and was heckled."
    )
    [t] = [t for t in find_timexes(text, date(2018, 7, 6)) if "after the" in t.text]
    assert (t.text, t.begin) == ("the day after the crash", date(2013, 7, 7))


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        ("the day after the crash", (1, 1)),
        ("four days after the disaster", (4, 4)),
        ("on the same day as the strikes", (0, 0)),
        ("a week after the storm hit", (6, 8)),
        ("on Tuesday", None),
    ],
)
def test_timex_event_offset(phrase: str, offset: tuple[int, int] | None) -> None:
    assert event_offset(phrase) == offset


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # published on a Sunday: the coming Monday is the nearer
        ("Macron has declared Monday a day of national mourning.", date(2024, 12, 23)),
        ("He declared Friday a national day of mourning.", date(2024, 12, 20)),
        ("The king declared Monday a public holiday.", date(2024, 12, 23)),
        # a day told, not set aside: the last one
        ("They met on Monday.", date(2024, 12, 16)),
    ],
)
def test_timex_a_day_set_aside_is_the_nearest_of_its_name(sentence: str, day: date) -> None:
    [t] = find_timexes(sentence, date(2024, 12, 22))
    assert t.begin == day


def test_timex_sets_aside() -> None:
    text = "He declared Monday a day of national mourning; they met on Monday."
    first = text.index("Monday") + len("Monday")
    second = text.rindex("Monday") + len("Monday")
    assert (sets_aside(text, first), sets_aside(text, second)) == (True, False)


def test_timex_a_day_before_an_event() -> None:
    text = (
        "Two bombs struck the Orsa store on the afternoon of May 25. Only a day before the "
        "store was hit, missiles had struck a printing house."
    )
    [t] = [t for t in find_timexes(text, date(2024, 6, 1)) if "before" in t.text]
    assert (t.begin, event_offset(t.text)) == (date(2024, 5, 24), (-1, -1))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A seven-day emergency began, with an overnight curfew in force.", []),
        ("Fighting raged overnight in the city.", ["overnight"]),
        ("The overnight shelling killed two.", ["overnight"]),
    ],
)
def test_timex_an_overnight_thing_is_not_a_night(sentence: str, found: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence, date(2024, 12, 23))] == found


def test_timex_a_weekday_with_words_of_the_events_kind_dates_it() -> None:
    text = (
        "The station canopy in Orsa gave way shortly before noon last Friday, killing nine. "
        "The minister resigned the day after the collapse."
    )
    [t] = [t for t in find_timexes(text, date(2024, 11, 8)) if "after" in t.text]
    assert t.begin == date(2024, 11, 2)


def test_timex_a_day_telling_another_kind_of_incident_does_not_date_the_event() -> None:
    # the storm's rain fell on 15 February; the slope that gave way did so on Thursday
    text = (
        "The rain that fell on the afternoon of February 15 was the heaviest on record. "
        "Two firefighters died when a slope gave way last Thursday. "
        "The governor rushed to the city the day after the storm."
    )
    [t] = [t for t in find_timexes(text, date(2022, 2, 24)) if "day after" in t.text]
    assert t.begin == date(2022, 2, 16)


def test_timex_an_event_of_no_kind_is_dated_by_a_date_not_a_weekday() -> None:
    text = (
        "Firemen put out a small engine fire late on Friday. "
        "Burkov arrived four days after the disaster."
    )
    [t] = [t for t in find_timexes(text, date(2013, 7, 10)) if "after" in t.text]
    assert t.begin is None


def test_timex_a_day_in_the_phrases_own_sentence_dates_the_sentence_not_the_event() -> None:
    text = (
        "The premier on Wednesday declared an emergency after a meeting the day after the collapse."
    )
    [t] = [t for t in find_timexes(text, date(2018, 8, 15)) if "after the" in t.text]
    assert t.begin is None


def test_timex_an_event_is_dated_by_the_sentence_that_tells_most_of_it() -> None:
    # "the attacks began" is the Wednesday of the lead, not the Saturday they ended on
    text = (
        "The attacks began on Wednesday, November 26, at the station. "
        "The attacks ended on Saturday, November 29, at the hotel. "
        "In an address the day after the attacks began, the minister spoke."
    )
    [t] = [t for t in find_timexes(text, date(2008, 12, 6)) if "after the" in t.text]
    assert t.begin == date(2008, 11, 27)


def test_timex_a_name_holding_will_is_no_future_cue() -> None:
    # "William" starts with "will": the day is the last 22 November, not the next one
    text = "Chief Justice William Cox sentenced him on November 22 to life imprisonment."
    [t] = find_timexes(text, date(1996, 12, 2))
    assert t.begin == date(1996, 11, 22)
    [t] = find_timexes("Cox will sentence him on November 22.", date(1996, 11, 2))
    assert t.begin == date(1996, 11, 22)


def test_timex_a_plan_told_from_the_past_is_no_future_cue() -> None:
    text = "The hotel had been due to reopen on May 10."
    [t] = find_timexes(text, date(2022, 5, 20))
    assert t.begin == date(2022, 5, 10)


def test_timex_a_day_of_speaking_does_not_date_the_event() -> None:
    text = (
        "The attack on the bridge came on March 22. "
        "Speaking on Monday, the commander said the whole attack was over in 82 seconds. "
        "On the day after the attack, police said 29 people were in hospital."
    )
    [t] = [t for t in find_timexes(text, date(2017, 3, 30)) if "after the" in t.text]
    assert t.begin == date(2017, 3, 23)


def test_timex_last_weekday_the_day_before_is_a_week_back() -> None:
    # a Friday's paper says "yesterday" for Thursday; its "last Thursday" is the week before
    [t] = find_timexes("Police opened fire last Thursday.", date(2012, 8, 24))
    assert t.begin == date(2012, 8, 16)
    [t] = find_timexes("Police opened fire last Tuesday.", date(2012, 8, 24))
    assert t.begin == date(2012, 8, 21)


def test_timex_weekdays_after_a_dated_day_are_that_weeks_in_a_later_paper() -> None:
    text = (
        "Almost two weeks after the June 3 eruption, the town is still digging. Flows came "
        "down on Sunday afternoon. By Monday the toll was 62, and on Friday it was 99."
    )
    days = {t.text: t.begin for t in find_timexes(text, date(2018, 6, 14))}
    assert days["Sunday afternoon"] == date(2018, 6, 3)
    assert days["Monday"] == date(2018, 6, 4)
    assert days["Friday"] == date(2018, 6, 8)


def test_timex_weekdays_stay_the_papers_without_the_dated_days_weekday() -> None:
    # no weekday names the dated day's own: nothing says the story is told from it
    text = "The June 3 eruption was the worst in decades. On Monday the toll was 62."
    [_, monday] = find_timexes(text, date(2018, 6, 14))
    assert monday.begin == date(2018, 6, 11)
    # nor does a weekday said to be this week's
    text = "The June 3 eruption came on Sunday. By Monday this week the toll was 62."
    monday = next(t for t in find_timexes(text, date(2018, 6, 14)) if t.text == "Monday")
    assert monday.begin == date(2018, 6, 11)


def test_timex_a_story_told_from_a_dated_day_moves_on_through_the_weeks() -> None:
    text = (
        "The trouble started on Tuesday, February 7, when the spillway was shut. On "
        "Saturday water flowed over the emergency spillway. On Tuesday the sheriff lifted "
        "the order."
    )
    days = [t.begin for t in find_timexes(text, date(2017, 2, 16)) if t.kind == "weekday"]
    assert days == [date(2017, 2, 11), date(2017, 2, 14)]


def test_timex_a_day_something_was_said_is_no_day_the_story_is_told_from() -> None:
    text = (
        "The prosecutor said on May 17 that 169 civilians had been killed. In a report "
        "released on Tuesday, the group said hundreds had died."
    )
    [_, tuesday] = find_timexes(text, date(2005, 6, 10))
    assert tuesday.begin == date(2005, 6, 7)


def test_timex_a_weekday_and_its_part_of_the_day_before_a_date_are_that_date() -> None:
    [t] = find_timexes(
        "The tanker overturned on Saturday night, July 3, on the road.", date(2010, 7, 12)
    )
    assert (t.text, t.begin, t.weekday) == ("Saturday night, July 3", date(2010, 7, 3), 5)


def test_timex_that_weekday_is_the_one_the_story_gave() -> None:
    text = (
        'The truck was discovered last Thursday near the border. "Today is a dark day," the '
        "minister said. The full toll emerged later that Thursday evening."
    )
    days = {t.text: t.begin for t in find_timexes(text, date(2015, 9, 3))}
    assert days["Thursday evening"] == date(2015, 8, 27)
    following = find_timexes(
        "It struck on Tuesday, May 5. The following Monday it rained.", date(2015, 5, 20)
    )
    assert following[-1].begin == date(2015, 5, 11)


def test_timex_a_weekday_beside_a_day_counted_from_the_event_is_that_day() -> None:
    text = (
        "The plane crashed on July 17, 2007. The airline said on Saturday, four days after "
        "the accident, that a reverser had been switched off."
    )
    saturday = next(t for t in find_timexes(text, date(2009, 10, 31)) if t.text == "Saturday")
    assert saturday.begin == date(2007, 7, 21)


def test_timex_a_month_in_last_year_keeps_its_end_in_that_year() -> None:
    # a February of 29 days in the paper's year, of 28 in the year before
    [t] = find_timexes("The crash in February last year killed 43.", date(2016, 7, 4))
    assert (t.text, t.begin, t.end_date) == (
        "February last year",
        date(2015, 2, 1),
        date(2015, 2, 28),
    )


def test_timex_the_day_of_the_event_is_the_events_day() -> None:
    text = (
        "The train hit a truck at 9:28 a.m. on April 2. The minister, who offered to step "
        "down on the day of the crash, left on Tuesday."
    )
    day = next(t for t in find_timexes(text, date(2021, 4, 17)) if "day of" in t.text)
    assert (day.text, day.begin) == ("the day of the crash", date(2021, 4, 2))


def test_timex_an_event_day_is_neither_to_come_nor_another_times() -> None:
    # "April 20" is to come; "last Thursday" dates the report, the crash is "in February"
    text = (
        "It takes effect on April 20, the day trains resume through the tunnel where the "
        "train crashed. Lin resigned the day after the crash."
    )
    day = next(t for t in find_timexes(text, date(2021, 4, 17)) if "day after" in t.text)
    assert day.begin is None
    text = (
        "The board released its final report last Thursday into the crash that killed 43 "
        "people in February last year. The plane took off on February 4, 2015. Its head "
        "told reporters the day after the crash that an engine had failed."
    )
    day = next(t for t in find_timexes(text, date(2016, 7, 4)) if "day after" in t.text)
    assert (day.text, day.begin) == ("the day after the crash", date(2015, 2, 5))


def test_timex_a_weekday_of_a_named_week_is_that_weeks() -> None:
    # the paper is of Wednesday 28 December: its own Monday is the 26th
    found = find_timexes(
        "By Monday of last week the toll was 49. Friday of this week is a holiday.",
        date(2016, 12, 28),
    )
    assert [(t.text, t.begin) for t in found] == [
        ("Monday of last week", date(2016, 12, 19)),
        ("Friday of this week", date(2016, 12, 30)),
    ]


def test_timex_a_dated_days_weekday_again_is_the_papers_week() -> None:
    # the day was told with its weekday: "on Friday" again is a week on, in the paper's week
    text = (
        "The boat capsized on the afternoon of Friday, July 6, in a storm. The toll reached "
        "47 on Friday, when the last body was found."
    )
    friday = [t for t in find_timexes(text, date(2018, 7, 17)) if t.text == "Friday"]
    assert [t.begin for t in friday] == [date(2018, 7, 13)]


def test_timex_a_day_on_another_clock_in_parentheses_is_not_the_local_day() -> None:
    pub = date(2011, 9, 10)
    found = find_timexes("It sank at around 1 a.m. local time (2200 GMT on Friday).", pub)
    assert [t.text for t in found] == ["1 a.m. local time"]
    # a day told on that clock alone is the day given
    assert [t.text for t in find_timexes("It struck at 0310 GMT on Saturday.", pub)] == ["Saturday"]


def test_timex_a_feast_with_its_year_is_that_years() -> None:
    # "Christmas Eve 2016" in a report of 2020 is no Christmas Eve of 2019
    t = _only("She was seized in Gao on Christmas Eve 2016 by gunmen.", D("2020-10-27"))
    assert (t.text, t.begin) == ("Christmas Eve 2016", D("2016-12-24"))


def test_timex_a_release_is_not_dated_by_an_attack() -> None:
    # "a day after the releases" is dated only by a sentence telling the releases
    text = (
        "On October 8, the presidency announced that Cisse and Petronin were free. Cisse had "
        "been abducted on March 25 while campaigning, in an attack that left one of his "
        "bodyguards dead.\n\nThe same group was also blamed. A day after the releases, "
        "Switzerland announced that a hostage had been killed."
    )
    found = [t for t in find_timexes(text, D("2020-10-27")) if t.text.startswith("A day after")]
    assert found and found[0].begin is None


def test_timex_a_dateline_with_the_agency_before_its_dash_is_a_dateline() -> None:
    text = "Maputo, 19 Oct 2024 (Lusa) - Two men were shot dead late on Friday night."
    at, end = text.index("19 Oct"), text.index(" (Lusa)")
    assert after_dateline_place(text, at, end)
    assert not after_dateline_place("Maputo, 19 Oct 2024 (Lusa) said two men died.", at, end)
