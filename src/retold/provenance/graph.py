"""The store-wide derivation graph, kept up to date one document at a time.

Each document's MinHash signature and its traced sources are kept in the
store (``put_derived``), so adding documents traces only the new ones (and
the few later documents a back-dated addition could be a source of). The LSH
index is rebuilt in memory from the stored signatures once per run.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from ..document import Document
from ..records import Analysis
from ..store import Store
from .reuse import SignatureIndex, signature, signature_from_row, signature_row
from .sources import Trace, Tracer, anachronisms, earlier_than

__all__ = [
    "DerivationGraph",
    "UpdateSummary",
    "EDGE_MIN",
    "COPY_SHARE",
    "KIND_SIGNATURE",
    "KIND_SOURCES",
    "build_graph",
    "to_graphml",
    "trace_graph",
]

KIND_SIGNATURE = "trace.minhash.v1"
KIND_SOURCES = "trace.sources.v1"
EDGE_MIN = 0.15
"""A traced source becomes an edge of the graph from this score (see the derivation benchmark)..."""
EDGE_CLAIMS = 2
EDGE_TEXT = 0.15
"""... when it accounts for this many claims of the document or this share of its words."""
COPY_SHARE = 0.8
"""Text share from which two documents are copies of one story (wire and syndication)."""


@dataclass
class UpdateSummary:
    """What one update did: documents traced, and those re-traced because of them."""

    traced: list[str] = field(default_factory=list)
    retraced: list[str] = field(default_factory=list)
    signatures: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "traced": len(self.traced),
            "retraced": len(self.retraced),
            "signatures": self.signatures,
        }


class DerivationGraph:
    """Sources of every document in a store, among earlier documents."""

    def __init__(self, store: Store, nlp: Language, *, edge_min: float = EDGE_MIN) -> None:
        self.store = store
        self.edge_min = edge_min
        self.index = SignatureIndex()
        self.tracer = Tracer(store, nlp, self.index)
        self._loaded = False

    def load(self) -> int:
        """Build the LSH index from the stored signatures; returns how many were loaded."""
        rows = self.store.get_derived(KIND_SIGNATURE)
        items = []
        stale = []
        for doc_id, row in rows.items():
            mh = signature_from_row(row)
            if mh is not None:
                items.append((doc_id, mh))
            else:
                stale.append(doc_id)
        if stale:
            # Made with other settings (or an older word splitting): signed again and kept,
            # or the documents would drop out of every later trace's candidates.
            docs = self.store.get_documents(stale)
            sigs = {d: signature(doc.text) for d, doc in docs.items()}
            self.store.put_derived(KIND_SIGNATURE, {k: signature_row(v) for k, v in sigs.items()})
            items += list(sigs.items())
        self.index.add_many(items)
        self._loaded = True
        return len(items)

    def pending(self) -> list[str]:
        """Stored documents not traced yet (reads every document id once: for `--all`)."""
        done = set(self.store.get_derived(KIND_SOURCES))
        return [d.id for d in self.store.iter_documents() if d.id not in done]

    def update(
        self,
        doc_ids: Sequence[str] | None = None,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> UpdateSummary:
        """Trace ``doc_ids`` (default: every document without a trace) and keep the results."""
        if not self._loaded:
            self.load()
        ids = list(doc_ids) if doc_ids is not None else self.pending()
        summary = UpdateSummary()
        docs = self.store.get_documents(ids)
        fresh = [docs[d] for d in ids if d in docs]
        missing = [d for d in fresh if d.id not in self.index]
        if missing:
            sigs = {d.id: signature(d.text) for d in missing}
            self.store.put_derived(KIND_SIGNATURE, {k: signature_row(v) for k, v in sigs.items()})
            for k, v in sigs.items():
                self.index.add(k, v)
            summary.signatures = len(sigs)
        fresh.sort(key=lambda d: (d.published or "~", d.id))
        with self.tracer.checker.sharing_reads():
            self._trace_all(fresh, summary, progress)
        return summary

    def _trace_all(
        self,
        fresh: list[Document],
        summary: UpdateSummary,
        progress: Callable[[int], None] | None,
    ) -> None:
        retrace: set[str] = set()
        fresh_ids = {d.id for d in fresh}
        for doc in fresh:
            row = self._trace(doc)
            summary.traced.append(doc.id)
            self._note_later_carriers(doc, row)
            retrace.update(e["doc_id"] for c in row["claims"] for e in c["later"])
            if progress:
                progress(1)
        # A back-dated addition may be a source of documents already traced.
        retrace -= fresh_ids
        for doc in self.store.get_documents(sorted(retrace)).values():
            self._trace(doc)
            summary.retraced.append(doc.id)

    def _trace(self, doc: Document) -> dict[str, Any]:
        data = self.store.get_analysis(doc.id)
        analysis = Analysis.from_dict(data) if data else None
        trace = self.tracer.trace(doc, analysis, allowed=earlier_than(doc))
        row = trace.to_dict()
        self.store.put_derived(KIND_SOURCES, {doc.id: row})
        return row

    def _note_later_carriers(self, doc: Document, row: dict[str, Any]) -> None:
        """Tell each source which of its claims this later document carries (anachronisms)."""
        by_source: dict[str, list[dict[str, Any]]] = {}
        mine: dict[int, dict[str, Any]] = {}
        for claim in row["claims"]:
            for e in claim["sources"]:
                by_source.setdefault(e["doc_id"], []).append(e)
                mine[id(e)] = claim
        if not by_source:
            return
        stored = self.store.get_derived(KIND_SOURCES, list(by_source))
        changed: dict[str, dict[str, Any]] = {}
        for src, spans in by_source.items():
            src_row = stored.get(src)
            if src_row is None:
                continue
            for claim in src_row["claims"]:
                hit = next((e for e in spans if _overlaps(claim, e)), None)
                if hit is None or any(x["doc_id"] == doc.id for x in claim["later"]):
                    continue
                ours = mine[id(hit)]
                claim["later"].append(
                    {
                        "doc_id": doc.id,
                        "start": ours["start"],
                        "end": ours["end"],
                        "published": doc.published,
                    }
                )
                changed[src] = src_row
        for src_row in changed.values():
            src_row["anachronisms"] = anachronisms(
                src_row["article"]["id"], src_row["claims"], bool(src_row["sources"])
            )
        if changed:
            self.store.put_derived(KIND_SOURCES, changed)

    def export(self) -> dict[str, Any]:
        """The graph as JSON: nodes, edges (with evidence), clusters, claims, anachronisms."""
        rows = self.store.get_derived(KIND_SOURCES)
        return build_graph(rows, edge_min=self.edge_min)


def _overlaps(claim: dict[str, Any], span: dict[str, Any]) -> bool:
    return bool(claim["start"] < span["end"] and span["start"] < claim["end"])


def build_graph(rows: dict[str, dict[str, Any]], *, edge_min: float = EDGE_MIN) -> dict[str, Any]:
    """Nodes, edges, copy clusters, each claim's first appearance, anachronisms."""
    nodes = []
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_id, row in sorted(rows.items()):
        art = row["article"]
        nodes.append(
            {
                "id": doc_id,
                "outlet": art.get("outlet"),
                "published": art.get("published"),
                "title": art.get("title"),
                "url": art.get("url"),
            }
        )
        for s in row["sources"]:
            if not s["direct"] or s["score"] < edge_min or s["doc_id"] not in rows:
                continue
            if len(s["claims"]) < EDGE_CLAIMS and s["text_share"] < EDGE_TEXT:
                continue  # one shared fact: often two reports of one event, not a derivation
            edges[(s["doc_id"], doc_id)] = _edge(s, doc_id)
    # Same-day documents without times may point at each other: keep the stronger way.
    for a, b in list(edges):
        if (b, a) in edges and (a, b) in edges:
            weaker = (a, b) if edges[(a, b)]["weight"] < edges[(b, a)]["weight"] else (b, a)
            del edges[weaker]
    published = {n["id"]: n["published"] or "" for n in nodes}
    clusters = _clusters(edges.values(), published)
    member = {m: c["id"] for c in clusters for m in c["members"]}
    for n in nodes:
        n["cluster"] = member.get(n["id"])
    claims = _first_appearances(rows)
    anachronisms = [a for row in rows.values() for a in row.get("anachronisms", [])]
    return {
        "nodes": nodes,
        "edges": sorted(edges.values(), key=lambda e: (e["target"], -e["weight"])),
        "clusters": clusters,
        "claims": claims,
        "anachronisms": anachronisms,
    }


