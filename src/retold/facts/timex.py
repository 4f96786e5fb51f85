"""Find time expressions and resolve them to calendar-day intervals.

A retold story often moves an event by a day or a week ("on Sunday" for what
happened on Saturday), so every phrase is resolved against the publication date
(``pub``) and two phrases are compared as intervals of days. The conventions:

- A date without a year ("2 April", "Aug. 8") is the most recent such date on or
  before ``pub``; with a future cue earlier in its sentence ("will",
  "is planned for", "scheduled for", "next") it is the next one on or after.
- A weekday ("on Tuesday") is the most recent such day on or before ``pub`` (so
  "on Thursday" in a text published on a Thursday is that day); with a future
  cue it is the next one on or after ``pub``; "last Tuesday" is strictly before
  and "next Tuesday" strictly after.
- A weekday with a date ("Sunday, 2 April") resolves to the date; the weekday is
  kept in ``Timex.weekday`` so that a caller can check it against the calendar.
  Without a year, the year is the nearest one in which that date falls on that
  weekday, within two months of ``pub``. A bare day and month up to a week after ``pub`` is this year's (a
  notice of what is coming up).
- "this Sunday" is the Sunday of the Monday-to-Sunday week of ``pub``.
- "the night to Saturday" covers Friday and Saturday; "the night of Friday"
  covers Friday and Saturday as well. A time of day before a date or weekday
  ("12 o'clock of Sunday, 11 October", "dawn on April 15") is part of its text.
- "this week" is Monday to Sunday of the week of ``pub``; "last month" is the
  whole previous calendar month; "earlier this month" runs from its first day
  to ``pub``; "the past month" and "in the past two weeks" run back from
  ``pub`` by that much; "the weekend" is the last Saturday and Sunday, or the
  next ones with a future cue.
- "since August 2014" and "since August 2014 to date" run from 1 August 2014 to
  ``pub``; "between August 2014 and March 2017" from 1 August 2014 to
  31 March 2017.
- "in March" (no year) is the most recent March that has begun by ``pub``.
- "for two years" and "two years of conflict" are durations ending at ``pub``.
- "N days ago" is exact; "N weeks ago" allows 3 days either way, "N months ago"
  15 days and "N years ago" 60 days, since such phrases are rounded.
- A clock time on its own ("at 12:00", "half past two") is kept with no dates:
  nothing in it says which day it is.
- ``explicit`` is True when the text names the calendar position itself (a
  day and month, a month, a year); False when it comes from a weekday, a
  relative word or a duration.

"may", "march" and "august" and every abbreviation ("Mar.", "Sun.") count as a
month or weekday only when capitalised. Prepositions such as "on" and "in" are
not part of a time expression's text, except in "since", "between ... and" and
"from ... to", where they carry the meaning.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .numbers import OBSERVANCE as _OBSERVANCE  # a day set aside, not time gone by
from .numbers import _trie, parse_number  # one trie builder for both scanners

__all__ = [
    "TimeComparison",
    "Timex",
    "after_dateline_place",
    "compare_times",
    "event_offset",
    "find_timexes",
    "sets_aside",
]


@dataclass(frozen=True)
class Timex:
    """One time expression; ``begin``/``end_date`` are inclusive and None if unresolvable."""

    start: int
    end: int
    text: str
    kind: str
    begin: date | None
    end_date: date | None
    granularity: str
    weekday: int | None
    explicit: bool


@dataclass(frozen=True)
class TimeComparison:
    """Whether two time expressions can name the same day, and if not how far apart."""

    compatible: bool
    gap_days: int | None
    reason: str


# --- vocabulary -----------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
_DAY_NAMES = list(calendar.day_name)
# Month and weekday words that are also ordinary words, or abbreviations: they
# must be capitalised in the original text.
_NEEDS_CAPITAL = frozenset(
    ["may", "march", "august"]
    + [w for w in _MONTHS if len(w) <= 4 and w not in ("may", "june", "july")]
    + [w for w in _WEEKDAYS if len(w) <= 5 and not w.endswith("day")]
)
# Named days that are not the weekday of a date in the text ("Good Friday").
_NAMED_DAY_BEFORE = frozenset(
    "good black bloody super ash cyber holy easter palm maundy shrove giving".split()
)
_UNIT_WORDS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
}  # fmt: skip
_VAGUE_COUNTS = {"a few": (2, 5), "few": (2, 5), "several": (3, 9), "a couple of": (2, 3)}
# Slack either side of "N <unit> ago", in days, because such phrases are rounded.
_AGO_SLACK = {"day": 0, "week": 3, "month": 15, "year": 60, "decade": 365}

_NUMBER_WORDS_LIST = """one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred""".split()
_NUMBER_WORDS = (
    rf"(?:{'|'.join(sorted(_NUMBER_WORDS_LIST, key=len, reverse=True))})"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_COUNT = (
    rf"(?:\d{{1,3}}|{_NUMBER_WORDS}(?:\s+and\s+a\s+half)?|an?|a\s+few|few|several|a\s+couple\s+of)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
# All patterns run on the lower-cased text; capitalisation is checked afterwards
# on the original, which keeps the scan case-sensitive and fast.
_M = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:\.|\b))"
)
_M_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
_W = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.)"
)
_D = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_Y = r"(?<![\d.,])(?:19|20)\d\d(?![\d]|['’]?s\b)"
_DMY = rf"(?:the\s+)?{_D}(?:\s+of)?\s+{_M}(?:,?\s+{_Y})?"
_MDY = rf"{_M}\s*{_D}(?!,\d{{3}})(?:(?:,\s*|\s+){_Y})?"
_ISO = rf"{_Y}-(?:0?[1-9]|1[0-2])-(?:[12]\d|3[01]|0?[1-9])(?!\d)"
# "Saturday, July 3", and "Saturday night, July 3": the weekday and its part of the day
_DATE = (
    rf"(?:{_W}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+)?)?(?:{_ISO}|{_DMY}|{_MDY})"
)
_MY = rf"{_M},?\s+(?:of\s+)?{_Y}"
_SIDE = rf"(?:{_DATE}|{_MY}|{_Y}|{_W}|{_M_FULL})"
_TO_DATE = (
    r"(?:to\s+date|until\s+now|till\s+now|up\s+to\s+now|to\s+the\s+present(?:\s+day)?|"
    r"to\s+this\s+day|until\s+today)"
)
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:o['’`]?\s?clock|a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
    r"|\d{1,2}:\d{2}(?:\s*hours)?"
    rf"|{_HOUR_WORD}\s+o['’`]?\s?clock"
    rf"|(?:half|a\s+quarter|quarter)\s+(?:past|to)\s+(?:\d{{1,2}}|{_HOUR_WORD})\b)"
    r"(?:\s+(?:local|moscow|kyiv|baku|yerevan)\s+time|\s+(?:gmt|utc))?"
)
_TIME_OF_DAY = (
    rf"(?:{_CLOCK}|noon|midday|midnight|dawn|daybreak|dusk|sunrise|sunset"
    r"|the\s+(?:early\s+|small\s+)?(?:morning|afternoon|evening|night|hours))"
)
_PARTS_OF_DAY = r"(?:morning|afternoon|evening|night)"


# The words a time expression can start with; positions starting with any other
# word are rejected before the alternatives below are tried.
_FIRST_WORDS = _trie(
    [*_MONTHS, *_WEEKDAYS, *_NUMBER_WORDS_LIST]
    + """from between since today tonight yesterday tomorrow the this last next past previous
    coming earlier later early mid late overnight night noon midday midnight dawn daybreak dusk
    sunrise sunset for a an several in during by until till of before after throughout at
    around half quarter""".split()
)
# Each alternative starts with a look-ahead on its possible first letters, so
# that the re module can skip it at a glance: with the gate above, a long
# article takes a few milliseconds.
_TIMEX = re.compile(
    rf"""
    \b(?=\d|{_FIRST_WORDS}\b)(?:
      (?=f)(?P<since_from>from\s+(?P<sf_a>{_SIDE})\s+{_TO_DATE})
    | (?=f)(?P<range_from>from\s+(?P<rf_a>{_SIDE}|{_D})\s*(?:to|until|till|through|-|–)\s*(?P<rf_b>{_SIDE}))
    | (?=b)(?P<range_between>between\s+(?P<rb_a>{_SIDE}|{_D})\s+and\s+(?P<rb_b>{_SIDE}))
    | (?=s)(?P<since>since\s+(?:
          (?P<since_rel>yesterday|last\s+(?:week|month|year)
            |the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month|year))
        | (?:the\s+(?:start|beginning|outbreak|launch|onset|end)\s+of\s+[^.;!?\n]{{0,80}}?\b(?:in\s+)?)?
          (?P<since_x>{_SIDE}))
        (?:\s+{_TO_DATE})?)
    | (?=t)(?P<today_date>today,?\s+(?P<td_x>{_DATE}))
    | (?=[tno])(?P<night>(?:the\s+)?night\s+(?:of\s+(?:{_DATE}|{_W})\s+)?(?:to|into|before)\s+(?P<n_to>{_DATE}|{_W})
        |overnight\s+(?:in)?to\s+(?P<n_to2>{_DATE}|{_W})
        |(?:the\s+)?night\s+of\s+(?P<n_of>{_DATE}|{_W}))
    | (?=[\dnmdstoefhaq])(?P<time_date>{_TIME_OF_DAY}\s+(?:of|on)\s+(?:the\s+)?(?P<tdt_x>{_DATE}|{_W}|today|yesterday))
    | (?=[\djfmasond])(?P<day_range>(?P<dr_a>{_D})\s*(?:-|–|to|and|&)\s*(?P<dr_b>{_DMY})
        |(?P<mr_m>{_M})\s*(?P<mr_a>{_D})\s*(?:-|–)\s*(?P<mr_b>{_D})(?:,?\s+(?P<mr_y>{_Y}))?)
    | (?=[\djfmasondtw])(?P<date>{_DATE}(?:\s+{_PARTS_OF_DAY})?)
    | (?=[emljfasond])(?P<month_year>(?:(?:early|mid|late)[\s-]+)?{_MY})
    | (?=[\dotfsenha])(?P<ago>{_COUNT}\s+{_UNIT}\s+ago)
    | (?=[\dotfsenha])(?P<duration>for\s+{_COUNT}\s+{_UNIT}\b|{_COUNT}[\s-]{_UNIT}(?=\s+of\s)(?!\s+of\s+{_OBSERVANCE}))
    | (?=t)(?P<past>the\s+(?:past|last|previous)\s+(?:{_COUNT}\s+)?(?:{_UNIT}|24\s+hours|hours)
        (?!\s+of\b))
    | (?=[eltnpc])(?P<period>(?:(?:earlier|later)\s+)?this\s+(?:weekend|week|month|year)\b
        |(?<!the\s)(?:last|next|past|previous|coming)\s+(?:weekend|week|month|year)\b(?!\s+of\b)
        |the\s+weekend)
    | (?=[tyloe])(?P<day>today|tonight|yesterday|tomorrow|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)
        |this\s+(?:morning|afternoon|evening)|last\s+night|overnight|(?:earlier|later)\s+today)
    | (?=[lntcpmwfs])(?P<weekday>(?:(?P<wd_mod>last|next|this\s+coming|this\s+past|coming|past|this)\s+)?
        {_W}(?:\s+{_PARTS_OF_DAY})?)
    | (?=[idbutoa])(?:in|during|by|until|till|of|before|after)\s+
        (?P<month>(?:(?:early|mid|late|last|next|this)[\s-]+)?{_M_FULL})(?![\s,]*(?:of\s+)?\d)
    | (?=[emlnt])(?P<month_mod>(?:early|mid|late|last|next|this)[\s-]+{_M_FULL})(?![\s,]*(?:of\s+)?\d)
    | (?=[idbutoa])(?:in|during|by|until|till|before|after|throughout|of)\s+(?:the\s+year\s+)?
        (?P<year>(?:(?:early|mid|late)[\s-]+)?{_Y})
    | (?=[eml])(?P<year_mod>(?:early|mid|late)[\s-]+{_Y})
    | (?=[ta])(?:the|a|an)\s+(?P<year_the>{_Y})(?=\s+\S)
    | (?=[\dotfsenhaq])(?P<clock>{_CLOCK})
    | (?=[abutf])(?:at|before|after|by|around|until|till|from)\s+(?P<clock_word>noon|midday|midnight|dawn|daybreak|dusk)\b(?!\s+(?:of|on)\s)
    )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(r"[a-z]+|\d+")
