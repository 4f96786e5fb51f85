"""Ingest: read documents, analyse them in batches, and write them to a store.

Readers and the pipeline only return data; this module is the one place that
writes what they found (sentences, name and figure keys, the analysis).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from spacy.language import Language

from ..document import Document, Rejection
from ..names import person_keys
from ..pipeline import analyse
from ..records import Analysis
from ..retrieval.corpus import figure_key
from ..store import AddResult, DocumentItem, MentionSpan, Store
from .readers import walk

__all__ = ["IngestSummary", "ingest_paths", "ingest_documents", "mentions_of", "store_item"]

BATCH_SIZE = 64


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    def record(self, results: list[AddResult]) -> None:
        """Count what became of documents handed to the store."""
        for result in results:
            self.ids.append(result.doc_id)
            if result.added:
                self.added += 1
            else:
                self.duplicates += 1

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "added": self.added,
            "duplicates": self.duplicates,
            "rejected": [
                {"path": r.path, "reason": r.reason, "code": r.code} for r in self.rejections
            ],
        }


def mentions_of(analysis: Analysis) -> list[MentionSpan]:
    """Index keys for a document: people by transliteration-aware keys, figures by value."""
    out: list[MentionSpan] = []
    for p in analysis.persons:
        for key in person_keys(p.name):
            out.append(("person", key, p.start, p.end))
    for f in analysis.figures:
        if f.value is not None and f.kind not in ("ordinal",):
            out.append(("figure", figure_key(f.value), f.start, f.end))
    return out


def store_item(doc: Document, analysis: Analysis) -> DocumentItem:
    """What the store keeps for one analysed document; every ingest path builds it here."""
    return (doc, analysis.sentences, mentions_of(analysis), analysis.to_dict())


def ingest_documents(
    store: Store,
    nlp: Language,
    documents: Iterable[Document],
    *,
    summary: IngestSummary | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    summary = summary or IngestSummary()
    batch: list[Document] = []

    def flush() -> None:
        fresh = [d for d in batch if not store.has_content(d.content_hash)]
        summary.duplicates += len(batch) - len(fresh)
        items = []
        for doc, analysis in analyse(nlp, fresh, batch_size=batch_size):
            items.append(store_item(doc, analysis))
        summary.record(store.add_documents(items))
        if progress:
            progress(len(batch))
        batch.clear()

    for doc in documents:
        summary.read += 1
        batch.append(doc)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return summary


def ingest_paths(
    store: Store,
    nlp: Language,
    paths: Iterable[str | Path],
    *,
    client: httpx.Client | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    """Walk files, folders and URLs; bad input becomes a rejection and ingest goes on."""
    summary = IngestSummary()

    def documents() -> Iterable[Document]:
        for item in walk(paths, client=client):
            if isinstance(item, Rejection):
                summary.rejections.append(item)
            else:
                yield item

    return ingest_documents(
        store, nlp, documents(), summary=summary, progress=progress, batch_size=batch_size
    )
