"""Pipeline component: figures, with their bounds, what they count and what happened.

"up to 100 civilians killed" becomes a figure with interval [0, 100], counting
*civilian* (class person) under the predicate *kill* (class death), so that two
reports of the same toll can be compared slot by slot.

What is counted is the noun the number quantifies, reached through "of"
("dozens of villagers", "9 of the 30 shops") and through containers ("a total
of", "the number of X"). A unit is not counted: money and percentages have no
counted noun, and their class says what they are. A figure without a noun of its
own ("killed 40 people and wounded 30", "70 others", "12 of them") counts what
the nearest earlier figure of the sentence counts, skipping parts of a figure
("including 121 children") and, for tolls of people, figures of things.

The predicate is, in order: a modifier naming the event ("displaced people",
"lethal cases"), the counted noun when it is itself the event ("deaths",
"cases"), or the nearest verb or adjective above the figure (past "including"
and "among"), replaced by its complement when the verb has no class of its own
("remain missing", "received wounds"). Bodies make a toll of deaths whatever
verb finds them. Conventions in full: tests/facts/data/FIGURES_GOLD.md.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.numbers import SHARE_WORDS, find_quantities
from ..records import Figure, PlaceMention, TimeRef
from .extensions import SPANS_KEYS
from .lexicon import SPEECH_CUES

__all__ = [
    "SEVERE",
    "FigureFinder",
    "compound_head",
    "make_figure_finder",
    "counted_class",
    "predicate_class",
]

_PERSON_NOUNS = frozenset(
    """
    people person persons civilian civilians child children woman women man men resident residents
    inhabitant inhabitants soldier soldiers fighter fighters militant militants worker workers
    terrorist terrorists insurgent insurgents rebel rebels gunman gunmen jihadist jihadists
    diplomat diplomats victim victims life lives refugee refugees migrant migrants patient
    patients student students passenger passengers citizen citizens member members journalist
    journalists prisoner prisoners detainee detainees body bodies individual individuals adult
    adults infant infants baby babies teenager teenagers villager villagers protester protesters
    troops troop officer officers policeman policemen personnel staff employee employees
    survivor survivors pilgrim pilgrims family families dead wounded injured demonstrator demonstrators
    household households reservist reservists defendant defendants customer customers volunteer
    volunteers minor minors rescuer rescuers miner miners fireman firemen firefighter
    firefighters participant participants suspect suspects military driver drivers voter voters
    population populations
    national nationals compatriot compatriots tourist tourists visitor visitors worshipper
    worshippers spectator spectators fan fans supporter supporters sailor sailors seafarer
    seafarers crew nurse nurses doctor doctors teacher teachers farmer farmers pupil pupils girl
    girls boy boys evacuee evacuees hostage hostages crowd crowds audience audiences attendee
    attendees shopper shoppers concertgoer concertgoers mourner mourners guest guests guard
    guards bodyguard bodyguards serviceman servicemen servicewoman servicewomen inmate inmates
    convict convicts learner learners fisherman fishermen fisher fishers reveller revellers
    partygoer partygoers clubgoer clubgoers churchgoer churchgoers parishioner parishioners
    congregant congregants bystander bystanders pedestrian pedestrians commuter commuters
    motorist motorists trader traders vendor vendors labourer labourers laborer laborers
    asylum-seeker asylum-seekers climber climbers hiker hikers offender offenders perpetrator
    perpetrators attacker attackers assailant assailants applicant applicants female females
    male males martyr martyrs witness witnesses eyewitness eyewitnesses interviewee
    interviewees respondent respondents activist activists monk monks nun nuns priest priests
    captive captives abductee abductees holidaymaker holidaymakers vacationer vacationers
    schoolgirl schoolgirls schoolboy schoolboys schoolchild schoolchildren foreigner foreigners
    mercenary mercenaries commando commandos assassin assassins
    trekker trekkers skier skiers snowboarder snowboarders mountaineer mountaineers backpacker
    backpackers camper campers trainee trainees cadet cadets instructor instructors occupant
    occupants tenant tenants homeowner homeowners islander islanders herder herders
    official officials lawmaker lawmakers legislator legislators councillor councillors
    minister ministers commander commanders police gendarme gendarmes
    """.split()
)
# Participles counted as nouns ("the number of injured", "the killed") are lemmatised as
# their verb: they count the people it happened to.
_HARMED_PARTICIPLES = frozenset("injure wound kill displace detain evacuate rescue".split())
_REPORT_NOUNS = frozenset("report allegation claim complaint incident assessment".split())
_STRUCTURE_NOUNS = frozenset(
    "home house building structure school hospital mosque church apartment dwelling shop property "
    "business bridge vehicle car consulate embassy factory kindergarten warehouse clinic".split()
)
_DURATION_NOUNS = frozenset("second minute hour day week month year decade".split())
_EVENT_NOUNS = frozenset(
    "strike airstrike raid attack engagement sortie shell rocket missile bomb explosion "
    "shelling flight mission operation blaze time".split()
)
_CASE_NOUNS = frozenset("case infection".split())

_PREDICATES = {
    "death": frozenset(
        "kill die dead death perish fatality toll slay murder execute lose claim take cost "
        "fatal drown lethal eliminate neutralize neutralise loss".split()
    ),
    "injury": frozenset("injure wound hurt injury injured wounded maim trauma traumatize".split()),
    "casualty": frozenset("casualty casualties".split()),
    "missing": frozenset("missing unaccounted disappear unknown".split()),
    # Destroyed is not damaged: "8,900 homes destroyed" for "8,900 damaged" changes the count.
    "destruction": frozenset("destroy raze flatten demolish level obliterate".split()),
    "damage": frozenset("damage burn collapse scorch flood wash".split()),
    "displacement": frozenset("displace flee evacuate uproot homeless relocate shelter".split()),
    "detention": frozenset(
        "detain arrest capture imprison hold jail abduct kidnap sentence".split()
    ),
    # Put out of a post, not held: "dismissed 10 security officials" arrested no one.
    "dismissal": frozenset("dismiss sack oust relieve".split()),
    "infection": frozenset("infect sicken contract test".split()),
    # Accused before a court, a step past being held: "charged 20 people" is not "detained".
    "prosecution": frozenset("charge indict prosecute".split()),
    "expulsion": frozenset("expel deport".split()),
    "rescue": frozenset("rescue save".split()),
    # Cut off, not harmed: "25,000 children stranded" have not lost their lives.
    "stranded": frozenset("strand maroon".split()),
    # Left without power or water: "4 million without electricity" are not 4 million
    # under a boil-water notice. Read off the words the verb takes (see _cut_off).
    "outage": frozenset(),
    # Touched by a disaster, in any way: "8 million affected" are not 8 million homeless.
    "affected": frozenset("affect".split()),
    # A count of votes: "96 countries voting in favour" is "93 votes in favour" changed.
    "vote": frozenset("vote abstain".split()),
    # Who lives somewhere, untouched by any event: "22,000 people live in the flooded
    # areas" is no count of the evacuated.
    "population": frozenset("live reside inhabit populate".split()),
    # Who was aboard, whatever befell them: "a boat carrying 278 passengers" counts no dead.
    "aboard": frozenset("carry board aboard embark capacity".split()),
}
# Verbs that take a life only with 'lives' as object: "claimed 200 lives".
_LIFE_VERBS = frozenset({"claim", "take", "cost", "lose"})
_CONTAINER_NOUNS = frozenset(
    {"total", "number", "toll", "count", "figure", "tally", "sum", "estimate", "quantity"}
)
# Nouns that are themselves the event a figure counts: "1,300 deaths", "46,000 cases".
_EVENT_NOUNS_CLASS = {
    "death": "death",
    "fatality": "death",
    "dead": "death",
    "toll": "death",
    "body": "death",
    # "the number of martyrs has reached 305": the dead, as an official statement counts them
    "martyr": "death",
    "casualty": "casualty",
    # "made 1,200 victims": the dead or the wounded, as "casualties" are.
    "victim": "casualty",
    # "114 of the 246 survivors": those who lived through it, not the dead
    "survivor": "rescue",
    "injury": "injury",
    "wounded": "injury",
    "injured": "injury",
    # "nearly 80,000 hospital admissions": the people taken in, as "hospitalised" counts them
    "admission": "injury",
    "hospitalisation": "injury",
    "hospitalization": "injury",
    "case": "infection",
    "infection": "infection",
    "vote": "vote",
    "abstention": "vote",
    "ballot": "vote",
}
# Classes whose figures count people even when no noun says so ("12 were killed").
_PERSON_EVENTS = frozenset(
    {"death", "injury", "missing", "detention", "prosecution", "displacement"}
)
# Verbs whose class depends on counting people: "treated 350 people" is an injury toll,
# "moved 3 thousand residents" a displacement, "17 are blocked" under rubble are missing.
_PERSON_VERB_CLASS = {
    "treat": "injury",
    "admit": "injury",
    "hospitalize": "injury",
    "hospitalise": "injury",
    "move": "displacement",
    "relocate": "displacement",
    "block": "missing",
    "trap": "missing",
    # Let go or got away, not taken: "13,500 prisoners escaped" are not 13,500 detained
    # (and "released 50 million euros" is a sum paid out).
    "release": "release",
    "free": "release",
    "pardon": "release",
    "parole": "release",
    "escape": "escape",
    "lose": "death",
}
# Nouns of shelter: "left 150,000 people without shelter" displaces them.
_SHELTER_NOUNS = frozenset("shelter roof home housing".split())
# Words that stand for a noun said before: "72 people died and 70 others were injured".
_STAND_IN_NOUNS = frozenset({"other", "more", "rest"})
# "The died", "the killed": a participle for the people it befell, as translations have it.
_PARTICIPLE_NOUNS = {"die": "dead", "kill": "dead", "wound": "wounded", "injure": "injured"}
_SCALE_PLURALS = frozenset({"hundreds", "thousands", "millions", "billions", "dozens"})
# Words passed over on the way from a figure to its verb: "including 121 children", and
# the quantifier a figure's noun hangs on ("several of those guards were shot dead" is of
# the shooting, not of "several").
_PASS_THROUGH = frozenset("include among from of several many some few most all".split())
# Lemmatiser slips on words that news about tolls uses often.
_LEMMA_FIXES = {
    "fin": "fine",
    "dos": "dose",
    "miss": "missing",
    "injured": "injure",
    "wounded": "wound",
    "displaced": "displace",
    "infected": "infect",
    "unaccounte": "unaccounted",
}


@Language.factory(
    "retold_figures",
    requires=["doc._.retold_times", "doc._.retold_places"],
    assigns=["doc._.retold_figures"],
    default_config={"spans_key": SPANS_KEYS["figures"]},
)
def make_figure_finder(nlp: Language, name: str, spans_key: str) -> FigureFinder:
    return FigureFinder(nlp, name, spans_key=spans_key)


def _how_long(t: TimeRef) -> bool:
    """'For 60 days' is a time and a count: how long a state of emergency lasts is a figure
    an article can change. 'Over 3 days' only spans the time something else is counted in."""
    return t.kind == "duration" and t.text.lower().startswith("for ")


class FigureFinder:
    """Find figures sentence by sentence; dates and times are not figures."""

    def __init__(self, nlp: Language, name: str = "retold_figures", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Figure]:
        times: list[TimeRef] = doc._.retold_times or []
        places: list[PlaceMention] = (
            doc._.retold_places if Doc.has_extension("retold_places") else None
        ) or []
        # Datelines and nationalities are no figure's place: sorted out once per document.
        places = [
            p
            for p in places
            if not _nationality(doc, p)
            and not _dateline(doc.text, p)
            and not _seat(doc.text, p)
            and not _venue(doc, p)
            and not _speaking(doc, p)
            and not _attacker(doc, p)
        ]
        figures: list[Figure] = []
        for sent in doc.sents:
            figures.extend(self._sentence_figures(doc, sent, times, places))
        return _rival_tallies(doc, figures)

    def _sentence_figures(
        self, doc: Doc, sent: Span, times: list[TimeRef], places: list[PlaceMention]
    ) -> list[Figure]:
        """The figures of one sentence, each with what it counts, its event, time and scope."""
        figures: list[Figure] = []
        subsets: list[bool] = []  # per figure: a part of one before ("including 11 children")
        numbers: list[Token] = []  # per figure: the token that attaches it
        s0 = sent.start_char
        exclude = [
            (t.start - s0, t.end - s0)
            for t in times
            if t.start < sent.end_char and t.end > s0 and not _how_long(t)
        ]
        for q in find_quantities(sent.text, exclude=exclude):
            if q.kind == "ordinal":
                continue
            span = doc.char_span(s0 + q.number_start, s0 + q.number_end, alignment_mode="expand")
            if span is None:
                continue
            if (
                _is_label(span, q.qualifier)
                or _is_pronoun_one(span)
                or _is_age(doc, s0 + q.start, span)
            ):
                continue
            num = _root(span)
            counted_tok = _counted_token(num)
            if counted_tok is None:
                # "from 6 to 16 deaths": the noun hangs on the range's last number
                last = next((t for t in reversed(span) if t.like_num), num)
                if last.i != num.i:
                    counted_tok = _counted_token(last)
            if (
                q.kind == "fraction"
                and counted_tok is not None
                and _lemma(counted_tok) in SHARE_WORDS
            ):
                counted_tok = None  # "one quarter of them children": the share is no thing
            if counted_tok is None and q.kind == "fraction":
                counted_tok = _of_noun_after(span)  # "one-third of the deaths", misparsed
            if counted_tok is not None and _off_its_label_line(doc.text, num.idx, counted_tok.idx):
                # "- Compostela Valley: 317\n- Davao Oriental: 282": a list's next line
                # names no thing this number counts
                counted_tok = None
            if counted_tok is not None and _inside(counted_tok, times):
                # "as of 17 September 3,958 deaths": the parse took the date for the noun
                nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
                counted_tok = nxt if nxt is not None and nxt.pos_ == "NOUN" else None
            if counted_tok is not None and _lemma(counted_tok) in _CONTAINER_NOUNS:
                after = doc[span.end] if span.end < len(doc) else None
                if (
                    after is not None
                    and after.tag_ in ("VBN", "JJ")
                    and predicate_class(_lemma(after), None)
                    not in (None, predicate_class(None, _lemma(counted_tok)))
                ):
                    # "the toll stood at 31 dead and some 300 injured": the number's own
                    # participle says whom it counts; the toll counts the dead
                    counted_tok = None
            group_tok = _of_them_group(span)  # "40 of them women": a part, of women
            counted = _lemma(counted_tok) if counted_tok is not None else None
            counted_text = _counted_text(counted_tok) if counted_tok is not None else None
            if counted_tok is not None and counted in _SPEEDS and _per_hour(counted_tok):
                counted = _SPEEDS[counted]  # "160 miles per hour" is a speed, not a length
            if counted_tok is not None and counted == "part" and (per := _parts_per(counted_tok)):
                counted = counted_text = per  # "1 part per million" is a concentration
            if (
                counted in _PARTICIPLE_NOUNS
                and counted_tok is not None
                and counted_tok.i > 0
                and doc[counted_tok.i - 1].lower_ == "the"
            ):
                counted = _PARTICIPLE_NOUNS[counted]  # "28 of the died": of the dead
            if counted in _STAND_IN_NOUNS or q.kind == "multiplier":
                counted, counted_text = None, None  # "70 others", "43 more"
            if q.kind in ("percent", "money"):
                # the currency or the percent is a unit, not a thing counted
                counted, counted_text = None, None
            pred_tok = _predicate_token(num, counted_tok)
            predicate = _lemma(pred_tok) if pred_tok is not None else None
            p_class = predicate_class(predicate, counted)
            if p_class == "affected" and pred_tok is not None and pred_tok.tag_ != "VBN":
                p_class = None  # "the cut will affect 300,000 residents" is no disaster's toll
            if p_class is None and pred_tok is not None and _cut_off(pred_tok):
                p_class = "outage"
            c_class = counted_class(counted, q.kind)
            if c_class == "object" and counted_tok is not None:
                if counted_tok.ent_type_ == "NORP":
                    c_class = "person"  # "650,000 Rohingya"
            if counted is None and _built_for(num):
                # "more than three times the 600 it was built for": what it holds at most
                counted, c_class, counted_text = "capacity", "object", "capacity"
            if counted is None and q.kind in ("cardinal", "vague"):
                counted, c_class, counted_text = _elided(figures, subsets, p_class) or (
                    None,
                    None,
                    None,
                )
            if c_class is None and p_class in _PERSON_EVENTS:
                c_class = "person"
            if p_class == "damage" and predicate == "burn" and c_class == "person":
                p_class = _burned(pred_tok)
            if p_class == "casualty" and counted_tok is not None and _under_treatment(counted_tok):
                p_class = "injury"  # "61 other victims were still receiving treatment"
            if p_class == "aboard" and c_class != "person":
                p_class = None  # "five tank cars carrying vinyl chloride": a load, no one aboard
            if p_class in (None, "aboard") and counted_tok is not None and c_class == "person":
                # "carried out 11 bodies" are the dead; "brought out 11 people alive" the saved
                if _lemma(counted_tok) in _REMAINS:
                    p_class = "death"
                elif _alive_after(counted_tok):
                    p_class = "rescue"
            if p_class is None and pred_tok is not None:
                p_class = _class_in_context(pred_tok, predicate, c_class, num)
            if p_class is None and _remains_of(counted_tok):
                p_class = "death"  # "the bodies of 53 workers were buried"
            if p_class in ("death", "injury") and pred_tok is not None:
                # "killed or wounded": the dead and the hurt together are casualties
                # ("32 killed and 165 injured" are two figures: a verb with its own
                # number or subject is not shared)
                joined = {
                    predicate_class(_lemma(c), None)
                    for c in pred_tok.conjuncts
                    if not _has_own_figure(c, num)
                }
                if joined & {"death", "injury"} - {p_class}:
                    p_class = "casualty"
                elif p_class == "death" and "missing" in joined:
                    # "more than 800 people dead or missing": the missing are not all dead
                    p_class = "dead or missing"
            if p_class == "destruction" and pred_tok is not None:
                # "130,000 homes destroyed or damaged": a count of the damage, the ruined
                # among it
                if any(
                    predicate_class(_lemma(c), None) == "damage"
                    and c.i > 0
                    and doc[c.i - 1].lower_ == "or"
                    and not _has_own_figure(c, num)
                    for c in pred_tok.conjuncts
                ):
                    p_class = "damage"
            subset = _is_subset(counted_tok or num)
            population = (
                _lemma(group_tok)
                if group_tok is not None
                else _population(num, counted_tok) or _severity(span)
            )
            if c_class is None and population is not None:
                # "12 were adults and four were children": people, whatever befell them
                if counted_class(population, q.kind) == "person":
                    c_class = "person"
            # a part: "including 4 children", "a quarter of them", "34 of the victims were children"
            part_of = _part_of_number(num)
            explicit = population is not None or _of_the(num)
            if part_of is None and (subset or explicit):
                share = q.kind in ("percent", "fraction")
                whole = _whole(
                    figures,
                    subsets,
                    None if share else c_class,
                    None if explicit else p_class,
                )
                part_of = whole.start if whole is not None else None
            subsets.append(subset)
            numbers.append(num)
            figures.append(
                Figure(
                    start=s0 + q.start,
                    end=s0 + q.end,
                    text=q.text,
                    value=q.value,
                    low=_finite(q.interval.low),
                    high=_finite(q.interval.high),
                    low_open=q.interval.low_open,
                    high_open=q.interval.high_open,
                    qualifier=q.qualifier,
                    kind=q.kind,
                    counted=counted,
                    counted_text=counted_text,
                    counted_class=c_class,
                    predicate=predicate,
                    predicate_class=p_class,
                    sentence=(sent.start_char, sent.end_char),
                    time=_nearest_time(s0 + q.start, sent, times),
                    place=_nearest_place(s0 + q.start, sent, places, doc),
                    agent=_agent(pred_tok, num, counted_tok) if p_class is not None else None,
                    population=population,
                    part_of=part_of,
                )
            )
        return _parts_of_a_later_whole(figures, numbers)

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        doc._.retold_figures = figures
        spans = []
        for f in figures:
            span = doc.char_span(
                f.start, f.end, label=f.counted_class or f.kind, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


# Words standing for a count told before: "Today it is about 700".
_IT_WORDS = frozenset({"it", "that", "this"})

# Sentences back a bare tally may take its count from: "121 people had been killed. The
# Public Defender's Office ... said its own count stood at 132."
_TALLY_REACH = 2


def _rival_tallies(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A tally told with nothing of what it counts ("its own count stood at 132") counts
    what the count just before it counts: a rival figure of the same harm."""
    sentences = [s.start_char for s in doc.sents]
    out: list[Figure] = []
    for f in figures:
        if (
            # "Today it is about 700": the number of what was counted before
            (f.counted in _CONTAINER_NOUNS and f.counted != "toll" or f.counted in _IT_WORDS)
            and f.predicate_class is None
            and f.counted_class == "object"
        ):
            here = next((i for i, s in enumerate(sentences) if s == f.sentence[0]), None)
            lo = f.start if here is None else sentences[max(0, here - _TALLY_REACH)]
            before = [
                g
                for g in out
                if g.predicate_class is not None
                and g.counted_class == "person"
                and g.part_of is None
                and lo <= g.start < f.start
            ]
            if before:
                g = before[-1]
                f = replace(
                    f,
                    counted=g.counted,
                    counted_text=g.counted_text,
                    counted_class=g.counted_class,
                    predicate=g.predicate,
                    predicate_class=g.predicate_class,
                )
        out.append(f)
    return out


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.lower_ == "missing":
        return "missing"
    return _LEMMA_FIXES.get(lemma, lemma)


