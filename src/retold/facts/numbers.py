"""Find the figures in a text and turn each qualifier into an interval.

A retold story often keeps a number but moves its bound ("more than 1,000"
becomes "up to 1,000"), so a figure is compared as the interval its words allow,
not as a bare value. The conventions, so that two figures can be compared:

Qualifiers (N is the stated number):

- "up to", "as many as", "as much as", "as high as", "within" (a span: "within seven days"): [0, N]
- "at most", "no more than", "not more than", "a maximum of": [0, N]
- "fewer than", "less than", "under", "below": [0, N)
- "more than", "over", "above", "in excess of", "upwards of", "exceeding",
  "exceeded", "has passed" (unless a noun follows: "has passed 500 blankets"): (N, inf)
- "at least", "no fewer than", "not less than", "a minimum of": [N, inf)
- "about", "around", "approximately", "roughly", "some", "an estimated",
  "circa", "~", "estimated at" (and the translated "estimated in"): N plus or
  minus 10 %, i.e. [0.9N, 1.1N]
- "nearly", "almost", "close to", "just short of": [0.9N, N]
- "between A and B", "from A to B", "A to B", "A-B", "A or B": [A, B]
- trailing "or more", "+", "-plus": [N, inf); "or fewer", "or less": [0, N];
  "or so": as "about"
- a bare N, and "a total of N", are exact: [N, N]; so is "up to N" after a verb
  of change ("has grown up to 12 thousand", translated for "grew to")

Machine-translated compound numbers are read whole: "1 thousand 250" is 1,250
and "2 million 262 thousand" is 2,262,000.

The normalised qualifier names are "up to", "at most", "fewer than",
"more than", "at least", "about" (which also covers "nearly") and "between".

Vague quantities (``vague=True``, ``kind="vague"``, ``value=None``) follow one
order-of-magnitude convention: a plural scale word means "at least two of them
and fewer than the next power of ten", and a fuzzy count multiplies a scale.

- "a few" [2, 5]; "several" [3, 9]; "a few hundred" [200, 500];
  "several thousand" [3,000, 9,000] (the count times the scale)
- "tens" [20, 99]; "dozens" [24, 99]; "scores" [40, 199]
- "hundreds" [200, 999]; "thousands" [2,000, 9,999]; "millions" [2e6, 1e7 - 1]
- "tens of thousands" [20,000, 99,999]; "hundreds of thousands" [200,000, 999,999]
- "a dozen" is the exact cardinal 12; "half a dozen" is 6; "many" is not a figure.

Kinds: "money" ("$6 billion", "5 million dollars", "€3m"; the value is the full
amount), "percent" ("4.5%", "0.94 percent"; the value is the number of percent),
"multiplier" ("twice", "tenfold", "three times as many"; but "shot six times"
counts occasions and is a cardinal), "ordinal" ("2nd", "third"), "fraction"
("half", "a quarter of them"), "vague" and "cardinal" for everything else,
including numbers glued to units ("15-kilometre", "20km") and "100 basis
points" (the unit is left to the caller). A range's value is its low end.

Things that look like numbers but are not figures are skipped: years next to a
month or after "in", "since" and the like, year ranges ("2016-2017"), day
numbers in dates ("2 April", "Aug. 8"), clock times ("12:00", "2 a.m.",
"12 o'clock"), ISO and slashed dates, decades ("1990s"), labels such as
"Resolution 2254" or "Point 1", and numbers inside names ("COVID-19", "F-16").
A bare 1900-2100 written without a comma is also read as a year when it ends a
clause ("Copyright 2014.", "around 2012, he") unless a bound such as "more
than" comes before it; "2000 people" stays a figure.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Interval", "Quantity", "currency_of", "distinctive", "find_quantities", "parse_number"]


def distinctive(value: float) -> bool:
    """A number unlikely to recur by chance: 396, 2,207 or 485,000, not 40, 100 or
    2,000,000."""
    if value >= 100 and value % 100 == 0:
        # round hundreds are common, unless three figures or more are told: 485,000
        return value == int(value) and len(str(int(value)).rstrip("0")) >= 3
    return (value >= 100) or (value >= 13 and value % 10 != 0 and value < 100)


@dataclass(frozen=True)
class Interval:
    """The values a figure's words allow; ``None`` means unbounded on that side."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def contains(self, x: float) -> bool:
        if self.low is not None and (x < self.low or (self.low_open and x == self.low)):
            return False
        return not (
            self.high is not None and (x > self.high or (self.high_open and x == self.high))
        )

    def overlaps(self, other: Interval) -> bool:
        """True when some value satisfies both intervals."""
        low, low_open = _tighter_low(self, other)
        high, high_open = _tighter_high(self, other)
        if low is None or high is None:
            return True
        if low < high:
            return True
        return low == high and not low_open and not high_open

    def describe(self) -> str:
        """A short phrase for reports: 'more than 200', 'about 200 (180–220)'."""
        low, high = self.low, self.high
        if low is None and high is None:
            return "any amount"
        if high is None:
            bound = _fmt(low) if low is not None else "0"
            return f"more than {bound}" if self.low_open else f"at least {bound}"
        if low is None or (low == 0 and not self.low_open and high > 0):
            return f"fewer than {_fmt(high)}" if self.high_open else f"up to {_fmt(high)}"
        if low == high:
            return f"exactly {_fmt(low)}"
        if (
            low > 0
            and not self.low_open
            and not self.high_open
            and math.isclose(low * 11, high * 9, rel_tol=1e-9)
        ):
            return f"about {_fmt((low + high) / 2)} ({_fmt(low)}–{_fmt(high)})"
        if self.low_open or self.high_open:
            left = f"more than {_fmt(low)}" if self.low_open else f"at least {_fmt(low)}"
            right = f"fewer than {_fmt(high)}" if self.high_open else f"at most {_fmt(high)}"
            return f"{left} and {right}"
        return f"{_fmt(low)}–{_fmt(high)}"


@dataclass(frozen=True)
class Quantity:
    """One figure in a text, with offsets relative to the text searched.

    ``start``/``end`` cover the qualifier too ("more than 200");
    ``number_start``/``number_end`` cover only the figure, with its currency,
    scale and percent sign ("$6 billion", "4.5%", "10 to 20").
    """

    start: int
    end: int
    text: str
    value: float | None
    interval: Interval
    qualifier: str | None
    kind: str
    vague: bool
    number_start: int
    number_end: int


