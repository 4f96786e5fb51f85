"""Scope inflation: a claim about all of something whose source speaks of a part.

"Cut ties with all of its suppliers" for "terminated our relationship with that
supplier", "interviewed every refugee family" for "we have not surveyed all
settlements": no intensity scale holds these, since the source says nothing of a
whole. What gives the inflation away is the source limiting what the claim makes
universal: a part, a number, a single one, or the whole denied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts.places import lookup_place
from .text import stem, terms

__all__ = [
    "Universal",
    "limited_by",
    "margin_scope",
    "tells_rout",
    "record_scope",
    "says_whole",
    "says_whole_by_pronoun",
    "says_whole_of",
    "universals",
]

_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "these", "those"})
_UNIVERSAL_RE = re.compile(r"\b(?:all(?:\s+of)?|every|entire|whole)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|[^\w\s]")
# Words that end the noun phrase a quantifier takes in.
_PHRASE_END = frozenset(
    """of in on at for to from with by across over under into after before during since
    through via within without against between among
    that who which whose where when and or but as than is are was were be been being has
    have had will would could should can may might must do does did not""".split()
)
_PHRASE_WORDS = 4
# "after all", "at all", "all but", "every day": the words, not a whole of anything.
_IDIOM_RE = re.compile(
    r"\b(?:after|at|above|for|in|once and for)\s+all\b|\ball\s+(?:but|over|along|around|the\s+"
    r"(?:way|same|more|time|while))\b|\bevery\s+(?:day|week|month|year|time|night|morning|"
    r"hour|minute|so\s+often|other)\b|\ball[- ](?:out|time)\b|\bon\s+the\s+whole\b",
    re.I,
)
_WHOLE_RE = re.compile(
    r"\b(?:all|every|everyone|everything|everybody|entire|entirely|whole|each|throughout|"
    r"completely|fully|totally|nationwide|across the)\b",
    re.I,
)
_NEGATED_WHOLE_RE = re.compile(
    r"\bnot\b(?:\s+\w+){0,2}\s+(?:all|every|everyone|each)\b|\bnot\s+all\b", re.I
)
_PART_RE = re.compile(
    r"\b(?:some|several|part|parts|partly|partially|most|many|few|majority|minority|"
    r"only|limited|certain|single|sole|one|other)\b",
    re.I,
)
# Counts in words, past one: of parts, or of things.
_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few"
# A count of things: "four petrochemical pipelines".
_COUNT_OF_RE = re.compile(
    # not "the 200 passengers": all of them, counted
    rf"(?<!the\s)(?<!its\s)(?<!their\s)(?<!all\s)(?<!these\s)(?<!those\s)\b(\d[\d,]*|{_COUNT_WORDS})"
    r"\s+((?:[^\W\d_][\w'’-]*\s+){0,2}?)([^\W\d_][\w'’-]*s)\b",
    re.I,
)
# A count of parts of something: "three floors of the mall", "2 wings of the hospital".
_PARTITIVE_RE = re.compile(
    rf"\b(?:(?:\d[\d,]*(?:-[a-z]+)?|one|{_COUNT_WORDS})\s+(?:[a-z]+\s+){{0,2}}"
    # "a stretch of the expressway", "a section of the wall": a part, however long
    r"|(?:a|an)\s+(?:[\w'’-]+\s+){0,2}(?:stretch|section|portion|segment|part|span|length|"
    r"fraction|corner|wing)\s+)of\s+(?:the|its|their|this|that)\s+"
    # "35 of the State's 54 large dams": the whole may come a few words on
    r"((?:[\w'’-]+\s+){0,3}[^\W\d_][\w'’-]*)",
    re.I,
)
_SINGLE_RE = r"\b(?:that|this|one|a|an|the|single)\s+"
# A kind of a thing pointed at: "this so-called non-food alcohol", "such homemade liquor".
# Not a clause's "that" before its subject ("said that the government would resign").
_KIND_OF_RE = (
    r"\b(?:this|that|such)\s+(?!(?:the|a|an|its|their|his|her|our|your|it|they|he|she|we)\b)"
    r"(?:[\w'’-]+\s+){1,3}?"
)
# A pronoun after the quantifier ("all of them") names no whole the source could limit.
_PRONOUNS = frozenset({"them", "us", "you", "it", "those", "these", "this", "that", "which"})
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty hundred".split()
)


@dataclass(frozen=True)
class Universal:
    """A quantifier of a whole and the noun phrase it takes in: "all of its suppliers"."""

    start: int
    end: int
    text: str
    head: str  # the noun, as written: "suppliers"
    # "in the country" of "every nightclub in the country": made whole over a country too
    country: str = ""

    @property
    def nouns(self) -> set[str]:
        """The terms of what is made whole, without the quantifier: "every" is in any
        whole, so it cannot tell one whole from another."""
        if _NATIONWIDE_RE.fullmatch(self.text):
            return set(terms(self.head))
        return set(terms(_UNIVERSAL_RE.sub(" ", self.text, count=1)))


def universals(text: str) -> list[Universal]:
    """The wholes a text speaks of, leaving out idioms ("after all") and counted wholes
    ("all 22 victims", compared as figures)."""
    idioms = [m.span() for m in _IDIOM_RE.finditer(text)]
    out = []
    for m in _UNIVERSAL_RE.finditer(text):
        if any(a <= m.start() < b for a, b in idioms):
            continue
        words: list[re.Match[str]] = []
        for w in _WORD_RE.finditer(text, m.end()):
            low = w.group(0).lower()
            if not words and low in _DETERMINERS:
                continue
            if low in _PHRASE_END or not w.group(0)[0].isalpha() or len(words) == _PHRASE_WORDS:
                break
            if words and low.endswith(("ed", "ing")):
                break  # a verb after the noun: "the whole cabinet resigned"
            words.append(w)
        if not words or words[0].group(0).lower() in _PRONOUNS | _NUMBER_WORDS:
            continue  # "all of them"; "all three staircases" is a count, compared as one
        if not terms(" ".join(w.group(0) for w in words)):
            continue
        end = words[-1].end()
        over = _IN_COUNTRY_RE.match(text, end)
        country = over.group(0).strip() if over else ""
        out.append(Universal(m.start(), end, text[m.start() : end], words[-1].group(0), country))
    # "across the Muslim world", "worldwide": every country
    for m in _WORLDWIDE_RE.finditer(text):
        out.append(Universal(m.start(), m.end(), m.group(0), "world"))
    # "a nationwide state of emergency": the whole country, said in one word
    for m in _NATIONWIDE_RE.finditer(text):
        out.append(Universal(m.start(), m.end(), m.group(0), "country"))
    return sorted(out, key=lambda u: u.start)


_NATIONWIDE_RE = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all over) the (?:whole |entire )?country)\b",
    re.I,
)
_WORLDWIDE_RE = re.compile(
    r"\b(?:worldwide|globally|in every country|(?:across|throughout|around|all over) the "
    r"(?:[\w'’-]+ )?world)\b",
    re.I,
)
# A country the evidence names its act in: "from working in Afghanistan".
_IN_NAMED_RE = re.compile(r"\b(?:in|to|from|inside|within)\s+((?:[A-Z][\w'’-]+\s?){1,3})")
# A named place an act is confined to: "in Mindanao", "across Kerala".
_IN_PART_NAMED_RE = re.compile(r"\b(?:in|across|throughout)\s+((?:[A-Z][\w'’-]+\s?){1,3})")
# Capitalised words after "in" that name no place: times, bodies, languages.
_NOT_PLACES = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday parliament congress
    senate court cabinet council office english french spanish arabic the""".split()
)
_IN_COUNTRY_RE = re.compile(
    r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:in|across|throughout)\s+the\s+(?:whole\s+|entire\s+)?"
    r"country\b",
    re.I,
)
# Parts of a country: "in ten districts of the southern region", "in three provinces".
_REGIONS_RE = re.compile(
    r"\bin (?:the )?(?:[\w'’-]+ ){0,2}(?:districts?|provinces?|regions?|states|counties|"
    r"prefectures?|municipalities)\b",
    re.I,
)


