"""Slot-by-slot comparison of a claim with its evidence: one function per kind of change.

Each function takes the claim, its ranked evidence windows and read access to
the corpus, and returns typed distortions with the evidence passage they rest on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from anyascii import anyascii

from ..document import Document, parse_published
from ..facts.numbers import currency_of, distinctive
from ..facts.places import distance_km, lookup_place
from ..facts.timex import after_dateline_place, event_offset, sets_aside
from ..names import (
    PersonName,
    article_dropped,
    is_news_outlet,
    is_outlet_name,
    is_unnamed_outlet,
    match_persons,
    parse_outlet,
    parse_person,
    person_keys,
    same_outlet,
    short_form,
    surname_similarity,
)
from ..pipeline.lexicon import ROLE_NOUNS, SPEECH_CUES, full_body_name
from ..records import Analysis, Attribution, Figure, PersonMention, PlaceMention, TextSpan, TimeRef
from ..retrieval.corpus import CorpusView, Window, demonym_forms
from .acts import StrongAct, untold_acts
from .align import NOT_NAMES, claim_names, names_share
from .claims import ClaimDraft, published_by
from .denials import denied_acts
from .figures import (
    FigureComparison,
    compare_figures,
    in_base_unit,
    is_measure,
    paid_to,
    person_group,
    same_group,
    same_happening,
    told,
)
from .quotes import (
    NEGATORS,
    QUOTE_WORD_RE,
    aligned_flip,
    answer_flip,
    edited_tail,
    meaning_flip,
    negation_flip,
    outlook_flip,
    quoted_words,
    similarity,
    spliced,
    swapped_word,
)
from .results import Distortion, EvidenceRef
from .scales import ScaleHit, exaggerations, scale_hits
from .scope import (
    limited_by,
    margin_scope,
    record_scope,
    says_whole_by_pronoun,
    says_whole_of,
    tells_rout,
    universals,
)
from .segments import cue_stem, is_act
from .text import KEEP, WRITTEN_WORD_RE, stem, terms
from .thresholds import (
    BODY_STATEMENT_SAME,
    CLOSEST_SHARE,
    DATELINE_CHARS,
    DENIAL_NEIGHBOURS,
    EXAGGERATION_LOCAL,
    EXPLICIT_DATE_COVERAGE,
    NAME_VARIANT,
    OUTLET_BEST_COVERAGE,
    OUTLET_CARRIER_SHARE,
    OUTLET_CONTENT_COVERAGE,
    QUOTE_DIFFERENT,
    REPORTED_SPEAKER_REWORDED,
    REPORTED_SPEAKER_SIMILARITY,
    SPEAKER_SAME_WORDS,
    TOP_WINDOWS,
    UNIT_MIN_ALIGNMENT,
    VALUE_COVERAGE_LEAD,
)

__all__ = [
    "elsewhere",
    "other_occasion",
    "source_label",
    "speaker_change",
    "untold_act_distortions",
    "said_as_quoted",
    "dedupe",
    "event_date_distortions",
    "wrong_weekday_distortions",
    "year_distortions",
    "labelled_quote_distortions",
    "denial_distortions",
    "exaggeration_distortions",
    "count_speaker_distortions",
    "occasion_date_distortions",
    "trip_date_distortions",
    "figure_distortions",
    "name_distortions",
    "outlet_distortions",
    "quote_distortions",
    "quoted_swap_distortions",
    "speaker_distortions",
    "statement_date_distortions",
]


def said_as_quoted(d: Distortion) -> bool:
    """A quote distortion whose evidence has the quoted words as quoted, and not as what it
    doubts ("We cannot yet say whether he was on drugs"): the quote did not change them.
    Where the claim frames its quotation ("dismissed the accusation as "absolutely
    unfounded""), the words within the quotation marks are what must be carried."""
    if d.kind != "quote":
        return False
    if _carries_verbatim(d.found, d.claimed):
        return True
    runs = [r for r in re.split(r"[\"“”«»]", d.claimed)[1::2] if len(r.split()) >= 3]
    return bool(runs) and all(_carries_verbatim(d.found, r) for r in runs)


def dedupe(ds: list[Distortion]) -> list[Distortion]:
    seen: set[tuple[str, str]] = set()
    out = []
    for d in ds:
        key = (d.kind, d.claimed)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def source_label(view: CorpusView, doc_id: str) -> str:
    doc = view.document(doc_id)
    parts = [doc.outlet or doc_id]
    if doc.published_date:
        parts.append(doc.published_date.strftime("%-d %B %Y"))
    return ", ".join(parts)


def speaker_change(
    claimed: str, found: str, w: Window, explanation: str, at: int | None = None
) -> Distortion:
    """Words or a count the article gives one speaker, that a source sentence gives
    another."""
    return Distortion(
        "speaker",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        explanation,
        at=at,
    )


# -- figures ---------------------------------------------------------------------------


def _speaker_of(analysis: Analysis, position: int, *, within: int = 1) -> str | None:
    for att in analysis.attributions:
        if att.content.start <= position < att.content.end and _named(att, within):
            return att.speaker
    return None


def _claim_speaker(draft: ClaimDraft, f: Figure) -> str | None:
    for att in draft.attributions:
        if (
            att.content.start <= f.start < att.content.end
            or att.sentence[0] <= f.start < att.sentence[1]
        ):
            if _named(att):
                return att.speaker
    return None


def count_speaker_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A count credited to one source that the evidence has from another, where the one
    credited gave a count of its own: "At least 132 people were killed, the state
    government said" where the government said 121 and the Public Defender 132."""
    windows = ranked[: TOP_WINDOWS * 2]
    for f in draft.figures:
        speaker = _claim_speaker(draft, f)
        if not speaker or f.value is None or f.predicate_class is None or f.part_of is not None:
            continue
        # the credited source giving the count anywhere in the documents read, or a report
        # telling it as fact ("killing nine people"): anyone may have said it
        for doc_id in dict.fromkeys(w.doc_id for w in windows):
            analysis = view.analysis(doc_id)
            for g in analysis.figures:
                if g.value != f.value or g.predicate_class != f.predicate_class:
                    continue
                said_by = _speaker_of(analysis, g.start, within=_NAMED_WITHIN)
                if said_by is None or _same_source(speaker, said_by):
                    return []
        theirs: tuple[str, Window] | None = None
        own_count = False
        for w in windows:
            analysis = view.analysis(w.doc_id)
            for g in analysis.figures:
                if not w.start <= g.start < w.end or g.predicate_class != f.predicate_class:
                    continue
                if g.part_of is not None:
                    continue
                g_speaker = _speaker_of(analysis, g.start, within=_NAMED_WITHIN)
                if not g_speaker:
                    continue
                # (the credited source giving the very value was ruled out above)
                mine = _same_source(speaker, g_speaker)
                if g.value == f.value:
                    # the very count ("more than 100" is no source of "up to 100"), given
                    # by a counter and not a country speaking for its officials
                    if (
                        theirs is None
                        and compare_figures(f, g).outcome in ("same", "compatible")
                        and not _is_place(g_speaker)
                    ):
                        theirs = (g_speaker, w)
                elif mine and g.value is not None and g.value > 1 and g.population is None:
                    own_count = True  # a count of its own, not "among them a girl"
        if theirs is not None and own_count:
            other, w = theirs
            at = next(
                (
                    a.source.start
                    for a in draft.attributions
                    if a.source is not None and a.speaker == speaker
                ),
                f.start,
            )
            return [
                speaker_change(
                    speaker,
                    other,
                    w,
                    f"The article credits {speaker} with {f.text}; "
                    f"{source_label(view, w.doc_id)} has it from {other}, whose count it is.",
                    at=at,
                )
            ]
    return []


def _named(att: Attribution, within: int = 1) -> bool:
    """A speaker with a name: a person, or a body named in capitals ("the World Health
    Organization"), not "officials" or "residents"; within its first ``within`` words
    ("the state Public Defender's Office" is named within two)."""
    if not att.speaker:
        return False
    if att.speaker_kind == "person":
        return True
    words = [w for w in att.speaker.split() if w.lower() not in ("the", "a", "an")]
    return any(w[:1].isupper() for w in words[:within])


# Words into a speaker's phrase its capitalised name may start, for a rival count: "the
# state Public Defender's Office".
_NAMED_WITHIN = 2

# How far after a sentence giving a whole its part may be told.
PART_SENTENCES = 2


def _part_windows(view: CorpusView, windows: list[Window], others: set[float]) -> list[Window]:
    """The sentences after one that gives the claim's whole: "about 200 injured. ... Of the
    injured, 41 were in a serious condition." tells the part on, out of the search's reach."""
    seen = {(w.doc_id, w.index) for w in windows}
    out = []
    for w in windows:
        if not any(
            w.start <= g.start < w.end and g.value in others
            for g in view.analysis(w.doc_id).figures
        ):
            continue
        for i in range(w.index + 1, w.index + 1 + PART_SENTENCES):
            nxt = view.window(w.doc_id, i)
            if nxt is not None and (w.doc_id, i) not in seen:
                seen.add((w.doc_id, i))
                out.append(replace(nxt, score=w.score, retrieval=w.retrieval, coverage=0.0))
    return out


# What a body's own count in its own release weighs beyond the same number relayed.
OWN_RELEASE_BONUS = 4.0


def _what_it_counts(f: Figure) -> str:
    """A figure with what it counts and what happened: "110,500 children vaccinate"."""
    return " ".join(w for w in (f.text, f.counted_text, f.predicate) if w)


def _is_place(name: str | None) -> bool:
    """ "Jordan said ...": a country speaking, whatever first name it also is."""
    return (
        bool(name)
        and len((name or "").split()) == 1
        and lookup_place(name or "", fuzzy=False) is not None
    )


def _released_by(doc: Document, speaker: str | None) -> bool:
    """Whether a body published the document itself ("Iraqi Ministry of Health" for "the
    Health Ministry"): not a news report of it."""
    outlet = doc.outlet or ""
    if not speaker or not outlet or is_news_outlet(outlet):
        return False
    mine = {t for t in terms(speaker) if len(t) > 2}
    return same_outlet(speaker, outlet) or (len(mine) >= 2 and mine <= set(terms(outlet)))


def _same_source(a: str, b: str) -> bool:
    """One person under two spellings, or one organisation under two names."""
    return match_persons(a, b).same_person or same_outlet(a, b)


# A count the sentence itself places in the past of its story: "four days later, state
# radio put the toll at ...", "... and the figures have risen since".
_THEN_RE = re.compile(
    r"\b(?:at the time|at first|initially|since then|(?:hours?|days?|weeks?|months?) later|"
    # "initial police figures put the toll at 17": a count told as a first one
    r"(?:initial|first|early|earlier|preliminary|original)\s+(?:\w+\s+)?"
    r"(?:figures?|counts?|tally|toll|estimates?|reports?|numbers?)|"
    r"(?:risen|grown|climbed|increased|gone up)\b[^.;]*\bsince)\b",
    re.I,
)


_LATEST_RE = re.compile(
    r"\b(?:latest|most recent|updated)\s+(?:\w+\s+)?(?:figures?|count|toll|tally|numbers?)\b", re.I
)


def _cumulative(draft: ClaimDraft, f: Figure) -> bool:
    """A running total: a cue such as 'has reached' or 'toll' just before the figure,
    unless the sentence tells it as the count of an earlier day."""
    if _THEN_RE.search(draft.text):
        return False
    rel = f.start - draft.start
    low = draft.text[max(0, rel - 30) : rel + len(f.text) + 20].lower()
    if _LATEST_RE.search(draft.text):
        return True  # "..., according to the latest figures from the UN"
    return any(
        w in low
        for w in (
            "latest",
            "so far",
            "to date",
            "toll",
            "has killed",
            "have killed",
            "has risen",
            "has reached",
            "has climbed",
            "now stands",
            "stands at",
            "rose to",
            " now ",
        )
    )


# Verbs whose subjects are those who told: "two residents told Reuters", "three
# witnesses said".
_TELLING = frozenset({"tell", "say"})
# How far past a claim's bound ("above a hundred") a count may lie and still be the one
# the bound was put on: a tenth of it.
BOUND_REACH = 0.1


# Two counts of different things befalling people ("killed", "wounded"), of different
# values, are less likely one the other's source than a count of the claim's own kind
# told further off (the same value of another kind is the trace of a changed unit).
OTHER_HARM_PENALTY = 0.75


def figure_distortions(
    view: CorpusView,
    draft: ClaimDraft,
    ranked: list[Window],
    published: date | None,
    matched: list[Figure],
) -> list[Distortion]:
    """Changed figures; figures found unchanged are appended to ``matched``."""
    out: list[Distortion] = []
    windows = ranked[:20]
    claim_years = _years(draft.times) | {int(y) for y in _YEAR_RE.findall(draft.text)}
    claim_years |= {published.year} if published else set()
    claim_years |= draft.story_years
    people_of = _people_of(draft.text)  # whose people the sentence names, once per claim
    same_as: dict[int, tuple[Figure, Window]] = {}  # figures found unchanged, by start
    # by document, where the figures a share is of stand: read once per document
    share_wholes: dict[str, set[int]] = {}
    for f in draft.figures:
        # A vague count ("a few dozen civilians") has no value but bounds to hold it to.
        vague = f.value is None and f.low is not None and f.high is not None
        if f.kind == "ordinal" or (f.value is None and not vague) or _offset(draft, f):
            continue
        f_base = in_base_unit(f).value  # a duration or measure in its base unit
        # the whole a percentage is of ("40 percent of its fab tools"), read once
        f_share = _share_of(draft.text, f.end - draft.start) if f.kind == "percent" else set()
        # whose things it counts ("40 Ukrainian cities") before a place elsewhere in the
        # sentence ("speaking as he travelled to Poland")
        place = (_people_of(f.counted_text) if f.counted_text else None) or f.place or people_of
        speaker = _claim_speaker(draft, f)
        # the documents a speaking body published itself, whose figures are its own,
        own_release = (
            {
                doc_id: _released_by(view.document(doc_id), speaker)
                # ... that does not give the claim's very number, which is where it came from
                and not any(g.value == f.value for g in view.analysis(doc_id).figures)
                for doc_id in dict.fromkeys(w.doc_id for w in windows)
            }
            if speaker
            else {}
        )
        measures = _aspects(draft.text, f.start - draft.start, f.end - draft.start)
        best: tuple[float, Figure, Window] | None = None
        scored: list[tuple[float, Figure, Window]] = []
        other_kind: list[tuple[Figure, Window]] = []  # the very number, as a sum or a share
        # "sought 15 years in prison": a term in prison, whatever words frame it
        f_prison = _prison_term(draft.text, f.end - draft.start)
        # a whole the claim itself takes a share of, a whole it may be held to
        f_whole = any(f.start <= (x.part_of or -1) < f.end for x in draft.figures)
        # what a sum is ("bail of 2,500 rupees", "a ransom of $1 million"), read once
        f_for = _sum_for(draft.text, f.start - draft.start) if f.kind == "money" else None
        others = {x.value for x in draft.figures if x is not f and x.value not in (None, f.value)}
        repeats = Counter(x.value for x in draft.figures if x is not f and x.value in others)
        for w in windows + (_part_windows(view, windows, others) if f.population else []):
            if _filed_long_after(view, w, published):
                continue  # a report of years later tells another story ("ten wounded")
            analysis = view.analysis(w.doc_id)
            # "the first time in 26 years; the last time was in 1992": a span of time back
            # to a year names that year, and is still of the story told.
            if _historic(view, w, claim_years, draft.article_years) and not (
                f.counted_class == "duration"
                and any(
                    w.start <= g.start < w.end
                    and g.counted_class == "duration"
                    and _same_frame(draft, f, view.document(w.doc_id).text, g)
                    for g in analysis.figures
                )
            ):
                continue
            # A sentence that also carries the claim's other figures ("135 dead and more
            # than 5,000 injured") is where the claim's numbers were taken from together.
            # So is the sentence next to one that does: "rose to 110 on Friday. Another
            # 238 people remain missing."
            lo, hi = _around(view, w, 1)
            siblings = len(others & {g.value for g in analysis.figures if lo <= g.start < hi})
            if w.doc_id not in share_wholes:
                share_wholes[w.doc_id] = {
                    x.part_of
                    for x in analysis.figures
                    if x.part_of is not None and x.kind in ("percent", "fraction")
                }
            for g in analysis.figures:
                # "dozens of shells" told as "dozens of shells": the same vague count
                same_vague = vague and g.value is None and (g.low, g.high) == (f.low, f.high)
                if (
                    not (w.start <= g.start < w.end)
                    or (g.value is None and not same_vague)
                    or g.kind == "ordinal"
                    # "the 50 reports do not mean that 50 people are missing": a count the
                    # source says is not one
                    or _count_denied(view.document(w.doc_id).text, g.start)
                    # spans of time are everywhere ("for the next three months"): only a
                    # sentence that carries the claim gives its duration
                    or (
                        f.counted_class == "duration"
                        and w.coverage < DURATION_COVERAGE
                        and not _same_frame(draft, f, view.document(w.doc_id).text, g)
                        # "held ... more than 300 days", "245 days after they were abducted":
                        # one captivity, however differently the sentences tell it
                        and not (f.predicate_class and f.predicate_class == g.predicate_class)
                        # "sought 15 years in prison", "to 10 years in prison": one term
                        and not (f_prison and _prison_term(view.document(w.doc_id).text, g.end))
                        and not _same_span_of(draft, f, view.document(w.doc_id).text, g)
                    )
                    # a share is compared with a share only: "a third of the deaths"
                    or (g.kind == "fraction") != (f.kind == "fraction")
                    # "40 percent of the garden's roughly 400 hectares had burned": the
                    # whole a share is of is no count of what befell the share
                    or not f_whole
                    and any(g.start <= p < g.end for p in share_wholes[w.doc_id])
                    # the source of the claim's other figure ("killed 158 and injured
                    # 169" beside "158 dead"), not of this one; unless the sentence gives
                    # that value more often than the claim's others take it ("LVMH pledged
                    # 200 million euros, and L'Oreal also 200 million")
                    or g.value in others
                    and _times_given(analysis, w, g.value) <= repeats[g.value]
                    # "two residents told Reuters": those who told, not what befell anyone
                    or g.predicate in _TELLING
                    and g.predicate_class is None
                    and f.predicate_class is not None
                ):
                    continue
                s = w.score
                # "object" is the catch-all class and any sum is money: only the same noun
                # (or, for money and shares, the same verb) makes it the same thing.
                if (
                    f.counted_class
                    and f.counted_class == g.counted_class
                    and (
                        f.counted_class not in ("object", "money", "percentage", "duration")
                        or (f.counted is not None and f.counted == g.counted)
                        or (f.counted_class == "duration" and in_base_unit(g) is not g)
                        # a weight is a weight in tons or kilograms
                        or (is_measure(f) and in_base_unit(f).counted == in_base_unit(g).counted)
                        or (
                            f.counted_class in ("money", "percentage")
                            and f.predicate == g.predicate
                        )
                    )
                ):
                    s += 1.0 + SIBLING_BONUS * min(siblings, 2)
                if f.kind == g.kind == "percent" and siblings:
                    # "51.2% against 40.2%" where the sentence gives "51.2% ... against
                    # 44.2%": shares told together are where the claim's were taken from
                    s += 1.0
                if (
                    f.kind == g.kind == "money"
                    and currency_of(f.text) == currency_of(g.text) is not None
                    and w.coverage >= MONEY_COVERAGE
                ):
                    s += 1.0  # a sum in the same currency in a sentence that carries the claim
                if (
                    f_for is not None
                    and g.kind == "money"
                    and f_for == _sum_for(view.document(w.doc_id).text, g.start)
                ):
                    s += 1.0  # "bail of 2,500 rupees" and "bail of 25,000 rupees": one sum
                if f.counted is not None and f.counted == g.counted and f.counted not in _ANYONE:
                    s += 0.5  # the same noun: "40 officers" and "19 officers"
                if same_group(f, g):
                    s += 1.0  # "400 of them in critical condition", "200 in critical condition"
                if (
                    f_share
                    and g.kind == "percent"
                    and f_share & _share_of(view.document(w.doc_id).text, g.end)
                ):
                    s += 1.0  # "40 percent of its fab tools", "70% of fab tools": one whole
                if f.predicate_class and f.predicate_class == g.predicate_class:
                    s += 1.0
                elif {f.predicate_class, g.predicate_class} & {"casualty"} and (
                    {f.predicate_class, g.predicate_class} & {"death", "injury"}
                ):
                    s += 0.5  # "victims" may be the dead or the wounded
                elif f.predicate_class is None and g.predicate_class is None:
                    # "recaptured" and "recaptured": one act, even of no harm we class
                    s += 1.0 if f.predicate is not None and f.predicate == g.predicate else 0.5
                elif f.predicate_class and g.predicate_class and f.value != g.value:
                    s -= OTHER_HARM_PENALTY  # "72 killed" is no source of "350 wounded"
                # The exact value is the strongest trace of where a figure came from; a
                # figure the same person gave is stronger still.
                if (
                    same_vague
                    or f.value is not None
                    and (
                        f.value == g.value
                        # "1,000 tonnes" is a million kilograms, not a million residents
                        or (g_base := in_base_unit(g)) is not g
                        and f_base == g_base.value
                    )
                    # "one kilometre" and "a day of mourning": a one is in every other
                    # sentence, and only of the same kind of thing is it a trace
                    and (f.value != 1 or f.counted_class == g.counted_class)
                ):
                    s += 2.5
                elif _transposed(f.value, g.value) or _digit_slipped(f.text, g.text):
                    # "213" for "231", "1.4 million" for "1.14 million": the same digits,
                    # two swapped or one dropped in copying
                    s += 2.0
                g_speaker = _speaker_of(analysis, g.start)
                # (of the same kind of thing, or the very number: "the two vessels"
                # investigators named is no trace of the passengers they counted)
                same_kind = (
                    f.counted_class is None
                    or g.counted_class in (None, f.counted_class)
                    or f.value == g.value
                )
                if speaker and g_speaker and same_kind and _same_source(speaker, g_speaker):
                    # a person's own figure weighs more than a body's, which many relay
                    s += 3.0 if match_persons(speaker, g_speaker).same_person else 1.5
                elif (
                    speaker
                    and own_release.get(w.doc_id)
                    and (
                        g_speaker is None
                        # "the ministry", or "Human Rights Watch researchers who visited"
                        or set(terms(g_speaker)) <= set(terms(speaker))
                        or set(terms(speaker)) <= set(terms(g_speaker))
                    )
                    and f.predicate_class is not None
                    and g.predicate_class == f.predicate_class
                    # "Early reports of more than 50 dead": others' count, told as such
                    and not _THEN_RE.search(w.text)
                ):
                    # the body's own count of the same harm ("The ministry announces ...
                    # deaths ... 60" for "the Health Ministry said 92 people had died"),
                    # however far down its release it stands: above a relay of the number
                    s += OWN_RELEASE_BONUS
                if f.kind != g.kind and {f.kind, g.kind} & {"percent", "money"}:
                    if _sum_for_count(f, g, w):
                        other_kind.append((g, w))
                    continue
                if _measures_differ(f, measures, view.document(w.doc_id).text, g):
                    continue
                if (
                    elsewhere(place, g.place)
                    and not is_measure(f)
                    and not _both_named(draft, analysis, w, place, g.place)
                ):
                    # "two children died in Suva" is not a toll in Tonga; a cargo's weight
                    # is the same wherever the sentence says it went
                    continue
                if place is None and elsewhere(draft.home, g.place):
                    s -= HOME_PENALTY  # a story from Banjul tells of deaths in Gambia
                # A bare equal number in a weakly related sentence is a coincidence, not a source.
                if (
                    s - w.score < 3.0
                    and f.value is not None
                    and f.value == g.value
                    and (f.counted_class != g.counted_class or f.counted != g.counted)
                    and w.coverage < 0.25
                    and not distinctive(f.value)
                    # "up to 300 thousand" for "up to 300,000": the bound kept is a trace
                    and not (f.qualifier is not None and f.qualifier == g.qualifier)
                ):
                    continue
                scored.append((s, g, w))
                if best is None or s > best[0]:
                    best = (s, g, w)
        borrowed = _borrowed_count(f, scored)
        # the best figure found does not already hold the claim's: read once, when needed
        unsettled = bool(other_kind or borrowed) and (
            best is None
            or compare_figures(f, best[1]).outcome not in ("same", "compatible")
            # "some 20 charged" for "about 20 detained": the count is theirs, made worse
            and not _harm_raised(f, best[1])
        )
        if other_kind and unsettled:
            # "about 99 visitors" from "an entry fee of Rs 99": the count is a price there
            g2, w2 = other_kind[0]
            out.append(
                _unit(
                    f,
                    g2,
                    w2,
                    f"The article counts {f.text!r} {f.counted_text or ''}; the number is "
                    f"{g2.text!r} in {source_label(view, w2.doc_id)}.",
                )
            )
            continue
        if borrowed is not None and unsettled:
            g2, w2 = borrowed
            out.append(
                _unit(
                    f,
                    g2,
                    w2,
                    f"The article says {f.text!r} {f.counted_text or ''}; the number comes "
                    f"from {g2.text!r} {g2.counted_text or ''} ({source_label(view, w2.doc_id)}).",
                )
            )
        if vague:
            # The same people told worse off ("several of those guards were shot dead" for
            # "two of those guards were wounded"): an exaggeration whatever the count, in
            # the sentence that counts the very people the claim names.
            harmed = [
                (s2, g2, w2)
                for s2, g2, w2 in scored
                if f.counted is not None
                and g2.counted == f.counted
                and f.counted not in _ANYONE
                and _worse_off(f, g2)
            ]
            if harmed:
                _, g2, w2 = max(harmed, key=lambda x: x[0])
                out.append(_harm_distortion(view, f, g2, w2, with_counted=True))
                continue
        if best is None or best[0] < 1.5:
            continue
        _, g, w = best
        if vague and not (
            f.predicate_class is not None
            and f.predicate_class == g.predicate_class
            and f.counted_class == g.counted_class
        ):
            # A vague count is held only to a count of the same thing befalling the same
            # kind of people or things: "a few dozen civilians killed", "over 200 killed".
            continue
        if vague:
            # ... and only for a number out of its bounds: the readings of exact figures
            # (a range's end, a revision, a list) do not apply to one without a value.
            cmp = compare_figures(f, g)
            if cmp.outcome == "number":
                out.append(_number(view, f, g, w, "the source counts"))
            continue
        cmp = compare_figures(f, g)
        span_counted = False  # "five operations" for "a five-hour operation"
        if cmp.outcome == "unrelated":
            # The strongest pull counts something else ("between 100 and 150 minors" for
            # "1,553 families"): a close second with the very number, counting the same
            # kind of thing, is where the figure came from.
            near = [
                x
                for x in sorted(scored, key=lambda x: -x[0])
                if x[0] >= best[0] - UNRELATED_MARGIN
                and x[1] is not g
                and f.value is not None
                and x[1].value == f.value
                and compare_figures(f, x[1]).outcome != "unrelated"
            ]
            if near:
                best = near[0]
                _, g, w = best
                cmp = compare_figures(f, g)
            elif _span_for_count(f, g, w) or (
                span_counted := _span_of_the_counted(f, g, view.document(w.doc_id).text)
            ):
                cmp = FigureComparison(
                    "unit", f"same value, but {g.counted_text or 'a span of time'} counted"
                )
        if cmp.outcome in ("number", "unit"):
            # A figure a sentence closer to the claim gives unchanged is where it came
            # from: another sentence with a stronger pull (its speaker, its verb) but a
            # different value does not refute it.
            # So does a count inside the claim's bound ("climbed above a hundred" for "the
            # 101 reported earlier in the week", beside a first report of 100).
            # ... but not one counting others by another noun, where the source found
            # counts the claim's very people ("two black men shot" is no "two civilians
            # killed" beside "two civilians were wounded")
            own_noun = f.counted is not None and f.counted not in _ANYONE and g.counted == f.counted
            kept = [
                (s2, g2, w2)
                for s2, g2, w2 in scored
                if w2.coverage >= w.coverage
                and w2.coverage > 0
                and not (own_noun and g2.counted != f.counted)
                and (
                    (outcome := compare_figures(f, g2).outcome) == "same"
                    or outcome == "compatible"
                    and f.qualifier in ("more than", "at least")
                    and g2.qualifier is None
                    and g2.value is not None
                    and f.value is not None
                    # just past the bound: 101 is "above a hundred"; 126 is "more than 50"
                    # only in a way no one would put it
                    and abs(g2.value - f.value) <= BOUND_REACH * f.value
                    and g2.predicate_class in (None, f.predicate_class)
                    and g2.counted_class == f.counted_class
                )
            ]
            if own_release.get(w.doc_id) and g.predicate_class == f.predicate_class:
                # the claimed body's own count gives another number: a report of the same
                # value from others does not make it the body's (another release of its
                # own that gives the value does: its later situation report)
                kept = [x for x in kept if _released_by(view.document(x[2].doc_id), speaker)]
            if kept:
                best = max(kept, key=lambda x: x[0])
                _, g, w = best
                cmp = compare_figures(f, g)
        if (
            cmp.outcome in ("number", "compatible")
            and f.value is not None
            and g.value != f.value
            and _rare(f.value)
        ):
            # "73,671 people left homeless" where a sentence that carries the claim has
            # "damaged 73,671 houses": a number this rare is where it came from, whatever
            # pulls harder elsewhere ("more than 60,000 tourists evacuated")
            exact = [x for x in scored if x[1].value == f.value and x[2].coverage > 0]
            if exact:
                best = max(exact, key=lambda x: x[0])
                _, g, w = best
                cmp = compare_figures(f, g)
        if cmp.outcome == "number" and f.value is not None and g.value != f.value:
            # The very number in a sentence that carries the claim far better ("107 people
            # were rescued alive" for "107 people had been killed") is where it came from,
            # counting something else, whatever another sentence's pull (a speaker of the
            # same name, a count of the dead) for a different number.
            closer = _value_told_closer(f, w, scored)
            if closer is not None:
                best = closer
                _, g, w = best
                cmp = compare_figures(f, g)
        if (
            cmp.outcome == "unit"
            and f.value is not None
            and f.counted is not None
            and f.counted not in _ANYONE
            and g.counted != f.counted
        ):
            # "Four BBC journalists among the dead", where one report has "at least four
            # people" dead and the broadcaster "four BBC journalists" injured: the same
            # people by the same noun are whom the claim tells of
            same_noun = [x for x in scored if x[1].value == f.value and x[1].counted == f.counted]
            if same_noun:
                best = max(same_noun, key=lambda x: x[0])
                _, g, w = best
                cmp = compare_figures(f, g)
        if cmp.outcome == "compatible" and f.qualifier is not None and g.value == f.value:
            # "up to 74" where one report has the count at 74 and another "at least 74":
            # the floor the sources put under it, turned into a ceiling
            flipped = [
                x
                for x in scored
                if x[1].value == f.value
                and x[1].qualifier not in (None, f.qualifier)
                and x[1].predicate_class == f.predicate_class
                and compare_figures(f, x[1]).outcome == "number"
            ]
            if flipped:
                best = max(flipped, key=lambda x: x[0])
                _, g, w = best
                cmp = compare_figures(f, g)
        told_apart = False  # the sentence that tells the claim counts something else
        if cmp.outcome == "same" and f.value is not None:
            # "the most affected district, with nine deaths" where the sentence that tells
            # the claim ("the most affected district is Bata, with nine confirmed cases")
            # counts something else: the same count elsewhere is another fact
            telling = _value_told_closer(
                f,
                w,
                [
                    x
                    for x in scored
                    if x[2] is ranked[0]
                    # another kind of thing or happening, not another word for it
                    # ("magnitude 8.8 quake" and "magnitude 8.8 earthquake")
                    and (
                        f.counted_class != x[1].counted_class
                        or None not in (f.predicate_class, x[1].predicate_class)
                        and f.predicate_class != x[1].predicate_class
                    )
                ],
                floor=TELLS_CLAIM_COVERAGE,
            )
            if telling is not None:
                best = telling
                _, g, w = best
                cmp = compare_figures(f, g)
                told_apart = True
        # what a share is of, or what a sum is, read off the words around it: a unit
        # change in itself, whatever else the figures count
        whole_changed = False
        # (a fraction's whole is what it counts: "a quarter of the deaths" reads as deaths)
        shared = ("same", "compatible", "unit") if f.kind == "fraction" else ("same", "compatible")
        if cmp.outcome in shared and f.kind == g.kind in ("percent", "fraction"):
            # "70% of the island's homes" for "70% of the island's inhabitants", "a quarter
            # of the deaths" for "a quarter of all cases"
            f_of = _share_words(draft.text, f.end - draft.start)
            g_of = _share_words(view.document(w.doc_id).text, g.end)
            mine, theirs = _whole_head(f_of), _whole_head(g_of)
            if mine and theirs and mine != theirs and not _place_by_name(f_of, g_of):
                cmp = FigureComparison(
                    "unit",
                    f"same share, but of {' '.join(f_of)!r} where the source has "
                    f"{' '.join(g_of)!r}",
                )
                f = replace(f, counted_text=f"of {' '.join(f_of)}")
                g = replace(g, counted_text=f"of {' '.join(g_of)}")
                whole_changed = True
        if cmp.outcome == "same" and f.kind == g.kind == "money" and f.value is not None:
            # "pocketed 118.5 billion won in bribes" for "a fine of 118.5 billion won": the
            # sum kept, what it is changed
            mine = _sum_purpose(draft.text, f.start - draft.start, f.end - draft.start)
            theirs = _sum_purpose(view.document(w.doc_id).text, g.start, g.end)
            if mine and theirs and mine != theirs:
                cmp = FigureComparison("unit", f"same sum, but a {theirs} not {mine}")
                f = replace(f, counted_text=mine)
                g = replace(g, counted_text=theirs)
                whole_changed = True
        if (
            cmp.outcome == "unit"
            and not whole_changed
            and f.counted != g.counted
            and _counted_nearby(view, f, g, w)
        ):
            continue  # "four trade union and professional confederations": same thing
        if (
            cmp.outcome == "unit"
            and {f.predicate_class, g.predicate_class} == {"death", "aboard"}
            and (
                _ALL_DIED_RE.search(draft.text)
                or _ALL_DIED_RE.search(w.text)
                # "Of the 67 passengers and crew, 38 were killed" and "killing 38 of the
                # 67 people on board": the whole of those killed is those aboard
                or any(x.part_of == f.start for x in draft.figures)
                or any(x.part_of == g.start for x in view.analysis(w.doc_id).figures)
            )
        ):
            continue  # "killing all 150 people on board": those aboard are the dead
        if (
            cmp.outcome == "unit"
            and f.counted == g.counted
            and f.predicate_class != g.predicate_class
            and any(x.part_of == f.start for x in draft.figures)
            and any(x.part_of == g.start for x in view.analysis(w.doc_id).figures)
        ):
            # "879 of the 994 inmates held there escaped" and "879 of the prison's 994
            # inmates escaped": a whole takes its verb from its part, or from its own words
            continue
        # "the five-month inquest" for "the five-week inquest": one span, remeasured
        same_span = (
            cmp.outcome == "unit"
            and f.counted_class == g.counted_class == "duration"
            and _same_span_of(draft, f, view.document(w.doc_id).text, g)
        )
        if (
            cmp.outcome == "unit"
            and not whole_changed
            and not (
                told_apart
                or same_span
                or span_counted
                or _unit_evidence(f, g)
                or _same_whole(view, draft, f, g, w)
                or _group_counted_apart(view, f, g, w)
            )
        ):
            continue
        if (
            cmp.outcome == "unit"
            and not told_apart
            and (f.value is None or not distinctive(f.value))
            and f.counted_class != g.counted_class
            and ranked[0].score < UNIT_MIN_ALIGNMENT
        ):
            continue
        if (
            cmp.outcome == "unit"
            and not told_apart
            and f.value is not None
            and f.value < SMALL_COUNT
            and w.coverage < UNIT_MIN_ALIGNMENT
            and not _same_people(f, g)
            and not same_span
        ):
            continue  # "four children rushed to hospital" is not "four men charged" elsewhere
        if cmp.outcome == "number" and _parts_of_a_count(f, g):
            continue  # "one of whom detonated a vest" and "three of them were shot"
        summed = _sum_of_sums(view, f, w) if cmp.outcome == "number" else None
        if summed is not None:
            # "a £6.2 million fine" for "fined £3.6 million and ordered to pay £2.6 million
            # in costs": two sums told as one
            a, b = summed
            out.append(
                _unit(
                    f,
                    a,
                    w,
                    f"The article says {f.text!r}; {source_label(view, w.doc_id)} gives "
                    f"{a.text!r} and {b.text!r}, two sums that make {f.text!r} together.",
                )
            )
            continue
        parts = _sum_of_parts(view, f, w) if cmp.outcome == "number" else None
        if parts is not None:
            # "66 people on board" for "56 passengers ... and 10 crew members" is their sum;
            # "99 passengers" for "91 passengers and eight crew members" gives one part all
            whole = next((x for x in parts if x.counted == f.counted), None)
            if whole is not None:
                a, b = parts
                out.append(
                    _unit(
                        f,
                        whole,
                        w,
                        f"The article says {f.text!r} {f.counted_text or ''}; "
                        f"{source_label(view, w.doc_id)} counts {a.text!r} "
                        f"{a.counted_text or ''} and {b.text!r} {b.counted_text or ''}, "
                        f"{f.text!r} in all.",
                    )
                )
                # ... and the part itself has another number in the source
                out.append(_number(view, f, whole, w, f"for {f.counted_text!r} the source gives"))
            continue
        if cmp.outcome == "number" and _cumulative(draft, f):
            # "the toll has now reached 28": set against the latest count before the
            # article, not the first hours' one.
            g, w = _latest_count(
                view, f, g, w, scored, _count_day(view, draft, f, published, scored)
            )
        if cmp.outcome == "unit" and (crossed := _crossed_counts(view, draft, f, g, w)):
            # "19 killed ... 18 hurt" for "18 killed and 19 injured": the two counts
            # traded places, each a changed number of what the claim says it counts
            out.append(_number(view, f, *crossed, "the source's count of the same is"))
            continue
        if cmp.outcome == "number":
            g, w = _first_told(view, f, g, w, scored)
        if cmp.outcome in ("number", "unit"):
            out.append(
                Distortion(
                    cmp.outcome,
                    told(f) if cmp.outcome == "number" else _what_it_counts(f),
                    told(g) if cmp.outcome == "number" else _what_it_counts(g),
                    EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                    f"The article says {told(f)!r}; {source_label(view, w.doc_id)} has {told(g)!r} ({cmp.reason}).",
                    at=f.start,
                )
            )
            counted_else = (
                _same_value_counted_else(f, w, scored) if cmp.outcome == "number" else None
            )
            if counted_else is not None:
                # "225 people died" where the sentence gives "225 fatal crashes" that
                # "claimed 252 lives": the number counts the crashes there
                g2, w2 = counted_else
                out.append(
                    _unit(
                        f,
                        g2,
                        w2,
                        f"The article says {f.text!r} {f.counted_text or ''}; in "
                        f"{source_label(view, w2.doc_id)} {g2.text!r} counts "
                        f"{g2.counted_text or 'something else'}.",
                    )
                )
            if cmp.outcome == "unit" and _harm_raised(f, g):
                # "about 130 killed" for "about 130 injured": what the figure counts has
                # changed, and the harm with it (the wounded made dead).
                out.append(_harm_distortion(view, f, g, w, with_counted=False))
            if cmp.outcome == "unit" and (regrouped := _count_of_another_group(view, f, g, w)):
                # "150 kilograms" where the source has "15 kilograms of TATP, 150 litres of
                # acetone": the claim's own unit comes with another number
                out.append(
                    _number(view, f, regrouped, w, f"for {f.counted_text!r} the source gives")
                )
            continue
        if (
            f.counted_class is not None
            and f.counted_class == g.counted_class
            and (
                cmp.outcome == "same"
                # "passed two thousand" for 2,012 dead: a bound the figure keeps.
                or cmp.outcome == "compatible"
                and f.predicate_class is not None
                and f.predicate_class == g.predicate_class
            )
        ):
            matched.append(f)
        if cmp.outcome == "same":
            same_as[f.start] = (g, w)
            reached = _reached_later(view, draft, f, g, w, scored)
            if reached is not None:
                out.append(reached)
                continue
        if cmp.outcome not in ("same", "compatible"):
            continue
        ends = _range_ends(draft.text, w.text, f)
        if ends is not None:
            out.append(
                _number(
                    view,
                    f,
                    g,
                    w,
                    f"it puts the figure at the {ends[0]} end of the range, where the source "
                    f"says the {ends[1]} end of",
                )
            )
            continue
        paid = _paid_to_others(view, draft, f, g, w)
        if paid is not None:
            out.append(paid)
            continue
        regrouped = _count_of_another_group(view, f, g, w)
        if regrouped is not None:
            # "140 migrants were injured" where the source has "140 members of the
            # security forces and 76 migrants were injured"
            out.append(
                _unit(
                    f,
                    g,
                    w,
                    f"The article says {f.text!r} {f.counted_text}; "
                    f"{source_label(view, w.doc_id)} gives {g.text!r} for {g.counted_text!r} "
                    f"and {regrouped.text!r} for {regrouped.counted_text!r}.",
                )
            )
            out.append(_number(view, f, regrouped, w, f"for {f.counted_text!r} the source gives"))
            continue
        swapped = _swapped_in_list(view, draft, f, g, w)
        if swapped is not None:
            source = view.document(w.doc_id).text
            mine, theirs = _tail(draft.text, f.end - draft.start), _tail(source, g.end)
            out.append(
                Distortion(
                    "unit",
                    f"{f.text} {mine}",
                    f"{g.text} {theirs}",
                    EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                    f"The article says {f.text!r} {mine}; {source_label(view, w.doc_id)} gives "
                    f"{f.text!r} for {theirs!r} and {swapped.text!r} for "
                    f"{_tail(source, swapped.end)!r}.",
                    at=f.start,
                )
            )
            # ... and the claim's item has another number in the source.
            out.append(_number(view, f, swapped, w, f"for {mine!r} the source gives"))
            continue
        dead = _fewer_dead(view, f, g, w) or _part_harmed(view, draft, f, g, w)
        if dead is not None:
            out.append(
                _unit(
                    f,
                    g,
                    w,
                    f"The article says {f.text!r} {f.counted_text or ''} died; "
                    f"{source_label(view, w.doc_id)} counts {g.text!r} "
                    f"{g.counted_text or 'casualties'}, of whom {dead.text!r} dead.",
                )
            )
            continue
        part = _part_for_whole(view, f, g, w)
        if part is not None:
            out.append(
                _unit(
                    f,
                    g,
                    w,
                    f"The article says {f.text!r} {f.counted_text or ''}; "
                    f"{source_label(view, w.doc_id)} counts {g.text!r} "
                    f"{g.counted_text or ''} in all, of whom {part.text!r} "
                    f"{part.counted_text or ''}.",
                )
            )
            continue
        same_thing = [
            (s2, g2, w2)
            for s2, g2, w2 in scored
            if g2 is not g
            # two numbers of unknown things ("Municipalities affected: 463", "People
            # affected: 2,339,508") are no one count
            and g2.counted_class == g.counted_class is not None
            and _pred_compatible(g2.predicate_class, f.predicate_class)
            and w2.score >= 0.2 * w.score
        ]
        revised = _revision(view, f, g, w)
        if revised is not None:
            g3, w3 = revised
            out.append(_number(view, f, g3, w3, "the source later corrects it to"))
            continue
        said_by = _speaker_of(view.analysis(w.doc_id), g.start)
        if _cumulative(draft, f) and not (speaker and said_by and _same_source(speaker, said_by)):
            # A speaker's own figure, reported as theirs, is not out of date for a later
            # count: "X told the AP the toll would stay at 64" stays true.
            # A running total (a toll only grows): the highest count on the latest day
            # before the article is the one to match.
            # only a count of the same harm runs on: a later "165 victims identified" or
            # "179 people treated" is no later count of the missing or the dead
            running = [x for x in same_thing if x[1].predicate_class == f.predicate_class]
            latest = _latest_dated(
                view, running + [(best[0], g, w)], _count_day(view, draft, f, published, scored)
            )
            if latest is not None:
                g2, w2 = latest
                # another count in the report that gives the claim's ("the HDP said its
                # own count showed 128") is a rival count, not a later one
                if (
                    g2 is not g
                    and w2.doc_id != w.doc_id
                    and compare_figures(f, g2).outcome == "number"
                ):
                    out.append(
                        _number(view, f, g2, w2, "the latest count before the article gives")
                    )
    out += _parts_of_another_count(view, draft, same_as, out)
    return out