def _tighter_low(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.low is None:
        return b.low, b.low_open
    if b.low is None:
        return a.low, a.low_open
    if a.low == b.low:
        return a.low, a.low_open or b.low_open
    return (a.low, a.low_open) if a.low > b.low else (b.low, b.low_open)


def _tighter_high(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.high is None:
        return b.high, b.high_open
    if b.high is None:
        return a.high, a.high_open
    if a.high == b.high:
        return a.high, a.high_open or b.high_open
    return (a.high, a.high_open) if a.high < b.high else (b.high, b.high_open)


def _fmt(x: float) -> str:
    x = float(x)  # callers may build intervals from ints
    if x.is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


# --- vocabulary -----------------------------------------------------------

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "zero": 0, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# South Asian scales: a lakh is 100,000, a crore ten million ("Rs 2 crore").
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
    "crore": 1e7,
}  # fmt: skip
_ABBREVIATED_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# The words a share is told in ("one quarter", "two thirds"): never what a figure counts.
SHARE_WORDS = frozenset(_DENOMINATORS)
_FUZZY_COUNTS = {"a few": (2.0, 5.0), "several": (3.0, 9.0)}
_PLURAL_SCALES = {
    "tens": 10.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}  # fmt: skip
_VAGUE_WORDS = {"dozens": (24.0, 99.0), "scores": (40.0, 199.0)}
_MULTIPLIER_WORDS = {"twice": 2.0, "thrice": 3.0}

# Words around a lone "one" that make it a pronoun, not a count ("no one").
_ONE_PRONOUN_BEFORE = frozenset(
    "no any every each this that the which only someone anyone everyone".split()
)
_ONE_PRONOUN_AFTER = frozenset(["another", "day", "hand"])
# Words before "second" that make it an ordinal rather than a unit of time.
_SECOND_ORDINAL_BEFORE = frozenset("the its his her their our every a".split())
# Verbs that take "over" as a particle, not as "more than" ("carried over 19 reports").
_PHRASAL_OVER = frozenset(
    """carried carry carries carrying handed hand hands handing turned turn turns turning
    took take takes taking taken won win wins pulled brought bring brings passed pass
    signed sign rolled roll rolls looked fought spilled ran run switched left""".split()
)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that 'fourteen' is not cut to 'four'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_NUMBER_WORD = _alternation([*_UNITS, *_TEENS, *_TENS, "hundred", *_SCALES, "dozen"])
_SMALL_COUNT = _alternation([*_UNITS, "ten"])
_ORDINAL_SIMPLE = _alternation([w for w, v in _ORDINALS.items() if v < 20])
_ORDINAL_ROUND = _alternation([w for w, v in _ORDINALS.items() if v >= 20])
_SINGULAR_DENOMINATOR = _alternation(
    [w for w in _DENOMINATORS if not w.endswith("s") and w not in ("half", "quarter")]
)
_PLURAL_DENOMINATOR = _alternation([w for w in _DENOMINATORS if w.endswith("s")])
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?![\d,]))+|\d+)(?:\.\d+)?"


def _trie(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that a miss costs one letter."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# The words a figure can start with; a position starting with any other word is
# rejected before the alternatives of _CORE are tried.
_FIRST_WORDS = _trie(
    [*_UNITS, *_TEENS, *_TENS, *_SCALES, *_ORDINALS, *_MULTIPLIER_WORDS]
    + [f"{w}fold" for w in [*_UNITS, "ten", "hundred", "thousand"]]
    + "a hundred dozen half tens dozens scores hundreds thousands millions billions several".split()
)

# "A day of national mourning", "three days of rage": a day set aside, not time gone by;
# "a week of mourning" is a count of one week, held against "three days of mourning".
OBSERVANCE = (
    # "three days of municipal mourning", "a week of official national mourning"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?:mourning|rage|action|prayers?|remembrance|protests?|silence|reflection|solidarity)\b"
)

# One scan over the lower-cased text finds every candidate figure. It is
# case-sensitive on purpose: case-insensitive alternations are several times
# slower in the re module. At each position the alternatives are tried in
# order, so the longer readings come first.
# Currency abbreviations written against their sum: "Sh20 million", "Rs2 crore", "Tk100".
_GLUED_CURRENCY = r"(?<=\bsh)|(?<=\bksh)|(?<=\brs)|(?<=\btk)|(?<=\brm)"
_CORE = re.compile(
    rf"""
    (?=\d|\b{_FIRST_WORDS}\b)
    (?:(?P<digits>(?:(?<![\w.,/:])|{_GLUED_CURRENCY}){_DIGITS}(?!\d))
  | \b(?:
    (?P<halfdozen>half\s+a\s+dozen\b)
  | (?P<period>(?:a|one)(?=[\s-]+(?:day|week|month|year)\s+of\s+{OBSERVANCE}))
  | (?P<vague>(?:
        (?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)
      | (?:several|a\s+few)(?:\s+(?:dozen|hundred|thousand|million|billion)\b)*
      | dozens|scores|hundreds|thousands|millions|billions
      | tens(?=\s+of\b)
    )\b)
  | (?P<frac>(?:
        (?:a|one)[\s-]+(?:half|quarter)
      | (?:a|one)[\s-]+(?:{_SINGULAR_DENOMINATOR})(?=\s+of\b|\s*[.,;:!?)]|\s*$)
      | (?:{_SMALL_COUNT})[\s-]+(?:{_PLURAL_DENOMINATOR})
      | half(?![-\w])
    )\b)
  | (?P<multw>(?:twice|thrice|(?:{_SMALL_COUNT}|hundred|thousand)fold)\b)
  | (?P<ordw>(?:(?:{_alternation(_TENS)})[\s-])?(?:{_ORDINAL_SIMPLE})\b|(?:{_ORDINAL_ROUND})\b)
  | (?P<words>(?:a[\s-]+(?=(?:hundred|thousand|million|billion|dozen)\b))?
        (?:{_NUMBER_WORD})
        (?:(?:[\s-]+(?:and[\s-]+)?)(?:{_NUMBER_WORD}|(?:a[\s-]+)?half))*\b)
    ))
    """,
    re.VERBOSE,
)
_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)