_ISO_PARTS = re.compile(r"((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})")
_CAPITAL_CHECK = re.compile(rf"\b(?:{'|'.join(sorted(_NEEDS_CAPITAL, key=len, reverse=True))})\b")
_FUTURE_CUE = re.compile(
    # "was going to bring supplies" looks ahead from the past: no future cue
    r"\b(?:will|shall|won't|(?<!was\s)(?<!were\s)going\s+to|to\s+be\s+held|upcoming|next|tomorrow"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)(?:planned|scheduled|due|expected|set)\s+(?:for|on|to))\b"
    r"|'ll\b|’ll\b"
)
_FRONTED = re.compile(r"[\s\"“(]*(?:(?:on|by|from|at|and|but|then|so)\s+)?$")
_SENTENCE_END = ".!?;\n"
_PREFIX_GROUPS = ("month", "year", "year_the", "clock_word")
_SAME_DAY = frozenset(
    "today|tonight|earlier today|later today|this morning|this afternoon|this evening".split("|")
)


# --- calendar arithmetic -----------------------------------------------------


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift(d: date, amount: float, unit: str) -> date:
    """``d`` moved back by ``amount`` units (forward if negative)."""
    if unit == "day":
        return d - timedelta(days=round(amount))
    if unit == "week":
        return d - timedelta(days=round(7 * amount))
    months = {"month": 1, "year": 12, "decade": 120}[unit]
    whole = int(amount * months)
    moved = _add_months(d, -whole)
    rest = amount * months - whole
    return moved - timedelta(days=round(rest * 30))


def _weekday_date(wd: int, pub: date, mode: str) -> date:
    if mode == "future":
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if mode == "next":
        return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    if mode == "last":
        # "last Thursday" in a Friday's paper is a week back: the day before is "yesterday"
        back = (pub.weekday() - wd - 1) % 7 + 1
        return pub - timedelta(days=back + 7 if back == 1 else back)
    if mode == "this":  # the one in the Monday-to-Sunday week of pub
        return pub + timedelta(days=wd - pub.weekday())
    if mode == "nearest":  # a day set aside: the one closest to pub, either way
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7
        return pub - timedelta(days=back) if back <= ahead else pub + timedelta(days=ahead)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