def _clusters(edges: Iterable[dict[str, Any]], published: dict[str, str]) -> list[dict[str, Any]]:
    """Wire stories and their syndicated copies: components of near-verbatim edges."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in edges:
        if e["text_share"] >= COPY_SHARE:
            parent[find(e["source"])] = find(e["target"])
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    out: list[dict[str, Any]] = []
    for members in sorted((sorted(m) for m in groups.values() if len(m) > 1), key=lambda m: m[0]):
        original = min(members, key=lambda d: (published.get(d) or "~", d))
        out.append({"id": f"copies-{len(out) + 1}", "original": original, "members": members})
    return out


def _first_appearances(rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """For every claim, the earliest document it can be followed back to through its sources."""
    memo: dict[tuple[str, str], tuple[str, str]] = {}

    def origin(doc_id: str, claim: dict[str, Any], depth: int = 0) -> tuple[str, str]:
        key = (doc_id, claim["id"])
        if key in memo:
            return memo[key]
        memo[key] = key  # guards against cycles while resolving
        best = key
        if depth < 32 and claim["sources"]:
            src = min(claim["sources"], key=lambda e: (str(e.get("published") or "~"), e["doc_id"]))
            row = rows.get(src["doc_id"])
            if row is not None:
                match = next((c for c in row["claims"] if _overlaps(c, src)), None)
                best = origin(src["doc_id"], match, depth + 1) if match else (src["doc_id"], "")
            else:
                best = (src["doc_id"], "")
        memo[key] = best
        return best

    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    texts: dict[tuple[str, str], str] = {}
    for doc_id, row in sorted(rows.items()):
        for c in row["claims"]:
            if c["verdict"] == "unsupported" and not c["sources"]:
                continue
            o = origin(doc_id, c)
            groups.setdefault(o, []).append({"doc_id": doc_id, "claim": c["id"]})
            if (doc_id, c["id"]) == o:
                texts[o] = c["text"]
    out = []
    for (doc_id, claim_id), carriers in sorted(groups.items()):
        first = rows.get(doc_id)
        out.append(
            {
                "first_doc": doc_id,
                "first_claim": claim_id or None,
                "first_published": first["article"].get("published") if first else None,
                "text": texts.get((doc_id, claim_id)),
                "carried_by": carriers,
            }
        )
    return out


def trace_graph(trace: Trace) -> dict[str, Any]:
    """One article's trace in the graph's shape: the article, its sources, an edge each."""
    row = trace.to_dict()
    rows = {trace.article.id: row}
    for s in row["sources"]:
        article = {k: s.get(k) for k in ("outlet", "published", "title")}
        rows.setdefault(
            s["doc_id"],
            {"article": {"id": s["doc_id"], **article}, "sources": [], "claims": []},
        )
    graph = build_graph(rows, edge_min=0.0)
    direct = {s["doc_id"]: s["direct"] for s in row["sources"]}
    for s in row["sources"]:
        if not s["direct"]:
            graph["edges"].append(_edge(s, trace.article.id))
    for e in graph["edges"]:
        e["direct"] = direct.get(e["source"], False)
    return graph


def _edge(s: dict[str, Any], target: str) -> dict[str, Any]:
    return {
        "source": s["doc_id"],
        "target": target,
        "weight": s["score"],
        "claim_share": s["claim_share"],
        "text_share": s["text_share"],
        "changes": s["changes"],
        "evidence": {
            "claims": s["claims"],
            "passages": s["passages"],
            "distortions": s["distortions"],
        },
    }


def to_graphml(graph: dict[str, Any]) -> str:
    """GraphML (nodes and directed source -> derived edges) for Gephi, yEd or networkx."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [
        ("outlet", "node", "string"),
        ("published", "node", "string"),
        ("title", "node", "string"),
        ("cluster", "node", "string"),
        ("weight", "edge", "double"),
        ("claim_share", "edge", "double"),
        ("text_share", "edge", "double"),
        ("changes", "edge", "string"),
        ("claims", "edge", "string"),
    ]
    for name, domain, kind in keys:
        ET.SubElement(
            root,
            f"{{{ns}}}key",
            {"id": name, "for": domain, "attr.name": name, "attr.type": kind},
        )
    g = ET.SubElement(root, f"{{{ns}}}graph", {"id": "derivation", "edgedefault": "directed"})
    for n in graph["nodes"]:
        node = ET.SubElement(g, f"{{{ns}}}node", {"id": n["id"]})
        for name in ("outlet", "published", "title", "cluster"):
            if n.get(name) is not None:
                ET.SubElement(node, f"{{{ns}}}data", {"key": name}).text = str(n[name])
    for i, e in enumerate(graph["edges"]):
        edge = ET.SubElement(
            g, f"{{{ns}}}edge", {"id": f"e{i}", "source": e["source"], "target": e["target"]}
        )
        values = {
            "weight": e["weight"],
            "claim_share": e["claim_share"],
            "text_share": e["text_share"],
            "changes": ",".join(e["changes"]),
            "claims": ",".join(e["evidence"]["claims"]),
        }
        for name, value in values.items():
            ET.SubElement(edge, f"{{{ns}}}data", {"key": name}).text = str(value)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