# --- what is not a figure -------------------------------------------------

# "may", "march" and "august" are common words, so those months must be capitalised.
_MONTH = (
    r"(?:(?i:january|february|april|june|july|september|october|november|december)"
    r"|May|March|August|MAY|MARCH|AUGUST"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)(?![\w])"
)
_ORD = r"(?:st|nd|rd|th)?"
_JOIN = r"\s*(?:-|–|and|to|&)\s*"
_DAY_MONTH_AFTER = re.compile(
    rf"{_ORD}(?:{_JOIN}\d{{1,2}}{_ORD})?(?:\s+of)?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d\b)?"
)
_MONTH_BEFORE_DAY = re.compile(rf"{_MONTH}\s*(?:\d{{1,2}}{_ORD}{_JOIN})?$")
_MONTH_BEFORE_YEAR = re.compile(rf"{_MONTH}(?:\s*\d{{1,2}}{_ORD})?,?\s*$")
_TIME_AFTER = re.compile(
    r":\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\b\.?))?"
    r"|\s*(?i:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o['’`]?\s?clock\b|hrs\b|gmt\b|utc\b|"
    r"noon\b|midnight\b|hours\s+(?:gmt|utc|local))"
)
_WORD_CLOCK_AFTER = re.compile(r"\s*(?:o['’`]?\s?clock\b|a\.m\.|p\.m\.)")
_PAST_THE_HOUR = re.compile(
    r"\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\b"
)
_DATE_AFTER = re.compile(r"-\d{1,2}-\d{1,2}\b|[/.]\d+(?:[/.]\d+)?")
_DECADE_AFTER = re.compile(r"['’]?s\b")
_LABEL_BEFORE = re.compile(
    r"(?:(?i:\b(?:nos?\.|pages?|paragraphs?|para\.|articles?|art\.|sections?|sec\.|chapters?|"
    r"clauses?|resolutions?|flights?|routes?|highways?|interstate|apartments?|apt\.|suites?|"
    r"protocols?|decrees?))"
    r"|\b(?:Point|Item|Gate|Platform|Room|Phase|Stage|Level|Category|Grade|Channel|Terminal|"
    r"Line|Block|Building|Unit|Brigade|Division|Battalion|Regiment|District|Zone|Sector|"
    r"Camp|Road|Street|Avenue|Number|Ward)"
    r"|\#)\s*\#?\s*$"
)
# Words that make a following 1900-2100 a year ("in 2014", "a 1994 truce").
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|during|before|after|of|through|throughout|between|"
    r"early|late|mid|year|fiscal|fy|spring|summer|autumn|fall|winter|a|an|circa)[\s-]+(?:the\s+)?"
    r"|\b(?:19|20)\d\d\s*(?:and|to|-|–|/|or)\s*)$",
    re.IGNORECASE,
)
# Cheap word checks that decide whether a costly look-behind pattern is worth running.
_MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_LABEL_WORDS = frozenset(
    """no nos page pages paragraph paragraphs para article articles art section sections sec
    chapter chapters clause clauses resolution resolutions flight flights route routes highway
    highways interstate apartment apartments apt suite suites protocol protocols decree decrees
    point item gate platform room phase stage level category grade channel terminal line block
    building unit brigade division battalion regiment district zone sector camp road street
    avenue number ward""".split()
)
# Spans numbered in a series: "week 16" of the year, "day 3" of a siege.
_NUMBERED_SPANS = frozenset({"week", "day", "round"})
_YEAR_WORDS = frozenset(
    """in since from until till by during before after of through throughout between early
    late mid year fiscal fy spring summer autumn fall winter a an circa the""".split()
)
# Before these, a bare 1900-2100 is a count even at the end of a clause ("more than 2000.").
_COUNT_QUALIFIER_WORDS = frozenset("than least most over above under below nearly almost".split())
_NOT_COUNTED_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$|(?:and|or|to|when|in|on|until|before|after|as|while|but)\b)"
)
_YEAR_AFTER = re.compile(r"\s*(?:[-–/]\s*(?:(?:19|20)?\d\d)\b|['’]s\b)")

# --- what surrounds a figure ----------------------------------------------

# (a sign may stand a space apart from its sum: "US$ 26 million")
_CURRENCY_BEFORE = re.compile(
    r"(?:(?:(?<![A-Za-z])(?:US|U\.S\.|A|C|NZ|HK|S|R)\s?)?\$\s?|(?:€|£|¥|₽|₹|₴|₺)\s?"
    r"|(?<![A-Za-z])(?:USD|EUR|GBP|RUB|CNY|JPY|INR|AZN|AMD|UAH|CHF|KES|KSh|Sh|Tk|Rs\.?|RM)\s?)$"
)
_WON_AFTER = re.compile(r"\s*won\b")
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:US|U\.S\.|American|Australian|Canadian|Hong\s+Kong|Singapore|New\s+Zealand)\s+)?"
    r"(?:dollars?|euros?|pounds\s+sterling|sterling|roubles?|rubles?|yuan|renminbi|yen|"
    r"rupees?|francs?|manats?|drams?|hryvnias?|liras?|lira|dinars?|riyals?|shekels?|"
    r"reais|pesos?|rand|naira|shillings?|tenge|rupiah|ringgit|baht|kwacha|cedis?|birr|"
    r"zlotys?|forints?|kronor|kroner|krona|krone|leva|lari|taka|"
    r"USD|EUR|GBP|RUB|CNY|JPY|INR|AZN|AMD|UAH|CHF|BRL|MXN|ZAR|KZT|NGN)\b",
    re.IGNORECASE,
)
# Which currency a sum is in, by its sign, code or word ("€5m", "Tk 100,000", "50 million
# euros"): two sums compare only in one currency.
_CURRENCIES = (
    ("real", r"\breais\b|\bbrl\b|r\$"),
    ("euro", r"€|\beuros?\b|\beur\b"),
    ("dollar", r"\$|\bdollars?\b|\busd\b"),
    ("pound", r"£|\bpounds?(?: sterling)?\b|\bgbp\b"),
    ("rupee", r"\brupees?\b|\brs\.?(?=\s*\d)|₹"),
    ("taka", r"\btaka\b|\btk\.?(?=\s*\d)|৳"),
    ("yuan", r"\byuan\b|\brenminbi\b"),
    ("yen", r"\byen\b|¥"),
    ("rouble", r"\br(?:ou|u)bles?\b|₽|\brub\b"),
    ("franc", r"\bfrancs?\b"),
    ("naira", r"\bnaira\b|₦"),
    ("shekel", r"\bshekels?\b|₪"),
    ("peso", r"\bpesos?\b|\bmxn\b"),
    ("rand", r"\brand\b|\bzar\b"),
    ("tenge", r"\btenge\b|\bkzt\b|₸"),
    ("rupiah", r"\brupiah\b"),
    ("shilling", r"\bshillings?\b|\bk?sh\.?(?=\s*\d)|\bkes\b"),
    ("hryvnia", r"\bhryvnias?\b|₴|\buah\b"),
    ("lira", r"\bliras?\b|₺"),
    ("krona", r"\bkronor\b|\bkroner\b|\bkron[ae]\b"),
    ("zloty", r"\bzlotys?\b"),
    ("ringgit", r"\bringgit\b|\brm(?=\s*\d)"),
    ("won", r"\bwon\b|₩"),
)


