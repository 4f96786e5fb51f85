"""Claims built directly, for the grouping and grading tests."""

from __future__ import annotations

from retold.ledger.claims import Claim, PlaceRef, Scope

KESSEL = PlaceRef("kessel-key", "Kessel", "city", "XX")
ORMAN = PlaceRef("orman-key", "Orman", "city", "XX")


def claim(
    doc_id: str,
    low: float | None,
    high: float | None,
    days: tuple[str | None, str | None],
    *,
    place: PlaceRef | None = KESSEL,
    event: str = "killed",
    scope: Scope = "incident",
    origin: str | None = None,
    speaker: str | None = None,
    outlet: str = "Wire",
    blamed: frozenset[str] = frozenset(),
    source_words: frozenset[str] = frozenset(),
    groups: bool = False,
    passage: str | None = None,
) -> Claim:
    return Claim(
        doc_id=doc_id,
        start=0,
        end=2,
        text=str(low),
        low=low,
        high=high,
        counts="civilians",
        event=event,
        place=place,
        place_text=place.name if place else None,
        day_start=days[0],
        day_end=days[1],
        dated_by="sentence",
        scope=scope,
        speaker=speaker,
        outlet=outlet,
        chain=(outlet,) + ((speaker,) if speaker else ()),
        published=days[1],
        passage=passage or f"The passage of {doc_id}.",
        passage_start=0,
        passage_end=3,
        counts_groups=groups,
        blamed=blamed,
        source_words=source_words,
        origin=origin or f"outlet:{doc_id}",
    )
