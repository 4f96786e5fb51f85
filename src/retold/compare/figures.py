"""Comparing two figures: same, compatible, number, unit, or unrelated — with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..facts.numbers import currency_of, distinctive
from ..pipeline.figures import SEVERE, compound_head
from ..records import Figure

__all__ = [
    "FigureComparison",
    "compare_figures",
    "in_base_unit",
    "is_measure",
    "interval_text",
    "intervals_overlap",
    "paid_to",
    "person_group",
    "same_group",
    "same_happening",
    "told",
]

# Subgroups of people: claiming N children when the source says N people changes what is counted.
_PERSON_GROUPS = {
    "child": "children",
    "children": "children",
    "infant": "children",
    "baby": "children",
    "boy": "children",
    "girl": "children",
    "teenager": "children",
    "minor": "children",
    "woman": "women",
    "women": "women",
    "soldier": "combatants",
    "troops": "combatants",
    "troop": "combatants",
    "serviceman": "combatants",
    "servicemen": "combatants",
    "fighter": "combatants",
    "militant": "combatants",
    "terrorist": "combatants",
    "insurgent": "combatants",
    "rebel": "combatants",
    "gunman": "combatants",
    "gunmen": "combatants",
    "jihadist": "combatants",
    "combatant": "combatants",
    "officer": "combatants",
    "policeman": "combatants",
    "police": "combatants",
    "gendarme": "combatants",
    "diplomat": "diplomats",
    "journalist": "journalists",
    "family": "families",
    # a household is a family's count, not a person's: "50,000 households" for "50,000
    # residents" multiplies the people
    "household": "families",
    "worker": "workers",
    "employee": "workers",
    "staff": "workers",
    "patient": "patients",
    "student": "students",
    "teacher": "teachers",
    "doctor": "medics",
    "nurse": "medics",
    "medic": "medics",
    "paramedic": "medics",
    "pupil": "students",
    # a schoolgirl is a girl at school: a child and a pupil both
    "schoolgirl": "students",
    "schoolboy": "students",
    # those in training: "21 police cadets" are not 21 people of whom most were cadets
    "cadet": "students",
    "trainee": "students",
    "instructor": "teachers",
    "schoolchild": "children",
    "schoolchildren": "children",
    "adult": "adults",
    "female": "females",
    "male": "males",
    # those who attacked, not the forces that fought them
    "attacker": "attackers",
    "assailant": "attackers",
    # who came to help: "130 rescuers" deployed are no count of the hurt
    "rescuer": "rescuers",
    "firefighter": "rescuers",
    "fireman": "rescuers",
    "firemen": "rescuers",
    "responder": "rescuers",
    # who travelled, and who worked the craft: "228 people on board, 216 passengers and
    # 12 crew members"
    "passenger": "passengers",
    "crew": "crew",
    "crewman": "crew",
    "crewmen": "crew",
    "seafarer": "crew",
    "sailor": "crew",
    # who is held, and who holds them: "four inmates" killed in a jailbreak are no
    # "four guards"
    "inmate": "prisoners",
    "prisoner": "prisoners",
    "detainee": "prisoners",
    "convict": "prisoners",
    "guard": "combatants",
    "warder": "combatants",
    "jailer": "combatants",
    SEVERE: "the gravely hurt",
}


@dataclass(frozen=True, slots=True)
class FigureComparison:
    outcome: str  # "same" | "compatible" | "number" | "unit" | "unrelated"
    reason: str


def _bounds(f: Figure) -> tuple[float, float, bool, bool]:
    low = f.low if f.low is not None else float("-inf")
    high = f.high if f.high is not None else float("inf")
    return low, high, f.low_open, f.high_open


def intervals_overlap(a: Figure, b: Figure) -> bool:
    a_lo, a_hi, a_lo_open, a_hi_open = _bounds(a)
    b_lo, b_hi, b_lo_open, b_hi_open = _bounds(b)
    if a_hi < b_lo or b_hi < a_lo:
        return False
    if a_hi == b_lo and (a_hi_open or b_lo_open):
        return False
    return not (b_hi == a_lo and (b_hi_open or a_lo_open))


# Two floors ("more than 10" and "more than 20") overlap on paper, but news writers give the
# floor nearest the truth: floors (or ceilings) this far apart describe different numbers.
BOUND_RATIO = 1.5
# A ceiling half as high again as the figure it stands for ("up to 21,000" for about 11,800).
CEILING_RATIO = 1.5


def _ceiling_far_above(claim: Figure, found: Figure) -> bool:
    """'Up to 21,000' for a source's 'about 11,800': a ceiling this far above the figure
    it stands for overstates it, though the ranges overlap."""
    if _direction(claim) != "ceiling" or _direction(found) is not None:
        return False
    if claim.high is None or found.high is None or found.high <= 0:
        return False
    return claim.high >= CEILING_RATIO * found.high


# A floor this far below the figure it stands for ("more than 1,200" for about 12,000)
# understates it, though the ranges overlap.
FLOOR_RATIO = 3.0


def _floor_far_below(claim: Figure, found: Figure) -> bool:
    if _direction(claim) != "floor" or _direction(found) is not None:
        return False
    if not claim.low or found.low is None:
        return False
    return found.low >= FLOOR_RATIO * claim.low


# A news floor ("more than 7,300") stands for a figure near it: a figure over twice the
# floor ("nearly 20,000") is another figure, though the ranges overlap.
FLOOR_REACH = 2.0


def same_happening(a: Figure, b: Figure) -> bool:
    """Whether two figures count what befell alike: the same verb or the same class of it."""
    return (a.predicate is not None and a.predicate == b.predicate) or (
        a.predicate_class is not None and a.predicate_class == b.predicate_class
    )


def _far_above_floor(claim: Figure, found: Figure) -> bool:
    if _direction(found) != "floor" or _direction(claim) is not None:
        return False
    if not found.low or claim.low is None:
        return False
    # only a floor of the same happening ("fled"), not any count in the sentence
    # "about 200" for "more than 100": the figure as told, not its rounding's low end
    told = claim.value if claim.value is not None else claim.low
    return same_happening(claim, found) and told >= FLOOR_REACH * found.low


def _bound_at_edge(claim: Figure, found: Figure) -> bool:
    """'At least 20,000' for '18,000 to 20,000': a floor at the top of a range (or a
    ceiling at its bottom) touches it at one point and claims everything beyond."""
    if found.low is None or found.high is None or found.low >= found.high:
        return False
    if _direction(found) is not None:
        return False
    direction = _direction(claim)
    if direction == "floor" and claim.low is not None:
        return claim.low >= found.high
    if direction == "ceiling" and claim.high is not None:
        return claim.high <= found.low
    return False


# A floor raised by more than rounding: "more than 120" for "at least 112".
FLOOR_RAISE = 1.05


def _floor_raised(claim: Figure, found: Figure) -> bool:
    """The claim's floor above the source's: it says more is known than the source knows.
    (A lower floor, "more than 100" for "at least 112", only says less.)"""
    if _direction(claim) != "floor" or _direction(found) != "floor":
        return False
    return bool(claim.low and found.low and claim.low > FLOOR_RAISE * found.low)


# Words that may mean the dead, the hurt or both: "casualties", "victims".
_LOOSE_CASUALTY_WORDS = frozenset({"casualty", "casualties", "victim", "victims"})


def _loose_casualty(f: Figure) -> bool:
    """A count of casualties by a word that may mean only the dead ("civilian casualties"),
    not by verbs that say both ("killed or wounded")."""
    return f.predicate_class == "casualty" and (
        f.predicate is None or f.predicate in _LOOSE_CASUALTY_WORDS or f.predicate == f.counted
    )


# Counts of all the people, whatever their group: "112 people", and those named by what
# befell them ("30 of the injured", "the dead").
_EVERYONE = frozenset("people person injured wounded hurt dead victim casualty".split())


def _part_above_whole(claim: Figure, found: Figure) -> bool:
    """A group ("garment workers") counted above the source's count of all the people
    ("at least 112 people"): a part cannot outnumber the whole it belongs to."""
    if found.counted not in _EVERYONE or person_group(found) is not None:
        return False
    if claim.predicate_class is None or claim.predicate_class != found.predicate_class:
        return False  # "7,000 soldiers took part" is no part of "80 people were hurt"
    if claim.low is None:
        return False
    if _direction(found) == "floor":
        return bool(found.low and claim.low > FLOOR_RAISE * found.low)
    return found.high is not None and claim.low > found.high


def _bounds_apart(a: Figure, b: Figure) -> bool:
    if a.high is None and b.high is None and a.low and b.low:
        return max(a.low, b.low) / min(a.low, b.low) >= BOUND_RATIO
    if a.low in (None, 0.0) and b.low in (None, 0.0) and a.high and b.high:
        return max(a.high, b.high) / min(a.high, b.high) >= BOUND_RATIO
    return False


def _direction(f: Figure) -> str | None:
    """'floor' for at least / more than, 'ceiling' for up to / at most; None otherwise."""
    if f.high is None and f.low is not None:
        return "floor"
    if f.low in (None, 0.0) and f.high is not None and f.qualifier is not None:
        return "ceiling"
    return None


def interval_text(f: Figure) -> str:
    return f.text


# Kinds of structure: "homes" for "structures" changes what is counted; "buildings" for
# "blocks" does not.
_STRUCTURE_GROUPS = {
    "home": "homes",
    "house": "homes",
    "dwelling": "homes",
    "apartment": "homes",
    "flat": "homes",
    "residence": "homes",
    "household": "homes",
}


# A general word and the things it covers count the same things: "23 waterways" for "23
# rivers", "12 vehicles" for "12 cars". Two of the things it covers do not (cars, buses).
_GENERAL_WORDS = {
    "waterway": frozenset("river stream creek canal tributary watercourse".split()),
    "vehicle": frozenset("car truck lorry bus van minibus".split()),
    "vessel": frozenset("boat ship ferry trawler dinghy".split()),
    "aircraft": frozenset("plane jet airliner helicopter drone".split()),
}


def _kind_of(a: str, b: str) -> bool:
    """Whether one of two counted nouns is the general word for the other."""
    a, b = a.lower(), b.lower()
    return b in _GENERAL_WORDS.get(a, frozenset()) or a in _GENERAL_WORDS.get(b, frozenset())


# Units written out or abbreviated are the same unit.
_UNIT_ALIASES = {
    "kg": "kilogram",
    "kilo": "kilogram",
    "km": "kilometre",
    "kilometer": "kilometre",
    "m": "metre",
    "meter": "metre",
    "cm": "centimetre",
    "centimeter": "centimetre",
    "mm": "millimetre",
    "millimeter": "millimetre",
    "ml": "millilitre",
    "milliliter": "millilitre",
    "mi": "mile",
    "lb": "pound",
    "ton": "tonne",
    "t": "tonne",
    "ha": "hectare",
    "sq": "square",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "yr": "year",
}


# A duration in seconds per unit: "more than two hours" is compared with "more than 30
# minutes" as one measure.
_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629800.0,
    "year": 31557600.0,
}


# Measures in a base unit per unit: "more than 32 tons" is compared with "22,770
# kilograms" as one weight.
_MEASURES = {
    "gram": ("kilogram", 0.001),
    "kilogram": ("kilogram", 1.0),
    "tonne": ("kilogram", 1000.0),
    "pound": ("kilogram", 0.4536),
    "litre": ("litre", 1.0),
    "liter": ("litre", 1.0),
    "gallon": ("litre", 3.785),
    "barrel": ("litre", 159.0),
    "metre": ("metre", 1.0),
    "centimetre": ("metre", 0.01),
    "millimetre": ("metre", 0.001),
    "millilitre": ("litre", 0.001),
    "kilometre": ("metre", 1000.0),
    "mile": ("metre", 1609.0),
    "foot": ("metre", 0.3048),
    "feet": ("metre", 0.3048),
    "hectare": ("hectare", 1.0),
    "acre": ("hectare", 0.4047),
    "km/h": ("km/h", 1.0),
    "kph": ("km/h", 1.0),
    "kmh": ("km/h", 1.0),
    "mph": ("km/h", 1.609),
    "knot": ("km/h", 1.852),
    # concentrations, in parts per million
    "ppt": ("ppm", 1000.0),
    "ppm": ("ppm", 1.0),
    "ppb": ("ppm", 0.001),
    "pptr": ("ppm", 0.000001),
}


def in_base_unit(f: Figure) -> Figure:
    """A duration figure with its bounds in seconds, a weight, volume, length or area in
    one base unit each; any other figure as it is."""
    if f.counted_class == "duration":
        scale = _SECONDS.get(_unit(f.counted) or "")
        base = "second"
    else:
        base, scale = _MEASURES.get(_unit(f.counted) or "", (None, None))  # type: ignore[assignment]
    if scale is None:
        return f

    def times(x: float | None) -> float | None:
        return None if x is None else x * scale

    return replace(f, value=times(f.value), low=times(f.low), high=times(f.high), counted=base)


def is_measure(f: Figure) -> bool:
    """A weight, volume, length or area: compared across units."""
    return _unit(f.counted) in _MEASURES


def _orders_apart(a: Figure, b: Figure) -> bool:
    if not a.value or not b.value:
        return True
    return max(a.value, b.value) / min(a.value, b.value) > DURATION_RATIO


# Two durations in different units this many times apart are not two readings of one span.
DURATION_RATIO = 10.0


def _unit(lemma: str | None) -> str | None:
    if not lemma:
        return lemma
    # "neighbourhoods" and "neighborhoods", "centres" and "centers": one word, two spellings
    us = _SPELLING_RE.sub(lambda m: _US_SPELLING[m.group(0)], lemma)
    return _UNIT_ALIASES.get(us, us)


_US_SPELLING = {"our": "or", "tre": "ter", "yse": "yze", "ise": "ize"}
_SPELLING_RE = re.compile(r"(?<=\w\w\w)our|(?<=\w\w)(?:tre|yse|ise)$")


_OWN_GROUPS = ("school", "hospital", "mosque", "church", "shop", "bridge", "vehicle", "car")


# Who a sum is paid to, by what befell them: "to the family of each person who died",
# "for each of the wounded", "to each survivor". Checked in this order: "the families
# of the injured" are paid as the injured.
_PAID_TO = (
    (
        "injured",
        r"injured|wounded|hurt|(?:admitted|taken|rushed) to hospitals?|hospitali[sz]ed"
        r"|in hospital|on ventilators?|ventilator support|first aid|treatment",
    ),
    ("survivors", r"survivors?|rescued|saved"),
    (
        "dead",
        r"killed|dead|died|deceased|deaths?|perished|lost (?:their|his|her) li(?:ves|fe)"
        r"|bereaved|heirs|next of kin|victims? who died|funerals?|burial"
        r"|victims?['’]s? famil(?:y|ies)|famil(?:y|ies) of (?:each|every|the) victims?",
    ),
)
_PAID_RES = [(who, re.compile(rf"\b(?:{words})\b", re.I)) for who, words in _PAID_TO]
# Where a clause on one sum ends: a stop, a semicolon, another sum ("Rs 5 lakh for the
# families of the dead and Rs 50,000 for the injured").
_CLAUSE_END_RE = re.compile(
    r"[.;:!?]\s|,\s+(?:and|while|but|with)\b|\s(?:and|while)\s+(?:Rs|Tk|\$|£|€|₹|\d)|\n"
)
_PAY_WORDS_RE = re.compile(
    r"\b(?:for|to)\s+(?:the\s+)?(?:each|every|all|famil(?:y|ies)|heirs|next|relatives|kin|"
    r"those|survivors?|injured|wounded|victims?|dependants?)\b|\beach\b",
    re.I,
)

_GIVEN_RE = re.compile(r"\b(?:given|paid|receive|get|gets|offered)\b", re.I)


def paid_to(text: str, start: int, end: int) -> str | None:
    """Whom a sum at text[start:end] is paid to, by what befell them ("dead", "injured",
    "survivors"), when the words after it say so ("Rs 2 lakh to the family of each child
    who died"), else the words of its clause before it ("those on ventilator support will
    be given Rs 10 lakh each")."""
    stop = _CLAUSE_END_RE.search(text, end)
    after = text[end : stop.start() if stop else min(len(text), end + 160)][:160]
    if _PAY_WORDS_RE.search(after):
        # whom the words right after it name first: "to the family of each of the deceased
        # and create a fund to help injured fans" pays the dead
        named = [(m.start(), who) for who, pattern in _PAID_RES if (m := pattern.search(after))]
        if named:
            return min(named)[1]
    before = text[max(0, start - 160) : start]
    cut = max((m.end() for m in _CLAUSE_END_RE.finditer(before)), default=0)
    before = before[cut:]
    # "will be given Rs 10 lakh each", "the compensation for the family of each farmer
    # killed to Rs 1 crore": whom it is for, told before the sum
    if (
        _GIVEN_RE.search(before[-40:])
        or re.match(r"\s*each\b", after, re.I)
        or _PAY_WORDS_RE.search(before)
        and re.search(r"\bto\s*$", before)
    ):
        for who, pattern in _PAID_RES:
            if pattern.search(before):
                return who
    return None


def _structure_group(f: Figure) -> str:
    counted = f.counted or ""
    # a one-word compound is of its last part's group: a "railcar" is a car
    own = counted if counted in _OWN_GROUPS else compound_head(counted, _OWN_GROUPS)
    return _STRUCTURE_GROUPS.get(counted, own or "structures") or "structures"


_PLAIN_PEOPLE = frozenset({"man", "men", "people", "person", "individual"})
_ARMED_PEOPLE_RE = re.compile(r"\barmed\b", re.I)
# "service members", "members of the army", "Self-Defense Forces personnel"
_ARMED_RE = re.compile(r"\b(?:service|army|forces|military|militia|police|guard)\b", re.I)


def _counted_words(f: Figure) -> str:
    """What a figure counts, in words: its noun, else the group it is narrowed to ("Twelve
    of the 19 were children")."""
    return f.counted_text or f.counted or f.population or "something unnamed"


def person_group(f: Figure) -> str | None:
    """The group of people a figure counts ("children", "combatants"), if it names one: its
    population ("a quarter of them children") before its counted noun."""
    if f.population is not None:
        return _PERSON_GROUPS.get(f.population)
    if f.counted is None:
        return None
    if f.counted in ("member", "personnel") and _ARMED_RE.search(f.counted_text or ""):
        # "service members", "members of the army and the militia", "Self-Defense Forces
        # personnel"
        return "combatants"
    if f.counted == "personnel":
        return None  # "1,500 personnel" of a convoy or of a hospital: whose, the text says
    if f.counted in _PLAIN_PEOPLE and _ARMED_PEOPLE_RE.search(f.counted_text or ""):
        return "combatants"  # "armed men" are the gunmen
    if f.counted in ("passenger", "crew") and _ALL_ABOARD_RE.search(f.counted_text or ""):
        return None  # "189 passengers and crew": everyone on board
    return _PERSON_GROUPS.get(f.counted)


_ALL_ABOARD_RE = re.compile(r"\bpassengers?\b.*\bcrew|\bcrew\b.*\bpassengers?\b", re.I)


# Groups one person may belong to both of: a pupil is a child, a child at school a pupil.
_OVERLAPPING_GROUPS = frozenset(
    {
        frozenset({"children", "students"}),
        # a woman or a girl is a female, a man or a boy a male
        frozenset({"females", "women"}),
        frozenset({"females", "children"}),
        frozenset({"males", "children"}),
        # gunmen who attack are the attackers
        frozenset({"attackers", "combatants"}),
    }
)


_CHILDREN_RE = re.compile(r"\b(?:child|children|minors?|boys?|girls?|infants?|babies)\b", re.I)


def _groups_differ(claim: Figure, found: Figure) -> bool:
    """The claim's group is not the source's (a claim that names none narrows nothing)."""
    a, b = person_group(claim), person_group(found)
    if "adults" in (a, b):
        # an adult may be of any other group but the children: "eight adults" is no
        # "eight children" nor "75,000 women and children", though it may be "eight women"
        other = found if a == "adults" else claim
        return "children" in (a, b) or _CHILDREN_RE.search(other.counted_text or "") is not None
    if "prisoners" in (a, b) and None in (a, b):
        return False  # those held are people, and in a jail fire "people" are those held
    return a is not None and a != b and frozenset({a, b}) not in _OVERLAPPING_GROUPS


def same_group(claim: Figure, found: Figure) -> bool:
    """Both figures narrowed to one group ("34 of them children", "41 in a serious
    condition"): the likeliest source of a count of a part is a count of that part."""
    return claim.population is not None and person_group(claim) == person_group(found) is not None


# How sure a count of cases is: "confirmed", "suspected", "probable".
_CASE_STATUS = frozenset({"confirmed", "suspected", "probable", "possible", "presumed"})


def _case_status(f: Figure) -> frozenset[str]:
    """The certainty words a count of cases gives itself ("confirmed and probable cases")."""
    if f.counted_class != "case" or not f.counted_text:
        return frozenset()
    return frozenset(w for w in re.findall(r"[a-z]+", f.counted_text.lower()) if w in _CASE_STATUS)


def _currency(f: Figure) -> str | None:
    """The currency of a sum whose text names one; None for anything else."""
    return currency_of(f.text) if f.kind == "money" else None


def _ends_changed(a: Figure, b: Figure) -> bool:
    """Two stated ranges ("from 6 to 18 deaths") whose ends are not the same numbers."""

    def stated(f: Figure) -> bool:
        return (
            f.qualifier == "between"
            and f.low is not None
            and f.high is not None
            and f.low < f.high
            and not (f.low_open or f.high_open)
        )

    return stated(a) and stated(b) and (a.low, a.high) != (b.low, b.high)


_STRUCTURE_FATES = frozenset({"destruction", "damage"})


# Two measures in different units this close are one measure, each rounded.
CONVERSION_TOLERANCE = 0.02


def told(f: Figure) -> str:
    """A figure as a reader quotes it: a span of time with its unit ("a week", "three
    days"), since the number alone does not say how long."""
    if f.counted_class == "duration" and f.counted_text and f.counted_text not in f.text:
        return f"{f.text} {f.counted_text}"
    return f.text


def _telling(value: float | None) -> bool:
    """A number large and unround enough (or large enough) that two sources giving it
    give one figure, whatever each says it counts."""
    return value is not None and (value >= 1000 or value >= 100 and distinctive(value))


# What a court counts: the charges, the crimes charged, and the terms passed on them.
_CHARGES = frozenset(
    "term sentence count charge conviction murder manslaughter homicide rape robbery assault "
    "kidnapping".split()
)


def _on_the_charges(f: Figure) -> bool:
    return f.counted is not None and f.counted in _CHARGES


# How far past a round figure told as "nearly" the source's may lie: its rounding.
NEARLY_ROUNDING = 0.01


def _nearly_rounded(claim: Figure, found: Figure) -> bool:
    """Whether "close to 14,800" rounds the source's 14,802: a round figure told as
    nearly reached, that the exact one passes by a rounding."""
    v, x = claim.value, found.value
    return (
        v is not None
        and x is not None
        and claim.high == v
        and claim.low is not None
        and claim.low < v
        and v >= 100
        and v % 10 == 0
        and found.low == found.high == x
        and v < x <= v * (1 + NEARLY_ROUNDING)
    )


def compare_figures(claim: Figure, found: Figure) -> FigureComparison:
    """How the claim's figure stands against the evidence's figure."""
    if (
        (claim.counted_class == "duration") != (found.counted_class == "duration")
        and None not in (claim.counted_class, found.counted_class)
        and not (claim.value == found.value and _telling(claim.value))
    ):
        # "roughly 13 hours" is no retelling of "thirteen people killed"; "21,900 flights"
        # is of "21,900 flying hours"
        return FigureComparison("unrelated", "a span of time and a count")
    if claim.counted_class == found.counted_class == "duration":
        c_s, f_s = in_base_unit(claim), in_base_unit(found)
        unit_changed = (
            claim.value is not None
            and claim.value == found.value
            and bool(claim.counted and found.counted)
            and _unit(claim.counted) != _unit(found.counted)
        )
        if unit_changed and (
            not _orders_apart(c_s, f_s)
            # "sank within one or two hours" for "... minutes": the same span of the
            # same happening, in another unit however far apart
            or claim.predicate is not None
            and claim.predicate == found.predicate
        ):
            # "eight months" for "eight weeks": the number kept, its unit changed
            return FigureComparison(
                "unit", f"same value, but {found.counted}s not {claim.counted}s"
            )
        if _unit(claim.counted) != _unit(found.counted) and _orders_apart(c_s, f_s):
            # "stored for six years" and "within five days" measure different spans
            return FigureComparison("unrelated", "durations of different orders")
        claim, found = c_s, f_s
    elif is_measure(claim) and is_measure(found) and claim.value != found.value:
        # The same number in another unit ("12,000 feet" for "12,000 metres") changed the
        # unit; other numbers are compared as one measure.
        c_m, f_m = in_base_unit(claim), in_base_unit(found)
        if c_m.counted == f_m.counted:  # one kind of measure, maybe in two units
            units_differ = _unit(claim.counted) != _unit(found.counted)
            claim, found = c_m, f_m
            if (
                units_differ
                and c_m.value
                and f_m.value
                and abs(c_m.value - f_m.value) <= CONVERSION_TOLERANCE * max(c_m.value, f_m.value)
            ):
                # "140 mph (225 km/h)": one speed, rounded in each unit
                found = replace(f_m, value=c_m.value, low=c_m.low, high=c_m.high)
    same_value = claim.value is not None and claim.value == found.value
    overlap = intervals_overlap(claim, found) or _nearly_rounded(claim, found)
    c_cls, f_cls = claim.counted_class, found.counted_class
    c_pred, f_pred = claim.predicate_class, found.predicate_class
    class_differs = (
        c_cls is not None
        and f_cls is not None
        and c_cls != f_cls
        # "109 cases" and "109 people infected", "nine of the cases fatal" and "nine
        # patients died": in an outbreak a case is a person, who caught it or died of it
        and not ({c_cls, f_cls} == {"case", "person"} and c_pred is not None and c_pred == f_pred)
    )
    pred_differs = (
        c_pred is not None
        and f_pred is not None
        and c_pred != f_pred
        and not (_loose_casualty(claim) or _loose_casualty(found))
        # "39 districts affected": a place touched, where the claim's people are homeless
        and not ("affected" in (c_pred, f_pred) and "person" not in (c_cls, f_cls))
        # "held in two buildings", "rescued from two buildings": what befell the people in
        # them; only damage is what befalls a building
        and not (c_cls == f_cls == "structure" and not {c_pred, f_pred} & _STRUCTURE_FATES)
    )
    # Voters and their votes are one count: "96 countries voting in favour", "93 votes".
    votes = c_pred == f_pred == "vote"
    lemma_differs = not votes and (
        (c_cls == f_cls == "structure" and _structure_group(claim) != _structure_group(found))
        or (
            c_cls == f_cls
            and c_cls in ("object", "duration")  # "two days" is not "two weeks"
            and claim.counted is not None
            and found.counted is not None
            and _unit(claim.counted) != _unit(found.counted)
            and not _kind_of(claim.counted, found.counted)
        )
    )
    group_differs = (c_cls == f_cls == "person" and _groups_differ(claim, found)) or (
        # a family is no person, either way: "1,980 people" for "1,980 households"
        c_cls == f_cls == "person"
        and (person_group(claim) == "families") != (person_group(found) == "families")
    )
    # People and fighters (or rescuers) are one count only when the same thing befell
    # them: "300,000 people lost access" is no count of "10 to 15 terrorists hiding", nor
    # "130 people taken to hospital" of "130 rescuers involved".
    group_differs = group_differs or (
        c_cls == f_cls == "person"
        and bool({"combatants", "rescuers"} & {person_group(claim), person_group(found)})
        and None in (person_group(claim), person_group(found))
        and (c_pred is None or c_pred != f_pred)
    )
    # Attackers are counted apart from those they attacked: "26 hostages killed" is no
    # count of "33 attackers killed".
    group_differs = group_differs or (
        c_cls == f_cls == "person"
        and "attackers" in (person_group(claim), person_group(found))
        and None in (person_group(claim), person_group(found))
    )
    # Civilians are who fighters are not: "300 civilians" for "300 soldiers and militia".
    group_differs = group_differs or (
        c_cls == f_cls == "person"
        and {claim.counted, found.counted} & {"civilian"} != set()
        and "combatants" in (person_group(claim), person_group(found))
    )
    # Patients are the living in care: "3,600 patients" counted as "3,600 people killed"
    # are other people than the dead.
    group_differs = group_differs or (
        c_cls == f_cls == "person"
        and (
            (
                c_pred == "death" != f_pred
                and person_group(found) == "patients" != person_group(claim)
            )
            or (
                f_pred == "death" != c_pred
                and person_group(claim) == "patients" != person_group(found)
            )
        )
    )
    # "arrested at least twice" tells how often, not how many: no count of the arrested
    if claim.kind != found.kind and {claim.kind, found.kind} & {"percent", "money", "multiplier"}:
        return FigureComparison("unrelated", "different kinds of quantity")
    c_cur, f_cur = _currency(claim), _currency(found)
    if c_cur != f_cur:
        # "71 billion dollars" for "71 billion reais": the sum kept, its currency changed.
        if same_value:
            return FigureComparison("unit", f"same value, but in {f_cur} not {c_cur}")
        return FigureComparison("unrelated", "sums in different currencies")
    what_differs = class_differs or pred_differs or lemma_differs or group_differs
    # "111 confirmed cases" for "111 suspected cases": the count kept, its certainty changed
    c_status, f_status = _case_status(claim), _case_status(found)
    status_differs = bool(c_status and f_status and c_status != f_status)
    if _on_the_charges(claim) and _on_the_charges(found):
        # "35 terms of life imprisonment" for "35 counts of murder": one term on each count
        what_differs = False
    if same_value and status_differs and not what_differs:
        return FigureComparison(
            "unit",
            f"same value, but {' and '.join(sorted(f_status))} cases, not "
            f"{' and '.join(sorted(c_status))}",
        )
    if same_value and what_differs:
        parts = []
        if class_differs or lemma_differs or group_differs:
            parts.append(f"counts {_counted_words(found)} not {_counted_words(claim)}")
        if pred_differs:
            theirs, mine = found.predicate or f_pred, claim.predicate or c_pred
            if theirs == mine:  # "destroyed or damaged" against "destroyed": the classes
                theirs, mine = f_pred, c_pred
            parts.append(f"{theirs} not {mine}")
        return FigureComparison("unit", "same value, but " + " and ".join(parts))
    if what_differs and not (class_differs or pred_differs or lemma_differs):
        if _part_above_whole(claim, found):
            return FigureComparison(
                "number",
                f"{claim.text} {claim.counted_text or claim.counted} are more than "
                f"the {found.text} {found.counted_text or found.counted} of the source",
            )
    if what_differs:
        return FigureComparison("unrelated", "different things counted")
    if _ends_changed(claim, found):
        return FigureComparison("number", f"{claim.text} changes an end of {found.text}")
    if same_value and overlap and claim.qualifier == found.qualifier:
        return FigureComparison("same", "same value and bounds")
    if _direction(claim) and _direction(found) and _direction(claim) != _direction(found):
        return FigureComparison(
            "number", f"{claim.text} turns the source's {found.text} the other way round"
        )
    if overlap and _bound_at_edge(claim, found):
        return FigureComparison(
            "number", f"{claim.text} puts a bound at the far end of {found.text}"
        )
    if overlap and _ceiling_far_above(claim, found):
        return FigureComparison("number", f"{claim.text} stands far above {found.text}")
    if overlap and _far_above_floor(claim, found):
        return FigureComparison("number", f"{claim.text} stands far above the floor {found.text}")
    if overlap and _floor_far_below(claim, found):
        return FigureComparison("number", f"{claim.text} stands far below {found.text}")
    if overlap and _floor_raised(claim, found):
        return FigureComparison("number", f"{claim.text} raises the floor of {found.text}")
    if overlap and _bounds_apart(claim, found):
        return FigureComparison(
            "number", f"{claim.text} and {found.text} are bounds a long way apart"
        )
    if overlap and _transposed(claim, found):
        return FigureComparison("number", f"{claim.text} swaps the digits of {found.text}")
    if overlap:
        return FigureComparison("compatible", "the ranges overlap")
    return FigureComparison("number", f"{told(claim)} does not fit {told(found)}")


def _transposed(claim: Figure, found: Figure) -> bool:
    """Two numbers of the same digits in another order ("at least 23" for 32): a number
    copied wrong, however well a bound would fit it."""
    a, b = claim.value, found.value
    if a is None or b is None or a == b or a < 10 or b < 10:
        return False
    if a != int(a) or b != int(b):
        return False
    return sorted(str(int(a))) == sorted(str(int(b)))
