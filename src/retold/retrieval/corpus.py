"""Candidate evidence for a claim, through the store's indexes (never a corpus scan).

Three routes feed one candidate pool: BM25 over sentences for the claim's
words, the mention index for the people it names (transliteration-aware
keys), and the mention index for its figures' values. Each candidate is a
sentence with its neighbours as context.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..compare.text import STOPWORDS, WORD_RE, terms
from ..document import Document
from ..facts.numbers import distinctive
from ..facts.places import lookup_place
from ..names import match_persons, person_keys
from ..records import Analysis
from ..store import Store

__all__ = [
    "CorpusView",
    "ReadCache",
    "Window",
    "demonym_forms",
    "figure_key",
    "query_words",
]


def figure_key(value: float) -> str:
    """Index key for a figure's value: '396', '1300', '4.5'."""
    return f"{value:g}"


# How many sentences a round or small number brings into a claim's pool.
COMMON_FIGURE_DOCS = 40


def query_words(text: str, *, limit: int = 24) -> list[str]:
    """The words of a claim worth searching for: no stop words, rarest-looking first."""
    words: list[str] = []
    seen: set[str] = set()
    for m in WORD_RE.finditer(text):
        w = m.group(0).strip("'’-")
        low = w.lower()
        if low in STOPWORDS or len(low) < 3 and not w[0].isdigit() or low in seen:
            continue
        seen.add(low)
        words.append(w)
    # Capitalised words and numbers carry the most identity; long words next.
    words.sort(key=lambda w: (not (w[0].isupper() or w[0].isdigit()), -len(w)))
    words = words[:limit]
    # "citizens of Guatemala" is found in "18 were Guatemalan", and the other way round:
    # full-text stemming keeps a country and its people apart.
    forms = [f for w in words if w[:1].isupper() for f in demonym_forms(w)]
    return words + [f for f in dict.fromkeys(forms) if f.lower() not in seen]


def demonym_forms(word: str) -> list[str]:
    """The usual form of a country's adjective ("Guatemalan", "Honduran", "Ecuadorian"),
    or the countries a word may be the adjective of; [] for a word that is neither."""
    place = lookup_place(word, fuzzy=False)
    if place is not None and place.kind == "country" and word.isalpha():
        if word.endswith("a"):
            return [word + "n"]
        if word.endswith("s"):
            return [word[:-1] + "n"]
        if word.endswith("o"):
            return [word[:-1] + "an"]
        if word.endswith(("e", "y")):
            return [word[:-1] + "ian"]
        return [word + "ian", word + "an"]
    found: list[str] = []
    for end in ("ian", "an", "n"):
        if word.endswith(end) and len(word) > len(end) + 3:
            stem = word[: -len(end)]
            for country in (stem, stem + "a", stem + "o", stem + "s", stem + "e", stem + "y"):
                hit = lookup_place(country, fuzzy=False)
                if hit is not None and hit.kind == "country" and hit.name not in found:
                    found.append(hit.name)
    return found


