"""The storage contract every backend keeps, and the rows it hands back.

Callers code against :class:`Store` only, so that the SQLite and PostgreSQL
backends are interchangeable for ingest, retrieval and the web API. Extractors
never see a store: they return data, and whoever called them writes it here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Protocol, Self, TypeAlias, runtime_checkable

from retold.document import Document

__all__ = [
    "COMMON_TERM_MIN",
    "COMMON_TERM_SHARE",
    "AddResult",
    "BaseStore",
    "DocumentItem",
    "Mention",
    "MentionSpan",
    "SentenceHit",
    "SentenceSpan",
    "Store",
    "TermCounts",
    "Tracer",
    "common_cap",
    "rare_terms",
]

# A term in more than this share of all sentences (and more than COMMON_TERM_MIN of them)
# tells little about which sentence a claim came from, and costs the most to rank: every
# sentence that has it must be scored. Searches leave such terms out while a rarer one is
# left. Below the minimum, ranking costs little and every term keeps its say (provenance
# on a few thousand sentences lost precision when they were pruned).
COMMON_TERM_SHARE = 0.01
COMMON_TERM_MIN = 1000

SentenceSpan: TypeAlias = tuple[int, int]
"""(start, end) character offsets of one sentence in ``Document.text``."""

MentionSpan: TypeAlias = tuple[str, str, int, int]
"""(kind, key, start, end): e.g. ("person", "rudskoi", 120, 135)."""

DocumentItem: TypeAlias = tuple[
    Document, Sequence[SentenceSpan], Sequence[MentionSpan], Mapping[str, Any] | None
]
"""One entry for :meth:`Store.add_documents`: a document, its sentences, mentions and analysis."""

Tracer: TypeAlias = Callable[[str, Sequence[Any]], None]
"""Receives each SQL statement a store runs, with its parameters (for debugging and tests)."""


@dataclass(frozen=True, slots=True)
class AddResult:
    """What became of one added document.

    ``added`` is False when the same text was already stored; ``doc_id`` is then
    the id it was stored under, which may differ from the id just offered.
    """

    doc_id: str
    added: bool


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A stored sentence; offsets index into the stored document's text."""

    doc_id: str
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in a stored document, found by its normalised ``key``."""

    doc_id: str
    kind: str
    key: str
    start: int
    end: int
    text: str


@runtime_checkable
class Store(Protocol):
    """A corpus of documents with sentence search, mention lookup and stored analyses."""

    url: str

    def add_document(
        self,
        doc: Document,
        *,
        sentences: Sequence[SentenceSpan],
        mentions: Sequence[MentionSpan] = (),
        analysis: Mapping[str, Any] | None = None,
    ) -> AddResult:
        """Store one document with its sentences, mentions and analysis, atomically."""
        ...

    def add_documents(self, items: Iterable[DocumentItem]) -> list[AddResult]:
        """Store many documents in one transaction: ingest is dominated by commits otherwise.

        ``items`` is consumed inside the transaction, so make slow items first.
        """
        ...

    def has_content(self, content_hash: str) -> bool:
        """Whether a document with this ``Document.content_hash`` is stored."""
        ...

    def get_document(self, doc_id: str) -> Document:
        """The stored document; StoreError (E103) when there is none."""
        ...

    def get_documents(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """The stored documents among ``doc_ids``, by id; unknown ids are left out."""
        ...

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were added."""
        ...

    def count_documents(self) -> int:
        """How many documents are stored."""
        ...

    def search_sentences(
        self,
        terms: Sequence[str],
        *,
        limit: int = 50,
        exclude_ids: Collection[str] = (),
        published_before: str | None = None,
    ) -> list[SentenceHit]:
        """Sentences containing any of ``terms`` (words or phrases), best match first.

        Terms are text, never query syntax. ``score`` is higher for better
        matches. ``published_before`` (ISO date or date-time) leaves out
        documents published on a later day; same-day and undated documents
        stay, and an unreadable value filters nothing.
        """
        ...

    def sentences_of(self, doc_id: str) -> list[SentenceHit]:
        """Every stored sentence of one document, in text order."""
        ...

    def find_mentions(self, kind: str, keys: Collection[str], *, limit: int = 500) -> list[Mention]:
        """Mentions of ``kind`` whose key is one of ``keys``."""
        ...

    def get_analysis(self, doc_id: str) -> dict[str, Any] | None:
        """The analysis stored with a document; None when it has none or is not stored."""
        ...

    def get_analyses(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The analyses of many documents in one query; ids without one are left out."""
        ...

    def get_sentence_bounds(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        """Each document's sentence offsets alone, taken out of its analysis by the database.

        Most of a claim's candidate documents only ever need their sentence bounds, and
        decoding whole analyses for them costs far more than the check itself.
        """
        ...

    def search_documents(self, query: str, *, limit: int = 20) -> list[Document]:
        """Documents matching free text in their sentences or title, best first."""
        ...

    def put_derived(self, kind: str, rows: Mapping[str, Mapping[str, Any]]) -> None:
        """Keep data computed from stored documents (``rows``: doc id -> JSON object).

        A row replaces the earlier one of the same kind and document; ids that
        are not stored raise StoreError (E103) and nothing is written.
        """
        ...

    def get_derived(
        self, kind: str, doc_ids: Collection[str] | None = None
    ) -> dict[str, dict[str, Any]]:
        """The derived rows of ``kind`` by doc id: for ``doc_ids``, or every document when None."""
        ...

    def close(self) -> None:
        """Release the connection; further calls fail."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def common_cap(total: int) -> int:
    """The most sentences a term may be in, out of ``total``, and still be searched for."""
    return max(COMMON_TERM_MIN, int(total * COMMON_TERM_SHARE))


def rare_terms(terms: Sequence[str], count: Callable[[str, int], int], total: int) -> list[str]:
    """The terms worth searching for: those in at most 1% of the ``total`` sentences.

    ``count(term, cap)`` says in how many sentences a term occurs, counting no further
    than ``cap``. When every term is common, all are kept: a search must still find
    something.
    """
    cap = common_cap(total)
    if total <= cap:
        return list(terms)
    kept = [t for t in terms if count(t, cap + 1) <= cap]
    return kept or list(terms)


class TermCounts:
    """How many sentences hold each search term, and how many there are, remembered until
    the store is written to, so that :func:`rare_terms` costs a query per new term only.

    Another process's writes make the counts a little stale, which only keeps a term that
    has since become common.
    """

    def __init__(
        self,
        count_sentences: Callable[[], int],
        count_term: Callable[[str, int], int],
        estimate: Callable[[Sequence[str], int], dict[str, int]] | None = None,
    ) -> None:
        """estimate(terms, total): counts for many terms at once, from statistics the
        backend keeps anyway; terms it leaves out are counted one by one."""
        self._count_sentences = count_sentences
        self._count_term = count_term
        self._estimate = estimate
        self._lock = threading.Lock()
        self._terms: dict[str, int] = {}
        self._total: int | None = None

    def rare(self, terms: Sequence[str]) -> list[str]:
        """:func:`rare_terms` over the remembered counts."""
        with self._lock:
            if self._total is None:
                self._total = self._count_sentences()
            if self._total <= common_cap(self._total):
                return list(terms)  # a small store: every term is searched for
            unknown = [t for t in dict.fromkeys(terms) if t not in self._terms]
            if unknown and self._estimate is not None:
                self._terms.update(self._estimate(unknown, self._total))
            return rare_terms(terms, self._term, self._total)

    def forget(self) -> None:
        with self._lock:
            self._terms.clear()
            self._total = None

    def _term(self, term: str, cap: int) -> int:
        if term not in self._terms:
            self._terms[term] = self._count_term(term, cap)
        return self._terms[term]


class BaseStore:
    """What every backend does the same way: one document is a batch of one, and a store
    is its own context manager. Backends supply ``add_documents`` and ``close``."""

    def add_documents(self, items: Iterable[DocumentItem]) -> list[AddResult]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def add_document(
        self,
        doc: Document,
        *,
        sentences: Sequence[SentenceSpan],
        mentions: Sequence[MentionSpan] = (),
        analysis: Mapping[str, Any] | None = None,
    ) -> AddResult:
        """Store one document with its sentences, mentions and analysis, atomically.

        Nothing is written when the same text is already stored. A document whose id is
        taken by another text is stored as ``{id}~{hash[:8]}``. Raises ValueError for
        offsets outside the text, TypeError or ValueError for meta or analysis that is
        not plain JSON (NaN included), and StoreError for what a backend cannot keep.
        """
        return self.add_documents([(doc, sentences, mentions, analysis)])[0]

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
