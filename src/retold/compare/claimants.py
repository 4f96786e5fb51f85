"""Who claimed an attack: "the Pakistani Taliban claimed responsibility" for a bombing
that Islamic State claimed, or that no group claimed at all.

A claim of responsibility is a statement with a speaker like any other, but its
content ("responsibility for the bombing") is a few words every claim shares, so the
speaker rules, which match what was said, cannot tell one claimant from another.
Here the claimant is held to the claims the sources report for the same attack: a
report of the same scene that names another group, or says that no group claimed it,
while none names the claimed one, changes the speaker. The same attack is read from
where it happened, the sentence's place or else the report's own: a corpus about one
bombing often recalls another group's earlier one ("an attack claimed by the
Pakistani Taliban" in Peshawar, three days before the rally in Mastung).
"""

from __future__ import annotations

import re
from datetime import date

from ..records import Attribution, PersonMention, PlaceMention
from ..retrieval.corpus import CorpusView, Window
from .claims import ClaimDraft, story_place
from .results import Distortion
from .slots import elsewhere, other_occasion, source_label, speaker_change
from .text import inside_quotes, terms
from .thresholds import TOP_WINDOWS

__all__ = ["claimant_distortions"]

_ATTACK = (
    r"(?:attacks?|bombings?|blasts?|explosions?|killings?|assault|raids?|massacre|abductions?"
    r"|kidnappings?|seizure|siege|shooting)"
)
# "claimed responsibility", "claimed the bombing", "took responsibility for", "had carried
# out the attack", "was behind the bombing"
_CLAIMED_RE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:full\s+|the\s+)?(?:responsibility|credit)\b"
    r"|\bclaim(?:ed|s|ing)?\s+(?:the|both|all|two|three|these|this|that|Friday's|Saturday's"
    r"|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)\s+(?:\w+\s+)?" + _ATTACK + r"\b"
    r"|\b(?:took|take|takes|taking|taken|accepted|accepts)\s+(?:full\s+)?responsibility\s+for\s+"
    r"(?:the|this|that|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)"
    r"\s+(?:\w+\s+)?" + _ATTACK + r"\b"
    r"|\b(?:had|have|has)\s+carried\s+out\s+the\s+" + _ATTACK + r"\b"
    r"|\b(?:was|were)\s+behind\s+the\s+" + _ATTACK + r"\b",
    re.I,
)
# "an attack claimed by the Pakistani Taliban"
_CLAIMED_BY_RE = re.compile(
    _ATTACK
    + r"\s+(?:was\s+|were\s+|later\s+)?claimed\s+by\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)",
    re.I,
)
# "No group has claimed responsibility", "no one immediately claimed the attack"
_NO_CLAIM_RE = re.compile(
    r"\bno\s+(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
    r"(?:claimed|taken|took|accepted)\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?claimed\b",
    re.I,
)
# Words of any claimant's name: sharing them ties no one to a group.
_GENERIC = frozenset(
    terms(
        "the group groups militant militants network faction organisation organization "
        "movement spokesman spokesperson commander leader its his their of a an"
    )
)


def _scene(places: list[PlaceMention], fallback: PlaceMention | None) -> PlaceMention | None:
    own = [p for p in places if p.kind != "country" and p.lat is not None]
    return own[0] if own else fallback


def _name_terms(name: str) -> set[str]:
    return set(terms(name)) - _GENERIC


def _initials(name: str) -> set[str]:
    """A name's initials, with and without its small linking words ("JeM" and "JM" for
    "Jaish-e-Mohammed", "TTP" for "Tehrik-e-Taliban Pakistan")."""
    words = [
        w
        for w in re.split(r"[\s-]+", name)
        if w[:1].isalpha() and not set(terms(w)) & _GENERIC and w.lower() not in ("the", "of")
    ]
    capital = "".join(w[0] for w in words if w[:1].isupper()).upper()
    every = "".join(w[0] for w in words).upper()
    return {i for i in (capital, every) if len(i) >= 2}


def _names(claimant: str, text: str) -> bool:
    """Whether a text names the claimant: a word of its name, or its initials ("IS",
    "ISIS" for "Islamic State"; "JeM" for "Jaish-e-Mohammed")."""
    if _name_terms(claimant) & set(terms(text)):
        return True
    initials = _initials(claimant)
    return any(
        a.upper().startswith(i)
        for a in re.findall(r"\b[A-Z][A-Za-z]{1,5}\b", text)
        if sum(c.isupper() for c in a) >= 2
        for i in initials
    )


