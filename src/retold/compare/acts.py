"""A strong act no source tells of: "the report ... ordered the immediate grounding of
the airline's fleet", "was arrested after giving his statement".

A rewrite often joins a faithful clause to an act made up or made bigger: an arrest
where the source has a man sent home, a ban where it has an alert. The faithful clause
brings the right evidence; the act is in none of it. The check is on words: each act
has the words a source would tell it by (an arrest by "arrested", "detained", "in
custody"), and the act is made up when none of the documents that carry the rest of
the sentence has any of them anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .text import inside_quotes

__all__ = ["StrongAct", "untold_acts"]


@dataclass(frozen=True)
class StrongAct:
    """An act as the claim tells it, and where."""

    kind: str
    text: str
    start: int


# Each act: how a claim tells it, and the words any telling of it would use.
_ACTS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (kind, re.compile(claim, re.I), re.compile(told, re.I))
    for kind, claim, told in (
        (
            "arrest",
            r"\b(?:was|were|been|had)\s+arrested\b|\bordered\s+the\s+arrests?\s+of\b"
            r"|\barrested\s+(?:the|several|dozens|scores|"
            r"hundreds|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b",
            # held as a person is, not as a hearing or a trial is ("hearings are being held")
            r"\barrest\w*|\bdetain\w*|\bdetention\b|\bcustody\b|\bapprehend\w*"
            r"|\bheld\s+(?:by\s+(?:the\s+)?(?:police|authorities|security|troops)|incommunicado|"
            r"without\s+charge|overnight|hostage|captive|for\s+questioning|"
            r"(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:jail|prison|cells?|police\s+station|"
            r"detention\s+cent(?:re|er)|barracks|guest\s+house)|"
            r"for\s+(?:\w+\s+)?(?:hours|days|weeks))\b",
        ),
        (
            "grounding",
            r"\bground(?:ed|ing)\b[^.;]{0,40}\b(?:fleet|planes|aircraft|jets)\b",
            r"\bground(?:ed|ing)\b|\bsuspend\w*[^.;]{0,30}\bflights?\b",
        ),
        (
            "ban",
            r"\b(?:a|the)\s+(?:\w+\s+){0,2}ban\s+on\b|\bbann(?:ed|ing)\b",
            r"\bban\b|\bbans\b|\bbann\w*|\bprohibit\w*|\boutlaw\w*|\bforb[ia]d\w*|\bbarr?(?:ed)?\b",
        ),
        (
            "charges",
            r"\b(?:face|faces|facing)\s+criminal\s+charges\b|\bbe\s+put\s+on\s+trial\b"
            r"|\b(?:stand|face)\s+trial\b|\b(?:filed|brought|pressed|laid)\s+(?:criminal\s+)?charges\b",
            r"\bcharg\w*|\bindict\w*|\bprosecut\w*|\btrial\b|\bcriminal\b",
        ),
        (
            # a country's own arrest warrants are no Interpol notice
            "red notice",
            r"\b(?:issued|issues|issuing|put\s+out)\s+(?:\w+\s+){0,2}red\s+notices?\b",
            r"\bred\s+notices?\b|\binterpol\b",
        ),
        (
            "revocation",
            r"\brevok(?:ed|ing)\b",
            r"\brevok\w*|\bsuspend\w*|\bcancel\w*|\bwithdr[ae]w\w*|\bstrip\w*",
        ),
        (
            "emergency",
            r"\bdeclar(?:ed|ing|es)\s+(?:a\s+)?(?:national|nationwide|countrywide)\s+"
            r"(?:state\s+of\s+)?emergency\b",
            # a state's or a city's emergency is no nation's
            r"\b(?:national|nationwide|countrywide)\s+(?:state\s+of\s+)?emergency\b"
            r"|\bemergency\s+(?:rule|powers)\b",
        ),
        (
            "emergency session",
            r"\b(?:emergency|extraordinary|urgent)\s+(?:session|meeting)\b",
            r"\b(?:emergency|extraordinary|urgent|special)\s+(?:session|meeting)\b|\bconven\w*",
        ),
        (
            "curfew",
            r"\b(?:impos|order|declar)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}curfew\b",
            r"\bcurfews?\b|\blockdown\b|\bstay[\s-]at[\s-]home\b",
        ),
        (
            "martial law",
            r"\bunder\s+martial\s+law\b|\b(?:declared|imposed)\s+martial\s+law\b",
            r"\bmartial\s+law\b|\bmilitary\s+rule\b|\bstate\s+of\s+(?:emergency|siege)\b",
        ),
        (
            "summons",
            r"\bsummon(?:ed|s|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ambassador|envoy)\b",
            r"\bsummon\w*|\bcalled\s+in\b|\bprotest\s+note\b|\bd[ée]marche\b",
        ),
        (
            "conviction",
            r"\bconvicted\b|\bfound\s+(?:[\w-]+\s+){0,2}guilty\b",
            r"\bconvict\w*|\bguilty\b|\bsentenc\w*|\bverdict\b",
        ),
        (
            "sanctions",
            r"\b(?:threaten\w*|impos\w*|slapp?\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:with\s+)?sanctions\b",
            r"\bsanction\w*|\bembargo\w*|\basset\s+freezes?\b|\btravel\s+bans?\b",
        ),
        (
            "referral",
            r"\brefer(?:red|ring|s)?\b[^.;]{0,60}\bto\s+the\s+(?:International\s+Criminal\s+Court|ICC)\b",
            r"\brefer(?:red|ring|s|ral)?\b[^.;]{0,60}\b(?:court|ICC|tribunal)\b",
        ),
        (
            "mourning",
            r"\b(?:declar|announc|order|proclaim)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:day|days|period)\s+of\s+"
            r"(?:national\s+)?mourning\b",
            r"\bmourning\b",
        ),
        (
            "nationalisation",
            r"\bnationali[sz]ed\b",
            r"\bnationali[sz]\w*|\bseiz\w*|\btak\w*\s+over\b|\bstate\s+control\b",
        ),
    )
)


def untold_acts(claim: str, read_sources: Callable[[], Sequence[str]]) -> list[StrongAct]:
    """The strong acts a claim tells that no source text tells in any words of its own.
    The sources are read only for a claim that tells such an act, as few do."""
    sources: Sequence[str] | None = None
    found: list[StrongAct] = []
    for kind, told_in_claim, told in _ACTS:
        # "had never been convicted": told as not done, no act to hold to the sources
        m = next(
            (
                x
                for x in told_in_claim.finditer(claim)
                if not _NEGATED_BEFORE_RE.search(claim[max(0, x.start() - 40) : x.start()])
            ),
            None,
        )
        if m is None or inside_quotes(claim, m.start()):
            continue
        if sources is None:
            sources = read_sources()
        if any(_told(told, text) for text in sources):
            continue
        found.append(StrongAct(kind, m.group(0), m.start()))
    return found


# "No one has been charged", "no arrests were made": the words, but not the act.
_NEGATED_BEFORE_RE = re.compile(r"\b(?:no|not|never|nobody|none|n't)\b(?:\s+\w+){0,3}\s*$", re.I)


def _told(told: re.Pattern[str], text: str) -> bool:
    return any(
        not _NEGATED_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
        for m in told.finditer(text)
    )