def _root(span: Span) -> Token:
    """The token of a figure's span that attaches it to the sentence: '70' of '70 and 80'."""
    for tok in span:
        if tok.head.i == tok.i or not span.start <= tok.head.i < span.end:
            return tok
    return span[-1]


def _is_subset(tok: Token) -> bool:
    """A figure that counts part of an earlier one: 'including 121 children', '6 of them'."""
    # an apposition to a name is no part of anything: "MAPUTO, 11 Jan (Lusa) - At least
    # 56 people have died", the lead the parse hung on the dateline's agency
    if (tok.dep_ == "appos" and tok.head.pos_ != "PROPN") or _lemma(tok.head) in (
        "include",
        "among",
    ):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("among", "of", "from")
        and any(g.pos_ == "PRON" for g in c.children)
        for c in tok.children
    )


def _elided(
    earlier: list[Figure], subsets: list[bool], p_class: str | None
) -> tuple[str, str | None, str | None] | None:
    """What a bare figure counts, from the figures before it: "killed 40 people and wounded 30"."""
    candidates = [
        f
        for f, subset in zip(reversed(earlier), reversed(subsets), strict=True)
        # a span of time counts no one: "sent to a detention centre for 10 days, 40 fined"
        if f.counted is not None
        and f.counted_class not in ("money", "percentage", "duration")
        and not subset
    ]
    if p_class in _PERSON_EVENTS:
        people = [f for f in candidates if f.counted_class == "person"]
        candidates = people or candidates
    if not candidates:
        return None
    f = candidates[0]
    return f.counted or "", f.counted_class, f.counted_text