def _parts_of_another_count(
    view: CorpusView,
    draft: ClaimDraft,
    same_as: dict[int, tuple[Figure, Window]],
    found: list[Distortion],
) -> list[Distortion]:
    """A part told with a whole from another count: "killed 17 people, nine of them
    children" where the count of 17 has eight children, and nine were of the first count
    of 19. The part is held to the part the whole's own source gives."""
    out = []
    for f in draft.figures:
        if f.part_of is None or f.start not in same_as or f.part_of not in same_as:
            continue
        if any(d.at == f.start for d in found):
            continue
        (_, wf), (whole, ww) = same_as[f.start], same_as[f.part_of]
        if wf.doc_id == ww.doc_id or person_group(f) is None:
            continue
        theirs = next(
            (
                h
                for h in view.analysis(ww.doc_id).figures
                if h.part_of == whole.start
                and person_group(h) == person_group(f)
                and h.value is not None
                and h.value != f.value
            ),
            None,
        )
        if theirs is not None:
            out.append(_number(view, f, theirs, ww, f"of the {whole.text} the source counts"))
    return out


def _count_day(
    view: CorpusView,
    draft: ClaimDraft,
    f: Figure,
    published: date | None,
    scored: list[tuple[float, Figure, Window]],
) -> date | None:
    """The day a running count is told as standing at: "By Sunday, the toll had risen to
    95" is Sunday's count, whatever later days brought; else the article's own day. A bare
    weekday is the one a source giving the same count was filed on, if one was."""
    t = f.time
    day = _day_of(t) if t is not None else None
    if t is None or day is None or published is None or day > published:
        return published
    if not (_as_of(draft, t) or stem(t.anchor or "") in _COUNT_VERBS):
        return published
    same = [
        d
        for _, g, w in scored
        if compare_figures(f, g).outcome == "same"
        and (d := view.document(w.doc_id).published_date) is not None
        and d <= published
    ]
    if t.kind == "weekday" and not t.explicit:
        filed = [d for d in same if d <= day and d.weekday() == day.weekday()]
        if filed:
            return max(filed)
    # "put the toll at 598 on Tuesday", in a report of the Wednesday: the count stood
    # when it was reported
    reported = [d for d in same if d >= day]
    return min(reported) if reported else day


# Verbs a count stands or moves by: the day they are told on is the count's.
_COUNT_VERBS = frozenset(
    # "put the toll at 429", "counted 25 dead"
    stem(w)
    for w in "rise rose risen raise climb reach stand stood put count".split()
)


def _latest_dated(
    view: CorpusView, candidates: list[tuple[float, Figure, Window]], published: date | None
) -> tuple[Figure, Window] | None:
    """The highest count on the latest day before the article, among ``candidates``."""
    dated = []
    for _, g2, w2 in candidates:
        day = view.document(w2.doc_id).published_date
        if day is not None and (published is None or day <= published):
            dated.append((day, g2.low or 0.0, g2, w2))
    if not dated:
        return None
    _, _, g2, w2 = max(dated, key=lambda x: (x[0], x[1]))
    return g2, w2


def _latest_count(
    view: CorpusView,
    f: Figure,
    g: Figure,
    w: Window,
    scored: list[tuple[float, Figure, Window]],
    published: date | None,
) -> tuple[Figure, Window]:
    """The latest count of the same thing before the article, among the figures that
    differ from the claim's: a running total is held to the day it was told."""
    same = [
        x
        for x in scored
        if (
            x[1] is g
            or x[1].counted_class == g.counted_class is not None
            and _pred_compatible(x[1].predicate_class, f.predicate_class)
            and x[1].predicate_class == g.predicate_class
        )
        and compare_figures(f, x[1]).outcome == "number"
    ]
    return _latest_dated(view, same, published) or (g, w)


# How much of the claim a sentence must carry for a sum in it to be the claim's sum.
MONEY_COVERAGE = 0.4
_YEAR_RE = re.compile(
    # not a year in a company's name: "Motherwell Control Systems 2003 Ltd"
    r"\b((?:19|20)\d\d)\b(?![,.]\d)(?!\s+(?:Ltd|Limited|Inc|plc|PLC|LLC|GmbH|Corp)\b)"
)

# What a measurement measures: a depth of 18.5 km is not a distance of 70 km.
_MEASURE_ASPECTS = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("depth", r"\b(?:depth|deep|below the surface|underground)\b"),
        ("height", r"\b(?:height|high|tall|altitude|elevation|above sea level)\b"),
        ("length", r"\b(?:length|long)\b"),
        ("width", r"\b(?:width|wide|across)\b"),
        (
            "distance",
            r"\b(?:away|from|distance|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\b",
        ),
        ("area", r"\b(?:area|square|hectares?|acres?)\b"),
        ("speed", r"\b(?:speed|per hour|an hour|km/h|mph)\b"),
    )
)
_MEASURE_REACH = 40


def _aspects(text: str, start: int, end: int) -> set[str]:
    near = text[max(0, start - _MEASURE_REACH) : end + _MEASURE_REACH]
    return {name for name, pattern in _MEASURE_ASPECTS if pattern.search(near)}


def _measures_differ(f: Figure, measures: set[str], evidence_text: str, g: Figure) -> bool:
    """Two measurements of different things in one unit ("70 km south-west of the city",
    "a depth of 18.5 km") are not two readings of one figure. ``measures``: what the
    claim's figure measures (its :func:`_aspects`)."""
    if not measures or f.counted_class != "object" or f.counted is None or f.counted != g.counted:
        return False
    found = _aspects(evidence_text, g.start, g.end)
    return bool(found and not measures & found)


# Nouns that count anyone: sharing them says nothing of what was counted.
_ANYONE = frozenset({"people", "person", "persons", "individual", "individuals"})
# Per other figure of the claim found in the same evidence sentence (at most two).
SIBLING_BONUS = 1.5
# Two cities this far apart are two places: a toll in one is not a toll in the other.
_SAME_AREA_KM = 150.0


# A figure of another country than the article's own counts against the evidence, not
# out of it: a dateline is a hint, not a proof.
HOME_PENALTY = 0.5


_SHARE_OF_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|all|these|those)?\s*")
_SHARE_WORD_RE = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_SHARE_STOP = frozenset(
    """was were is are be been being had has have will would in on at to from by with and or
    who which that than as across after before there here then""".split()
)


def _share_words(text: str, end: int) -> list[str]:
    """The words of the whole a percentage is of, as written ("40 percent of its fab
    tools" -> fab, tools), up to a verb or a preposition."""
    m = _SHARE_OF_RE.match(text, end)
    if m is None:
        return []
    words: list[str] = []
    pos = m.end()
    while len(words) < 3:
        w = _SHARE_WORD_RE.match(text, pos)
        if w is None or w.group(1).lower() in _SHARE_STOP:
            break
        words.append(w.group(1))
        pos = w.end()
        if text[pos : pos + 1] in (",", ".", ";", ":"):
            break
    if len(words) >= 2 and words[-1].lower().endswith("ed"):
        words.pop()  # "90 per cent of the village burned": what befell the whole
    return words


def _share_of(text: str, end: int) -> set[str]:
    """The stemmed words of the whole a percentage is of."""
    return {stem(t) for t in terms(" ".join(_share_words(text, end)))}


def _share_head(text: str, end: int) -> str | None:
    """The noun that names the whole: "homes" of "the island's homes"."""
    return _whole_head(_share_words(text, end))


def _whole_head(words: list[str]) -> str | None:
    """The noun of a whole's words, stemmed, the same for one whole named two ways."""
    while len(words) > 1 and words[-1].lower().endswith("ing"):
        words = words[:-1]  # "of ballots going to the president": the ballots
    if not words:
        return None
    head = stem(words[-1].removesuffix("'s").removesuffix("’s"))
    return _SAME_WHOLE.get(head, head)


# Nouns for a place, which a place's own name can stand for.
_SETTLEMENT_NOUNS = frozenset(
    "village town city hamlet municipality commune island district county province region "
    "state country valley neighbourhood neighborhood settlement".split()
)


def _place_by_name(a: list[str], b: list[str]) -> bool:
    """Whether one whole is a place by its name and the other by its kind: "90% of
    Blatten" and "90% of the village" are one whole."""
    for x, y in ((a, b), (b, a)):
        if len(x) == 1 and x[0][:1].isupper() and y and y[-1].lower() in _SETTLEMENT_NOUNS:
            return True
    return False


# Wholes that are one group of people: "12 percent of the victims", "of those killed".
_SAME_WHOLE = {
    stem("victims"): stem("killed"),
    stem("casualties"): stem("killed"),
    # "95% of ballots", "95.46 percent of votes cast": one count of votes
    stem("ballots"): stem("votes"),
    stem("cast"): stem("votes"),
}


def _people_of(text: str) -> str | None:
    """The country whose people a sentence names ("13 percent of Samoan babies")."""
    for m in re.finditer(r"\b[A-Z][a-z]{3,}(?:ian|an|n)\b", text):
        countries = demonym_forms(m.group(0))
        if len(countries) == 1 and lookup_place(m.group(0), fuzzy=False) is None:
            return countries[0]
    return None


# How far below the strongest candidate one that counts the same kind of thing may score
# and still be taken as the figure's source.
UNRELATED_MARGIN = 1.0


def _both_named(
    draft: ClaimDraft, analysis: Analysis, w: Window, a: str | None, b: str | None
) -> bool:
    """Whether the claim and the evidence sentence each name both places: "Germany will
    take 1,553 people from the Greek islands" is one event whichever place the parse
    hangs the number on."""
    pa = lookup_place(a, fuzzy=False) if a else None
    pb = lookup_place(b, fuzzy=False) if b else None
    if pa is None or pb is None:
        return False
    mine = _named_places(draft.text, draft.places)
    theirs = _named_places(w.text, [p for p in analysis.places if w.start <= p.start < w.end])
    return {pa.key, pb.key} <= mine and {pa.key, pb.key} <= theirs


def _named_places(text: str, mentions: Iterable[PlaceMention]) -> set[str]:
    """The places a sentence names, by name or by its people ("the Greek islands")."""
    keys = {p.key for p in mentions}
    for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", text):
        countries = demonym_forms(m.group(0))
        place = lookup_place(countries[0], fuzzy=False) if len(countries) == 1 else None
        if place is not None:
            keys.add(place.key)
    return keys


def elsewhere(a: str | None, b: str | None) -> bool:
    """Whether two figures' places rule out one event: other countries, or cities far
    apart. A country and a city in it, or an unknown place, rule nothing out."""
    if a is None or b is None:
        return False
    pa, pb = lookup_place(a, fuzzy=False), lookup_place(b, fuzzy=False)
    if pa is None or pb is None or pa.key == pb.key:
        return False
    if pa.country and pb.country and pa.country != pb.country:
        return True
    if "country" in (pa.kind, pb.kind) or "region" in (pa.kind, pb.kind):
        return False
    far = distance_km(pa, pb)
    return far is not None and far > _SAME_AREA_KM


# The evidence sentence a borrowed count stands in must carry this share of the claim.
BORROWED_COVERAGE = 0.2


# How much of a claim a sentence must carry for a count in it to come from a sum or a
# share of the same number.
KIND_BORROWED_COVERAGE = 0.3


def _sum_for_count(f: Figure, g: Figure, w: Window) -> bool:
    """A count of people or things whose number is a sum of money or a share in a sentence
    that carries the claim: a number unlikely to recur by chance."""
    return (
        f.kind == "cardinal"
        and f.counted_class is not None
        and f.value is not None
        and f.value == g.value
        and distinctive(f.value)
        and w.coverage >= KIND_BORROWED_COVERAGE
    )


def _borrowed_count(
    f: Figure, scored: list[tuple[float, Figure, Window]]
) -> tuple[Figure, Window] | None:
    """A figure of the evidence that the claim's number was taken from while it counts
    something else: "more than 3,000 people on the bridge" from "3,165 tickets sold",
    "more than 2,700 died" from "2,764 cases of heat stress". Only a number unlikely to
    recur by chance, inside the claim's range, in a sentence that carries the claim."""
    for _, g, w in sorted(scored, key=lambda x: -x[0]):
        if g.value is None or not distinctive(g.value) or w.coverage < BORROWED_COVERAGE:
            continue
        if f.kind != g.kind or g.value == f.value:
            continue  # an equal value is the unit check's own case
        inside = (f.low is None or f.low <= g.value) and (f.high is None or g.value <= f.high)
        near = f.value is not None and abs(g.value - f.value) <= 0.1 * f.value
        if not (inside and near):
            continue
        other_class = f.counted_class and g.counted_class and f.counted_class != g.counted_class
        other_event = (
            f.predicate_class and g.predicate_class and f.predicate_class != g.predicate_class
        )
        if other_class or other_event:
            return g, w
    return None


def _years(times: Iterable[TimeRef]) -> set[int]:
    return {int(t.begin[:4]) for t in times if t.begin}


# Years before the earliest the article speaks of that make a source's report another story's.
HISTORIC_YEARS = 2


def _historic(
    view: CorpusView, w: Window, claim_years: set[int], article_years: frozenset[int]
) -> bool:
    """An evidence sentence dated to another era ("a 1946 tsunami killed more than 150")
    does not count the same thing as a claim about now."""
    years = _years(t for t in view.analysis(w.doc_id).times if w.start <= t.start < w.end)
    years |= {int(y) for y in _YEAR_RE.findall(w.text)}
    if not years:
        # A sentence with no year of its own is of its document's time: a report filed
        # years before anything the article speaks of tells another story.
        filed = view.document(w.doc_id).published_date
        return (
            filed is not None
            and bool(article_years)
            and filed.year < min(article_years) - HISTORIC_YEARS
        )
    if years & claim_years or not claim_years:
        return False
    return max(years) < min(claim_years) - 1


# Counts this small recur in every story: two of them are one count only if the same
# thing happened to what they count.
_SMALL_COUNT = 10


def _sum_of_parts(view: CorpusView, f: Figure, w: Window) -> tuple[Figure, Figure] | None:
    """The two parts of one kind, that befell both alike, whose total the claim gives:
    "56 passengers ... and 10 crew members" are 66 people on board."""
    if f.value is None or f.value < _SMALL_COUNT or f.counted_class is None:
        return None
    parts = [
        g
        for g in view.analysis(w.doc_id).figures
        if w.start <= g.start < w.end
        and g.value is not None
        and g.kind == "cardinal"
        and g.counted_class == f.counted_class
    ]
    text = view.document(w.doc_id).text
    return next(
        (
            (a, b)
            for i, a in enumerate(parts)
            for b in parts[i + 1 :]
            if a.value is not None
            and b.value is not None
            and a.value + b.value == f.value
            and a.predicate_class == b.predicate_class
            # "22 people, among them 10 children": a part inside the whole, not beside it
            and not {a.counted, b.counted} & _WHOLE_COUNTS
            and not _PART_INSIDE_RE.search(re.split(r"[,;(]", text[a.end : b.start])[-1])
        ),
        None,
    )


def _rare(value: float) -> bool:
    """A number no two counts share by chance: 73,671, not 2,000 or 150."""
    return value >= _RARE_FROM and distinctive(value)


_RARE_FROM = 1000


def _sum_of_sums(view: CorpusView, f: Figure, w: Window) -> tuple[Figure, Figure] | None:
    """Two sums of money in one sentence, in the claim's currency, whose total the claim
    gives as one."""
    if f.kind != "money" or f.value is None:
        return None
    sums = [
        g
        for g in view.analysis(w.doc_id).figures
        if w.start <= g.start < w.end
        and g.kind == "money"
        and g.value is not None
        and currency_of(g.text) == currency_of(f.text)
    ]
    return next(
        (
            (a, b)
            for i, a in enumerate(sums)
            for b in sums[i + 1 : i + 2]  # told one after the other
            if a.value is not None
            and b.value is not None
            and a.value != f.value != b.value
            and math.isclose(a.value + b.value, f.value, rel_tol=1e-9)
        ),
        None,
    )


# What counts everyone: a part beside it is inside it.
_WHOLE_COUNTS = frozenset({"people", "person", "persons", "individuals"})
_PART_INSIDE_RE = re.compile(r"\b(?:among|including|of them|of whom|of which|included)\b", re.I)


# A sentence must carry this much of the claim for the same number in it, as a span of
# time, to be where the claim's count came from.
SPAN_FOR_COUNT_COVERAGE = 0.5


def _span_for_count(f: Figure, g: Figure, w: Window) -> bool:
    """The claim's number, a count of things, where the sentence that tells the claim has
    it as a span of time: "reported 15 threats" for "filed a report 15 days before her
    death" (not a "24 hours" in a sentence that tells something else)."""
    return (
        f.value is not None
        and f.value == g.value
        and distinctive(f.value)
        and (f.counted_class == "duration") != (g.counted_class == "duration")
        and w.coverage >= SPAN_FOR_COUNT_COVERAGE
    )


def _same_value_counted_else(
    f: Figure, w: Window, scored: list[tuple[float, Figure, Window]]
) -> tuple[Figure, Window] | None:
    """The claim's own number, in the very sentence whose other figure it changes,
    counting something else: "225 fatal crashes, which claimed 252 lives"."""
    if f.value is None or not distinctive(f.value):
        return None
    for _, g2, w2 in scored:
        if (
            w2.doc_id == w.doc_id
            and w2.start == w.start
            and g2.value == f.value
            and compare_figures(f, g2).outcome == "unit"
        ):
            return g2, w2
    return None


def _first_told(
    view: CorpusView,
    f: Figure,
    g: Figure,
    w: Window,
    scored: list[tuple[float, Figure, Window]],
) -> tuple[Figure, Window]:
    """The earliest report of the very figure found, where others relay it: "12 children"
    is the interior ministry's count of the day, not a later story's repeat of it."""
    filed = _filed_at(view.document(w.doc_id).published)
    if filed is None:
        return g, w
    earlier = [
        (moment, g2, w2)
        for _, g2, w2 in scored
        if g2.value == g.value
        and g2.counted_class == g.counted_class
        and g2.predicate_class == g.predicate_class
        and w2.coverage >= FIRST_TOLD_SHARE * w.coverage
        and (moment := _filed_at(view.document(w2.doc_id).published)) is not None
        # an earlier report of the same story, not another story's like number
        and filed - timedelta(days=FIRST_TOLD_DAYS) <= moment < filed
        and compare_figures(f, g2).outcome == "number"
    ]
    if not earlier:
        return g, w
    _, g2, w2 = min(earlier, key=lambda x: x[0])
    return g2, w2


def _moment(published: str | None) -> tuple[datetime, bool] | None:
    """When a document was filed, as an instant at UTC, and whether its publisher gave the
    instant (a time with its zone) or only a day (read at that day's midnight)."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        day = parse_published(published)
        return (datetime(day.year, day.month, day.day, tzinfo=UTC), False) if day else None
    if moment.tzinfo is None or len(published.strip()) <= 10:
        return moment.replace(tzinfo=UTC), False
    return moment.astimezone(UTC), True


def _filed_at(published: str | None) -> datetime | None:
    """When a document was filed, as an instant at UTC (a bare date at its midnight)."""
    found = _moment(published)
    return found[0] if found else None


# How much of what the found sentence carries an earlier report of its figure must carry.
FIRST_TOLD_SHARE = 0.5
# How long before the report found an earlier one may have told the same story's figure.
FIRST_TOLD_DAYS = 7


# The length of one thing, told before its noun: "a five-hour operation".
_SPAN_OF_RE = re.compile(
    r"[- ](?:second|minute|hour|day|week|month|year)s?(?:[- ]long)?\s+([a-z]+)", re.I
)


def _span_of_the_counted(f: Figure, g: Figure, source: str) -> bool:
    """The claim's count of things, where the source gives the length of one of them:
    "five operations" for "a five-hour operation"."""
    if f.value is None or f.value != g.value or f.counted is None:
        return False
    if f.counted_class == "duration" or g.counted_class != "duration":
        return False
    m = _SPAN_OF_RE.match(source, g.end)
    return m is not None and stem(m.group(1)) == stem(f.counted)


def _parts_of_a_count(f: Figure, g: Figure) -> bool:
    """Two small counts of what befell different parts of one group: not one figure."""
    if f.value is None or g.value is None or max(f.value, g.value) >= _SMALL_COUNT:
        return False
    if f.counted_class == "duration" or f.kind in ("money", "percent") or is_measure(f):
        # "within seven days" for "at least seven days" is one span; a distance is one
        # distance, whatever moved
        return False
    return not same_happening(f, g)


def _unit_evidence(f: Figure, g: Figure) -> bool:
    """Enough to say the same number counts something else: a number unlikely to recur by
    chance, a number from ten up with both counted things named, or the same kind of thing
    under a different event ("six killed" / "six detained")."""
    if f.value is not None and distinctive(f.value):
        return True
    if f.kind == g.kind == "money" and None not in (currency_of(f.text), currency_of(g.text)):
        return True  # two sums, each in a named currency
    # Small numbers ("one", "three") recur everywhere; from ten up, two named things count.
    if f.value is not None and f.value >= 10 and f.counted is not None and g.counted is not None:
        return True
    if (
        f.counted_class == g.counted_class == "duration"
        and f.predicate is not None
        and f.predicate == g.predicate
    ):
        return True  # "held in custody for eight months" for "held ... for eight weeks"
    if is_measure(f) and is_measure(g) and in_base_unit(f).counted == in_base_unit(g).counted:
        return True  # "1 part per billion" for "1 part per million": one measure, rescaled
    if (
        f.predicate_class is not None
        and f.predicate_class == g.predicate_class
        and f.population is None
        and g.population is None
        and None not in (person_group(f), person_group(g))
    ):
        # "eight adults among the dead" for "including eight children" (not "three women
        # pulled alive" and three of them "in critical condition")
        return True
    return (
        f.counted_class is not None
        and f.counted_class == g.counted_class
        and f.predicate_class is not None
        and g.predicate_class is not None
        and f.predicate_class != g.predicate_class
    )


def _around(view: CorpusView, w: Window, reach: int) -> tuple[int, int]:
    """The stretch of a window's document within ``reach`` sentences of it."""
    return view.around(w.doc_id, w.index, reach) if view.sentences(w.doc_id) else (w.start, w.end)


# Sentences either side of a count where the source may count a group of it apart.
GROUP_APART_SENTENCES = 2


def _group_counted_apart(view: CorpusView, f: Figure, g: Figure, w: Window) -> bool:
    """The source counts the claim's group on its own, with another number, beside the
    figure it gives for everyone ("six people dead ... Three of the dead were students" for
    "Six students were killed"): the claim's group is not what the source's figure counts."""
    mine = person_group(f)
    if mine is None or g.counted is None or person_group(g) == mine:
        return False  # "three were shot dead", of the attackers: no whole the source names
    lo, hi = _around(view, w, GROUP_APART_SENTENCES)
    return any(
        lo <= g2.start < hi
        and g2 is not g
        and g2.value is not None
        and g2.value != f.value
        and person_group(g2) == mine
        and g2.predicate_class == f.predicate_class
        for g2 in view.analysis(w.doc_id).figures
    )


def _same_whole(view: CorpusView, draft: ClaimDraft, f: Figure, g: Figure, w: Window) -> bool:
    """The same part of the same whole ("Twelve of the 19 who died" / "12 of the 19
    bodies"): however small the numbers, the two count one thing."""
    if f.part_of is None or g.part_of is None:
        return False
    mine = next((x for x in draft.figures if x.start == f.part_of), None)
    theirs = next((x for x in view.analysis(w.doc_id).figures if x.start == g.part_of), None)
    return (
        mine is not None
        and theirs is not None
        and mine.value is not None
        and mine.value == theirs.value
        and mine.value != f.value
    )