# A day this close after publication, its year unnamed, is one coming up ("the orders
# take effect from 16 November" in a notice of the 15th), not last year's.
_NEAR_FUTURE_DAYS = 7
# A weekday that fits the date only in a year far from publication is a wrong weekday
# (kept for the caller to check), not a sign of that year.
_WEEKDAY_FIT_DAYS = 60


def _day_without_year(
    month: int, day: int, pub: date, future: bool, weekday: int | None = None
) -> date | None:
    """The nearest valid date before (or, with a future cue, after) ``pub``; with a
    weekday named ("Saturday 16 November"), the nearest such date on that weekday."""
    if weekday is not None:
        fits = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday and abs((candidate - pub).days) <= _WEEKDAY_FIT_DAYS:
                fits.append(candidate)
        if fits:
            return min(fits, key=lambda d: abs((d - pub).days))
    try:
        this_year = date(pub.year, month, day)
    except ValueError:
        this_year = None
    if this_year is not None and 0 < (this_year - pub).days <= _NEAR_FUTURE_DAYS:
        return this_year
    step = 1 if future else -1
    for offset in range(9):  # 29 February needs up to eight years
        year = pub.year + step * offset
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= pub) if future else (candidate <= pub):
            return candidate
    return None


def _month_without_year(month: int, pub: date, mode: str) -> int:
    if mode == "future":
        return pub.year if month >= pub.month else pub.year + 1
    if mode == "next":
        return pub.year if month > pub.month else pub.year + 1
    if mode == "last":
        return pub.year if month < pub.month else pub.year - 1
    if mode == "this":
        return pub.year
    return pub.year if month <= pub.month else pub.year - 1


# --- parsing one phrase ----------------------------------------------------


@dataclass
class _Parts:
    """What a phrase names: any of year, month, day, weekday."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


@dataclass
class _Resolved:
    begin: date | None
    end: date | None
    granularity: str
    explicit: bool
    weekday: int | None
    kind: str


def _parts(lower: str) -> _Parts:
    parts = _Parts()
    iso = _ISO_PARTS.search(lower)
    if iso is not None:
        parts.year, parts.month, parts.day = (int(g) for g in iso.groups())
        lower = lower[: iso.start()] + lower[iso.end() :]
    for token in _TOKEN.findall(lower):
        if token.isdigit():
            if len(token) == 4 and parts.year is None:
                parts.year = int(token)
            elif len(token) <= 2 and parts.day is None:
                parts.day = int(token)
        elif token in _MONTHS and parts.month is None:
            parts.month = _MONTHS[token]
        elif token in _WEEKDAYS and parts.weekday is None:
            parts.weekday = _WEEKDAYS[token]
    return parts


def _resolve_parts(parts: _Parts, pub: date | None, mode: str) -> _Resolved:
    """Turn named calendar parts into an interval, inferring what is missing from ``pub``."""
    future = mode in ("future", "next")  # "this" falls back to the most recent past date
    if parts.month is not None and parts.day is not None:
        if parts.year is not None:
            try:
                day = date(parts.year, parts.month, parts.day)
            except ValueError:
                return _Resolved(None, None, "day", True, parts.weekday, "date")
            return _Resolved(day, day, "day", True, parts.weekday, "date")
        if pub is None:
            return _Resolved(None, None, "day", True, parts.weekday, "date")
        found = _day_without_year(parts.month, parts.day, pub, future, parts.weekday)
        return _Resolved(found, found, "day", True, parts.weekday, "date")
    if parts.month is not None:
        year = parts.year
        if year is None:
            if pub is None:
                return _Resolved(None, None, "month", True, None, "month")
            year = _month_without_year(parts.month, pub, mode)
        first, last = _month_span(year, parts.month)
        return _Resolved(first, last, "month", True, None, "month")
    if parts.year is not None:
        return _Resolved(
            date(parts.year, 1, 1), date(parts.year, 12, 31), "year", True, None, "year"
        )
    if parts.weekday is not None:
        if pub is None:
            return _Resolved(None, None, "day", False, parts.weekday, "weekday")
        day = _weekday_date(parts.weekday, pub, mode)
        return _Resolved(day, day, "day", False, parts.weekday, "weekday")
    return _Resolved(None, None, "day", False, None, "date")


def _count(words: str) -> tuple[float, float] | None:
    """The number in 'two', 'a few', '24'; vague counts give a (low, high) pair."""
    words = " ".join(words.split())
    if words in _VAGUE_COUNTS:
        low, high = _VAGUE_COUNTS[words]
        return float(low), float(high)
    if words in ("a", "an"):
        return 1.0, 1.0
    value = parse_number(words)
    return None if value is None else (value, value)


def _count_and_unit(phrase: str) -> tuple[tuple[float, float], str] | None:
    tokens = phrase.replace("-", " ").split()
    unit_at = next((i for i, t in enumerate(tokens) if t in _UNIT_WORDS), None)
    if unit_at is None:
        return None
    unit = _UNIT_WORDS[tokens[unit_at]]
    start = max(
        (i + 1 for i, t in enumerate(tokens[:unit_at]) if t in ("for", "past", "last", "previous")),
        default=0,
    )
    count_words = " ".join(tokens[start:unit_at])
    count = _count(count_words) if count_words else (1.0, 1.0)
    if count is None:
        return None
    return count, unit


# --- the finder --------------------------------------------------------------


def _future_cue(lower: str, start: int, end: int) -> bool:
    """Whether the sentence around a phrase talks about the future."""
    sentence_start = max(lower.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    if _FUTURE_CUE.search(lower, sentence_start, start):
        return True
    if _FRONTED.match(lower, sentence_start, start) is None:
        return False
    ends = [i for i in (lower.find(c, end) for c in _SENTENCE_END) if i >= 0]
    return _FUTURE_CUE.search(lower, end, min(ends, default=len(lower))) is not None


def _capitals_ok(text: str, lower: str, start: int, end: int) -> bool:
    for m in _CAPITAL_CHECK.finditer(lower, start, end):
        if not text[m.start()].isupper():
            return False
    return True


def _mode(lower: str, start: int, end: int, modifier: str | None) -> str:
    if modifier is not None:
        modifier = " ".join(modifier.split())
        if modifier in ("last", "past", "this past"):
            return "last"
        if modifier == "next":
            return "next"
        if modifier in ("coming", "this coming"):
            return "future"
        if modifier == "this":
            return "this"
    if _OWNED_INCIDENT_RE.match(lower, end):
        # "rail cars involved in Friday's derailment": an incident a day owns has happened,
        # whatever the sentence says is to come
        return "past"
    return "future" if _future_cue(lower, start, end) else "past"


# "at around 1 a.m. local time (2200 GMT on Friday)": the day on another clock, not the
# day it happened where it happened.
_OTHER_CLOCK_RE = re.compile(r"\(\s*\d{1,4}(?::\d\d)?\s*(?:GMT|UTC)\s+(?:on\s+)?$")


def find_timexes(text: str, published: date | None) -> list[Timex]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    Offsets are character offsets into ``text``. Without a publication date,
    only phrases that name their own year can be resolved.
    """
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found: list[Timex] = []
    pos = 0
    while True:
        m = _TIMEX.search(lower, pos)
        if m is None:
            break
        kind = m.lastgroup or ""
        start, end = m.span(kind) if kind in _PREFIX_GROUPS else m.span()
        if (
            not _capitals_ok(text, lower, start, end)
            or (kind == "weekday" and _named_day(text, lower, start, end))
            or _OTHER_CLOCK_RE.search(text, max(0, start - 16), start)
        ):
            pos = m.start() + 1
            continue
        if kind == "year_the" and not _year_the_ok(text, m.end()):
            pos = m.start() + 1
            continue
        if (
            kind == "day"
            and lower[start:end] == "overnight"
            and _ADJECTIVE_BEFORE.search(lower, max(0, start - 8), start)
        ):
            pos = m.end()
            continue  # "an overnight curfew": how long it lasts, not when
        resolved = _resolve(m, kind, lower, start, end, published)
        found.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                kind=resolved.kind,
                begin=resolved.begin,
                end_date=resolved.end,
                granularity=resolved.granularity,
                weekday=resolved.weekday,
                explicit=resolved.explicit,
            )
        )
        pos = m.end()
    found = _with_holidays(text, found, published)
    found = _with_narrative_week(text, found, published)
    found = _with_anaphoric_weekdays(text, found)
    return _with_apposed_event_days(
        text,
        _with_event_days(text, _with_named_week(text, _with_named_year(text, found)), published),
    )