def _whole(
    earlier: list[Figure], subsets: list[bool], c_class: str | None, p_class: str | None
) -> Figure | None:
    """The figure a part is taken from: the nearest earlier whole of the same kind of thing
    that the same thing happened to (part of a death toll is a death toll)."""
    wholes = [
        f
        for f, subset in zip(earlier, subsets, strict=True)
        if not subset
        and (c_class is None or f.counted_class in (c_class, None))
        and (p_class is None or f.predicate_class in (p_class, None))
    ]
    return wholes[-1] if wholes else None


def _parts_of_a_later_whole(figures: list[Figure], numbers: list[Token]) -> list[Figure]:
    """ "Twelve of the 19 who died were children": a part named before its whole, with no
    noun of its own, counts what the whole counts and is part of it."""
    out = list(figures)
    for k, (f, num) in enumerate(zip(figures, numbers, strict=True)):
        if f.counted is not None or f.part_of is not None:
            continue
        obj = _of_object(num)
        if obj is None or not obj.like_num:
            continue
        whole = next((g for g, n in zip(figures, numbers, strict=True) if n.i == obj.i), None)
        if whole is None or whole is f or whole.counted_class is None:
            continue
        out[k] = replace(
            f,
            part_of=whole.start,
            counted=whole.counted,
            counted_text=whole.counted_text,
            counted_class=whole.counted_class,
            predicate=f.predicate or whole.predicate,
            predicate_class=f.predicate_class or whole.predicate_class,
        )
    return out


def _part_of_number(num: Token) -> int | None:
    """'9 of the 30 shops': the offset of the whole named inside the part's own phrase."""
    whole = _whole_number(num)
    return whole.idx if whole is not None else None


def _whole_number(part: Token) -> Token | None:
    """'9 of the 30 shops': the number of the whole the part's own phrase names, on the
    whole's noun (its head)."""
    of_object = _of_object(part)
    if of_object is None:
        return None
    return next((c for c in of_object.children if c.dep_ == "nummod" and c.like_num), None)


