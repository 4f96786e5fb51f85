"""Cutting a sentence into the parts a verdict is given on.

A sentence is cut into its attribution frame, its content, its figure clauses and
long clauses, so that a distortion sits on the clause it changes and a faithful
clause beside it is judged on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..names import is_news_outlet
from ..records import Attribution
from ..retrieval.corpus import CorpusView, Window
from .claims import ClaimDraft
from .results import ClaimResult, Distortion, EvidenceRef
from .text import stem
from .thresholds import SHORT_FRAME_WORDS

__all__ = [
    "anachronisms",
    "attribution_frame",
    "claim_segments",
    "evidence_refs",
    "split_claim",
    "trim",
]


def attribution_frame(draft: ClaimDraft) -> tuple[int, int] | None:
    """Where the attribution frame (who, through whom, when) sits, if apart from its content."""
    main = draft.main
    if main is None:
        return None
    return _frame_of(draft, main)


def _frame_of(draft: ClaimDraft, main: Attribution) -> tuple[int, int] | None:
    outlets = list(draft.outlets) if main is draft.main else []
    frame = [main.cue] + list(main.via) + ([main.source] if main.source else []) + outlets
    f_lo = min(x.start for x in frame)
    f_hi = max(x.end for x in frame)
    if f_hi <= main.content.start or main.content.end <= f_lo:
        return f_lo, f_hi
    return None


# An outlet this close after a speaker or cue belongs to their frame ("..., telling Al Jazeera").
_FRAME_REACH = 30


def _near_frame(
    draft: ClaimDraft, att: Attribution, *, own_words: bool = True
) -> tuple[int, int] | None:
    """Who said it and to whom, apart from its content: its cue and source with the outlets
    right after them (a "via" before them may stand in a clause of its own)."""
    core = [att.cue] + ([att.source] if att.source else [])
    if (
        own_words
        and att.source is not None
        and any(
            other.source is not None
            and (other.source.start, other.source.end) == (att.source.start, att.source.end)
            and att.source.end <= other.cue.start < att.cue.start
            for other in draft.attributions
        )
    ):
        # "X told a news conference, adding that ...": the speaker's first cue frames its
        # own words; the second tells more, a statement of its own (unless who said it,
        # or where, is what changed: then it is all one wrong statement).
        core = [att.cue]
    lo, hi = min(x.start for x in core), max(x.end for x in core)
    for o in draft.outlets:
        if lo <= o.start <= hi + _FRAME_REACH:
            lo, hi = min(lo, o.start), max(hi, o.end)
    if any(lo <= f.start < hi for f in draft.figures):
        return None  # "Henriques fined it £175,000 and ordered": an act of its own between
    if hi <= att.content.start or att.content.end <= lo:
        return lo, hi
    return None


_CLAUSE_CUT_RE = re.compile(
    r"[,;][”\"]?\s+(?=(?!according\b)(?:[a-z]+ing|and|but|while|whereas|although|when|with|"
    r"once)\b)|;\s+"
    # "..., fired from an area north of the village": a past participle's clause (not a
    # verb after an age: "protester Tom Harper, 34, died near the station")
    r"|(?<!\d),\s+(?=[a-z]+ed\s+(?:from|by|near|into|at|in|on)\b)"
    # "admitted that A and that B": two things said
    r"|\s(?=and that\b)"
    # "..., as the crisis centre raised the threat level": what went on beside it
    r"|,\s+(?=as\s+(?:the|a|an|its|his|her|their|hundreds|thousands|dozens|scores|many|several|"
    r"people|residents|families|rescuers|police|firefighters|troops)\s)"
    # "had spread to three more areas: the Balcad and Cadale districts, ...": the list
    # that spells out what was said is judged on its own
    r"|:\s+(?=[a-z])"
    # "at the camp in Dikwa, about 85 kilometres northeast of Maiduguri": where a place is
    r"|,\s+(?=(?:about|some|around|roughly|nearly|almost|just|only|more\s+than|less\s+than)?\s*"
    r"[\d,.]+\s*(?:km|kilometres|kilometers|miles|metres|meters)\s+(?:\w+\s+)?(?:of|from)\b)"
)


_RANKED_APPOSITION_RE = re.compile(
    r",\s+(?=(?:the|its|their)\s+(?:first|second|third|largest|biggest|worst|deadliest|"
    r"highest|lowest|longest)\b)"
)


def _ranked_tail(draft: ClaimDraft) -> int | None:
    """Where a closing apposition that ranks the thing named opens ("declared a state of
    emergency, the first in the territory's history"): a fact of its own."""
    for m in _RANKED_APPOSITION_RE.finditer(draft.text):
        at = draft.start + m.start()
        if re.search(r"[,;]", draft.text[m.end() :]) or any(
            a.source is not None and 0 <= at - a.source.end <= 2 for a in draft.attributions
        ):
            continue  # "in the words of X, the deadliest ...": the rank is what X said
        return at + 1
    return None


_RELATIVE_CUT_RE = re.compile(
    r",\s+(?=(?:which|who|where)\s+(?:was|were|is|are|had|has|have)?\s*\w+)"
)


# A relative clause set off by commas this short tells its subject with the sentence.
_SHORT_ASIDE_WORDS = 4
# A sentence that opens with its subject, a name of a few words, before the aside.
_SUBJECT_ASIDE_RE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")

# Participles that size or fill out what the clause before named, no act of their own.
_ELABORATING = frozenset(
    "covering totaling totalling comprising containing numbering amounting".split()
)


def _opens_sizing(words: str) -> bool:
    """Whether the words open with a participle that sizes what came before."""
    first = words.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _ELABORATING


# A subject and a participle's aside on it, up to the comma that closes the aside.
_SUBJECT_ASIDE_DONE_RE = re.compile(r"[^,;]{2,60},\s+[a-z]+ed\s[^,;]{2,80},$")
_PART_OF_RE = re.compile(r"\s+(?:\w+\s+)?of\s+(?:them|whom|those|these)\b", re.I)
# "Of the 59 wounded, 25 ...": the whole put first, at the head of its clause.
_WHOLE_FIRST_RE = re.compile(r"(?:^|[,;:]\s*)[Oo]f\s+(?:the\s+|these\s+|those\s+|all\s+)?$")
_AMONG_RE = re.compile(r"\b(?:including|among them|among whom|of whom|of which)\s*$", re.I)


def claim_segments(
    draft: ClaimDraft, distortions: Sequence[Distortion] = ()
) -> list[tuple[int, int]]:
    """Cut a sentence into the attribution frame, its content, and one clause per figure."""
    cuts: set[int] = set()
    main = draft.main
    frame = attribution_frame(draft)
    if main is not None and frame is not None:
        cuts.add(main.content.start if frame[1] <= main.content.start else main.content.end)
    figures = sorted(draft.figures, key=lambda f: f.start)
    text = draft.text
    for a, b in zip(figures, figures[1:], strict=False):
        between = text[a.end - draft.start : b.start - draft.start]
        k = max(between.rfind(","), between.rfind(";"))
        j = between.rfind(" and ")
        after = between[j + 5 :].split() if j >= 0 else []
        if (
            _PART_OF_RE.match(text, b.end - draft.start)
            or _AMONG_RE.search(between)
            or _WHOLE_FIRST_RE.search(text, 0, a.start - draft.start)
        ):
            # "202 wounded, 25 of them critically" or "of the 59 wounded, 25 died": a part
            # of a count is told with it
            continue
        if k >= 0 and _opens_sizing(between[k + 1 :]):
            continue  # "three lots, covering about 17,676 vials": one act, sized
        if k >= 0 and _SUBJECT_ASIDE_DONE_RE.match(text, 0, a.end - draft.start + k + 1):
            # "The block, designed for 40 people, held 212 inmates": the aside's count and
            # the verb's are one statement of one subject; cut, the verb would have none
            continue
        if k >= 0:
            cuts.add(a.end + k + 1)
        elif after and (
            len(after) >= 2
            or a.predicate is not None
            and b.predicate is not None
            and a.predicate != b.predicate
        ):
            # "declared a 12-month emergency ... and set aside 5 million euros" and "killed
            # 158 and injured 169": two acts; "58 cases and 31 deaths" is one count of two
            cuts.add(a.end + j + 1)
    # Clause boundaries: "declared an emergency, closing schools", "...; ...", ", but ...".
    # A short tail ("..., citing health reasons") stays with its clause.
    time_ends = {t.end - draft.start for t in draft.times}
    for m in _CLAUSE_CUT_RE.finditer(text):
        tail = re.split(r"[,;.]", text[m.end() :], maxsplit=1)[0]
        # "..., with manslaughter": a short "with" phrase completes its clause
        participle = (
            tail.split()[0].endswith(("ing", "ed")) or tail.split()[0] == "with"
            if tail.split()
            else False
        )
        if text.startswith("when", m.end()) and m.start() in time_ends:
            continue  # "on Friday, when residents threw mud": the when tells the Friday
        if _opens_sizing(tail):
            continue  # "recalled three lots, covering about 17,676 vials": one act, sized
        if not participle or len(tail.split()) >= 5:
            cuts.add(draft.start + m.start() + 1)
    # "declared a state of emergency, the first in the territory's history": what the
    # sentence says of the thing it names, a fact of its own
    tail = _ranked_tail(draft)
    if tail is not None:
        cuts.add(tail)
    # "transfused more than 200 units of blood before he was declared dead at 5:03 p.m.":
    # a count, and a clause of its own on what came after
    for m in _LATER_CLAUSE_RE.finditer(text):
        if (
            # (not "three months after he was caught": a span back to the happening)
            not _SPAN_BEFORE_RE.search(text, 0, m.start())
            and any(f.end - draft.start <= m.start() for f in draft.figures)
            and len(re.split(r"[,;.]", text[m.end() :], maxsplit=1)[0].split()) >= 4
        ):
            cuts.add(draft.start + m.start() + 1)
    # "More than 30 people died in the town when the storm surge struck on the night of
    # 27-28 February": a toll, and the dated happening that took it.
    for m in re.finditer(r"\s(?=when\s)", text):
        tail = re.split(r"[,;.]", text[m.end() :], maxsplit=1)[0]
        head = re.split(r"[,;:]", text[: m.start()])[-1]
        if (
            len(tail.split()) >= 5
            and len(head.split()) >= _WHEN_HEAD_WORDS
            and any(m.end() <= t.start - draft.start < m.end() + len(tail) for t in draft.times)
            and any(f.end - draft.start <= m.start() for f in draft.figures)
        ):
            cuts.add(draft.start + m.start() + 1)
    # Two dated acts of one subject: "convened the council on Sunday and declared Monday a
    # day of mourning" tells each act its own day, "caught fire on May 11 while at anchor
    # ..." its day apart from its place.
    for t in draft.times:
        if t.kind == "duration":
            continue  # "lasted around 15 hours and ended when ...": one happening
        act = _DATED_AND_RE.match(text, t.end - draft.start)
        if act and len(text[act.end() :].split()) >= 4:
            cuts.add(draft.start + act.start(1))
    # "declared a six-month state of emergency and designated the country a disaster
    # zone": a counted act, and a second act of the same subject after it.
    for f in draft.figures:
        act = _COUNTED_AND_RE.match(text, f.end - draft.start)
        # (a sum names what it is in itself: "released on bail of 2,500 rupees and put
        # aboard a plane")
        counted = len(act.group(1).split()) if act else 0
        if act and (counted >= 2 or f.kind == "money") and len(text[act.end() :].split()) >= 4:
            cuts.add(draft.start + act.start(2))
    # Words in quotation marks are one statement: never cut inside them. Nor inside an
    # attribution frame: "Mayor X went further, telling Al Jazeera" is one credit.
    quoted = [(a.content.start, a.content.end) for a in draft.attributions if a.kind == "direct"]
    frames = [
        f
        for f in (
            _near_frame(draft, a, own_words=_own_words(draft, a, distortions))
            for a in draft.attributions
        )
        if f is not None
    ]
    # Nor inside a figure: "banned up to 1,500 models" keeps its bound.
    spans = quoted + frames + [(f.start, f.end) for f in draft.figures]
    cuts = {c for c in cuts if not any(lo < c < hi for lo, hi in spans)}
    # A non-restrictive relative clause tells a thing of its own, in a speaker's frame too:
    # "flipped the truck, which was hauling 9,000 litres", "Henry, who declared mourning
    # on Saturday, travelled to the city and said".
    # A clause closed by a comma stays with what it tells of ("Henry, who declared ...,"
    # then "travelled to the city"); one running to the end is cut where it opens.
    for m in _RELATIVE_CUT_RE.finditer(text):
        close = text.find(", ", m.end())
        if 0 <= close and len(text[m.end() : close].split()) < _SHORT_ASIDE_WORDS:
            continue  # "Tomlinson, who was 57, was never part of it": one claim of him
        if (
            0 <= close
            and _SUBJECT_ASIDE_RE.match(text, 0, m.start())
            and not any(
                d.at is not None and draft.start + m.start() <= d.at < draft.start + close
                for d in distortions
            )
        ):
            # "Petronin, who ran a charity ..., had been abducted on ...": a faithful aside
            # on the subject stays with what the sentence tells of them
            continue
        if close >= 0 and _opens_sizing(text[close + 2 :]):
            continue  # "which recalled three lots ..., covering about 17,676 vials": one act
        at = draft.start + (close + 1 if close >= 0 else m.start() + 1)
        # "... at the army camp, where he shot dead his commanding officer": what went on
        # at a place is told apart from what the sentence tells before it
        where = text.startswith("where", m.end())
        for cut in (at, draft.start + m.start() + 1) if where else (at,):
            if not any(lo < cut < hi for lo, hi in quoted):
                cuts.add(cut)
    points = [draft.start] + sorted(c for c in cuts if draft.start < c < draft.end) + [draft.end]
    return [(points[i], points[i + 1]) for i in range(len(points) - 1)]


def _own_words(draft: ClaimDraft, att: Attribution, distortions: Sequence[Distortion]) -> bool:
    """Whether a second cue of a speaker tells words of its own: not where who said them,
    or where, is what changed (it is all one wrong statement), unless the change sits
    before a cue that names its own outlet ("told the BBC that '...', and days later said
    in an interview with Sky News that ...")."""
    own_outlet = any(att.cue.end <= o.start < att.content.start for o in draft.outlets)
    return not any(
        d.kind in _FRAME_KINDS and not (own_outlet and d.at is not None and d.at < att.cue.start)
        for d in distortions
    )


# Fewer words than this before "when" ("Two firefighters died when ...") are no claim apart.
_WHEN_HEAD_WORDS = 5

# " and declared", " and flew": a second act after a time phrase; " while at anchor":
# what went on as it happened.
# " and" with the verb of a second act: "and declared", "and flew".
# A clause of its own after a count: "before he was declared dead", "until the army
# arrived", "after the police had left".
_LATER_CLAUSE_RE = re.compile(
    r"\s(?=(?:before|after|until)\s+(?:he|she|they|it|we|the\s+[\w'’-]+)\s+"
    r"(?:was|were|had|is|are|has|have|could|would|[a-z]+ed)\b)"
)
# A span of time ending just before: "three months after", "on Sunday after".
_SPAN_BEFORE_RE = re.compile(r"(?:second|minute|hour|day|week|month|year)s?$")
_SECOND_ACT = (
    # (not an adjective in -ed: "benzene and related chemicals")
    r"and\s+(?:(?!(?:related|associated|allied|assorted|united|armed)\b)[a-z]+ed|said|told|"
    r"met|went|flew|made|took|gave|sent|left|came|began|put|held|"
    r"kept|brought|led|paid|spent|found|lost|won|fled|sought|fought|caught|drove|threw|struck|"
    r"wrote|spoke|broke|chose|saw|got|hid|tore)"
)
_DATED_AND_RE = re.compile(rf"\s+({_SECOND_ACT}|while)\b")


# What a figure counts, up to " and" and a second act's verb.
_COUNTED_AND_RE = re.compile(rf"([^,;.:]*?)(\s+{_SECOND_ACT}\s)")


def _second_act(draft: ClaimDraft, start: int, end: int) -> int | None:
    """Where a second act of the subject starts in draft.text[start:end] (" and suspended
    the superintendent of police"), when each act has words enough to stand apart."""
    text = draft.text
    for m in _ACTS_AND_RE.finditer(text, start - draft.start, end - draft.start):
        before, after = text[start - draft.start : m.start(1)], text[m.end() : end - draft.start]
        if len(before.split()) >= _ACT_WORDS - 1 and len(after.split()) >= _ACT_WORDS:
            return draft.start + m.start(1)
    return None


# " and suspended": a second act of the sentence's subject, and how many words each act
# must have to stand apart.
_ACTS_AND_RE = re.compile(rf"[^,;]\s+({_SECOND_ACT})\s")
_ACT_WORDS = 4


_EDGES = frozenset(',;:—–"“”«»„')


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces, clause punctuation and stray quotation marks at a claim's edges."""
    while start < end and (text[start].isspace() or text[start] in _EDGES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGES):
        end -= 1
    return start, end


# "The victim, Jamal Bensmain, was a painter": a name set off between commas after the
# noun that opens the sentence.
_APPOSED_AFTER_RE = re.compile(r",\s+(?:the|a|an)\s+[^,;]{3,80},")
_APPOSED_TAIL_RE = re.compile(
    r",\s+(?:a|an)\s+[^,;\"“”]{3,}?\b(?:who|whose|which)\b[^,;\"“”]{6,}?(?:,\s+and\s|[.!?]?\s*$)"
)
_APPOSED_BEFORE_RE = re.compile(
    r"^\s*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s*"
    # "His killer, identified as X, was ...": a name given in apposition
    r"(?:(?:later\s+)?(?:identified|named)\s+as\s+)?$"
)
# The last of a list, a person named in apposition: "men on the night shift, a trucker
# asleep in his cab and the train's engineer, Chris Seeley".
_LAST_ITEM_RE = re.compile(
    r",[^,;:]{3,}?\s(and\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s*)$"
)


def _apart_from_apposed_names(
    draft: ClaimDraft, segments: list[tuple[int, int]], distortions: list[Distortion]
) -> list[tuple[int, int]]:
    """A garbled name in apposition to the sentence's subject is a claim of its own: what
    the sentence then tells of the person is judged on its own."""
    cuts: set[int] = set()
    for d in distortions:
        if d.kind != "name" or d.at is None:
            continue
        at = d.at - draft.start
        end = at + len(d.claimed)
        item = _LAST_ITEM_RE.search(draft.text, 0, at)
        if item is not None and not any(
            a.content.start <= d.at < a.content.end
            or a.source is not None
            and a.source.start <= d.at < a.source.end
            for a in draft.attributions
        ):
            # the named one, the last of a list: the others listed are judged on their own
            cuts.add(draft.start + item.start(1))
            continue
        if draft.text[end : end + 1] != ",":
            continue
        if _APPOSED_TAIL_RE.match(draft.text, end):
            # "named the bomber as Adil Ahmed Dhar, a young man from Pulwama who had joined
            # ...": a clause closing the sentence tells of the person, whatever the name's
            # spelling
            cuts.add(draft.start + end + 1)
            continue
        if any(a.content.start <= d.at < a.content.end for a in draft.attributions):
            continue
        gloss = _APPOSED_AFTER_RE.match(draft.text, end)
        if gloss is not None and len(draft.text[gloss.end() :].split()) >= 3:
            # "sentenced Rene Maratier, the former mayor of the town, to four years": the
            # name with its gloss, and then what befell the person
            cuts.add(draft.start + gloss.end())
            continue
        if not _APPOSED_BEFORE_RE.match(draft.text[:at]):
            continue
        if any(
            a.source is not None and a.source.start <= d.at < a.source.end
            for a in draft.attributions
        ):
            continue  # a speaker's name: the frame's rules hold (see _frame_with_content)
        cuts.add(draft.start + end + 1)
    if not cuts:
        return segments
    points = sorted({p for seg in segments for p in seg} | cuts)
    return [(points[i], points[i + 1]) for i in range(len(points) - 1)]


def split_claim(
    view: CorpusView,
    draft: ClaimDraft,
    base: ClaimResult,
    distortions: list[Distortion],
    top: list[Window],
    published: date | None,
    supported: bool,
) -> list[ClaimResult]:
    """One result per part of the sentence, so distortions sit on the clause they change."""
    if distortions and all(d.at is not None for d in distortions):
        segments = _apart_from_apposed_names(draft, claim_segments(draft, distortions), distortions)
    elif distortions and (tail := _ranked_tail(draft)) is not None:
        # a distortion of the whole sentence is none of the rank it closes with
        segments = [(draft.start, tail), (tail, draft.end)]
    else:
        segments = [(draft.start, draft.end)]
    owned: list[list[Distortion]] = [[] for _ in segments]
    for d in distortions:
        k = next((i for i, (a, b) in enumerate(segments) if d.at is not None and a <= d.at < b), 0)
        owned[k].append(d)
    # Neighbouring parts with the same outcome stay one claim, and a faithful frame ("X
    # said on Sunday") stays with the content it introduces: it says nothing of its own.
    frame = attribution_frame(draft)

    def is_frame(a: int, b: int) -> bool:
        if any(a <= f.start < b for f in draft.figures):
            return False
        main_frame = (
            frame is not None
            and a <= frame[0]
            and frame[1] <= b
            and (draft.main is None or not (a <= draft.main.content.start < b))
            # "..., UNICEF said, calling for an investigation": the frame tells more
            and not any(
                a <= att.content.start < b and len(att.content.text.split()) >= _OWN_WORDS
                for att in draft.attributions
                if att is not draft.main
            )
        )
        # "and the office itself admits that": the frame of another attribution, whose
        # content starts where this part ends.
        other_frame = any(
            a <= att.cue.start < b and 0 <= att.content.start - b <= 6 for att in draft.attributions
        )
        return main_frame or other_frame

    merged: list[tuple[int, int, list[Distortion], bool]] = []
    parts = list(zip(segments, owned, strict=True))
    for k, ((a, b), ds) in enumerate(parts):
        # A frame that credits a news outlet ("the Lanna Wire Service reported") is a claim of
        # its own, checked as such; other faithful frames join their content.
        frame_part = (
            not ds
            and is_frame(a, b)
            and not any(a <= o.start < b and is_news_outlet(o.text) for o in draft.outlets)
        )
        last = k + 1 == len(parts)
        # '"...," dela Rosa told a news conference, adding that ...': a frame after the
        # words it credits closes them, whatever follows it.
        # Not another cue's frame: "..., and days later said in an interview with Sky News
        # that ..." opens words of its own.
        closing = (
            frame_part
            and draft.main is not None
            and draft.main.content.end <= a
            and a <= draft.main.cue.start < b
        )
        if merged and merged[-1][3] and not (ds and _tells_more(draft, *merged[-1][:2])):
            # A faithful frame waits for the content it introduces (one that tells a
            # thing of its own, "X, speaking to reporters before he left for the summit in
            # Bali, said", is judged on its own when the words are changed).
            merged[-1] = (merged[-1][0], b, ds, False)
        elif (
            merged
            and not ds
            and (not merged[-1][2] and not frame_part or frame_part and (last or closing))
        ):
            # Faithful neighbours stay one claim; a closing frame ("..., the ministry
            # said on Sunday") stays with the content before it.
            merged[-1] = (merged[-1][0], b, merged[-1][2], False)
        else:
            merged.append((a, b, ds, frame_part and not last))
    final = _dated_with_participle(
        draft,
        _frame_with_content(
            draft, [(a, b, ds) for a, b, ds, _ in merged], [a for a, _ in segments]
        ),
    )
    results = []
    for a, b, ds in final:
        start, end = trim(view_text := draft.text, a - draft.start, b - draft.start)
        start, end = start + draft.start, end + draft.start
        if end <= start:
            continue
        r = ClaimResult(
            id=base.id,
            start=start,
            end=end,
            text=view_text[start - draft.start : end - draft.start],
            kind=base.kind,
            speaker=_speaker_within(draft, start, end, base.speaker),
            outlet=base.outlet,
            verdict="distorted" if ds else ("faithful" if supported else "unsupported"),
            distortions=ds,
            score=base.score,
        )
        r.evidence = evidence_refs(ds, top, supported)
        r.notes = anachronisms(view, ds, published)
        results.append(r)
    return results


# What a frame says of a whole statement: who said it, to whom, and when. A misspelt name
# leaves the words themselves right, and they are judged on their own (but for a garbled
# speaker alone in a short frame: see _misspelt_speaker). A day moved is the
# statement's: a person's moves the statement up to its first clause ("On Monday, X said
# A, adding B": A was said that day, B is checked on its own); a body's declaration is an
# act ("On Monday the UN declared an emergency"), and the day moves the whole act.
_FRAME_KINDS = frozenset({"outlet", "speaker", "date"})

# Words a second statement in a frame needs to be a claim of its own.
_OWN_WORDS = 5
# Of those, what leaves the words said right past the first clause: a day, a name, the
# outlet credited. Words put in another's mouth are all of them another's.
_FIRST_CLAUSE_KINDS = frozenset({"outlet", "date", "name"})


# Verbs of a body's act rather than its words: the day of the act is the act's.
_ACT_CUES = frozenset(
    stem(w)
    for w in "announced declared ordered decreed imposed launched approved adopted signed "
    "banned suspended demanded requested urged".split()
)


def cue_stem(att: Attribution) -> str:
    """The stem of a cue's verb, its last word ("has declared" -> declar)."""
    words = att.cue.text.split()
    return stem(words[-1].lower()) if words else ""


def is_act(att: Attribution) -> bool:
    """Whether an attribution's cue is something a body did ("declared an emergency"), not
    only said ("admitted that ..."): a day moved is then the whole act's."""
    return cue_stem(att) in _ACT_CUES


def _inflated_cue(d: Distortion, main: Attribution) -> bool:
    """An exaggeration of the cue itself ("has pledged" for "appealed for"): it changes what
    was done with the content, not the frame alone."""
    if d.kind != "exaggeration" or d.at is None:
        return False
    return d.at < main.cue.end and main.cue.start < d.at + len(d.claimed)


def _misspelt_speaker(d: Distortion, main: Attribution) -> bool:
    """A garbled name of the one who speaks, in a short frame ("Interior Minister Ahmad
    Vadihi said ..."): the statement up to its first clause is told with the name. A long
    frame ("X, who leads the work from the field headquarters, said on Wednesday that")
    is a claim of its own, and the words said are judged on their own."""
    source = main.source
    return (
        d.kind == "name"
        and source is not None
        and d.at is not None
        and source.start <= d.at < source.end
    )


def _outside(d: Distortion, main: Attribution) -> bool:
    """A distortion told in the frame, not in the words the statement gives."""
    return d.at is not None and not main.content.start <= d.at < main.content.end


def _frame_with_content(
    draft: ClaimDraft, parts: list[tuple[int, int, list[Distortion]]], cuts: list[int]
) -> list[tuple[int, int, list[Distortion]]]:
    """A statement whose frame is wrong ("Cundy told *the BBC* he was confident ...") is
    wrong as a whole: its content, faithful in itself, joins the frame's claim. Content
    with a distortion of its own stays apart. ``cuts`` are where the sentence's clauses
    start, before faithful neighbours were joined."""
    main = draft.main
    if main is None or len(parts) < 2:
        return parts
    content = max(main.content.start, draft.start)  # a quote opened a sentence before
    act = main.speaker_kind != "person" and is_act(main)
    out = list(parts)
    for i in range(len(out) - 1):
        (a1, b1, d1), (a2, b2, d2) = out[i], out[i + 1]
        first_frame = bool(d1) and not d2 and a2 <= content < b2
        second_frame = bool(d2) and not d1 and a1 <= content < b1
        frame_ds = d1 if first_frame else d2 if second_frame else []
        if (
            _all_in_other_frames(draft, frame_ds)
            or _all_in_asides(draft, frame_ds)
            or _all_in_earlier_statements(draft, frame_ds)
        ):
            # "He told the BBC that '...', and days later said in an interview with Sky
            # News that ...": the outlet changed is the first cue's, not the main one's;
            # "Ramaphosa, who visited the scene on the day of the fire, said": the day is
            # the visit's, told in an aside, not the statement's
            frame_ds = []
        short = len(draft.text[a1 - draft.start : content - draft.start].split())
        if frame_ds and (
            all(d.kind in _FRAME_KINDS or _inflated_cue(d, main) for d in frame_ds)
            # another speaker, and their name or occasion told wrong besides ("Juncker said
            # at the summit" for Tusk at a briefing): the statement is wrong as a whole
            or any(d.kind in ("speaker", "outlet") for d in frame_ds)
            and all(_outside(d, main) for d in frame_ds)
            # a garbled speaker's name alone, in a short frame
            or (
                first_frame
                and short <= SHORT_FRAME_WORDS
                and all(_misspelt_speaker(d, main) for d in frame_ds)
            )
        ):
            end = b2
            if first_frame and not act and any(d.kind in _FIRST_CLAUSE_KINDS for d in frame_ds):
                end = next((c for c in cuts if max(a2, content) < c < b2), b2)
            elif first_frame and all(_inflated_cue(d, main) for d in frame_ds):
                # "dismissed the collector and suspended the police chief": the act made
                # bigger is the first; the second act of the subject is judged on its own
                end = _second_act(draft, max(a2, content), b2) or b2
            elif first_frame and main.content.end < b2:
                # the statement ends where its words do: 'vowed that "...", while X pressed
                # for Y' leaves the clause after it to be judged on its own
                end = next((c for c in cuts if main.content.end <= c < b2), b2)
            out[i : i + 2] = [(a1, end, frame_ds), (end, b2, [])]
        elif (
            d2
            and not d1
            # words in quotation marks: "according to X" after reported words leaves them
            # to be judged on their own
            and main.kind in ("direct", "mixed")
            and main.content.start < b1
            and main.content.end <= a2
            and len(draft.text[a2 - draft.start : b2 - draft.start].split()) <= SHORT_FRAME_WORDS
            and all(_misspelt_speaker(d, main) for d in d2)
        ):
            # '"...," founder Hsu Chin-kuan said': the words said come with the garbled
            # name after them too, back to where the statement opens.
            first = i
            while first > 0 and not out[first - 1][2] and out[first - 1][1] > main.content.start:
                first -= 1
            out[first : i + 2] = [(out[first][0], b2, d2)] + [(b2, b2, [])] * (i + 1 - first)
        elif (
            d1
            and d2
            and (a1 <= content < b1 or a2 <= content < b2)
            and not _all_in_other_frames(draft, d1 + d2)
        ):
            # A statement wrong in its frame and in its words is one wrong statement:
            # "the ombudsman Denisenko [Denisova] said 130 bodies [people rescued]".
            out[i : i + 2] = [(a1, b2, d1 + [d for d in d2 if d not in d1]), (b2, b2, [])]
    return [(a, b, ds) for a, b, ds in out if b > a]


def _speaker_within(draft: ClaimDraft, start: int, end: int, speaker: str | None) -> str | None:
    """Who speaks in a part of a sentence: the sentence's main speaker, unless the part
    holds another's cue and not the main one's ("X called it a 'crime', and Y said ...")."""
    main = draft.main
    if main is None or start <= main.cue.start < end:
        return speaker
    other = next((a for a in draft.attributions if a.speaker and start <= a.cue.start < end), None)
    return other.speaker if other is not None else speaker


def _tells_more(draft: ClaimDraft, a: int, b: int) -> bool:
    """A frame that tells a thing of its own: an aside of some length between the speaker
    and the cue ("Erdogan, speaking to reporters before he left for the summit, said"),
    more words than a speaker's name, role and occasion take."""
    frame = draft.text[a - draft.start : b - draft.start]
    return len(frame.split()) >= LONG_FRAME_WORDS and _FRAME_ASIDE_RE.search(frame) is not None


# ", speaking to reporters before he left for the summit, said": an aside, then the cue.
_FRAME_ASIDE_RE = re.compile(r",\s+(?:[a-z]+ing|who|whose)\b[^,;]{15,},\s+(?:\S+\s+){0,3}\S+\s*$")


# Words from which a faithful frame tells a thing of its own.
LONG_FRAME_WORDS = 14


def _all_in_asides(draft: ClaimDraft, ds: list[Distortion]) -> bool:
    """Whether every distortion among ``ds`` (and there is one) is a day told in a relative
    clause set off by commas ("X, who declared mourning on Saturday, said")."""
    asides = []
    for m in _RELATIVE_CUT_RE.finditer(draft.text):
        close = draft.text.find(",", m.end())
        if close >= 0:
            asides.append((draft.start + m.end(), draft.start + close))
    return bool(ds) and all(
        d.kind == "date" and d.at is not None and any(a <= d.at < b for a, b in asides) for d in ds
    )


def _all_in_other_frames(draft: ClaimDraft, ds: list[Distortion]) -> bool:
    """Whether every frame distortion among ``ds`` (and there is one) sits in the frame
    of another attribution than the main one."""
    framed = [d for d in ds if d.kind in _FRAME_KINDS]
    return bool(framed) and all(_in_other_frame(draft, d) for d in framed)


def _all_in_earlier_statements(draft: ClaimDraft, ds: list[Distortion]) -> bool:
    """Whether every distortion sits in the words of another statement told whole before
    the main one opens: "X said it found the damage on Saturday [a day changed], and Y said
    ..." changes X's words, not Y's frame."""
    main = draft.main
    if main is None or not ds:
        return False
    opens = min(main.cue.start, main.source.start if main.source is not None else main.cue.start)
    return all(
        d.at is not None
        and any(
            o is not main and o.content.start <= d.at < o.content.end <= opens
            for o in draft.attributions
        )
        for d in ds
    )


def _in_other_frame(draft: ClaimDraft, d: Distortion) -> bool:
    """Whether a distortion sits in the frame of an attribution other than the main one,
    between its cue and its words."""
    at = d.at
    if at is None:
        return False

    def in_frame(o: Attribution) -> bool:
        # its source, or its cue up to the words that come after it
        return (o.source is not None and o.source.start <= at < o.source.end) or (
            o.cue.start <= at < max(o.cue.end, o.content.start)
        )

    main = draft.main
    if (
        main is not None
        and main.source is not None
        and any(
            o is not main
            and main.source.start <= o.cue.start < main.source.end
            and o.cue.start <= at < max(o.cue.end, o.content.start)
            for o in draft.attributions
        )
    ):
        return True  # "Abe, who told NHK that ..., has also vowed": a frame in its subject
    if main is not None and in_frame(main):
        return False  # the main statement's own frame (shared with another of its cues)
    return any(in_frame(o) for o in draft.attributions if o is not draft.main)


_PARTICIPLE_OPENING_RE = re.compile(r"[\s,;]*[a-z]+ing\b")


def _dated_with_participle(
    draft: ClaimDraft, parts: list[tuple[int, int, list[Distortion]]]
) -> list[tuple[int, int, list[Distortion]]]:
    """A day moved moves the participle clause after it, which tells the same act ("went
    further on Friday, June 4, voting to send a mission"): unless that clause counts
    something of its own ("..., killing 12 people") or names a day of its own, which is
    judged on its own. A
    statement's day is its frame's (see _frame_with_content): "admitted ..., saying that"
    goes on to words of its own."""
    if draft.main is not None:
        return parts
    out = list(parts)
    i = 0
    while i + 1 < len(out):
        (a1, _, d1), (a2, b2, d2) = out[i], out[i + 1]
        if (
            d1
            and not d2
            and all(d.kind == "date" for d in d1)
            and _PARTICIPLE_OPENING_RE.match(draft.text, a2 - draft.start)
            and not any(a2 <= f.start < b2 for f in draft.figures)
            # "..., setting out what happened during the siege that began on Monday,
            # December 15": a day of its own tells another happening
            and not any(a2 <= t.start < b2 and t.explicit for t in draft.times)
        ):
            out[i : i + 2] = [(a1, b2, d1)]
        i += 1
    return out


def evidence_refs(
    distortions: list[Distortion], top: list[Window], supported: bool
) -> list[EvidenceRef]:
    refs: list[EvidenceRef] = []
    for d in distortions:
        ref = EvidenceRef(d.evidence.doc_id, d.evidence.start, d.evidence.end, "disagree")
        if ref not in refs:
            refs.append(ref)
    if supported or distortions:
        stance = "discuss" if distortions else "agree"
        for w in top[:3]:
            if all((r.doc_id, r.start) != (w.doc_id, w.start) for r in refs):
                refs.append(EvidenceRef(w.doc_id, w.start, w.end, stance))
    return refs


def anachronisms(
    view: CorpusView, distortions: list[Distortion], published: date | None
) -> list[str]:
    notes = set()
    for d in distortions:
        ev_day = view.document(d.evidence.doc_id).published_date
        if published and ev_day and ev_day > published:
            notes.add(
                f"anachronism: {d.evidence.doc_id} ({ev_day.isoformat()}) was published after the article ({published.isoformat()})"
            )
    return sorted(notes)
