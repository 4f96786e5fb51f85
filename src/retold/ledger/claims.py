"""Harm claims: each figure of people killed, injured, displaced or detained, placed and dated.

A claim is one figure in one document, with what the ledger needs to group it:
where (the place named nearest to it, a district read as its city), when (the
days its sentence puts the event on, else the days before the report or the
publication, and which of these it was), what kind of event, who says it and
whom the sentence blames. Nothing here compares claims; :mod:`.incidents`
groups them and :mod:`.grading` weighs them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal

from ..document import Document
from ..facts.places import fold_place_name, lookup_place
from ..records import Analysis, Attribution, Figure, PlaceMention, TimeRef

__all__ = [
    "CAMPAIGN_MIN_DAYS",
    "EVENTS",
    "LOOKBACK_DAYS",
    "Claim",
    "DatedBy",
    "PlaceRef",
    "Scope",
    "actor_words",
    "claims_of",
    "parse_day",
]

# What a figure's predicate class makes of it in the ledger.
EVENTS = {
    "death": "killed",
    "injury": "injured",
    "casualty": "casualties",
    # kept apart from the killed: the missing may yet be found alive
    "dead or missing": "dead-or-missing",
    "displacement": "displaced",
    "detention": "detained",
}
# A report names an event that happened before it: a figure dated only by its
# report or by the publication is put in the days up to that date.
LOOKBACK_DAYS = 14
# A running total ("since", "between ... and") over this many days is a campaign total.
CAMPAIGN_MIN_DAYS = 45

Scope = Literal["incident", "aggregate", "campaign"]
DatedBy = Literal["sentence", "report", "published", "none"]

# Verbs that date a statement, not the event it is about ("said on Sunday").
_REPORT_VERBS = frozenset(
    """
    say tell report speak state announce add note write cite quote claim criticize criticise
    condemn accuse warn deny confirm acknowledge admit publish release issue brief respond
    reply comment estimate tweet post declare insist argue ask urge call
    """.split()
)
# Nouns that count groups of people, not people: listed, but kept out of the range.
_GROUP_NOUNS = frozenset("family families household households group groups".split())
_SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_NEGATED_RE = re.compile(r"\b(?:no|none|not|zero)\s*$", re.IGNORECASE)
# Whom a sentence blames: the words before a strike noun ("American-led coalition
# strikes"), or after "by" ("killed by coalition aircraft").
_AGENT_NOUNS = (
    r"(?:coalition|forces|army|military|troops|aircraft|warplanes|jets|drones?|air\s?strikes?|"
    r"strikes?|raids?|bombing|bombardment|shelling|artillery|missiles?|rockets?)"
)
_BY_AGENT_RE = re.compile(
    rf"\bby\s+((?:the\s+)?(?:[\w.'\u2019-]+\s+){{0,3}}?){_AGENT_NOUNS}\b", re.IGNORECASE
)
_MODIFIER_RE = re.compile(rf"((?:[\w.'\u2019-]+\s+){{1,2}}){_AGENT_NOUNS}\b", re.IGNORECASE)
_PARTY_NOUNS = frozenset({"coalition", "nato", "regime", "government", "militia", "rebels"})
_WORD_RE = re.compile(r"[\w.'\u2019]+(?:-[\w.]+)*")


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place a claim is about: a GeoNames key (``text:...`` when unresolved) and its name."""

    key: str
    name: str
    kind: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "kind": self.kind, "country": self.country}