# Words that close a group onto the figure before it: "a quarter of them children".
_OF_GROUP = frozenset("them whom those these".split())


def _of_them_group(span: Span) -> Token | None:
    """The group noun of "a quarter of them children", "30 from them children"."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].lower_ in ("of", "from") and doc[i + 1].lower_ in _OF_GROUP:
        j = i + 2
        if j < len(doc) and doc[j].lemma_.lower() == "be":
            j += 1
        if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and _lemma(doc[j]) in _PERSON_NOUNS:
            return doc[j]
    return None


# How badly the counted were hurt, said in the figure's own clause: "more than 400 of them
# in critical condition", "41 were in a serious condition", "140 of them seriously"; never
# across another number or a joined clause ("12 killed and 30 seriously hurt").
_SEVERITY_RE = re.compile(
    r"^(?:(?!\b(?:and|or|while|but|whereas)\b)[^,;:.\d]){0,60}?\b(?:(?:critically|seriously|severely|gravely)\b"
    r"|in (?:a |an )?(?:critical|serious|grave|life-threatening) (?:condition|state)"
    r"|(?:critical|serious|grave|life-threatening|severe) (?:injuries|wounds|burns)"
    r"|in intensive care"
    # "21 of them were fighting for their lives": the gravely hurt, in a set phrase
    r"|fighting for (?:their|his|her) li(?:fe|ves))",
    re.I,
)
# ... or before it, on the verb that counts them: "seriously injured more than 30 others"
_SEVERE_BEFORE_RE = re.compile(
    r"\b(?:critically|seriously|severely|gravely) (?:injur\w*|wound\w*|hurt|burn\w*)"
    r"(?: [\w-]+){0,2} ?$",
    re.I,
)
SEVERE = "severe"  # the population of a count of the gravely hurt


def _severity(span: Span) -> str | None:
    """A count narrowed to the gravely hurt, by words after it in its clause or on the verb
    just before it: a part no toll of all the hurt may stand for."""
    sent = span.sent
    text = span.doc.text
    after, before = text[span.end_char : sent.end_char], text[sent.start_char : span.start_char]
    return SEVERE if _SEVERITY_RE.search(after) or _SEVERE_BEFORE_RE.search(before) else None


_SEXES = frozenset({"female", "male"})


def _population(num: Token, counted: Token | None) -> str | None:
    """The group a figure is narrowed to by a copula: "34 of the victims were children",
    "of whom 40 were women". A lemma, as ``counted`` is."""
    if num.dep_ == "nsubj" and num.head.lower_ in _SEXES:
        return num.head.lower_  # "137 hostages, 76 of them female"
    subject = num if num.dep_ in ("nsubj", "nsubjpass") else None
    if subject is None and counted is not None and counted.dep_ in ("nsubj", "nsubjpass"):
        subject = counted
    if subject is not None and subject.head.lemma_.lower() == "be":
        for child in subject.head.children:
            if child.dep_ == "attr" and _lemma(child) in _PERSON_NOUNS:
                return _lemma(child)
    return None


def _of_the(num: Token) -> bool:
    """'34 of the victims': a number taken out of things already named."""
    of_object = _of_object(num)
    return of_object is not None and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in of_object.children
    )


# Causes that are not themselves counted things: "killed in the flood", "died in a fire".
_CAUSE_NOUNS = frozenset(
    "flood flooding fire blaze earthquake quake tremor storm cyclone hurricane typhoon "
    "landslide mudslide avalanche blast crash collision stampede crush collapse heatwave "
    "outbreak epidemic bombardment bombing fighting clash clashes violence gunfire "
    "shooting".split()
)


def _container_counted(container: Token) -> Token:
    """What a container noun holds: "the number of people" counts people; "the toll of the
    unrest" counts the dead of the unrest, not the unrest."""
    obj = _of_object(container)
    if obj is None or container.lemma_.lower() == "toll" and _lemma(obj) not in _PERSON_NOUNS:
        return container
    return obj


def _agent(pred: Token | None, num: Token, counted: Token | None) -> str | None:
    """Who or what did what the figure counts: "by coalition strikes", "killed in the
    shelling", "Floods destroyed 2,140 homes". Pronouns name no one and give None."""
    if pred is None or pred.pos_ not in ("VERB", "ADJ"):
        return None
    for child in pred.children:
        if child.dep_ == "agent":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON":
                return _phrase(obj)
    subject = _doer(pred, num, counted)
    if subject is not None:
        return _phrase(subject)
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "from", "during", "under"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (_lemma(obj) in _EVENT_NOUNS or _lemma(obj) in _CAUSE_NOUNS):
                return _phrase(obj)
    return None


def _doer(pred: Token, num: Token, counted: Token | None) -> Token | None:
    """The subject that does it, only when the figure is the object: "Floods destroyed
    2,140 homes", "... and killed 1,000" (the subject of the first verb); not "1,300 people
    have died"."""
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or not obj.left_edge.i <= num.i <= obj.right_edge.i:
        return None
    if _lemma(pred) in _PATIENT_SUBJECT_VERBS:
        return None
    verb = pred
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            break
        if verb.dep_ != "conj":
            return None
        verb = verb.head  # "destroyed 1,300 houses and killed 1,000 people"
    if subject is None or subject.pos_ == "PRON":
        return None
    if not (subject.pos_ in ("NOUN", "PROPN") or subject.tag_ == "VBG"):
        return None  # "shelling" is tagged a verb as often as a noun
    if subject.i == num.i or (counted is not None and subject.i == counted.i):
        return None
    if subject.left_edge.i <= num.i <= subject.right_edge.i:
        return None
    return subject


# Verbs whose subject suffers what is counted: "the occupiers have lost 29 planes".
_PATIENT_SUBJECT_VERBS = frozenset("lose suffer sustain".split())


def _phrase(tok: Token) -> str:
    """A noun with its modifiers and its 'of' phrase: "coalition strikes", "strikes of the coalition"."""
    left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    start = min([tok.i] + [c.left_edge.i for c in left])
    end = tok.i + 1
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        end = of.right_edge.i + 1
    return tok.doc[start:end].text


def _burned(tok: Token | None) -> str:
    """People burned are hurt ("31 people suffered burns"), unless burned to death or alive."""
    to_death = tok is not None and any(
        c.lower_ == "alive" or c.dep_ == "prep" and any(_lemma(x) == "death" for x in c.children)
        for c in tok.children
    )
    return "death" if to_death else "injury"


# A verb, then the people it moved "to safety" within its clause (the parse often hangs
# the phrase on a noun between).
_TO_SAFETY_RE = re.compile(r"\w+\b(?:(?!\band\b)[^;.]){0,100}?\bto safety\b")
_BUILT_FOR = frozenset("build design mean intend plan".split())


def _built_for(num: Token) -> bool:
    """ "The 600 it was built for": a number a relative clause says a place was made for,
    its "for" left at the clause's end."""
    return any(
        c.dep_ == "relcl"
        and _lemma(c) in _BUILT_FOR
        and any(g.dep_ == "prep" and g.lower_ == "for" and not list(g.children) for g in c.children)
        for c in num.children
    )


# Who sets prisoners free by force: what they free got away, it was not let go.
_ARMED_MEN = frozenset(
    "gunman gunmen attacker attackers militant militants insurgent insurgents jihadist "
    "jihadists bandit bandits rebel rebels fighter fighters terrorist terrorists".split()
)


