"""Which names a claim is about, and how many of them a document carries."""

from __future__ import annotations

from typing import Any, cast

from retold.compare.align import claim_names, names_share
from retold.compare.claims import ClaimDraft
from retold.document import Document


class _Documents:
    """Documents by id, as a CorpusView hands them out."""

    def __init__(self, *docs: Document) -> None:
        self.docs = {d.id: d for d in docs}

    def document(self, doc_id: str) -> Document:
        return self.docs[doc_id]


def test_align_claim_names_leave_out_the_sentence_opening_and_calendar_words() -> None:
    draft = ClaimDraft(0, 0, "The Lakes Council sent monitors to Dalvar on Monday.")
    assert claim_names(draft) == {"Lakes", "Council", "Dalvar"}


def test_align_names_share_is_the_share_of_names_a_document_carries() -> None:
    view = cast(
        Any,
        _Documents(
            Document("own", "The Lakes Council will send monitors to Dalvar."),
            Document("other", "The Lakes Council extended its mission in Tarnesia."),
        ),
    )
    names = {"Lakes", "Council", "Dalvar"}
    assert names_share(view, names, "own") == 1.0
    assert names_share(view, names, "other") == 2 / 3
    assert names_share(view, set(), "own") == 0.0