def _counted_nearby(view: CorpusView, f: Figure, g: Figure, w: Window) -> bool:
    """The claim's counted noun stands right after the evidence figure anyway (the parse
    picked another noun of a coordination, or the head of "203 members of armed terrorist
    groups"), so the count is of the same thing."""
    if f.counted is None or (f.counted_class != "object" and g.counted not in _MEMBERS):
        return False
    if g.counted_class == "duration" != f.counted_class:
        return False  # "a report 15 days before her death saying ... threats": days counted
    text = view.document(w.doc_id).text

    def words_after(end: int) -> set[str]:
        return set(terms(re.split(r"\d", text[end : end + 50], maxsplit=1)[0]))

    after = words_after(g.end)
    if g.counted is not None and stem(g.counted) not in after:
        # "... and 51 others were arrested": the noun is the earlier figure's
        before = [
            x
            for x in view.analysis(w.doc_id).figures
            if x.sentence == g.sentence and x.end <= g.start and x.counted == g.counted
        ]
        if before:
            after = words_after(before[-1].end)
    return stem(f.counted) in after


# Heads that leave what is counted to the words after them: "members of the armed group".
_MEMBERS = frozenset({"member", "members"})


def _pred_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or "casualty" in (a, b)


_REVISION_RE = re.compile(
    r"\b(?:revised|corrected|correction|double[- ]count\w*|was set at|set the toll at|"
    r"withdr[ae]wn?|retracted|overstated)\b",
    re.I,
)


def _revision(view: CorpusView, f: Figure, g: Figure, w: Window) -> tuple[Figure, Window] | None:
    """The figure a source itself corrects later on ("174 ... had been double counted ...
    the number of dead was set at 125"): the claim that keeps the first one is out of date."""
    text = view.document(w.doc_id).text
    for g3 in view.analysis(w.doc_id).figures:
        if g3.start <= g.end or g3.value is None or g3.value == g.value:
            continue
        if g3.part_of is not None or g3.population is not None:
            continue  # "12 of them were children" corrects nothing
        if g3.counted_class != g.counted_class or not (
            g3.predicate_class == g.predicate_class
            # "first said 81 people were on board ... Of the 77 people on board": the
            # first figure's verb read as the saying
            or g.predicate_class is None
            and g3.predicate_class == f.predicate_class
        ):
            continue
        window = view.window(w.doc_id, view.sentence_index(w.doc_id, g3.start))
        # the correction is said where the new figure is, or just before it
        around = (max(g.end, g3.start - 300), g3.end)
        if window is None or not _REVISION_RE.search(text, *around):
            continue
        if compare_figures(f, g3).outcome != "number":
            continue
        return g3, window
    return None


_RANGE_END_RE = re.compile(
    r"\b(low|lower|bottom|high|higher|upper|top)(?:er)?\s+(?:end|side|part|half|bound)\b", re.I
)


def _range_ends(claim: str, evidence: str, f: Figure) -> tuple[str, str] | None:
    """("upper", "low") when a range is placed at its other end: "most probably in the upper
    side of this range" for "probably at the low end of that spectrum"."""
    if f.low is None or f.high is None or f.low >= f.high:
        return None
    c, e = _RANGE_END_RE.search(claim), _RANGE_END_RE.search(evidence)
    if c is None or e is None:
        return None

    def side(word: str) -> str:
        return "low" if word.lower() in ("low", "lower", "bottom") else "high"

    if side(c.group(1)) == side(e.group(1)):
        return None
    return side(c.group(1)), side(e.group(1))


_TAIL_RE = re.compile(r"[^,;:.!?()]*")


def _tail(text: str, end: int, words: int = 5) -> str:
    """The words after a figure up to the end of its phrase: "days without electricity"."""
    m = _TAIL_RE.match(text, end)
    tail = m.group(0) if m else ""
    tail = re.split(r"\s(?:and|or|but|while|after|before|when)\s", tail)[0]
    # ``words`` words that say something: "of whom were in a critical condition" is
    # "critical condition", past its function words.
    kept: list[str] = []
    content = 0
    for word in tail.split():
        if content == words:
            break
        kept.append(word)
        content += bool(terms(word))
    return " ".join(kept)


# How many sentences apart a source's two traded counts may be.
CROSSED_REACH = 2


def _crossed_counts(
    view: CorpusView, draft: ClaimDraft, f: Figure, g: Figure, w: Window
) -> tuple[Figure, Window] | None:
    """Two counts traded between what they count: the claim gives ``f`` the value the
    source gives ``g`` (another harm), and its other figure the value the source gives
    for ``f``'s harm. Returns the source's figure for ``f``'s harm, with its sentence."""
    if f.value != g.value or not f.predicate_class or not g.predicate_class:
        return None
    if f.predicate_class == g.predicate_class:
        return None
    figures = view.analysis(w.doc_id).figures
    # the two counts may sit a sentence or two apart ("At least 18 killed ... According to
    # him, 19 others suffered serious injuries")
    for i in range(w.index - CROSSED_REACH, w.index + CROSSED_REACH + 1):
        near = w if i == w.index else view.window(w.doc_id, i)
        if near is None:
            continue
        for g2 in figures:
            if (
                near.start <= g2.start < near.end
                and g2.value not in (None, f.value)
                and g2.predicate_class == f.predicate_class
                and any(
                    x is not f and x.value == g2.value and x.predicate_class == g.predicate_class
                    for x in draft.figures
                )
            ):
                return g2, near
    return None


def _count_of_another_group(view: CorpusView, f: Figure, g: Figure, w: Window) -> Figure | None:
    """The claim's count is the source's count of another group, and the source counts the
    claim's group too, with another number, for the same thing befalling them. Returns
    that figure."""
    if (
        f.value != g.value
        or not f.counted
        or not g.counted
        or f.counted == g.counted
        or f.counted in _ANYONE
        or g.counted in _ANYONE
    ):
        return None
    for g2 in view.analysis(w.doc_id).figures:
        if (
            w.start <= g2.start < w.end
            and g2 is not g
            and g2.value is not None
            and g2.value != f.value
            and g2.counted == f.counted
            and g2.predicate_class == f.predicate_class == g.predicate_class
        ):
            return g2
    return None


def _swapped_in_list(
    view: CorpusView, draft: ClaimDraft, f: Figure, g: Figure, w: Window
) -> Figure | None:
    """A figure paired with the wrong item of a list: "84 days without water" where the
    source has "84 days without electricity, 68 days without water". Returns the figure
    the source gives for the claim's item."""
    counted = set(terms(f.counted_text or "")) | set(terms(g.counted_text or ""))

    def item(text: str, end: int) -> set[str]:
        return set(terms(_tail(text, end))) - counted - KEEP

    mine = item(draft.text, f.end - draft.start)
    if f.value != g.value or not mine:
        return None
    text = view.document(w.doc_id).text
    if not terms(_tail(text, g.end)) or mine & item(text, g.end):
        # the same item, or none after the number ("Municipalities affected: 463 of the
        # state's 497."): no other item the source pairs it with
        return None
    for g2 in view.analysis(w.doc_id).figures:
        if (
            w.start <= g2.start < w.end
            and g2 is not g
            and g2.value != g.value
            and g2.counted == g.counted
            and len(mine & item(text, g2.end)) >= max(1, len(mine) / 2)
        ):
            return g2
    return None


# The share of a claim an evidence sentence must carry for its durations to count.
DURATION_COVERAGE = 0.4

_PRISON_TERM_RE = re.compile(
    r"\s*(?:years?|months?)\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+(?:imprisonment|"
    r"prison|jail))|-(?:year|month)\s+(?:prison\s+|jail\s+)?(?:sentence|term)",
    re.I,
)


# "a five-week inquest": the thing a span of time is the length of.
_LENGTH_OF_RE = re.compile(r"-(?:year|month|week|day|hour|minute)s?(?:-long)?\s+([a-z]{4,})")
# Verbs that say nothing of what a span of time is the length of.
_BARE_SPAN_VERBS = frozenset("be have take last spend say tell make get go come".split())


def _same_span_of(draft: ClaimDraft, f: Figure, source: str, g: Figure) -> bool:
    """Whether two spans of time measure one thing: the same noun ("the five-month
    inquest", "the five-week inquest") or the same telling verb ("deliberated for about
    ten days", "deliberated for about 10 hours")."""
    if f.predicate and f.predicate == g.predicate and f.predicate not in _BARE_SPAN_VERBS:
        return True
    mine = _LENGTH_OF_RE.match(draft.text, f.end - draft.start)
    theirs = _LENGTH_OF_RE.match(source, g.end)
    return bool(mine and theirs and stem(mine.group(1)) == stem(theirs.group(1)))