def _by_armed_men(verb: Token) -> bool:
    """The verb's doer is an armed group: "gunmen freed", "were freed by attackers"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in _ARMED_MEN for d in doers)


def _class_in_context(
    tok: Token, predicate: str | None, c_class: str | None, num: Token
) -> str | None:
    """A class that the predicate's lemma alone does not give: what it does to whom."""
    if (
        predicate in ("find", "trace", "locate")
        and c_class in (None, "person")
        and any(c.lower_ == "remaining" for c in num.children)
    ):
        return "missing"  # "search operations to find the remaining three": not yet found
    if c_class == "person" and predicate in ("free", "release") and _by_armed_men(tok):
        return "escape"  # "gunmen freed 1,844 inmates": a jailbreak, not a release
    if c_class == "person" and predicate in _PERSON_VERB_CLASS:
        if predicate == "lose" and any(
            c.dep_ == "dobj"
            and _lemma(c) != "life"
            and not c.left_edge.i <= num.i <= c.right_edge.i
            for c in tok.children
        ):
            return None  # "lost access to surgery", "lost their homes": not a death
        return _PERSON_VERB_CLASS[predicate]
    if c_class == "person" and _TO_SAFETY_RE.match(tok.doc.text, tok.idx, tok.sent.end_char):
        # "brought nine people ... to safety": the saved ("moved to safety" is an
        # evacuation, told above)
        return "rescue"
    if predicate == "lose" and c_class == "structure":
        return "destruction"  # "Louisville lost 553 homes": they are gone
    if predicate == "lose" and c_class == "object":
        return "damage"
    if predicate in ("push", "turn", "send") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children
    ):
        return "expulsion"
    if predicate in ("remain", "stay", "be", "lie") and c_class == "person" and _in_care(tok):
        return "injury"  # "190 people remained in hospital"
    if c_class == "person" and _in_care(tok, "to"):
        return "injury"  # "130 people were taken to hospital", "rushed to hospitals"
    if predicate in _PULLED and c_class == "person" and _from_the_ruins(tok):
        return "rescue"  # "pulled eight people out from under the debris alive"
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in ("lethally", "fatally"):
            return "death"  # "19 finished lethally"
        if child.dep_ == "dobj" and predicate in _LIFE_VERBS and _lemma(child) == "life":
            return "death"  # "taken the lives of 65 people"
        if child.dep_ == "prep" and child.lower_ in ("without", "in"):
            nouns = _SHELTER_NOUNS if child.lower_ == "without" else {"shelter"}
            if any(g.lemma_.lower() in nouns for g in child.children):
                return "displacement"  # "without shelter", "left ... in emergency shelters"
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "out")
            and predicate in _DRIVEN_OUT
            and any(g.lemma_.lower() in _SHELTER_NOUNS for g in child.subtree)
        ):
            return "displacement"  # "forced from their homes", "chased from their home"
    return None


_CARE = frozenset("hospital hospitals care icu clinic clinics".split())


def _under_treatment(counted: Token) -> bool:
    """Victims whose verb says they are being treated: the hurt, not the dead."""
    if counted.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = counted.head
    lemma = _lemma(verb)
    if _PERSON_VERB_CLASS.get(lemma) == "injury" or _in_care(verb):
        return True
    return lemma == "receive" and any(
        c.dep_ == "dobj" and _lemma(c) in ("treatment", "care") for c in verb.children
    )


def _in_care(verb: Token, prep: str = "in") -> bool:
    """ "remained in hospital", "are in intensive care": the hurt, still being treated
    (or, with "to", brought there: "were taken to hospital")."""
    return any(
        c.dep_ == "prep" and c.lower_ == prep and any(g.lower_ in _CARE for g in c.children)
        for c in verb.children
    )


# Verbs that bring people out of ruins or water alive: a rescue when the words say so.
_PULLED = frozenset("pull dig drag haul free extract".split())
_RUINS = frozenset("rubble debris ruin ruins wreckage water sea river mud".split())


def _from_the_ruins(verb: Token) -> bool:
    """Brought out of what buried them, alive: "pulled alive", "pulled from the rubble"."""
    for t in verb.subtree:
        if t.lower_ == "alive" or (t.lemma_.lower() in _RUINS and t.dep_ == "pobj"):
            return True
    return False


# Verbs that put people out of their homes when the homes are named: "forced from".
_DRIVEN_OUT = frozenset("force drive chase push flush".split())

_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_AGE_AFTER_RE = re.compile(r"\s*-?\s*(?:years?|months?)[\s-]*old\b", re.I)


def _is_age(doc: Doc, start_char: int, span: Span) -> bool:
    """An age, not a count: "children under five", "aged 10 to 19", "under the age of
    five", "a 12-year-old". Tolls of children cite ages; comparing them as counts would
    read "under five" against "83"."""
    first = doc.char_span(start_char, span.end_char, alignment_mode="expand")
    i = (first or span).start
    before = [t.lower_ for t in doc[max(i - 3, 0) : i]]
    if before and (before[-1] in _AGE_BEFORE or before[-2:] == ["age", "of"]):
        return True
    if _AGE_AFTER_RE.match(doc.text, span.end_char):
        return True
    if i >= 1 and doc[i].lower_ in ("under", "over", "below", "above"):
        # "children under five": the bound follows a noun of people, not a verb or "of"
        head = doc[i - 1]
        return head.pos_ == "NOUN" and _lemma(head) in _PERSON_NOUNS
    return False


def _is_pronoun_one(span: Span) -> bool:
    """'the first one who is asked': 'one' standing for a noun, not a count."""
    tok = span[-1]
    return (
        len(span) == 1
        and tok.lower_ in ("one", "ones")
        and tok.dep_ not in ("nummod", "quantmod")
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of")
    )


def _is_label(span: Span, qualifier: str | None) -> bool:
    """A number that names rather than counts: "Camp 7", "Tailings Pond 3", "Zarin-2"."""
    if qualifier is not None or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    num = span[-1]
    # a sentence's first word is capitalised anyway: only a proper noun names there
    # ("France 24 reported")
    named = (
        prev.text[:1].isupper()
        and prev.pos_ in ("PROPN", "NOUN")
        and (not prev.is_sent_start or prev.pos_ == "PROPN")
    )
    counts = num.dep_ == "nummod" and num.head.i > num.i
    return named and not counts and len(span) == 1 and num.like_num and "," not in num.text


def _finite(x: float | None) -> float | None:
    if x is None or math.isinf(x):
        return None
    return x


def counted_class(lemma: str | None, kind: str = "cardinal") -> str | None:
    if kind == "percent":
        return "percentage"
    if kind == "money":
        return "money"
    if lemma is None:
        return None
    if (
        lemma in _PERSON_NOUNS
        or lemma in _HARMED_PARTICIPLES
        or lemma in ("death", "fatality", "casualty", "toll", "injury")
        or lemma in ("admission", "hospitalisation", "hospitalization")
    ):
        return "person"
    if lemma in _REPORT_NOUNS:
        return "report"
    if lemma in _STRUCTURE_NOUNS or compound_head(lemma, _STRUCTURE_NOUNS) is not None:
        return "structure"  # a "railcar" is a car, a "farmhouse" a house
    if lemma in _DURATION_NOUNS:
        return "duration"
    if lemma in _EVENT_NOUNS:
        return "event"
    if lemma in _CASE_NOUNS:
        return "case"
    return "object"


def compound_head(lemma: str, heads: Iterable[str]) -> str | None:
    """The one of ``heads`` that a one-word compound ends in ("railcar": car, "farmhouse":
    house), None for a word that is no such compound."""
    return next((h for h in heads if len(lemma) - len(h) >= 3 and lemma.endswith(h)), None)


_REMAINS = frozenset({"body", "remains", "corpse"})


def _alive_after(tok: Token) -> bool:
    """Whether a counted noun is said to be alive: "bringing out 11 people alive"."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "alive"


def _remains_of(tok: Token | None) -> bool:
    """Whether a counted noun is of the dead: "the bodies of 53 workers"."""
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _REMAINS
    )


_UTILITIES = frozenset("power electricity water heat heating gas".split())


def _cut_off(verb: Token) -> bool:
    """A verb told with a utility lost: "left without electricity", "lost power"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "without":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _UTILITIES for g in child.children):
                return True
        if (
            child.dep_ == "dobj"
            and verb.lemma_.lower() == "lose"
            and child.lemma_.lower() in _UTILITIES
        ):
            return True
    return False


def predicate_class(predicate: str | None, counted: str | None) -> str | None:
    """The class of what happened; the verb's own class wins over an event noun counted."""
    if predicate in _LIFE_VERBS:
        if counted in ("life", "lives"):
            return "death"
    elif predicate is not None:
        for cls, words in _PREDICATES.items():
            if predicate in words:
                return cls
    for word in (counted, predicate):
        if word is not None and word in _EVENT_NOUNS_CLASS:
            return _EVENT_NOUNS_CLASS[word]
    return None