def _with_apposed_event_days(text: str, found: list[Timex]) -> list[Timex]:
    """ "on Saturday, four days after the accident": the weekday is the day the phrase
    beside it counts from the event, when the two agree on the weekday."""
    out = list(found)
    for i, (t, u) in enumerate(zip(found, found[1:], strict=False)):
        if (
            t.kind == "weekday"
            and u.kind == "relative"
            and u.begin is not None
            and u.begin == u.end_date
            and u.begin.weekday() == t.weekday
            and text[t.end : u.start].strip() in (",", "")
        ):
            out[i] = replace(t, begin=u.begin, end_date=u.begin)
    return out


# A story told days after its events names the first day and then its weekdays ("the
# June 3 eruption ... on Sunday afternoon ... By Monday"): those weekdays are that week's,
# not the week before publication. Read so only when a bare weekday later names the
# dated day's own weekday, and the dated day lies this far before publication.
_NARRATIVE_MIN_DAYS = 7
_NARRATIVE_MAX_DAYS = 60
_WEEKDAY_MODIFIERS = ("last ", "next ", "this ", "coming ", "past ")
_WEEK_NAMED_RE = re.compile(r",?\s+(?:of\s+)?(?:this|last|next|that)\s+week\b", re.I)
# "the prosecutor said on May 17": a day something was said, not one the story is told from
_SAID_ON_RE = re.compile(r"\b(?:said|told|announced|stated|reported|wrote|added)\s+(?:on\s+)?$")


def _with_narrative_week(text: str, found: list[Timex], published: date | None) -> list[Timex]:
    """Bare weekdays after a dated day, in a later paper, read as the days that follow it
    in the order the story tells them ("on Tuesday, February 7 ... On Saturday ... On
    Tuesday the sheriff lifted the order": the Tuesday after)."""
    if published is None:
        return found
    out = list(found)
    cursor: date | None = None  # the story's day so far, while it is told: on, not back
    named = False  # whether the story's first day was told with its weekday
    for i, t in enumerate(found):
        if t.kind == "date" and t.explicit and t.granularity == "day" and t.begin is not None:
            lag = (published - t.begin).days
            told_from = (
                _NARRATIVE_MIN_DAYS <= lag <= _NARRATIVE_MAX_DAYS
                and _SAID_ON_RE.search(text, max(0, t.start - 20), t.start) is None
                and _names_weekday_of(found, t)
            )
            cursor = t.begin if told_from else None
            # "Friday, July 6": a day told with its weekday, which the story need not repeat
            named = t.weekday is not None
            continue
        if (
            cursor is None
            or t.kind != "weekday"
            or t.weekday is None
            or t.granularity != "day"
            or t.text.lower().startswith(_WEEKDAY_MODIFIERS)
            or _WEEK_NAMED_RE.match(text, t.end) is not None  # "By Monday this week"
            or (t.begin is not None and t.begin > published)  # one to come
        ):
            continue
        day = _weekday_date(t.weekday, cursor, "future")
        if day > published:
            continue
        if day == cursor and named:
            # "capsized on Friday, July 6 ... The toll reached 47 on Friday": a day told
            # with its weekday, its weekday again is a week on; the paper's week decides
            continue
        cursor, named = day, False
        out[i] = replace(t, begin=day, end_date=day)
    return out


def _with_anaphoric_weekdays(text: str, found: list[Timex]) -> list[Timex]:
    """ "later that Thursday evening", "the following Monday": a weekday counted from the
    days the story has given, not from publication (left unresolved by the scan)."""
    out = list(found)
    for i, t in enumerate(found):
        if t.kind != "weekday" or t.begin is not None or t.weekday is None:
            continue
        before = text[max(0, t.start - 24) : t.start].lower().split()
        word = before[-1] if before else ""
        # days the story names: not "today" (in a quotation, the speaker's own)
        days = [
            y.begin
            for y in out[:i]
            if y.kind in ("date", "weekday") and y.granularity == "day" and y.begin is not None
        ]
        if not days or word not in _ANAPHORIC_DAY:
            continue
        cursor = days[-1]
        if word in ("that", "same"):
            # the day of that weekday the story last gave
            named = [d for d in days if d.weekday() == t.weekday]
            day = named[-1] if named else None
        elif word == "following":
            day = _weekday_date(t.weekday, cursor, "next")
        else:  # previous, preceding
            day = cursor - timedelta(days=(cursor.weekday() - t.weekday - 1) % 7 + 1)
        if day is not None:
            out[i] = replace(t, begin=day, end_date=day)
    return out


def _names_weekday_of(found: list[Timex], anchor: Timex) -> bool:
    """Whether a bare weekday after a dated day names that day's own weekday."""
    assert anchor.begin is not None
    return any(
        t.kind == "weekday"
        and t.start > anchor.start
        and t.weekday == anchor.begin.weekday()
        and not t.text.lower().startswith(_WEEKDAY_MODIFIERS)
        for t in found
    )


# A day counted from an event the story has dated: "the day after the bombings", "four
# days after the disaster", "on the same day as the strikes".
_AFTER_EVENT_RE = re.compile(
    rf"\b(?:(?:the\s+)?(?:very\s+)?(?:next|following)\s+day\s+after"
    rf"|the\s+(?:very\s+)?day\s+(?:after|before)"
    rf"|(?P<count>{_COUNT})\s+(?P<unit>days?|weeks?)\s+(?:after|before)"
    rf"|the\s+same\s+day\s+as"
    # "offered to step down on the day of the crash"
    rf"|(?<=\bon\s)the\s+(?:very\s+)?(?:same\s+)?day\s+of)"
    r"\s+(?:the|its|their|this|that)\s+(?P<event>[^\W\d_][\w'’-]*(?:\s+(?!(?:and|or|but|was|were|"
    r"is|are|had|has|when|as|in|on|at|to|of|by|with|for|from|that|which|who|where)\b)"
    r"[^\W\d_][\w'’-]*){0,2})",
    re.I,
)
# Words that tell an incident in the sentence that dates it, when it does not repeat the
# word the later phrase uses ("the bombings" for "attackers blew themselves up"), by kind:
# a day that tells another kind of incident ("firefighters died when a slope gave way")
# is not the storm's.
_INCIDENT_KINDS = {
    "attack": r"attack|bomb|blast|blew|explo|shoot|shot|gunm|raid|strike|struck|hit|massacre|"
    r"stab|ramm|killed|killing",
    "collapse": r"collaps|gave\s+way|came\s+(?:crashing\s+)?down|toppl",
    "quake": r"quake|tremor|temblor|struck|hit|shook|jolt",
    "storm": r"storm|cyclone|hurricane|typhoon|landfall|rain|flood|struck|hit|lash|batter",
    "fire": r"fire|blaze|burn|flame",
    "crash": r"crash|derail|collid|collision|sank|sink|capsiz|hit|struck|slammed|plung",
    "eruption": r"erupt",
}
_INCIDENT_RES = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in _INCIDENT_KINDS.items()}
# A day's incident: "Friday's derailment", "Monday's quake".
_OWNED_INCIDENT_RE = re.compile(
    rf"['’]s\s+(?:\w+\s+)?(?:{'|'.join(_INCIDENT_KINDS.values())}|disaster|tragedy)", re.I
)
# An event word of no kind ("the disaster", "the tragedy") is told by any of them.
_INCIDENT_RE = re.compile(
    rf"\b(?:{'|'.join(_INCIDENT_KINDS.values())}|died|disaster|tragedy)", re.I
)