@dataclass(frozen=True, slots=True)
class Claim:
    """One source's figure for a harm: interval, what it counts, who says it, when, and where.

    ``start``/``end`` are character offsets of the figure in the document;
    ``day_start``/``day_end`` the ISO days the claim puts the event on, with
    ``dated_by`` saying where those days came from.
    """

    doc_id: str
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    counts: str | None
    event: str
    place: PlaceRef | None
    place_text: str | None
    day_start: str | None
    day_end: str | None
    dated_by: DatedBy
    scope: Scope
    speaker: str | None
    outlet: str | None
    chain: tuple[str, ...]
    published: str | None
    passage: str
    passage_start: int
    passage_end: int
    # A count of groups ("six families"): listed, kept out of the incident's range.
    counts_groups: bool = False
    # A smaller figure of the same event in the same sentence ("nine killed, including
    # four women"): a part of the sentence's toll, listed, kept out of the range.
    part: bool = False
    # Folded words naming whom the sentence blames ("coalition", "us").
    blamed: frozenset[str] = field(default_factory=frozenset)
    # Folded words describing the source (speaker, role, relays, outlet).
    source_words: frozenset[str] = field(default_factory=frozenset)
    origin: str = ""

    @property
    def in_range(self) -> bool:
        """Whether the claim counts toward its incident's range and agreement."""
        return self.low is not None and not self.counts_groups and not self.part

    @property
    def upper(self) -> float | None:
        """The upper bound, or the lower bound when the claim has none ("more than 200")."""
        return self.high if self.high is not None else self.low

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "low": self.low,
            "high": self.high,
            "counts": self.counts,
            "counts_groups": self.counts_groups,
            "part": self.part,
            "speaker": self.speaker,
            "outlet": self.outlet,
            "chain": list(self.chain),
            "published": self.published,
            "date_start": self.day_start,
            "date_end": self.day_end,
            "dated_by": self.dated_by,
            "place": self.place_text,
            "passage": self.passage,
            "passage_start": self.passage_start,
            "passage_end": self.passage_end,
        }


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- Which figures ----------------------------------------------------------------


def _is_harm(f: Figure) -> bool:
    if f.predicate_class not in EVENTS or f.kind not in ("cardinal", "vague"):
        return False
    if f.counted_class not in ("person", None):
        return False
    return f.low is not None or f.high is not None


# --- When -------------------------------------------------------------------------


def _within(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] <= start and end <= span[1]


def _is_report_time(t: TimeRef, attributions: list[Attribution]) -> bool:
    if t.anchor is not None:
        return t.anchor in _REPORT_VERBS
    return any(a.time is not None and a.time.start == t.start for a in attributions)


@dataclass(frozen=True, slots=True)
class _Window:
    start: date | None
    end: date | None
    dated_by: DatedBy
    # Two or more separate days in the sentence: several events.
    several: bool = False
    # A total run up over the window ("since", "between ... and"), not one event dated vaguely.
    running: bool = False


def _window(
    f: Figure, text: str, times: list[TimeRef], attributions: list[Attribution], pub: date | None
) -> _Window:
    """The days of the event a figure counts, and where they come from.

    A "since" before a date opens the window to the publication ("700 killed
    since the offensive began on February 19").
    """
    in_sentence = [
        t
        for t in times
        if _within(f.sentence, t.start, t.end) and t.begin is not None and t.end_date is not None
    ]
    events = [t for t in in_sentence if not _is_report_time(t, attributions)]
    if events:
        spans: list[tuple[date, date]] = []
        running = False
        for t in events:
            begin, end = parse_day(t.begin), parse_day(t.end_date)
            if begin is None or end is None:
                continue
            opened = t.kind == "since" or bool(_SINCE_RE.search(text[f.sentence[0] : t.start]))
            if opened and pub is not None and pub > end:
                end = pub
            running = running or opened or t.kind == "range"
            spans.append((begin, end))
        if spans:
            spans.sort()
            disjoint = any(b[0] > a[1] for a, b in zip(spans, spans[1:], strict=False))
            last = max(e for _, e in spans)
            return _Window(spans[0][0], last, "sentence", disjoint, running)
    reports = [parse_day(t.end_date) for t in in_sentence if t not in events]
    reported = [d for d in reports if d is not None]
    if reported:
        day = max(reported)
        return _Window(day - timedelta(days=LOOKBACK_DAYS), day, "report")
    if pub is not None:
        return _Window(pub - timedelta(days=LOOKBACK_DAYS), pub, "published")
    return _Window(None, None, "none")


# --- Where ------------------------------------------------------------------------


def _is_dateline(m: PlaceMention) -> bool:
    """ "MOSCOW, April 2." opens a wire story: where it was filed, not what happened."""
    return m.start < 30 and m.text.isupper()


def _is_noise(m: PlaceMention) -> bool:
    letters = [c for c in m.text if c.isalpha()]
    return not m.resolved and m.kind != "district" and len(letters) <= 4 and m.text.isupper()


