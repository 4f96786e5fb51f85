"""A seeded generator of news stories: a primary source, its retellings, planted distortions.

Everything is composed here from our own templates and invented names (no text
from any dataset). A *story* is one event with its figures, officials and date;
it yields a primary statement and several outlet reports, some faithful and
some distorted, and a *retelling* to check against them. The same seed always
gives the same documents (``GENERATOR_VERSION`` changes when the output does).

:func:`rename` maps a story's invented names to others of the same length, so
a stored analysis can be re-used for a renamed copy with unchanged offsets;
the benchmark builds its large stores that way (see benchmarks/README.md).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from ..document import Document

__all__ = [
    "GENERATOR_VERSION",
    "Story",
    "corpus",
    "invented_name",
    "make_story",
    "rename",
    "rename_analysis",
    "renaming",
    "retelling",
    "story_documents",
]

GENERATOR_VERSION = 1

_ONSETS = [
    "b",
    "d",
    "f",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "dr",
    "kr",
    "tr",
    "sh",
]
_VOWELS = ["a", "e", "i", "o", "u", "a", "o", "ei", "ou"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m"]

_FIRST_NAMES = [
    "Amina",
    "Tomas",
    "Leila",
    "Pavel",
    "Grace",
    "Rahul",
    "Nadia",
    "Jonas",
    "Marta",
    "Kofi",
    "Ingrid",
    "Samir",
    "Elena",
    "Diego",
    "Hana",
    "Oskar",
    "Farah",
    "Mateo",
    "Yuki",
    "Ruth",
]
_ROLES = [
    ("regional governor", "the regional administration"),
    ("fire chief", "the fire service"),
    ("health minister", "the health ministry"),
    ("police spokesperson", "the police"),
    ("mayor", "the city council"),
    ("head of the relief agency", "the relief agency"),
]
_OUTLET_WORDS = [
    ("Harbour", "Post"),
    ("Valley", "Courier"),
    ("Northern", "Herald"),
    ("Morning", "Ledger"),
    ("Coast", "Gazette"),
    ("Capital", "Tribune"),
    ("Evening", "Standard"),
    ("River", "Chronicle"),
    ("Plains", "Observer"),
    ("Island", "Times"),
    ("Frontier", "Dispatch"),
    ("Metro", "Bulletin"),
]
_WIRES = ["Continental Press Agency", "Global Wire Service", "United News Desk"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_QUOTES = [
    "Our teams worked through the night and will stay as long as they are needed",
    "We are doing everything we can to reach the families who are still missing",
    "This is a tragedy for the whole region and we will find out what went wrong",
    "The next forty-eight hours will be decisive for those still trapped",
    "Every available ambulance and volunteer has been sent to the scene",
    "We ask people to stay calm and to keep the roads clear for the rescuers",
    "Nobody expected damage on this scale and our shelters are already full",
    "We will rebuild, but first we must take care of the injured",
]
_WITNESS_QUOTES = [
    "We heard the noise and ran outside",
    "The water rose so fast that we could only save the children",
    "My neighbours lost everything in a few minutes",
    "There was smoke everywhere and nobody knew where to go",
    "We waited for hours before anyone came to help us",
]
_DETAILS = [
    "Power was cut to several neighbourhoods and two bridges were closed to traffic.",
    "Schools in the area will stay shut until engineers have inspected them.",
    "The main hospital said its wards were overcrowded and asked for blood donors.",
    "Volunteers handed out blankets, bottled water and hot meals at the sports hall.",
    "Telephone lines were down for much of the day, which slowed the search.",
    "Farmers said they feared for the harvest after fields were left under debris.",
    "The national weather office warned that more storms could follow this week.",
    "Opposition politicians called for an inquiry into safety inspections.",
    "Insurers said it was too early to estimate the cost of the damage.",
    "Soldiers were deployed to help clear roads and reach outlying villages.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class _Event:
    kind: str
    noun: str  # "the flood"
    cause: str  # "after heavy rain swept through"
    harm: str  # "died", "were killed"
    damage: str  # "homes were destroyed"


_EVENTS = [
    _Event(
        "flood",
        "the floods",
        "after days of heavy rain swept through",
        "died",
        "homes were flooded",
    ),
    _Event(
        "fire",
        "the fire",
        "after a fire tore through a market in",
        "were killed",
        "stalls were destroyed",
    ),
    _Event(
        "collapse",
        "the collapse",
        "after a factory building collapsed in",
        "were killed",
        "workers were trapped",
    ),
    _Event(
        "ferry",
        "the sinking",
        "after an overcrowded ferry capsized off",
        "drowned",
        "passengers were rescued",
    ),
    _Event(
        "quake",
        "the earthquake",
        "after an earthquake struck near",
        "died",
        "buildings were damaged",
    ),
    _Event(
        "outbreak",
        "the outbreak",
        "after a cholera outbreak spread in",
        "died",
        "patients were treated",
    ),
]


def invented_name(rng: random.Random, length: int | None = None) -> str:
    """A pronounceable invented proper name; exactly ``length`` letters when given."""
    target = length or rng.randint(5, 9)
    word = ""
    while len(word) < target:
        word += rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
    return word[:target].capitalize()


@dataclass
class Story:
    """One event: where, when, how many, and who said so."""

    index: int
    event: _Event
    place: str
    district: str
    day: date
    dead: int
    injured: int
    displaced: int
    official_first: str
    official_last: str
    role: str
    body: str
    witness_first: str
    witness_last: str
    outlets: list[str] = field(default_factory=list)
    wire: str = ""
    quote: str = ""
    witness_quote: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def official(self) -> str:
        return f"{self.official_first} {self.official_last}"

    @property
    def witness(self) -> str:
        return f"{self.witness_first} {self.witness_last}"

    def names(self) -> list[str]:
        """The invented names a renamed copy replaces."""
        return [self.place, self.district, self.official_last, self.witness_last]


def make_story(seed: int, index: int) -> Story:
    rng = random.Random(f"{seed}:story:{index}")
    event = rng.choice(_EVENTS)
    dead = rng.choice([rng.randint(3, 40), rng.randint(40, 400)])
    outlets = [" ".join(pair) for pair in rng.sample(_OUTLET_WORDS, 4)]
    role, body = rng.choice(_ROLES)
    return Story(
        index=index,
        event=event,
        place=invented_name(rng),
        district=invented_name(rng),
        day=date(2020, 1, 1) + timedelta(days=rng.randint(0, 5 * 365)),
        dead=dead,
        injured=dead * rng.randint(2, 6) + rng.randint(1, 9),
        displaced=rng.randint(2, 90) * 100,
        official_first=rng.choice(_FIRST_NAMES),
        official_last=invented_name(rng),
        role=role,
        body=body,
        witness_first=rng.choice(_FIRST_NAMES),
        witness_last=invented_name(rng),
        outlets=outlets,
        wire=rng.choice(_WIRES),
        quote=rng.choice(_QUOTES),
        witness_quote=rng.choice(_WITNESS_QUOTES),
        details=rng.sample(_DETAILS, 4),
    )


def _long_date(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _statement(s: Story) -> str:
    e = s.event
    return (
        f"Statement from {s.body} of {s.district}\n\n"
        f"At least {s.dead} people {e.harm} and {s.injured} were injured {e.cause} {s.place} "
        f"on {_long_date(s.day)}, {s.body} said. "
        f"About {s.displaced:,} residents have been moved to temporary shelters in {s.district}. "
        f'"{s.quote}," said {s.official}, the {s.role}. '
        f"Rescue work continued into the evening and {e.damage}. "
        f"{s.details[0]} {s.details[1]} "
        "Residents were asked to avoid the area and to follow official notices. "
        f"A full count of the damage will be published within two weeks."
    )


_REPORT_OPENERS = [
    "{dead} people {harm} {cause} {place} on {weekday}, officials said.",
    "At least {dead} people {harm} {cause} {place} on {weekday}, according to {body}.",
    "The death toll {cause_short} in {place} has risen to {dead}, {body} said on {weekday}.",
]


def _report(s: Story, outlet: str, rng: random.Random, *, dead: int, speaker: str) -> str:
    e = s.event
    weekday = _WEEKDAYS[s.day.weekday()]
    opener = rng.choice(_REPORT_OPENERS).format(
        dead=dead,
        harm=e.harm,
        cause=e.cause,
        cause_short=f"from {e.noun}",
        place=s.place,
        weekday=weekday,
        body=s.body,
    )
    lines = [
        opener,
        f"{s.injured} people were injured and about {s.displaced:,} were moved to shelters "
        f"in the {s.district} district.",
        f'"{s.quote}," {speaker} told the {outlet}.',
        f"{s.witness}, who lives near the scene, said the first hours were chaotic. "
        f'"{s.witness_quote}," {s.witness_last} said.',
        *rng.sample(s.details, 2),
        rng.choice(
            [
                f"It was the worst disaster to hit {s.place} in a decade.",
                "Aid groups said more help would be needed in the coming days.",
                f"The cause of {e.noun} is being investigated.",
            ]
        ),
        "Officials said the figures could still change as the search went on.",
    ]
    return " ".join(lines)


def story_documents(s: Story, seed: int) -> list[Document]:
    """The primary statement and one report per outlet; two of the reports distort."""
    rng = random.Random(f"{seed}:docs:{s.index}")
    docs = [
        Document(
            id=f"synth-{s.index}-statement",
            text=_statement(s),
            outlet=s.body.removeprefix("the ").capitalize(),
            published=s.day.isoformat(),
            title=f"Statement on {s.event.noun.removeprefix('the ')} in {s.place}",
        )
    ]
    for k, outlet in enumerate(s.outlets):
        dead = s.dead
        speaker = f"{s.official}, the {s.role},"
        if k == 2:  # an inflated figure
            dead = s.dead * 10
        elif k == 3:  # the quote given to someone else
            speaker = f"{s.witness}, a local resident,"
        day = s.day + timedelta(days=rng.randint(0, 2))
        docs.append(
            Document(
                id=f"synth-{s.index}-{k}",
                text=_report(s, outlet, rng, dead=dead, speaker=speaker),
                outlet=outlet,
                published=day.isoformat(),
                title=f"{dead} dead in {s.place}",
                url=f"https://news.example/{s.index}/{k}",
            )
        )
    return docs


def retelling(s: Story, seed: int) -> tuple[Document, list[str]]:
    """An article retelling the story with planted distortions, and their kinds."""
    rng = random.Random(f"{seed}:retell:{s.index}")
    planted: list[str] = []
    dead = s.dead
    if rng.random() < 0.5:
        dead = s.dead + rng.randint(5, 50)
        planted.append("figure")
    speaker = s.official
    if rng.random() < 0.4:
        speaker = s.witness
        planted.append("speaker")
    outlet = s.outlets[0]
    text = (
        f"More than {dead} people {s.event.harm} {s.event.cause} {s.place}, the {outlet} reported. "
        f'"{s.quote}," said {speaker}. '
        f"About {s.displaced:,} people were moved to shelters in {s.district}, and "
        f"{s.injured} were injured. "
        f"The cause of {s.event.noun} is still not known."
    )
    day = s.day + timedelta(days=3)
    return (
        Document(
            id=f"synth-{s.index}-retelling",
            text=text,
            outlet="Weekly Digest",
            published=day.isoformat(),
            title=f"Disaster in {s.place}",
        ),
        planted,
    )


def corpus(seed: int, stories: int) -> Iterator[Document]:
    """The documents of ``stories`` stories, in a stable order."""
    for index in range(stories):
        yield from story_documents(make_story(seed, index), seed)


# -- renamed copies ------------------------------------------------------------------


def renaming(s: Story, seed: int, copy: int) -> dict[str, str]:
    """New names of the same lengths for copy number ``copy`` of a story."""
    rng = random.Random(f"{seed}:rename:{s.index}:{copy}")
    out: dict[str, str] = {}
    for name in s.names():
        new = invented_name(rng, len(name))
        while new == name or new in out.values():
            new = invented_name(rng, len(name))
        out[name] = new
    return out


def _pattern(mapping: Mapping[str, str]) -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for old, new in mapping.items():
        if len(old) != len(new):
            raise ValueError(f"renaming must keep lengths: {old!r} -> {new!r}")
        for f in (str, str.lower, str.upper):
            table[f(old)] = f(new)
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b"), table


def rename(doc: Document, mapping: Mapping[str, str], *, suffix: str) -> Document:
    """A copy of ``doc`` with names replaced (same lengths, so every offset still holds)."""
    pattern, table = _pattern(mapping)

    def sub(text: str | None) -> str | None:
        return None if text is None else pattern.sub(lambda m: table[m.group(0)], text)

    text = sub(doc.text)
    assert text is not None and len(text) == len(doc.text)
    return replace(
        doc,
        id=f"{doc.id}{suffix}",
        text=text,
        title=sub(doc.title),
        url=f"{doc.url}{suffix}" if doc.url else None,
        meta=dict(doc.meta),
    )


def rename_analysis(data: Any, mapping: Mapping[str, str]) -> Any:
    """The stored analysis of a document, with the same names replaced in every string."""
    pattern, table = _pattern(mapping)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return pattern.sub(lambda m: table[m.group(0)], value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return walk(data)