def _prison_term(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is a term in prison ("15 years in prison", "a
    10-year sentence"), asked for or handed down."""
    return _PRISON_TERM_RE.match(text, end) is not None


_OFFSET_RE = re.compile(r"\s*(?:before|after|later|earlier|ago|prior)\b", re.I)


def _offset(draft: ClaimDraft, f: Figure) -> bool:
    """'Two days before the strike': a time told by its distance from another, not a count.
    What went on that long ("the bombing continued more than two hours after ...") is one."""
    if f.counted_class != "duration" or f.qualifier is not None:
        # "more than 300 days earlier": a bound on how long, which is a count
        return False
    before = draft.text[: f.start - draft.start].lower().split()[-3:]
    if any(w.startswith(("continu", "last", "went", "kept", "for", "during")) for w in before):
        return False
    at = f.end - draft.start
    if f.counted_text:
        found = draft.text.find(f.counted_text, at)
        if 0 <= found - at <= 2:
            at = found + len(f.counted_text)
    return bool(_OFFSET_RE.match(draft.text, at))


def _fewer_dead(view: CorpusView, f: Figure, g: Figure, w: Window) -> Figure | None:
    """The dead among the source's casualties, when the article makes them all dead: "48
    casualties, among them nine confirmed dead" told as "48 killed"."""
    if f.predicate_class != "death" or g.predicate_class != "casualty" or g.value is None:
        return None
    for g2 in view.analysis(w.doc_id).figures:
        if (
            w.start <= g2.start < w.end
            and g2.predicate_class == "death"
            and g2.value is not None
            and g2.value < g.value
        ):
            return g2
    return None


def _part_harmed(
    view: CorpusView, draft: ClaimDraft, f: Figure, g: Figure, w: Window
) -> Figure | None:
    """The whole the source tells a part of ("18 of the 21 children who took the drug have
    died"), told as all of them dead: the part that died. Not where the claim tells its
    own part ("Of the 67 on board, 38 were killed")."""
    if f.predicate_class != "death" or g.value != f.value or g.value is None:
        return None
    if any(
        x.part_of == f.start
        or x is not f
        and x.value is not None
        and x.value < g.value
        and x.predicate_class == f.predicate_class
        for x in draft.figures
    ):
        return None
    return next(
        (
            x
            for x in view.analysis(w.doc_id).figures
            if x.part_of == g.start
            # "18 of the 21": the part told first, of the whole; not "1,300 have died, a
            # quarter of them children", a part of the dead
            and x.start < g.start
            and x.predicate_class == f.predicate_class
            and x.value is not None
            and x.value < g.value
        ),
        None,
    )


def _times_given(analysis: Analysis, w: Window, value: float | None) -> int:
    """How many figures of a window have this value."""
    return sum(1 for g in analysis.figures if w.start <= g.start < w.end and g.value == value)


def _transposed(a: float | None, b: float | None) -> bool:
    """Whether two whole numbers of three or more digits differ by two digits swapped
    ("231" for "213", "344" for "443"): a copying slip that keeps the figure's trace."""
    if a is None or b is None or a == b or a != int(a) or b != int(b):
        return False
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y) or len(x) < 3:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


_SCALE_WORD_RE = re.compile(r"\b(?:thousand|million|billion|trillion|lakh|crore)\b", re.I)


def _digit_slipped(a: str, b: str) -> bool:
    """Whether two figures' digits differ by one digit dropped ("1.4 million" for "1.14
    million"), in figures of one scale word ("100" for "1,100" is a tenth, no slip)."""
    x, y = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if len(x) > len(y):
        x, y = y, x
    if len(y) != len(x) + 1 or len(x) < 2:
        return False
    scale = {m.lower() for m in _SCALE_WORD_RE.findall(a)}
    if not scale or scale != {m.lower() for m in _SCALE_WORD_RE.findall(b)}:
        return False
    return any(y[:i] + y[i + 1 :] == x for i in range(len(y)))


def _part_for_whole(view: CorpusView, f: Figure, g: Figure, w: Window) -> Figure | None:
    """A whole told as one of its parts: the source has "4,229 people" and, in one
    sentence, "3,206 passengers and 1,023 crew" that add up to it; the article's "4,229
    passengers" gives the whole to the passengers. Returns the source's own count of the
    article's part."""
    if f.value is None or g.value != f.value or not f.counted or f.counted == g.counted:
        return None
    if f.counted in _ANYONE:
        return None  # "22 people dead" is the whole of a toll split by place, not a part
    sentences: dict[tuple[int, int], list[Figure]] = {}
    for x in view.analysis(w.doc_id).figures:
        if x.value is not None and x.kind == "cardinal" and x.part_of is None:
            sentences.setdefault(x.sentence, []).append(x)
    for parts in sentences.values():
        if len(parts) < 2 or sum(x.value or 0.0 for x in parts) != g.value:
            continue
        own = next((x for x in parts if x.counted == f.counted and x.value != f.value), None)
        if own is not None:
            return own
    return None


# What can befall people, from least to worst: a count moved up this ladder inflates harm.
_HARM = {"injury": 1, "missing": 1, "casualty": 1, "death": 2}
_HARM_WORDS = {
    "injury": "injured",
    "missing": "missing",
    "casualty": "casualties",
    "death": "killed",
    "damage": "damaged",
    "destruction": "destroyed",
    "dismissal": "dismissed",
    "detention": "detained",
    "prosecution": "charged",
}


def _value_told_closer(
    f: Figure,
    w: Window,
    scored: list[tuple[float, Figure, Window]],
    *,
    floor: float = 0.0,
) -> tuple[float, Figure, Window] | None:
    """The claim's very number in a sentence that carries the claim better than ``w`` (by
    VALUE_COVERAGE_LEAD, and at least ``floor``), counting something else: where the
    figure came from, the strongest pull among such."""
    closer = [
        x
        for x in scored
        if x[1].value == f.value
        and x[2].coverage >= max(floor, w.coverage + VALUE_COVERAGE_LEAD)
        and compare_figures(f, x[1]).outcome == "unit"
    ]
    return max(closer, key=lambda x: x[0]) if closer else None


def _same_people(f: Figure, g: Figure) -> bool:
    """The same people counted, whatever befell them ("six persons killed" and "six people
    detained"), not another group ("four children" and "four men")."""
    plain = {"people", "person"}
    return (
        f.counted_class == g.counted_class == "person"
        and (f.counted == g.counted or {f.counted, g.counted} <= plain)
        and person_group(f) == person_group(g)
    )


# Counts below this recur in any story: only a sentence that carries the claim says what
# such a count of the claim's counts instead.
SMALL_COUNT = 10
# How much of a claim the sentence that tells it must carry to say what a count counts
# against the same count told elsewhere.
TELLS_CLAIM_COVERAGE = 0.5
# Everyone aboard dead: "killing all 150 people on board", "there were no survivors".
_ALL_DIED_RE = re.compile(
    r"\b(?:killing|killed|kills)\s+(?:all|everyone|everybody)\b|\bno\s+survivors\b"
    r"|\ball\s+(?:\d[\d,]*\s+)?(?:(?:people|passengers|persons|those)\s+)?(?:on\s+board|aboard)\b",
    re.I,
)
# What befell buildings, on a ladder of its own: damaged, then destroyed.
_RUIN = {"damage": 1, "destruction": 2}
# What the law did to people, on another: put out of a post, held, then charged.
_CUSTODY = {"dismissal": 1, "detention": 2, "prosecution": 3}


def _harm_raised(f: Figure, g: Figure) -> bool:
    """The same people, worse off in the claim: the wounded or missing told as dead."""
    return f.value is not None and f.value == g.value and _worse_off(f, g)


def _worse_off(f: Figure, g: Figure) -> bool:
    """What befell them is worse in the claim than in the source (hurt, missing, dead;
    damaged, destroyed; detained, charged)."""
    for ladder in (_RUIN, _CUSTODY):
        up_f, up_g = ladder.get(f.predicate_class or "", 0), ladder.get(g.predicate_class or "", 0)
        if up_f or up_g:
            return up_f > up_g > 0
    return _HARM.get(f.predicate_class or "", 0) > _HARM.get(
        g.predicate_class or "", 0
    ) > 0 and "casualty" not in (f.predicate_class, g.predicate_class)


def _harm_distortion(
    view: CorpusView, f: Figure, g: Figure, w: Window, *, with_counted: bool
) -> Distortion:
    """The harm raised: "about 130 killed" for "about 130 injured"."""

    def harmed(x: Figure) -> str:
        counted = f" {x.counted_text}" if with_counted and x.counted_text else ""
        return f"{x.text}{counted} {_HARM_WORDS[x.predicate_class or '']}"

    claimed, found = harmed(f), harmed(g)
    return Distortion(
        "exaggeration",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article says {claimed!r}; {source_label(view, w.doc_id)} has {found!r}.",
        at=f.start,
    )


# What a sum is, named before it: "bail of", "a ransom of", "fines totalling".
_SUM_FOR_RE = re.compile(
    r"\b([a-z]{3,})\s+(?:of|worth|totall?ing|amounting\s+to|set\s+at)\s+(?:about\s+|some\s+"
    r"|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+|over\s+)?$"
)
# Words before "of" that say how much, not what for.
_NOT_SUMS = frozenset("total sum amount cost value tune excess upwards".split())


def _sum_for(text: str, start: int) -> str | None:
    """The noun that says what a sum is ("bail", "ransom", "fine"), when one stands just
    before it."""
    before = text[max(0, start - 40) : start].lower()
    m = _SUM_FOR_RE.search(before)
    if m is None or m.group(1) in _NOT_SUMS:
        # "fined him 210 million ringgit": the sum the verb names, as "a fine of" does
        fined = _FINED_RE.search(before)
        return "fine" if fined is not None else None
    return stem(m.group(1))


# What a sum told after it is: "118.5 billion won in bribes", "$2 million as ransom".
_PURPOSE_AFTER_RE = re.compile(
    r"\s+(?:in|as)\s+(?:a\s+|an\s+)?(bribes?|kickbacks?|fines?|ransom|compensation|damages"
    r"|bail|aid|donations?|loans?|taxes|fees|salary|salaries|wages|subsidies)\b"
)
# ... and the purposes the word before it names that are not sums' kinds alone.
_PURPOSES = frozenset(
    stem(w)
    for w in "bribe kickback fine ransom compensation damages bail aid donation loan tax fee "
    "salary wage subsidy penalty".split()
)


def _sum_purpose(text: str, start: int, end: int) -> str | None:
    """What a sum is, by a word of payment before or after it ("a fine of", "in bribes")."""
    after = _PURPOSE_AFTER_RE.match(text, end)
    if after is not None:
        return stem(after.group(1))
    before = _sum_for(text, start)
    return before if before in _PURPOSES else None


_FINED_RE = re.compile(r"\bfined\s+(?:[\w’'-]+\s+){0,3}?$")


def _paid_to_others(
    view: CorpusView, draft: ClaimDraft, f: Figure, g: Figure, w: Window
) -> Distortion | None:
    """The same sum paid to others: "Rs 2 lakh for each child taken to hospital" where the
    source pays it "to the family of each child who died"."""
    if not (f.kind == g.kind == "money" and f.value == g.value):
        return None
    source = view.document(w.doc_id).text
    mine = paid_to(draft.text, f.start - draft.start, f.end - draft.start)
    theirs = paid_to(source, g.start, g.end)
    if mine is None or theirs is None or mine == theirs:
        return None
    claimed = f"{f.text} for the {mine}"
    found = f"{g.text} for the {theirs}"
    return Distortion(
        "unit",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article says {f.text!r} goes to the {mine}; {source_label(view, w.doc_id)} "
        f"gives {g.text!r} to the {theirs}.",
        at=f.start,
    )


def _unit(f: Figure, g: Figure, w: Window, message: str) -> Distortion:
    """The claim's figure found counting something else: what each counts."""
    return Distortion(
        "unit",
        _what_it_counts(f),
        _what_it_counts(g),
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        message,
        at=f.start,
    )


def _number(view: CorpusView, f: Figure, g: Figure, w: Window, how: str) -> Distortion:
    claimed, found = told(f), told(g)
    return Distortion(
        "number",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article says {claimed!r}; {how} {found!r} ({source_label(view, w.doc_id)}).",
        at=f.start,
    )


# -- speaker, quote, outlet, dates -------------------------------------------------------


def _same_speaker(a: str | None, b: str | None) -> bool:
    """One person, also under a garbled surname when the given names agree (Nikos
    Alexandrou for Nikos Alexiou): the misspelling is a name distortion, not another
    speaker."""
    if not (a and b):
        return False
    m = match_persons(a, b)
    if m.same_person:
        return True
    pa, pb = parse_person(a), parse_person(b)
    if not (m.score >= NAME_VARIANT and pa.given and pb.given):
        return False
    # "Ahmed Bakayogo" for "Hamed Bakayoko": both names garbled a little, one person; and
    # "Negari" for "Negeri", one sound written two ways.
    return (
        match_persons(pa.given, pb.given).same_person
        or m.score >= SURNAME_CLOSE
        and (
            _given_garbled(pa.given, pb.given)
            or _spelling_shape(pa.given) == _spelling_shape(pb.given)
        )
    )


# Surnames this alike with given names alike too are one person's, however spelt.
SURNAME_CLOSE = 0.9
# Given names this alike and not the same ("Laxman" / "Laxmi", "Ahmed" / "Hamed") are
# one name garbled, not two people.
GIVEN_GARBLE = 0.65


def _given_garbled(a: str, b: str) -> bool:
    """Two spellings of a given name that are not accepted variants of one another
    ("Mohammed" / "Muhammad" are; "Laxman" / "Laxmi" are not) but close."""
    words_a, words_b = a.split(), b.split()
    # each of two given names is read: "Muazzam Jan" for "Moazzam Jah"; of more names on
    # one side, the first and the one next to the surname ("Enamul" for "Md Enamur")
    pairs = (
        zip(words_a, words_b, strict=False)
        if len(words_a) == len(words_b)
        else [(words_a[0], words_b[0]), (words_a[-1], words_b[-1])]
    )
    return any(_one_given_garbled(x.title(), y.title()) for x, y in pairs if x.lower() != y.lower())


def _one_given_garbled(a: str, b: str) -> bool:
    # Only the usual ways of writing one sound make one name: "Mohammed" / "Muhammad",
    # "Mikhail" / "Mihail", "Volodymyr" / "Vladimir", "Olena" / "Elena"; alike to the ear
    # but a consonant for another ("Serkan" for "Serhan") or a vowel dropped between two
    # others ("Hamdullah" for "Hamidullah") is the name copied wrong.
    if (
        len(a) >= 4
        and a[:-1].lower() == b[:-1].lower()
        and {a[-1].lower(), b[-1].lower()} <= set("aeou")
        and a[-1].lower() != b[-1].lower()
    ):
        return True  # a final vowel makes another name: "Maria" / "Mario", "Gamba" / "Gambo"
    if _spelling_shape(a) == _spelling_shape(b) or short_form(a, b):
        return False  # "Joe" for "Joseph" is the name as people use it
    if match_persons(f"{a} Name", f"{b} Name").same_person:
        return True
    if len(a) >= 3 and sorted(a.lower()) == sorted(b.lower()):
        return True  # letters swapped in copying: "Ved" for "Dev"
    if len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True  # one letter for another in a short name: "Jah" for "Jan"
    return surname_similarity(a.lower(), b.lower()) >= GIVEN_GARBLE


# Ways of writing one sound in Latin letters, each to one form.
_ONE_SOUND = (("kh", "h"), ("x", "ks"), ("ph", "f"), ("sch", "sh"), ("tz", "ts"), ("w", "v"))


def _spelling_shape(name: str) -> str:
    """A name as its letters sound, with each run of vowels one mark, doubled letters
    single, and a vowel beside "l" or "r" dropped (Slavic "Volo-"/"Vla-", "-andr"/"-ander")."""
    low = anyascii(name).lower()
    for written, sound in _ONE_SOUND:
        low = low.replace(written, sound)
    if low.startswith("j"):
        low = "y" + low[1:]
    low = re.sub(r"(.)\1+", r"\1", low)
    low = re.sub(r"(?<=[^aeiouy])[aeiouy]+(?=[lr])|(?<=[lr])[aeiouy]+(?=[^aeiouy]|$)", "", low)
    return re.sub(r"[aeiouy]+", "V", low)


# A quote of a body this long, found this whole in another body's publication, is theirs.
_BODY_QUOTE_TERMS = 8


def _body_quote_speaker(
    view: CorpusView, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """A body's quote that is another body's published statement: "..., the interior
    ministry said" for words in a UN mission's own release, where no one is reported
    saying them for the ministry."""
    content = main.content.text
    quoted = main.kind in ("direct", "mixed")
    # "according to Reporters Without Borders" credits a body with what it told in words
    # of the writer's own, so a close paraphrase is enough
    if not (quoted or main.kind == "according_to") or len(terms(content)) < _BODY_QUOTE_TERMS - (
        0 if quoted else 2
    ):
        return []
    alike = REPORTED_VERBATIM if quoted else REPORTED_SPEAKER_SIMILARITY
    doc_ids = list(dict.fromkeys(w.doc_id for w in ranked[:TOP_WINDOWS]))
    claimed = _names_the_body(view, main.speaker or "", doc_ids)
    if claimed is None:
        return []
    found: tuple[Window, str] | None = None
    for w in ranked[:TOP_WINDOWS]:
        if similarity(content, w.text, content_only=True) < alike:
            continue
        doc = view.document(w.doc_id)
        # a paraphrase may come from anything the document has the body saying
        speakers = [
            a.speaker or ""
            for a in (_attributions_at(view, w) if quoted else view.analysis(w.doc_id).attributions)
        ]
        if any(claimed(sp) for sp in speakers if sp) or claimed(doc.outlet or ""):
            return []  # the claimed body is reported saying it, or published it
        if found is None and doc.outlet and not is_news_outlet(doc.outlet):
            found = (w, doc.outlet)
    if found is None:
        return []
    w, publisher = found
    return [
        Distortion(
            "speaker",
            main.speaker or "",
            publisher,
            EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
            f"The article has {main.speaker} saying this; "
            + ("these are the words of " if quoted else "it is told in ")
            + f"{publisher}'s own statement ({source_label(view, w.doc_id)}).",
        )
    ]


def _role_quote_speaker(
    view: CorpusView, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """Words quoted from an office no one is named to ("the rescue commander said") that
    the evidence quotes from a named person of another office (the district governor)."""
    content = main.content.text
    office = set(terms(main.role or main.speaker or ""))
    if main.kind not in ("direct", "mixed") or not office or len(terms(content)) < 5:
        return []
    for w in ranked[:TOP_WINDOWS]:
        for att in _attributions_at(view, w):
            if (
                att.speaker_kind != "person"
                or similarity(content, att.content.text, content_only=True) < SPEAKER_SAME_WORDS
            ):
                continue
            # the office the document gives them, where it quotes them or names them
            role = att.role or next(
                (
                    p.role
                    for p in view.analysis(w.doc_id).persons
                    if p.role and _same_speaker(att.speaker, p.name)
                ),
                None,
            )
            if not role or not any(wd in ROLE_NOUNS for wd in role.lower().split()):
                continue  # no office given ("Mrs"): they may hold the claimed one
            if office & set(terms(role)):
                return []  # the office's holder, named: the same person
            found = _spoken_by_another(view, main, att, w.doc_id, f"quotes {att.speaker}, {role}")
            if found:
                return found
    return []


def _spoken_by_another(
    view: CorpusView, main: Attribution, att: Attribution, doc_id: str, how: str
) -> list[Distortion]:
    """The claimed speaker's words as another's (``att``), at the sentence that tells them."""
    said_in = view.window(doc_id, view.sentence_index(doc_id, att.content.start))
    if said_in is None:
        return []
    return [
        Distortion(
            "speaker",
            main.speaker or "",
            att.speaker or "",
            EvidenceRef(said_in.doc_id, said_in.start, said_in.end, "disagree"),
            f"The article has {main.speaker} saying this; {source_label(view, doc_id)} {how}.",
        )
    ]


def speaker_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """Words quoted from one named person that the evidence gives to another, told at the
    speaker's name: the statement is theirs up to its last word, and no further."""
    at = main.source.start if main.source is not None else main.cue.start
    if not draft.start <= at < draft.end:
        at = max(main.content.start, draft.start)  # credited in a sentence after this one
    return [
        d if d.at is not None else replace(d, at=at)
        for d in _speaker_distortions(view, draft, main, ranked)
    ]


def _speaker_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    if main.speaker_kind in ("organisation", "role", "other") and not _is_place(main.speaker):
        by_body = _body_quote_speaker(view, main, ranked)
        if not by_body and main.kind == "indirect" and main.speaker_kind != "role":
            # "The Ministry of Economic Affairs hit back, saying ..." for words a named
            # person of another body said
            by_body = _body_reported_speaker(view, main, ranked)
        if not by_body and main.kind == "indirect":
            by_body = _other_body_reported(view, main, ranked)
        if not by_body and main.speaker_kind == "role":
            by_body = _role_quote_speaker(view, main, ranked)
        return by_body
    if main.speaker_kind != "person" or _is_place(main.speaker):
        return []
    speaker = main.speaker or ""
    # Every quote the sentence gives the speaker, not only its widest statement: '"It is a
    # challenge," X said, promising that ...' quotes X as well as reporting them.
    quotes = [
        a.content.text
        for a in sorted(draft.attributions, key=lambda a: a is not main)
        if a.kind in ("direct", "mixed") and _same_speaker(speaker, a.speaker)
    ]
    for quote in quotes:
        found = _quoted_speaker(view, speaker, quote, ranked, role=main.role)
        if found is not None:
            return [found]
    # Words in quotation marks inside reported speech ('called the operation "a textbook
    # example of ethnic cleansing"'): copied from someone, so their speaker can be checked.
    for run in quoted_words(draft.text, direct=False):
        if any(run.strip() == q.strip() for q in quotes):
            continue
        found = _quoted_speaker(view, speaker, run, ranked, verbatim=True, role=main.role)
        if found is not None:
            return [found]
    # Each thing the sentence reports the speaker saying: "X estimated the damage at ...
    # and promised that ..." may have taken either from someone else.
    # ... and so may reported speech with a word or two in quotation marks ('suggested the
    # breakout may have been a "smokescreen" meant to distract the authorities').
    for att in sorted(draft.attributions, key=lambda a: a is not main):
        if att.kind != "direct" and (att is main or _same_speaker(speaker, att.speaker)):
            found_reported = _reported_speaker(view, _named_before(draft, att), ranked)
            if found_reported:
                return found_reported
    return []


def _named_before(draft: ClaimDraft, att: Attribution) -> Attribution:
    """A pronoun for the person the same sentence names before it ("Paavo Lipponen voiced
    his strong hope that ..."): as good as their name."""
    surname = parse_person(att.speaker or "").surname
    before = draft.text[: max(0, att.cue.start - draft.start)]
    if (
        att.resolved_by == "pronoun"
        and surname
        and draft.start <= att.cue.start
        and re.search(rf"\b{re.escape(surname)}\b", before)
    ):
        return replace(att, resolved_by="name")
    return att


def _relays(main: Attribution, other: Attribution) -> bool:
    """Whether another's words report the claimed speaker's act: "Medvedev announced that
    the president had accepted the resignations" carries "Yeltsin accepted the
    resignations", his act in his spokesman's mouth, unless another person is named
    doing it."""
    cue = main.cue.text.split()[-1].lower() if main.cue.text.split() else ""
    words = _WORD_RE.findall(other.content.text)
    at = next((i for i, w in enumerate(words) if w.lower() == cue), None)
    if at is None or len(cue) < 4:
        return False
    own = {w.lower() for w in _WORD_RE.findall(main.speaker or "")}
    named = [w for w in words[:at] if w[:1].isupper() and terms(w)]
    if named:
        return any(w.lower() in own for w in named)
    # no name: a title that may be the speaker's ("the president had accepted"), not
    # anyone's words before a frame of their own
    return any(w.lower() in ROLE_NOUNS for w in words[max(0, at - 4) : at])


def named_quote_speaker(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A quote the sentence gives a named person without a speech verb the attribution
    finder reads ("X went further, telling parliament: '...'"): the person named before
    the quote is its speaker."""
    for run in quoted_words(draft.text, direct=False):
        if len(run.split()) < _NAMED_QUOTE_WORDS:
            continue
        at = draft.text.find(run)
        before = [p for p in draft.persons if p.end - draft.start <= at]
        if not before or _is_place(before[0].name):
            continue
        found = _quoted_speaker(view, before[0].name, run, ranked, role=before[0].role)
        if found is not None:
            return [found]
    return []


# A quote long enough to be someone's statement, not a phrase anyone might use.
_NAMED_QUOTE_WORDS = 6


# A phrase in quotation marks identifies its speaker only if it is more than a stock phrase.
_FRAGMENT_WORDS = 3
_FRAGMENT_TERMS = 2


def _quoted_speaker(
    view: CorpusView,
    speaker: str,
    quote: str,
    ranked: list[Window],
    *,
    verbatim: bool = False,
    role: str | None = None,
) -> Distortion | None:
    """The evidence sentence carrying a quote, when it has someone else saying it.

    ``verbatim`` is for a phrase quoted inside reported speech: a few words identify a
    speaker only when the source has every one of them.
    """
    if verbatim and (len(quote.split()) < _FRAGMENT_WORDS or len(terms(quote)) < _FRAGMENT_TERMS):
        return None
    bar = 1.0 if verbatim else SPEAKER_SAME_WORDS
    # the claim's evidence, then the sentences the quote's own words find: a frame naming
    # its speaker at length draws the claim's evidence to that speaker's documents
    own = [] if verbatim else _quote_search(view, quote)
    # a quote of several sentences is held to as many of the source's
    told_in = max(2, _sentence_count(quote))
    for w in ranked[:TOP_WINDOWS] + own:
        atts = _attributions_at(view, w)
        # A quote may join two sentences of one answer: compare it with the window and the
        # sentence after it within the same turn (a whole long turn shares words with anything).
        sim = max(
            [similarity(quote, w.text)]
            + [similarity(quote, _with_next_sentence(view, w, a, told_in)) for a in atts]
            # a statement of the body's own has no cue to bound it: its next sentence
            + (
                [similarity(quote, _and_next(view, w))]
                if not atts and _sentence_count(quote) > 1
                else []
            )
        )
        if sim < bar:
            continue
        speakers = [sp for sp in (_person_speaker(view, w.doc_id, a) for a in atts) if sp]
        if not speakers:
            if verbatim:
                continue  # a phrase the source does not attribute may be anyone's
            label = source_label(view, w.doc_id)
            anonymous = _anonymous_speaker(view, w)
            author = _statement_author(view, w, speaker, role) if anonymous is None else None
            found = anonymous or author or _another_office(view, w.doc_id, atts, speaker, role)
            if found is not None:
                whose = (
                    f"{label} has them from {found}, who was not named"
                    if anonymous
                    else f"they are from a statement of {_the(found)} ({label})"
                )
                return speaker_change(
                    speaker, found, w, f"The article gives these words to {speaker}; {whose}."
                )
            continue
        if any(_same_speaker(speaker, sp) for sp in speakers):
            return None
        if verbatim and _says_it(view, speaker, quote, ranked):
            return None
        return Distortion(
            "speaker",
            speaker,
            speakers[0],
            EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
            f"The article gives these words to {speaker}; {source_label(view, w.doc_id)} has {speakers[0]} saying them.",
        )
    return None


def _another_office(
    view: CorpusView, doc_id: str, atts: list[Attribution], speaker: str, role: str | None
) -> str | None:
    """An office the source has saying the words ("the Special Representative said"), in a
    document that never names the claimed speaker, whose own office is another ("Prime
    Minister"): the words are that office-holder's."""
    mine = _words(role or "")
    surname = parse_person(speaker).surname
    if (
        not mine
        or not surname
        or re.search(rf"\b{re.escape(surname)}\b", view.document(doc_id).text)
    ):
        return None
    for a in atts:
        if a.speaker_kind != "role" or not a.speaker:
            continue
        theirs = _words(a.speaker)
        if theirs & _OFFICE_WORDS and not theirs & mine:
            return a.speaker
    return None


_STATEMENT_RE = re.compile(
    r"\b(?:statement|press release|communiqu[eé]|declaration|announcement|transcript|briefing"
    r"|remarks|speech)",
    re.I,
)


def _the(author: str) -> str:
    """A body takes its article, a person does not: "the Ministry of Defence", "Clementine
    Nkweta-Salami"."""
    if parse_person(author).given or author.lower().startswith("the "):
        return author
    return f"the {author}"


def _statement_author(view: CorpusView, w: Window, speaker: str, role: str | None) -> str | None:
    """The body whose own statement an unattributed evidence sentence is, when the person
    the article credits speaks for another body: the Kremlin's spokesman is not the voice
    of a Defence Ministry statement, though the ministry's own spokesman is."""
    doc = view.document(w.doc_id)
    outlet = doc.outlet or ""
    if (
        not outlet
        or is_news_outlet(outlet)
        or not _STATEMENT_RE.search(f"{outlet} {doc.title or ''}")
    ):
        return None
    credited = parse_person(speaker)
    surname = credited.surname
    if surname and re.search(rf"\b{re.escape(surname)}\b", f"{doc.title or ''} {doc.text}"):
        return None
    # ... or named as the article misspells them ("Lisa Grandi" for "Lise Grande")
    if any(_same_speaker(speaker, p.name) for p in view.analysis(w.doc_id).persons):
        return None
    # The one the title says it is by comes first ("Statement by UNICEF Executive Director
    # Catherine Russell on the killing of children in Wad al-Noura").
    titled = _title_person(doc.title or "") if credited.given else None
    if titled is not None:
        return titled
    # "Statement by the Resident Coordinator, Clementine Nkweta-Salami": a person named in
    # the title of a statement is its voice, whoever else speaks for the same body.
    for p in view.analysis(w.doc_id).persons if credited.given else []:
        own = parse_person(p.name).surname
        if own and re.search(rf"\b{re.escape(own)}\b", doc.title or ""):
            return p.name
    author = re.sub(r"\s*\([^)]*\)", "", outlet).strip()
    # The speaker's own body, named in their role: "Kremlin spokesman" -> kremlin.
    named = " ".join(re.findall(r"\b[A-Z][\w'’-]+", role or ""))
    body = _words(named) - _OFFICE_WORDS
    if not author or not body or body & _words(f"{author} {doc.title or ''}"):
        return None
    return author


_TITLE_BY_RE = re.compile(
    r"\b(?:by|from)\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+)(?=\s+(?:on|at|in|to|about|after|"
    r"following|regarding)\b|\s*[,:;]|\s*$)"
)


# "Minister Hardeep Singh Puri's media briefing": the person whose own words it holds.
_TITLE_OWN_RE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+)['’]s\s+(?:(?:media|press|news)\s+)?"
    r"(?:briefing|remarks|speech|address|statement|press conference)\b"
)


def _title_person(title: str) -> str | None:
    """The person a statement's title names as its voice, after the role words before them."""
    m = _TITLE_BY_RE.search(title) or _TITLE_OWN_RE.search(title)
    if m is None:
        return None
    words = m.group(1).split()
    # "Civil Aviation Minister Hardeep Singh Puri": the name after the office's last word
    office = [i for i, w in enumerate(words) if w.lower() in ROLE_NOUNS]
    if office:
        words = words[office[-1] + 1 :]
    while words and (
        words[0].lower() in ROLE_NOUNS or words[0].isupper() or words[0] in _TITLE_WORDS
    ):
        words = words[1:]
    if not 2 <= len(words) <= 3:
        return None
    name = " ".join(words)
    person = parse_person(name)
    return name if person.given and person.surname else None


# Words of an office before a name in a title: "Executive Director", "High Commissioner".
_TITLE_WORDS = frozenset(
    "Executive Deputy Assistant Under Vice Chief Senior High General Special Regional Country "
    "Resident Humanitarian Acting Interim Prime Foreign".split()
)


def _says_it(view: CorpusView, speaker: str, quote: str, ranked: list[Window]) -> bool:
    """Whether any of the claim's evidence has the speaker using these words as well."""
    return any(
        similarity(quote, a.content.text) >= 1.0
        for a, _ in _speaker_statements(view, speaker, ranked)
    )


_ANONYMOUS_RE = re.compile(
    r"\b(?:on condition of anonymity|declined to be named|asked not to be (?:named|identified)|"
    r"not authori[sz]ed to (?:speak|talk|comment)|speaking anonymously|who requested anonymity)\b",
    re.I,
)


def _anonymous_speaker(view: CorpusView, w: Window) -> str | None:
    """The unnamed source an evidence sentence quotes ("the official said, speaking on
    condition of anonymity"): a named person quoted with these words is someone else."""
    if not _ANONYMOUS_RE.search(w.text):
        return None
    for att in _attributions_at(view, w):
        if att.speaker and att.speaker_kind in ("role", "other"):
            return att.speaker
    return None


def _with_next_sentence(view: CorpusView, w: Window, att: Attribution, count: int = 2) -> str:
    """The window and the sentences after it of the attribution's content, if it goes on:
    ``count`` sentences in all."""
    end = w.end
    more = count - 1
    for start, stop in view.analysis(w.doc_id).sentences:
        if start >= w.end and more > 0:
            if start >= att.content.end:
                break
            end = min(stop, att.content.end)
            more -= 1
    return view.document(w.doc_id).text[w.start : end]


def _and_next(view: CorpusView, w: Window) -> str:
    """The window and the sentence after it."""
    nxt = view.window(w.doc_id, w.index + 1)
    return view.document(w.doc_id).text[w.start : nxt.end if nxt is not None else w.end]


def _attributions_at(view: CorpusView, w: Window) -> list[Attribution]:
    """The attributions an evidence sentence belongs to: its own cue, or a statement (a
    transcript turn) that holds it."""
    return [
        att
        for att in view.analysis(w.doc_id).attributions
        # the window opening on the quotation mark before the content counts as inside it
        if w.start <= att.cue.start < w.end or att.content.start <= w.start + 2 < att.content.end
    ]


def _person_speaker(view: CorpusView, doc_id: str, att: Attribution) -> str | None:
    """The named person an attribution is to: its speaker, or a bare surname the finder
    left unresolved ("Koirala said") that names a person the document names in full."""
    if not att.speaker or _role_only(att.speaker):
        return None
    if att.speaker_kind == "person":
        return att.speaker
    if att.speaker_kind != "other" or len(att.speaker.split()) != 1:
        return None
    word = att.speaker.lower()
    for p in view.analysis(doc_id).persons:
        parsed = parse_person(p.name)
        if parsed.given and parsed.surname.lower() == word:
            return p.name
    return None


def _speakers_of(view: CorpusView, w: Window) -> list[Attribution]:
    """The named people an evidence sentence is attributed to (a transcript turn included)."""
    analysis = view.analysis(w.doc_id)
    return [
        att
        for att in _attributions_at(view, w)
        if (att.speaker_kind == "person" or _untagged_name(att.speaker, analysis))
        and att.speaker
        and not _role_only(att.speaker)
    ]


def _role_only(name: str) -> bool:
    """A transcript's "THE PRESIDENT:" names an office, not a person: whoever holds it."""
    words = [w for w in name.lower().split() if w not in _ROLE_FILLERS]
    return bool(words) and all(w in ROLE_NOUNS or w in _ROLE_MODIFIERS for w in words)


_ROLE_FILLERS = frozenset({"the", "mr", "mrs", "ms", "madam", "mister"})
_ROLE_MODIFIERS = frozenset(
    "prime vice deputy foreign interior defence defense general chief acting senior press".split()
)


# Pronouns a statement's speaker may be left as: no body of their own.
_VOICE_PRONOUNS = frozenset({"we", "i", "you", "they", "he", "she", "it", "one"})


def _other_bodies(view: CorpusView, w: Window, main: Attribution) -> list[Attribution]:
    """Unnamed speakers of an evidence sentence who speak for a body the claimed speaker
    does not belong to: "a senior official of the Red Crescent told AFP" is not the chief
    adviser, whatever words they share."""
    own = _words(f"{main.speaker or ''} {main.role or ''}")
    found = []
    for att in _attributions_at(view, w):
        if not att.speaker:
            continue
        if (
            att.speaker_kind in ("organisation", "other")
            and main.role
            # a name ("Air France", "Kazakh authorities"), not "We"
            and _named(att)
            and att.speaker.lower() not in _VOICE_PRONOUNS
            and not _is_place(att.speaker)
        ):
            # "Air France said" is not the BEA director, whose body his role names
            if not _words(att.speaker) & own:
                found.append(att)
            continue
        if att.speaker_kind != "role":
            continue
        body = _words(" ".join(re.findall(r"\b[A-Z][\w'’-]+", att.speaker))) - _OFFICE_WORDS
        if body and not body & own:
            found.append(att)
    return found


def _office_voice(view: CorpusView, w: Window, main: Attribution) -> list[Attribution]:
    """An evidence sentence an office speaks ("The Secretary-General is especially
    concerned by ..."), in a document that never names the claimed speaker, whose own
    office is another: the sentence is that office's words, whatever its cue left out."""
    office = _another_office(
        view, w.doc_id, _attributions_at(view, w), main.speaker or "", main.role
    )
    if office is None:
        return []
    return [_voiced(w, office, "role", kind="indirect", resolved_by="role")]


def _names_the_body(
    view: CorpusView, body: str, doc_ids: Iterable[str]
) -> Callable[[str], bool] | None:
    """A test of whether a name is the body's (any of its names shares a word with it),
    or None when the body has no name to test by."""
    names = _body_names(view, body, doc_ids)
    if not names:
        return None
    # a country or city both name ("the Velka oil ministry", "the UN Mission in Velka")
    # is where they are, not who they are
    places = {t for n in names for t in n if lookup_place(t.title(), fuzzy=False) is not None}
    places |= {
        t
        for w in re.findall(r"[A-Z][\w'’-]+", body)
        if lookup_place(w, fuzzy=False) is not None
        for t in terms(w)
    }

    # the body by its letters: "the IOM" for "the International Organization for Migration"
    capitals = [w for w in re.findall(r"[A-Za-z][\w'’-]*", body) if w.lower() not in _LINK_WORDS]
    letters = "".join(w[0] for w in capitals if w[0].isupper())

    def claimed(name: str) -> bool:
        words = set(terms(name)) - places
        if len(letters) >= 3 and letters in re.findall(r"\b[A-Z]{3,8}\b", name):
            return True
        return any((n - places) & words for n in names)

    return claimed


# Words a body's letters leave out: "IOM" of "International Organization for Migration".
_LINK_WORDS = frozenset("the of for and on in de des du la le".split())


def _named_body(name: str) -> bool:
    """A body by a name of its own: in full ("the Aviation Safety Council") or by its
    letters ("the BFU")."""
    return full_body_name(name) or re.search(r"\b[A-Z]{2,8}\b", name) is not None


# A finding this many words long ("eight factors contributed decisively to the accident")
# is someone's finding; fewer may be anyone's.
_BODY_FINDING_TERMS = 4


def _other_body_reported(
    view: CorpusView, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """A finding a named body reported that the evidence reports from another named body
    ("ANAC concluded that eight factors contributed" for the Air Force investigators'
    report), where nothing has the claimed body saying it."""
    speaker = main.speaker or ""
    content = _own_words(main.content.text)
    if not full_body_name(speaker) or len(terms(content)) < _BODY_FINDING_TERMS:
        return []
    doc_ids = list(dict.fromkeys(w.doc_id for w in ranked[:TOP_WINDOWS]))
    claimed = _names_the_body(view, speaker, doc_ids)
    if claimed is None:
        return []
    if any(
        claimed(att.speaker)
        for doc_id in doc_ids
        for att in view.analysis(doc_id).attributions
        if att.speaker
        and similarity(content, att.content.text, content_only=True)
        >= REPORTED_SPEAKER_SIMILARITY / 2
    ):
        return []  # the claimed body is reported saying something like it
    for w in ranked[:TOP_WINDOWS]:
        if similarity(content, w.text, content_only=True) < REPORTED_SPEAKER_SIMILARITY:
            continue
        if claimed(view.document(w.doc_id).outlet or ""):
            return []  # the body's own publication: whoever in it says it, speaks for it
        for att in _attributions_at(view, w):
            other = att.speaker or ""
            if (
                att.kind == "direct"
                or att.speaker_kind in ("person", "role", "outlet")
                or not _named_body(other)
                or claimed(other)
                or similarity(content, att.content.text, content_only=True)
                < REPORTED_SPEAKER_SIMILARITY
            ):
                continue
            return [
                speaker_change(
                    speaker,
                    other,
                    w,
                    f"The article has {speaker} saying this; {source_label(view, w.doc_id)} "
                    f"reports it from {other}.",
                )
            ]
    return []


def _body_reported_speaker(
    view: CorpusView, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """A named body's reported words that a named person of no part of it said: a
    spokesman of the body, or one whose title names it, speaks for it."""
    # a body by its full name ("the Ministry of Ecology and Environment"): "the Defense
    # Ministry" or "the Congolese government" speak through any of their officials
    if not full_body_name(main.speaker or ""):
        return []
    body = set(terms(main.speaker or "")) - _BODY_GENERIC
    return _reported_speaker(view, replace(main, resolved_by="name"), ranked, body=body)


# Words of any body's name: sharing them ties no speaker to the claimed body.
_BODY_GENERIC = frozenset(terms("the of and for national state government office"))


def _reported_speaker(
    view: CorpusView, main: Attribution, ranked: list[Window], *, body: set[str] | None = None
) -> list[Distortion]:
    """Reported speech put in a named person's mouth that the evidence reports from another.

    Stricter than for quotes: the reported content must match closely, and the
    claimed speaker must say nothing like it anywhere in the claim's evidence. What a
    person said is read over all their statements the evidence holds: a report may run
    one of their quotes over several sentences, and a rewrite may join two of them.
    """
    content = _own_words(main.content.text)
    # A short statement ("estimated the damage at about 100 million lari") is someone
    # else's only if its numbers are theirs too.
    numbers = set(_NUMBER_RE.findall(content))
    n_terms = len(terms(content))
    short = n_terms < 6
    # A few words ("announced the termination of all combat operations in Marawi") are
    # someone else's only when they are that person's very words.
    verbatim_only = n_terms < (4 if numbers else 6)
    # Three words ("the initial response could have been quicker") are another person's
    # statement only verbatim; fewer say too little to be anyone's.
    # who the claim says spoke, in its own words: a reworded statement must name them there
    source_words = main.source.text if main.source is not None else ""
    # A speaker named by their office ("the attorney general", read as the one the article
    # named) is held to it only by another's close words, said by no holder of that office.
    by_role = main.resolved_by == "role"
    if not (main.resolved_by == "name" or by_role) or n_terms < 3:
        return []
    runs = [r for r in quoted_words(main.content.text, direct=False) if len(r) >= _RUN_CHARS]
    said: dict[tuple[str, str], list[Attribution]] = {}
    for w in ranked[: TOP_WINDOWS * 2]:
        if body is not None:
            lo, _ = _around(view, w, 1)
            if body & set(terms(view.document(w.doc_id).text[lo : w.end])):
                continue  # the body named where they speak: they may speak for it
        for att in (
            _speakers_of(view, w)
            + _other_bodies(view, w, main)
            + _statement_voice(view, w)
            + _office_voice(view, w, main)
        ):
            if body is not None and (
                body & set(terms(f"{att.speaker or ''} {att.role or ''}"))
                # the body by its initials: "KRCS" for "the Kenya Red Cross"
                or same_outlet(main.speaker or "", att.speaker or "")
                or att.resolved_by != "name"
                or att.speaker_kind != "person"
            ):
                continue  # one of the body, or no one named: it may speak for the body
            if _OFFICE_LETTERS_RE.fullmatch(att.speaker or "") and _occasion_before(
                view, w.doc_id, main, att
            ):
                continue  # "The DG ISPR stated", of the general the record named speaking
            group = said.setdefault((w.doc_id, att.speaker or ""), [])
            if att not in group:
                group.append(att)
    others: list[tuple[float, Attribution, str]] = []
    reworded: list[tuple[float, Attribution, str]] = []  # another's, in other words
    own = 0.0  # how much of it the claimed speaker's own statements carry
    for (doc_id, speaker), atts in said.items():
        text = " ".join(a.content.text for a in atts)
        voiced = atts[0].resolved_by == "title" and atts[0].speaker_kind == "organisation"
        if (
            _same_speaker(main.speaker, speaker)
            or voiced
            and _heads_the_body(view, main, doc_id, speaker)
            or _joint_speaker(main.speaker or "", atts)
        ):
            # "the", "had" and "and" are in everything a speaker says: only the words
            # that carry the content show that they said something like it
            own = max(own, similarity(content, text, content_only=True))
            continue
        if voiced:
            # A body's statement is all its own: it says a thing in one passage of a
            # few sentences, not wherever its words fall.
            runs = [" ".join(a.content.text for a in run) for run in _passages(view, doc_id, atts)]
            text = max(runs, key=lambda t: similarity(content, t, content_only=True))
        sim = similarity(content, text, content_only=True)
        if short and not numbers <= set(_NUMBER_RE.findall(text)):
            continue
        if verbatim_only and sim < REPORTED_VERBATIM:
            continue
        # The same figures in words half alike: "about 700 tonnes ... far more than allowed"
        # is another person's statement however it was reworded.
        # The sentences that tell it count: "has passed 20,000, X told reporters, as
        # exhausted rescuers dug" tells the scene the rewrite put in X's mouth.
        same_figures = (
            any(len(n.replace(",", "")) >= 2 for n in numbers)
            and numbers <= set(_NUMBER_RE.findall(text))
            and max(sim, similarity(content, _told_in(view, doc_id, atts), content_only=True))
            >= REPORTED_SPEAKER_SIMILARITY / 2
        )
        # The words the claim puts in quotation marks ("smokescreen"), said by another in
        # a statement half alike: theirs.
        carries_run = bool(runs) and all(r.lower() in text.lower() for r in runs)
        if (
            sim >= REPORTED_SPEAKER_SIMILARITY
            or same_figures
            or carries_run
            and sim >= REPORTED_SPEAKER_SIMILARITY / 2
        ):
            best = max(atts, key=lambda a: similarity(content, a.content.text, content_only=True))
            if _relays(main, best):
                continue
            others.append((sim, best, doc_id))
        elif sim >= REPORTED_SPEAKER_REWORDED and n_terms >= _REWORDED_TERMS:
            best = max(atts, key=lambda a: similarity(content, a.content.text, content_only=True))
            reworded.append((sim, best, doc_id))
    if by_role:
        office = set(terms(main.role or ""))
        others = [
            x
            for x in others
            if x[0] >= REPORTED_SPEAKER_SIMILARITY
            # another person: a body may be the office's own ("the army's spokesman" and
            # the army's press service)
            and x[1].speaker_kind == "person"
            and not office & set(terms(f"{x[1].role or ''} {x[1].speaker or ''}"))
        ]
        reworded = []
    named_here = bool(main.speaker) and (main.speaker or "").split()[-1] in source_words
    if not others and own == 0.0 and ranked and named_here:
        # "held outside the gates for half an hour because guards ... were shooting" for
        # "kept outside the prison gates for about 30 minutes because guards were firing":
        # reworded, but the very sentence the claim was made from, in another's mouth
        top = ranked[0]
        others = [
            x
            for x in reworded
            if x[2] == top.doc_id
            and x[1].content.start < top.end
            and top.start < x[1].content.end
            and not _relays(main, x[1])
            # (not one the claim itself names speaking: "X said A, and Y said B")
            and (x[1].speaker or " ").split()[-1] not in main.content.text
        ]
    # how well the closest of another's statements carries it
    theirs = max((x[0] for x in others), default=0.0)
    if own >= REPORTED_SPEAKER_SIMILARITY / 2 and not (
        # Someone else's very words, of which the speaker's own say a few: still theirs.
        others
        and theirs >= REPORTED_VERBATIM
        and own < REPORTED_SPEAKER_SIMILARITY
        # ... or whose words the speaker's own carry less than half as well ("insisted
        # that most of the victims died of suffocation", the health minister's words)
        or others
        and own < OWN_SHARE_OF_OTHERS * theirs
    ):
        return []
    if (
        not others
        or _own_record_says(view, main, content, ranked)
        or _credited_with(view, main, content, ranked, OWN_SHARE_OF_OTHERS * theirs)
    ):
        return []
    _, att, doc_id = max(others, key=lambda x: x[0])
    return _spoken_by_another(view, main, att, doc_id, f"reports it from {att.speaker}")


_NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")
# A statement reworded is known by its content words only when it has this many.
_REWORDED_TERMS = 10


def _joint_speaker(speaker: str, atts: list[Attribution]) -> bool:
    """Whether the claimed speaker is one of several who speak together: "Caputova and
    Pellegrini ... called on parties" is said by both."""
    words = speaker.split()
    if not words or len(words[-1]) < 3:
        return False
    return any(
        a.source is not None
        and re.search(r"\band\b", a.source.text) is not None
        and re.search(rf"\b{re.escape(words[-1])}\b", a.source.text) is not None
        for a in atts
    )


# A speaker's own statements carrying less than this share of what another's carry do not
# make the words theirs.
OWN_SHARE_OF_OTHERS = 0.5


def _other_counts(claim: str, source: str) -> bool:
    """Two statements that give counts, none of them the same: two tellings of a running
    count, on their own days."""
    mine, theirs = set(_NUMBER_RE.findall(claim)), set(_NUMBER_RE.findall(source))
    return bool(mine) and bool(theirs) and not mine & theirs


def _told_in(view: CorpusView, doc_id: str, atts: list[Attribution]) -> str:
    """The sentences a document tells statements in."""
    at = sorted({view.sentence_index(doc_id, a.content.start) for a in atts})
    return " ".join(w.text for i in at if (w := view.window(doc_id, i)) is not None)


def _passages(view: CorpusView, doc_id: str, atts: list[Attribution]) -> list[list[Attribution]]:
    """A document's statements three sentences at a time, from each one on."""
    at = sorted((view.sentence_index(doc_id, a.content.start), a.content.start, a) for a in atts)
    return [[a for j, _, a in at if i <= j <= i + 2] for i, _, _ in at]


def _heads_the_body(view: CorpusView, main: Attribution, doc_id: str, body: str) -> bool:
    """A statement a body publishes speaks for the one whose office names it (the "Health
    Minister" for the "Ministry of Health") and for one it names ("The Secretary-General
    condemns ...")."""
    if (_words(main.role or "") - _OFFICE_WORDS) & _words(body):
        return True
    voice = _TITLE_VOICE_RE.search(view.document(doc_id).title or "")
    if voice and not _words(voice.group(1)) & _words(f"{main.role or ''} {main.speaker or ''}"):
        return False  # "Statement by the President": his words, whoever else it names
    text = view.document(doc_id).text
    surname = parse_person(main.speaker or "").surname
    role = (main.role or "").split()
    marks = [surname] if surname else []
    marks += [" ".join(role[-2:])] if len(role) >= 2 else []
    # an office of hyphened words names one holder: "Secretary-General", "Director-General"
    held = f"{main.role or ''} {main.source.text if main.source else ''}"
    marks += re.findall(r"\b[A-Z][a-z]+-[A-Z][a-z]+\b", held)
    return any(re.search(rf"\b{re.escape(m)}\b", text, re.I) for m in marks if m)


# Whose a statement is, by its title: "Statement by the President on ...".
_TITLE_VOICE_RE = re.compile(
    r"\b(?i:statement|remarks|message|address)\s+(?:by|of|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+\s*)+)"
)


def _statement_voice(view: CorpusView, w: Window) -> list[Attribution]:
    """A sentence of a statement whose title names the one it is by ("Statement by UNICEF
    Executive Director Catherine Russell on ..."), attributed to no one in its text: the
    words are that person's."""
    doc = view.document(w.doc_id)
    outlet = doc.outlet or ""
    if (
        is_news_outlet(outlet)
        or not _STATEMENT_RE.search(f"{outlet} {doc.title or ''}")
        or _attributions_at(view, w)
    ):
        return []
    author = _title_person(doc.title or "")
    kind = "person"
    if author is None:
        # "Statement of the Human Rights Defender", published by the office itself: the
        # office speaks, whoever holds it.
        if not outlet or not _STATEMENT_RE.search(doc.title or ""):
            return []
        author, kind = outlet, "organisation"
    return [_voiced(w, author, kind, kind="direct", resolved_by="title")]


def _voiced(
    w: Window, speaker: str, speaker_kind: str, *, kind: str, resolved_by: str
) -> Attribution:
    """A whole evidence sentence as the words of a speaker its document gives it, though
    no cue in it says so."""
    return Attribution(
        cue=TextSpan(w.start, w.start, ""),
        content=TextSpan(w.start, w.end, w.text),
        kind=kind,
        speaker=speaker,
        speaker_kind=speaker_kind,
        resolved_by=resolved_by,
    )


# "the Federal Security Service (FSB)": a document defining a body's short name.
_ALIAS_RE = re.compile(r"((?:[A-Z][\w'’-]+\s+(?:(?:of|for|and|the)\s+)*){1,7})\(([A-Z]{2,8})\)")


def _body_names(view: CorpusView, body: str, doc_ids: Iterable[str]) -> list[set[str]]:
    """The terms of each name the body goes by: its own, and the long form the documents
    give a short one ("FSB" for "Federal Security Service")."""
    own = {t for t in terms(body) if len(t) > 2}
    # "Pentagon officials" speak as the Pentagon: its people are not part of its name.
    own = own - _MEMBER_WORDS or own
    names = [own] if own else []
    short = {w for w in re.findall(r"\b[A-Z]{2,8}\b", body)}
    if not short:
        return names
    for doc_id in doc_ids:
        for m in _ALIAS_RE.finditer(view.document(doc_id).text):
            if m.group(2) in short:
                long_form = {t for t in terms(m.group(1)) if len(t) > 2}
                if long_form and long_form not in names:
                    names.append(long_form)
    return names


# A body's people, who speak as the body: "Pentagon officials", "ministry sources".
_MEMBER_WORDS = frozenset(
    stem(w)
    for w in "officials official spokesman spokeswoman spokesperson sources source "
    "representatives representative staff members".split()
)

# Words of an office that name it in a publisher or title ("Prime Minister's Office").
_OFFICE_WORDS = frozenset(stem(w) for w in ROLE_NOUNS | {"prime", "foreign", "interior"})


def _own_record_says(
    view: CorpusView, main: Attribution, content: str, ranked: list[Window]
) -> bool:
    """Whether a record the speaker published carries the words: a statement or
    transcript under their name or office (in its title, its head or its publisher: "PM
    statement", "Prime Minister's Office") speaks for them without a "said"."""
    surname = parse_person(main.speaker or "").surname
    office = _words(main.role or "") & _OFFICE_WORDS
    if not surname and len(office) < 2:
        return False
    for w in ranked[:TOP_WINDOWS]:
        doc = view.document(w.doc_id)
        if is_news_outlet(doc.outlet or ""):
            continue
        where = f"{doc.title or ''} {doc.outlet or ''} {doc.text[: DATELINE_CHARS * 4]}"
        named = bool(surname) and re.search(rf"\b{re.escape(surname)}\b", where) is not None
        if named and _namesake_named(where, main.speaker or "", surname or ""):
            continue  # the record of President Lech Kaczyński is not Jarosław Kaczyński's
        if not named and not (len(office) >= 2 and office <= _words(where)):
            continue
        if any(
            not _same_speaker(main.speaker, sp)
            for sp in (_person_speaker(view, w.doc_id, a) for a in _attributions_at(view, w))
            if sp
        ):
            continue  # a turn of someone else's in a joint press conference
        if similarity(content, w.text, content_only=True) >= REPORTED_SPEAKER_SIMILARITY / 2:
            return True
    return False


def _namesake_named(where: str, speaker: str, surname: str) -> bool:
    """Whether a record's head names someone else of the speaker's surname ("President
    Lech Kaczyński" for Prime Minister Jarosław Kaczyński), and not them."""
    given = parse_person(speaker).given
    if not given:
        return False
    named = re.findall(rf"\b([A-Z][\w'’-]+)\s+{re.escape(surname)}\b", where)
    full = [f"{g} {surname}" for g in named if g.lower() not in _NOT_GIVEN]
    return bool(full) and not any(_same_speaker(speaker, n) for n in full)


# Words before a surname that are no given name: "President Kaczyński", "Mr Kaczyński".
_NOT_GIVEN = ROLE_NOUNS | frozenset({"mr", "mrs", "ms", "dr"})


# The writer's comment on a statement, after it: "..., a claim that had to be withdrawn
# the next day", "..., which later proved false".
_COMMENT_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:claim|assertion|statement|figure|number|remark|account|"
    r"version|allegation|promise|pledge)\s+(?:that|which)|which\s+(?:later\s+)?"
    r"(?:proved|turned out)\b)",
    re.I,
)


def _own_words(content: str) -> str:
    """A statement's content without the writer's comment on it."""
    m = _COMMENT_RE.search(content)
    return content[: m.start()] if m else content


# A short statement's share of words that makes it another person's very words.
REPORTED_VERBATIM = 0.9
# A word in quotation marks this long is a trace of whose words they were ("smokescreen").
_RUN_CHARS = 6


def _credited_with(
    view: CorpusView, main: Attribution, content: str, ranked: list[Window], floor: float = 0.0
) -> bool:
    """Whether a source sentence that carries the content names the speaker as its actor
    and no one else as its speaker: "Prime Minister Kan on Saturday ordered residents to
    evacuate" credits Kan with the order, whoever repeats it elsewhere. It must carry at
    least ``floor`` of it: less than half of what another's words carry is not it."""
    for w in ranked[:TOP_WINDOWS]:
        analysis = view.analysis(w.doc_id)
        named = any(
            w.start <= p.start < w.end and _same_speaker(main.speaker, p.name)
            for p in analysis.persons
        )
        if not named or any(
            not _same_speaker(main.speaker, a.speaker) for a in _speakers_of(view, w)
        ):
            continue
        if similarity(content, w.text, content_only=True) >= max(
            REPORTED_SPEAKER_SIMILARITY / 2, floor
        ):
            return True
    return False


def _body_statements(
    view: CorpusView, body: str, ranked: list[Window]
) -> list[tuple[Attribution, str]]:
    """What an organisation is reported saying ("GNS Science said: ..."): attributions to a
    source that names it, and the text of documents it published itself."""
    doc_ids = list(dict.fromkeys(w.doc_id for w in ranked[: TOP_WINDOWS * 2]))
    names = _body_names(view, body, doc_ids)
    if not names:
        return []
    name_terms = names[0]
    out: list[tuple[Attribution, str]] = []
    for doc_id in doc_ids:
        analysis = view.analysis(doc_id)
        for att in analysis.attributions:
            source = att.source.text if att.source else (att.speaker or "")
            source_terms = set(terms(source))
            if att.kind in ("direct", "mixed", "indirect", "according_to") and any(
                n <= source_terms for n in names
            ):
                out.append((att, doc_id))
        doc = view.document(doc_id)
        outlet = doc.outlet or ""
        # its own publication, or a record of its own briefing ("Transcript: Pentagon press
        # briefing", published by the Department of Defense)
        titled = not is_news_outlet(outlet) and name_terms <= set(terms(doc.title or ""))
        if same_outlet(outlet, body) or name_terms <= set(terms(outlet)) or titled:
            # The body's own publication: each of its sentences is its own statement.
            out += _own_sentences(doc.text, analysis.sentences, doc_id)
    return out


def _own_sentences(
    text: str, sentences: Iterable[tuple[int, int]], doc_id: str
) -> list[tuple[Attribution, str]]:
    """Each sentence of a publisher's or speaker's own text as a statement of theirs."""
    out = []
    for start, end in sentences:
        span = TextSpan(start, end, text[start:end])
        out.append(
            (Attribution(cue=span, content=span, kind="direct", sentence=(start, end)), doc_id)
        )
    return out


def _speaker_statements(
    view: CorpusView, speaker: str, ranked: list[Window]
) -> list[tuple[Attribution, str]]:
    """Everything the speaker is reported saying in the documents the claim retrieved."""
    out = []
    seen_docs: list[str] = []
    for w in ranked[: TOP_WINDOWS * 2]:
        if w.doc_id in seen_docs:
            continue
        seen_docs.append(w.doc_id)
        analysis = view.analysis(w.doc_id)
        doc = view.document(w.doc_id)
        for att in analysis.attributions:
            # A role with the name inside it ("The Director-General of Health, Leausa Dr
            # Take Naseri") where the model tagged no person is still that person.
            if (
                att.speaker_kind in ("person", "role") or _untagged_name(att.speaker, analysis)
            ) and _same_speaker(speaker, att.speaker):
                out.append((att, w.doc_id))
                before = _quote_before_cue(doc.text, att)
                if before is not None:
                    out.append((before, w.doc_id))
        if _titled_record(doc, speaker):
            # Their own address or remarks: each sentence no one else is quoted in is theirs.
            others = [
                a.sentence for a in analysis.attributions if not _same_speaker(speaker, a.speaker)
            ]
            theirs = [
                (s, e) for s, e in analysis.sentences if not any(a <= s < b for a, b in others)
            ]
            out += _own_sentences(doc.text, theirs, w.doc_id)
    return out


# A quotation that ends right before a cue clause: "“A,” said X, the head of ...".
_QUOTE_BEFORE_RE = re.compile(r"[“\"]([^“”\"]{8,600}?)[,.!?]?[”\"]\s*,?\s*$")


def _quote_before_cue(text: str, att: Attribution) -> Attribution | None:
    """The first part of a quote its cue interrupts, where the statement holds the second
    part only ("“A,” said X, the representative in Y. “B.”": the extractor keeps the
    longer part, a content being one span), as a statement of its own."""
    if att.kind != "direct" or att.content.start < att.cue.end:
        return None
    frame = min(att.cue.start, att.source.start if att.source else att.cue.start)
    m = _QUOTE_BEFORE_RE.search(text, max(0, frame - 620), frame)
    if m is None:
        return None
    start, end = m.span(1)
    return replace(att, content=TextSpan(start, end, text[start:end]))


def _untagged_name(speaker: str | None, analysis: Analysis) -> bool:
    """A speaker the model tagged as nothing that is written as a name ("Fukuda told
    reporters") of a person the same document names ("Keiji Fukuda, WHO assistant
    director-general"): capitalised words, none of them an outlet's."""
    words = (speaker or "").split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not is_outlet_name(speaker or "")
        and any(
            _same_speaker(name, speaker)
            for name in [p.name for p in analysis.persons]
            + [a.speaker for a in analysis.attributions if a.speaker_kind in ("person", "role")]
        )
    )


def _titled_record(doc: Document, speaker: str) -> bool:
    """A record of the speaker's own words, published by others than the news ("Address to
    the nation by President Uhuru Kenyatta", from the president's office)."""
    surname = parse_person(speaker).surname
    return (
        bool(surname)
        and not is_news_outlet(doc.outlet or "")
        and re.search(rf"\b{re.escape(surname)}\b", doc.title or "") is not None
    )


def _statements_of(
    view: CorpusView, main: Attribution, ranked: list[Window]
) -> list[tuple[Attribution, str]]:
    """What the claim's speaker, a person or a body, is reported saying in its evidence."""
    if main.speaker_kind == "person":
        return _speaker_statements(view, main.speaker or "", ranked)
    return _body_statements(view, main.speaker or "", ranked)


def quote_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution, ranked: list[Window], article: Document
) -> list[Distortion]:
    if main.kind not in ("direct", "mixed") or not main.speaker:
        return []
    quote = main.content.text
    statements = _statements_of(view, main, ranked)
    dropped = _negation_dropped(view, main, quote, statements)
    if dropped:
        return dropped
    # "The risk has been eliminated": two words that matter are enough to hold against
    # the speaker's own; a claim of nothing said at all needs more.
    n_terms = len(terms(quote))
    if n_terms < 2:
        return _turned_answer(view, main, quote, ranked)
    if not statements:
        return _unattributed_quote(view, main, quote, ranked) if n_terms >= 3 else []
    scored = sorted(
        ((similarity(quote, a.content.text), a, d) for a, d in statements), key=lambda x: -x[0]
    )
    sim, att, doc_id = scored[0]
    # (a short quote's small words are counted: "a ... of ... her" is no statement shared
    # unless a word that matters is; "I do, every day" answers with few that matter)
    if sim >= QUOTE_DIFFERENT and (
        n_terms < 3 or similarity(quote, att.content.text, content_only=True) > 0
    ):
        said = _closest_passage(quote, _continued(view, doc_id, att, _sentence_count(quote)))
        flip = meaning_flip(_said_here(quote, att, statements), said)
        focus = None
        if flip is None:
            # Clause by clause: a long answer carries several negations of its own.
            aligned = aligned_flip(quote, said)
            if aligned is not None:
                flip, focus = aligned
        if (
            flip is not None
            and n_terms < 3
            and negation_flip(quote, said) is None
            # "There were errors" cut from "It is possible there were errors": the words
            # are the speaker's own, their frame dropped
            and not _cut_from(quote, said)
        ):
            # "a pack of lies" inside a longer answer: a few words flip only where a word
            # of theirs is negated, not where the answer has a negation of its own; or
            # where the answer itself is turned round ("I do" for "I do not").
            flip = answer_flip(quote, said)
        if flip is None:
            # A quote joining two statements ("We cannot speak of human error, the route
            # was programmed correctly"): a clause may come from another of them.
            other = _clause_flip(quote, scored[1:_OTHER_STATEMENTS])
            if other is not None:
                flip, focus, att, doc_id = other
                said = att.content.text
        if flip is None:
            flip = edited_tail(quote, said) or spliced(quote, said)
        if flip:
            return [
                _quote_distortion(
                    view,
                    main,
                    focus or quote,
                    doc_id,
                    att,
                    f"The quote {flip}: {main.speaker} said {{found!r}}",
                    claimed=quote,
                    # (the focus is the statement's sentence: the claim's words are found
                    # by it)
                    at=_run_at(main, quote, focus or said),
                )
            ]
        if main.kind == "mixed":
            return _quoted_run_flip(view, main, quote, statements)
        return []
    # Few words in common with any one statement, but a clause of the quote turned round
    # against the one it was taken from: "Everyone understands that it was done
    # intentionally, and that it was hit from the ground" for "We are not claiming that
    # this was done intentionally".
    clause = _clause_flip(quote, scored[:_OTHER_STATEMENTS])
    if clause is not None:
        flip, focus, att, doc_id = clause
        return [
            _quote_distortion(
                view,
                main,
                focus,
                doc_id,
                att,
                f"The quote {flip}: {main.speaker} said {{found!r}}",
                claimed=quote,
                at=_run_at(main, quote, focus),
            )
        ]
    # Few words in common, but the outlook turned round ("beyond what our government can
    # manage" for "serious, but under control"): the statement it was taken from.
    for sim2, att2, doc2 in scored[:_OTHER_STATEMENTS]:
        turned = outlook_flip(quote, att2.content.text) if sim2 >= QUOTE_DIFFERENT / 2 else None
        if turned:
            said = att2.content.text
            return [
                _quote_distortion(
                    view,
                    main,
                    quote,
                    doc2,
                    att2,
                    f"The quote {turned}: {main.speaker} said {{found!r}}",
                    claimed=quote,
                    at=_run_at(main, quote, said),
                )
            ]
    if main.kind == "mixed":
        # The words in quotation marks may come from a sentence of theirs that the rest of
        # the reported speech does not.
        run_flip = _quoted_run_flip(view, main, quote, statements)
        if run_flip:
            return run_flip
    # No report of the speaker carries these words: compare with what they were quoted as
    # saying on the same occasion.
    if n_terms < 3:
        return []
    claim_day = _day_of(main.time) or article.published_date
    direct = [
        (s, a, d)
        for s, a, d in scored
        if a.kind in ("direct", "mixed")
        and len(terms(a.content.text)) >= 6
        and _near_day(claim_day, _statement_day(view, d, a))
    ]
    if not direct:
        return []
    sim, att, doc_id = max(direct, key=lambda x: x[0])
    return [
        _quote_distortion(
            view,
            main,
            quote,
            doc_id,
            att,
            f"No source has {main.speaker} saying this; on that occasion they said {{found!r}}",
        )
    ]


# How many of the speaker's statements, closest first, a quote's clauses are held to.
_OTHER_STATEMENTS = 4


def _clause_flip(
    quote: str, scored: list[tuple[float, Attribution, str]]
) -> tuple[str, str, Attribution, str] | None:
    """A clause of the quote turned round against one of the speaker's statements that
    shares some of its words: (reason, the statement's sentence, statement, document)."""
    for sim, att, doc_id in scored:
        if sim < QUOTE_DIFFERENT / 2:
            continue
        aligned = aligned_flip(quote, att.content.text)
        if aligned is not None:
            return aligned[0], aligned[1], att, doc_id
    return None


def reported_flip_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    """Reported speech that says the opposite of what the speaker said: the statement of
    theirs closest in words, with a shared word negated in one and not the other."""
    if main.kind in ("direct", "mixed") or not main.speaker:
        return []
    cue = draft.text[main.cue.start - draft.start : main.content.start - draft.start]
    if _DENYING_CUE_RE.search(main.cue.text) or _DENYING_CUE_RE.match(cue):
        return []  # "ruled out corrosion as a cause": the cue itself says no to its content
    content = main.content.text
    if len(terms(content)) < 3:
        return []
    statements = _statements_of(view, main, ranked)
    if not statements:
        return []
    # Clause by clause: "the animal was aggressive by nature and should never have been
    # kept in the city" joins two things said, perhaps in two places.
    for clause in _REPORTED_CLAUSE_RE.split(content):
        if len(terms(clause)) < 3:
            continue
        best: tuple[float, str, Attribution, str] | None = None
        for att, doc_id in statements:
            said = _closest_passage(clause, att.content.text)
            sim = similarity(clause, said, content_only=True)
            if best is None or sim > best[0]:
                best = (sim, said, att, doc_id)
        if best is None or best[0] < REPORTED_FLIP_SIMILARITY:
            continue
        _, said, att, doc_id = best
        flip = negation_flip(clause, said)
        if flip is not None:
            # "made vaccination mandatory" where he said it was no condition: an act his
            # own words deny, not words of his changed
            act = not any(stem(w) in _SPEECH_STEMS for w in main.cue.text.split())
            told = "The act told" if act else "The reported words"
            d = _quote_distortion(
                view, main, clause, doc_id, att, f"{told} {flip}: {main.speaker} said {{found!r}}"
            )
            return [replace(d, kind="exaggeration") if act else d]
    return []


# Verbs of saying, by stem, with the past forms a stemmer leaves apart ("said", "told").
_SPEECH_STEMS = frozenset(stem(w) for w in SPEECH_CUES) | {
    stem(w) for w in "said told wrote spoke thought felt".split()
}


# Cues that deny what they introduce: "ruled out corrosion", "denied that".
_DENYING_CUE_RE = re.compile(
    r"\s*(?:rul(?:ed|es|ing|e)\s+out|den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|"
    r"dismiss(?:ed|es|ing)?|exclud(?:ed|es|ing|e)|refut(?:ed|es|ing|e))\b",
    re.I,
)

_REPORTED_CLAUSE_RE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:that\s+)?|;\s+")


# How much of reported speech a statement must carry, in content words, to be what it
# reports: a negation is only held against the statement the words came from.
REPORTED_FLIP_SIMILARITY = 0.6


def _cut_from(quote: str, said: str) -> bool:
    """Whether a quote is the words said with a few words that open them dropped ("It is
    possible"): the statement's own frame cut, not a phrase picked from it."""
    q = QUOTE_WORD_RE.findall(quote.lower())
    s = QUOTE_WORD_RE.findall(said.lower())
    cut = len(s) - len(q)
    return len(q) >= _CUT_QUOTE_WORDS and 0 < cut <= _CUT_FRAME_WORDS and s[cut:] == q


# A quote this long, with at most this many opening words of the statement cut.
_CUT_QUOTE_WORDS = 5
_CUT_FRAME_WORDS = 4


def _said_here(quote: str, att: Attribution, statements: list[tuple[Attribution, str]]) -> str:
    """The clauses of a quote that ``att`` answers to: one that joins two statements
    ("... hours before the crush, saying the response 'was inadequate'") is not held
    against the first for the words of the second."""
    clauses = [c for c in re.split(r"[,;:]\s+", quote) if terms(c)]

    def elsewhere(clause: str) -> bool:
        mine = similarity(clause, att.content.text, content_only=True)
        return any(
            a is not att
            and similarity(clause, a.content.text, content_only=True) >= max(0.6, mine + 0.2)
            for a, _ in statements
        )

    kept = [c for c in clauses if not elsewhere(c)]
    return ", ".join(kept) if kept and len(kept) < len(clauses) else quote


_OPEN_QUOTE_TAIL_RE = re.compile(r"[“\"]([^“”\"]+)$")


def _run_at(main: Attribution, quote: str, said: str) -> int:
    """Where a changed quote sits: in reported speech, at the words in quotation marks that
    answer to what was said ("she was horrified, and that they 'prove ...'")."""
    found = quoted_words(quote, direct=False)
    if not found:
        # 'sought to reassure relatives: "Government will bear ...': the words open their
        # quotation marks inside the content and close them after it
        tail = _OPEN_QUOTE_TAIL_RE.search(quote)
        found = [tail.group(1)] if tail is not None and len(terms(tail.group(1))) >= 2 else []
    runs = [r for r in found or [quote] if len(terms(r)) >= 2]
    if main.kind != "mixed" or not runs:
        return main.content.start
    run = max(runs, key=lambda r: similarity(r, said, content_only=True))
    return main.content.start + max(main.content.text.find(run), 0)


# How many of a quoted phrase's content words a statement must share to be its source.
_RUN_SHARED = 0.5


def _quoted_run_flip(
    view: CorpusView,
    main: Attribution,
    quote: str,
    statements: list[tuple[Attribution, str]],
) -> list[Distortion]:
    """The words in quotation marks inside reported speech, each against the speaker's
    statement that holds them: 'said she was horrified, and that they "prove that war
    crimes were committed"' answers to another sentence than the one about being
    horrified, and may change its meaning."""
    for run in quoted_words(quote, direct=False):
        if len(terms(run)) < 3:
            continue
        sim, att, doc_id = max(
            ((similarity(run, a.content.text, content_only=True), a, d) for a, d in statements),
            key=lambda x: x[0],
        )
        if sim < _RUN_SHARED:
            continue
        said = _closest_passage(run, att.content.text)
        flip = meaning_flip(run, said, whole=False)
        if flip:
            return [
                _quote_distortion(
                    view,
                    main,
                    run,
                    doc_id,
                    att,
                    f"The quote {flip}: {main.speaker} said {{found!r}}",
                    claimed=run,
                    at=_run_at(main, run, said),
                )
            ]
    return []


def _unattributed_quote(
    view: CorpusView, main: Attribution, quote: str, ranked: list[Window]
) -> list[Distortion]:
    """No report has the speaker saying anything: the quoted words against the evidence
    sentence that carries them, whoever it has saying them ("the court said the
    municipality 'prima facie appears to have defaulted'")."""
    # the sentence that carries the words best: another that tells the plan before the
    # outcome ("BP was preparing a top kill, which could stop the flow") is not their source
    # (and a content word: "the lapse 'a betrayal of the victims'" shares its "the", "a"
    # and "of" with any sentence)
    close = [(similarity(quote, w.text), w) for w in ranked[:2]]
    sim, w = max(close, key=lambda x: x[0], default=(0.0, None))
    if w is None or sim < QUOTE_DIFFERENT or not similarity(quote, w.text, content_only=True):
        return []
    flip = meaning_flip(quote, w.text, whole=False)
    return [_window_quote(view, w, quote, flip, main.content.start)] if flip else []


def _window_quote(
    view: CorpusView, w: Window, claimed: str, reason: str, at: int | None
) -> Distortion:
    """A quote distortion whose evidence is one sentence of a document, whoever says it."""
    found = w.text.strip()
    return Distortion(
        "quote",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The quote {reason}: {source_label(view, w.doc_id)} has {found!r}.",
        at=at,
    )


# A sentence's end inside a quote: "... in our history. The nation will ..."
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


# Sentences a quote's own words are searched for, beside the claim's evidence.
QUOTE_SEARCH = 10
# ... when it is long enough to be one statement: "the people have been misled" is in any
# report of "people have been killed".
QUOTE_SEARCH_WORDS = 6
# A quoted run this long, sharing this much with one source sentence, is that sentence.
QUOTE_FLIP_WORDS = 5
QUOTE_FLIP_SAME = 0.6
# ... and at least this share of its content words.
QUOTE_FLIP_CONTENT = 0.3


def quoted_swap_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution | None, ranked: list[Window]
) -> list[Distortion]:
    """Words in quotation marks copied from a source but for one changed word, whoever
    the article has saying them ("demanded a 'prompt, thorough and *international*
    investigation'" for "... *independent* investigation")."""
    direct = main is not None and main.kind == "direct"
    runs = quoted_words(draft.text, direct=False) or (
        [main.content.text] if main is not None and direct else []
    )
    if main is not None and direct:
        # the closing part of a quote of several sentences, opened in a sentence before, is
        # read with its opening part
        runs = [
            main.content.text
            if r in main.content.text
            and draft.text.find(r) == 0
            and main.content.start < draft.start
            else r
            for r in runs
        ]
    for run in dict.fromkeys(runs):
        # the claim's best evidence, then the sentences the quote's own words find: a
        # short quote in a long sentence ("claimed the attackers had remained 'in contact
        # with their handlers in India'") is copied from a sentence the rest does not find
        windows = ranked[:TOP_WINDOWS] + _quote_search(view, run)
        at = draft.start + draft.text.find(run) if run in draft.text else None
        if any(_carries_verbatim(w.text, run) for w in windows):
            # a source has the words as quoted: another's like sentence ("NATO had no
            # indication that it was ... deliberate") is not where they came from
            continue
        # a quote of several sentences is held to the source's sentences around it
        several = _SENTENCE_END_RE.search(run.strip()) is not None
        for w in windows:
            swap = swapped_word(run, w.text)
            if swap is None and several:
                lo, hi = _around(view, w, 1)
                swap = swapped_word(run, view.document(w.doc_id).text[lo:hi])
            if swap is None:
                continue
            reason = (
                f"says {swap[0]!r} where the source says {swap[1]!r}"
                if swap[1]
                else f"adds {swap[0]!r} to the words said"
            )
            return [_window_quote(view, w, run, reason, at)]
        # The source's sentence nearly word for word, turned round: "this act has broken
        # our academic community" for "This act will not break our academic community".
        if len(run.split()) < QUOTE_FLIP_WORDS:
            continue
        for w in windows:
            sentence = _sentence_with(w.text, run)
            # (its content words too: "a betrayal of the victims" shares "a", "of" and
            # "the" with any sentence)
            if (
                similarity(run, sentence) < QUOTE_FLIP_SAME
                or similarity(run, sentence, content_only=True) < QUOTE_FLIP_CONTENT
            ):
                continue
            flip = meaning_flip(run, sentence)
            if flip:
                return [_window_quote(view, w, run, flip, at)]
    return []


# "called the raid "inhumane state terrorism"", "which he described as "the worst
# company ..."": a label in quotation marks that a verb of naming puts on a thing.
_LABEL_RE = re.compile(
    r"\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|brand(?:ed|ing|s)?|label(?:l?ed|l?ing|s)?"
    r"|term(?:ed|ing|s)?|dub(?:bed|bing|s)?)\s+((?:[\w'’-]+\s+){0,6}?)(?:as\s+)?"
    r"(?:(?:an?|the)\s+)?[\"“]([^\"”]{2,90}?)[,.]?[\"”]"
)


def _labels(text: str) -> list[tuple[int, str, set[str]]]:
    """Where each quoted label starts, its words, and the terms of what it is put on."""
    return [(m.start(2), m.group(2), set(terms(m.group(1)))) for m in _LABEL_RE.finditer(text)]


def _has_words(text: str, run: str) -> bool:
    words = re.findall(r"[\w’']+", run.lower())
    if not words:
        return False
    pattern = r"\W+".join(re.escape(w) for w in words)
    return re.search(rf"\b{pattern}\b", text.lower()) is not None


def labelled_quote_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A quoted label the source puts on the same thing in other words: "called the raid
    "an act of war"" where the report has him calling it "inhumane state terrorism"."""
    claimed = _labels(draft.text)
    if not claimed:
        return []
    windows = ranked[:TOP_WINDOWS]
    for at, label, thing in claimed:
        if any(_has_words(w.context, label) for w in ranked[: TOP_WINDOWS * 2]) or any(
            _has_words(w.text, label) for w in _quote_search(view, label)
        ):
            continue  # a source has the words as labelled
        # who names it: the last person the sentence names before the label, by surname
        before = [p for p in draft.persons if p.end - draft.start <= at]
        surname = parse_person(before[-1].name).surname if before else None
        for w in windows:
            text = w.context
            for _, found, its in _labels(text):
                if thing and its and not (thing & its):
                    continue  # another thing labelled
                if surname and not re.search(rf"\b{re.escape(surname)}\b", text):
                    continue  # someone else's label
                if similarity(label, found, content_only=True) >= LABEL_SAME:
                    continue
                return [
                    _window_quote(
                        view,
                        w,
                        label,
                        f"calls it {label!r} where the source has {found!r}",
                        draft.start + at,
                    )
                ]
    return []


# A label sharing this share of its words with the source's is the same label reworded.
LABEL_SAME = 0.5


def _carries_verbatim(text: str, run: str) -> bool:
    """Whether a passage has a quoted run word for word (case and spacing aside), and
    not as what it doubts or denies ("We cannot yet say whether he was on drugs")."""
    words = re.findall(r"[\w’']+", run.lower())
    if len(words) < 3:
        return False
    theirs = re.findall(r"[\w’']+", text.lower())
    n = len(words)
    for i in range(len(theirs) - n + 1):
        if theirs[i : i + n] == words and not _DOUBTING & set(theirs[max(0, i - 6) : i]):
            return True
    return False


# Words before a run that doubt or deny it, not say it ("It is possible there were
# errors" does not say there were).
_DOUBTING = frozenset(
    "not no never whether if cannot can't unclear unknown may might could possibly denied "
    "deny denies possible perhaps probably likely maybe".split()
)


def _quote_search(view: CorpusView, quote: str) -> list[Window]:
    """The sentences a quote's own words find, when it is long enough to be one statement."""
    if len(quote.split()) < QUOTE_SEARCH_WORDS:
        return []
    return view.candidates(quote, limit=QUOTE_SEARCH)


def _sentence_with(text: str, run: str) -> str:
    """The sentence of a window most like a quoted run."""
    return max(_split_sentences(text), key=lambda x: similarity(run, x))


def _sentence_count(text: str) -> int:
    return len(_split_sentences(text))


def _closest_passage(quote: str, said: str) -> str:
    """In a long turn of a transcript, the run of sentences the quote answers to: a whole
    answer holds hedges and negations of its own that the quote never carried."""
    if len(said.split()) <= 2 * len(quote.split()) + 15:
        return said
    sentences = _split_sentences(said)
    k = _sentence_count(quote)
    runs = [" ".join(sentences[i : i + k]) for i in range(max(1, len(sentences) - k + 1))]
    return max(runs, key=lambda run: similarity(quote, run))


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])[\"”»]?\s+(?=[\"“«]?[A-Z])")


