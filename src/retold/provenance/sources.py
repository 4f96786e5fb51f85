"""Where one article came from: its earlier sources, ranked, with what each accounts for.

Two kinds of trace meet here. Shared wording (MinHash candidates, exact
shingle alignment) finds copies, cuts and light edits. Shared facts (the
check's per-claim evidence and distortions) find rewrites that share no
sentence with their source, such as a machine translation of it. A claim's
credit goes to its documents by the rare facts (names, figures) each shares
with the claim's sentence, so a report of another event on the same topic,
matched on wording alone, earns little.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language

from ..check import Checker, CheckReport, ClaimResult
from ..compare.results import article_header
from ..document import Document, parse_published
from ..pipeline import analyse
from ..records import Analysis, TimeRef
from ..retrieval.corpus import query_words
from ..store import Store
from .reuse import Passage, Reuse, SignatureIndex, Tokens, align_text, signature, tokens

__all__ = [
    "ClaimTrace",
    "SourceLink",
    "Trace",
    "Tracer",
    "anachronisms",
    "earlier_than",
    "CHANGE_KINDS",
    "MIN_SOURCE_SCORE",
]

CHANGE_KINDS = (
    "copied",
    "reworded",
    "cut",
    "merged",
    "figures_altered",
    "attribution_altered",
    "quote_altered",
    "date_altered",
    "exaggerated",
)
"""How an article changed a source's text; ``reworded`` covers translation-style rewrites."""

MIN_SOURCE_SCORE = 0.05
"""Below this a document shares too little with the article to be called one of its sources."""

# Credit a claim gives to the documents it was traced to, by their rank in its evidence.
_EVIDENCE_CREDIT = (1.0, 0.5, 0.34, 0.25)
# A claim with no name or figure in common with a document ("the cause is under
# investigation") could have come from anywhere: it earns that document less.
_UNANCHORED = 0.5
_DISTORTION_CREDIT = 1.0
_COPIED = 0.6  # text share from which a source reads as copied (wire copy, syndication)
_REWORDED = 0.2  # below this text share, a source traced through claims was reworded
_KEPT = 0.6  # below this share of the source kept, the article cut it
_MERGE_UNIQUE = 0.15  # a second source must account for this much that the first does not
_MERGE_CLAIMS = 2  # ... and for at least this many claims (one shared claim is a coincidence)
_CLOSE_KEPT = 0.3
_CLOSE_ALTERED = 0.1
_TIE = 0.05
_FTS_SENTENCES = 6  # the article's longest sentences searched in the full-text index
_FTS_HITS = 8
_MAX_CANDIDATES = 40

_FIGURE_KINDS = {"number", "unit"}
_ATTRIBUTION_KINDS = {"speaker", "outlet", "name"}


def earlier_than(article: Document) -> Callable[[Document], bool]:
    """Documents that may be a source: published on or before the article's day.

    Same-day documents stay (dates are often days only); when either date is
    missing nothing can be ruled out.
    """
    mine = article.published_date
    mine_full = _instant(article.published)

    def allowed(doc: Document) -> bool:
        theirs = doc.published_date
        if mine is None or theirs is None:
            return True
        if theirs != mine:
            return theirs < mine
        other = _instant(doc.published)
        if mine_full is not None and other is not None:
            return other < mine_full
        return True

    return allowed


def _instant(value: str | None) -> str | None:
    """The date-time (UTC-less ISO string) when the value carries a time, else None."""
    if not value or len(value.strip()) <= 10:
        return None
    return value.strip().replace("Z", "+00:00")


@dataclass
class SourceLink:
    """One earlier document an article was derived from, and how."""

    doc_id: str
    score: float
    claim_share: float
    text_share: float
    source_kept: float
    claims: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    distortions: list[dict[str, Any]] = field(default_factory=list)
    direct: bool = False  # a source in its own right, not only an ancestor of one
    outlet: str | None = None
    published: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "score": round(self.score, 4),
            "direct": self.direct,
            "claim_share": round(self.claim_share, 4),
            "text_share": round(self.text_share, 4),
            "source_kept": round(self.source_kept, 4),
            "claims": list(self.claims),
            "changes": list(self.changes),
            "distortions": list(self.distortions),
            "passages": [p.to_dict() for p in self.passages],
        }