def _counted_token(num: Token) -> Token | None:
    """The noun a number counts, through 'a total of N people' and 'the number of X was N'."""
    head = num.head
    doc = num.doc
    if num.i >= 2 and doc[num.i - 1].lower_ == "to" and doc[num.i - 2].lemma_ in _LEVEL_VERBS:
        # "the toll has risen to 85 and more than 147 people were wounded": a level the
        # toll rose to, whatever noun the parse hangs the number on.
        toll = next(
            (
                c
                for c in doc[num.i - 2].children
                if c.dep_ == "nsubj" and c.lemma_.lower() in _CONTAINER_NOUNS
            ),
            None,
        )
        if toll is not None:
            return _of_object(toll) or toll
    if num.dep_ == "det" and head.pos_ == "NOUN":
        return head  # "a week of mourning": the one week
    if num.dep_ not in ("nummod", "quantmod", "compound"):
        # "dozens of villagers", "9 of the 30 shops"; "12 of them" counts what came before
        of_object = _of_object(num)
        while of_object is not None and (of_object.like_num or of_object.lower_ in _SCALE_PLURALS):
            of_object = _of_object(of_object)  # "tens of thousands of residents"
        if of_object is not None:
            return None if of_object.pos_ == "PRON" else of_object
    share = num.lower_ in ("%", "percent") or (
        num.i + 1 < len(doc) and doc[num.i + 1].lower_ in ("%", "percent")
    )
    if num.dep_ in ("nsubj", "nsubjpass") and not share:
        # "Of the injured, 41 were in a serious condition": the whole fronted before the
        # part ("Of the households surveyed, 64% said": a share, whose verb is its own)
        fronted = next(
            (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < num.i),
            None,
        )
        of_object = _of_object(head) if fronted is not None else None
        if of_object is not None and of_object.pos_ != "PRON" and of_object.i < num.i:
            return of_object
    if num.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
    ):
        if head.lemma_.lower() in _CONTAINER_NOUNS:
            return _of_object(head) or head
        if head.lemma_.lower() in ("of",):
            return None
        between = doc[num.i + 1 : head.i]
        if any(t.lower_ == "of" for t in between) and any(
            t.lower_ in _PRONOUN_PARTS for t in between
        ):
            # "missing: 1,063, most of them fishermen": the noun names most of them, not
            # what was counted; an appositive's head is what was.
            return head.head if head.dep_ == "appos" and head.head.pos_ == "NOUN" else None
        if (
            head.dep_ == "compound"
            and head.tag_ == "NN"
            and head.head.tag_ == "NNS"
            and head.head.i == head.i + 1
        ):
            # "Three student nurses", with the number hung on "student": the nurses
            return head.head
        return head
    # "N of them", "a total of N"
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head if head.head.lemma_.lower() not in _CONTAINER_NOUNS else None
    # "the total number of reports ... was 396" / "the toll rose to 111"
    verb = head
    if num.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        # "bringing the death toll from the October 3 sinking to 339": the parse hangs
        # "to 339" on the noun of "from ..."; the verb that brought the toll is above it.
        hops = 0
        while verb.dep_ == "pobj" and verb.head.dep_ == "prep" and hops < 3:
            verb = verb.head.head
            hops += 1
    if (
        verb is not head
        and verb.dep_ == "acl"
        and verb.head.dep_ == "pobj"
        and verb.head.head.lower_ == "of"
        and verb.head.head.head.lemma_.lower() in _CONTAINER_NOUNS
    ):
        # "put the number of people left without power at 13 million", with "at" hung on
        # the participle: the people the container holds
        return verb.head
    if num.dep_ in ("attr", "pobj", "dobj", "npadvmod", "appos", "conj") or verb is not head:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb is not head and obj is not None and obj.lemma_.lower() in _CONTAINER_NOUNS:
            # "raising the toll to 2,311"; "bringing its total to 16,400" counts what came before
            return _container_counted(obj) if obj.lemma_.lower() == "toll" else _of_object(obj)
        # a dateline the parse takes for a second subject ("KATHMANDU, May 4 - The
        # number of people killed has reached 7,276") leaves the container the one
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != num.i]
        container = next((c for c in subjects if c.lemma_.lower() in _CONTAINER_NOUNS), None)
        if container is not None:
            return _container_counted(container)
        if subjects and num.dep_ == "attr":
            return subjects[0]
    # "killed 34 people" where the model attaches the noun after the number
    nxt = num.i + 1
    if nxt < len(num.doc) and num.doc[nxt].pos_ == "NOUN" and num.doc[nxt].head.i == num.i:
        return num.doc[nxt]
    return None


def _of_noun_after(span: Span) -> Token | None:
    """The noun of an "of" phrase right after a span, read off the words, not the parse."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    for tok in doc[span.end + 1 : span.end + 4]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.pos_ not in ("DET", "ADJ", "PRON", "NUM"):
            return None
    return None


def _of_object(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _counted_text(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "NUM"]
    start = min([tok.i] + [c.i for c in left])
    end = tok.i + 1
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    # "reports of possible casualties", "members of the army": the noun is of what follows
    if of is not None and tok.lemma_.lower() in _REPORT_NOUNS | _CASE_NOUNS | {"member"}:
        end = max(t.i for t in of.subtree) + 1
    # "189 passengers and crew": a count of both the nouns
    conj = next((c for c in tok.rights if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if (
        conj is not None
        and end == tok.i + 1
        # "149 passengers and eight members of the crew": two counts, each its own
        and not any(c.dep_ == "nummod" for c in conj.children)
    ):
        end = conj.i + 1
    text = tok.doc[start:end].text
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip()  # "... of the Homeland (VDP": no half bracket
    return text


def _off_its_label_line(text: str, at: int, other: int) -> bool:
    """Whether a number stands on a line of its own label ("- Compostela Valley: 317") and
    ``other`` lies off that line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return not start <= other < end and bool(_LABEL_LINE_RE.match(text, start, end))


# A line that is a label and its number: "Dead: 647", "- Davao Oriental: 282".
_LABEL_LINE_RE = re.compile(r"\s*(?:[-•*–]\s*)?[^:\n]{1,60}:\s*[\d][\d,.]*\s*$")


def _has_own_figure(verb: Token, num: Token | None = None) -> bool:
    """A verb with a number, subject or object of its own ("and 165 injured", "and
    injuring dozens", "killed him, and two of them were wounded"); its prepositional
    phrases do not count ("wounded in two attacks"), nor a subject the figure's own verb
    shares ("The shelling killed or wounded 30 people")."""
    pred = num.head if num is not None else None
    while pred is not None and pred.pos_ not in ("VERB", "AUX") and pred.head.i != pred.i:
        pred = pred.head
    shared = (
        pred is not None
        and verb.i < pred.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children)
    )
    for child in verb.children:
        # "persons who were killed or who disappeared": the relative pronoun is the
        # persons again, no subject of its own
        if child.dep_ in ("nsubj", "nsubjpass") and not shared and child.tag_ != "WP":
            return True
        if child.dep_ == "dobj" and num is not None and num not in child.subtree:
            return True
        if child.dep_ not in ("prep", "conj") and any(
            t.like_num or t.lower_ in _SCALE_PLURALS for t in child.subtree
        ):
            return True
    return False


# Verbs that say nothing of what befell a part: "12 of the 30 killed were children".
_NO_ACT_VERBS = frozenset({"be", "have", "include", "remain", "say", "number", "comprise"})


