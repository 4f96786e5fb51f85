"""Text reuse between two documents: word shingles, MinHash signatures, aligned passages.

MinHash (datasketch) only proposes candidates through an LSH index; the shares
a trace reports are computed exactly on the candidates' shingles, so a
signature's sampling error never reaches a reported number.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from anyascii import anyascii
from datasketch import MinHash, MinHashLSH

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "LSH_THRESHOLD",
    "Passage",
    "Reuse",
    "SignatureIndex",
    "Tokens",
    "align_text",
    "signature",
    "signature_from_row",
    "signature_row",
    "tokens",
]

SHINGLE = 4
"""Words per shingle: long enough that a shared one is rarely chance, short enough for edits."""
NUM_PERM = 128
LSH_THRESHOLD = 0.2
"""Low, because a cut copy of a long report shares few of the report's shingles (Jaccard)."""
SEED = 1
SCHEME = "affine32"
"""datasketch's permutation scheme; stored with each signature, which carries no trace of it."""

# Capitalised but shared by any two reports of the same week: not a name.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# Letters of any script (folded to ASCII below): "Kalméra" is one word, not "kalm" and "ra".
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
TOKENS = 2
"""Version of the word splitting; a stored signature made with another is recomputed."""


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's words, folded to ASCII lower case, with their character offsets."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    anchors: tuple[bool, ...] = ()  # a figure or a capitalised word inside a sentence

    def shingles(self) -> list[str]:
        w = self.words
        if len(w) < SHINGLE:
            return [" ".join(w)] if w else []
        return [" ".join(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)]


def tokens(text: str) -> Tokens:
    words, starts, ends, anchors = [], [], [], []
    for m in _WORD.finditer(text):
        word = m.group(0)
        folded = word if word.isascii() else anyascii(word).replace("’", "'")
        words.append(folded.lower())
        starts.append(m.start())
        ends.append(m.end())
        before = text[max(0, m.start() - 3) : m.start()]
        # An opening quote starts a sentence; a hyphen inside a word (Konde-Ramou) does not.
        initial = before.rstrip(" ")[-1:] in ("“", "‘", "«", "„", "‹", "")
        before = before.strip(" \"'“‘(«‹„")
        if not initial and before and not (before[-1] == "-" and before[:-1][-1:].isalnum()):
            initial = before[-1] in ".!?:—-\n"
        name = word[0].isupper() and not initial and word.lower() not in _CALENDAR
        anchors.append(word[0].isdigit() or name)
    return Tokens(tuple(words), tuple(starts), tuple(ends), tuple(anchors))


def signature(text: str) -> MinHash:
    """The MinHash of a text's shingle set (same seed everywhere, so signatures compare)."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    shingles = {s.encode("utf-8") for s in tokens(text).shingles()}
    if shingles:
        mh.update_batch(list(shingles))
    return mh


def signature_row(mh: MinHash) -> dict[str, Any]:
    """A signature as a JSON object for ``Store.put_derived``."""
    return {
        "shingle": SHINGLE,
        "num_perm": NUM_PERM,
        "seed": SEED,
        "scheme": SCHEME,
        "tokens": TOKENS,
        "hashvalues": [int(v) for v in mh.hashvalues],
    }


def signature_from_row(row: Mapping[str, Any]) -> MinHash | None:
    """The stored signature, or None when it was made with other settings (recompute it)."""
    settings = (
        row.get("shingle"),
        row.get("num_perm"),
        row.get("seed"),
        row.get("scheme"),
        row.get("tokens"),
    )
    if settings != (SHINGLE, NUM_PERM, SEED, SCHEME, TOKENS):
        return None
    values = np.asarray(row["hashvalues"], dtype=np.uint64)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


class SignatureIndex:
    """An in-memory LSH over documents' signatures, built per run from stored rows."""

    def __init__(self, threshold: float = LSH_THRESHOLD) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._keys: set[str] = set()

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, doc_id: str, mh: MinHash) -> None:
        if doc_id in self._keys:
            self._lsh.remove(doc_id)
        self._lsh.insert(doc_id, mh)
        self._keys.add(doc_id)

    def add_many(self, items: Iterable[tuple[str, MinHash]]) -> None:
        with self._lsh.insertion_session() as session:
            for doc_id, mh in items:
                if doc_id in self._keys:
                    continue
                session.insert(doc_id, mh)
                self._keys.add(doc_id)

    def query(self, mh: MinHash) -> list[str]:
        return [str(k) for k in self._lsh.query(mh)]


@dataclass(frozen=True, slots=True)
class Passage:
    """Two spans that line up: ``start/end`` in the article, ``source_start/end`` in the source."""

    start: int
    end: int
    source_start: int
    source_end: int
    kind: str = "verbatim"  # verbatim (shared wording) or claim (shared fact, other wording)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Reuse:
    """How much of an article's wording a source carries, and how much of the source it kept."""

    passages: tuple[Passage, ...]
    text_share: float  # of the article's words, the share inside a passage shared with the source
    source_kept: float  # of the source's words, the share that reappears in the article


def align_text(article: Tokens, source: Tokens) -> Reuse:
    """Maximal runs of shared shingles, greedily from the article's start.

    A run counts only when it carries an anchor (a figure or a name): shared
    stock phrases ("said in a statement that") are not reuse.
    """
    a, s = article.words, source.words
    if len(a) < SHINGLE or len(s) < SHINGLE:
        return Reuse((), 0.0, 0.0)
    where: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(s) - SHINGLE + 1):
        where[s[j : j + SHINGLE]].append(j)
    covered_a = np.zeros(len(a), dtype=bool)
    covered_s = np.zeros(len(s), dtype=bool)
    passages: list[Passage] = []
    i = 0
    while i <= len(a) - SHINGLE:
        hits = where.get(a[i : i + SHINGLE])
        if not hits:
            i += 1
            continue
        best_j, best_n = hits[0], 0
        for j in hits[:20]:
            n = SHINGLE
            while i + n < len(a) and j + n < len(s) and a[i + n] == s[j + n]:
                n += 1
            if n > best_n:
                best_j, best_n = j, n
        if not any(article.anchors[i : i + best_n]):
            i += 1
            continue
        covered_a[i : i + best_n] = True
        covered_s[best_j : best_j + best_n] = True
        passages.append(
            Passage(
                article.starts[i],
                article.ends[i + best_n - 1],
                source.starts[best_j],
                source.ends[best_j + best_n - 1],
            )
        )
        i += best_n
    return Reuse(
        _merge_adjacent(passages, article, source),
        float(covered_a.mean()),
        float(covered_s.mean()),
    )


def _merge_adjacent(
    passages: list[Passage], article: Tokens, source: Tokens
) -> tuple[Passage, ...]:
    """Runs split by one changed word (a figure, a name) read as one passage with an edit."""
    merged: list[Passage] = []
    for p in passages:
        if merged:
            q = merged[-1]
            gap_a = p.start - q.end
            gap_s = p.source_start - q.source_end
            if 0 <= gap_a <= 24 and 0 <= gap_s <= 24:
                merged[-1] = Passage(q.start, p.end, q.source_start, p.source_end)
                continue
        merged.append(p)
    return tuple(merged)