@dataclass
class ClaimTrace:
    """A claim of the article, the earlier documents it was traced to, and later carriers."""

    id: str
    start: int
    end: int
    text: str
    verdict: str
    attributed: bool
    sources: list[dict[str, Any]] = field(default_factory=list)  # doc_id, start, end
    later: list[dict[str, Any]] = field(default_factory=list)
    future_date: str | None = None  # a date the claim names that is after publication

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "verdict": self.verdict,
            "attributed": self.attributed,
            "sources": list(self.sources),
            "later": list(self.later),
            "future_date": self.future_date,
        }


@dataclass
class Trace:
    """The sources of one article, best first, and its claims' trails."""

    article: Document
    sources: list[SourceLink]
    claims: list[ClaimTrace]

    def anachronisms(self) -> list[dict[str, Any]]:
        return anachronisms(self.article.id, [c.to_dict() for c in self.claims], bool(self.sources))

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": article_header(self.article),
            "sources": [s.to_dict() for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
            "anachronisms": self.anachronisms(),
        }


def anachronisms(
    doc_id: str, claims: Iterable[dict[str, Any]], has_sources: bool
) -> list[dict[str, Any]]:
    """Claims a document could not have known on its date.

    Either the claim names a date after the document's own, or it is an
    attributed claim (someone said it) that no document up to the document's
    date carries but a later one does, in a document that otherwise has
    sources (a retelling, not the first report of the statement).
    """
    out = []
    for c in claims:
        reason = None
        if c.get("future_date"):
            reason = f"names {c['future_date']}, after the document's date"
        elif c["attributed"] and c["later"] and not c["sources"] and has_sources:
            first = min(c["later"], key=lambda e: str(e.get("published") or ""))
            reason = f"first carried by {first['doc_id']} on {first.get('published')}"
        if reason:
            out.append(
                {
                    "doc_id": doc_id,
                    "claim": c["id"],
                    "start": c["start"],
                    "end": c["end"],
                    "text": c["text"],
                    "reason": reason,
                    "later": [e["doc_id"] for e in c["later"]],
                }
            )
    return out