def _split_sentences(text: str) -> list[str]:
    """Sentences of a quote or a statement: a stop, a closing mark, then a capital."""
    return [x for x in _SENTENCE_SPLIT_RE.split(text.strip()) if x.strip()] or [text]


def _continued(view: CorpusView, doc_id: str, att: Attribution, sentences: int) -> str:
    """The speaker's words with the quoted sentences that carry on after them, up to as
    many sentences as the claim's quote has: "... an independent body," she said. "An
    internal review would be insufficient." is one statement of two sentences."""
    text = view.document(doc_id).text
    end = att.content.end
    have = _sentence_count(att.content.text)
    for start, stop in view.analysis(doc_id).sentences:
        if have >= sentences:
            break
        if start < end:
            continue
        if text[start : start + 1] not in ('"', "“", "«") or "\n\n" in text[end:start]:
            break
        end, have = stop, have + 1
    return text[att.content.start : end]


# The share of a claim the sentence of a short answer must carry to be its occasion.
ANSWER_COVERAGE = 0.5


def _turned_answer(
    view: CorpusView, main: Attribution, quote: str, ranked: list[Window]
) -> list[Distortion]:
    """A short answer ("I do, every day") held to the speaker's answer in the sentence that
    tells the same exchange ("Asked whether he regretted it, he replied: 'I do not'")."""
    if not ranked or ranked[0].coverage < ANSWER_COVERAGE:
        return []
    w = ranked[0]
    for att, doc_id in _statements_of(view, main, [w]):
        if att.kind not in ("direct", "mixed") or not w.start <= att.content.start < w.end:
            continue
        flip = answer_flip(quote, att.content.text)
        if flip is not None:
            template = f"The quote {flip}: {main.speaker} said {{found!r}}"
            return [_quote_distortion(view, main, quote, doc_id, att, template)]
    return []


def _negation_dropped(
    view: CorpusView,
    main: Attribution,
    quote: str,
    statements: list[tuple[Attribution, str]],
) -> list[Distortion]:
    """Words in quotation marks that are the speaker's own, word for word, but for the
    negation they carried: "the accident is over" for "the accident is not over yet"."""
    runs = quoted_words(quote, direct=False) or ([quote] if main.kind == "direct" else [])
    for run in runs:
        words = _WORD_RE.findall(run.lower())
        if len(words) < _NEGATED_RUN_WORDS:
            continue
        for att, doc_id in statements:
            said = _WORD_RE.findall(att.content.text.lower())
            kept = [(i, w) for i, w in enumerate(said) if w not in _NEGATIONS]
            plain = [w for _, w in kept]
            for k in range(len(plain) - len(words) + 1):
                if plain[k : k + len(words)] != words:
                    continue
                first, last = kept[k][0], kept[k + len(words) - 1][0]
                # the negation stands among the run's own words, or right after it
                span = said[first : min(last + 3, len(said))]
                if any(w in _NEGATIONS for w in span):
                    return [
                        _quote_distortion(
                            view,
                            main,
                            run,
                            doc_id,
                            att,
                            f"The quote drops the negation: {main.speaker} said {{found!r}}",
                            claimed=run,
                            at=_run_at(main, run, att.content.text),
                        )
                    ]
    return []


_WORD_RE = re.compile(r"[\w’']+")
_NEGATIONS = frozenset({"not", "never", "no", "n't", "cannot", "yet"})
# Words a quoted run needs for its negation to be read as dropped.
_NEGATED_RUN_WORDS = 3


def _quote_distortion(
    view: CorpusView,
    main: Attribution,
    quote: str,
    doc_id: str,
    att: Attribution,
    template: str,
    *,
    claimed: str | None = None,
    at: int | None = None,
) -> Distortion:
    """A quote distortion citing the sentence of the speaker's words that the quote answers to
    (a transcript turn can run to a paragraph)."""
    start, end = att.content.start, att.content.end
    text = view.document(doc_id).text
    sentences = [(a, b) for a, b in view.analysis(doc_id).sentences if a < end and b > start]
    if len(sentences) > 1:
        a, b = max(
            sentences, key=lambda ab: similarity(quote, text[max(ab[0], start) : min(ab[1], end)])
        )
        start, end = max(a, start), min(b, end)
        while start < end and text[start] in ' \n"“”«»':
            start += 1
        while end > start and text[end - 1] in ' \n"“”«»':
            end -= 1
    found = text[start:end]
    return Distortion(
        "quote",
        claimed or quote,
        found,
        EvidenceRef(doc_id, start, end, "disagree"),
        template.format(found=found) + f" ({source_label(view, doc_id)}).",
        # in reported speech, the words in quotation marks are what changed
        at=_run_at(main, claimed or quote, found) if at is None else at,
    )


def _mid_month(t: TimeRef) -> date | None:
    """The middle of a month a statement is dated by, to measure how far off another
    day is; whether a day falls in it is ``_same_day``'s question."""
    if t.granularity != "month" or not t.explicit or t.begin is None:
        return None
    return date.fromisoformat(t.begin) + timedelta(days=14)


def _day_of(t: TimeRef | None) -> date | None:
    if t is None or t.begin is None or t.granularity not in ("day",):
        return None
    return date.fromisoformat(t.begin)


def _statement_day(view: CorpusView, doc_id: str, att: Attribution) -> date | None:
    return _day_of(att.time) or view.document(doc_id).published_date


def _near_day(a: date | None, b: date | None, tolerance: int = 3) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).days) <= tolerance


def _other_numbers(
    draft: ClaimDraft, analysis: Analysis, w: Window | None, *, least: float = 0.0
) -> bool:
    """Whether a sentence (or, without one, a whole document) gives its own numbers and
    none of the claim's (of those of at least ``least``): "at least 717 pilgrims were
    killed" does not carry "at least 2,411 pilgrims lost their lives"."""
    mine = {
        f.value
        for f in draft.figures
        if f.value is not None and f.kind != "year" and f.value >= least
    }
    theirs = {
        g.value
        for g in analysis.figures
        if (w is None or w.start <= g.start < w.end) and g.value is not None and g.kind != "year"
    }
    return bool(mine) and bool(theirs) and not mine & theirs


# Numbers this small ("more than one person") are in every report: none tells which
# report carried a statement.
_TELLING_NUMBER = 10


# Sentences either side of a person's words within which an outlet named carries them.
OUTLET_NEAR_SENTENCES = 2


