"""A synthetic derivation benchmark: invented stories, retold in chains, with known sources.

Every text comes from the templates below (our own wording) filled with
invented places, people and figures, so nothing is copied from any dataset.
Each story has two independent first reports; one is retold in a chain of 3-5
rewrites, each made from the one before by one operation:

- ``reword``: every sentence in another phrasing (what a translation does),
- ``cut``: a third to a half of the sentences dropped,
- ``figure``: one figure changed,
- ``merge``: the other first report's sentences added (two sources),
- ``syndicate``: the same text under another outlet (a wire copy).

The true edges are (parent, child) pairs; the derivation graph is scored by
edge precision and recall.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from spacy.language import Language

from ..document import Document

__all__ = [
    "MIN_STORIES",
    "SyntheticCorpus",
    "build_corpus",
    "run_derivation",
    "score_edges",
    "OPERATIONS",
]

OPERATIONS = ("reword", "cut", "figure", "merge", "syndicate")
MIN_STORIES = 2

_ONSETS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou"]
_CODAS = ["", "n", "r", "l", "sk", "v", "m", "th"]

_EVENTS = [
    ("flood", "floods", "the flood"),
    ("fire", "fires", "the fire"),
    ("landslide", "landslides", "the landslide"),
    ("explosion", "explosions", "the explosion"),
    ("building collapse", "collapses", "the collapse"),
    ("bus crash", "crashes", "the crash"),
]
_ROLES = [
    "regional governor",
    "interior minister",
    "police spokesman",
    "health minister",
    "civil defence chief",
    "mayor",
]
_AGENCIES = [
    "the civil defence agency",
    "the national disaster office",
    "the regional health department",
    "the fire service",
    "the relief commission",
]
_OUTLETS = [
    "Northwire",
    "Eastern Post",
    "Harbour Daily",
    "Coast Herald",
    "Valley Times",
    "Capital Gazette",
    "Plains Courier",
    "Island Review",
    "Morning Ledger",
    "Summit News",
    "Delta Observer",
    "Border Tribune",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_QUOTES = [
    ("We are doing everything we can to reach the people who are still trapped", "still trapped"),
    ("The rescue will go on through the night and no one will be left behind", "the night"),
    ("This is the worst disaster this town has seen in a generation", "a generation"),
    ("Families deserve answers and those responsible will be held to account", "answers"),
    ("The water and power networks must be repaired before people can return", "repaired"),
    ("Our teams are exhausted but they will not stop until the search is over", "exhausted"),
]

# Each fact in three phrasings; a rewrite moves every fact to another phrasing.
_FACTS: dict[str, tuple[str, ...]] = {
    "event": (
        "A {event} struck {place} in {province} province on {weekday}, killing at least "
        "{dead} people.",
        "At least {dead} people were killed when a {event} hit the town of {place}, in "
        "{province} province, on {weekday}.",
        "The {event} that hit {place} on {weekday} left at least {dead} people dead across "
        "{province} province.",
    ),
    "event_b": (
        "{agency_cap} confirmed {dead} deaths after the {event} in {place} on {weekday}.",
        "The death toll from {weekday}'s {event} in {place} stands at {dead}, {agency} confirmed.",
        "{agency_cap} has confirmed that {dead} people died in the {event} in {place}.",
    ),
    "injured": (
        "{role_cap} {person} said {injured} people had been injured and taken to hospitals "
        "in {city}.",
        "According to {role} {person}, {injured} people were hurt and brought to hospitals "
        "in {city}.",
        "Some {injured} people were wounded, {person}, the {role}, told reporters, adding "
        "that they had been moved to hospitals in {city}.",
    ),
    "displaced": (
        "About {displaced} residents have been forced from their homes, {agency} said in a "
        "statement.",
        "{agency_cap} said in a statement that roughly {displaced} residents had to leave "
        "their homes.",
        "Nearly {displaced} people have been displaced, according to a statement from {agency}.",
    ),
    "missing": (
        "Rescue teams were still searching for {missing} people who remain missing in {place}.",
        "The search for {missing} missing people in {place} went on into the evening.",
        "{missing} people are still unaccounted for in {place}, and rescuers kept digging.",
    ),
    "quote": (
        '"{quote}," {person2}, the {role2}, said at a news conference in {city}.',
        'Speaking to journalists in {city}, {role2} {person2} said: "{quote}."',
        '"{quote}," said {person2}, {role2}, at a briefing held in {city}.',
    ),
    "aid": (
        "The government has pledged {aid} million dollars in emergency aid for {province}.",
        "Emergency aid worth {aid} million dollars was promised by the government for {province}.",
        "For {province}, the government announced {aid} million dollars of emergency assistance.",
    ),
    "houses": (
        "More than {houses} houses in {place} were destroyed or badly damaged.",
        "In {place}, over {houses} homes were destroyed or left badly damaged.",
        "The {event} destroyed or seriously damaged upwards of {houses} houses in {place}.",
    ),
    "arrest": (
        "Police in {city} arrested {arrested} people in connection with the {event}, "
        "{person3} of the prosecutor's office said.",
        "{person3} of the prosecutor's office said {arrested} people had been detained in "
        "{city} over the {event}.",
        "In connection with the {event}, {arrested} people were taken into custody in "
        "{city}, according to {person3} of the prosecutor's office.",
    ),
    "school": (
        "Schools across {province} province will stay closed until {close_day}, the "
        "education office of {city} announced.",
        "The education office of {city} announced that schools in {province} province "
        "would remain shut until {close_day}.",
        "Until {close_day}, all schools in {province} province are to stay closed, said the "
        "education office of {city}.",
    ),
}
_BOILERPLATE = "Officials said the cause of the {event_short} was under investigation."
# The two first reports of a story share the event and split the other facts.
_FIRST_A = ("event", "injured", "displaced", "missing", "houses")
_FIRST_B = ("event_b", "quote", "aid", "arrest", "school")


def _name(rng: random.Random, syllables: int = 2) -> str:
    parts = [
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    ]
    return "".join(parts).capitalize()


def _person(rng: random.Random) -> str:
    return f"{_name(rng)} {_name(rng, 3)}"


@dataclass
class _Version:
    doc_id: str
    facts: list[tuple[str, int]]
    slots: dict[str, Any]
    when: datetime
    outlet: str
    byline: str = ""
    words: tuple[int, ...] = (0,) * 12  # which synonym of each _SYNONYMS group


# A translation-style rewrite also changes words, so that rewording twice does not
# land back on an ancestor's exact wording.
_SYNONYMS = (
    ("people", "persons", "individuals"),
    ("said", "stated", "declared"),
    ("residents", "inhabitants", "locals"),
    ("hospitals", "medical centres", "clinics"),
    ("government", "authorities", "cabinet"),
    ("destroyed", "wrecked", "ruined"),
    ("statement", "communique", "written statement"),
    ("searching for", "looking for", "hunting for"),
    ("emergency", "urgent", "crisis"),
    ("announced", "declared", "made known"),
    ("reporters", "journalists", "the press"),
    ("news conference", "press conference", "media briefing"),
)
_SYNONYM_RE = {
    i: re.compile(r"\b(" + "|".join(map(re.escape, group)) + r")\b")
    for i, group in enumerate(_SYNONYMS)
}


def _words(text: str, choice: tuple[int, ...]) -> str:
    for i, group in enumerate(_SYNONYMS):
        if choice[i]:
            text = _SYNONYM_RE[i].sub(group[choice[i]], text)
    return text


def _render(facts: Iterable[tuple[str, int]], slots: dict[str, Any]) -> str:
    out = []
    for key, variant in facts:
        if key == "boilerplate":
            out.append(_BOILERPLATE.format(**slots))
        else:
            out.append(_FACTS[key][variant % 3].format(**slots))
    return "\n\n".join(out)


def _text(v: _Version) -> str:
    text = _words(_render(v.facts, v.slots), v.words)
    return f"{v.byline} {text}" if v.byline else text


@dataclass
class SyntheticCorpus:
    """The documents (oldest first) and the true (source, derived) edges."""

    documents: list[Document]
    edges: set[tuple[str, str]]
    operations: dict[str, str] = field(default_factory=dict)  # derived doc id -> operation


def _slots(rng: random.Random, start: datetime) -> dict[str, Any]:
    event, _plural, short = rng.choice(_EVENTS)
    role, role2 = rng.sample(_ROLES, 2)
    agency = rng.choice(_AGENCIES)
    quote, _ = rng.choice(_QUOTES)
    return {
        "event": event,
        "event_short": short.removeprefix("the "),
        "place": _name(rng, 2),
        "province": _name(rng, 3),
        "city": _name(rng, 2),
        "weekday": _WEEKDAYS[start.weekday()],
        "dead": rng.randint(6, 240),
        "injured": rng.randint(12, 400),
        "displaced": rng.choice(range(500, 40000, 50)),
        "missing": rng.randint(3, 90),
        "aid": rng.randint(2, 95),
        "houses": rng.choice(range(40, 3000, 10)),
        "arrested": rng.randint(2, 14),
        "close_day": _WEEKDAYS[(start.weekday() + rng.randint(2, 5)) % 7],
        "person": _person(rng),
        "person2": _person(rng),
        "person3": _person(rng),
        "role": role,
        "role_cap": role[0].upper() + role[1:],
        "role2": role2,
        "agency": agency,
        "agency_cap": agency[0].upper() + agency[1:],
        "quote": quote,
    }


def build_corpus(seed: int = 7, stories: int = 40) -> SyntheticCorpus:
    """Seeded: the same seed gives the same documents and edges."""
    rng = random.Random(seed)
    versions: list[_Version] = []
    edges: set[tuple[str, str]] = set()
    operations: dict[str, str] = {}
    base = datetime(2024, 1, 1, 6, 0)
    for s in range(stories):
        start = base + timedelta(days=rng.randint(0, 700), hours=rng.randint(0, 12))
        slots = _slots(rng, start)
        outlets = rng.sample(_OUTLETS, 8)
        first_a = _Version(
            f"s{s:03d}-a0",
            [(k, rng.randrange(3)) for k in _FIRST_A] + [("boilerplate", 0)],
            dict(slots),
            start,
            outlets[0],
        )
        first_b = _Version(
            f"s{s:03d}-b0",
            [(k, rng.randrange(3)) for k in _FIRST_B],
            dict(slots),
            start + timedelta(minutes=rng.randint(20, 200)),
            outlets[1],
        )
        versions += [first_a, first_b]
        texts = {_text(first_a), _text(first_b)}
        current = first_a
        merged = False
        steps = rng.randint(3, 5)
        for step in range(1, steps + 1):
            choices = ["reword", "cut", "figure", "syndicate"] + ([] if merged else ["merge"] * 2)
            op = rng.choice(choices)
            if op == "cut" and len(current.facts) <= 3:
                op = "reword"
            when = max(current.when, first_b.when) + timedelta(hours=rng.randint(1, 20))
            child = _Version(
                f"s{s:03d}-a{step}",
                list(current.facts),
                dict(current.slots),
                when,
                outlets[1 + step],
                words=current.words,
            )
            if op == "reword":
                # The next phrasing of each sentence: a chain comes back to a wording only
                # after three rewrites (and with other words by then).
                child.facts = [(k, v + 1) for k, v in child.facts]
                child.words = _reworded(rng, child.words)
                rng.shuffle(child.facts)
            elif op == "cut":
                keep = max(3, round(len(child.facts) * rng.uniform(0.5, 0.67)))
                kept = sorted(rng.sample(range(len(child.facts)), keep))
                child.facts = [child.facts[i] for i in kept]
            elif op == "figure":
                numeric = [k for k in ("dead", "injured", "missing", "houses", "displaced")]
                present = [
                    k
                    for k in numeric
                    if any("{" + k + "}" in _FACTS_USES[f] for f, _ in child.facts)
                ]
                key = rng.choice(present or ["dead"])
                child.slots[key] = _changed(rng, int(child.slots[key]))
            elif op == "merge":
                seen = {k for k, _ in child.facts}
                child.facts += [(k, v) for k, v in first_b.facts if k not in seen]
                edges.add((first_b.doc_id, child.doc_id))
                merged = True
            elif op == "syndicate":
                child.byline = f"{child.outlet.upper()} —"
            while _text(child) in texts:  # a cut back to an earlier version: reword it
                op = "reword"
                child.facts = [(k, v + 1 + rng.randrange(2)) for k, v in child.facts]
                child.words = _reworded(rng, child.words)
            texts.add(_text(child))
            edges.add((current.doc_id, child.doc_id))
            operations[child.doc_id] = op
            versions.append(child)
            current = child
    documents = []
    for v in sorted(versions, key=lambda v: (v.when, v.doc_id)):
        documents.append(
            Document(
                id=v.doc_id,
                text=_text(v),
                url=f"https://example.org/{v.doc_id}",
                outlet=v.outlet,
                published=v.when.isoformat(timespec="minutes"),
                title=f"{v.slots['event'].capitalize()} in {v.slots['place']}",
                language="en",
            )
        )
    return SyntheticCorpus(documents, edges, operations)


_FACTS_USES = {k: " ".join(v) for k, v in _FACTS.items()} | {"boilerplate": _BOILERPLATE}


def _reworded(rng: random.Random, words: tuple[int, ...]) -> tuple[int, ...]:
    """Another synonym in at least half the groups."""
    out = list(words)
    for i in rng.sample(range(len(_SYNONYMS)), len(_SYNONYMS) // 2 + 1):
        out[i] = (out[i] + 1 + rng.randrange(len(_SYNONYMS[i]) - 1)) % len(_SYNONYMS[i])
    return tuple(out)


def _changed(rng: random.Random, value: int) -> int:
    factor = rng.choice([0.5, 0.7, 1.5, 2.0, 3.0])
    new = max(2, round(value * factor))
    return new if new != value else value + 5


def score_edges(
    predicted: Iterable[tuple[str, str]], truth: set[tuple[str, str]]
) -> dict[str, float | int]:
    """Edge precision, recall and F1 of a derivation graph against the true edges."""
    pred = set(predicted)
    tp = len(pred & truth)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "predicted": len(pred),
        "true": len(truth),
        "correct": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def run_derivation(nlp: Language, *, seed: int = 7, stories: int = 40) -> dict[str, Any]:
    """Build the corpus, ingest it into an in-memory store, trace it all, score the edges."""
    from ..ingest.load import ingest_documents
    from ..provenance.graph import DerivationGraph
    from ..store import open_store

    corpus = build_corpus(seed, stories)
    with open_store("sqlite://") as store:
        ingest_documents(store, nlp, corpus.documents)
        graph = DerivationGraph(store, nlp)
        graph.update([d.id for d in corpus.documents])
        data = graph.export()
    predicted = {(e["source"], e["target"]) for e in data["edges"]}
    scores = score_edges(predicted, corpus.edges)
    by_op: dict[str, dict[str, int]] = {}
    for src, dst in corpus.edges:
        op = corpus.operations.get(dst, "")
        row = by_op.setdefault(op, {"true": 0, "found": 0})
        row["true"] += 1
        row["found"] += (src, dst) in predicted
    return {
        "seed": seed,
        "documents": len(corpus.documents),
        **scores,
        "by_operation": by_op,
        "false_edges": sorted(predicted - corpus.edges),
        "missed_edges": sorted(corpus.edges - predicted),
    }