@dataclass
class Window:
    """A candidate evidence sentence, with the document it belongs to."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    context: str
    retrieval: float = 0.0
    score: float = 0.0
    coverage: float = 0.0
    # Term sets already made for this sentence by an earlier claim or check of the run.
    memo: dict[tuple[str, int, bool], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )

    @cached_property
    def terms(self) -> frozenset[str]:
        return self._terms(self.text, context=False)

    @cached_property
    def context_terms(self) -> frozenset[str]:
        return self._terms(self.context, context=True)

    def _terms(self, text: str, *, context: bool) -> frozenset[str]:
        if self.memo is None:
            return frozenset(terms(text))
        key = (self.doc_id, self.index, context)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = frozenset(terms(text))
        return found


@dataclass
class ReadCache:
    """What checks read from the store, kept across the checks of one run.

    A stored document and its analysis never change (a new text is a new document), so
    the traces of one graph update, which share most of their candidates, read and parse
    each once. Cleared whole past ``limit`` documents, so a run over a large store stays
    in bounded memory.
    """

    limit: int = 5_000
    docs: dict[str, Document] = field(default_factory=dict)
    analyses: dict[str, Analysis] = field(default_factory=dict)
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    starts: dict[str, list[int]] = field(default_factory=dict)
    terms: dict[tuple[str, int, bool], frozenset[str]] = field(default_factory=dict)

    def trim(self) -> None:
        if len(self.sentences) + len(self.docs) > 2 * self.limit:
            for table in (self.docs, self.analyses, self.sentences, self.starts):
                table.clear()
            self.terms.clear()


@dataclass
class CorpusView:
    """Read access to the store for one check, through a cache that may outlive it."""

    store: Store
    exclude_ids: Collection[str] = ()
    cache: ReadCache = field(default_factory=ReadCache)

    def __post_init__(self) -> None:
        self.cache.trim()

    def document(self, doc_id: str) -> Document:
        if doc_id not in self.cache.docs:
            self.cache.docs[doc_id] = self.store.get_document(doc_id)
        return self.cache.docs[doc_id]

    def prefetch(self, doc_ids: Iterable[str]) -> None:
        """Read the documents and sentence bounds not yet in hand in two queries, not two
        per document: a claim's candidates span dozens of documents, and a database server
        answers each query over the wire. Whole analyses are read only when asked for."""
        ids = list(dict.fromkeys(doc_ids))
        missing = [d for d in ids if d not in self.cache.sentences]
        if missing:
            found = self.store.get_sentence_bounds(missing)
            for doc_id in missing:
                self.cache.sentences[doc_id] = found.get(doc_id, [])
        wanted = [d for d in ids if d not in self.cache.docs]
        if wanted:
            self.cache.docs.update(self.store.get_documents(wanted))

    def load_analyses(self, doc_ids: Iterable[str]) -> None:
        """Parse the analyses of several documents read in one query."""
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self.cache.analyses]
        if missing:
            found = self.store.get_analyses(missing)
            for doc_id in missing:
                data = found.get(doc_id)
                self.cache.analyses[doc_id] = Analysis.from_dict(data) if data else Analysis()

    def analysis(self, doc_id: str) -> Analysis:
        if doc_id not in self.cache.analyses:
            self.load_analyses([doc_id])
        return self.cache.analyses[doc_id]

    def sentences(self, doc_id: str) -> list[tuple[int, int]]:
        """Sentence offsets alone: most candidates never need the whole analysis parsed."""
        if doc_id not in self.cache.sentences:
            if doc_id in self.cache.analyses:
                self.cache.sentences[doc_id] = self.cache.analyses[doc_id].sentences
            else:
                self.prefetch([doc_id])
        return self.cache.sentences[doc_id]

    def around(self, doc_id: str, index: int, reach: int = 1) -> tuple[int, int]:
        """Where the sentences within ``reach`` of sentence ``index`` start and end (0, 0 for
        a document without sentences)."""
        sentences = self.sentences(doc_id)
        if not sentences:
            return 0, 0
        return (
            sentences[max(0, index - reach)][0],
            sentences[min(len(sentences) - 1, index + reach)][1],
        )

    def window(self, doc_id: str, index: int) -> Window | None:
        sentences = self.sentences(doc_id)
        if not (0 <= index < len(sentences)):
            return None
        text = self.document(doc_id).text
        start, end = sentences[index]
        lo, hi = self.around(doc_id, index)
        return Window(
            doc_id, index, start, end, text[start:end], text[lo:hi], memo=self.cache.terms
        )

    def sentence_index(self, doc_id: str, position: int) -> int:
        """The sentence holding a character position, by binary search (-1 if none)."""
        sentences = self.sentences(doc_id)
        if doc_id not in self.cache.starts:
            self.cache.starts[doc_id] = [start for start, _ in sentences]
        i = bisect_right(self.cache.starts[doc_id], position) - 1
        if i >= 0 and position < sentences[i][1]:
            return i
        return -1

    def candidates(
        self,
        text: str,
        *,
        names: Iterable[str] = (),
        figures: Iterable[float] = (),
        limit: int = 60,
    ) -> list[Window]:
        """The candidate pool for one claim: search hits, name hits and figure hits."""
        found: dict[tuple[str, int], float] = {}
        words = query_words(text)
        hits = self.store.search_sentences(words, limit=limit, exclude_ids=self.exclude_ids)
        self.prefetch(hit.doc_id for hit in hits)
        for hit in hits:
            idx = self.sentence_index(hit.doc_id, hit.start)
            if idx >= 0:
                found[(hit.doc_id, idx)] = max(found.get((hit.doc_id, idx), 0.0), hit.score)
        names = list(names)
        keys = {k for name in names for k in person_keys(name)}
        speaker_docs: set[str] = set()
        people = self.store.find_mentions("person", keys, limit=200)
        self.prefetch(m.doc_id for m in people if m.doc_id not in self.exclude_ids)
        for m in people:
            if m.doc_id in self.exclude_ids:
                continue
            speaker_docs.add(m.doc_id)
            idx = self.sentence_index(m.doc_id, m.start)
            if idx >= 0:
                found.setdefault((m.doc_id, idx), 0.0)
        # Sentences where a named person speaks through a pronoun ("He said ...").
        self.load_analyses(speaker_docs)
        for doc_id in speaker_docs:
            for att in self.analysis(doc_id).attributions:
                if att.speaker and any(match_persons(att.speaker, n).same_person for n in names):
                    idx = self.sentence_index(doc_id, att.cue.start)
                    if idx >= 0:
                        found.setdefault((doc_id, idx), 0.0)
        # A number unlikely to recur by chance is worth many documents; a round or small
        # one recurs in thousands of them, and a few of those are enough.
        figures = list(figures)
        rare_keys = {figure_key(v) for v in figures if distinctive(v)}
        common_keys = {figure_key(v) for v in figures} - rare_keys
        counts = self.store.find_mentions("figure", rare_keys, limit=200)
        counts += self.store.find_mentions("figure", common_keys, limit=COMMON_FIGURE_DOCS)
        self.prefetch(m.doc_id for m in counts if m.doc_id not in self.exclude_ids)
        for m in counts:
            if m.doc_id in self.exclude_ids:
                continue
            idx = self.sentence_index(m.doc_id, m.start)
            if idx >= 0:
                found.setdefault((m.doc_id, idx), 0.0)
        windows = []
        for (doc_id, idx), score in found.items():
            w = self.window(doc_id, idx)
            if w is not None:
                w.retrieval = score
                windows.append(w)
        return windows


def idf_weights(claim_terms: Iterable[str], pool: list[Window]) -> dict[str, float]:
    """Inverse frequency of each claim term across the candidate pool (local IDF)."""
    n = max(len(pool), 1)
    df: Counter[str] = Counter()
    for w in pool:
        df.update(w.context_terms)
    return {t: math.log(1.0 + (n + 1) / (df[t] + 1)) for t in claim_terms}