def outlet_distortions(
    view: CorpusView,
    draft: ClaimDraft,
    main: Attribution | None,
    ranked: list[Window],
    published: date | None = None,
) -> list[Distortion]:
    """A statement, or a document or recording, credited to an outlet that did not carry
    it, when others did."""
    credited = list(draft.outlets)
    if (
        main is not None
        and main.speaker_kind == "outlet"
        and main.source is not None
        and is_news_outlet(main.source.text)
    ):
        credited.append(main.source)
    reporters = _reporters(draft, main)
    credited += [r for r in reporters if not any(r.start == o.start for o in credited)]
    if not credited:
        return []
    person = main.speaker if main is not None and main.speaker_kind == "person" else None
    # someone's words relayed ("..., Kazmi told Reuters"), not the outlet's own report
    relayed = person is not None or (
        main is not None
        and main.source is not None
        and (
            main.speaker_kind not in ("outlet", None)
            and not is_news_outlet(main.source.text)
            # "As Reuters reported, the WHO said ...": another's words the outlet relays
            or main.speaker_kind == "outlet"
            and _SAID_OPENING_RE.match(main.content.text) is not None
        )
    )
    # the person whose words or acts the sentence tells ("Abbas, speaking in an interview
    # with Al Jazeera, held Israel responsible"), spoken with or without a cue
    teller = person or (draft.persons[0].name if draft.persons else None)
    carriers: list[tuple[str, Window]] = []  # (outlet text, window) that carry the statement
    docs_seen: set[str] = set()
    spread = {} if person else _document_coverage(draft, credited, ranked[:TOP_WINDOWS])
    # a sentence that carries the content whole leaves no need of words strewn over a
    # document ("two weeks", "officer" in a report on other officers)
    whole = any(w.coverage >= OUTLET_WHOLE_COVERAGE for w in ranked[:TOP_WINDOWS])
    # "According to Reuters, some 26,000 people had sought treatment": where a sentence
    # gives the claim's count, one on the same story without it, no closer to the claim,
    # carries another statement
    telling = {
        f.value
        for f in draft.figures
        if f.value is not None and f.kind != "year" and f.value >= _TELLING_NUMBER
    }

    counting = [
        w
        for w in ranked[:TOP_WINDOWS]
        if any(
            g.value in telling
            for g in view.analysis(w.doc_id).figures
            if w.start <= g.start < w.end
        )
    ]
    counted_at = max((w.coverage for w in counting), default=None)
    for w in ranked[:TOP_WINDOWS]:
        if w.doc_id in docs_seen or _filed_long_after(view, w, published):
            continue  # a report of years later carries another occasion's words
        analysis = view.analysis(w.doc_id)
        # the person named in this very sentence
        named_here = bool(person) and any(
            _same_speaker(person, p.name) for p in analysis.persons if w.start <= p.start < w.end
        )
        if person:
            speaks = named_here or any(
                att.speaker_kind == "person" and _same_speaker(person, att.speaker)
                for att in analysis.attributions
            )
        else:
            # No named person: the documents that carry the content itself (the best match
            # a little below the bar: "According to X," adds words no source carries).
            speaks = (
                w.coverage >= OUTLET_CONTENT_COVERAGE
                or (w is ranked[0] and w.coverage >= OUTLET_BEST_COVERAGE)
                # told over several sentences ("A diver has died ... Anto, 48, died on Friday")
                or not whole
                and spread.get(w.doc_id, 0.0) >= OUTLET_SPREAD_COVERAGE
            ) and not _other_numbers(draft, analysis, w)
            speaks = speaks and (counted_at is None or w.coverage >= counted_at or w in counting)
        if not speaks:
            continue
        if person and w.coverage < OUTLET_CARRIER_SHARE * ranked[0].coverage:
            # The person speaks here, but of something else: another outlet's interview
            # with them does not carry this statement.
            continue
        if (
            person
            and w.coverage < ranked[0].coverage
            and not named_here
            and not any(
                _same_speaker(person, att.speaker)
                and att.content.start < w.end
                and w.start < att.content.end
                for att in analysis.attributions
            )
        ):
            # The report names the person, but this sentence is no word of theirs and
            # carries the claim less well than the best ("Mexico's prisons are ... run by
            # criminal groups" beside "Rodriguez has said he inherited a prison system in
            # crisis"): it carries no statement of theirs.
            continue
        docs_seen.add(w.doc_id)
        doc = view.document(w.doc_id)
        if doc.outlet:
            carriers.append((doc.outlet, w))
        lo, hi = _carrier_span(view, w, teller)
        for o in analysis.outlets:
            # a person's words are carried by an outlet named where they are told, or in
            # a sentence giving their words elsewhere in it; not by the outlet a report on
            # its own journalist names throughout
            if (
                teller is None
                or lo <= o.start < hi
                or any(
                    att.sentence[0] <= o.start < att.sentence[1]
                    and _same_speaker(teller, att.speaker)
                    for att in analysis.attributions
                )
            ):
                carriers.append((o.text, w))
    if person:
        # "told Reuters the toll had risen to 128": where a report of the person gives the
        # claim's numbers, one that gives none of them carried another of their statements
        unnumbered = {
            doc_id
            for doc_id in {w.doc_id for _, w in carriers}
            if _other_numbers(draft, view.analysis(doc_id), None, least=_TELLING_NUMBER)
        }
        numbered = [(o, w) for o, w in carriers if w.doc_id not in unnumbered]
        if numbered and len(numbered) < len(carriers):
            carriers = numbered
    # A document's own publisher field names a publication, whatever its name sounds like,
    # unless it is a government or an organisation publishing its own statements.
    own = {view.document(w.doc_id).outlet for _, w in carriers}
    publishers = {o for o in own if o and parse_outlet(o).kind == "unknown"}
    news = [(o, w) for o, w in carriers if is_news_outlet(o) or o in publishers]
    if not news:
        return []
    out = []
    for i, outlet in enumerate(credited):
        if any(same_outlet(outlet.text, other.text) for other in credited[:i]):
            continue  # "the BBC" read twice, by two rules
        heard = _HEARER_BEFORE_RE.search(draft.text[: outlet.start - draft.start]) is not None
        # the credited outlet's own reports that say another outlet heard it
        told_others = [
            (hearers[0], carrier)
            for name, carrier in carriers
            if heard
            and same_outlet(outlet.text, name)
            and (hearers := _told_others(carrier.text, outlet.text))
        ]
        if not told_others and any(same_outlet(outlet.text, name) for name, _ in carriers):
            continue
        if told_others:
            # "in a statement sent to Reuters" where Reuters reports it was sent to GNS:
            # the outlet carried the statement, another heard it
            hearer, carrier = told_others[0]
            out.append(_credited(view, outlet, hearer, carrier, relayed, how="made to"))
            continue
        if any(
            _names_outlet(
                view.document(w.doc_id).text[slice(*_carrier_span(view, w, teller))], outlet.text
            )
            for _, w in carriers
        ):
            continue  # "in a statement broadcast on its Andalus radio station", told by Reuters
        publisher = any(p.start == outlet.start for p in draft.publishers)
        if publisher and not is_news_outlet(outlet.text):
            # "the report, published by Human Rights Watch": held to the body whose own
            # document carries it
            found_own = [(o, w) for o, w in carriers if o == view.document(w.doc_id).outlet]
            if found_own and parse_outlet(outlet.text).kind != "unknown":
                found, w = found_own[0]
                out.append(_credited(view, outlet, found, w, relayed))
            continue
        if not (is_news_outlet(outlet.text) or outlet in reporters) or is_unnamed_outlet(
            outlet.text
        ):
            continue
        # Prefer an outlet the evidence itself credits in the same sentence ("told the AP").
        in_sentence = [
            (o, w)
            for o, w in news
            if any(
                w.start <= x.start < w.end and x.text == o for x in view.analysis(w.doc_id).outlets
            )
        ]
        who = teller or (main.speaker if main is not None else None)
        if heard and who:
            # "interviewed on France 2" against "speaking to TF1 television": the outlet
            # the evidence has hearing the person's words, near them
            heard_by = [
                (o, w)
                for o, w in news
                if any(
                    same_outlet(o, m.group(1)) and _told_by(view, w.doc_id, m.start(), who)
                    for m in _HEARD_RE.finditer(
                        view.document(w.doc_id).text, *_carrier_span(view, w, teller)
                    )
                )
            ]
            # (the report that tells the claim best first: another may have them telling
            # another outlet something else)
            heard_by.sort(key=lambda c: -c[1].coverage)
            in_sentence = heard_by + in_sentence
        found, w = _carrier_of(draft, outlet, credited, news, in_sentence)
        if publisher:
            # "first published by Sahara Reporters" against the AP's "first published by
            # the news site HumAngle": the publisher it names
            named = next(((p, v) for _, v in news if (p := published_by(v.text)) is not None), None)
            if named is not None:
                found, w = named
        out.append(_credited(view, outlet, found, w, relayed))
    return out


# Reported words that open with someone else saying them: "the WHO said measles had ...".
_SAID_OPENING_RE = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+"
    r"(?:said|says|told|announced|stated|reported|estimated)\b"
)


def _told_by(view: CorpusView, doc_id: str, at: int, teller: str) -> bool:
    """Whether the sentence at ``at`` is the teller's ("Crocetta told the ANSA news agency"
    is no account of Parete's), by their surname or a pronoun for them."""
    window = view.window(doc_id, view.sentence_index(doc_id, at))
    if window is None:
        return False
    surname = parse_person(teller).surname or teller
    return re.search(rf"\b(?:{re.escape(surname)}|he|she)\b", window.text, re.I) is not None


def _carrier_span(view: CorpusView, w: Window, teller: str | None) -> tuple[int, int]:
    """Where a carrier may name the outlet a statement went out on: near a named person's
    words (a report on a channel's own journalist names the channel throughout), or
    anywhere in it."""
    if teller is None:
        return 0, len(view.document(w.doc_id).text)
    return _around(view, w, OUTLET_NEAR_SENTENCES)


# Words that make the outlet after them the one who heard a statement ("told Reuters",
# "in a statement sent to GNS", "in a telephone call to The Associated Press").
_HEARER = (
    r"(?:(?:sent|said|speaking|spoke|statement|call|e-?mailed|talking)\s+to|told|telling|"
    r"tells|interview\s+with|interviewed\s+(?:on|by)|(?:appearing|speaking)\s+on)\s+"
)
_HEARER_BEFORE_RE = re.compile(_HEARER + r"(?:the\s+)?$", re.I)
_HEARD_RE = re.compile(
    r"\b" + _HEARER + r"((?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})"
)


def _told_others(sentence: str, outlet: str) -> list[str]:
    """The outlets a sentence says heard a statement, when the credited one is not among
    them."""
    heard = [
        m.group(1)
        for m in _HEARD_RE.finditer(sentence)
        if is_outlet_name(m.group(1)) or re.fullmatch(r"[A-Z]{2,6}", m.group(1))
    ]
    if any(same_outlet(outlet, h) for h in heard):
        return []
    return heard


def _outlet_words(draft: ClaimDraft, outlet: TextSpan, credited: list[TextSpan]) -> str | None:
    """The words an outlet comes with, up to the next outlet the sentence credits; None
    where it credits one alone."""
    after = [o.start for o in credited if o.start > outlet.end]
    if not after and not any(o.end <= outlet.start for o in credited):
        return None
    return draft.text[outlet.end - draft.start : min(after, default=draft.end) - draft.start]


def _carrier_of(
    draft: ClaimDraft,
    outlet: TextSpan,
    credited: list[TextSpan],
    carriers: list[tuple[str, Window]],
    preferred: list[tuple[str, Window]],
) -> tuple[str, Window]:
    """Of the outlets that carry the statement, the one carrying the words the credited
    outlet comes with: "told the BBC that '...', and later said in an interview with Sky
    News that ..." credits the BBC with the words up to Sky News alone. Of one window's
    outlets, the one its sentence credits ("told the AP") first."""
    words = _outlet_words(draft, outlet, credited)
    if words is None:
        return (preferred or carriers)[0]
    best = max(carriers, key=lambda c: similarity(words, c[1].text))[1]
    return next(c for c in preferred + carriers if c[1] is best)


def _names_outlet(text: str, outlet: str) -> bool:
    """Whether a carrier's text names the credited outlet in its words (article and owner
    aside), as the finder of outlets may not read it there."""
    words = outlet.split()
    while words and words[0].lower() in ("the", "its", "their", "his", "her", "a", "an"):
        words = words[1:]
    if not words or sum(len(w) for w in words) < 4:
        return False
    return re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", text, re.I) is not None


# Verbs a publication does: "Jeune Afrique, citing a security document, reported".
_PUBLISHING_CUES = frozenset({"report", "reported", "reports", "wrote", "writes", "published"})


def _reporters(draft: ClaimDraft, main: Attribution | None) -> list[TextSpan]:
    """A named relay of a statement that reported or published it: an outlet, though its
    name is not one the outlet list knows (a tagger takes "Jeune Afrique" for a person; a
    person relaying is named with their office: "Journalist Ana Ruiz, citing ...")."""
    if main is None or main.cue.text.lower() not in _PUBLISHING_CUES:
        return []
    return [
        v
        for v in main.via
        if v.text[:1].isupper()
        and not any(p.start < v.end and v.start < p.end and p.role for p in draft.persons)
        and parse_outlet(v.text).kind in ("unknown", "newspaper", "agency", "broadcaster")
    ]


def _credited(
    view: CorpusView,
    outlet: TextSpan,
    found: str,
    w: Window,
    relayed: bool,
    how: str = "carried by",
) -> Distortion:
    return Distortion(
        "outlet",
        parse_outlet(outlet.text).text,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article credits {outlet.text!r}; the statement was {how} {found} ({source_label(view, w.doc_id)}).",
        # Relaying someone's words: the frame is what changed. Crediting the content
        # itself to an outlet: the whole statement is.
        at=outlet.start if relayed else None,
    )


# A document whose top sentences together carry this share of what an outlet is credited
# with carries the statement, though no one sentence does.
OUTLET_SPREAD_COVERAGE = 0.5
# ... unless one sentence carries this much of it.
OUTLET_WHOLE_COVERAGE = 0.8


def _document_coverage(
    draft: ClaimDraft, credited: list[TextSpan], windows: list[Window]
) -> dict[str, float]:
    """Per document, the share of the claim's words (outlet names aside) its windows hold."""
    outlet_words = {t for o in credited for t in terms(o.text)}
    wanted = {t for t in terms(draft.text) if t not in KEEP} - outlet_words
    if not wanted:
        return {}
    held: dict[str, set[str]] = {}
    for w in windows:
        held.setdefault(w.doc_id, set()).update(wanted & w.terms)
    return {d: len(h) / len(wanted) for d, h in held.items()}


def statement_date_distortions(
    view: CorpusView, draft: ClaimDraft, main: Attribution, ranked: list[Window]
) -> list[Distortion]:
    if main.time is None:
        return []
    # a month told ("in early December, when the mayor told reporters") holds the day the
    # sources give to within that month
    claim_day = _day_of(main.time) or _mid_month(main.time)
    if claim_day is None or sets_aside(draft.text, main.time.end - draft.start):
        return []  # "declared Monday a day of mourning": Monday is the mourning's
    if main.speaker_kind != "person":
        found = _body_statement_date(view, main, ranked, main.time, claim_day)
    else:
        found = _person_statement_date(view, main, ranked, main.time, claim_day)
    if not found and main.kind in ("direct", "mixed"):
        found = _quoted_before(view, main, ranked, main.time, claim_day)
    if is_act(main):
        # An act moved to another day ("declared three days of mourning on Monday"): the
        # distortion sits on all of it. Words said on another day keep their own truth.
        return [replace(d, at=None) for d in found]
    return found


# A source sentence that carries this share of a quote's words carries the quote.
QUOTE_CARRIED = 0.8


def _quoted_before(
    view: CorpusView, main: Attribution, ranked: list[Window], claimed: TimeRef, claim_day: date
) -> list[Distortion]:
    """Words the article says were spoken on a day after a source, filed earlier anywhere
    on earth, had already printed them. A bare weekday ("told the BBC on Friday") is held
    to it only when even the same weekday a week before comes after the filing."""
    words = set(terms(main.content.text))
    if len(words) < _MIN_QUOTE_TERMS:
        return []
    bare = claimed.kind == "weekday" and not claimed.explicit
    latest = claim_day - timedelta(days=7) if bare else claim_day
    for w in ranked[:3]:
        filed = _filed_by(view.document(w.doc_id).published)
        if filed is None or latest <= filed:
            continue
        if len(words & set(w.terms)) < QUOTE_CARRIED * len(words):
            continue
        return [_out_before(view, claimed, claim_day, w, "the words", "printed them")]
    return []


def _out_before(
    view: CorpusView, t: TimeRef, c_day: date, w: Window, what: str, done: str
) -> Distortion:
    """A day after the source had already put it out: "had already printed them"."""
    published = view.document(w.doc_id).published_date
    return Distortion(
        "date",
        f"{t.text} ({c_day.isoformat()})",
        f"{done.split()[0]} on {published}",
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article dates {what} {t.text!r} ({c_day:%A %-d %B %Y}); "
        f"{source_label(view, w.doc_id)} had already {done}.",
        at=t.start,
    )


# Fewer words than this are a phrase anyone may say on any day.
_MIN_QUOTE_TERMS = 5


def _person_statement_date(
    view: CorpusView,
    main: Attribution,
    ranked: list[Window],
    claimed: TimeRef,
    claim_day: date,
    *,
    loose: bool = False,
) -> list[Distortion]:
    """A person's statement dated against the day a report gives the same speaker's words,
    or else against the speaker's own record of them."""
    # The speaker's statement most like the claim's dates it: another thing they said on
    # another day ("warned on Tuesday that radiation had spread") does not.
    said: list[tuple[float, Window, Attribution, date]] = []
    for w in ranked[:TOP_WINDOWS]:
        analysis = view.analysis(w.doc_id)
        for att in analysis.attributions:
            if not (att.sentence[0] <= w.start < att.sentence[1]):
                continue
            occasion: date | None = None
            if not _same_speaker(main.speaker, att.speaker):
                # "The DG ISPR stated that ...", after the record named the general at
                # his press conference: the office is the person
                if att.speaker_kind != "role" and not _OFFICE_LETTERS_RE.fullmatch(
                    att.speaker or ""
                ):
                    continue
                occasion = _occasion_before(view, w.doc_id, main, att)
                if occasion is None:
                    continue
            ev_day = (
                _day_of(att.time)
                or _dated_in_lead(analysis, main, att, loose=loose)
                or occasion
                or _occasion_before(view, w.doc_id, main, att)
            )
            if ev_day is None or other_occasion(claim_day, ev_day):
                continue  # a year apart, the same words are said on another occasion
            if (
                is_act(main)
                and cue_stem(main) not in _SPOKEN_ACTS
                and cue_stem(att) != cue_stem(main)
            ):
                continue  # an order is dated by the order, not by a warning that day
            if _other_counts(main.content.text, att.content.text):
                continue  # "had risen to 97" is a later statement than "raised it to 95"
            sim = similarity(main.content.text, att.content.text, content_only=True)
            if sim == 0.0 and not loose:
                # "thanking first responders": none of the claim's words, another statement
                # (an occasion told without words, ``loose``, has none to share)
                continue
            said.append((sim, w, att, ev_day))
    if said:
        _, w, att, ev_day = max(said, key=lambda x: x[0])
        if not _same_day(claimed, claim_day, ev_day):
            return [_date_distortion(view, claimed, att.time, claim_day, ev_day, w)]
        return []
    return _own_record_date(view, main, ranked, claimed, claim_day)


# An occasion of speaking named without the words said: "gave a fuller account at a
# briefing on Monday".
_OCCASION_RE = re.compile(
    r"\b(?:briefing|news conference|press conference|press briefing|interview|speech|"
    r"address(?:ed)?|spoke|told reporters|told journalists)\b",
    re.I,
)


def occasion_date_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A named person's occasion of speaking, dated, where the sentence reports no words
    ("Hagari gave a more detailed account at a briefing on Monday"): held to the days the
    sources give that person's statements, as a statement of theirs would be."""
    if draft.main is not None or not draft.persons or not _OCCASION_RE.search(draft.text):
        return []
    person = draft.persons[0]
    for t in draft.times:
        day = _day_of(t)
        if day is None or _in_quote(draft, t) or sets_aside(draft.text, t.end - draft.start):
            continue
        if t.anchor in SPEECH_CUES:
            continue  # words said, that the finder did not read: not an occasion alone
        # the office named before the name as well: "Israel's top military spokesman,
        # Rear Admiral Daniel Hagari"
        before = draft.text[: person.start - draft.start]
        office = before.split(",")[-2] if before.count(",") >= 1 else ""
        told = Attribution(
            cue=TextSpan(t.start, t.end, t.text),
            content=TextSpan(draft.start, draft.end, draft.text),
            kind="indirect",
            source=TextSpan(person.start, person.end, person.text),
            speaker=person.name,
            speaker_kind="person",
            role=office.strip() or person.role,
            time=t,
            sentence=(draft.start, draft.end),
        )
        return _person_statement_date(view, told, ranked, t, day, loose=True)
    return []


_OFFICE_STEMS = frozenset(stem(n) for n in ROLE_NOUNS)


def _dated_in_lead(
    analysis: Analysis, main: Attribution, att: Attribution, *, loose: bool = False
) -> date | None:
    """The day a report's earlier sentence gives the same speaker's statement, named or by
    the claim's role ("the provincial police chief said Thursday. Moazzam Jah Ansari told a
    news conference ..."): a wire report dates its speaker's words once, in its lead."""
    role = _words(main.role or "")
    for other in analysis.attributions:
        if other.sentence[0] >= att.sentence[0] or other.time is None:
            continue
        day = _day_of(other.time)
        if day is None or other.time.anchor not in SPEECH_CUES:
            continue
        source = _words(other.source.text if other.source is not None else "")
        shared = role & source
        if _same_speaker(main.speaker, other.speaker) or (
            len(role) >= 2
            and role <= source
            # an office named in other words ("top military spokesman", "chief military
            # spokesman"), when the sentence names no words of the speaker to go by
            or loose
            and len(shared) >= max(2, len(role) - 1)
            and shared & _OFFICE_STEMS
        ):
            return day
        if _lead_then_named(analysis, other, att):
            return day
    return None


# An office by its letters ("DG ISPR"), no one's name.
_OFFICE_LETTERS_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}(?:\s+[A-Z]{2,6})*")


def _occasion_before(
    view: CorpusView, doc_id: str, main: Attribution, att: Attribution
) -> date | None:
    """The day a record gives the occasion the speaker spoke at, told before their words
    ("Lieutenant General Asim Saleem Bajwa addressed a press conference at Peshawar on
    Thursday, 21 January 2016. ... The DG ISPR stated that ...")."""
    analysis = view.analysis(doc_id)
    text = view.document(doc_id).text
    for lo, hi in analysis.sentences:
        if lo >= att.sentence[0]:
            break
        if not _OCCASION_RE.search(text, lo, hi) or not any(
            lo <= p.start < hi and _same_speaker(main.speaker, p.name) for p in analysis.persons
        ):
            continue
        days = [d for t in analysis.times if lo <= t.start < hi and t.explicit if (d := _day_of(t))]
        if len(days) == 1:
            return days[0]
    return None


def _lead_then_named(analysis: Analysis, lead: Attribution, att: Attribution) -> bool:
    """A wire lead's unnamed speaker ("a leading Chinese expert said on Monday") named in
    the very next sentence ("Zhong Nanshan, a renowned specialist, told CCTV ...")."""
    starts = [a for a, _ in analysis.sentences[:3]]  # a lead, and the sentence after it
    if lead.sentence[0] not in starts[:2] or lead.speaker_kind == "person":
        return False  # the lead: the first sentence, or the first after a dateline
    k = starts.index(lead.sentence[0])
    return att.speaker_kind == "person" and att.sentence[0] in starts[k + 1 : k + 2]


# Acts done by saying them: "declared in parliament" is what "told parliament" reports.
_SPOKEN_ACTS = frozenset(stem(w) for w in ("declared", "announced"))


# Two days this far apart are two occasions (two statements, two disasters), not one moved.
_OTHER_OCCASION_DAYS = 366


def _filed_long_after(view: CorpusView, w: Window, published: date | None) -> bool:
    """Whether a window's document was filed more than a year after the article."""
    filed = view.document(w.doc_id).published_date
    return bool(published and filed and (filed - published).days > _OTHER_OCCASION_DAYS)


def other_occasion(a: date | None, b: date | None) -> bool:
    return a is not None and b is not None and abs((a - b).days) > _OTHER_OCCASION_DAYS


# How much of the claim the speaker's own record must carry to date the statement.
_OWN_RECORD_COVERAGE = 0.5


def _own_record_date(
    view: CorpusView, main: Attribution, ranked: list[Window], claimed: TimeRef, claim_day: date
) -> list[Distortion]:
    """A statement dated against the speaker's own record of it: a transcript or statement
    that is not a news report and names the speaker at its head ("The Prime Minister
    (Rishi Sunak): ...") or in its title ("Remarks by President Trump") is dated by its
    publication."""
    if not ranked:
        return []
    w = ranked[0]
    doc = view.document(w.doc_id)
    if (
        w.coverage < _OWN_RECORD_COVERAGE
        or doc.published_date is None
        or is_news_outlet(doc.outlet or "")
    ):
        return []
    analysis = view.analysis(w.doc_id)
    head = [p for p in analysis.persons if p.start < DATELINE_CHARS * 4]
    titled = _titled_record(doc, main.speaker or "")
    if not titled and not any(_same_speaker(main.speaker, p.name) for p in head):
        return []
    # A bare weekday ("on Sunday") is loose; the record must date itself at its head for
    # the day to be held against it, unless no week would do: a record of a Monday was
    # given on no Tuesday.
    other_weekday = (
        claimed.kind == "weekday"
        and claimed.weekday is not None
        and claimed.weekday != doc.published_date.weekday()
    )
    if (
        not claimed.explicit
        and not other_weekday
        and not any(
            t.start < DATELINE_CHARS and _day_of(t) == doc.published_date for t in analysis.times
        )
    ):
        return []
    if _same_day(claimed, claim_day, doc.published_date):
        return []
    return [_date_distortion(view, claimed, None, claim_day, doc.published_date, w)]


# A body's own release that carries this share of a claim is where the claim's statement
# came from, however it is worded.
OWN_RELEASE_COVERAGE = 0.3
OWN_RELEASE_DAYS = 60


def _body_statement_date(
    view: CorpusView, main: Attribution, ranked: list[Window], claimed: TimeRef, claim_day: date
) -> list[Distortion]:
    """An organisation's statement dated to another day than the one it made it on ("the
    ministry announced on Monday" for a statement of Sunday evening): dated by its own
    publication, or by the day a report gives it ("the FSB said on Wednesday"), which
    the report's later sentences of the same body share ("According to the FSB, ...")."""
    best: tuple[float, date, Attribution, str] | None = None
    statements = _body_statements(view, main.speaker or "", ranked)
    dated: dict[str, date] = {}  # a report's first dated statement of the body
    for att, doc_id in statements:
        if att.cue != att.content and doc_id not in dated and (day := _day_of(att.time)):
            dated[doc_id] = day
    for att, doc_id in statements:
        if att.cue == att.content:
            ev_day = view.document(doc_id).published_date
        else:
            ev_day = _day_of(att.time) or dated.get(doc_id)
        if ev_day is None or _other_counts(main.content.text, att.content.text):
            continue
        if _count_told_elsewhere(main, att, statements):
            continue  # "has risen to 64" is not the statement of the first death
        sim = similarity(main.content.text, att.content.text)
        if sim >= BODY_STATEMENT_SAME and (best is None or sim > best[0]):
            best = (sim, ev_day, att, doc_id)
    if best is None and ranked and ranked[0].coverage >= OWN_RELEASE_COVERAGE:
        # Told in other words, but the claim's best evidence is the body's own release: it
        # said it the day it put it out ("the SBU said on Thursday it had identified two
        # brothers" for a release of the Tuesday).
        top = ranked[0]
        release = next(
            (
                att
                for att, doc_id in statements
                if doc_id == top.doc_id
                and att.cue == att.content
                and att.content.start <= top.start < att.content.end + 1
            ),
            None,
        )
        ev_day = view.document(top.doc_id).published_date
        # only as a move of days or weeks: a release in words this loose from another
        # year is another statement
        if (
            release is not None
            and ev_day is not None
            and abs((claim_day - ev_day).days) <= OWN_RELEASE_DAYS
        ):
            best = (0.0, ev_day, release, top.doc_id)
    if best is None:
        return []
    _, ev_day, att, doc_id = best
    if _same_day(claimed, claim_day, ev_day):
        return []
    w = view.window(doc_id, view.sentence_index(doc_id, att.content.start))
    if w is None:
        return []
    return [_date_distortion(view, claimed, att.time, claim_day, ev_day, w)]


def _count_told_elsewhere(
    main: Attribution, att: Attribution, statements: list[tuple[Attribution, str]]
) -> bool:
    """Whether the claim's count is missing from a statement and given in another."""
    mine = set(_NUMBER_RE.findall(main.content.text))
    if not mine or mine & set(_NUMBER_RE.findall(att.content.text)):
        return False
    return any(mine & set(_NUMBER_RE.findall(o.content.text)) for o, _ in statements)


_WEEK_SAID_RE = re.compile(r"\b(?:this|last|past|next|coming)\b", re.I)


# "Last Thursday" this few days before the article may be the Thursday a week before.
_LAST_MEANS_YESTERDAY = 2


def _same_day(claimed: TimeRef, c_day: date, f_day: date, published: date | None = None) -> bool:
    """Whether the evidence's day is the claim's. A bare weekday ("who flew over the region
    on Monday after the storm") names a day of the week, not a week: an earlier day of
    that weekday is the same day told loosely, a different weekday is not. A date told
    without its year ("On September 28") is the same month and day of any year: the
    reader took the year from the article, which may retell an earlier one."""
    if c_day == f_day:
        return True
    if claimed.granularity == "month" and claimed.begin and claimed.end_date:
        return date.fromisoformat(claimed.begin) <= f_day <= date.fromisoformat(claimed.end_date)
    if _yearless(claimed) and (c_day.month, c_day.day) == (f_day.month, f_day.day):
        return True
    if (
        claimed.kind == "weekday"
        and re.match(r"last\s", claimed.text, re.I)
        and f_day == c_day - timedelta(days=7)
        and (published is None or (published - c_day).days <= _LAST_MEANS_YESTERDAY)
    ):
        return True  # "last Thursday" said on a Friday: yesterday, or the week before's
    return (
        claimed.kind == "weekday"
        and not claimed.explicit
        # "this past Sunday", "last Sunday": the week is said too
        and not _WEEK_SAID_RE.search(claimed.text)
        and claimed.weekday is not None
        and f_day.weekday() == claimed.weekday
        and f_day < c_day
    )


def _reached_later(
    view: CorpusView,
    draft: ClaimDraft,
    f: Figure,
    g: Figure,
    w: Window,
    scored: list[tuple[float, Figure, Window]],
) -> Distortion | None:
    """A count the article has reached by a day ("By Sunday night, the toll had reached
    142") that the source reached only on a later one ("rose to 142 on Monday"), and no
    source gives by the article's day."""
    c_day, f_day = _day_of(f.time), _day_of(g.time)
    if (
        f.time is None
        or g.time is None
        or not _as_of(draft, f.time)  # "By Sunday night": the day a count stood at
        or c_day is None
        or f_day is None
        or c_day >= f_day
        or f.predicate_class is None
        or g.predicate_class != f.predicate_class
        or g.time.anchor in SPEECH_CUES  # "..., officials said on Monday": when told
    ):
        return None
    for _, g2, w2 in scored:
        if g2.value != f.value:
            continue
        day = _day_of(g2.time) or view.document(w2.doc_id).published_date
        if day is not None and day <= c_day:
            return None
    return _date_distortion(view, f.time, g.time, c_day, f_day, w)


def _date_distortion(
    view: CorpusView, claimed: TimeRef, found: TimeRef | None, c_day: date, f_day: date, w: Window
) -> Distortion:
    gap = abs((c_day - f_day).days)
    found_text = f"{found.text} ({f_day.isoformat()})" if found else f_day.isoformat()
    if claimed.granularity == "month":
        return _month_distortion(view, claimed, found_text, c_day, f_day, w)
    return Distortion(
        "date",
        f"{claimed.text} ({c_day.isoformat()})",
        found_text,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article dates it {claimed.text!r} ({c_day:%A %-d %B %Y}); {source_label(view, w.doc_id)} has "
        f"{f_day:%A %-d %B %Y}, {gap} day(s) apart.",
        at=claimed.start,
    )


def _month_distortion(
    view: CorpusView, claimed: TimeRef, found: str, month: date, f_day: date, w: Window
) -> Distortion:
    """A day the sources give outside the month the claim puts it in."""
    return Distortion(
        "date",
        f"{claimed.text} ({month:%B %Y})",
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article puts it in {month:%B %Y} ({claimed.text!r}); "
        f"{source_label(view, w.doc_id)} has {f_day:%A %-d %B %Y}.",
        at=claimed.start,
    )


# Verbs that tell one happening in other words: missiles "hit", "struck" or "slammed
# into" a city.
_HAPPENINGS = (
    {
        stem(w): "strike"
        for w in "hit hits strike strikes struck slam slams slammed pound pounded shell shelled "
        "bomb bombed".split()
    }
    | {
        # a trip, however it is told: "visited Solingen", "travelled to Solingen", "flew home"
        stem(w): "visit"
        for w in "visit visited tour toured travel travelled traveled fly flew arrive arrived "
        "return returned survey surveyed overfly overflew".split()
    }
    | {
        # a start, however it is told: "the blaze broke out", "the fire started", "the fire on
        # Monday" (a day on the incident itself)
        stem(w): "onset"
        for w in "break broke start started starts begin began erupt erupted ignite ignited "
        "fire blaze blast explosion quake earthquake eruption collapse crash derailment "
        "stampede "
        # ... or told by what it did: "a fire tore through a block early on Wednesday"
        "tear tore sweep swept rip ripped engulf engulfed gut gutted".split()
    }
    | {
        # a shooting, however it is told: "were gunned down", "were shot dead"
        stem(w): "shooting"
        for w in "gun gunned shoot shot".split()
    }
)


_TRIP_RE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|travell?(?:ed|s|ing)? to|"
    r"(?:flew|flies|fly|flying|flown) (?:to|home|back|in(?:to)?)|"
    r"arriv(?:ed|es|ing|e) (?:in|at|home|back)|return(?:ed|s|ing)? (?:to|home|from)|"
    r"went to|rushed to)\b",
    re.I,
)
# How far from a trip's verb its day may stand: "who visited Solingen on Sunday".
TRIP_REACH = 40


def trip_date_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A named person's trip put on another day ("Scholz, who visited Solingen on Sunday"
    against "Scholz travelled to Solingen on Monday"): the days the best documents give the
    same person travelling, to the same place where the claim names one."""
    if not draft.persons:
        return []
    trips = list(_TRIP_RE.finditer(draft.text))
    for t in draft.times:
        c_day = _day_of(t)
        if c_day is None or _in_quote(draft, t) or sets_aside(draft.text, t.end - draft.start):
            continue
        at, end = t.start - draft.start, t.end - draft.start
        trip = next(
            (
                m
                for m in trips
                if -TRIP_REACH <= at - m.end() <= TRIP_REACH or 0 <= m.start() - end <= TRIP_REACH
            ),
            None,
        )
        if trip is None:
            continue
        person = max(
            (p for p in draft.persons if p.start - draft.start < trip.start()),
            key=lambda p: p.start,
            default=None,
        )
        if person is None:
            continue
        # the place the claim names after the verb, if any: "visited Solingen"
        after = draft.text[trip.end() : trip.end() + 30].split()[:3]
        places = {w.strip(",.;") for w in after if w[:1].isupper()}
        found: list[tuple[Window, TimeRef, date]] = []
        for doc_id in dict.fromkeys(w.doc_id for w in ranked[:TOP_WINDOWS]):
            analysis = view.analysis(doc_id)
            for i in {
                view.sentence_index(doc_id, p.start)
                for p in analysis.persons
                if _same_speaker(person.name, p.name)
            }:
                w = view.window(doc_id, i)
                if w is None or not _TRIP_RE.search(w.text):
                    continue
                if places and not any(x in w.text for x in places):
                    continue
                for x in analysis.times:
                    x_day = _day_of(x)
                    if w.start <= x.start < w.end and x_day is not None:
                        if _same_day(t, c_day, x_day):
                            return []  # a source gives the claim's own day
                        if not other_occasion(c_day, x_day):
                            found.append((w, x, x_day))
        if found:
            w, x, f_day = found[0]
            return [_date_distortion(view, t, x, c_day, f_day, w)]
    return []


_RELATIVE_DAY_RE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|hours?|weeks?)\s+"
    r"(?:after|before)\s+((?:[\w'’-]+[\s,]+){0,6}[\w'’-]+)",
    re.I,
)


def _dated_from(text: str, verb: str | None) -> bool:
    """Whether a sentence tells the verb's happening as so long before or after another
    ("a day after some 25,000 people marched")."""
    if not verb:
        return False
    want = stem(verb)
    return any(
        want in {stem(word) for word in m.group(1).split()} for m in _RELATIVE_DAY_RE.finditer(text)
    )


def _other_happening(t: TimeRef, x: TimeRef, claim_times: list[TimeRef]) -> bool:
    """A source's day on a verb that another of the claim's days is on: that day tells
    the other happening ("closed on 15 August ..., resumed flights on 25 August" against
    "will resume on 29 August" holds the resuming, not the closing)."""
    if not (t.anchor and x.anchor) or _happening(t.anchor) == _happening(x.anchor):
        return False
    return any(
        o is not t
        and o.anchor
        and _day_of(o) is not None
        and _happening(o.anchor) == _happening(x.anchor)
        for o in claim_times
    )


# Nouns of a happening a day can name ("the October 7 assault", "the 9/11 attacks").
_NAMED_HAPPENING_RE = re.compile(
    r"\s+(?:attacks?|assaults?|bombings?|massacres?|raids?|strikes?|shootings?|killings?|"
    r"earthquakes?|quakes?|floods?|explosions?|blasts?|elections?|votes?|coup|invasion|"
    r"offensive|uprising|protests?|riots?)\b",
    re.I,
)


def _dates_a_noun(draft: ClaimDraft, t: TimeRef, days: int) -> bool:
    """A day that names another happening beside what the claim tells: "one of the planners
    of the October 7 assault", or, beside another day of the claim's own, "before last
    Monday's federal election, ... changed his schedule on Sunday"."""
    after = draft.text[t.end - draft.start : t.end - draft.start + 30]
    if _NAMED_HAPPENING_RE.match(after):
        return True
    return days > 1 and after.startswith(("'s ", "’s "))