def _partitive_relative(clause: Token) -> bool:
    """A relative clause of a part: "two of whom were injured", and "23 of them fatal"
    as the parse reads it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(
            p.lower_ == "of"
            and any(w.lower_ in ("whom", "which", "them", "those") for w in p.children)
            for p in c.children
        )
        for c in clause.children
    )


def _own_verb(num: Token) -> Token | None:
    """The verb a number is the object or subject of, directly or through a preposition
    ("seek the death penalty for five"), if it tells an act."""
    verb = num.head.head if num.dep_ == "pobj" and num.head.dep_ == "prep" else num.head
    if num.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    return None if verb.lemma_.lower() in _NO_ACT_VERBS else verb


def _predicate_token(num: Token, counted: Token | None) -> Token | None:
    """The event that happened to what is counted: 'killed', 'destroyed', 'unaccounted for'."""
    anchor = counted if counted is not None else num
    change = _change_measured(num, counted)
    if change is not None:
        return change
    # "rescued 12 workers trapped in a tunnel", "40 people trapped ... were rescued": what
    # the verb did to them, not the state the clause after them says they were in
    # ("Eighty-two of the schoolgirls abducted ... were released": the number is what the
    # verb holds, its people after "of")
    holder = (
        num
        if anchor.i != num.i
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.i == num.i
        else anchor
    )
    done_to = (
        holder.dep_ in ("dobj", "nsubjpass")
        and holder.head.pos_ == "VERB"
        and (
            predicate_class(_lemma(holder.head), None) is not None
            # "23 passengers held captive ... have been released": let go, not held
            or _PERSON_VERB_CLASS.get(_lemma(holder.head)) in ("release", "escape")
        )
    )
    # "five of the 11 suspects charged": the participle tells what befell the eleven, the
    # whole the part is taken from, not what is done to the five
    whole = _whole_number(num)
    of_a_count = whole is not None and whole.head.i == anchor.i and _own_verb(num) is not None
    # a modifier that names the event: "displaced people", "lethal cases", "civilian lives"
    for child in anchor.children:
        if child.i != num.i and predicate_class(_lemma(child), None) is not None:
            if child.dep_ == "acl" and (done_to or of_a_count):
                continue
            if child.dep_ in ("amod", "acl", "compound") or (
                # "pilgrims who died": they did it, but dying is what befell them (not
                # "25 crew members, two of whom were injured": what befell a part)
                child.dep_ == "relcl"
                and not _partitive_relative(child)
                and (
                    not _relative_subject(child)
                    or not any(c.dep_ == "dobj" for c in child.children)
                )
            ):
                return child
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if (
        after is not None
        and after.pos_ == "ADJ"
        and after.head.i != anchor.i
        and predicate_class(_lemma(after), None) is not None
    ):
        # "hopes faded for more than 800 people dead or missing", the state parsed as the
        # clause's: the people are the dead
        return after
    told_as = anchor.doc[num.i + 1] if anchor is not num and num.i + 1 < len(num.doc) else None
    if (
        told_as is not None
        and told_as.pos_ == "ADJ"
        and _lemma(anchor) in _CONTAINER_NOUNS
        and predicate_class(_lemma(told_as), None) is not None
    ):
        # "put the toll at about 22,000 dead or missing": the toll is of those it names
        return told_as
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            # "lists 192 people as dead", with "as" hung on the people: what it lists them as
            for grand in child.children:
                if predicate_class(_lemma(grand), None) is not None:
                    return grand
    among = _among_harmed(anchor)
    if among is not None:
        return among
    told = _said_after(num) if counted is None else None
    if told is not None:
        return told
    # a noun that is itself the event: "deaths", "casualties", "cases"
    if counted is not None and _lemma(counted) not in ("body", "survivor"):
        if predicate_class(None, _lemma(counted)) is not None:
            return counted
    for child in anchor.children:
        if child.dep_ == "acl" and child.pos_ in ("VERB", "ADJ") and not (done_to or of_a_count):
            # "23,150 people listed as missing": the participle's complement says it
            return _complement(child, anchor) or child
    if of_a_count:
        anchor = num  # the part's own verb: "would seek the death penalty for five of ..."
    for child in anchor.children:
        if predicate_class(None, _lemma(child)) is not None:
            return child
    part = anchor.head.head
    if (
        part.pos_ == "NUM"
        and part.i != num.i
        and (whole := _whole_number(part)) is not None
        and whole.i == num.i
        and (aboard := _aboard(anchor)) is not None
    ):
        # "killed 71 of the 77 people on board": the whole told by its own words, those
        # aboard; otherwise the part's verb stands for it ("9 of the 30 shops burned")
        return aboard
    tok = anchor
    for _ in range(5):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        lemma = _lemma(tok)
        if lemma in _PASS_THROUGH:
            continue
        if lemma == "capacity":
            return tok  # "had a capacity of 101 passengers": how many it may carry
        if tok.dep_ in ("aux", "auxpass") and tok.head.pos_ == "VERB":
            continue  # "13 people remained hospitalized", parsed with "remained" an auxiliary
        if lemma == "be":
            # "... were injured and 441 were missing": the copula's own complement, before
            # the verb the clause is joined to
            comp = _complement(tok, anchor)
            if comp is not None and predicate_class(_lemma(comp), None) is not None:
                return comp
            if anchor.dep_ == "nsubj" and (aboard := _aboard(tok)) is not None:
                return aboard  # "280 people had been on board": those aboard
        if lemma == "have":
            # "17,000 households had their homes damaged": what befell them is the
            # participle on what they had.
            done = next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "dobj"
                    for g in c.children
                    if g.dep_ == "acl" and g.tag_ == "VBN"
                ),
                None,
            )
            if done is not None:
                return done
        if tok.pos_ in ("VERB", "AUX", "ADJ") and lemma not in ("be", "have"):
            if predicate_class(lemma, None) is None:
                # "the death toll has reached 28 people": the toll says what befell them.
                toll = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "nsubj"
                        and lemma in _LEVEL_VERBS
                        and predicate_class(None, _lemma(c)) is not None
                    ),
                    None,
                )
                return (
                    toll
                    or _complement(tok, anchor)
                    or _subjectless_passive(tok)
                    or _aboard(anchor)
                    or _classed_conjunct(tok)
                    or tok
                )
            return tok
        if tok.pos_ == "NOUN" and lemma != "body" and predicate_class(None, lemma) is not None:
            return tok
        if (
            lemma == "loss"
            and counted is not None
            and counted_class(_lemma(counted), "cardinal") == "person"
        ):
            return tok  # "resulted in the loss of at least ten civilians": their deaths
    # "N people are missing": an adjective complement of the copula
    if tok.pos_ in ("VERB", "AUX"):
        return _complement(tok, anchor)
    return None


def _classed_conjunct(verb: Token) -> Token | None:
    """ "was shot and wounded", "shot and killed": the verb joined to one that says what
    befell them, where the first says only how."""
    return next(
        (
            c
            for c in verb.children
            # right after it, of the same subject: not "hit a market, and 9 shops burned"
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i - verb.i <= 3
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and predicate_class(_lemma(c), None) is not None
        ),
        None,
    )


# Nouns of a change a figure after "of" measures: "an increase of 60%", "a fall of 12".
_CHANGE_NOUNS = frozenset(
    "increase rise drop fall decline jump surge growth reduction decrease cut spike".split()
)


def _change_measured(num: Token, counted: Token | None) -> Token | None:
    """ "an increase of about 80%", "a fall of 12 points": the change a figure after "of"
    measures, whatever the clause around it tells."""
    for change in (counted, num.head.head if num.dep_ == "pobj" else None):
        if (
            change is not None
            and _lemma(change) in _CHANGE_NOUNS
            and any(
                c.dep_ == "prep" and c.lower_ == "of" and num.i in {t.i for t in c.subtree}
                for c in change.children
            )
        ):
            return change
    return None


def _aboard(anchor: Token) -> Token | None:
    """ "travelled with around 200 passengers on board": the count of those aboard, where
    the verb says nothing of what befell them ("with 91 passengers and eight crew members
    on board": both)."""
    for child in (c for t in (anchor, *anchor.conjuncts) for c in t.children):
        if child.lower_ == "aboard":
            return child
        if child.dep_ == "prep" and child.lower_ == "on":
            board = [g for g in child.children if g.lower_ == "board"]
            if board:
                return board[0]
    return None


def _subjectless_passive(verb: Token) -> Token | None:
    """ "26 people linked to the attack had been arrested", parsed with "linked" for the
    verb: the passive after it, with no subject of its own, tells what befell them."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    for other in verb.head.children:
        if (
            other.i > verb.i
            and other.dep_ in ("ccomp", "conj")
            and other.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in other.children)
            # nothing of its own it could be about ("were killed 20 civilians" has)
            and all(c.dep_ in _BARE_VERB_DEPS for c in other.children)
            and predicate_class(_lemma(other), None) is not None
        ):
            return other
    return None


_BARE_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "prep", "agent", "punct"})


def _said_after(num: Token) -> Token | None:
    """ "... dead in Mai Mahiu and 37 are still missing": a bare number followed by its own
    copula and what befell it, whatever the parse joins the number to."""
    doc = num.doc
    i = num.i + 1
    if i < len(doc) and doc[i].tag_ in ("VBN", "JJ") and predicate_class(_lemma(doc[i]), None):
        # "55 dead and 105 injured": the participle right after the number is its own
        return doc[i]
    if i >= len(doc) or doc[i].lemma_.lower() not in _COPULAS:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].lower_ != "not":
        i += 1
    if i < len(doc) and predicate_class(_lemma(doc[i]), None) is not None:
        return doc[i]
    return None


_COPULAS = frozenset({"be", "remain", "stay"})


_PRONOUN_PARTS = frozenset({"them", "whom", "which", "those"})

# Verbs that give a count's level rather than what happened: "the toll reached 28".
_LEVEL_VERBS = frozenset("reach rise climb stand hit exceed surpass top pass".split())


def _among_harmed(anchor: Token) -> Token | None:
    """'Among the killed there are 16 children', 'five children among the victims': the
    group the counted belong to says what befell them."""
    if _lemma(anchor) == "life" and _lemma(anchor.head) in _LIFE_VERBS:
        return None  # "claiming 242 lives among 425 cases": the lives are the dead
    for tok in (anchor, anchor.head):
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ != "among":
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    predicate_class(_lemma(obj), None) is not None
                    or predicate_class(None, _lemma(obj)) is not None
                ):
                    return obj
    return None


def _relative_subject(clause: Token) -> bool:
    """Whether the counted things do the verb: 'blazes that have scorched', not 'who were killed'."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def _complement(verb: Token, anchor: Token) -> Token | None:
    """What a verb without a class of its own says happened: 'remain missing',
    'considered missing', 'received wounds', 'forced ... to evacuate', 'the number of
    perished has reached 99'."""
    for child in verb.children:
        if child.i == anchor.i or _lemma(child) == "body":
            continue
        if child.dep_ in ("nsubj", "nsubjpass") and _lemma(child) in _CONTAINER_NOUNS:
            event = _of_object(child)
            if event is not None and predicate_class(_lemma(event), None) is not None:
                return event
            # "the number of missing persons has reached 10,000"
            for mod in event.children if event is not None else ():
                if mod.dep_ in ("amod", "compound") and predicate_class(_lemma(mod), None):
                    return mod
            # "the number of pilgrims who died ... has risen to 99"
            for mod in child.children:
                if mod.dep_ == "relcl" and predicate_class(_lemma(mod), None):
                    return mod
        if child.dep_ == "prep" and child.lower_ == "as":
            # "listed as missing", "listed as potentially unaccounted for"
            for grand in child.children:
                if predicate_class(_lemma(grand), None) is not None:
                    return grand
        if child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "dobj", "attr"):
            if predicate_class(_lemma(child), None) is not None:
                return child
            if child.dep_ == "dobj" and predicate_class(None, _lemma(child)) is not None:
                return child
    return None


