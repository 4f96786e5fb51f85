"""Turning an analysed article into checkable claims, one per sentence that carries one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document
from ..names import is_outlet_name
from ..records import Analysis, Attribution, Figure, PersonMention, TextSpan, TimeRef
from .text import terms

__all__ = ["ClaimDraft", "build_claims", "credited_outlets"]

_ADDRESSEE_RE = re.compile(
    r"\s*(?:to\s+|in an interview (?:with|to)\s+)?((?:the\s+)?(?:(?:news\s+)?agency\s+|newspaper\s+|channel\s+)?"
    r"[A-Z][\w.&\-]*(?:\s+(?:of\s+)?[A-Z][\w.&\-]*){0,4})"
)
_INTERVIEW_RE = re.compile(
    r"\b(?:in an interview (?:with|to)|speaking to|told)\s+((?:the\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,4})"
)
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


def credited_outlets(text: str, att: Attribution) -> list[TextSpan]:
    """Outlets a statement is credited to: relays ('according to IRNA') and addressees ('told CNN')."""
    found = [v for v in att.via if is_outlet_name(v.text)]
    # The addressee: "told Reuters", "assured to the agency X", "said in an interview with X".
    after = text[att.cue.end : att.cue.end + 40].lstrip().lower()
    if att.cue.text.lower().startswith(("told", "tell")) or after.startswith(
        ("to ", "in an interview")
    ):
        m = _ADDRESSEE_RE.match(text, att.cue.end)
        if m and is_outlet_name(m.group(1)):
            found.append(TextSpan(m.start(1), m.end(1), m.group(1)))
    s0, s1 = att.sentence
    for m in _INTERVIEW_RE.finditer(text, s0, s1):
        span = TextSpan(m.start(1), m.end(1), m.group(1))
        if is_outlet_name(span.text) and all(f.start != span.start for f in found):
            found.append(span)
    return found


def build_claims(doc: Document, analysis: Analysis) -> list[ClaimDraft]:
    claims: list[ClaimDraft] = []
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

        draft = ClaimDraft(
            start=start,
            end=end,
            text=doc.text[start:end],
            attributions=[a for a in analysis.attributions if inside(a.cue.start)],
            figures=[f for f in analysis.figures if inside(f.start) and f.kind != "ordinal"],
            times=[t for t in analysis.times if inside(t.start)],
            persons=[p for p in analysis.persons if inside(p.start)],
        )
        for att in draft.attributions:
            draft.outlets.extend(credited_outlets(doc.text, att))
        if len(terms(draft.text)) < _MIN_TERMS and not draft.figures:
            continue
        claims.append(draft)
    return claims
