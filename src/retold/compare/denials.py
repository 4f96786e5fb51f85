"""An act the source says did not happen: "grounded the fleet" for "did not ground the planes".

No intensity scale holds an act invented outright; what gives it away is the
source denying that very act of the same actor. The check is on words: the
negated verb of a source sentence, the same verb (by its stem) told as done in
the claim, and a word of the actor shared by both; or a place the source says
stayed open that the claim says was shut.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import WRITTEN_WORD_RE, stem, terms

__all__ = ["Denial", "denied_acts"]

# "did not ground", "has never closed", "were not evacuated", "would not suspend"
_NEGATED_VERB_RE = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are|would|will)\s*(?:n't|\s+not|\s+never)\s+"
    r"(?:(?:yet|ever|actually|formally|officially)\s+)?(?:been\s+|be\s+)?([a-z]+)\b"
    r"|\bnever\s+([a-z]+ed)\b",
    re.I,
)
# "No one has been charged", "nobody was arrested": done to no one at all.
_NO_ONE_RE = re.compile(
    r"\b(?:no\s+one|nobody|no-one)\s+(?:has|had|have|was|were)\s+(?:yet\s+|so\s+far\s+)?"
    r"(?:been\s+)?([a-z]+ed)\b"
    # "no arrests had been made so far": the act by its noun
    r"|\bno\s+([a-z]+s)\s+(?:has|had|have)\s+(?:yet\s+|so\s+far\s+)?been\s+"
    r"(?:made|filed|brought|laid|issued)\b",
    re.I,
)
# Verbs whose denial is no act withheld: saying, knowing, wanting, and the auxiliaries.
_NOT_ACTS = frozenset(
    """be have do say tell comment know think believe expect want need seem appear
    mean see hear respond reply answer happen occur exist matter take make get go
    come give find""".split()
)
_NOT_ACT_STEMS = frozenset(stem(w) for w in _NOT_ACTS)
# The actor is among the words just before the verb, within its clause.
_ACTOR_WORDS = 6
_CLAUSE_CUT_RE = re.compile(r"[,;:]|\b(?:but|and|while|although|which|who)\b", re.I)


# An act done to nothing: "posed no threat", "issued no warning", "found nothing".
_NO_OBJECT_RE = re.compile(r"\s+(?:no|nothing|none)\b", re.I)


@dataclass(frozen=True)
class Denial:
    """The act as the claim tells it, and the source's words denying it."""

    claimed: str
    claimed_start: int
    found: str


def _actor_terms(text: str, end: int) -> set[str]:
    clause = _CLAUSE_CUT_RE.split(text[:end])[-1]
    return set(terms(" ".join(clause.split()[-_ACTOR_WORDS:])))


def _sentence_terms(text: str, end: int) -> set[str]:
    """Whom a source sentence speaks of before its denial: "The DGCA said it would not
    ground" names its actor before the pronoun."""
    return set(terms(text[_sentence_start(text, end) : end]))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens, by full stops and line breaks."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def denied_acts(
    claim: str, evidence: str, negated: Callable[[str, int], bool] | None = None
) -> list[Denial]:
    """Acts the claim tells as done that the evidence says its actor did not do.

    ``negated``, when given, is a predicate ``(text, offset) -> bool`` saying whether the
    claim's own word stands under a negation; such a word agrees with the denial.
    """
    out: list[Denial] = []
    for m in _NEGATED_VERB_RE.finditer(evidence):
        verb = m.group(1) or m.group(2)
        verb_stem = stem(verb)
        if verb_stem in _NOT_ACT_STEMS or len(verb_stem) < 3:
            continue
        if _also_done(evidence, m, verb_stem):
            # "said it had used cluster munitions ... and insisted they had not been used
            # against civilians": the act done, denied only in part
            continue
        source_actor = _sentence_terms(evidence, m.start())
        for w in WRITTEN_WORD_RE.finditer(claim):
            word = w.group(0)
            low = word.lower()
            # an act told as done: a past form ("grounded", "seized"), not a noun
            # ("the ground floor") or a bare verb ("may ground")
            if not low.endswith("ed") or stem(word) != verb_stem:
                continue
            if negated is not None and negated(claim, w.start()):
                continue
            if _NO_OBJECT_RE.match(claim, w.end()):
                continue  # "posed no threat": told as not done, as the source has it
            if not (_actor_terms(claim, w.start()) & source_actor):
                continue
            out.append(Denial(word, w.start(), " ".join(m.group(0).split())))
            break
    # "No one had been arrested so far": the act denied of anyone, whoever the claim has
    # it done to
    for m in _NO_ONE_RE.finditer(evidence):
        verb_stem = stem(m.group(1) or m.group(2))
        if verb_stem in _NOT_ACT_STEMS:
            continue
        for w in WRITTEN_WORD_RE.finditer(claim):
            low = w.group(0).lower()
            if not low.endswith("ed") or stem(low) != verb_stem:
                continue
            if negated is not None and negated(claim, w.start()):
                continue
            out.append(Denial(w.group(0), w.start(), " ".join(m.group(0).split())))
            break
    # "the airport remains open" denies "the airport was shut down" as well as "was not
    # closed" would
    for m in _STILL_OPEN_RE.finditer(evidence):
        source_actor = _sentence_terms(evidence, m.start())
        for c in _CLOSED_RE.finditer(claim):
            if negated is not None and negated(claim, c.start()):
                continue
            if _actor_terms(claim, c.start()) & source_actor:
                out.append(Denial(c.group(0), c.start(), " ".join(m.group(0).split())))
                break
    return out


_STILL_OPEN_RE = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|was|were|are)\s+still)\s+open\b", re.I
)
# Closed as done: "was shut down", "were closed", "had closed"; not "closed-door talks".
_CLOSED_RE = re.compile(
    r"\b(?:was|were|been|had|has|have)\s+(?:\w+\s+)?(?:shut(?:\s+down)?|closed)\b(?!-)", re.I
)


def _also_done(evidence: str, m: re.Match[str], verb_stem: str) -> bool:
    """Whether the sentence of a denial also tells the same act as done."""
    start = _sentence_start(evidence, m.start())
    end = evidence.find(". ", m.end())
    end = len(evidence) if end < 0 else end
    denier = _subject_word(evidence, m.start())
    for w in WRITTEN_WORD_RE.finditer(evidence, start, end):
        if m.start() <= w.start() < m.end() or stem(w.group(0)) != verb_stem:
            continue
        before = evidence[max(start, w.start() - 12) : w.start()].lower()
        if re.search(r"\b(?:not|never|n't)\b|n't\s*$", before):
            continue
        doer = _subject_word(evidence, w.start())
        # one actor, or one a pronoun stands for ("it had used ... they had not been
        # used"): not "the ministry closed the road, and the port authority did not close
        # the harbour"
        if doer == denier or doer in _PRONOUNS or denier in _PRONOUNS:
            return True
    return False


_AUXILIARIES = frozenset(
    "had has have was were been be is are did does do not never would will n't".split()
)
_PRONOUNS = frozenset("it they he she we i".split())


def _subject_word(text: str, at: int) -> str:
    """The word before a verb and its auxiliaries: who did it, as far as words go."""
    words = re.findall(r"[\w']+", text[max(0, at - 60) : at].lower())
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    return words[-1] if words else ""