def _claimant_of(text: str, m: re.Match[str]) -> str:
    """Who a sentence says claimed it, where no attribution tells: the words before the
    claim, back to the clause's start, without a lead-in of no name ("Hours later,")."""
    head = text[: m.start()]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(" - "), head.rfind(" — "))
    parts = head[cut + 1 :].split(",")
    while len(parts) > 1 and not re.search(r"\s[A-Z]", " " + parts[0].strip()[1:]):
        parts = parts[1:]  # "Hours later", "Days later, however"
    return ",".join(parts).strip(" ,")


def _who(
    attributions: list[Attribution],
    persons: list[PersonMention],
    text: str,
    offset: int,
    m: re.Match[str],
) -> tuple[str, list[str]]:
    """The claimant of a claim at ``m`` (in ``text``, at ``offset`` in its document): the
    source of the attribution the claim's verb cues, else the words before it; and the
    surnames of the people it names."""
    at = offset + m.start()
    source = next(
        (
            a.source
            for a in attributions
            if a.source is not None and at <= a.cue.start < offset + m.end()
        ),
        None,
    )
    if source is not None:
        lo, hi, who = source.start, source.end, source.text
    else:
        who = _claimant_of(text, m)
        hi = at
        lo = hi - len(who) if who else hi
    people = [p.name.split()[-1] for p in persons if lo <= p.start < hi]
    return who, people


def _same_claimant(claimant: tuple[str, list[str]], found: tuple[str, list[str]]) -> bool:
    """One claimant: the same person where both name one, else a group both name."""
    (name, people), (other, other_people) = claimant, found
    if people and other_people:
        return bool({p.lower() for p in people} & {p.lower() for p in other_people})
    return _names(name, other)


def _named(words: str) -> bool:
    """A claimant named (a capitalised word past the first), not "Two militant groups"."""
    if not _name_terms(words):
        return False
    words = words.strip()
    return re.search(r"\s[A-Z]", " " + words[1:]) is not None or (
        re.fullmatch(r"[A-Z][\w'’-]+", words) is not None
    )


def claimant_distortions(
    view: CorpusView, draft: ClaimDraft, ranked: list[Window], published: date | None
) -> list[Distortion]:
    """A claim of responsibility the sources report from someone else, or from no one."""
    m = _CLAIMED_RE.search(draft.text)
    if m is None or _NO_CLAIM_RE.search(draft.text):
        return []
    at = draft.start + m.start()
    if inside_quotes(draft.text, m.start()) or any(
        a.kind in ("direct", "mixed") and a.content.start <= at < a.content.end
        for a in draft.attributions
    ):
        return []  # "we take responsibility for the attack": a quote's words, checked as such
    claimant = _who(draft.attributions, draft.persons, draft.text, draft.start, m)
    if not _named(claimant[0]):
        return []
    scene = _scene(draft.places, draft.story_place)
    others: list[tuple[str, Window]] = []
    unclaimed: Window | None = None
    for w in ranked[: TOP_WINDOWS * 2]:
        text = w.text
        if not (
            _CLAIMED_RE.search(text) or _CLAIMED_BY_RE.search(text) or _NO_CLAIM_RE.search(text)
        ) or other_occasion(published, view.document(w.doc_id).published_date):
            continue  # no claim told, or one of another year
        found_in = view.analysis(w.doc_id)
        where = _scene(
            [p for p in found_in.places if w.start <= p.start < w.end], story_place(found_in)
        )
        if scene is not None and where is not None and elsewhere(scene.name, where.name):
            continue  # another attack
        for found in _CLAIMED_RE.finditer(text):
            who = _who(found_in.attributions, found_in.persons, text, w.start, found)
            if not _named(who[0]):
                continue
            if _same_claimant(claimant, who):
                return []  # the claimed group claimed it
            others.append((who[0], w))
        for by in _CLAIMED_BY_RE.finditer(text):
            if _names(claimant[0], by.group(1)):
                return []
            others.append((by.group(1), w))
        if unclaimed is None and _NO_CLAIM_RE.search(text):
            unclaimed = w
    label = draft.text[m.start() : m.end()]
    if others:
        who_text, w = others[0]
        return [_distortion(view, draft, claimant[0], who_text, w, label)]
    if unclaimed is not None:
        return [_distortion(view, draft, claimant[0], "no one", unclaimed, label)]
    return []


def _distortion(
    view: CorpusView, draft: ClaimDraft, claimant: str, found: str, w: Window, label: str
) -> Distortion:
    source = source_label(view, w.doc_id)
    said = (
        f"{source} reports no claim of it"
        if found == "no one"
        else f"{source} reports it claimed by {found}"
    )
    return speaker_change(
        claimant,
        found,
        w,
        f"The article says {claimant} {label}; {said}.",
        at=draft.text.find(claimant) + draft.start,
    )
