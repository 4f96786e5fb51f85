"""A named person's age told otherwise: "Tomlinson, who was 57" for "Tomlinson, 47".

Ages are not figures (see ``facts.ages``), so they are held apart: the age the
claim gives a person against the ages the claim's evidence documents give the
same person. A year either way is a birthday between two reports, not a change.
"""

from __future__ import annotations

from ..facts.ages import age_beside
from ..names import match_persons
from ..retrieval.corpus import CorpusView, Window
from .claims import ClaimDraft
from .results import Distortion, EvidenceRef
from .slots import source_label
from .thresholds import TOP_WINDOWS

__all__ = ["age_distortions"]

# Ages this far apart are one age told in two years.
_BIRTHDAY = 1


def age_distortions(view: CorpusView, draft: ClaimDraft, ranked: list[Window]) -> list[Distortion]:
    out: list[Distortion] = []
    for p in draft.persons:
        mine = age_beside(draft.text, p.start - draft.start, p.end - draft.start)
        if mine is None:
            continue
        age, a, _ = mine
        found: list[tuple[int, str, int, int]] = []  # (age, document, start, end)
        for doc_id in dict.fromkeys(w.doc_id for w in ranked[:TOP_WINDOWS]):
            text = view.document(doc_id).text
            for q in view.analysis(doc_id).persons:
                if not match_persons(p.name, q.name).same_person:
                    continue
                theirs = age_beside(text, q.start, q.end)
                if theirs is not None:
                    found.append((theirs[0], doc_id, theirs[1], theirs[2]))
        if not found or any(abs(g - age) <= _BIRTHDAY for g, *_ in found):
            continue  # no source gives their age, or one gives the claim's
        g, doc_id, start, end = found[0]
        out.append(
            Distortion(
                "number",
                f"{p.name}, {age}",
                f"{p.name}, {g}",
                EvidenceRef(doc_id, start, end, "disagree"),
                f"The article gives {p.name}'s age as {age}; {source_label(view, doc_id)} "
                f"gives {g}.",
                at=draft.start + a,
            )
        )
    return out
