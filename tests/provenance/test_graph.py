"""The store-wide graph: kept in the store, updated one document at a time, exported."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from spacy.language import Language

from retold.document import Document
from retold.ingest.load import ingest_documents
from retold.provenance.graph import (
    KIND_SIGNATURE,
    KIND_SOURCES,
    DerivationGraph,
    to_graphml,
    trace_graph,
)
from retold.provenance.sources import Tracer
from retold.store import Store

from .conftest import LATER, REWRITE, STATEMENT, WIRE

pytestmark = pytest.mark.slow

SYNDICATED = Document(
    id="syndicated",
    outlet="Valley Times",
    published="2025-03-01T18:00",
    text="MERVALE (Northwire) — " + WIRE.text,
)


def test_graph_traces_every_document_once_and_keeps_it(corpus_store: Store, nlp: Language) -> None:
    graph = DerivationGraph(corpus_store, nlp)
    first = graph.update()
    assert sorted(first.traced) == sorted(d.id for d in corpus_store.iter_documents())
    assert first.signatures == corpus_store.count_documents()
    assert set(corpus_store.get_derived(KIND_SIGNATURE)) == set(first.traced)
    assert set(corpus_store.get_derived(KIND_SOURCES)) == set(first.traced)
    # A fresh run (a new process) loads the signatures and finds nothing left to do.
    again = DerivationGraph(corpus_store, nlp)
    assert again.load() == corpus_store.count_documents()
    assert again.update().traced == []


def test_graph_signatures_made_another_way_are_signed_again(
    corpus_store: Store, nlp: Language
) -> None:
    DerivationGraph(corpus_store, nlp).update()
    rows = corpus_store.get_derived(KIND_SIGNATURE)
    outdated = {d: {k: v for k, v in row.items() if k != "tokens"} for d, row in rows.items()}
    corpus_store.put_derived(KIND_SIGNATURE, outdated)
    again = DerivationGraph(corpus_store, nlp)
    assert again.load() == corpus_store.count_documents()
    assert WIRE.id in again.index
    assert corpus_store.get_derived(KIND_SIGNATURE) == rows


def test_graph_adding_documents_traces_only_them(corpus_store: Store, nlp: Language) -> None:
    graph = DerivationGraph(corpus_store, nlp)
    graph.update()
    before = corpus_store.get_derived(KIND_SOURCES, [WIRE.id])[WIRE.id]
    summary = ingest_documents(corpus_store, nlp, [SYNDICATED, REWRITE])
    done = graph.update(summary.ids)
    assert sorted(done.traced) == sorted([SYNDICATED.id, REWRITE.id])
    # The later follow-up carries their claims, so one of them may be its source now.
    assert done.retraced == [LATER.id]
    data = graph.export()
    edges = {(e["source"], e["target"]) for e in data["edges"]}
    assert (WIRE.id, SYNDICATED.id) in edges
    assert (STATEMENT.id, REWRITE.id) in edges
    # Only earlier documents are sources: nothing points back in time.
    published = {n["id"]: n["published"] for n in data["nodes"]}
    assert all(published[s] <= published[t] for s, t in edges)
    assert (LATER.id, REWRITE.id) not in edges
    # The wire report learns which of its claims later documents carry.
    after = corpus_store.get_derived(KIND_SOURCES, [WIRE.id])[WIRE.id]
    assert after["sources"] == before["sources"]
    carried = {e["doc_id"] for c in after["claims"] for e in c["later"]}
    assert {SYNDICATED.id, REWRITE.id} <= carried


def test_graph_clusters_syndicated_copies_and_finds_first_appearances(
    corpus_store: Store, nlp: Language
) -> None:
    ingest_documents(corpus_store, nlp, [SYNDICATED])
    graph = DerivationGraph(corpus_store, nlp)
    graph.update()
    data = graph.export()
    [cluster] = data["clusters"]
    assert cluster["original"] == WIRE.id
    assert set(cluster["members"]) == {WIRE.id, SYNDICATED.id}
    node = next(n for n in data["nodes"] if n["id"] == SYNDICATED.id)
    assert node["cluster"] == cluster["id"]
    copied = [c for c in data["claims"] if SYNDICATED.id in {x["doc_id"] for x in c["carried_by"]}]
    assert len(copied) >= 3
    assert {c["first_doc"] for c in copied} == {WIRE.id}
    json.dumps(data)  # JSON all the way down


def test_graph_backdated_addition_retraces_later_documents(
    corpus_store: Store, nlp: Language
) -> None:
    graph = DerivationGraph(corpus_store, nlp)
    graph.update()
    earlier_wire = Document(
        id="wire-0228",
        outlet="Northwire",
        published="2025-02-28",
        text=WIRE.text.replace("on Sunday", "on Friday"),
    )
    summary = ingest_documents(corpus_store, nlp, [earlier_wire])
    done = graph.update(summary.ids)
    assert done.traced == [earlier_wire.id]
    assert WIRE.id in done.retraced
    edges = {(e["source"], e["target"]) for e in graph.export()["edges"]}
    assert (earlier_wire.id, WIRE.id) in edges


def test_graph_graphml_is_valid_and_complete(corpus_store: Store, nlp: Language) -> None:
    ingest_documents(corpus_store, nlp, [SYNDICATED])
    graph = DerivationGraph(corpus_store, nlp)
    graph.update()
    data = graph.export()
    root = ET.fromstring(to_graphml(data))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall("g:graph/g:node", ns)) == len(data["nodes"])
    edges = root.findall("g:graph/g:edge", ns)
    assert len(edges) == len(data["edges"]) >= 1
    keys = {k.get("id") for k in root.findall("g:key", ns)}
    assert {"weight", "changes", "published", "cluster"} <= keys


def test_graph_one_trace_as_a_graph(corpus_store: Store, nlp: Language) -> None:
    trace = Tracer(corpus_store, nlp).trace(REWRITE)
    data = trace_graph(trace)
    assert {n["id"] for n in data["nodes"]} == {REWRITE.id} | {s.doc_id for s in trace.sources}
    assert {e["source"] for e in data["edges"]} == {s.doc_id for s in trace.sources}
    assert all(e["target"] == REWRITE.id for e in data["edges"])
    ET.fromstring(to_graphml(data))