def _city_ref(name: str, key_hint: str) -> PlaceRef | None:
    city = lookup_place(name)
    if city is not None:
        return PlaceRef(city.key, city.name, city.kind, city.country)
    if "@" in key_hint:
        return PlaceRef(key_hint.split("@", 1)[1], name, "city")
    return None


def _ref(m: PlaceMention, main_city: PlaceRef | None) -> tuple[PlaceRef, int]:
    """The place a mention stands for in the ledger, and its tier (lower is more precise)."""
    if m.kind == "district":
        if m.city:
            city = _city_ref(m.city, m.key)
            if city is not None:
                return city, 0
        if main_city is not None:
            return main_city, 0
        return PlaceRef(m.key, m.name, "district", m.country), 0
    if m.kind == "city":
        return PlaceRef(m.key, m.name, "city", m.country), 0
    if m.kind == "country":
        return PlaceRef(m.key, m.name, "country", m.country), 2
    return PlaceRef(m.key, m.name, "region", m.country), 1


def _main(places: Iterable[PlaceMention], kind: str) -> PlaceRef | None:
    """The place of a kind a document names most, when one leads."""
    counts = Counter((m.key, m.name, m.country) for m in places if m.kind == kind)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    key, name, country = ranked[0][0]
    return PlaceRef(key, name, kind, country)


def _place(f: Figure, places: list[PlaceMention]) -> tuple[PlaceRef | None, str | None]:
    """The nearest place in the figure's sentence, else the last one before it, else the document's."""
    usable = [m for m in places if not _is_dateline(m) and not _is_noise(m)]
    main_city = _main(usable, "city")
    candidates: list[tuple[tuple[int, int], PlaceRef, str]] = []
    for m in usable:
        ref, tier = _ref(m, main_city)
        if _within(f.sentence, m.start, m.end):
            distance = min(abs(m.start - f.end), abs(f.start - m.end))
            candidates.append(((tier, distance), ref, m.text))
        elif m.end <= f.sentence[0] and tier == 0:
            candidates.append(((3, f.sentence[0] - m.end), ref, ref.name))
    if candidates:
        _, ref, text = min(candidates, key=lambda c: c[0])
        return ref, text
    for fallback in (main_city, _main(usable, "country")):
        if fallback is not None:
            return fallback, fallback.name
    return None, None


# --- Who --------------------------------------------------------------------------


def actor_words(text: str) -> set[str]:
    """Words of an actor's description, folded so "American", "U.S." and "US" meet."""
    words: set[str] = set()
    for raw in _WORD_RE.findall(text):
        for part in raw.lower().replace("\u2019", "'").split("-"):
            word = part.replace(".", "").strip("'")
            if word.endswith("'s"):
                word = word[:-2]
            if len(word) < 2 or word == "led":
                continue
            words.add(word)
            if word in ("american", "america", "united"):
                words.add("us")
            elif word.endswith("an") and len(word) > 5:
                words.add(word[:-1])  # Russian -> russia, Syrian -> syria
            elif word.endswith("i") and len(word) > 4:
                words.add(word[:-1])  # Iraqi -> iraq, Israeli -> israel
    return words


def _blamed(sentence: str, places: Iterable[str] = ()) -> frozenset[str]:
    """Folded words naming the actor a sentence blames: names and party nouns only.

    Towns and districts named in the sentence are where, not who ("a Kessel
    airstrike"); countries stay, since a state is a party ("Russian strikes").
    """
    found: set[str] = set()
    for match in (*_BY_AGENT_RE.finditer(sentence), *_MODIFIER_RE.finditer(sentence)):
        phrase = match.group(0)
        for raw in _WORD_RE.findall(phrase):
            low = raw.lower()
            if low in _PARTY_NOUNS or raw[:1].isupper() or low.endswith("-led"):
                found |= actor_words(raw)
    where: set[str] = set()
    for name in places:
        where |= actor_words(name)
    return frozenset(found - where - {"the", "by", "in", "of", "on", "at", "from"})