def _incident_re(event: str) -> re.Pattern[str]:
    """The words that tell the kind of incident an event phrase names."""
    for pattern in _INCIDENT_RES.values():
        if pattern.search(event):
            return pattern
    # "the day after the releases" is no incident: only its own words date it
    return _NOTHING_RE if _NOT_INCIDENT_RE.search(event) else _INCIDENT_RE


# Events that are no incident: the day of an attack is not the day of a release.
_NOT_INCIDENT_RE = re.compile(
    r"\b(?:releas|rescu|freed|announc|meeting|summit|election|vote|visit|talks|statement|"
    r"report|funeral|verdict|ruling|trial|hearing|inquest|deal|agreement|ceasefire|truce|"
    r"speech|arrival|return|handover|swap|exchange|resignation|appointment|signing|launch)",
    re.I,
)
_NOTHING_RE = re.compile(r"(?!)")


# How far back a dated sentence may tell the event, in characters: a story's lead, not
# another story.
_EVENT_LOOKBACK = 6000


_BOUNDARY_RE = re.compile(r"[.!?;][\"”’)]*\s+(?=[\"“(]*[A-Z0-9])|\n")


_DATELINE_BEFORE_RE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?,\s*$", re.M)


_TITLED_PLACE_RE = re.compile(r"[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,2},\s*")
# (an agency's name may stand between: "Maputo, 19 Oct 2024 (Lusa) - ")
_DASH_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:-|–|—)\s")


def after_dateline_place(text: str, at: int, end: int | None = None) -> bool:
    """Whether a dateline's place in capitals opens the line up to ``at`` ("GENOA, " before
    "August 15 (ANSA) -"): a day there is when the report was filed. Given the day's
    ``end``, a place not in capitals counts too when a dash closes the day ("Bukavu, 3 July
    2010 - The mission ...")."""
    line = max(0, text.rfind("\n", 0, at) + 1)
    if _DATELINE_BEFORE_RE.search(text, line, at) is not None:
        return True
    return (
        end is not None
        and _TITLED_PLACE_RE.fullmatch(text, line, at) is not None
        and _DASH_AFTER_RE.match(text, end) is not None
    )


