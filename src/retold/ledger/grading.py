"""Grading an incident in the spirit of Airwars' scale, from the claims and statements on record.

The rules, first that holds wins (README, "The civilian-harm ledger"):

- **confirmed**: a party the claims blame acknowledged it: it gives a figure
  itself, or a statement of its own in a document carrying one of the claims
  admits harm ("a coalition spokesman acknowledged that a coalition strike
  contributed to the civilian casualties");
- **discounted**: a party the claims blame denied it, and only one independent
  source claims it;
- **contested**: a denial or a dispute is on record (by a blamed party against
  two or more sources, or by anyone else), or the sources blame different parties;
- **corroborated**: two or more independent sources;
- **single-source**: one.

Sources are independent when they have different origins: a named speaker is
an origin wherever it is reported; an unnamed one ("local residents") or none
makes the outlet the origin; word-for-word copies of one passage are one origin.
Sources agree when their intervals hold the value that claims of the most
origins hold; the others disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..records import Analysis, Attribution
from .claims import Claim, actor_words
from .incidents import Incident

__all__ = [
    "GRADES",
    "Grade",
    "Grading",
    "Statement",
    "agreement",
    "source_label",
    "assign_statements",
    "grade_incident",
    "statements_of",
]

Grade = Literal["confirmed", "discounted", "contested", "corroborated", "single-source"]
GRADES: tuple[Grade, ...] = (
    "confirmed",
    "discounted",
    "contested",
    "corroborated",
    "single-source",
)

_ACK_CUES = frozenset(
    "acknowledge acknowledged acknowledges admit admitted admits concede conceded concedes "
    "confirm confirmed confirms accept accepted accepts recognise recognised recognize "
    "recognized".split()
)
_DENY_CUES = frozenset(
    "deny denied denies reject rejected rejects dismiss dismissed dismisses refute refuted "
    "refutes".split()
)
_DENIAL_RE = re.compile(
    r"\b(?:no\s+(?:sign|evidence|indication|proof)|non-credible|not\s+credible|"
    r"did\s+not\s+(?:kill|strike|hit|target|bomb)|was\s+not\s+(?:responsible|involved))\b",
    re.IGNORECASE,
)
_HARM_RE = re.compile(
    r"\b(?:civilian|casualt|death|dead|kill|injur|wound|strike|airstrike|raid|bomb)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement that admits or denies harm, with its source's folded words."""

    doc_id: str
    kind: Literal["acknowledges", "denies"]
    speaker: str
    words: frozenset[str]
    text: str
    # Where the statement starts in its document: it speaks of the nearest claim's incident.
    start: int = 0


@dataclass(frozen=True, slots=True)
class Grading:
    grade: Grade
    sources: int
    agree: tuple[str, ...]
    disagree: tuple[str, ...]
    acknowledged: bool
    acknowledged_by: tuple[str, ...]
    denied_by: tuple[str, ...]
    disputed_by: tuple[str, ...]


def _words(a: Attribution, outlet: str | None) -> frozenset[str]:
    parts = [a.speaker, a.role, a.source.text if a.source else None, *(v.text for v in a.via)]
    text = " ".join(p for p in parts if p) or (outlet or "")
    return frozenset(actor_words(text))


def statements_of(
    doc_id: str, text: str, analysis: Analysis, outlet: str | None
) -> list[Statement]:
    """The statements in a document that admit or deny harm."""
    found = []
    for a in analysis.attributions:
        cue = a.cue.text.lower()
        content = text[a.content.start : a.content.end]
        if not _HARM_RE.search(content):
            continue
        kind: Literal["acknowledges", "denies"] | None = None
        if any(w in _ACK_CUES for w in cue.split()):
            kind = "acknowledges"
        elif any(w in _DENY_CUES for w in cue.split()) or _DENIAL_RE.search(content):
            kind = "denies"
        if kind is None:
            continue
        speaker = a.speaker or (a.source.text if a.source else None) or outlet or doc_id
        found.append(Statement(doc_id, kind, speaker, _words(a, outlet), content, a.start))
    return found


def assign_statements(
    incidents: Sequence[Incident], statements: Mapping[str, Iterable[Statement]]
) -> list[dict[str, list[Statement]]]:
    """Each incident's statements: a document's statement goes to the incident of its nearest claim.

    So a report of two strikes lends an admission only to the strike it is
    written beside.
    """
    assigned: list[dict[str, list[Statement]]] = [{} for _ in incidents]
    for doc_id, found in statements.items():
        holders = [
            (c.start, n) for n, i in enumerate(incidents) for c in i.claims if c.doc_id == doc_id
        ]
        if not holders:
            continue
        for s in found:
            _, nearest = min(holders, key=lambda h: (abs(h[0] - s.start), h[1]))
            assigned[nearest].setdefault(doc_id, []).append(s)
    return assigned