def _covering(f: Figure, attributions: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose content holds the figure."""
    holding = [a for a in attributions if a.content.start <= f.start and f.end <= a.content.end]
    if not holding:
        return None
    return min(holding, key=lambda a: a.content.end - a.content.start)


def _source_of(a: Attribution | None) -> str | None:
    if a is None:
        return None
    return a.speaker or (a.source.text if a.source is not None else None)


def _described(a: Attribution | None, outlet: str | None) -> list[str]:
    """What names a claim's source: the attribution's speaker, role and relays, else the outlet."""
    if a is None:
        return [outlet] if outlet else []
    parts = [a.speaker, a.role, a.source.text if a.source else None, *(v.text for v in a.via)]
    return [p for p in parts if p]


def _is_generic(speaker: str) -> bool:
    """ "local residents", "a survivor", "Rescue workers": no name of their own.

    A name is one capitalised word ("Russia") or has a capitalised word after
    its first ("the Health Office", "Sergey Lavrov"); a capital at the start of a
    sentence names nothing.
    """
    words = speaker.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) == 1:
        return not words[0][:1].isupper()
    return not any(w[:1].isupper() for w in words[1:])


# --- Claims ------------------------------------------------------------------------


def claims_of(document: Document, analysis: Analysis) -> list[Claim]:
    """Every harm figure of one document as a claim (not yet grouped)."""
    pub = document.published_date
    text = document.text
    claims = []
    for f in analysis.figures:
        if not _is_harm(f):
            continue
        s_start, s_end = f.sentence if f.sentence != (0, 0) else (f.start, f.end)
        if _NEGATED_RE.search(text[s_start : f.start]):
            continue
        window = _window(f, text, analysis.times, analysis.attributions, pub)
        begin, end = window.start, window.end
        scope: Scope = "aggregate" if window.several else "incident"
        if (
            window.running
            and begin is not None
            and end is not None
            and (end - begin).days + 1 >= CAMPAIGN_MIN_DAYS
        ):
            scope = "campaign"
        place, place_text = _place(f, analysis.places)
        attribution = _covering(f, analysis.attributions)
        speaker = _source_of(attribution)
        chain = [document.outlet] if document.outlet else []
        if attribution is not None:
            chain += [v.text for v in attribution.via]
        if speaker:
            chain.append(speaker)
        described = " ".join(_described(attribution, document.outlet))
        sentence = text[s_start:s_end]
        if speaker and not _is_generic(speaker):
            origin = "speaker:" + fold_place_name(speaker)
        else:
            origin = "outlet:" + fold_place_name(document.outlet or document.id)
            if speaker:
                origin += ":" + fold_place_name(speaker)
        counted = f.counted_text or f.counted
        claims.append(
            Claim(
                doc_id=document.id,
                start=f.start,
                end=f.end,
                text=f.text,
                low=f.low,
                high=f.high,
                counts=counted,
                event=EVENTS[f.predicate_class or ""],
                place=place,
                place_text=place_text,
                day_start=begin.isoformat() if begin else None,
                day_end=end.isoformat() if end else None,
                dated_by=window.dated_by,
                scope=scope,
                speaker=speaker,
                outlet=document.outlet or None,
                chain=tuple(dict.fromkeys(chain)),
                published=pub.isoformat() if pub else None,
                passage=sentence.strip(),
                passage_start=s_start,
                passage_end=s_end,
                counts_groups=(f.counted or "").lower() in _GROUP_NOUNS,
                blamed=_blamed(
                    sentence,
                    (
                        m.text
                        for m in analysis.places
                        if m.kind != "country" and _within((s_start, s_end), m.start, m.end)
                    ),
                ),
                source_words=frozenset(actor_words(described)),
                origin=origin,
            )
        )
    return _mark_parts(claims)


def _mark_parts(claims: list[Claim]) -> list[Claim]:
    """In each sentence, the largest figure of an event is its toll; the smaller ones are parts."""
    largest: dict[tuple[int, str], Claim] = {}
    for c in claims:
        key = (c.passage_start, c.event)
        best = largest.get(key)
        if not c.counts_groups and (best is None or _size(c) > _size(best)):
            largest[key] = c
    return [
        c
        if c.counts_groups or largest.get((c.passage_start, c.event), c) is c
        else replace(c, part=True)
        for c in claims
    ]


def _size(c: Claim) -> tuple[float, float]:
    return (c.upper or 0.0, c.low or 0.0)