def currency_of(text: str) -> str | None:
    """The currency a written sum names, if any."""
    low = text.lower()
    for name, pattern in _CURRENCIES:
        if re.search(pattern, low):
            return name
    return None


_POUNDS_AFTER = re.compile(r"\s*pounds\b(?!\s+of\b)", re.I)
_SCALE_AFTER = re.compile(
    r"(?:\s+|-)?(thousand|million|billion|trillion|hundred|lakh|crore)s?\b", re.I
)
_ABBREVIATED_SCALE_AFTER = re.compile(r"\s?(bn|mn|mln|trn|tn|m|k|b)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|pct\b|percentage\s+points?\b)", re.I)
# "three times as many" is a multiplier; "shot six times" counts occasions.
_MULTIPLIER_AFTER = re.compile(
    r"(?:\s+times(?=\s+(?:as|more|less|fewer|higher|lower|larger|smaller|bigger|greater|"
    r"the|that|than|over|faster|longer|worse|better)\b)|[\s-]*fold\b)",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(-|–|—|to|and|or|through)\s*", re.IGNORECASE)
_TRAILING_QUALIFIER = re.compile(
    r"(?P<ge>\+(?!\d)|-plus\b|\s+or\s+more\b|\s+and\s+(?:more|above|over)\b(?!\s+than\b))"
    r"|(?P<le>\s+or\s+(?:fewer|less)\b)|(?P<approx>\s+or\s+so\b)",
    re.IGNORECASE,
)

_QUALIFIERS: list[tuple[str, str, str]] = [
    # (pattern, normalised name, interval rule)
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|within", "up to", "le"),
    (
        r"at\s+most|no\s+more\s+than|not\s+more\s+than|(?:a\s+)?maximum\s+of|not\s+exceeding",
        "at most",
        "le",
    ),  # fmt: skip
    (
        r"(?:(?:just|well|slightly|far|much)\s+)?(?:fewer\s+than|less\s+than|under|below|lower\s+than)",
        "fewer than",
        "lt",
    ),  # fmt: skip
    (
        r"(?:(?:just|well|slightly|far|much)\s+)?(?:more\s+than|over|above|in\s+excess\s+of|"
        r"upwards?\s+of|greater\s+than|exceeding|higher\s+than)"
        r"|(?:has|have|had)\s+(?:passed|exceeded|surpassed|topped|crossed)(?:\s+the)?"
        r"|exceeded|surpassed",
        "more than",
        "gt",
    ),  # fmt: skip
    (
        r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|(?:a\s+)?minimum\s+of",
        "at least",
        "ge",
    ),  # fmt: skip
    (
        r"about|around|approximately|approx\.|roughly|some|circa|ca\.|c\.|"
        r"an\s+estimated|estimated(?:\s+(?:at|in))?|est\.|~",
        "about",
        "approx",
    ),  # fmt: skip
    (r"nearly|almost|close\s+to|just\s+short\s+of|just\s+shy\s+of|approaching", "about", "near"),
    (r"between", "between", "between"),
    (r"from", "between", "from"),
]
# The last word of every qualifier above: no other word before a figure needs the regex.
_QUALIFIER_LAST_WORDS = frozenset(
    """to as most than of exceeding under below over above least about around approximately
    approx roughly some circa ca c estimated at est nearly almost approaching between from
    passed exceeded surpassed topped crossed the in within""".split()
)
# Verbs of change before which "up to" means "to": machine-translated "has grown up to 12
# thousand" states where the figure ended, not a ceiling.
_CHANGE_VERBS = frozenset(
    """grown grew risen rose increased climbed fallen fell dropped decreased reduced
    declined""".split()
)
# A word after "has passed N" that makes N a count of things handed over, not a threshold.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:since|for|in|on|at|by|and|or|but|as|after|before|during|this|last|"
    r"the|a|an|mark|threshold|level)\b)[a-z]",
    re.IGNORECASE,
)
# The rest of a machine-translated compound number: the "250" of "1 thousand 250".
_SCALE_REST = re.compile(r" (\d{1,3})(?!\d|[,.]\d|\s*[%:/-])(?:\s+(thousand|hundred)\b)?")
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w.'’-])(?:"
    + "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _, _) in enumerate(_QUALIFIERS))
    + r")\s*$",
    re.IGNORECASE,
)
_PARSE_DIGITS = re.compile(
    rf"(?P<num>{_DIGITS}|\.\d+)(?:\s*-?\s*(?P<scale>thousand|million|billion|trillion|hundred|"
    r"bn|mn|mln|trn|tn|m|k|b)s?)?"
)
_PARSE_FRACTION = re.compile(
    rf"(?:(?P<num>a|one|{_SMALL_COUNT})[\s-]+)?(?P<den>{_alternation(_DENOMINATORS)})"
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_ONLY_WORDS = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


# --- parsing ----------------------------------------------------------------


def _digits_value(text: str) -> float:
    return float(_SPACES.sub("", text).replace(",", ""))


def _parse_words(words: Sequence[str]) -> tuple[float | None, int]:
    """Read the longest well-formed number from the start of ``words``.

    Returns the value and how many words it used, so that a run such as
    "two and three" yields "two" and leaves "three" for the next figure.
    """
    total = 0.0
    current = 0.0
    last = ""
    scale_cap = math.inf
    used = 0
    i = 0
    n = len(words)
    if n and words[0] == "a":
        if n > 1 and (words[1] in _SCALES or words[1] in ("hundred", "dozen")):
            current, last, i = 1.0, "unit", 1
        else:
            return None, 0
    while i < n:
        word = words[i]
        if word == "and":
            # "two and a half", and "two and half" as translations have it
            article = 1 if i + 2 < n and words[i + 1] == "a" else 0
            if i + 1 + article < n and words[i + 1 + article] == "half":
                if last not in ("unit", "teen", "tens"):
                    break
                current += 0.5
                last = "half"
                i += 2 + article
                used = i
                continue
            following = words[i + 1] if i + 1 < n else ""
            if last in ("hundred", "scale") and (
                following in _UNITS or following in _TEENS or following in _TENS
            ):
                i += 1
                continue
            break
        if word in _UNITS:
            if last not in ("", "tens", "hundred", "scale"):
                break
            current += _UNITS[word]
            last = "unit"
        elif word in _TEENS:
            if last not in ("", "hundred", "scale"):
                break
            current += _TEENS[word]
            last = "teen"
        elif word in _TENS:
            if last not in ("", "hundred", "scale"):
                break
            current += _TENS[word]
            last = "tens"
        elif word == "hundred":
            if last not in ("unit", "teen") or current >= 100:
                break
            current *= 100
            last = "hundred"
        elif word in _SCALES:
            scale = _SCALES[word]
            if last not in ("unit", "teen", "tens", "hundred", "half", "dozen"):
                break
            if scale >= scale_cap:
                break
            total += current * scale
            current = 0.0
            last = "scale"
            scale_cap = scale
        elif word == "dozen":
            if last not in ("unit", "teen", "tens") or current >= 100:
                break
            current *= 12
            last = "dozen"
        else:
            break
        i += 1
        used = i
    if used == 0:
        return None, 0
    return total + current, used


def _fraction_value(text: str) -> float | None:
    m = _PARSE_FRACTION.fullmatch(text)
    if m is None:
        return None
    den_word = m.group("den")
    num_word = m.group("num") or ""
    if not num_word:
        return 0.5 if den_word == "half" else None
    num = 1 if num_word in ("a", "one") else _UNITS.get(num_word, 10)
    return num / _DENOMINATORS[den_word]


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both; None if it is not one.

    Accepts "396", "1,300", "4.5", "200 thousand", "1.2 million", "5m",
    "twenty-five", "one hundred and twenty", "a dozen", "half", "a quarter".
    """
    clean = " ".join(text.replace("\u00a0", " ").split()).lower()
    if not clean:
        return None
    m = _PARSE_DIGITS.fullmatch(clean)
    if m is not None:
        value = _digits_value(m.group("num"))
        scale = m.group("scale") or ""
        if scale:
            value *= _SCALES.get(scale) or _ABBREVIATED_SCALES.get(scale) or 100.0
        return value
    if clean == "half a dozen":
        return 6.0
    fraction = _fraction_value(clean)
    if fraction is not None:
        return fraction
    if _ONLY_WORDS.fullmatch(clean) is None:
        return None
    words = _WORD_TOKEN.findall(clean)
    spelled, used = _parse_words(words)
    if spelled is None or used != len(words):
        return None
    return spelled


# --- finding ----------------------------------------------------------------


class _Spans:
    """Sorted, merged character spans with a fast overlap test."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


@dataclass
class _Scan:
    """One text being searched: the original, its lower-cased twin, and the no-go spans."""

    text: str
    lower: str
    skip: _Spans


@dataclass
class _Figure:
    """A number being assembled: where it is and what it is worth."""

    start: int
    end: int
    low: float
    high: float
    kind: str
    value: float | None
    scale: float = 1.0
    currency: bool = False
    vague: bool = False


def _word_before(text: str, start: int) -> str:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = i
    while j >= 0 and text[j].isalpha():
        j -= 1
    return text[j + 1 : i + 1].lower()


def _inside_name(text: str, start: int) -> bool:
    """A capitalised number word right after a capitalised word: 'Channel One'."""
    i = start - 1
    if i < 0 or text[i] != " ":
        return False
    j = i - 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    word = text[j + 1 : i]
    return bool(word) and word[0].isupper() and (j < 0 or text[j] in " \t(\"“'")


def _at_line_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _prev_token(text: str, start: int) -> str:
    """The letters or digits just before ``start``, past spaces and one '.' or ','."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] in ".,":
        i -= 1
    j = i
    while j >= 0 and text[j].isalnum():
        j -= 1
    return text[j + 1 : i + 1].lower()


def _joined_before(text: str, start: int, prev: str) -> bool:
    """Whether a range word or dash comes right before: the '12' of 'April 10-12'."""
    if prev in ("and", "to", "or"):
        return True
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and text[i] in "-–&/"


def _not_a_figure(text: str, start: int, end: int) -> int | None:
    """Where to resume if the digits at [start, end) are a date, time, year or label.

    The look-behind patterns are costly, so each runs only when the word before
    the number makes it possible.
    """
    raw = text[start:end]
    window = max(0, start - 40)
    prev = _prev_token(text, start)
    joined = _joined_before(text, start, prev)
    if len(raw) <= 2:
        day = int(raw)
        day_month = _DAY_MONTH_AFTER.match(text, end)
        if day_month is not None and 1 <= day <= 31:
            return day_month.end()
        if 1 <= day <= 31 and (prev in _MONTH_WORDS or joined):
            if _MONTH_BEFORE_DAY.search(text, window, start):
                return end
        if end < len(text) - 1 and text[end] in ".)" and text[end + 1].isspace():
            if _at_line_start(text, start):
                return end + 1  # a numbered list item
    if len(raw) <= 5:
        clock = _TIME_AFTER.match(text, end)
        if clock is not None:
            return clock.end()
    date = _DATE_AFTER.match(text, end)
    if date is not None:
        return date.end()
    if len(raw) in (2, 4) and raw.isdigit():
        decade = _DECADE_AFTER.match(text, end)
        if decade is not None:
            return decade.end()
    if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
        resume = _not_a_count_year(text, start, end, prev, joined)
        if resume is not None:
            return resume
    if prev in _LABEL_WORDS or "#" in text[window:start][-3:]:
        if _LABEL_BEFORE.search(text, window, start):
            return end
    if prev in _NUMBERED_SPANS and _NOT_COUNTED_AFTER.match(text, end):
        return end  # "628 in week 16", "on day 3, ...": which week, not how many
    if prev in _DIAL_WORDS and (raw in _EMERGENCY_NUMBERS or len(raw) >= 7):
        return end  # "called 911", "dial 112": a number to call, not a count
    return None


_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "110", "119", "100", "101"})
# Verbs after which digits are a number to call.
_DIAL_WORDS = frozenset(
    "call calls called calling dial dials dialled dialed dialling dialing ring rang".split()
)


def _not_a_count_year(text: str, start: int, end: int, prev: str, joined: bool) -> int | None:
    """Where to resume if a four-digit number reads as a year ('in 1855', 'March 2017')."""
    window = max(0, start - 40)
    if prev in _MONTH_WORDS or prev[:1].isdigit():
        if _MONTH_BEFORE_YEAR.search(text, window, start):
            return end
    if prev in _YEAR_WORDS or joined:
        if _YEAR_BEFORE.search(text, window, start):
            return end
    if int(text[start:end]) < 1900:
        return None
    year_range = _YEAR_AFTER.match(text, end)
    if year_range is not None:
        return year_range.end()
    if prev == "the" and _capitalised_next(text, end):
        return end  # "the 2018 Camp Fire"
    if prev not in _COUNT_QUALIFIER_WORDS and _NOT_COUNTED_AFTER.match(text, end):
        return end  # "around 2012.", "Act 2006 and" but not "around 2000 people"
    return None


def _capitalised_next(text: str, end: int) -> bool:
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    return i > end and i < len(text) and text[i].isupper()


_FRACTION_OF_SCALE = re.compile(
    r"\s+(?:of\s+)?(?:a|one)\s+(thousand|million|billion|trillion|lakh|crore)\b"
)
# "half an hour", "a quarter of a mile": a part of one unit, no share of anything counted
# (and, read as no figure, no count to set against "more than half of the inmates")
_FRACTION_OF_UNIT = re.compile(
    r"\s+(?:of\s+)?(?:an?|one)\s+(?:second|minute|hour|day|week|month|year|decade|century"
    r"|mile|kilomet(?:er|re)|met(?:er|re)|litre|liter|ton|tonne|kilogram|pound)\b"
)


def _read_number(scan: _Scan, m: re.Match[str]) -> tuple[_Figure | None, int]:
    """Turn one core match into a figure; the int is where scanning resumes."""
    group = m.lastgroup
    start, end = m.span()
    text = scan.text
    if group == "digits":
        return _read_digits(scan, start, end)
    matched = m.group()
    if group == "halfdozen":
        return _Figure(start, end, 6.0, 6.0, "cardinal", 6.0), end
    if group == "period":
        return _Figure(start, end, 1.0, 1.0, "cardinal", 1.0), end
    if group == "vague":
        low, high = _vague_bounds(matched)
        return _Figure(start, end, low, high, "vague", None, vague=True), end
    if group == "frac":
        if matched == "half" and _word_before(text, start) in ("first", "second", "other"):
            return None, end
        clock = _PAST_THE_HOUR.match(scan.lower, end)
        if clock is not None:
            return None, clock.end()  # "half past two"
        if text[start].islower() and any(c.isupper() for c in text[start:end]):
            return None, end  # "a Quarter Pounder" is a name
        value = _fraction_value(" ".join(_WORD_TOKEN.findall(matched)))
        if value is None:
            return None, end
        scaled = _FRACTION_OF_SCALE.match(scan.lower, end)
        if scaled is not None:
            # "half a million", "a quarter of a million": a count, not a share
            n = value * _SCALES[scaled.group(1)]
            return _Figure(start, scaled.end(), n, n, "cardinal", n), scaled.end()
        if _FRACTION_OF_UNIT.match(scan.lower, end):
            return None, end
        return _Figure(start, end, value, value, "fraction", value), end
    if group == "multw":
        multiplier = _MULTIPLIER_WORDS.get(matched) or parse_number(matched.removesuffix("fold"))
        if multiplier is None:
            return None, end
        return _Figure(start, end, multiplier, multiplier, "multiplier", multiplier), end
    if group == "ordw":
        words = _WORD_TOKEN.findall(matched)
        if words == ["second"] and _word_before(text, start) not in _SECOND_ORDINAL_BEFORE:
            return None, end
        value = float(sum(_TENS.get(w, 0) + _ORDINALS.get(w, 0) for w in words))
        return _Figure(start, end, value, value, "ordinal", value), end
    return _read_words(scan, m)


def _read_words(scan: _Scan, m: re.Match[str]) -> tuple[_Figure | None, int]:
    text = scan.text
    tokens = list(_WORD_TOKEN.finditer(m.group()))
    value, used = _parse_words([t.group() for t in tokens])
    start = m.start()
    if value is None:
        return None, start + tokens[0].end()
    end = start + tokens[used - 1].end()
    if used == 1 and tokens[0].group() == "one":
        after = _WORD_TOKEN.match(scan.lower, end + 1)
        before = _word_before(text, start)
        if (before in _ONE_PRONOUN_BEFORE and not _only_one_counts(scan, before, start, after)) or (
            after is not None and after.group() in _ONE_PRONOUN_AFTER
        ):
            return None, end
    if text[start].isupper() and _inside_name(text, start):
        return None, end
    clock = _WORD_CLOCK_AFTER.match(scan.lower, end)
    if clock is not None:
        return None, clock.end()  # "six o'clock"
    return _Figure(start, end, value, value, "cardinal", value), end


# Words after "only one" that keep it a pronoun: "only one of them", "only one who".
_AFTER_PRONOUN_ONE = frozenset("of who that which to is was has had can could will would".split())


def _only_one_counts(scan: _Scan, before: str, start: int, after: re.Match[str] | None) -> bool:
    """'Only one person was confirmed dead' counts; 'the only one who came' does not."""
    if before != "only" or after is None or after.group() in _AFTER_PRONOUN_ONE:
        return False
    return _word_before(scan.text, start - len("only ")) not in ("the", "his", "her", "their")


_MIXED_FRACTION = re.compile(r"(?:[ -](\d)/(\d{1,2})|\s?([½¼¾]))(?![\d/])")
_PART_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _read_digits(scan: _Scan, start: int, end: int) -> tuple[_Figure | None, int]:
    text = scan.text
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return None, end  # part of a name: "COVID-19", "F-16"
    resume = _not_a_figure(text, start, end)
    if resume is not None:
        return None, resume
    value = _digits_value(text[start:end])
    if _ORDINAL_SUFFIX.match(text, end):
        return _Figure(start, end + 2, value, value, "ordinal", value), end + 2
    mixed = _MIXED_FRACTION.match(text, end)
    if mixed is not None and value.is_integer():
        # "6 1/2 years", "a 6-1/2-year sentence", "3½ hours": a whole and a part
        part = _PART_SIGNS.get(mixed.group(3) or "")
        if part is None and int(mixed.group(1)) < int(mixed.group(2)):
            part = int(mixed.group(1)) / int(mixed.group(2))
        if part is not None:
            value += part
            return _Figure(start, mixed.end(), value, value, "cardinal", value), mixed.end()
    return _Figure(start, end, value, value, "cardinal", value), end


def _vague_bounds(matched: str) -> tuple[float, float]:
    words = matched.split()
    head = "a few" if words[:2] == ["a", "few"] else words[0]
    if head in _FUZZY_COUNTS:
        low, high = _FUZZY_COUNTS[head]
        scale = 1.0
        for word in words[2 if head == "a few" else 1 :]:
            scale *= 12.0 if word == "dozen" else _SCALES.get(word, 100.0)
        return low * scale, high * scale
    if head in _VAGUE_WORDS:
        return _VAGUE_WORDS[head]
    unit = _PLURAL_SCALES[head]
    if len(words) == 3:  # "tens of thousands"
        unit *= _PLURAL_SCALES[words[2]]
    return 2 * unit, 10 * unit - 1


def _scale(fig: _Figure, factor: float, end: int) -> None:
    fig.low, fig.high = fig.low * factor, fig.high * factor
    fig.value = fig.low
    fig.scale = factor
    fig.end = end


def _add_scale_rest(text: str, fig: _Figure) -> None:
    """Add the smaller parts of '2 million 262 thousand' and '1 thousand 250'."""
    while fig.scale >= 1e3:
        m = _SCALE_REST.match(text, fig.end)
        if m is None:
            return
        part = int(m.group(1))
        scale = _SCALES.get(m.group(2), 100.0) if m.group(2) else 1.0
        if part * scale >= fig.scale:
            return
        fig.low += part * scale
        fig.high += part * scale
        fig.value = fig.low
        fig.scale = scale
        fig.end = m.end()


def _extend(text: str, fig: _Figure) -> None:
    """Attach currency, scale, percent and multiplier words to a bare figure."""
    if fig.kind == "vague":
        suffix = _CURRENCY_AFTER.match(text, fig.end)
        if suffix is not None:
            fig.end = suffix.end()
            fig.currency = True
        return
    if fig.kind != "cardinal":
        return
    currency = _CURRENCY_BEFORE.search(text, max(0, fig.start - 6), fig.start)
    if currency is not None:
        fig.start = currency.start()
        fig.currency = True
    scale = _SCALE_AFTER.match(text, fig.end)
    if scale is not None:
        _scale(fig, _SCALES.get(scale.group(1).lower(), 100.0), scale.end())
        _add_scale_rest(text, fig)
    else:
        abbreviated = _ABBREVIATED_SCALE_AFTER.match(text, fig.end)
        # "5m", "20k" and "6 tn" may be metres, a grade or tonnes: only "bn", "mn" and
        # "mln" are scales without a currency sign.
        word = abbreviated.group(1).lower() if abbreviated is not None else ""
        if abbreviated is not None and (fig.currency or word in ("bn", "mn", "mln")):
            _scale(fig, _ABBREVIATED_SCALES[word], abbreviated.end())
    percent = _PERCENT_AFTER.match(text, fig.end)
    if percent is not None:
        fig.end = percent.end()
        fig.kind = "percent"
        return
    suffix = _CURRENCY_AFTER.match(text, fig.end)
    if suffix is None and fig.scale >= 1e6:
        # "2 million pounds" is money; "2 million pounds of grain" is a weight; "18 billion
        # won" is a sum, where a bare "won" after a number may be the verb
        suffix = _POUNDS_AFTER.match(text, fig.end) or _WON_AFTER.match(text, fig.end)
    if suffix is not None:
        fig.end = suffix.end()
        fig.currency = True
    if fig.currency:
        fig.kind = "money"
        return
    multiplier = _MULTIPLIER_AFTER.match(text, fig.end)
    if multiplier is not None:
        fig.end = multiplier.end()
        fig.kind = "multiplier"


def _range_end(scan: _Scan, first: _Figure, rule: str | None) -> _Figure | None:
    """The upper figure of 'A to B', 'A-B', 'between A and B', if there is one."""
    if first.kind not in ("cardinal", "percent", "money"):
        return None
    text = scan.text
    join = _RANGE_JOIN.match(text, first.end)
    if join is None:
        return None
    word = join.group(1).lower()
    if word == "and" and rule != "between":
        return None
    if rule == "between" and word not in ("and", "-", "–", "—"):
        return None
    if rule == "from" and word not in ("to", "through", "-", "–", "—"):
        return None
    pos = join.end()
    while pos < len(text) and text[pos] in "$€£¥₽₹":  # "$5-$10"
        pos += 1
    m = _CORE.match(scan.lower, pos)
    if m is None or m.lastgroup not in ("digits", "words"):
        return None
    if word in ("-", "–", "—") and m.lastgroup != "digits":
        return None
    second, _ = _read_number(scan, m)
    if second is None or second.kind != "cardinal" or scan.skip.hits(second.start, second.end):
        return None
    _extend(text, second)
    if second.kind == "multiplier" or (first.kind == "percent" and second.kind != "percent"):
        return None
    if second.scale > 1 and first.scale == 1 and first.low <= second.low / second.scale:
        # "5 to 10 million": the scale word covers both ends.
        first.low, first.high = first.low * second.scale, first.high * second.scale
        first.value = first.low
        first.scale = second.scale
    if second.low <= first.high:
        return None
    return second


def _bounds(rule: str | None, low: float, high: float) -> Interval:
    if rule == "le":
        return Interval(0.0, high)
    if rule == "lt":
        return Interval(0.0, high, high_open=True)
    if rule == "gt":
        return Interval(low, None, low_open=True)
    if rule == "ge":
        return Interval(low, None)
    if rule == "approx":
        return Interval(low * 9 / 10, high * 11 / 10)
    if rule == "near":
        return Interval(low * 9 / 10, high)
    return Interval(low, high)


def _qualifier(text: str, fig: _Figure, floor: int) -> tuple[str | None, str | None, int]:
    """The qualifier words right before a figure: (name, rule, start)."""
    if fig.kind == "ordinal":
        return None, None, fig.start
    if (
        _prev_token(text, fig.start) not in _QUALIFIER_LAST_WORDS
        and "~" not in text[max(0, fig.start - 2) : fig.start]
    ):
        return None, None, fig.start
    m = _QUALIFIER_BEFORE.search(text, max(floor, fig.start - 40), fig.start)
    if m is None or m.lastgroup is None:
        return None, None, fig.start
    _, name, rule = _QUALIFIERS[int(m.lastgroup[1:])]
    if m.group().strip().lower() == "over" and (
        _word_before(text, m.start()) in _PHRASAL_OVER or fig.value is None
    ):
        return None, None, fig.start  # "carried over 19 reports", "over several days"
    if "passed" in m.group().lower() and _NOUN_AFTER.match(text, fig.end):
        return None, None, fig.start  # "has passed 2,500 blankets" hands them over
    if name == "up to" and _word_before(text, m.start()) in _CHANGE_VERBS:
        return None, None, fig.start  # "has grown up to 12 thousand"
    if rule in ("gt", "lt") and _NEGATED_BEFORE.search(text, max(floor, m.start() - 30), m.start()):
        # "may not gather more than 50": a ceiling; "cannot fall below 10": a floor.
        return ("at most", "le", m.start()) if rule == "gt" else ("at least", "ge", m.start())
    return name, rule, m.start()


# A negation a verb or two before "more than" / "less than" turns it round.
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|cannot)\s+(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,2}$", re.I
)


def _lower(text: str) -> str:
    """Lower-case without moving any character: offsets must stay valid."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_quantities(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every figure in ``text``, in order, with its qualifier read as an interval.

    ``exclude`` lists (start, end) character spans to leave alone, such as the
    dates a date finder has already claimed.
    """
    scan = _Scan(text, _lower(text), _Spans(exclude))
    found: list[Quantity] = []
    pos = 0
    previous_end = 0
    while True:
        m = _CORE.search(scan.lower, pos)
        if m is None:
            break
        fig, resume = _read_number(scan, m)
        pos = max(resume, m.start() + 1)
        if fig is None or scan.skip.hits(fig.start, fig.end):
            continue
        _extend(text, fig)
        name, rule, qualifier_start = _qualifier(text, fig, previous_end)
        second = _range_end(scan, fig, rule)
        if second is not None:
            fig.end = second.end
            fig.high = second.high
            if second.kind != "cardinal":
                fig.kind = second.kind
            if rule in (None, "between", "from"):
                name, rule = "between", "between"
        elif rule in ("between", "from"):
            name, rule, qualifier_start = None, None, fig.start
        end = fig.end
        if rule is None:
            trailing = _TRAILING_QUALIFIER.match(text, fig.end)
            if trailing is not None and trailing.lastgroup is not None:
                rule = trailing.lastgroup
                name = {"ge": "at least", "le": "at most", "approx": "about"}[rule]
                end = trailing.end()
        found.append(
            Quantity(
                start=qualifier_start,
                end=end,
                text=text[qualifier_start:end],
                value=fig.value,
                interval=_bounds(rule, fig.low, fig.high),
                qualifier=name,
                kind=fig.kind,
                vague=fig.vague,
                number_start=fig.start,
                number_end=fig.end,
            )
        )
        pos = max(pos, end)
        previous_end = end
    return _ratios(text, found)


# "one in seven", "roughly one Pakistani in seven", "3 in every 10": a share, told as two
# counts joined by "in".
_RATIO_JOIN = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?in\s+(?:every\s+)?$")
_RATIO_END = re.compile(r"\s*(?:[^\w\s]|$|(?:is|are|was|were|has|have|had|will|would)\b)")


def _ratios(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two counts joined by "in" read as the share they make: "one in five children" is
    a fifth of the children, not five of them."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.kind == b.kind == "cardinal"
            and a.value is not None
            and b.value
            and not a.vague
            and not b.vague
            and b.qualifier is None
            and a.value < b.value
            and (join := _RATIO_JOIN.fullmatch(text, a.number_end, b.number_start)) is not None
            # "one Pakistani in seven" ends there; "two people in 12 cities" is a count
            # of people in a count of places
            and (
                join.group(0).split()[0] == "in" or _RATIO_END.match(text, b.number_end) is not None
            )
        ):
            share = a.value / b.value
            low, high = a.interval.low, a.interval.high
            interval = Interval(
                None if low is None else low / b.value,
                None if high is None else high / b.value,
                a.interval.low_open,
                a.interval.high_open,
            )
            out.append(
                Quantity(
                    start=a.start,
                    end=b.end,
                    text=text[a.start : b.end],
                    value=share,
                    interval=interval,
                    qualifier=a.qualifier,
                    kind="fraction",
                    vague=False,
                    number_start=a.number_start,
                    number_end=b.number_end,
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out