def _happening(verb: str) -> str:
    return _HAPPENINGS.get(stem(verb), stem(verb))


def event_date_distortions(
    view: CorpusView, draft: ClaimDraft, top: list[Window], article_day: date | None
) -> list[Distortion]:
    """The same happening (same verb, well-aligned sentence) put on another day."""
    claim_times = [
        t for t in draft.times if _day_of(t) is not None and t.anchor and not _in_quote(draft, t)
    ]
    if not top:
        return []
    # The best source's other sentences that tell the same happening: a report's lead
    # gives the day ("on Monday detained two owners") its later sentences do not.
    close = [w for w in top[:3] if w.coverage >= 0.3]
    told = close + [
        w
        for w in top[:TOP_WINDOWS]
        if w not in close and w.doc_id == top[0].doc_id and w.coverage >= LEAD_COVERAGE
    ]
    settled: list[TimeRef] = []  # days the source gives the same happening
    with_count = _windows_with_the_count(view, draft, told) if claim_times else None
    for t in claim_times:
        c_day = _day_of(t)
        same_event = [
            (w, x)
            for w, x, day in _happening_days(view, told, t.anchor or "")
            if not other_occasion(c_day, day)
        ]
        if c_day is not None and not same_event:
            # a count from an event is a trace of its own: any sentence of the best ones
            # that counts the same happening from an event, and names the claim's people
            counted = _counted_from_event(view, draft, top[:TOP_WINDOWS], t, c_day)
            if counted is not None:
                return [counted]
        # "has risen to 80, the commission said on Monday": a statement that gives another
        # count ("said on Saturday" of the first death) is another statement, when one of
        # the sources gives the claim's count.
        same_event = [
            (w, x)
            for w, x in same_event
            if (with_count is None or w in with_count)
            and not _other_tally(view, draft, t, x, w)
            and not _claims_other_day(draft, t, x)
        ]
        if c_day is not None and same_event:
            # A date the evidence states ("late on Monday 27 March") before one it
            # counts from its own day ("last night").
            w, x = next(((w, x) for w, x in same_event if x.explicit), same_event[0])
            f_day = _day_of(x)
            if f_day is None or not _another_day(view, t, x, c_day, f_day, w, article_day):
                settled.append(t)  # the claim's other days are its other acts
                continue
            # A sentence that tells the claim about as well and gives the claim's own day
            # ("returned to New Delhi early on Wednesday") carries it; the other day is
            # another person's ("Shah flew to Srinagar on Tuesday night") or another
            # happening's ("a fourth earthquake struck on Sunday").
            if any(
                v.coverage >= CONFIRM_SHARE * w.coverage
                and any(
                    v.start <= y.start < v.end
                    and (y_day := _day_of(y)) is not None
                    and _same_day(t, c_day, y_day, article_day)
                    and not _dateline_day(
                        view, v.doc_id, y, y_day, of_words=t.anchor in SPEECH_CUES
                    )
                    # the day of another verb ("the collapse that occurred on Monday
                    # night") tells another happening's day
                    and not _other_verb(t, y)
                    for y in view.analysis(v.doc_id).times
                )
                for v in told
            ):
                settled.append(t)
                continue
            return [_date_distortion(view, t, x, c_day, f_day, w)]
    # A month the article gives the happening ("inaugurated only last month"), against
    # the day the source states for it.
    for t in draft.times:
        if t.granularity != "month" or not (t.anchor and t.begin and t.end_date):
            continue
        if t in settled:
            continue
        if _in_quote(draft, t):
            continue
        first, last = date.fromisoformat(t.begin), date.fromisoformat(t.end_date)
        for w, x, f_day in _happening_days(view, close, t.anchor):
            if x.explicit and not first <= f_day <= last and not other_occasion(first, f_day):
                found = f"{x.text} ({f_day.isoformat()})"
                return [_month_distortion(view, t, found, first, f_day, w)]
    # A calendar date the article states outright, against the dated day in the evidence
    # whose surrounding words best match the words around it.
    day_times = [
        t
        for t in draft.times
        if (t.explicit or t.kind == "weekday")
        and _day_of(t) is not None
        and not _in_quote(draft, t)
    ]
    day_times = [
        t for t in day_times if not _dates_a_noun(draft, t, len(day_times)) and t not in settled
    ]
    for t in day_times:
        if t.start < DATELINE_CHARS and _day_of(t) == article_day:
            continue  # a dateline restates the publication date
        c_day = _day_of(t)
        local = _local_terms(draft.text, t.start - draft.start, t.end - draft.start)
        if not local:
            continue
        best_local: tuple[float, Window, TimeRef] | None = None
        confirmed = False
        confirming = 0.0  # how well the best sentence giving the claim's own day matches
        for w in top[:3] + _telling_the_verb(view, top[:3], t):
            if _earlier_report(view, w, top[0], c_day):
                continue
            text = view.document(w.doc_id).text
            own_times = [x for x in view.analysis(w.doc_id).times if w.start <= x.start < w.end]
            # A sentence that tells the claim and gives one day gives it the claim's day,
            # however far apart the day and the words that match stand in it.
            whole = (
                w.coverage >= SOLE_DAY_COVERAGE
                and len(day_times) == 1
                and sum(_day_of(x) is not None for x in own_times) == 1
            )
            for x in view.analysis(w.doc_id).times:
                x_day = _day_of(x)
                if not (w.start <= x.start < w.end):
                    continue
                if _dateline_day(view, w.doc_id, x, x_day, of_words=t.anchor in SPEECH_CUES):
                    continue
                if _hour(t.text) is not None and _hour(t.text) == _hour(x.text):
                    # "It derailed shortly after 1 a.m.": the claim's own moment, told; a
                    # day elsewhere ("On 5 July the train was parked") is another moment
                    confirmed |= (
                        x_day is None or c_day is None or _same_day(t, c_day, x_day, article_day)
                    )
                if (
                    x_day is None
                    and x.kind == "since"
                    and c_day is not None
                    and x.begin == c_day.isoformat()
                ):
                    # "since the start of the pause on October 18": the claim's own day
                    confirmed = True
                if x_day is None or other_occasion(c_day, x_day):
                    continue
                if _claims_other_day(draft, t, x):
                    continue
                if _other_happening(t, x, draft.times):
                    continue  # "closed on 15 August" is not dated by "will resume on 29 August"
                if (
                    t.anchor in SPEECH_CUES
                    and x.anchor
                    and stem(x.anchor) in _DEATH_VERBS
                    and c_day is not None
                    and x_day < c_day
                ):
                    continue  # "was announced on January 11" against "died on Thursday"
                if _other_verb(t, x) and _dated_from(w.text, t.anchor):
                    # "resigned on Wednesday, a day after 25,000 people marched": the day
                    # is the resignation's; the claim's happening is told from it
                    continue
                if (
                    text[x.end : x.end + 2] in ("'s", "’s")
                    and (
                        _as_of(draft, t)
                        # "on Friday at a state funeral for victims of Monday's earthquake":
                        # the sentence's own day is the funeral's, the owned one the quake's
                        or any(
                            y is not x
                            and _day_of(y) is not None
                            and text[y.end : y.end + 2] not in ("'s", "’s")
                            # not the day it was told on: "an avalanche set off by
                            # Saturday's earthquake tore through ..., the head of the
                            # association said on Sunday"
                            and y.anchor not in SPEECH_CUES
                            for y in own_times
                        )
                    )
                ):
                    # "By Thursday, the toll had climbed to 272" against "the toll from
                    # Monday's earthquake": the day the count stood, not the quake's
                    continue
                theirs = set(w.terms) if whole else _local_terms(text, x.start, x.end)
                share = len(local & theirs) / len(local)
                # The same clock time ("12 o'clock" / "12:00") names the same moment.
                if _hour(t.text) is not None and _hour(t.text) == _hour(x.text):
                    share += 0.5
                # A source that gives the claim's own day, in words like the claim's,
                # carries it (the day it was told included: "Green said Friday ... and put
                # the cost at"); another day nearby is another moment of the story. Fewer
                # words in common confirm a day than contradict it.
                if (
                    share >= EXPLICIT_DATE_COVERAGE / 2
                    and c_day is not None
                    and _same_day(t, c_day, x_day, article_day)
                ):
                    confirming = max(confirming, share + w.coverage)
                if _statement_time(x, own_times) and t.anchor not in SPEECH_CUES:
                    continue  # "killed late on Saturday, officials said on Sunday"
                if (
                    x.anchor in SPEECH_CUES
                    and not _dismisses_someone(w.text, x.anchor)
                    and x.kind == "weekday"
                    and not x.explicit
                    and t.anchor not in SPEECH_CUES
                    and c_day is not None
                    and 0 < (x_day - c_day).days <= _TOLD_AFTER_DAYS
                ):
                    continue  # "fought on Tuesday" against "..., authorities said on Wednesday"
                if _other_tally(view, draft, t, x, w):
                    continue  # "12 dead by Friday morning", "nine by Wednesday evening"
                if share < EXPLICIT_DATE_COVERAGE:
                    continue
                if best_local is None or share + w.coverage > best_local[0]:
                    best_local = (share + w.coverage, w, x)
        # The claim's own day, in a sentence that matches the claim far less than the one
        # that gives another day ("declared Wednesday a day of mourning" beside "was sworn
        # in on Friday"), is another happening's day, not a confirmation.
        if best_local is not None and confirming >= CONFIRM_SHARE * best_local[0]:
            confirmed = True
        if best_local is not None and not confirmed:
            _, w, x = best_local
            f_day = _day_of(x)
            if (
                c_day is not None
                and f_day is not None
                and _another_day(view, t, x, c_day, f_day, w, article_day)
            ):
                return [_date_distortion(view, t, x, c_day, f_day, w)]
    return _told_before(view, draft, day_times, top)


def _yearless(t: TimeRef) -> bool:
    """A calendar date told without its year ("On September 28"): the year is the
    reader's guess from the article."""
    return t.kind != "weekday" and not _YEAR_RE.search(t.text)


def _year_guessed(t: TimeRef, c_day: date, filed: date) -> bool:
    """A date told without its year ("On September 28") that falls before the filing in
    the filing's own year: the reader's year was guessed, the day may be the source's."""
    if not _yearless(t):
        return False
    try:
        return c_day.replace(year=filed.year) <= filed
    except ValueError:  # 29 February
        return False


def year_distortions(view: CorpusView, draft: ClaimDraft, top: list[Window]) -> list[Distortion]:
    """A year the article gives ("warned in 2005 and again in 2010") that the sentence
    telling the same thing gives otherwise ("in 2005 and again in 2012"), when no other
    close source gives the article's year."""
    moved = _day_in_another_year(view, draft, top)
    if moved:
        return moved
    mine = [
        t
        for t in draft.times
        if t.granularity == "year" and t.explicit and t.begin and not _in_quote(draft, t)
    ]
    if not mine:
        return []
    close = [w for w in top[:3] if w.coverage >= YEAR_COVERAGE]

    def years(w: Window) -> dict[str, TimeRef]:
        return {
            (x.begin or "")[:4]: x
            for x in view.analysis(w.doc_id).times
            if w.start <= x.start < w.end and x.granularity == "year" and x.begin
        }

    claimed = {(t.begin or "")[:4]: t for t in mine}
    given = [(w, years(w)) for w in close]
    if any(set(claimed) <= set(theirs) for _, theirs in given):
        return []
    for w, theirs in given:
        missing = [y for y in claimed if y not in theirs]
        extra = [y for y in theirs if y not in claimed]
        if len(claimed) == len(theirs) and len(missing) == len(extra) == 1:
            t, x = claimed[missing[0]], theirs[extra[0]]
            return [
                Distortion(
                    "date",
                    t.text,
                    x.text,
                    EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                    f"The article gives {t.text!r}; {source_label(view, w.doc_id)} has {x.text!r}.",
                    at=t.start,
                )
            ]
    return []


# How much of a claim a sentence must carry for its years to be the claim's.
YEAR_COVERAGE = 0.6
# ... for its day of the year, told with another year, to be the claim's day.
DAY_YEAR_COVERAGE = 0.35


def _day_in_another_year(
    view: CorpusView, draft: ClaimDraft, top: list[Window]
) -> list[Distortion]:
    """A day the article gives with its year ("on Christmas Eve 2017") that the sentence
    telling the same thing gives in another year ("on Dec. 24, 2016")."""
    out: list[Distortion] = []
    for t in draft.times:
        if t.granularity != "day" or not _YEAR_RE.search(t.text) or _in_quote(draft, t):
            continue
        c_day = _day_of(t)
        if c_day is None:
            continue
        found: tuple[Window, TimeRef] | None = None
        for w in top[:3]:
            if w.coverage < DAY_YEAR_COVERAGE:
                continue
            for x in view.analysis(w.doc_id).times:
                x_day = _day_of(x) if w.start <= x.start < w.end else None
                if x_day is None or not _YEAR_RE.search(x.text):
                    continue
                if x_day == c_day:
                    return []  # a close source gives the claim's very day
                if (x_day.month, x_day.day) == (c_day.month, c_day.day) and found is None:
                    found = (w, x)
        if found is not None:
            w, x = found
            out.append(
                Distortion(
                    "date",
                    t.text,
                    x.text,
                    EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                    f"The article gives {t.text!r}; {source_label(view, w.doc_id)} has "
                    f"{x.text!r}, the same day in another year.",
                    at=t.start,
                )
            )
    return out[:1]


def wrong_weekday_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A date given with a weekday it did not fall on ("Tuesday, November 28" for a
    Monday), where the evidence gives that day: the day is told wrong, whichever half a
    reader believes."""
    for t in draft.times:
        c_day = _day_of(t)
        if not t.explicit or t.weekday is None or c_day is None or _in_quote(draft, t):
            continue
        if c_day.weekday() == t.weekday:
            continue
        for w in ranked[:TOP_WINDOWS]:
            for x in view.analysis(w.doc_id).times:
                if not w.start <= x.start < w.end or _day_of(x) != c_day:
                    continue
                return [
                    Distortion(
                        "date",
                        t.text,
                        f"{x.text} ({c_day:%A %-d %B %Y})",
                        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                        f"The article calls {c_day:%-d %B %Y} a "
                        f"{_WEEKDAY_NAMES[t.weekday].title()}; it was a {c_day:%A} "
                        f"({source_label(view, w.doc_id)} has {x.text!r}).",
                        at=t.start,
                    )
                ]
    return []


def _earlier_report(view: CorpusView, w: Window, best: Window, c_day: date | None) -> bool:
    """A report filed weeks before the claimed day, where the best source was filed after
    it: the claim's story is the best source's, and the report's days are of an earlier
    happening (a blast on the same line five months before)."""
    filed = view.document(w.doc_id).published_date
    best_filed = view.document(best.doc_id).published_date
    return bool(
        c_day
        and filed
        and best_filed
        and best_filed >= c_day
        and (c_day - filed).days > _EARLIER_REPORT_DAYS
    )


# Days before the claimed day beyond which a report tells an earlier happening.
_EARLIER_REPORT_DAYS = 30


def _telling_the_verb(view: CorpusView, top: list[Window], t: TimeRef) -> list[Window]:
    """The other sentences of the best documents that tell the claim's dated verb ("He
    appeared in court on Wednesday" against "made a brief court appearance on Tuesday
    morning", four sentences into the report)."""
    verb = stem(t.anchor) if t.anchor else ""
    if len(verb) < 4:
        return []
    seen = {(w.doc_id, w.index) for w in top}
    found: list[Window] = []
    for doc_id in dict.fromkeys(w.doc_id for w in top):
        text = view.document(doc_id).text
        for i, (start, end) in enumerate(view.sentences(doc_id)):
            if (doc_id, i) in seen or verb not in text[start:end].lower():
                continue
            x = view.window(doc_id, i)
            if x is not None:
                found.append(x)
            if len(found) == VERB_SENTENCES:
                return found
    return found


# Sentences of the best documents, beyond the best ones, read for the day of the verb.
VERB_SENTENCES = 3


def _told_before(
    view: CorpusView, draft: ClaimDraft, times: list[TimeRef], top: list[Window]
) -> list[Distortion]:
    """A happening the article dates after a source had already told it as done: "made
    landfall on Thursday, 26 October" against a bulletin filed on the 25th saying the
    storm "made landfall". A source filed before the claim's day, anywhere on earth,
    cannot report it. The source may tell it in any sentence of the claim's best
    documents, with the claim's names and its verb, done, with the word after it."""
    names = set(terms(" ".join(claim_names(draft))))
    if not names:
        return []
    docs = list(dict.fromkeys(w.doc_id for w in top[:3]))
    words = list(WRITTEN_WORD_RE.finditer(draft.text))
    # Each document's sentences that name the claim's people and tell nothing to come,
    # with their words as written: read once for all the claim's days.
    telling: dict[str, list[tuple[Window, str]]] = {}

    def told_in(doc_id: str) -> list[tuple[Window, str]]:
        if doc_id not in telling:
            windows = (view.window(doc_id, i) for i in range(len(view.sentences(doc_id))))
            telling[doc_id] = [
                (w, " ".join(m.group(0) for m in WRITTEN_WORD_RE.finditer(w.text)).lower())
                for w in windows
                if w is not None and names & set(w.terms) and not _FUTURE_RE.search(w.text)
            ]
        return telling[doc_id]

    for t in times:
        c_day = _day_of(t)
        if c_day is None or not t.anchor:
            continue
        if t.kind == "weekday" and not t.explicit and not _WEEK_SAID_RE.search(t.text):
            continue  # a bare "on Tuesday" may be any Tuesday before (see _same_day)
        verb = stem(t.anchor)
        done = {
            f"{a.group(0)} {b.group(0)}".lower()
            for a, b in zip(words, words[1:], strict=False)
            if (stem(a.group(0)) == verb or _IRREGULAR_PAST.get(a.group(0).lower()) == t.anchor)
            and a.group(0).lower() != t.anchor.lower()
            and not a.group(0).lower().endswith("ing")
        }
        if not done:
            continue
        for doc_id in docs:
            filed = _filed_by(view.document(doc_id).published)
            if filed is None or c_day <= filed or _year_guessed(t, c_day, filed):
                continue
            for w, said in told_in(doc_id):
                if not any(d in said for d in done):
                    continue
                return [_out_before(view, t, c_day, w, "it", "reported it")]
    return []


_FUTURE_RE = re.compile(
    r"\b(?:will|would|expected to|forecast to|set to|likely to|could|may|might)\b", re.I
)
# Irregular past forms whose stem is not their verb's.
_IRREGULAR_PAST = {
    "made": "make", "struck": "strike", "hit": "hit", "fell": "fall", "took": "take",
    "broke": "break", "began": "begin", "sank": "sink", "shook": "shake", "swept": "sweep",
    "came": "come", "went": "go", "left": "leave", "rose": "rise", "froze": "freeze",
}  # fmt: skip


def _filed_by(published: str | None) -> date | None:
    """The latest calendar day anywhere on earth at the moment a document was filed: its
    instant at UTC+14 when it gives one, else the day after its date."""
    found = _moment(published)
    if found is None:
        return None
    moment, exact = found
    return (moment + timedelta(hours=14)).date() if exact else moment.date() + timedelta(days=1)


# How much of a claim a sentence of the best source must share to date its happening.
LEAD_COVERAGE = 0.1
# A sentence giving the claim's own day confirms it when it matches the claim at least
# this share as well as the best sentence giving another day.
CONFIRM_SHARE = 0.6
# How much of a claim a sentence with a single day must carry for the day to be the claim's.
SOLE_DAY_COVERAGE = 0.5


# ... and "in the 24 hours to Thursday morning": a count over a span that ends then
_CUTOFF_RE = re.compile(
    r"\b(?:by|as\s+of|up\s+to|until|till|(?:hours|days|week|weeks)\s+to)\s+(?:the\s+)?$", re.I
)


def _other_tally(view: CorpusView, draft: ClaimDraft, t: TimeRef, x: TimeRef, w: Window) -> bool:
    """Two counts each made up to a moment ("had counted 12 dead by Friday morning",
    "nine killed by Wednesday evening") that differ: a later tally, not the same one
    moved to another day."""
    text = view.document(w.doc_id).text
    before_claim = draft.text[max(0, t.start - draft.start - 12) : t.start - draft.start]
    figures = [g for g in view.analysis(w.doc_id).figures if w.start <= g.start < w.end]
    # "the death toll, put at 53 on Friday evening": a count stamped with its moment
    stamped = any(0 <= x.start - g.end <= _STAMP_REACH for g in figures)
    if not (
        _CUTOFF_RE.search(before_claim)
        and (stamped or _CUTOFF_RE.search(text[max(0, x.start - 12) : x.start]))
    ):
        return False
    # "By Sunday ... 3,115 cases, and by Monday ... 3,342": each tally is its own moment's
    days = [y for y in draft.times if _day_of(y) is not None]
    mine = {f.value for f in draft.figures if f.value is not None and _moment_of(f, days, t) is t}
    theirs = {g.value for g in figures if g.value is not None}
    return bool(mine) and bool(theirs) and not mine & theirs


def _claims_other_day(draft: ClaimDraft, t: TimeRef, x: TimeRef) -> bool:
    """Whether the source's day is one the claim gives something else: "By Monday, 151 had
    died since the first eruption on October 26" against "since the first eruption on 26
    October" tells the eruption's day, not another for Monday's count."""
    x_day = _day_of(x)
    return x_day is not None and any(
        # ... of the same happening: "convened the council on Sunday and declared Monday a
        # day of mourning" against a decree naming the Sunday is the mourning's day moved
        y is not t and _day_of(y) == x_day and y.anchor == x.anchor
        for y in draft.times
    )


def _moment_of(f: Figure, days: list[TimeRef], default: TimeRef) -> TimeRef:
    """The day a figure of the claim was counted on: the one on its own verb ("had raised
    the number to 62 by Monday, and on Friday said 99"), else the nearest."""
    own = [y for y in days if f.predicate and y.anchor == f.predicate]
    return own[0] if own else min(days, key=lambda y: abs(y.start - f.start), default=default)


# How far before its moment a count may stand to be stamped with it ("53 on Friday").
_STAMP_REACH = 5


def _counted_from_event(
    view: CorpusView, draft: ClaimDraft, windows: list[Window], t: TimeRef, c_day: date
) -> Distortion | None:
    """The happening counted from the same event by both, by other counts: "arrived the
    day after the crash" against "arrived four days after the disaster". The source need
    not date the event: the article's own day for it, less its count, is the event's."""
    claimed = event_offset(t.text)
    if claimed is None:
        return None
    happening = _happening(t.anchor or "")
    # names by their first letters: "Burkhart" is the claim's spelling of "Burkhardt"
    names = {n[:5] for n in terms(" ".join(claim_names(draft)))}
    for w in windows:
        if w.coverage < LEAD_COVERAGE or (names and not names & {x[:5] for x in w.terms}):
            continue
        for x in view.analysis(w.doc_id).times:
            if not (w.start <= x.start < w.end) or _day_of(x) is not None:
                continue
            if not x.anchor or _happening(x.anchor) != happening:
                continue
            found = event_offset(x.text)
            if found is None or found[0] <= claimed[1] and claimed[0] <= found[1]:
                continue
            event = c_day - timedelta(days=claimed[0])
            return _date_distortion(view, t, x, c_day, event + timedelta(days=found[0]), w)
    return None


def _windows_with_the_count(
    view: CorpusView, draft: ClaimDraft, told: list[Window]
) -> list[Window] | None:
    """The told windows that give a count the claim gives, or None where the claim gives
    none or no window does: then a window without it says nothing of whose statement
    the claim is."""
    # counts, not measures: "the 1,584-metre volcano" tells nothing of whose statement the
    # claim is
    mine = {
        f.value
        for f in draft.figures
        if f.value is not None and f.counted_class and not is_measure(f)
    }
    if not mine:
        return None
    found = [
        w
        for w in told
        if mine
        & {
            g.value
            for g in view.analysis(w.doc_id).figures
            if w.start <= g.start < w.end and g.value is not None
        }
    ]
    return found or None


# A death is told after it: its day is not the day it was announced.
_DEATH_VERBS = frozenset(stem(w) for w in "die died perish perished succumb succumbed".split())


def _other_verb(t: TimeRef, y: TimeRef) -> bool:
    """Whether a source's day is tied to another verb than the claim's: neither a word of
    speaking beside one nor the same happening."""
    if not (t.anchor and y.anchor) or _happening(y.anchor) == _happening(t.anchor):
        return False
    return not (t.anchor in SPEECH_CUES and y.anchor in SPEECH_CUES)


def _happening_days(
    view: CorpusView, windows: list[Window], anchor: str
) -> list[tuple[Window, TimeRef, date]]:
    """The days the windows give the claim's happening: times on the same verb, or one
    telling it in other words."""
    happening = _happening(anchor)
    return [
        (w, x, day)
        for w in windows
        for x in view.analysis(w.doc_id).times
        if w.start <= x.start < w.end
        and x.anchor
        and (_happening(x.anchor) == happening or _told_when(view, w, x, anchor))
        and (day := _day_of(x)) is not None
        and not _dateline_day(view, w.doc_id, x, day, of_words=anchor in SPEECH_CUES)
    ]


def _told_when(view: CorpusView, w: Window, x: TimeRef, anchor: str) -> bool:
    """A day on the verb of a clause that tells when the happening was: "were killed when
    lightning struck ... on Wednesday" dates the killing."""
    verb = stem(anchor)
    if len(verb) < 3:
        return False
    before = view.document(w.doc_id).text[w.start : x.start]
    if re.search(rf"\b{re.escape(verb)}\w*\b[^.;]{{0,60}}?\bwhen\b", before, re.I):
        return True
    # "its staff discovered that part of the dam had been swept away at around 9 p.m. on
    # Sunday": what was found, dated as it was found (not what was said: a statement's
    # "that" clause has days of its own)
    return anchor not in SPEECH_CUES and (
        re.search(rf"\b{re.escape(verb)}\w*\s+that\b[^.;]{{0,100}}$", before, re.I) is not None
    )


def _dateline_day(
    view: CorpusView, doc_id: str, x: TimeRef, day: date | None, *, of_words: bool = False
) -> bool:
    """A dateline's day ("AQABA, June 28 (Petra) -") where its lead gives the happening
    another ("on Monday night visited"): when the report was filed, not when what it tells
    happened. A statement's dateline with no other day is the day of its words."""
    if x.start >= DATELINE_CHARS or day is None:
        return False
    if not after_dateline_place(view.document(doc_id).text, x.start, x.end):
        return False
    lead = view.window(doc_id, view.sentence_index(doc_id, x.start))
    # ... or gives the day of its words ("..., Phiyega said on Friday"): the day it tells
    # was spoken on, not what it was spoken of (``of_words``: the claim dates words too)
    return lead is not None and any(
        y is not x
        and lead.start <= y.start < lead.end
        and _day_of(y) is not None
        and (_day_of(y) != day or y.anchor in SPEECH_CUES and not of_words)
        for y in view.analysis(doc_id).times
    )


def _another_day(
    view: CorpusView,
    t: TimeRef,
    x: TimeRef,
    c_day: date,
    f_day: date,
    w: Window,
    published: date | None = None,
) -> bool:
    """Whether the source's day for the happening is not the claim's."""
    filed = view.document(w.doc_id).published_date
    return (
        not _same_day(t, c_day, f_day, published)
        and not _same_weekday_named(t, x, c_day, filed)
        and not _planned_weekday(view, x, c_day, filed, w)
    )


def _planned_weekday(
    view: CorpusView, x: TimeRef, c_day: date, filed: date | None, w: Window
) -> bool:
    """A bare weekday a source gives a plan ("was due to reopen on Tuesday") is the one
    coming after it was filed, when that is the claim's day."""
    if x.kind != "weekday" or x.explicit or filed is None or not 0 < (c_day - filed).days <= 7:
        return False
    day = _weekday_named(x)
    if day is None or _WEEKDAY_NAMES.index(day) != c_day.weekday():
        return False
    text = view.document(w.doc_id).text
    return _PLANNED_RE.search(text, max(0, x.start - 40), x.start) is not None


_PLANNED_RE = re.compile(
    r"\b(?:due|scheduled|set|expected|planned|planning|plans|going)\s+to\b"
    r"|\b(?:scheduled|planned|set)\s+for\b|\bwill\b",
    re.I,
)


def _same_weekday_named(t: TimeRef, x: TimeRef, c_day: date | None, filed: date | None) -> bool:
    """Whether a source's bare weekday is the very weekday the claim names, on the day
    after the source was filed: "early on Saturday" in a report dated the Friday before
    (filed late, by another clock) is the claim's "Saturday, 14 April", whichever Saturday
    counting back from the filing day makes of it."""
    if x.kind != "weekday" or x.explicit or c_day is None or filed is None:
        return False
    if not 0 <= (c_day - filed).days <= 1:
        return False
    day = _weekday_named(x)
    return day is not None and day in t.text.lower()


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_named(x: TimeRef) -> str | None:
    """The weekday a time phrase names, in lower case."""
    return next((d for d in _WEEKDAY_NAMES if d in x.text.lower()), None)


_AS_OF_RE = re.compile(r"\b(?:by|as of|as at|as on)\s+$", re.I)


def _as_of(draft: ClaimDraft, t: TimeRef) -> bool:
    """A day a count stood at ("By Thursday, the toll had climbed to 272")."""
    at = t.start - draft.start
    return bool(_AS_OF_RE.search(draft.text, max(0, at - 8), at))


# A happening the claim dates this many days before a source's day of telling it may
# well have come first: the telling's day does not contradict it.
_TOLD_AFTER_DAYS = 3


def _dismisses_someone(sentence: str, anchor: str) -> bool:
    """Whether a verb that may tell words ("dismissed the reports") tells an act done to
    someone here: "dismissed Interior Minister Lotfi Brahem on Wednesday"."""
    if anchor != "dismiss":
        return False
    for m in re.finditer(rf"\b{anchor}\w*\s+(?:(?:the|his|her|its|their)\s+)?(\w+)", sentence):
        word = m.group(1)
        if word[:1].isupper() or word.lower() in ROLE_NOUNS:
            return True
    return False


def _statement_time(x: TimeRef, times: list[TimeRef]) -> bool:
    """A time that dates the telling, beside another that dates the event ("killed late on
    Saturday, officials said on Sunday"); alone, a time on a speech verb may be the
    event's as well."""
    return x.anchor in SPEECH_CUES and any(
        y.anchor and y.anchor not in SPEECH_CUES and _day_of(y) is not None for y in times
    )


_TIME_WORDS = frozenset(
    stem(w)
    for w in "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december morning evening night dawn early late day week month year "
    "o'clock today yesterday "
    # feast days name a day too ("on Easter Sunday", "on Christmas Eve")
    "easter christmas eve".split()
)


_HOUR_RE = re.compile(r"\b(\d{1,2})(?::\d\d|\s*o'clock|\s*[ap]\.?m\b)", re.I)


def _hour(text: str) -> int | None:
    m = _HOUR_RE.search(text)
    return int(m.group(1)) if m else None


def _same_frame(draft: ClaimDraft, f: Figure, source: str, g: Figure) -> bool:
    """Whether two spans of time sit in the same words: "opened for the first time in 40
    years" and "the first time in 26 years that the shutters have been opened"."""
    mine = _local_terms(draft.text, f.start - draft.start, f.end - draft.start, FRAME_REACH)
    theirs = _local_terms(source, g.start, g.end, FRAME_REACH)
    # "asked for 40 years" and "the 30 years prosecutors had requested": one request
    mine = {_FRAME_WORDS.get(t, t) for t in mine}
    theirs = {_FRAME_WORDS.get(t, t) for t in theirs}
    return len(mine & theirs) >= FRAME_SHARED


# Words of one act in a span of time's frame, as one: a term asked for, however put.
_FRAME_WORDS = {t: "ask" for t in terms("requested sought seek seeking demanded")}


# Characters either side of a span of time read as its frame, and the words two frames must
# share to be one.
FRAME_REACH = 30
FRAME_SHARED = 2


# A non-restrictive relative clause set off by commas: an aside about who it tells of.
_ASIDE_RE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*,")


def _with_word_before(text: str, start: int, end: int) -> str | None:
    """A rung with the word before it, lower-cased ("recommended charges"); None where a
    stop word, an adverb or punctuation stands before it."""
    m = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 30) : start])
    if m is None or not terms(m.group(1)) or m.group(1).lower().endswith("ly"):
        return None  # "completely destroyed": the adverb is the rung's own measure
    return f"{m.group(1)} {text[start:end]}".lower()


def _local_terms(text: str, start: int, end: int, reach: int = 60) -> set[str]:
    """The words near a time phrase, without the time words themselves."""
    lo = max(0, start - reach)
    hi = min(len(text), end + reach)
    # whole words only: "extinguished" cut to "nguished" is no word the other frame has
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    # "Ponta, who was already on trial ..., resigned on Thursday": an aside about the
    # subject tells nothing of the moment
    near = text[lo:hi]
    # an aside holds no full stop or semicolon: those around the window bound the search
    first = max(text.rfind(".", 0, lo), text.rfind(";", 0, lo), 0)
    stops = [i for i in (text.find(".", hi), text.find(";", hi)) if i >= 0]
    for m in _ASIDE_RE.finditer(text, first, min(stops, default=len(text))):
        if (m.end() <= start or m.start() >= end) and m.start() < hi and m.end() > lo:
            a, b = max(m.start(), lo) - lo, min(m.end(), hi) - lo
            near = near[:a] + " " * (b - a) + near[b:]
    return {
        x for x in terms(near) if x not in _TIME_WORDS and not x[:1].isdigit() and x not in KEEP
    }


