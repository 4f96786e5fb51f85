"""Scoring candidate evidence sentences against a claim, and whether the claim is carried at all."""

from __future__ import annotations

import math
import re

from ..names.persons import SAME_PERSON_THRESHOLD, surname_similarity
from ..retrieval.corpus import CorpusView, Window, idf_weights
from .claims import ClaimDraft
from .segments import attribution_frame
from .text import KEEP, terms

__all__ = [
    "NOT_NAMES",
    "align",
    "claim_names",
    "coverage",
    "names_absent",
    "names_share",
    "source_absent",
    "support",
]


def align(draft: ClaimDraft, pool: list[Window]) -> list[Window]:
    claim_terms = [t for t in terms(draft.text) if t not in KEEP]
    all_terms = set(claim_terms)
    for att in draft.attributions:
        all_terms.update(terms(att.content.text))
    idf = idf_weights(all_terms, pool)
    for t in all_terms:
        if t[:1].isdigit():
            idf[t] = idf.get(t, 1.0) * 1.5
    # A long sentence may carry one checkable clause: score the whole sentence and each
    # attribution's content, and keep the best.
    parts = [set(claim_terms)]
    for att in draft.attributions:
        part = {t for t in terms(att.content.text) if t not in KEEP}
        if len(part) >= 3:
            parts.append(part)
    for w in pool:
        best = (0.0, 0.0)
        for part in parts:
            sent, ctx = coverage(part, idf, w)
            if 0.65 * sent + 0.35 * ctx > 0.65 * best[0] + 0.35 * best[1]:
                best = (sent, ctx)
        w.coverage = best[0]
        w.score = 0.65 * best[0] + 0.35 * best[1]
    return sorted(pool, key=lambda w: -w.score)


def coverage(claim_terms: set[str], idf: dict[str, float], w: Window) -> tuple[float, float]:
    # fsum: a sum over a set must not depend on the set's order, which changes from run
    # to run with string hashing; a score at a threshold would then flip between runs
    total = math.fsum(idf.get(t, 1.0) for t in claim_terms) or 1.0
    sent = math.fsum(idf.get(t, 1.0) for t in claim_terms if t in w.terms) / total
    ctx = math.fsum(idf.get(t, 1.0) for t in claim_terms if t in w.context_terms) / total
    return sent, ctx


def support(draft: ClaimDraft, ranked: list[Window]) -> float:
    """How much of what the claim asserts the best evidence carries.

    Only the asserted content counts: "X reported, citing diplomatic sources" matches
    plenty of reporting whatever X is said to have reported.
    """
    main = draft.main
    text = draft.text
    if (
        main is not None
        and attribution_frame(draft) is not None
        and len(terms(main.content.text)) >= 3
    ):
        text = main.content.text
    content = {t for t in terms(text) if t not in KEEP}
    if not content or not ranked:
        return 0.0
    idf = idf_weights(content, ranked)
    best = 0.0
    for w in ranked[:5]:
        sent, ctx = coverage(content, idf, w)
        best = max(best, 0.65 * sent + 0.35 * ctx)
    return best


_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z\-]{2,}\b")
NOT_NAMES = frozenset(
    "The This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "President Minister Prime Ministry General Director Chief Head Secretary Spokesman "
    "Spokesperson Government State National International Health Interior Foreign "
    "Christmas Eve Easter Ramadan Eid".split()
)


def claim_names(draft: ClaimDraft) -> set[str]:
    """The proper names a claim is about: capitalised words not opening a sentence."""
    return {m.group(0) for m in _NAME_RE.finditer(draft.text)} - NOT_NAMES


def names_share(view: CorpusView, names: set[str], doc_id: str) -> float:
    """How many of a claim's names a document carries: a report of another event on the
    same topic shares the topic's words, not its places and people."""
    if not names:
        return 0.0
    text = view.document(doc_id).text
    return sum(1 for n in names if n in text) / len(names)


def names_absent(view: CorpusView, draft: ClaimDraft, top: list[Window]) -> bool:
    """Whether most of the names a claim is about appear in none of its evidence documents."""
    names = claim_names(draft)
    if len(names) < 2:
        return False
    texts = " ".join(view.document(d).text for d in dict.fromkeys(w.doc_id for w in top[:5]))
    missing = [n for n in names if n not in texts]
    return len(missing) >= 2 and len(missing) >= len(names) / 2


def source_absent(view: CorpusView, draft: ClaimDraft, top: list[Window]) -> bool:
    """Whether the one the claim has saying it ("The Bangladesh High Court has since
    ordered ...") is named in none of its evidence documents: the words may be the
    corpus's, but nothing there has that source saying them."""
    main = draft.main
    if main is None or main.source is None:
        return False
    a, b = main.source.start - draft.start, main.source.end - draft.start
    words = [m for m in _NAME_RE.finditer(draft.text) if a <= m.start() and m.end() <= b]
    names = {m.group(0) for m in words} - NOT_NAMES
    if len(names) < 2:
        return False
    # (a body's own release names it as its publisher: "UN OCHA")
    docs = [view.document(d) for d in dict.fromkeys(w.doc_id for w in top[:5])]
    texts = " ".join(f"{d.outlet or ''} {d.title or ''} {d.text}" for d in docs)
    # "the Inland Water Transport Authority" told as its initials, "IWTA"; "the UN Office
    # for the Coordination of Humanitarian Affairs" as "OCHA"
    initials = "".join(m.group(0)[0] for m in words if m.group(0) not in NOT_NAMES)
    if any(m.group(0) in initials for m in re.finditer(r"\b[A-Z]{3,}\b", texts)):
        return False
    low = texts.lower()  # "MUHAMMAD SYAUGI (Head of Basarnas):" names him too
    missing = [n for n in names if n.lower() not in low]
    if len(missing) >= 2 and main.speaker_kind == "person":
        # a person's name misspelt is still the one named ("Shuaibu Bergore" for "Shuaib
        # Belgore"): the claim changed the name, not the source
        there = {m.group(0) for m in _NAME_RE.finditer(texts)} - NOT_NAMES
        missing = [
            n
            for n in missing
            if not any(surname_similarity(n, t) >= SAME_PERSON_THRESHOLD for t in there)
        ]
    return len(missing) >= 2 and len(missing) >= len(names) / 2
