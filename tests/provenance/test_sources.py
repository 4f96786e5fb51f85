"""Ranking one article's sources: copies, rewrites with a changed figure, merges, dates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from retold.document import Document
from retold.provenance.reuse import SignatureIndex, signature
from retold.provenance.sources import Tracer, earlier_than
from retold.store import Store

from .conftest import CORPUS, LATER, OLDER, REWRITE, STATEMENT, WIRE

pytestmark = pytest.mark.slow


def _tracer(store: Store, nlp: Language) -> Tracer:
    index = SignatureIndex()
    index.add_many((d.id, signature(d.text)) for d in CORPUS)
    return Tracer(store, nlp, index)


def test_sources_earlier_than_keeps_same_day_and_undated() -> None:
    allowed = earlier_than(REWRITE)
    assert allowed(WIRE) and allowed(OLDER)
    assert not allowed(LATER)
    assert allowed(Document(id="x", text="t"))
    same_day_later = Document(id="y", text="t", published="2025-03-01T12:00")
    assert not earlier_than(WIRE)(same_day_later)
    assert earlier_than(STATEMENT)(same_day_later)


def test_sources_verbatim_copy_is_traced_to_its_wire(corpus_store: Store, nlp: Language) -> None:
    copy = Document(
        id="copy",
        outlet="Valley Times",
        published="2025-03-01T18:00",
        text="MERVALE (Northwire) — " + WIRE.text,
    )
    trace = _tracer(corpus_store, nlp).trace(copy)
    best = trace.sources[0]
    assert best.doc_id == WIRE.id
    assert best.direct
    assert best.text_share > 0.9
    assert "copied" in best.changes
    assert all(s.doc_id != LATER.id for s in trace.sources)


def test_sources_rewrite_is_traced_through_its_claims(corpus_store: Store, nlp: Language) -> None:
    trace = _tracer(corpus_store, nlp).trace(REWRITE)
    ranked = [s.doc_id for s in trace.sources]
    assert ranked[:2] == [WIRE.id, STATEMENT.id] or ranked[:2] == [STATEMENT.id, WIRE.id]
    wire = trace.sources[ranked.index(WIRE.id)]
    # Hardly a shared sentence, yet most of its claims come from the wire report.
    assert wire.text_share < 0.2
    assert wire.claim_share >= 0.3
    assert "reworded" in wire.changes
    assert "figures_altered" in wire.changes
    assert any(d["kind"] == "number" for d in wire.distortions)
    assert any(p.kind == "claim" for p in wire.passages)
    # Two sources, each with claims of its own: a merge.
    assert "merged" in wire.changes
    assert trace.sources[ranked.index(STATEMENT.id)].direct
    # Neither the unrelated report nor a later one is a source.
    assert OLDER.id not in ranked
    assert LATER.id not in ranked


def test_sources_later_carrier_of_an_attributed_claim_is_an_anachronism(
    corpus_store: Store, nlp: Language
) -> None:
    # Dated before the wire report, it carries the governor's words and the later toll.
    early = Document(
        id="early",
        outlet="Plains Courier",
        published="2025-02-27",
        text=(
            "Kireev said 140 people had been injured and about 2,000 residents had been "
            "evacuated from the low-lying districts of Mervale.\n\n"
            "The death toll from the Mervale floods rose to 37 on Wednesday, regional governor "
            "Tomas Kireev said."
        ),
    )
    trace = _tracer(corpus_store, nlp).trace(early)
    assert trace.sources == []
    assert any(c.later for c in trace.claims)
    # With no earlier source at all it is a first report, not a retelling: no flag.
    assert trace.anachronisms() == []


def test_sources_claim_naming_a_later_date_is_an_anachronism(
    corpus_store: Store, nlp: Language
) -> None:
    doc = Document(
        id="dated",
        outlet="Plains Courier",
        published="2025-03-02",
        text=(
            "Floodwaters swept through the town of Mervale on Sunday, killing at least 23 "
            "people, regional governor Tomas Kireev said.\n\n"
            "Kireev said on 20 March 2025 that 140 people had been injured in Mervale."
        ),
    )
    trace = _tracer(corpus_store, nlp).trace(doc)
    flagged = trace.anachronisms()
    assert flagged, trace.to_dict()["claims"]
    assert "2025-03-20" in flagged[0]["reason"]


def test_sources_to_dict_is_json_shaped(corpus_store: Store, nlp: Language) -> None:
    data = _tracer(corpus_store, nlp).trace(REWRITE).to_dict()
    assert set(data) == {"article", "sources", "claims", "anachronisms"}
    source = data["sources"][0]
    assert {"doc_id", "score", "direct", "claim_share", "text_share", "changes", "passages"} <= set(
        source
    )
    for p in source["passages"]:
        assert 0 <= p["start"] < p["end"] <= len(REWRITE.text)