def _sentence_start(text: str, pos: int) -> int:
    first = 0
    for m in _BOUNDARY_RE.finditer(text, max(0, pos - _EVENT_LOOKBACK), pos):
        first = m.end()
    return first


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] starts and ends; "1 a.m." ends none."""
    last = _BOUNDARY_RE.search(text, end)
    return _sentence_start(text, start), last.start() if last else len(text)


# A day a statement was made on: "Speaking on Monday", "said on Monday", "on Monday said".
_SPOKEN_BEFORE_RE = re.compile(
    r"\b(?:speaking|said|says|told|announced|added|stated|testified|wrote)\s+(?:on\s+|last\s+)?$",
    re.I,
)
_SPOKEN_AFTER_RE = re.compile(
    r"[\s,]+(?:he |she |they |it |police |officials )?(?:said|told)\b", re.I
)


def _event_day(
    text: str, found: list[Timex], before: int, event: str, published: date | None = None
) -> date | None:
    """The day the text gave the event, in the nearest earlier sentence that dates a
    single day and tells it: by the phrase's own word, or by a word for an incident."""
    stems = {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", event)}
    told = _incident_re(event)
    # a day in the phrase's own sentence dates what the sentence tells, not the event
    # ("on Wednesday declared ... after a meeting the day after the collapse")
    own_start = _sentence_start(text, before)
    best: tuple[int, date] | None = None  # (event words the sentence shares, its day)
    kind_day: date | None = None  # the nearest day of an incident of the event's kind
    for t in reversed(found):
        if t.end > before or before - t.start > _EVENT_LOOKBACK or t.start >= own_start:
            continue
        # a weekday the text resolved may date it ("gave way last Friday")
        if t.begin is None or t.begin != t.end_date:
            continue
        if published is not None and t.begin > published:
            continue  # "it takes effect on April 20, ... where the train crashed": to come
        if after_dateline_place(text, t.start):
            continue  # "GENOA, August 15 (ANSA) -": the day of filing, not of the event
        if _SPOKEN_BEFORE_RE.search(text, max(0, t.start - 30), t.start) or _SPOKEN_AFTER_RE.match(
            text, t.end
        ):
            continue  # "Speaking on Monday, ... said the whole attack was over": a day of words
        s_start, s_end = _sentence_bounds(text, t.start, t.end)
        sentence = text[s_start:s_end]
        event_time = _event_time_beside(text, found, t, (s_start, s_end), told, stems)
        if event_time is not None:
            # "released its report last Thursday into the crash ... in February last
            # year": the crash has a time of its own; a day within it told before dates it
            month_day = _day_within_month(found, before, own_start, event_time)
            if month_day is not None and best is None and kind_day is None:
                kind_day = month_day
            continue
        words = {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", sentence)}
        # the nearest sentence that tells most of the phrase: "the day after the attacks
        # began" is dated by "the attacks that began on Wednesday", not by a later
        # sentence on the attacks' end
        shared = len(stems & words)
        if shared and (best is None or shared > best[0]):
            best = (shared, t.begin)
        # A weekday with words of the event's kind; a date with words of any incident
        # for an event of no kind ("four days after the disaster" is not dated by "a small
        # engine fire late on Friday").
        if (
            best is None
            and kind_day is None
            and told.search(sentence)
            and (t.explicit or told is not _INCIDENT_RE)
        ):
            kind_day = t.begin  # before any sentence with the phrase's words: it dates it
    return kind_day if kind_day is not None else best[1] if best is not None else None


def _event_word_at(text: str, start: int, end: int, told: re.Pattern[str], stems: set[str]) -> int:
    """Where in text[start:end] the event is told: its own word, else an incident word;
    -1 when neither is there."""
    for w in re.finditer(r"[^\W\d_]{4,}", text[start:end]):
        if w.group(0).lower()[:5] in stems:
            return start + w.start()
    m = told.search(text, start, end)
    return -1 if m is None else m.start()


def _time_near(found: list[Timex], t: Timex, start: int, end: int, at: int) -> Timex | None:
    """Another time of the sentence nearer the event word than ``t`` that does not hold its
    day: the time the sentence gives the event."""
    assert t.begin is not None
    for u in found:
        if u is t or not (start <= u.start < end) or u.begin is None or u.end_date is None:
            continue
        if u.begin <= t.begin <= u.end_date:
            continue
        # "released its report last Thursday into the crash ... in February last year":
        # a time after the event's word is its own, one before it the sentence's verb's
        if abs(u.start - at) < abs(t.start - at) or t.start < at < u.start:
            return u
    return None


def _event_time_beside(
    text: str,
    found: list[Timex],
    t: Timex,
    sentence: tuple[int, int],
    told: re.Pattern[str],
    stems: set[str],
) -> Timex | None:
    """The time t's sentence gives the event itself, nearer the event's word than t and
    not holding t's day; None where the sentence gives it none."""
    start, end = sentence
    at = _event_word_at(text, start, end, told, stems)
    return _time_near(found, t, start, end, at) if at >= 0 else None


def _day_within_month(
    found: list[Timex], before: int, own_start: int, event_time: Timex
) -> date | None:
    """The one explicit day told before the phrase inside the month the event's sentence
    gives it ("in February last year" ... "on February 4, 2015")."""
    u = event_time
    if u.granularity != "month" or u.begin is None or u.end_date is None:
        return None
    days = {
        d.begin
        for d in found
        if d.explicit
        and d.begin is not None
        and d.begin == d.end_date
        and d.end <= own_start
        and d.start < before
        and u.begin <= d.begin <= u.end_date
    }
    return days.pop() if len(days) == 1 else None


def _offset_of(m: re.Match[str]) -> tuple[int, int] | None:
    """Days from the event, low and high: negative before it ("a day before the strike")."""
    if "same" in m.group(0).lower() or re.search(r"\bday\s+of\s", m.group(0), re.I):
        return 0, 0
    low, high = 1, 1
    if m.group("count"):
        counted = _count_and_unit(f"{m.group('count').lower()} {m.group('unit').lower()}")
        if counted is None:
            return None
        (low_f, high_f), unit = counted
        if unit == "week":  # "a week after": rounded, a day either way
            low, high = round(7 * low_f) - 1, round(7 * high_f) + 1
        else:
            low, high = round(low_f), round(high_f)
    if re.search(r"\bbefore\s", m.group(0), re.I):
        return -high, -low
    return low, high


def sets_aside(text: str, end: int) -> bool:
    """Whether the day ending at ``end`` is named as a day set aside ("declared Monday a
    day of national mourning"): the day of the mourning, not of the declaring."""
    return _SET_ASIDE_RE.match(text.lower(), end) is not None


def event_offset(phrase: str) -> tuple[int, int] | None:
    """How many days after an event a phrase puts something ("four days after the
    disaster": (4, 4)), or None when it does not count from an event."""
    m = _AFTER_EVENT_RE.search(phrase)
    return None if m is None else _offset_of(m)


def _with_event_days(text: str, found: list[Timex], published: date | None = None) -> list[Timex]:
    """Days told from an event resolved against the day the text gave that event; left
    unresolved when it gave none, since publication says nothing of it."""
    out = list(found)
    for m in _AFTER_EVENT_RE.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        offset = _offset_of(m)
        if offset is None:
            continue
        day = _event_day(text, found, m.start(), m.group("event"), published)
        begin = None if day is None else day + timedelta(days=offset[0])
        end = None if day is None else day + timedelta(days=offset[1])
        out.append(
            Timex(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                kind="relative",
                begin=begin,
                end_date=end,
                granularity="day" if offset[0] == offset[1] else "span",
                weekday=None,
                explicit=False,
            )
        )
    return sorted(out, key=lambda t: t.start)


# Feasts that name a day of their own: "on Easter Monday", "on Christmas Eve".
_HOLIDAY_RE = re.compile(
    r"\b(?>Good\s+Friday|Holy\s+Saturday|Easter(?:\s+(?:Sunday|Monday|Day))?"
    r"|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day"
    r"|New\s+Year['’]s\s+(?:Day|Eve)"
    r")\b"
    # "a Christmas tree", "the Easter holidays", "Christmas shopping": a thing of the
    # season, no day
    r"(?!\s+(?:trees?|lights?|markets?|cards?|gifts?|presents?|decorations?|parties|party|"
    r"holidays?|season|shopping|dinner|lunch|eggs?|services?|message|address|truce|ceasefire|"
    r"break|period|week|weekend|rush|carols?|songs?|celebrations?|festivities|Island))"
)
_EASTER_OFFSET = {"good friday": -2, "holy saturday": -1, "easter monday": 1}
_FIXED_FEAST = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _feast(name: str, year: int) -> date:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in _FIXED_FEAST:
        month, day = _FIXED_FEAST[key]
        return date(year, month, day)
    return _easter(year) + timedelta(days=_EASTER_OFFSET.get(key, 0))


_HOLIDAY_YEAR_RE = re.compile(r",?\s+((?:19|20)\d\d)\b")


def _with_holidays(text: str, found: list[Timex], published: date | None) -> list[Timex]:
    """Feast days, resolved to the latest one on or before publication (a report tells
    of the Easter just past); unresolved without a publication date."""
    out = list(found)
    for m in _HOLIDAY_RE.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in found):
            continue
        day: date | None = None
        end = m.end()
        year = _HOLIDAY_YEAR_RE.match(text, end)
        if year is not None:
            # "on Christmas Eve 2016": that year's, whenever the report was filed
            day = _feast(m.group(0), int(year.group(1)))
            end = year.end()
            out = [t for t in out if not (m.end() <= t.start and t.end <= end)]
        elif published is not None:
            day = _feast(m.group(0), published.year)
            if day > published:
                day = _feast(m.group(0), published.year - 1)
        out.append(
            Timex(
                start=m.start(),
                end=end,
                text=text[m.start() : end],
                kind="date",
                begin=day,
                end_date=day,
                granularity="day",
                weekday=day.weekday() if day else None,
                explicit=True,
            )
        )
    return sorted(out, key=lambda t: t.start)


# "11 July of last year", "in March this year": a day or month whose year follows it.
_YEAR_AFTER_RE = re.compile(
    r",?\s+(?:of\s+)?(last|this|next|the\s+previous|the\s+following)\s+year\b", re.I
)
_YEAR_STEP = {"last": -1, "this": 0, "next": 1, "the previous": -1, "the following": 1}


def _with_period_after(
    text: str,
    found: list[Timex],
    after: re.Pattern[str],
    resolve: Callable[[Timex, Timex], tuple[date, date] | None],
) -> list[Timex]:
    """A time followed by the period it is in ("11 July of last year", "Monday of last
    week") is one phrase in that period: ``resolve`` gives its days from the two times,
    or None where they are no such pair."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        m = after.match(text, t.end)
        days = (
            resolve(t, nxt)
            if m is not None and nxt is not None and nxt.end == m.end() and nxt.begin is not None
            else None
        )
        if m is not None and days is not None:
            out.append(
                replace(
                    t, end=m.end(), text=text[t.start : m.end()], begin=days[0], end_date=days[1]
                )
            )
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _with_named_year(text: str, found: list[Timex]) -> list[Timex]:
    """A day or month followed by the year it is in ("11 July of last year") is one phrase
    in that year, not a day of the year of publication and a year beside it."""
    return _with_period_after(text, found, _YEAR_AFTER_RE, _in_named_year)


def _in_named_year(t: Timex, year_of: Timex) -> tuple[date, date] | None:
    if (
        year_of.kind != "relative"
        or year_of.start < t.start
        or t.granularity not in ("day", "month")
        or t.begin is None
        or year_of.begin is None
    ):
        return None
    year = year_of.begin.year
    begin = _in_year(t.begin, year)
    end = (
        # "February last year" ends on the 28th when the paper's February had 29 days
        date(year, t.begin.month, calendar.monthrange(year, t.begin.month)[1])
        if t.granularity == "month"
        else _in_year(t.end_date or t.begin, year)
    )
    return None if begin is None or end is None else (begin, end)


# "Monday of last week", "Thursday of this week": a weekday in the week named after it.
_WEEK_AFTER_RE = re.compile(
    r"\s+of\s+(?:last|this|next|the\s+previous|the\s+following)\s+week\b", re.I
)


def _with_named_week(text: str, found: list[Timex]) -> list[Timex]:
    """A weekday followed by the week it is in ("by Monday of last week") is that week's
    day, not the nearest one of the paper's week and a week beside it."""
    return _with_period_after(text, found, _WEEK_AFTER_RE, _in_named_week)


def _in_named_week(t: Timex, week: Timex) -> tuple[date, date] | None:
    if t.kind != "weekday" or t.weekday is None or week.granularity != "week" or not week.begin:
        return None
    day = week.begin + timedelta(days=(t.weekday - week.begin.weekday()) % 7)
    return day, day


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


_SET_ASIDE_RE = re.compile(
    rf"\s+(?:as\s+)?(?:an?\s+)?(?:(?:national|official|public|special)\s+)?(?:day\s+of\s+{_OBSERVANCE}"
    r"|(?:public\s+|national\s+|bank\s+)?holiday\b)"
)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_ANAPHORIC_DAY = frozenset({"that", "same", "following", "previous", "preceding"})

# Words before "that" that make it a conjunction ("announced that Monday would be ..."),
# not a pointer back to a day the story named ("on that Monday").
_THAT_CLAUSE = re.compile(
    r"(?:said|says|say|announced|announces|added|stated|declared|confirmed|told|tells|"
    r"reported|decided|agreed|ordered|warned|noted|insisted|promised|explained|revealed|"
    r"indicated|believed|thought|knew|hoped|expected|ensured|clear|news|so|now)$"
)


def _conjunction(before: list[str]) -> bool:
    """Whether the "that" ending ``before`` opens a clause rather than pointing at a day."""
    return before[-1] == "that" and len(before) > 1 and bool(_THAT_CLAUSE.search(before[-2]))


def _named_day(text: str, lower: str, start: int, end: int) -> bool:
    """'Good Friday', and 'the Sunday Times', name something other than a day."""
    before = lower[max(0, start - 12) : start].split()
    if before and before[-1] in _NAMED_DAY_BEFORE:
        return True
    after = text[end : end + 2]
    return bool(before) and before[-1] == "the" and after[:1] == " " and after[1:].isupper()


def _year_the_ok(text: str, end: int) -> bool:
    """'the 2018 Camp Fire' and 'a 1994 truce' are years; 'the 2000 people' is not."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text):
        return False
    return text[i].isupper() or text[i] in "-–"


def _resolve(
    m: re.Match[str], kind: str, lower: str, start: int, end: int, pub: date | None
) -> _Resolved:
    if kind in ("since", "since_from"):
        return _resolve_since(m, kind, lower, start, end, pub)
    if kind in ("range_from", "range_between", "day_range"):
        return _resolve_range(m, kind, lower, start, end, pub)
    if kind in ("today_date", "time_date", "night", "date", "month_year", "month", "month_mod"):
        return _resolve_named(m, kind, lower, start, end, pub)
    if kind in ("year", "year_mod", "year_the"):
        return _resolve_parts(_parts(m.group(kind)), pub, "past")
    if kind in ("clock", "clock_word"):
        return _Resolved(None, None, "day", False, None, "time")
    if kind == "weekday":
        parts = _parts(m.group(kind))
        mode = _mode(lower, start, end, m.group("wd_mod"))
        if m.group("wd_mod") is None and _SET_ASIDE_RE.match(lower, end):
            # "declared Monday a day of national mourning": a day set aside is as often
            # the coming one as the last
            mode = "nearest"
        before = lower[max(0, start - 24) : start].split()
        if (
            parts.day is None
            and before
            and before[-1] in _ANAPHORIC_DAY
            and not _conjunction(before)
        ):
            # "on that Tuesday night", "the following Monday": a day counted from another
            # date in the story, not from the day of publication.
            pub = None
        resolved = _resolve_parts(parts, pub, mode)
        resolved.kind = "weekday"
        return resolved
    return _resolve_relative(m, kind, lower, start, end, pub)


def _resolve_named(
    m: re.Match[str], kind: str, lower: str, start: int, end: int, pub: date | None
) -> _Resolved:
    inner = {
        "today_date": "td_x",
        "time_date": "tdt_x",
        "date": "date",
        "month_year": "month_year",
        "month": "month",
        "month_mod": "month_mod",
    }.get(kind)
    if kind == "night":
        inner = next(g for g in ("n_to", "n_to2", "n_of") if m.group(g) is not None)
    phrase = m.group(inner or kind)
    modifier = next((w for w in ("last", "next", "this") if phrase.startswith(w)), None)
    mode = _mode(lower, start, end, modifier)
    if phrase in ("today", "yesterday"):
        if pub is None:
            return _Resolved(None, None, "day", False, None, "relative")
        day = pub - timedelta(days=1 if phrase == "yesterday" else 0)
        return _Resolved(day, day, "day", False, None, "relative")
    resolved = _resolve_parts(_parts(phrase), pub, mode)
    if kind == "night" and resolved.begin is not None and resolved.end is not None:
        if inner == "n_of":
            resolved.end = resolved.end + timedelta(days=1)
        else:
            resolved.begin = resolved.begin - timedelta(days=1)
    return resolved


def _resolve_since(
    m: re.Match[str], kind: str, lower: str, start: int, end: int, pub: date | None
) -> _Resolved:
    if kind == "since_from":
        side = _resolve_parts(_parts(m.group("sf_a")), pub, "past")
    elif m.group("since_rel") is not None:
        side = _resolve_relative_words(" ".join(m.group("since_rel").split()), pub)
    else:
        side = _resolve_parts(_parts(m.group("since_x")), pub, "past")
    return _Resolved(side.begin, pub, "span", side.explicit, side.weekday, "since")


def _resolve_range(
    m: re.Match[str], kind: str, lower: str, start: int, end: int, pub: date | None
) -> _Resolved:
    if kind == "day_range" and m.group("mr_m") is not None:
        month = _parts(m.group("mr_m")).month
        year = int(m.group("mr_y")) if m.group("mr_y") else None
        a = _Parts(year, month, _parts(m.group("mr_a")).day)
        b = _Parts(year, month, _parts(m.group("mr_b")).day)
    else:
        names = {"range_from": ("rf_a", "rf_b"), "range_between": ("rb_a", "rb_b")}
        first, second = names.get(kind, ("dr_a", "dr_b"))
        a, b = _parts(m.group(first)), _parts(m.group(second))
        if a.month is None and a.day is not None:  # "from 12 to 15 March"
            a.month = b.month
        if a.year is None and a.month is not None and b.year is not None:
            a.year = b.year if (a.month, a.day or 1) <= (b.month or 12, b.day or 31) else b.year - 1
    mode = "future" if _future_cue(lower, start, end) else "past"
    if b.year is None and b.month is not None and pub is not None and b.day is not None:
        found = _day_without_year(b.month, b.day, pub, mode == "future")
        if found is not None:
            b.year = found.year
            if a.year is None:
                a.year = (
                    found.year if (a.month or 1, a.day or 1) <= (b.month, b.day) else found.year - 1
                )
    low = _resolve_parts(a, pub, mode)
    high = _resolve_parts(b, pub, mode)
    if low.begin is None or high.end is None or high.end < low.begin:
        return _Resolved(None, None, "span", low.explicit and high.explicit, None, "range")
    return _Resolved(low.begin, high.end, "span", low.explicit and high.explicit, None, "range")


def _resolve_relative(
    m: re.Match[str], kind: str, lower: str, start: int, end: int, pub: date | None
) -> _Resolved:
    phrase = " ".join(m.group(kind).split())
    if kind in ("ago", "duration", "past"):
        return _resolve_counted(kind, phrase, pub)
    future = phrase == "the weekend" and _future_cue(lower, start, end)
    resolved = _resolve_relative_words(phrase, pub, future=future)
    if phrase in ("tonight", "last night", "overnight") or phrase in (
        "this morning",
        "this afternoon",
        "this evening",
    ):
        resolved.kind = "time"
    return resolved


def _resolve_counted(kind: str, phrase: str, pub: date | None) -> _Resolved:
    """'two days ago', 'for two years', 'the past month'."""
    if phrase.endswith(" hours"):
        count_unit: tuple[tuple[float, float], str] | None = ((1.0, 1.0), "day")
    else:
        count_unit = _count_and_unit(phrase.removesuffix(" ago"))
    granularity = "span"
    result_kind = {"ago": "relative", "duration": "duration", "past": "relative"}[kind]
    if count_unit is None or pub is None:
        return _Resolved(None, None, granularity, False, None, result_kind)
    (low, high), unit = count_unit
    if kind == "ago":
        slack = timedelta(days=_AGO_SLACK[unit])
        granularity = unit if unit != "decade" else "year"
        return _Resolved(
            _shift(pub, high, unit) - slack,
            _shift(pub, low, unit) + slack,
            granularity,
            False,
            None,
            result_kind,
        )
    return _Resolved(_shift(pub, high, unit), pub, granularity, False, None, result_kind)


def _resolve_relative_words(phrase: str, pub: date | None, *, future: bool = False) -> _Resolved:
    """'yesterday', 'last week', 'earlier this month', 'the start of the year'.

    ``future`` only matters for 'the weekend': the coming one rather than the last.
    """
    if pub is None:
        return _Resolved(None, None, "day", False, None, "relative")
    words = phrase.split()
    if phrase in _SAME_DAY:
        return _Resolved(pub, pub, "day", False, None, "relative")
    offsets = {
        "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }  # fmt: skip
    if phrase in offsets:
        day = pub + timedelta(days=offsets[phrase])
        return _Resolved(day, day, "day", False, None, "relative")
    if phrase in ("last night", "overnight"):
        return _Resolved(pub - timedelta(days=1), pub, "day", False, None, "relative")
    monday = pub - timedelta(days=pub.weekday())
    if phrase == "the weekend":
        saturday = monday + timedelta(days=5)
        if not future and pub < saturday:
            saturday -= timedelta(days=7)
        return _Resolved(saturday, saturday + timedelta(days=1), "span", False, None, "relative")
    if phrase.startswith(("the start of", "the beginning of")):
        starts = {"week": monday, "month": pub.replace(day=1), "year": pub.replace(month=1, day=1)}
        return _Resolved(starts[words[-1]], starts[words[-1]], "day", False, None, "relative")
    unit = words[-1]
    shift = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(words[0], 0)
    if unit in ("week", "weekend"):
        first = monday + timedelta(days=7 * shift)
        last = first + timedelta(days=6)
        if unit == "weekend":
            first = first + timedelta(days=5)
    elif unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        first, last = _month_span(index // 12, index % 12 + 1)
    elif unit == "year":
        first, last = date(pub.year + shift, 1, 1), date(pub.year + shift, 12, 31)
    else:
        return _Resolved(None, None, "day", False, None, "relative")
    granularity = "span" if unit == "weekend" else unit
    if words[0] == "earlier":
        return _Resolved(first, pub, "span", False, None, "relative")
    if words[0] == "later":
        return _Resolved(pub, last, "span", False, None, "relative")
    return _Resolved(first, last, granularity, False, None, "relative")


# --- comparing ---------------------------------------------------------------


def _describe_day(d: date) -> str:
    return f"{_DAY_NAMES[d.weekday()]} {d.day} {_MONTH_NAMES[d.month]} {d.year}"


def _describe(t: Timex) -> str:
    if t.begin is None and t.end_date is None:
        return f"'{t.text}' (unresolved)"
    if t.begin is not None and t.begin == t.end_date:
        return _describe_day(t.begin)
    if t.begin is not None and t.end_date is not None:
        first, last = t.begin, t.end_date
        if first.day == 1 and first.month == 1 and (last.month, last.day) == (12, 31):
            if first.year == last.year:
                return str(first.year)
        if (
            first.day == 1
            and (first.year, first.month) == (last.year, last.month)
            and last.day == calendar.monthrange(last.year, last.month)[1]
        ):
            return f"{_MONTH_NAMES[first.month]} {first.year}"
        return f"{_short(first)} – {_short(last)}"
    if t.begin is not None:
        return f"from {_short(t.begin)}"
    return f"until {_short(t.end_date)}" if t.end_date is not None else t.text


def _short(d: date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month]} {d.year}"


def _weekday_note(t: Timex) -> str:
    """Say so when a phrase names a weekday that its own date does not fall on."""
    if t.weekday is None or t.begin is None or t.begin != t.end_date:
        return ""
    actual = t.begin.weekday()
    if actual == t.weekday:
        return ""
    return (
        f"; '{t.text}' names a {_DAY_NAMES[t.weekday]} but {_short(t.begin)} "
        f"is a {_DAY_NAMES[actual]}"
    )


def compare_times(a: Timex, b: Timex) -> TimeComparison:
    """Can ``a`` and ``b`` refer to the same day? If not, how many days lie between them?

    Unresolved phrases cannot be shown to differ, so they count as compatible.
    Two single days that are the same date but carry different weekday names
    are not compatible: one of the texts has the day wrong.
    """
    notes = _weekday_note(a) + _weekday_note(b)
    if (a.begin is None and a.end_date is None) or (b.begin is None and b.end_date is None):
        missing = a if a.begin is None and a.end_date is None else b
        return TimeComparison(True, None, f"cannot compare: '{missing.text}' has no date")
    a_first, a_last = a.begin or date.min, a.end_date or date.max
    b_first, b_last = b.begin or date.min, b.end_date or date.max
    if a_first <= b_last and b_first <= a_last:
        single = a_first == a_last == b_first == b_last
        if single and a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
            return TimeComparison(
                False,
                0,
                f"same date {_short(a_first)} but named as {_DAY_NAMES[a.weekday]} "
                f"and {_DAY_NAMES[b.weekday]}{notes}",
            )
        if single:
            return TimeComparison(True, 0, f"same day: {_describe(a)}{notes}")
        return TimeComparison(True, 0, f"{_describe(a)} and {_describe(b)} overlap{notes}")
    gap = (b_first - a_last).days if a_last < b_first else (a_first - b_last).days
    unit = "day" if gap == 1 else "days"
    return TimeComparison(
        False, gap, f"{_describe(a)} vs {_describe(b)}: {gap} {unit} apart{notes}"
    )