def _syndicated(claims: Sequence[Claim]) -> list[Claim]:
    """Claims with one origin in fact: word-for-word copies of a passage (a wire story and
    its copies), and a document's unattributed figure beside the one source it names."""
    named: dict[str, set[str]] = {}
    for c in claims:
        if c.origin.startswith("speaker:"):
            named.setdefault(c.doc_id, set()).add(c.origin)
    first: dict[str, str] = {}
    same: list[Claim] = []
    for c in claims:
        origin = c.origin
        in_doc = named.get(c.doc_id, set())
        if c.speaker is None and len(in_doc) == 1:
            origin = next(iter(in_doc))
        origin = first.setdefault(" ".join(c.passage.casefold().split()), origin)
        same.append(c if origin == c.origin else replace(c, origin=origin))
    return same


def _label(claim: Claim) -> str:
    return claim.speaker or claim.outlet or claim.doc_id


def agreement(claims: Sequence[Claim]) -> tuple[list[str], list[str]]:
    """Sources whose figures meet where most origins meet, and the sources of the others.

    The meeting point is the value held by claims of the most origins (the
    lowest on a tie). Each side lists claim sources ("speaker (outlet)"), so a
    speaker quoted with two figures may be on both.
    """
    counted = [c for c in claims if c.in_range]
    if not counted:
        return [], []
    points = sorted({c.low for c in counted if c.low is not None})
    best: tuple[int, float] | None = None
    for p in points:
        n = len({c.origin for c in counted if _holds(c, p)})
        if best is None or n > best[0]:
            best = (n, p)
    assert best is not None
    point = best[1]
    agree = [source_label(c) for c in counted if _holds(c, point)]
    disagree = [source_label(c) for c in counted if not _holds(c, point)]
    return list(dict.fromkeys(agree)), list(dict.fromkeys(disagree))


def source_label(claim: Claim) -> str:
    """Who says it, as a reader would cite it: "Sergey Lavrov (Sputnik)", or the outlet."""
    outlet = claim.outlet or claim.doc_id
    return f"{claim.speaker} ({outlet})" if claim.speaker else outlet


def _holds(c: Claim, value: float) -> bool:
    low = c.low if c.low is not None else 0.0
    return low <= value and (c.high is None or value <= c.high)


def grade_incident(incident: Incident, statements: Mapping[str, Iterable[Statement]]) -> Grading:
    """Grade one incident from its claims and the statements in the documents that carry them."""
    blamed: frozenset[str] = frozenset().union(*(c.blamed for c in incident.claims))
    claims = _syndicated(incident.claims)
    origins = {c.origin: _label(c) for c in claims}
    acknowledged_by = [_label(c) for c in incident.claims if blamed and c.source_words & blamed]
    denied_by: list[str] = []
    disputed_by: list[str] = []
    for doc_id in dict.fromkeys(c.doc_id for c in incident.claims):
        for s in statements.get(doc_id, ()):
            party = bool(blamed and s.words & blamed)
            if s.kind == "acknowledges" and party:
                acknowledged_by.append(s.speaker)
            elif s.kind == "denies":
                (denied_by if party else disputed_by).append(s.speaker)
    acknowledged_by = list(dict.fromkeys(acknowledged_by))
    blames = {frozenset(c.blamed) for c in incident.claims if c.blamed}
    split_blame = len(blames) > 1 and not frozenset.intersection(*blames)
    agree, disagree = agreement(claims)
    grade: Grade
    if acknowledged_by:
        grade = "confirmed"
    elif denied_by and len(origins) <= 1:
        grade = "discounted"
    elif denied_by or disputed_by or split_blame:
        grade = "contested"
    elif len(origins) >= 2:
        grade = "corroborated"
    else:
        grade = "single-source"
    return Grading(
        grade=grade,
        sources=len(origins),
        agree=tuple(agree),
        disagree=tuple(disagree),
        acknowledged=bool(acknowledged_by),
        acknowledged_by=tuple(acknowledged_by),
        denied_by=tuple(dict.fromkeys(denied_by)),
        disputed_by=tuple(dict.fromkeys(disputed_by)),
    )
