"""Turning an analysed article into checkable claims, one per sentence that carries one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..document import Document
from ..facts.places import lookup_place
from ..names import is_outlet_name, is_outlet_word
from ..records import Analysis, Attribution, Figure, PersonMention, PlaceMention, TextSpan, TimeRef
from .text import terms

__all__ = [
    "ClaimDraft",
    "build_claims",
    "credited_outlets",
    "home_country",
    "published_by",
    "story_place",
]

# Where an outlet is named as the one told or relaying: "told (the private channel) Skai
# TV", "in an interview with the Italian newspaper La Gazzetta dello Sport", "As
# transmitted the agency Associated Press, ...", and inside a machine-translated source,
# "The governor ... to the channel Al Jazeera said".
_INTERVIEW_RE = re.compile(
    r"\b(?:in an interview (?:with|to|on)|speaking (?:to|on)|told|interviewed (?:on|by)|"
    r"appearing on|in a statement (?:to|sent to|given to)|"
    # "said in a column for The New York Times", "wrote in an op-ed in Le Monde"
    r"in (?:a|an|her|his|their) (?:column|op-ed|opinion piece|article|essay) (?:for|in)|"
    r"wrote in)\s+",
    re.I,
)
_AS_REPORTED_RE = re.compile(
    r"\b[Aa]s\s+(?:was\s+)?(?:reported|reports|transmitted|transmits|informed|informs|writes|"
    r"wrote|told|tells|broadcast|announced|stated|notes|noted|says|said)(?:\s+by)?\s+"
)
# What an outlet did with a document or recording: "the recording, published by La
# Repubblica", "in a video sent to Al Jazeera", "a count compiled by Reuters".
_HANDLED_BY_RE = re.compile(
    r"\b(?:published|broadcast|aired|obtained|released|compiled|leaked|posted|sent|"
    r"delivered|given|handed|shown|seen|filmed|verified|reviewed|reported|revealed|"
    r"disclosed)\s+(?:by|to|on)\s+"
    # "gave telephone interviews to ABS-CBN television"
    r"|\binterviews?\s+(?:with|to)\s+"
)
_TO_RE = re.compile(r"\bto\s+")
_COMMA_RE = re.compile(r",\s+")
_ADDRESSEE_LEAD_RE = re.compile(r"\s*(?:to\s+|in an interview (?:with|to)\s+)?")
_CAPITAL_RUN_RE = re.compile(
    r"(?:(?:al|el|an|ad|ar|as|ash|at|az)-)?[A-Z][\w.&'’\-]*(?:\s+(?:(?:of|de|del|della|dello|di|du|des|al|el|la|le)\s+)?"
    r"[A-Z][\w.&'’\-]*)*"
    # "France 2", "Channel 4": a channel's number
    r"(?:\s\d{1,2}\b)?"
)
_OUTLET_REACH = 60
# Words after a name that make it a gathering's ("the NATO summit").
_GATHERING_AFTER_RE = re.compile(
    r"\s+(?:summit|meeting|conference|talks|session|forum|congress|ceremony|rally)\b"
)
# A capitalised word next: "the Spanish daily La Voz" names the paper after "daily".
_NAME_AFTER_RE = re.compile(r"\s+[A-Z]")
# Words after a name that make it a publication.
_PRESS_AFTER_RE = re.compile(
    r"\s+(?:daily|newspaper|weekly|tabloid|broadcaster|news\s+agency|news\s+website|news\s+portal"
    r"|news\s+site|television|TV|radio|newsletter|magazine)\b"
)
# A body's own publication a statement came out in: "claimed the bombing in its weekly
# al-Naba newsletter", "through its Amaq news agency".
_OWN_MEDIUM_RE = re.compile(
    r"\b(?:in|through|via|on)\s+(?:its|their)\s+(?:(?:weekly|daily|online|official|own)\s+)?"
)


def _outlet_after(text: str, pos: int, limit: int) -> TextSpan | None:
    """The first outlet named within a few words after ``pos``, before any clause break:
    a run of capitalised words, or its tail ("Saudi-owned Al Arabiya" -> "Al Arabiya")."""
    stop = min(limit, pos + _OUTLET_REACH)
    brk = re.search(r"[,;:.!?](?:\s|$)", text[pos:stop])
    if brk:
        stop = pos + brk.start()
    for m in _CAPITAL_RUN_RE.finditer(text, pos, stop):
        if is_outlet_word(m.group(0).rstrip(".")):
            continue  # "aired on state TV": a medium, no outlet named
        if _GATHERING_AFTER_RE.match(text, m.end()):
            continue  # "ahead of the NATO summit": a name of a gathering, not a credit
        for w in re.finditer(r"\S+", m.group(0)):
            start = m.start() + w.start()
            candidate = text[start : m.end()].rstrip(".")
            if is_outlet_word(candidate):
                break  # "Agency" of "Japan Meteorological Agency": a kind, not a name
            # ("Reuters 20 ...": the number may be the next thing said)
            for name in dict.fromkeys((candidate, re.sub(r"\s\d{1,2}$", "", candidate))):
                if name[:1].isupper() and is_outlet_name(name):
                    return TextSpan(start, start + len(name), name)
        # A name the word after it calls an outlet ("the Kompas daily reported", where the
        # parse read "daily" as an adverb and left it out of the source).
        name = m.group(0).rstrip(".")
        press = _PRESS_AFTER_RE.match(text, m.start() + len(name))
        if (
            press is not None
            # "the Spanish daily La Voz": the word says what the name after it is
            and not _NAME_AFTER_RE.match(text, press.end())
            and is_outlet_name(text[m.start() : press.end()])
        ):
            return TextSpan(m.start(), press.end(), text[m.start() : press.end()])
        # A name the words before it call an outlet ("the Spanish daily El Pais", "the
        # agency Orient Line"): the credit keeps those words, which say what it is.
        credit = text[pos : m.start() + len(name)]
        if is_outlet_name(credit):
            return TextSpan(pos, pos + len(credit), credit)
    return None


def _first_out(text: str, m: re.Match[str], own: bool = False) -> bool:
    """Whether a "... by X" tells who brought a thing out: "published by", "revealed by",
    "first reported by" (``own``: as the claim words it, "released by" too)."""
    verbs = ("published", "revealed", "disclosed") + (
        ("released",) if own else ("broadcast", "aired", "posted")
    )
    first = text[max(0, m.start() - 6) : m.start()].strip().lower() == "first"
    return m.group(0).startswith(verbs) or first


def published_by(text: str) -> str | None:
    """The outlet a sentence says published a thing first ("first published by the
    Nigerian news site HumAngle"), if it names one."""
    for m in _HANDLED_BY_RE.finditer(text):
        if _first_out(text, m):
            span = _outlet_after(text, m.end(), len(text))
            if span is not None:
                return span.text
            # "published by HumAngle, a Nigerian news site": the apposition says what it is
            name = _CAPITAL_RUN_RE.match(text, m.end())
            gloss = _GLOSS_RE.match(text, name.end()) if name else None
            if name and gloss and is_outlet_name(gloss.group(1)):
                return name.group(0)
    return None


_GLOSS_RE = re.compile(r",\s+((?:an?|the)\s+[^,.;]{1,40})")


_MIN_TERMS = 4


@dataclass
class ClaimDraft:
    start: int
    end: int
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    outlets: list[TextSpan] = field(default_factory=list)
    # Of ``outlets``, those credited with publishing a document or recording ("the report,
    # published by X"): a publisher, news outlet or not.
    publishers: list[TextSpan] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    # The country the article is about, when one stands out: where its figures are
    # unless a sentence names another place.
    home: str | None = None
    # The place the article names most often below a country: where its story happens.
    story_place: PlaceMention | None = None
    # The years of the calendar days the article names ("July 6, 2013" in a look back
    # from 2018): a source from then is of the story told, not of another era.
    story_years: frozenset[int] = frozenset()
    # Every year the article speaks of, its own included: a source filed long before the
    # earliest of them tells another story.
    article_years: frozenset[int] = frozenset()

    @property
    def main(self) -> Attribution | None:
        """The attribution the sentence is about: a named person's, the widest one otherwise."""
        if not self.attributions:
            return None
        return max(
            self.attributions,
            key=lambda a: (
                a.speaker_kind == "person",
                a.resolved_by == "name",
                a.content.end - a.content.start,
            ),
        )

    @property
    def kind(self) -> str:
        if self.attributions:
            return "statement"
        if self.figures:
            return "figure"
        return "event"


_SPACE_RE = re.compile(r"\s*")
_THE_NAME_RE = re.compile(r"the\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)")


def _place_next(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` name a place ("to Poland", "to the Philippines")."""
    space = _SPACE_RE.match(text, pos)
    start = space.end() if space is not None else pos
    run = _CAPITAL_RUN_RE.match(text, start)
    the = None if run is not None else _THE_NAME_RE.match(text, start)
    name = run.group(0) if run is not None else the.group(1) if the is not None else ""
    return bool(name) and lookup_place(name, fuzzy=False) is not None


def credited_outlets(text: str, att: Attribution) -> list[TextSpan]:
    """Outlets a statement is credited to: relays ('according to IRNA') and addressees ('told CNN')."""
    found = [v for v in att.via if is_outlet_name(v.text)]
    s0, s1 = att.sentence
    starts: list[tuple[int, int]] = []  # (where to look, where to stop)
    # The addressee: "told Reuters", "assured to the agency X", "said in an interview with X".
    after = text[att.cue.end : att.cue.end + 40].lstrip().lower()
    if att.cue.text.lower().startswith(("told", "tell")) or after.startswith(
        ("to ", "in an interview")
    ):
        lead = _ADDRESSEE_LEAD_RE.match(text, att.cue.end)
        starts.append((lead.end() if lead else att.cue.end, s1))
    starts += [(m.end(), s1) for m in _INTERVIEW_RE.finditer(text, s0, s1)]
    starts += [(m.end(), s1) for m in _OWN_MEDIUM_RE.finditer(text, att.cue.end, s1)]
    # Further on: "confirmed his resignation to the CNN channel"; not a journey's end
    # ("as he travelled to Poland ahead of the NATO summit").
    starts += [
        (m.end(), s1)
        for m in _TO_RE.finditer(text, att.cue.end, s1)
        if not _place_next(text, m.end())
    ]
    # Before the statement: "As transmitted the agency X, the representative ... declared".
    front = min(att.cue.start, att.content.start)
    starts += [(m.end(), front) for m in _AS_REPORTED_RE.finditer(text, s0, front)]
    if att.source is not None:
        # Inside the source: "The governor ... to the channel Al Jazeera said".
        src = att.source
        starts += [
            (m.end(), src.end)
            for m in _TO_RE.finditer(text, src.start, src.end)
            if not _place_next(text, m.end())
        ]
        # A source the parse ran long, ending in the outlet that reported it: "..., the
        # Reuters agency reported".
        if att.speaker_kind != "person":
            starts += [(m.end(), src.end) for m in _COMMA_RE.finditer(text, src.start, src.end)]
        # An outlet's own work as the source: "A Reuters tally found", "an AFP count shows".
        lead = re.match(r"(?:an?|the)\s+", text[src.start : src.end], re.I)
        if lead and att.speaker_kind != "person":
            starts.append((src.start + lead.end(), src.end))
    for pos, limit in starts:
        span = _outlet_after(text, pos, limit)
        if span is not None and all(f.start != span.start for f in found):
            found.append(span)
    return found


_DATELINE_RE = re.compile(r"\s*([A-Z][A-Z'\- ]{2,}[A-Z])(?:,[^\n]{0,40}?)?\s*(?:[.,:(]|--|—|–)")


def home_country(analysis: Analysis, text: str = "") -> str | None:
    """Where an article is from: its dateline ("BANJUL. ..."), or else the country most of
    its places are in, when it clearly leads: named at least three times and twice as
    often as any other."""
    dateline = _DATELINE_RE.match(text[:60])
    if dateline:
        place = lookup_place(dateline.group(1).title(), fuzzy=False)
        if place is not None:
            return place.name
    counts = Counter(p.country for p in analysis.places if p.country)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    country = ranked[0][0]
    names = [p.name for p in analysis.places if p.country == country]
    countries = [p.name for p in analysis.places if p.country == country and p.kind == "country"]
    return (countries or names)[0]


def story_place(analysis: Analysis) -> PlaceMention | None:
    """The place a report names most often, below a country: where its story happens."""
    usable = [p for p in analysis.places if p.kind != "country" and p.lat is not None]
    if not usable:
        return None
    key, _ = Counter(p.key for p in usable).most_common(1)[0]
    return next(p for p in usable if p.key == key)


_ARTICLE_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)s?\b(?![,.]\d)")


def build_claims(doc: Document, analysis: Analysis) -> list[ClaimDraft]:
    claims: list[ClaimDraft] = []
    home = home_country(analysis, doc.text)
    scene = story_place(analysis)
    story_years = frozenset(
        int(t.begin[:4])
        for t in analysis.times
        if t.explicit and t.granularity == "day" and t.begin is not None
    )
    article_years = story_years | {int(y) for y in _ARTICLE_YEAR_RE.findall(doc.text)}
    if doc.published_date is not None:
        article_years |= {doc.published_date.year}
    for s_start, s_end in analysis.sentences:
        text = doc.text[s_start:s_end]
        # Trim surrounding white space so offsets point at the words.
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        start, end = s_start + lead, s_end - trail
        if end <= start:
            continue

        def inside(a: int, lo: int = s_start, hi: int = s_end) -> bool:
            return lo <= a < hi

        # A quotation running on from a sentence before is still its speaker's: this
        # sentence's part of it is a statement of theirs ("...: "There are no shortcomings.
        # The state was prepared for this."").
        continued = [
            replace(
                a,
                content=TextSpan(
                    start, min(a.content.end, end), doc.text[start : min(a.content.end, end)]
                ),
            )
            for a in analysis.attributions
            if a.kind == "direct"
            and a.cue.start < s_start
            and a.content.start < s_start
            and a.content.end > start + 1
        ]
        # ... and one that opens here and is credited in a later sentence ('"Children are
        # being killed. This must stop," said X'): this sentence is X's too.
        leading = [
            replace(
                a,
                content=TextSpan(
                    max(a.content.start, start),
                    end,
                    doc.text[max(a.content.start, start) : end],
                ),
            )
            for a in analysis.attributions
            if a.kind == "direct"
            and a.cue.start >= s_end
            and start <= a.content.start < end
            and a.content.end > s_end
        ]
        draft = ClaimDraft(
            start=start,
            end=end,
            text=doc.text[start:end],
            attributions=[a for a in analysis.attributions if inside(a.cue.start)]
            + continued
            + leading,
            figures=[f for f in analysis.figures if inside(f.start) and f.kind != "ordinal"],
            # "arrested overnight" in a retelling days later is the source's night, copied:
            # it dates nothing against the article's own day
            times=[t for t in analysis.times if inside(t.start) and t.text.lower() != "overnight"],
            persons=[p for p in analysis.persons if inside(p.start)],
            places=[p for p in analysis.places if inside(p.start)],
            home=home,
            story_place=scene,
            story_years=story_years,
            article_years=article_years,
        )
        for att in draft.attributions:
            draft.outlets.extend(credited_outlets(doc.text, att))
        for m in _HANDLED_BY_RE.finditer(doc.text, start, end):
            span = _outlet_after(doc.text, m.end(), end)
            if span is not None and all(o.start != span.start for o in draft.outlets):
                draft.outlets.append(span)
            if span is not None and _first_out(doc.text, m, own=True):
                draft.publishers.append(span)
        # A short quotation is checkable when someone is named saying it: '"It is
        # impossible to recover them," he said' is held to what he said.
        # So is a sentence of a longer quotation, whoever it is credited to ('"We are
        # exhausted ... We hope you won't stop," the note read'): part of what was said.
        quoted = any(
            a.kind == "direct" and a.speaker and a.speaker_kind == "person"
            for a in draft.attributions
        ) or bool(leading or continued)
        if len(terms(draft.text)) < _MIN_TERMS and not draft.figures and not quoted:
            continue
        claims.append(draft)
    return claims
