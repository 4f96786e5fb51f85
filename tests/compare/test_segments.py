"""How a sentence's parts keep or share the distortions found in it."""

from __future__ import annotations

from retold.compare.claims import ClaimDraft
from retold.compare.results import Distortion, EvidenceRef
from retold.compare.segments import _frame_with_content
from retold.records import Attribution, TextSpan

TEXT = 'Ms Lindqvist told the BBC she was "confident nobody is left".'


def _draft() -> ClaimDraft:
    cue = TextSpan(13, 17, "told")
    content = TextSpan(26, len(TEXT) - 1, TEXT[26:-1])
    source = TextSpan(0, 12, "Ms Lindqvist")
    att = Attribution(cue=cue, content=content, kind="mixed", source=source)
    return ClaimDraft(0, len(TEXT), TEXT, attributions=[att])


def _distortion(kind: str) -> Distortion:
    return Distortion(kind, "x", "y", EvidenceRef("d", 0, 1, "disagree"), at=18)


def test_segments_a_wrong_outlet_makes_the_whole_statement_wrong() -> None:
    outlet = _distortion("outlet")
    parts = _frame_with_content(_draft(), [(0, 26, [outlet]), (26, len(TEXT), [])])
    assert parts == [(0, len(TEXT), [outlet])]


def test_segments_a_misspelt_name_leaves_the_words_to_be_judged_alone() -> None:
    name = _distortion("name")
    parts = [(0, 26, [name]), (26, len(TEXT), [])]
    assert _frame_with_content(_draft(), parts) == parts


def test_segments_content_with_its_own_distortion_stays_apart() -> None:
    outlet, quote = _distortion("outlet"), _distortion("quote")
    parts = [(0, 26, [outlet]), (26, len(TEXT), [quote])]
    assert _frame_with_content(_draft(), parts) == parts