# A thing in a place smaller than a country: "nightclubs in the capital", "schools in
# Blantyre and Lilongwe".
_IN_PLACE_RE = re.compile(
    r"\b([^\W\d_][\w'’-]*)\s+(?:in|across)\s+(?:the\s+)?(?:capital|city|cities|town|"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+and\s+(?-i:[A-Z][\w'’-]+))?)\b",
    re.I,
)


def says_whole(text: str) -> bool:
    """Whether a passage speaks of a whole itself (not a whole it denies)."""
    denied = [m.span() for m in _NEGATED_WHOLE_RE.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in denied) for m in _WHOLE_RE.finditer(text))


_WHOLLY_RE = re.compile(r"\b(?:completely|entirely|totally|fully|wholly)\b", re.I)


# "France as a whole", "the whole of the country": a whole named after its noun.
_AS_A_WHOLE_RE = re.compile(
    r"([^\W\d_][\w'’-]*)\s+as\s+a\s+whole\b|\bthe\s+whole\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"([^\W\d_][\w'’-]*)",
    re.I,
)


def says_whole_of(text: str, words: set[str]) -> bool:
    """Whether a passage speaks of the whole of what ``words`` name ("all of the mall",
    "the mall completely collapsed", "France as a whole"), not of a whole of something
    else in it."""
    if not words & set(terms(text)):
        return False
    if _WHOLLY_RE.search(text) and not _NEGATED_WHOLE_RE.search(text):
        return True
    for m in _AS_A_WHOLE_RE.finditer(text):
        if words & set(terms(m.group(1) or m.group(2))):
            return True
    return any(
        words & u.nouns and not _NEGATED_WHOLE_RE.search(text[: u.end]) for u in universals(text)
    )


_WHOLE_PRONOUN_RE = re.compile(
    r"\b(?:everyone|everybody|(?:all|each|every\s+one)\s+of\s+them)\b", re.I
)


def says_whole_by_pronoun(text: str) -> bool:
    """Whether a passage speaks of a whole with no noun ("until everyone was accounted
    for"): of whatever the sentence is about, so the claim's own noun need not be there."""
    return any(
        not _NEGATED_WHOLE_RE.search(text[: m.end()]) for m in _WHOLE_PRONOUN_RE.finditer(text)
    )


def limited_by(u: Universal, evidence: str, *, counts: bool, places: bool = False) -> str | None:
    """The words of the evidence that make the claim's whole a part, if any.

    ``counts``: the evidence holds a number the claim does not (a count of what the
    claim calls all of it). ``places``: a place named short of a country bounds a whole
    country (for a measure's reach: "extended martial law across the whole country" and
    "in Mindanao"; not for "nationwide protests", whose story may be told in one city).
    """
    if says_whole(evidence):
        return None
    if u.head == "world" and _WORLDWIDE_RE.fullmatch(u.text):
        # "across the Muslim world" for "from working in Afghanistan": one country named
        if _WORLDWIDE_RE.search(evidence):
            return None
        for named in _IN_NAMED_RE.finditer(evidence):
            place = lookup_place(named.group(1).strip(), fuzzy=False)
            if place is not None and place.kind == "country":
                return named.group(0).strip()
        return None
    if u.head == "country" and _NATIONWIDE_RE.match(u.text):
        if _NATIONWIDE_RE.search(evidence):
            return None
        region = _REGIONS_RE.search(evidence)
        if region:
            return region.group(0)
        if not places:
            return None
        # "across the whole country" for "in Mindanao": a named place short of a country
        for named in _IN_PART_NAMED_RE.finditer(evidence):
            name = named.group(1).strip()
            if name.split()[0].lower() in _NOT_PLACES:
                continue
            place = lookup_place(name, fuzzy=False)
            if place is None or place.kind != "country":
                return named.group(0).strip()
        return None
    m = _NEGATED_WHOLE_RE.search(evidence)
    if m:
        return m.group(0)
    head = stem(u.head)
    if u.country and not _NATIONWIDE_RE.search(evidence):
        # "every nightclub in the country" for "nightclubs in the capital"
        for m in _IN_PLACE_RE.finditer(evidence):
            if stem(m.group(1)) == head:
                return m.group(0)
    if u.head.lower().endswith("s"):
        # "all of its suppliers" against "that supplier": the source names one of them.
        for s in re.finditer(_SINGLE_RE + r"([^\W\d_][\w'’-]*)\b", evidence, re.I):
            word = s.group(1)
            if not word.lower().endswith("s") and stem(word) == head:
                return s.group(0)
    else:
        # "all alcohol" for "this so-called non-food alcohol": a kind of it, pointed at
        kind = re.search(_KIND_OF_RE + rf"{re.escape(u.head)}\b", evidence, re.I)
        if kind is not None:
            return kind.group(0)
    whole = {stem(t) for t in u.nouns}
    for m in _PARTITIVE_RE.finditer(evidence):
        # "Three floors of the mall" for "the entire mall building": a counted part of it.
        words = m.group(1).split()
        # of many ("all of its dams"), a part is some of them, not a part of one dam
        plural = u.head.lower().endswith("s")
        hit = next(
            (
                k
                for k, x in enumerate(words)
                if stem(x) in whole and (not plural or x.lower().endswith("s"))
            ),
            None,
        )
        if hit is not None:
            return evidence[m.start() : m.start(1)] + " ".join(words[: hit + 1])
    for m in _COUNT_OF_RE.finditer(evidence):
        # "every petrochemical pipeline" for "four petrochemical pipelines": a count of
        # the very things the claim makes all (not the claim's own "all 13 demands")
        if stem(m.group(3)) == head and m.group(1).lower() not in u.text.lower().split():
            return m.group(0)
    m = _PART_RE.search(evidence)
    if m and (counts or head in terms(evidence)):
        # the part word with the words it takes: "Other members of the Cabinet"
        after = re.match(r"(?:\s+[^\s,;:.]+(?:[,.]\d+)*){0,4}", evidence[m.end() :])
        return (m.group(0) + (after.group(0) if after else "")).strip()
    return None


# A record over all time ("the deadliest ... in the history of India", "ever") against one
# over a span ("in more than two decades", "since 1995"): the source's record is narrower.
_ALL_TIME_RE = re.compile(
    r"\b(?:in (?:the )?(?:whole |entire )?history|of all time|ever(?: recorded)?|on record)\b", re.I
)
_SPAN_RE = re.compile(
    r"\b(?:in (?:more than |over |nearly |almost |about |at least )?(?:\w+ )?(?:decades?|years?|"
    r"generations?|a generation|half a century|a century)|since (?:\d{4}|the \d{4}s))\b",
    re.I,
)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|heaviest|strongest|most \w+)\b", re.I
)


def record_scope(claim: str, evidence: str) -> tuple[str, str] | None:
    """(claimed, found) when the claim makes an all-time record of the source's record
    over a span, with the same superlative in both."""
    whole = _ALL_TIME_RE.search(claim)
    span = _SPAN_RE.search(evidence)
    if whole is None or span is None or _ALL_TIME_RE.search(evidence):
        return None
    claimed = {m.group(0).lower() for m in _SUPERLATIVE_RE.finditer(claim)}
    found = {m.group(0).lower() for m in _SUPERLATIVE_RE.finditer(evidence)}
    if not claimed & found:
        return None
    return whole.group(0), span.group(0)


# A vote told as a rout ("overwhelmingly rejected") whose tally was close ("285 votes to 272").
_ROUT_RE = re.compile(
    r"\b(?:overwhelming(?:ly)?|landslide|by a (?:wide|large|huge|big) margin|"
    r"by a (?:large|huge|big|vast) majority|massively|resoundingly|decisively)\b",
    re.I,
)
_TALLY_RE = re.compile(r"\b(\d{1,4})\s*(?:votes?\s+)?(?:to|-|–)\s*(\d{1,4})(?:\s+votes?)?\b", re.I)
# A margin below this share of the votes cast is close, whatever the claim calls it.
CLOSE_MARGIN = 0.1


def tells_rout(claim: str) -> bool:
    """Whether a passage calls a vote a rout: the cheap test before looking for a tally."""
    return _ROUT_RE.search(claim) is not None


def margin_scope(claim: str, evidence: str) -> tuple[str, str] | None:
    """(claimed, found) when the claim calls a vote a rout that the evidence counts close."""
    rout = _ROUT_RE.search(claim)
    if rout is None or _ROUT_RE.search(evidence):
        return None
    for m in _TALLY_RE.finditer(evidence):
        a, b = int(m.group(1)), int(m.group(2))
        if a + b >= 20 and abs(a - b) / (a + b) < CLOSE_MARGIN:
            return rout.group(0), m.group(0)
    return None