class Tracer:
    """Traces articles against one store; the signature index is kept for the run."""

    def __init__(self, store: Store, nlp: Language, index: SignatureIndex | None = None) -> None:
        self.store = store
        self.checker = Checker(store, nlp)
        self.index = index

    def trace(
        self,
        article: Document,
        analysis: Analysis | None = None,
        *,
        allowed: Callable[[Document], bool] | None = None,
        exclude: Collection[str] = (),
        report: CheckReport | None = None,
    ) -> Trace:
        """Rank the documents ``allowed`` (default: published up to the article) it came from."""
        allowed = allowed or earlier_than(article)
        if analysis is None:
            [(_, analysis)] = list(analyse(self.checker.nlp, [article]))
        report = report or self.checker.check(article, analysis)
        skip = set(exclude) | {article.id}
        art_tokens = tokens(article.text)

        candidates = self._candidates(article, report, art_tokens, skip)
        docs = self.store.get_documents(sorted(candidates))
        docs = {
            d: doc
            for d, doc in docs.items()
            if d not in skip and doc.content_hash != article.content_hash
        }
        earlier = {d for d, doc in docs.items() if allowed(doc)}

        claims, credit, claim_docs, passages, distortions = _claims(
            report, article, analysis, docs, earlier
        )
        n_claims = max(len(report.claims), 1)
        reuse: dict[str, Reuse] = {d: align_text(art_tokens, _flat(docs[d])[1]) for d in earlier}
        links: list[SourceLink] = []
        for d in earlier:
            r = reuse[d]
            weighted = credit.get(d, 0.0) / n_claims
            score = max(weighted, r.text_share) + 0.25 * min(weighted, r.text_share)
            if score < MIN_SOURCE_SCORE:
                continue
            doc = docs[d]
            kept = max(r.source_kept, _claim_kept(docs[d], passages.get(d, [])))
            links.append(
                SourceLink(
                    doc_id=d,
                    score=score,
                    claim_share=len(claim_docs.get(d, ())) / n_claims,
                    text_share=r.text_share,
                    source_kept=kept,
                    claims=sorted(claim_docs.get(d, ()), key=_claim_order),
                    passages=sorted(list(r.passages) + passages.get(d, []), key=lambda p: p.start),
                    distortions=distortions.get(d, []),
                    outlet=doc.outlet,
                    published=doc.published,
                    title=doc.title,
                )
            )
        links.sort(key=lambda s: (-s.score, s.doc_id))
        _describe_changes(links, art_tokens, claim_docs, reuse)
        return Trace(article, links, claims)

    def _candidates(
        self, article: Document, report: CheckReport, art: Tokens, skip: set[str]
    ) -> set[str]:
        """Documents worth aligning, all through indexes: LSH, full-text search, the check."""
        found: dict[str, float] = defaultdict(float)
        for c in report.claims:
            for rank, e in enumerate(c.evidence):
                found[e.doc_id] += 10.0 / (rank + 1)
            for dist in c.distortions:
                found[dist.evidence.doc_id] += 10.0
        if self.index is not None:
            # Below a claim's first evidence: in a large store the LSH can return many
            # documents that share stock phrases, and the cap must not crowd out the check's.
            for d in self.index.query(signature(article.text)):
                found[d] += 3.0
        spans = _sentences(article.text)
        spans.sort(key=lambda s: -(s[1] - s[0]))
        for start, end in spans[:_FTS_SENTENCES]:
            words = query_words(article.text[start:end], limit=12)
            if len(words) < 3:
                continue
            hits = self.store.search_sentences(words, limit=_FTS_HITS, exclude_ids=skip)
            for hit in hits:
                found[hit.doc_id] += 1.0
        for d in skip:
            found.pop(d, None)
        best = sorted(found, key=lambda d: -found[d])[:_MAX_CANDIDATES]
        return set(best)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (the candidates only need search words, not exact bounds)."""
    out = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ".!?\n" and (i + 1 == len(text) or text[i + 1] in " \n\"'”"):
            if i + 1 - start > 20:
                out.append((start, i + 1))
            start = i + 1
    if len(text) - start > 20:
        out.append((start, len(text)))
    return out


def _claim_order(claim_id: str) -> int:
    return int(claim_id[1:]) if claim_id[1:].isdigit() else 0


def _claims(
    report: CheckReport,
    article: Document,
    analysis: Analysis,
    docs: dict[str, Document],
    earlier: set[str],
) -> tuple[
    list[ClaimTrace],
    dict[str, float],
    dict[str, set[str]],
    dict[str, list[Passage]],
    dict[str, list[dict[str, Any]]],
]:
    """Per claim: which earlier documents carry it (credited), which later ones do."""
    traces: list[ClaimTrace] = []
    credit: dict[str, float] = defaultdict(float)
    claim_docs: dict[str, set[str]] = defaultdict(set)
    passages: dict[str, list[Passage]] = defaultdict(list)
    distortions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    published = article.published_date
    rarity = _rarity(docs)
    bounds = _sentences(article.text)
    for c in report.claims:
        trace = ClaimTrace(
            c.id,
            c.start,
            c.end,
            c.text,
            c.verdict,
            attributed=bool(c.speaker or c.outlet),
            future_date=_future_date(c, analysis.times, published),
        )
        traces.append(trace)
        given: dict[str, float] = {}
        spans: dict[str, tuple[int, int]] = {}
        # Credit falls with rank, but the same sentence copied into several documents
        # earns each copy the same credit: the order among copies is chance.
        ranks: dict[str, int] = {}
        anchors = _anchors(article.text, c.start, c.end)
        for e in c.evidence:
            doc = docs.get(e.doc_id)
            key = " ".join(tokens(doc.text[e.start : e.end]).words) if doc else e.doc_id
            rank = ranks.setdefault(key, len(ranks))
            w = _EVIDENCE_CREDIT[min(rank, len(_EVIDENCE_CREDIT) - 1)]
            if doc is not None and not _shares_anchor(anchors, doc):
                w *= _UNANCHORED
            given[e.doc_id] = max(given.get(e.doc_id, 0.0), w)
            spans.setdefault(e.doc_id, (e.start, e.end))
        _same_evidence(given, spans, docs, earlier)
        for dist in c.distortions:
            ref = dist.evidence
            given[ref.doc_id] = max(given.get(ref.doc_id, 0.0), _DISTORTION_CREDIT)
            spans.setdefault(ref.doc_id, (ref.start, ref.end))
            if ref.doc_id in earlier:
                distortions[ref.doc_id].append(
                    {
                        "claim": c.id,
                        "kind": dist.kind,
                        "claimed": dist.claimed,
                        "found": dist.found,
                        "start": ref.start,
                        "end": ref.end,
                    }
                )
        renamed = {d.evidence.doc_id for d in c.distortions if d.kind in _ATTRIBUTION_KINDS}
        changed: dict[str, set[str]] = defaultdict(set)
        for dist in c.distortions:
            changed[dist.evidence.doc_id].update(tokens(str(dist.claimed or "")).words)
        facts = _facts(article.text, *_context(bounds, c))
        _weigh_by_facts(given, docs, facts, rarity, renamed, changed)
        if c.verdict == "unsupported" and not c.distortions:
            continue
        for d, w in given.items():
            if d not in docs:
                continue
            start, end = spans[d]
            entry = {
                "doc_id": d,
                "start": start,
                "end": end,
                "published": docs[d].published,
            }
            if d in earlier:
                credit[d] += w
                claim_docs[d].add(c.id)
                trace.sources.append(entry)
                passages[d].append(Passage(c.start, c.end, start, end, "claim"))
            else:
                trace.later.append(entry)
    return traces, credit, claim_docs, passages, distortions


def _rarity(docs: dict[str, Document]) -> Callable[[str], float]:
    """Inverse document frequency of an anchor among the candidates.

    A name or figure every candidate shares (the country, the agency) says
    little about which one an article used; one that few carry says much.
    """
    df: Counter[str] = Counter()
    for doc in docs.values():
        df.update(_flat(doc)[3])
    n = len(docs)
    return lambda w: math.log((n + 1) / (df.get(w, 0) + 0.5))


def _context(bounds: list[tuple[int, int]], c: ClaimResult) -> tuple[int, int]:
    """The article sentence(s) around a claim: a clause alone may carry none of its names."""
    start, end = c.start, c.end
    for a, b in bounds:
        if a < c.end and b > c.start:
            start, end = min(start, a), max(end, b)
    return start, end


def _weigh_by_facts(
    given: dict[str, float],
    docs: dict[str, Document],
    facts: list[tuple[str, ...]],
    rarity: Callable[[str], float],
    keep: Collection[str] = (),
    changed: dict[str, set[str]] | None = None,
) -> None:
    """Scale each document's credit for a claim by the claim's rare facts it carries.

    Evidence ranks (and the evidence a distortion is read against) come from
    wording; a report of another event on the same topic can match a claim's
    wording while sharing none of its names or figures. A document keeps its
    credit in proportion to the rarity-weighted facts (names, figures) it
    shares with the claim's sentence, against the best of the claim's
    documents. A name counts once however many words it has, so "United
    Nations" weighs no more than "UNHCR". Documents in ``keep`` (the evidence
    of a changed name or speaker, which by design does not carry the claim's
    name) keep their credit; those in ``changed`` are weighed without the
    facts (words) the claim altered.
    """
    if not facts or len(given) < 2:
        return
    changed = changed or {}
    weight = {f: max(rarity(w) for w in f) for f in facts}
    have = {d: _flat(docs[d])[3] for d in given if d in docs}

    def carried(d: str, fs: list[tuple[str, ...]]) -> float:
        return sum(weight[f] * sum(x in have[d] for x in f) / len(f) for f in fs)

    full = {d: carried(d, facts) for d in have}
    best_full = max(full.values(), default=0.0)
    for d in have:
        if d in keep:
            continue
        mine, best = full[d], best_full
        if changed.get(d):
            # A distortion's evidence does not carry the figure or date the claim changed.
            fs = [f for f in facts if not set(f) & changed[d]]
            mine, best = carried(d, fs), max(carried(x, fs) for x in have)
        if best > 0:
            given[d] *= mine / best


def _facts(text: str, start: int, end: int) -> list[tuple[str, ...]]:
    """The names and figures of a span; a run of capitalised words (or a figure) is one fact."""
    t = tokens(text[start:end])
    out: list[list[str]] = []
    last = -1
    for i, (w, a) in enumerate(zip(t.words, t.anchors, strict=True)):
        if not a or not w:
            continue
        if out and last == i - 1:
            gap = text[start + t.ends[i - 1] : start + t.starts[i]]
            figure, prev_figure = w[0].isdigit(), out[-1][-1][0].isdigit()
            name_goes_on = not figure and not prev_figure and gap in (" ", "-")
            figure_goes_on = figure and prev_figure and gap in (",", ".")  # 10,000 / 2.4
            if name_goes_on or figure_goes_on:
                out[-1].append(w)
                last = i
                continue
        out.append([w])
        last = i
    return list(dict.fromkeys(tuple(f) for f in out))


def _same_evidence(
    given: dict[str, float],
    spans: dict[str, tuple[int, int]],
    docs: dict[str, Document],
    earlier: set[str],
) -> None:
    """Credit every candidate that carries an evidence sentence word for word.

    The check lists a few evidence sentences per claim; when a sentence was
    copied into many documents, which copies it lists is chance, and so is the
    rank it gives each copy it lists: every copy earns the best credit of the
    sentence it carries.
    """
    found = [(docs[d].text[a:b], w) for d, w in given.items() if d in docs for a, b in [spans[d]]]
    needles = [(" ".join(tokens(t).words), w) for t, w in found]
    needles = sorted(((n, w) for n, w in needles if len(n) >= 20), key=lambda x: -x[1])
    if not needles:
        return
    for d in earlier:
        t = _flat(docs[d])
        for needle, w in needles:
            if given.get(d, 0.0) >= w:
                break
            pos = t[0].find(needle)
            if pos < 0:
                continue
            first = t[0].count(" ", 0, pos)
            last = first + needle.count(" ")
            given[d] = w
            spans[d] = (t[1].starts[first], t[1].ends[last])
            break


_FLAT_CACHE: dict[str, tuple[str, Tokens, frozenset[str], frozenset[str]]] = {}


def _flat(doc: Document) -> tuple[str, Tokens, frozenset[str], frozenset[str]]:
    """A document's words joined by spaces, its tokens, its anchors and its capitalised words.

    The last set is what the document can be said to mention as a name or a
    figure: an anchor, or a capitalised word that opens a sentence ("Tobruk
    lies ...") and so is no anchor. Cached per text.
    """
    key = doc.content_hash
    if key not in _FLAT_CACHE:
        if len(_FLAT_CACHE) > 4096:
            _FLAT_CACHE.clear()
        t = tokens(doc.text)
        anchors = frozenset(w for w, a in zip(t.words, t.anchors, strict=True) if a)
        text = doc.text
        names = anchors | {w for w, i in zip(t.words, t.starts, strict=True) if text[i].isupper()}
        _FLAT_CACHE[key] = (" ".join(t.words), t, anchors, frozenset(names))
    return _FLAT_CACHE[key]


def _anchors(text: str, start: int, end: int) -> set[str]:
    t = tokens(text[start:end])
    return {w for w, a in zip(t.words, t.anchors, strict=True) if a}


def _shares_anchor(claim: set[str], doc: Document) -> bool:
    """A name in common, or two figures: one shared number alone is often chance."""
    common = claim & _flat(doc)[2]
    return any(not w[0].isdigit() for w in common) or len(common) >= 2


def _future_date(c: ClaimResult, times: Iterable[TimeRef], published: date | None) -> str | None:
    """A date written in the claim that falls after the article's publication day."""
    if published is None:
        return None
    for when in times:
        if c.start <= when.start and when.end <= c.end and when.explicit and when.begin:
            day = parse_published(when.begin)
            if day is not None and day > published:
                return str(when.begin)
    return None


def _claim_kept(source: Document, passages: Iterable[Passage]) -> float:
    """Share of the source's text that the article's claims were traced to."""
    n = len(source.text) or 1
    covered = sorted((p.source_start, p.source_end) for p in passages)
    total, last = 0, 0
    for start, end in covered:
        start = max(start, last)
        if end > start:
            total += end - start
            last = end
    return min(total / n, 1.0)


def _describe_changes(
    links: list[SourceLink],
    art: Tokens,
    claim_docs: dict[str, set[str]],
    reuse: dict[str, Reuse],
) -> None:
    """Pick the direct sources, then name what happened to each source's text."""
    direct = _direct_sources(links, art, claim_docs, reuse)
    merged = len(direct) >= 2
    for link in links:
        link.direct = link.doc_id in direct
        changes: list[str] = []
        if link.text_share >= _COPIED:
            changes.append("copied")
        elif link.text_share < _REWORDED and link.claim_share > 0:
            changes.append("reworded")
        if link.source_kept < _KEPT:
            changes.append("cut")
        if merged and link.direct:
            changes.append("merged")
        kinds = {d["kind"] for d in link.distortions}
        if kinds & _FIGURE_KINDS:
            changes.append("figures_altered")
        if kinds & _ATTRIBUTION_KINDS:
            changes.append("attribution_altered")
        if "quote" in kinds:
            changes.append("quote_altered")
        if "date" in kinds:
            changes.append("date_altered")
        if "exaggeration" in kinds:
            changes.append("exaggerated")
        link.changes = changes


def _direct_sources(
    links: list[SourceLink],
    art: Tokens,
    claim_docs: dict[str, set[str]],
    reuse: dict[str, Reuse],
) -> set[str]:
    """The closest source, then each other source that adds claims or words of its own.

    A source whose contribution is already explained by a closer one is an
    ancestor (or a sibling) of the real source, not a source itself. Closeness
    favours keeping more of the source and changing fewer of its facts.
    """
    traced = set().union(*claim_docs.values()) if claim_docs else set()
    n_claims = max(len(traced), 1)
    n_words = max(len(art.words), 1)

    def closeness(link: SourceLink) -> float:
        altered = len({d["claim"] for d in link.distortions}) / n_claims
        return link.score + _CLOSE_KEPT * link.source_kept - _CLOSE_ALTERED * altered

    rest = sorted(links, key=lambda x: (-closeness(x), x.doc_id))
    order = []
    while rest:
        # Versions that explain the article equally well (a copy of a copy): the latest,
        # for the closest source and for each one after it (the other side of a merge).
        best = closeness(rest[0])
        tied = [x for x in rest if closeness(x) >= best - _TIE]
        first = max(tied, key=lambda x: (str(x.published or ""), x.doc_id))
        rest.remove(first)
        order.append(first)
    chosen: set[str] = set()
    claims_seen: set[str] = set()
    words_seen: set[int] = set()
    for link in order:
        claims = claim_docs.get(link.doc_id, set())
        words = _covered(art, reuse[link.doc_id])
        own = claims - claims_seen
        unique_claims = len(own) / n_claims if len(own) >= _MERGE_CLAIMS else 0.0
        unique = max(unique_claims, len(words - words_seen) / n_words)
        if not chosen or unique >= _MERGE_UNIQUE:
            chosen.add(link.doc_id)
            claims_seen |= claims
            words_seen |= words
    return chosen


def _covered(art: Tokens, r: Reuse) -> set[int]:
    """Indices of the article's words inside a shared passage."""
    out: set[int] = set()
    for p in r.passages:
        if p.kind == "verbatim":
            out.update(range(bisect_left(art.starts, p.start), bisect_left(art.starts, p.end)))
    return out