def _in_quote(draft: ClaimDraft, t: TimeRef) -> bool:
    return _quoted_at(draft, t.start)


def _quoted_at(draft: ClaimDraft, at: int) -> bool:
    """Whether a place in the claim is inside words it quotes (a quote's "tonight" is the
    night it was said)."""
    return any(
        a.kind == "direct" and a.content.start <= at < a.content.end for a in draft.attributions
    ) or any(m.start() < at - draft.start < m.end() for m in _QUOTED_RUN_RE.finditer(draft.text))


_QUOTED_RUN_RE = re.compile(r"[\"“][^\"“”]{1,300}[\"”]")


# -- names -------------------------------------------------------------------------------


def name_distortions(view: CorpusView, draft: ClaimDraft, ranked: list[Window]) -> list[Distortion]:
    out = []
    docs = []
    for w in ranked[:TOP_WINDOWS]:
        if w.doc_id not in docs:
            docs.append(w.doc_id)
    # Each document's named people, tagged or found only as speakers, read once per claim.
    named: dict[str, list[PersonMention]] = {}
    for person in _distinct(draft.persons + _speaker_mentions(draft.attributions)):
        claimed = parse_person(person.name)
        as_written = parse_person(person.text)
        if claimed.given and not as_written.given and as_written.surname:
            # "Patel" after "Perry Manshuk Patel": the sentence writes the surname alone,
            # and only what it writes can be misspelt in it
            person = replace(person, name=as_written.surname)
            claimed = parse_person(person.name)
        if not claimed.surname or len(claimed.surname) < 3 or _is_place(person.name):
            continue  # "Kyiv's partners": a city, whatever its other spellings
        best: tuple[float, PersonMention, str] | None = None
        spelled_right = surname_right = False
        given_garble: tuple[PersonMention, str] | None = None
        # The documents of the claim's evidence, and any that name someone whose name
        # sounds alike (the person index), wherever they rank.
        indexed = [
            m.doc_id for m in view.store.find_mentions("person", person_keys(person.name), limit=50)
        ]
        for doc_id in docs + [
            d for d in dict.fromkeys(indexed) if d not in docs and d not in view.exclude_ids
        ]:
            if doc_id not in named:
                analysis = view.analysis(doc_id)
                named[doc_id] = analysis.persons + _speaker_mentions(analysis.attributions)
            for p in named[doc_id]:
                m = match_persons(person.name, p.name)
                found = parse_person(p.name)
                # Only a spelling a source uses vouches for the name: another
                # transliteration (Rudskoy for Rudskoi) that no source writes is a change.
                if m.same_spelling or article_dropped(claimed.surname or "", found.surname or ""):
                    if claimed.given and found.given and _given_garbled(claimed.given, found.given):
                        # "Laxman Prasad Dhakal" for "Laxmi Prasad Dhakal": the given name.
                        given_garble = given_garble or (p, doc_id)
                        continue
                    if claimed.given and not found.given:
                        surname_right = True  # "Dhakal said": the surname only
                        continue
                    if claimed.given and found.given and not m.same_person:
                        continue  # "Mizanur Rahman": another person of the surname
                    spelled_right = True
                    break
                if _plural_of(
                    claimed.surname, found.surname or "", view.document(doc_id).text[p.end :]
                ):
                    continue
                score = surname_similarity(claimed.surname, found.surname)
                # given names agree as written or as transliterations (Lyudmila/Lyudmyla)
                given_agrees = bool(
                    claimed.given
                    and found.given
                    and match_persons(claimed.given, found.given).same_person
                )
                surnames = _two_surnames(claimed.given, p.name)
                if surnames:
                    # "Gerardo Antonio Aguilar Ramirez": a father's surname and a mother's,
                    # either of which the article may give
                    if claimed.surname in surnames:
                        spelled_right = True
                        break
                    score = max(surname_similarity(claimed.surname, x) for x in surnames)
                    given_agrees = True
                role_agrees = bool(
                    person.role and p.role and len(_words(person.role) & _words(p.role)) >= 2
                )
                if m.same_person or (score >= NAME_VARIANT and (given_agrees or role_agrees)):
                    if best is None or score > best[0]:
                        best = (score, p, doc_id)
            if spelled_right:
                break
        if spelled_right:
            continue
        if given_garble is not None:
            p, doc_id = given_garble
        elif surname_right:
            continue
        elif best is None:
            texts = [(d, view.document(d).text) for d in docs]
            written = _written_variant(claimed, texts)
            if written is None and claimed.given and not _spelled_in(claimed, texts):
                # a statement names its author in its title only ("Statement by the
                # Humanitarian Coordinator, Jamie McGoldrick"): its opening carries it
                titled = _written_variant(
                    claimed, [(d, view.document(d).title or "") for d in docs]
                )
                if titled is not None:
                    written = (replace(titled[0], start=0, end=0), titled[1])
            if written is None:
                continue
            p, doc_id = written
        else:
            _, p, doc_id = best
        win = view.window(doc_id, view.sentence_index(doc_id, p.start))
        start, end = (win.start, win.end) if win else (p.start, p.end)
        out.append(
            Distortion(
                "name",
                person.text,
                p.text,
                EvidenceRef(doc_id, start, end, "disagree"),
                f"The article spells the name {person.text!r}; {source_label(view, doc_id)} has {p.text!r}.",
                at=person.start,
            )
        )
    return out


def _two_surnames(given: str | None, name: str) -> list[str]:
    """The two surnames after the claim's given names ("Gerardo Antonio" of "Gerardo
    Antonio Aguilar Ramirez"), where the source gives two."""
    if not given:
        return []
    words, mine = name.split(), given.split()
    rest = words[len(mine) :]
    return rest if words[: len(mine)] == mine and len(rest) == 2 else []


_NOUN_AFTER_RE = re.compile(r"\s+[a-z]+s\b")


def _plural_of(claimed: str, found: str, after: str) -> bool:
    """Whether the claim's name is the source's in the plural, where the source uses it to
    name a kind of thing ("Black Hawk helicopters"): things the tagger took for a person,
    not a misspelt surname ("Glass" for "Glas said" is one)."""
    a, b = claimed.lower(), found.lower()
    return len(b) >= 3 and a in (b + "s", b + "es") and bool(_NOUN_AFTER_RE.match(after))


# A given name and surname, with a nickname in quotation marks between them or not.
_FULL_NAME_RE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[\"“][A-Z][\w'’-]*[\"”]\s+)?([A-Z][\w'’-]+)\b")


def _spelled_in(claimed: PersonName, texts: list[tuple[str, str]]) -> bool:
    """Whether any of the texts writes the claim's surname as the claim does."""
    own = re.compile(rf"\b{re.escape(claimed.surname)}\b")
    return any(own.search(text) for _, text in texts)


def _written_variant(
    claimed: PersonName, texts: list[tuple[str, str]]
) -> tuple[PersonMention, str] | None:
    """The name as the evidence writes it where the tagger found no person there ("the
    chief executive of Autostrade, Giovanni Castellucci, said"): a given name and surname
    in the text that are the claim's, spelled otherwise. The claim's own spelling anywhere
    in those documents vouches for it."""
    if not claimed.given or not claimed.surname or _spelled_in(claimed, texts):
        return None
    best: tuple[float, PersonMention, str] | None = None
    for doc_id, text in texts:
        for m in _FULL_NAME_RE.finditer(text):
            given, surname = m.group(1), m.group(2)
            if _plural_of(claimed.surname, surname, text[m.end() :]):
                continue  # "Black Hawks" for "Black Hawk helicopters": things, not a person
            first = claimed.given.split()[0]  # "Lalzawmi" of 'Lalzawmi "Zomi"'
            if given != first and not match_persons(claimed.given, given).same_person:
                continue
            score = surname_similarity(claimed.surname, surname)
            # the very given name, and a surname that opens as the claim's does
            # ("Lalzawmi Frankham" for "Lalzawmi Frankcom"): a garble, if less alike
            kept = given == first and surname[:4].lower() == claimed.surname[:4].lower()
            bar = WRITTEN_GARBLE_SIMILARITY if kept else WRITTEN_NAME_SIMILARITY
            if score >= bar and (best is None or score > best[0]):
                mention = PersonMention(m.start(), m.end(), m.group(0), m.group(0), None)
                best = (score, mention, doc_id)
    return None if best is None else (best[1], best[2])


# A surname written in the evidence's text, not tagged, must sound this close to the
# claim's to be its spelling: no tag or role vouches for the pair.
WRITTEN_NAME_SIMILARITY = 0.75
WRITTEN_GARBLE_SIMILARITY = 0.6


def _speaker_mentions(attributions: Iterable[Attribution]) -> list[PersonMention]:
    """Speakers named in a source that the model tagged no person in ("Public prosecutor
    H.S. Panchal told the court"), as mentions of their own."""
    out = []
    for att in attributions:
        if att.source is None or att.speaker_kind != "person" or att.resolved_by != "name":
            continue
        name = att.speaker or ""
        at = att.source.text.rfind(name)
        if at < 0 or not name:
            continue
        start = att.source.start + at
        out.append(PersonMention(start, start + len(name), name, name, att.role))
    return out


def _distinct(persons: Iterable[PersonMention]) -> list[PersonMention]:
    """One mention per name and per stretch of text (a tagged name and the same speaker)."""
    seen: set[str] = set()
    out: list[PersonMention] = []
    for p in persons:
        if p.name in seen or any(q.start < p.end and p.start < q.end for q in out):
            continue
        seen.add(p.name)
        out.append(p)
    return out


def _words(text: str) -> set[str]:
    return {t for t in terms(text) if len(t) > 2}


# -- exaggeration ------------------------------------------------------------------------


def _exaggeration_anchor(draft: ClaimDraft, offset: int, scale: str) -> int:
    """Where an inflated word sits: a request inside the statement (its cue or content),
    the content as a whole; anything else, the word itself."""
    at = draft.start + offset
    main = draft.main
    if (
        scale == "request"
        and main is not None
        # a passive "were ordered to flee" has no one asking: the sentence is the claim
        and main.speaker_kind != "other"
        and (main.cue.start <= at < main.cue.end or main.content.start <= at < main.content.end)
    ):
        # The request verb is the cue ("demanded convening ..."): what it asks for is the content.
        return main.content.start
    return at


_DENIAL_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(NEGATORS | {'denied', 'deny', 'denies'}))})\b|n't\b", re.I
)


_NOT_MEANING_RE = re.compile(
    r"\b(?:(?:do|does|did|is|are|was|were)\s+not|(?:do|does|did|is|are|was|were)n[’']t)\s+"
    r"(?:mean|imply|indicate|suggest|signify|equal)(?:s|ed)?\s+(?:that\s+)?$",
    re.I,
)


def _count_denied(text: str, at: int) -> bool:
    """A figure the sentence says is not so: "this does not mean that 50 people are
    missing"."""
    clause = re.split(r"[.;:!?]", text[max(0, at - 80) : at])[-1]
    return bool(_NOT_MEANING_RE.search(clause))


def _denied(text: str, at: int) -> bool:
    """A scale word under a negation a few words before it."""
    # "no one had been arrested or charged": the negation reaches across a list, not
    # across a clause
    clause = re.split(r"[,;:]|\bbut\b", text[:at])[-1]
    # A request turned down reaches to its end: "rejecting the prosecutors' request that
    # he be kept in prison".
    return bool(_DENIAL_RE.search(" ".join(clause.split()[-6:])) or _TURNED_DOWN_RE.search(clause))


_TURNED_DOWN_RE = re.compile(
    r"\b(?:reject(?:ing|ed|s)?|refus(?:ing|ed|es)|turn(?:ing|ed|s)? down|instead of|rather than|"
    # "a preliminary step that can lead to a criminal case": where it may go, not where
    # it is
    r"short of|(?:can|could|may|might) (?:lead|result) (?:to|in))\b",
    re.I,
)


# Days before the best source beyond which a report is of an earlier story.
_EARLIER_STORY_DAYS = 365


# Scales whose higher rung is a formal act of its own, whatever sentence tells it.
_TOLD_ANYWHERE = frozenset({"mourning"})


def exaggeration_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window], published: date | None = None
) -> list[Distortion]:
    """The claim sits higher on an intensity scale than its evidence.

    The evidence sentence is the one that differs on the most scales; ties go to the
    actor's own document (a ministry's statement for what the ministry asked for), then
    to the sentence carrying more of the claim.
    """
    claim_terms = set(terms(draft.text))
    # The words around each scale word: a long sentence may be about something else
    # until the clause that inflates ("..., and the council called an emergency summit").
    local: set[str] = set()
    claim_hits = scale_hits(draft.text)
    for hit in claim_hits:
        local |= _local_terms(draft.text, hit.start, hit.end)
    # A rung that the claim's closest evidence itself reaches is no exaggeration, whatever
    # a looser sentence elsewhere says ("MSF demands an investigation" against the
    # "fact-finding commission" another report mentions).
    closest = max((w.coverage for w in ranked[:TOP_WINDOWS]), default=0.0)
    reached: dict[str, int] = {}
    # ... nor what the closest evidence's own document says a sentence on, among the
    # claim's best matches ("raised the toll to 2,975" and, next, "I am ordering that ...").
    own = {w.doc_id for w in ranked[:TOP_WINDOWS] if w.coverage >= CLOSEST_SHARE * closest}

    # Where a close sentence carries every figure of the claim ("between 20 and 30
    # kilometres"), one without them tells of something else ("within 20 kilometres").
    def ends(figures: Iterable[Figure]) -> set[float]:
        return {
            x
            for f in figures
            if f.kind != "year"
            for x in (f.value, f.low, f.high)
            if x is not None and x != float("inf")
        }

    counts = ends(draft.figures)

    def carries_counts(w: Window) -> bool:
        analysis = view.analysis(w.doc_id)
        return counts <= ends(g for g in analysis.figures if w.start <= g.start < w.end)

    close = [w for w in ranked[:TOP_WINDOWS] if w.coverage >= CLOSEST_SHARE * closest]
    by_counts = len(counts) > 1 and any(carries_counts(w) for w in close)
    # A report filed long before the claim's best source tells an earlier story ("railway
    # workers charged" after another crash, two years before): its rungs are not this one's.
    best_filed = view.document(ranked[0].doc_id).published_date if ranked else None

    def earlier_story(w: Window) -> bool:
        filed = view.document(w.doc_id).published_date
        return bool(best_filed and filed and (best_filed - filed).days > _EARLIER_STORY_DAYS)

    # the rungs each sentence reaches, read once ("He did not announce any arrests" reaches
    # none)
    rungs: dict[int, list[ScaleHit]] = {}

    def reached_in(w: Window) -> list[ScaleHit]:
        if id(w) not in rungs:
            rungs[id(w)] = [h for h in scale_hits(w.text) if not _denied(w.text, h.start)]
        return rungs[id(w)]

    for w in ranked[:TOP_WINDOWS]:
        near = not (by_counts and not carries_counts(w) or earlier_story(w)) and (
            w.coverage >= CLOSEST_SHARE * closest
            or w.doc_id in own
            and w.score >= CLOSEST_SHARE * ranked[0].score
        )
        for h in reached_in(w):
            # A formal act any of the claim's evidence tells ("declared national mourning")
            # is no exaggeration for a lesser one a closer sentence tells (the city's own).
            if near or h.scale in _TOLD_ANYWHERE:
                reached[h.scale] = max(reached.get(h.scale, 0), h.rank)
    # ... nor what a sentence says in the words around the rung ("marched through
    # Bucharest demanding" for "marched ... demanding the resignation of ... Ponta").
    for hit in claim_hits:
        around = _local_terms(draft.text, hit.start, hit.end)
        # ... or the rung with the word before it ("recommended charges"), in a sentence on
        # the claim's story that words the rest otherwise
        joined = _with_word_before(draft.text, hit.start, hit.end)
        for w in ranked[:TOP_WINDOWS]:
            if by_counts and not carries_counts(w) or earlier_story(w):
                continue
            shared = len(around & set(w.terms))
            if shared < RUNG_WORDS_SHARE * len(around) and not (
                joined
                and shared >= RUNG_WORDS_SHARE / 2 * len(around)
                and joined in " ".join(w.text.lower().split())
            ):
                continue
            for h in reached_in(w):
                if h.scale == hit.scale:
                    reached[h.scale] = max(reached.get(h.scale, 0), h.rank)
    values = {f.value for f in draft.figures if f.value is not None and f.value > 1}
    names = claim_names(draft)
    # What names the claim's speakers in a source's sentence: a surname, or the title alone
    # in a statement that never gives the name ("The Secretary-General calls for ...").
    speakers = [(a, _speaker_marks(a)) for a in draft.attributions]
    marks = {key: rx for _, own in speakers for key, rx in own}
    # Where a person's reported words hold the rung, what that person is named saying
    # elsewhere is what they are held to ("saying the man had been fired" against "Burkhardt
    # ... said the engineer had been suspended").
    told_by = [
        (a.content.start - draft.start, a.content.end - draft.start, key)
        for a, own in speakers
        for key, _ in own
    ]
    # Who did what the rung tells, named in a sentence with a lower rung of the same scale:
    # that sentence tells the same actor's act ("The US Embassy in Bamako ordered the
    # evacuation" against "The U.S. Embassy in Bamako advised its citizens to shelter").
    actors = {id(h): a for h in claim_hits if len(a := _actor_terms(draft.text, h.start)) >= 2}
    candidates = []
    # Beside the sentences that carry the whole claim, those that carry the clause that
    # inflates: "... addressed the bombing of Mosul, and demanded an extraordinary session"
    # may take its bombing from one report and its demand from another.
    by_clause = (
        sorted(ranked[TOP_WINDOWS:], key=lambda w: -len(local & set(w.terms)))[:TOP_WINDOWS]
        if local
        else []
    )
    # Where the claim's best source was said is in that source, wherever it says so ("These
    # notes were delivered at the regular press briefing"): its sentences that name an
    # occasion are held against an occasion the claim names.
    occasion: list[Window] = []
    if (
        ranked
        and ranked[0].coverage >= OCCASION_COVERAGE
        and any(h.scale == "meeting" for h in claim_hits)
    ):
        top = ranked[0].doc_id
        occasion = [
            x
            for i in range(len(view.sentences(top)))
            if (x := view.window(top, i)) is not None
            and any(h.scale == "meeting" for h in scale_hits(x.text))
        ]
    # ... and those that name the claim's speaker, whose own words the claim retells
    # ("He has also demanded" against "President Akufo-Addo further indicated that he had
    # asked"), however few of the claim's words they share.
    if marks:
        seen = {(x.doc_id, x.index) for x in by_clause}
        by_clause += [
            x
            for x in ranked[TOP_WINDOWS:]
            if (x.doc_id, x.index) not in seen and any(rx.search(x.text) for rx in marks.values())
        ][:TOP_WINDOWS]
    told_at = {(x.doc_id, x.index) for x in occasion}
    others = [
        x
        for x in ranked[:TOP_WINDOWS] + by_clause
        if (x.doc_id, x.index) not in told_at and not earlier_story(x)
    ]
    for w in others + occasion:
        share = len(local & set(w.terms)) / len(local) if local else 0.0
        # The same count ("16 officials arrested" / "16 prosecutors assigned to the
        # investigation") ties a sentence to the claim however few words they share.
        same_count = any(
            g.value in values for g in view.analysis(w.doc_id).figures if w.start <= g.start < w.end
        )
        related = (
            w.coverage >= 0.1
            or share >= EXAGGERATION_LOCAL
            or same_count
            or (w.doc_id, w.index) in told_at
        )
        # The claim's speaker named in the sentence, asking for something: what they asked
        # is theirs to be held to, however little else of the claim the sentence carries.
        named = {key for key, rx in marks.items() if rx.search(w.text)}
        acting = {
            (h.scale, h.start)
            for h in claim_hits
            if id(h) in actors and actors[id(h)] <= set(w.terms)
        }
        if not related and not named and not acting:
            continue
        pairs = [
            (c, f)
            for c, f in exaggerations(draft.text, w.text, _denied)
            if c.rank > reached.get(c.scale, 0)
            and (
                related
                or c.scale == _SPEAKERS_SCALE
                and bool(named)
                or any(lo <= c.start < hi and n in named for lo, hi, n in told_by)
                or (c.scale, c.start) in acting
            )
        ]
        if pairs:
            outlet = view.document(w.doc_id).outlet or ""
            own = set(terms(outlet)) & claim_terms
            affinity = len(own) / max(1, len(set(terms(outlet))))
            # a document of the claim's own story (its places and people) before one of
            # another event that uses the same words
            story = names_share(view, names, w.doc_id)
            # a report out before the article, and one whose rung is not another actor's
            # act ("The king ordered an investigation" against the prime minister's)
            filed = view.document(w.doc_id).published_date
            before = not (published and filed and filed > published)
            actor = _actor_terms(w.text, pairs[0][1].start)
            others_act = (
                bool(marks) and bool(actor) and not any(set(terms(key)) & actor for key in marks)
            )
            candidates.append(
                ((len(pairs), before, story, not others_act, affinity + w.coverage), w, pairs[0])
            )
    if not candidates:
        return []
    _, w, (claimed, found) = max(candidates, key=lambda x: x[0])
    at = draft.start + claimed.start
    # a stronger word inside quotation marks is a changed quote: "We are outraged" for "We
    # are deeply concerned"
    quoted = any(
        a.kind == "direct" and a.content.start <= at < a.content.end for a in draft.attributions
    )
    told = "The quote says" if quoted else "The article says"
    return [
        Distortion(
            "quote" if quoted else "exaggeration",
            claimed.text,
            found.text,
            EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
            f"{told} {claimed.text!r} where the source says {found.text!r} ({claimed.scale}).",
            at=at if quoted else _exaggeration_anchor(draft, claimed.start, claimed.scale),
        )
    ]


def _speaker_marks(a: Attribution) -> list[tuple[str, re.Pattern[str]]]:
    """How a source may name a person who speaks in the claim: by surname, or by the
    title alone with its article ("UN Secretary-General" read as "the Secretary-General")."""
    if not a.speaker or a.speaker_kind != "person":
        return []
    marks = []
    surname = parse_person(a.speaker).surname or ""
    if len(surname) > 2:
        marks.append((surname, re.compile(rf"\b{re.escape(surname)}\b")))
    words = (a.role or "").split()
    while words and words[0].isupper():
        words.pop(0)  # "UN", "US": the body, which a statement of its own leaves out
    title = " ".join(words)
    if len(title) > 5 and title[:1].isupper():
        marks.append((title, re.compile(rf"\b[Tt]he {re.escape(title)}\b")))
    return marks


# A sentence carrying this share of the words around a claim's rung vouches for the
# rungs of its scale it reaches.
RUNG_WORDS_SHARE = 0.5

# A best source carrying this share of the claim tells where the claim's words were said.
OCCASION_COVERAGE = 0.25

# Where an actor's name ends going back from its verb: a clause's edge or a relative word.
_ACTOR_EDGE_RE = re.compile(r"(?:[,;:(—–]|\b(?:that|which|who|and|but|while|after|before|as)\b)")


def _actor_terms(text: str, at: int) -> frozenset[str]:
    """The words of who acts, read back from a rung word to its clause's edge ("The US
    Embassy in Bamako" before "ordered"); empty when more than a name stands there."""
    before = text[:at]
    edges = list(_ACTOR_EDGE_RE.finditer(before))
    head = before[edges[-1].end() :] if edges else before
    words = terms(head)
    if not words or len(head.split()) > 8:
        return frozenset()
    return frozenset(x for x in words if x not in _TIME_WORDS and not x[:1].isdigit())


# The scale of a speaker's own acts of asking: "appealed" to "demanded".
_SPEAKERS_SCALE = "request"


def denial_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """An act the claim tells as done that a sentence carrying the claim says its actor
    did not do: "the regulator grounded the fleet" against "did not ground the planes"."""
    # The denial may follow the sentence that carries the claim ("... ordered inspections
    # of the fleet. The regulator did not ground the planes."): its neighbours are read too.
    windows = {(w.doc_id, w.index): w for w in ranked[:TOP_WINDOWS]}
    for w in ranked[:DENIAL_NEIGHBOURS]:
        for i in (w.index - 1, w.index + 1):
            x = view.window(w.doc_id, i)
            if x is not None:
                windows.setdefault((x.doc_id, x.index), x)
    for w in windows.values():
        for d in denied_acts(draft.text, w.text, _denied):
            return [
                Distortion(
                    "exaggeration",
                    d.claimed,
                    d.found,
                    EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
                    f"The article says {d.claimed!r}; {source_label(view, w.doc_id)} says "
                    f"{d.found!r}.",
                    at=draft.start + d.claimed_start,
                )
            ]
    return []


def untold_act_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A strong act (an arrest, a ban, a grounding) joined to what the sources carry, that
    none of the documents carrying the rest of the sentence tells in any words: made up
    or made bigger from a weaker act."""
    if not ranked or ranked[0].coverage < UNTOLD_ACT_COVERAGE:
        return []  # the sentence's story is not found: nothing to hold the act to
    docs = list(dict.fromkeys(w.doc_id for w in ranked[:TOP_WINDOWS]))

    def read() -> list[str]:
        # Only for a sentence that tells such an act, as few do: a report of another event
        # that shares the topic's words but none of the claim's names ("Mali declared a
        # state of emergency" for Burkina Faso's president) tells another country's act.
        people = [p.name for p in draft.persons] + [
            a.speaker.split(",")[0]
            for a in draft.attributions
            if a.speaker and a.speaker[:1].isupper()
        ]
        names = claim_names(draft) | ({n.split()[-1] for n in people if n.split()} - NOT_NAMES)
        named = [d for d in docs if names_share(view, names, d) > 0] if names else []
        if named:
            docs[:] = named
        return [view.document(d).text for d in docs]

    acts = [a for a in untold_acts(draft.text, read) if not _unnamed_actor(view, draft, a, docs)]
    if not acts:
        return []
    # the sentence that tells what the actor did do ("Widodo pledged the case would be
    # resolved") before the one that best carries the rest
    actors = _act_actors(draft, acts[0])
    w = next(
        (
            x
            for x in ranked[:TOP_WINDOWS]
            if x.doc_id in docs and any(re.search(rf"\b{re.escape(a)}\b", x.text) for a in actors)
        ),
        None,
    ) or next(x for x in ranked if x.doc_id in docs)
    return [
        Distortion(
            "exaggeration",
            act.text,
            f"no {act.kind}",
            EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
            f"The article says {act.text!r}; no source that carries the rest of the sentence "
            f"tells of any {act.kind} ({source_label(view, w.doc_id)} has: {w.text[:160]!r}).",
            at=draft.start + act.start,
        )
        for act in acts[:1]
    ]


def _unnamed_actor(view: CorpusView, draft: ClaimDraft, act: StrongAct, docs: list[str]) -> bool:
    """Whether the person the sentence has doing the act ("President Temer declared three
    days of mourning") is named in none of the documents: nothing they did is told, so
    nothing was made bigger; the claim is unsupported."""
    actors = _act_actors(draft, act)
    return bool(actors) and not any(names_share(view, actors, d) > 0 for d in docs)


def _act_actors(draft: ClaimDraft, act: StrongAct) -> set[str]:
    """The surnames of the people the sentence has doing the act: the speakers of the
    attributions whose cue is the act."""
    start = draft.start + act.start
    end = start + len(act.text)
    return {
        a.speaker.split()[-1]
        for a in draft.attributions
        if a.speaker
        and a.speaker_kind == "person"
        and a.speaker.split()
        and a.cue.start < end
        and start < a.cue.end
    } - NOT_NAMES


# The best evidence must carry this share of a sentence for an act it lacks to be
# held against it.
UNTOLD_ACT_COVERAGE = 0.3


# A sentence with the claim's superlative must carry this share of it for its narrower
# record to be the claim's.
RECORD_COVERAGE = 0.25


def _close_vote(view: CorpusView, draft: ClaimDraft, ranked: list[Window]) -> list[Distortion]:
    """A vote the claim calls a rout, against the close tally of a sentence on it."""
    if not tells_rout(draft.text):
        return []  # cheap first: most claims tell no vote
    # The tally may sit a sentence or two from the one that carries the claim: read the
    # documents of the claim's best evidence for it.
    docs = list(dict.fromkeys(w.doc_id for w in ranked[:3]))
    windows = [
        x
        for doc_id in docs
        for i in range(len(view.sentences(doc_id)))
        if (x := view.window(doc_id, i)) is not None
    ]
    for w in windows:
        found = margin_scope(draft.text, w.text)
        if found is None:
            continue
        claimed, tally = found
        at = draft.start + draft.text.lower().find(claimed.lower())
        return [_scoped(view, w, claimed, tally, f"counts the vote at {tally!r}", at)]
    return []


def _scoped(
    view: CorpusView,
    w: Window,
    claimed: str,
    found: str,
    says: str,
    at: int,
    *,
    quoted: bool = False,
) -> Distortion:
    """An exaggeration of scope, with the evidence sentence that bounds it; inside a
    quotation ("We must stop the sale of all alcohol") a change of the words quoted."""
    return Distortion(
        "quote" if quoted else "exaggeration",
        claimed,
        found,
        EvidenceRef(w.doc_id, w.start, w.end, "disagree"),
        f"The article says {claimed!r}; {source_label(view, w.doc_id)} {says}.",
        at=at,
    )


# How much of a claim a sentence must carry for a part word on another noun to bound it.
SCOPE_OTHER_COVERAGE = 0.3


def _same_story(view: CorpusView, w: Window, best: Window) -> bool:
    """Whether a window's report was filed within a few weeks of the best one's."""
    a = view.document(w.doc_id).published_date
    b = view.document(best.doc_id).published_date
    return a is None or b is None or abs((a - b).days) <= SAME_STORY_DAYS


# Days apart within which two reports tell one story.
SAME_STORY_DAYS = 30


# Measures that have a reach: a law, a ban, an emergency put in place, extended or lifted.
_MEASURE_ACT_RE = re.compile(
    r"\b(?:extend|declar|impos|ban|order|clos|suspend|shut|lift|plac|introduc|enforc|"
    r"prohibit|restrict)\w*\b",
    re.I,
)


def scope_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window]
) -> list[Distortion]:
    """A whole the claim speaks of ("all of its suppliers") where the sentences that carry
    it speak of a part ("that supplier", "some 900,000 doses", "not ... all")."""
    if not ranked:
        return []
    margin = _close_vote(view, draft, ranked)
    if margin:
        return margin
    for w in ranked[:3]:
        record = record_scope(draft.text, w.text)
        if record is not None and w.coverage >= RECORD_COVERAGE:
            whole_time, span = record
            at = draft.start + draft.text.find(whole_time)
            return [_scoped(view, w, whole_time, span, f"says {span!r}", at)]
    wholes = [u for u in universals(draft.text) if not _denied(draft.text, u.start)]
    if not wholes:
        return []
    closest = max(w.coverage for w in ranked[:TOP_WINDOWS])
    values = {f.value for f in draft.figures if f.value is not None}
    for u in wholes:
        local = _local_terms(draft.text, u.start, u.end)
        np_terms = u.nouns
        # "extended martial law across the whole country": a measure's reach, which a
        # place named for it bounds (not "nationwide protests", "killed across the country")
        whole_land = (
            u.head == "country"
            and not u.country
            and _MEASURE_ACT_RE.search(draft.text, max(0, u.start - 80), u.start) is not None
        )
        near = [
            w
            for w in ranked[:TOP_WINDOWS]
            if w is ranked[0]
            or w.coverage >= CLOSEST_SHARE * closest
            or (np_terms & set(w.terms) and len(local & set(w.terms)) >= 2)
            # "across the whole country" for "in Mindanao": the place is not named "country"
            # (in a report of the same story: a region's measure months before bounds no
            # later nationwide one)
            or (
                whole_land
                and len((local - np_terms) & set(w.terms)) >= 2
                and _same_story(view, w, ranked[0])
            )
        ]
        # The closest evidence speaking of a whole itself bears the claim out.
        if any(says_whole_of(w.text, np_terms) for w in near):
            continue
        # ... or of everyone, in words around the claim's whole: "searching until every
        # trekker was accounted for" against "would continue until everyone was accounted
        # for"
        if any(
            says_whole_by_pronoun(w.text) and len((local - np_terms) & set(w.terms)) >= 2
            for w in ranked[:TOP_WINDOWS]
        ):
            continue
        limits: list[tuple[Window, str]] = []
        for w in near:
            counts = any(
                g.value is not None and g.value not in values and g.kind != "year"
                for g in view.analysis(w.doc_id).figures
                if w.start <= g.start < w.end
            )
            found = limited_by(u, w.text, counts=counts, places=whole_land)
            if found is not None:
                limits.append((w, found))
        if limits:
            # A part of the very thing the claim calls whole ("35 of the 54 dams" for "all
            # of Kerala's dams") before a part word on something else ("one shutter").
            head = stem(u.head)
            own = [
                (w, x)
                for w, x in limits
                if head in terms(x) or whole_land and _same_story(view, w, ranked[0])
            ]
            # ... and a part word on something else only in a sentence that tells the
            # claim: "most of them MNLF fighters" in a sentence on the dead bounds no
            # promise to "every displaced family".
            other = [(w, x) for w, x in limits if w.coverage >= SCOPE_OTHER_COVERAGE]
            if not (own or other):
                continue
            w, found = (own or other)[0]
            says = f"speaks of a part ({found!r})"
            at = draft.start + u.start
            quoted = _quoted_at(draft, at) and bool(own)
            claimed = f"{u.text} {u.country}" if u.country else u.text
            return [_scoped(view, w, claimed, found, says, at, quoted=quoted)]
    return []