# People named by their country, who need not be in it: "82 citizens of Iran", "US diplomats".
_NATIONALITY_NOUNS = frozenset("citizen national compatriot diplomat passport".split())


# Lengths that, counted per hour, are speeds: the speed's unit.
_SPEEDS = {"mile": "mph", "kilometre": "km/h", "kilometer": "km/h", "km": "km/h", "knot": "knot"}


# Parts per so many, as a concentration's unit: "10 parts per billion" is 10 ppb.
_PARTS_PER = {"thousand": "ppt", "million": "ppm", "billion": "ppb", "trillion": "pptr"}


def _parts_per(tok: Token) -> str | None:
    """The concentration "parts per million" names ("ppm"), if the noun is said so."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "per":
        return _PARTS_PER.get(doc[tok.i + 2].lower_)
    return None


def _per_hour(tok: Token) -> bool:
    """Whether a length is said per hour: "miles per hour", "kilometres an hour"."""
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].text == "(":
        # "240 km (150 miles) per hour": past the other unit in brackets
        close = next((t.i for t in doc[i : i + 8] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    elif i < len(doc) and doc[i].text == ")":
        i += 1  # the bracketed unit itself: "(150 miles) per hour"
    after = " ".join(t.lower_ for t in doc[i : i + 2])
    if i + 1 < len(doc) and doc[i].text == "/" and doc[i + 1].lower_.rstrip(".") == "h":
        return True  # "26 km/h"
    return after in ("per hour", "an hour", "a hour") or tok.lemma_.lower() == "knot"


def _inside(tok: Token, times: list[TimeRef]) -> bool:
    return any(t.start <= tok.idx < t.end for t in times)


def _nearest_place(position: int, sent: Span, places: list[PlaceMention], doc: Doc) -> str | None:
    """The place named in the sentence nearest the figure, by its gazetteer name. ``places``
    are the document's usable ones (no datelines, no nationalities)."""
    lo, hi = _clause_around(doc.text, sent.start_char, sent.end_char, position)
    # its own clause first, else a clause before it; a later clause is about something else
    inside = [p for p in places if lo <= p.start < hi] or [
        p for p in places if sent.start_char <= p.start < lo
    ]
    if not inside:
        return None
    best = min(inside, key=lambda p: min(abs(p.start - position), abs(p.end - position)))
    return best.name


# "..., many of them driven to hospitals in Jamshoro": what befell some of them, elsewhere
# (not "..., most of them women and children, were brought to centres in Douma")
_CLAUSE_BREAK_RE = re.compile(
    r";\s+|,\s+(?=(?:and|but|while|whereas)\s|(?:many|most|some|several|all|half|one|two|"
    r"three|four|five|dozens|hundreds)\s+of\s+(?:them|whom)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+(?:ed|ing)|driven|taken|flown|brought|sent|held|kept|left)\b)"
)
_DATELINE_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,|-|—|–)\s*(?:\(|[A-Z][a-z]{2}|\d)")


def _clause_around(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The clause of a sentence that holds a position: "Jordan said nearly 100 died, and
    Tunisia ... also reported deaths" keeps Tunisia out of the toll's scope."""
    lo, hi = start, end
    for m in _CLAUSE_BREAK_RE.finditer(text, start, end):
        if m.end() <= position:
            lo = m.end()
        elif m.start() >= position:
            hi = m.start()
            break
    return lo, hi


def _seat(text: str, place: PlaceMention) -> bool:
    """'the Britain-based monitor': where a body sits, not where what it counts happened."""
    return bool(_SEAT_RE.match(text, place.end))


_SEAT_RE = re.compile(r"[-‐–]\s?(?:based|headquartered)\b", re.I)


def _dateline(text: str, place: PlaceMention) -> bool:
    """'AMMAN, June 21 (Petra) --': where the report was filed, not where it happened."""
    line_start = text.rfind("\n", 0, place.start) + 1
    if text[line_start : place.start].strip():
        return False
    return place.text.isupper() or bool(_DATELINE_RE.match(text, place.end))


# Verbs and gatherings a place can be the venue of: where something was said, not where
# what is counted happened.
_SAYING = frozenset(
    "say tell announce declare report state brief speak add note warn confirm".split()
)
_VENUE_HEADS = frozenset(
    """say tell announce declare report state brief speak add note warn confirm
    conference briefing meeting interview summit session hearing talk""".split()
)


def _place_root(doc: Doc, place: PlaceMention) -> Token | None:
    """The token a place mention hangs on in the parse."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None else span.root


def _venue(doc: Doc, place: PlaceMention) -> bool:
    """'UNHCR told in Geneva that 123,000 crossed': where it was said, not where they crossed."""
    tok = _place_root(doc, place)
    if tok is None:
        return False
    prep = tok.head
    if not (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("in", "at")
        and _lemma(prep.head) in _VENUE_HEADS
    ):
        return False
    # "killed at a meeting in Peshawar": a gathering is where things were said only in a
    # sentence that tells of saying
    return prep.head.pos_ != "NOUN" or any(_lemma(t) in _SAYING for t in tok.sent)


def _speaking(doc: Doc, place: PlaceMention) -> bool:
    """A country that speaks: "Mexico says nine of the dead were its citizens" names who
    counts, not where they died."""
    tok = _place_root(doc, place)
    if tok is None:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") and _lemma(tok.head) in SPEECH_CUES


# Acts a country is the author of: "Israel's attack on the camp", "strikes by Russia".
_ACT_NOUNS = frozenset(
    """attack assault strike airstrike offensive raid invasion bombardment bombing shelling
    operation campaign incursion onslaught""".split()
)


def _attacker(doc: Doc, place: PlaceMention) -> bool:
    """A country that acts: "killed in Israel's attack on Nuseirat" happened in Nuseirat,
    not in Israel."""
    tok = _place_root(doc, place)
    if tok is None:
        return False
    if tok.dep_ == "poss":
        return _lemma(tok.head) in _ACT_NOUNS
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "by"
        and tok.head.dep_ in ("agent", "prep")
        and _lemma(tok.head.head) in _ACT_NOUNS
    )


def _nationality(doc: Doc, place: PlaceMention) -> bool:
    """A country that only says whose citizens they are: "82 citizens of Iran"."""
    tok = _place_root(doc, place)
    if tok is None:
        return False
    # "citizens of Iran, China, Russia and Japan": each country of the list up to its first
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _lemma(tok) in _NATIONALITY_NOUNS:
            return True
        if tok.pos_ not in ("ADP", "PROPN"):
            return False
    return False


def _nearest_time(position: int, sent: Span, times: list[TimeRef]) -> TimeRef | None:
    """The time phrase of the sentence nearest the figure: its time window."""
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char]
    if not inside:
        return None
    return min(inside, key=lambda t: min(abs(t.start - position), abs(t.end - position)))
