"""The check: for each claim of an article, find its evidence and say what changed.

Retrieval (``retold.retrieval``) proposes candidate sentences through the
store's indexes; alignment (``retold.compare.align``) scores them against the
claim; slot comparisons (``retold.compare.slots``) type every difference:
number, unit, speaker, outlet, quote, date, name, exaggeration.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from spacy.language import Language

from .compare.ages import age_distortions
from .compare.align import align, names_absent, source_absent, support
from .compare.claimants import claimant_distortions
from .compare.claims import ClaimDraft, build_claims
from .compare.results import CheckReport, ClaimResult, Distortion, EvidenceRef
from .compare.segments import split_claim
from .compare.slots import (
    count_speaker_distortions,
    dedupe,
    denial_distortions,
    event_date_distortions,
    exaggeration_distortions,
    figure_distortions,
    labelled_quote_distortions,
    name_distortions,
    named_quote_speaker,
    occasion_date_distortions,
    outlet_distortions,
    quote_distortions,
    quoted_swap_distortions,
    reported_flip_distortions,
    said_as_quoted,
    scope_distortions,
    speaker_distortions,
    statement_date_distortions,
    trip_date_distortions,
    untold_act_distortions,
    wrong_weekday_distortions,
    year_distortions,
)
from .compare.thresholds import (
    EVIDENCE_RELATIVE,
    NAMES_SUPPORT,
    SUPPORT_THRESHOLD,
    TOP_WINDOWS,
)
from .document import Document
from .pipeline import analyse
from .records import Analysis, Attribution, Figure
from .retrieval.corpus import CorpusView, ReadCache
from .store import Store

__all__ = ["Checker", "CheckReport", "ClaimResult", "Distortion", "EvidenceRef", "check_article"]


class Checker:
    """Checks articles against one store with one pipeline."""

    def __init__(self, store: Store, nlp: Language) -> None:
        self.store = store
        self.nlp = nlp
        # Shared by every check while set (see ``sharing_reads``); else one per check.
        self.cache: ReadCache | None = None

    @contextmanager
    def sharing_reads(self) -> Iterator[None]:
        """Checks made inside read each stored document and analysis once between them:
        the traces of one graph update share most of their candidates."""
        self.cache = ReadCache()
        try:
            yield
        finally:
            self.cache = None

    def check(self, article: Document, analysis: Analysis | None = None) -> CheckReport:
        if analysis is None:
            [(_, analysis)] = list(analyse(self.nlp, [article]))
        view = CorpusView(
            self.store,
            exclude_ids=_self_ids(self.store, article),
            cache=self.cache if self.cache is not None else ReadCache(),
        )
        published = article.published_date
        results: list[ClaimResult] = []
        doc_scores: dict[str, float] = defaultdict(float)
        for draft in build_claims(article, analysis):
            for result in _check_claim(view, article, draft, published):
                result.id = f"c{len(results) + 1}"
                results.append(result)
                if result.verdict != "unsupported":
                    for ref in result.evidence[:1]:
                        doc_scores[ref.doc_id] += result.score
        total = sum(doc_scores.values()) or 1.0
        sources = sorted(((d, s / total) for d, s in doc_scores.items()), key=lambda x: -x[1])
        docs = {d: view.document(d) for d in {e.doc_id for r in results for e in r.evidence}}
        return CheckReport(article, results, sources, docs)


def check_article(article: Document, store: Store, nlp: Language) -> CheckReport:
    return Checker(store, nlp).check(article)


def _self_ids(store: Store, article: Document) -> set[str]:
    """The article itself, if it is in the store, is not its own evidence."""
    ids = {article.id}
    if store.has_content(article.content_hash):
        for hit in store.search_sentences(article.text.split()[:8], limit=5):
            if store.get_document(hit.doc_id).content_hash == article.content_hash:
                ids.add(hit.doc_id)
    return ids


# -- one claim -------------------------------------------------------------------------


def _check_claim(
    view: CorpusView, article: Document, draft: ClaimDraft, published: date | None
) -> list[ClaimResult]:
    main = draft.main
    names = [p.name for p in draft.persons]
    if main is not None and main.speaker and main.speaker_kind == "person":
        names.append(main.speaker)
    values = [f.value for f in draft.figures if f.value is not None]
    pool = view.candidates(draft.text, names=names, figures=values)
    ranked = align(draft, pool)
    best = ranked[0] if ranked else None
    top = [
        w
        for w in ranked[:TOP_WINDOWS]
        if best is not None and w.score >= EVIDENCE_RELATIVE * best.score
    ]
    result = ClaimResult(
        id="",  # numbered once the article's claims are all known
        start=draft.start,
        end=draft.end,
        text=draft.text,
        kind=draft.kind,
        speaker=main.speaker if main else None,
        outlet=draft.outlets[0].text if draft.outlets else None,
        verdict="unsupported",
        score=best.score if best else 0.0,
    )
    if best is None:
        return [result]
    distortions: list[Distortion] = []
    matched: list[Figure] = []
    distortions += figure_distortions(view, draft, ranked, published, matched)
    if not any(d.kind == "number" for d in distortions):
        distortions += age_distortions(view, draft, ranked)
    if main is None:
        distortions += named_quote_speaker(view, draft, ranked)
        distortions += outlet_distortions(view, draft, None, ranked, published)
        distortions += occasion_date_distortions(view, draft, ranked)
    else:
        distortions += speaker_distortions(view, draft, main, ranked)
        if not any(d.kind == "speaker" for d in distortions):
            distortions += claimant_distortions(view, draft, ranked, published)
        if not any(d.kind == "speaker" for d in distortions):
            distortions += count_speaker_distortions(view, draft, ranked)
        distortions += quote_distortions(view, draft, main, ranked, article)
        for other in draft.attributions:
            # A second quote in the sentence ("answered the critics: '...', adding that")
            # is checked as its speaker's words too.
            if (
                other.kind in ("direct", "mixed")
                and other.speaker
                and other.speaker_kind == "person"
                and (
                    other.content.end <= main.content.start
                    or other.content.start >= main.content.end
                )
            ):
                distortions += quote_distortions(view, draft, other, ranked, article)
                if not any(d.kind == "speaker" for d in distortions):
                    # "X called the locking a 'crime', and Y said ...": each speaker's
                    # words are checked as theirs
                    distortions += [
                        d
                        for d in speaker_distortions(view, draft, other, ranked)
                        if d.at is not None and _within(other, d.at)
                    ]
        distortions += reported_flip_distortions(view, draft, main, ranked)
        distortions += outlet_distortions(view, draft, main, ranked, published)
        distortions += statement_date_distortions(view, draft, main, ranked)
    if not any(d.kind == "quote" for d in distortions):
        distortions += quoted_swap_distortions(view, draft, main, ranked)
    if not any(d.kind == "quote" for d in distortions):
        distortions += labelled_quote_distortions(view, draft, ranked)
    distortions += name_distortions(view, draft, ranked)
    if not any(d.kind == "date" for d in distortions):
        distortions += event_date_distortions(view, draft, ranked, published)
    if not any(d.kind == "date" for d in distortions):
        distortions += trip_date_distortions(view, draft, ranked)
    if not any(d.kind == "date" for d in distortions):
        distortions += wrong_weekday_distortions(view, draft, ranked)
    if not any(d.kind == "date" for d in distortions):
        distortions += year_distortions(view, draft, ranked)
    distortions += exaggeration_distortions(view, draft, ranked, published)
    if not any(d.kind == "exaggeration" for d in distortions):
        distortions += scope_distortions(view, draft, ranked)
    # An act the sources deny is read beside a rung raised elsewhere in the sentence
    # ("were arrested [denied] and charged [for 'under investigation']"), and before a
    # lower rung found for the same word: "no arrests had been made" is the act's own
    # denial, "an investigation" only a lesser act.
    denied = denial_distortions(view, draft, ranked)
    at_denied = {d.at for d in denied}
    distortions = [
        d for d in distortions if not (d.kind == "exaggeration" and d.at in at_denied)
    ] + denied
    if not any(d.kind == "exaggeration" for d in distortions):
        distortions += untold_act_distortions(view, draft, ranked)
    distortions = dedupe([d for d in distortions if not said_as_quoted(d)])
    # A figure found with the same value, bounds and counted thing is support in itself.
    share = support(draft, ranked)
    absent = source_absent(view, draft, top)
    if share < SUPPORT_THRESHOLD and absent:
        # "The Indian Medical Association has counted more than 500 deaths": a count of a
        # source no evidence names, in words the corpus barely carries, is no other count
        # changed
        distortions = [d for d in distortions if d.kind not in ("number", "unit")]
    supported = share >= SUPPORT_THRESHOLD or bool(matched)
    if supported and not distortions and not matched and share < NAMES_SUPPORT:
        # Words in common, but not the names the claim is about ("Engineers from IIT
        # Gandhinagar were asked to audit every bridge"): nothing in the corpus carries it.
        supported = not names_absent(view, draft, top)
    if supported and not distortions and not matched and absent:
        supported = False
    return split_claim(view, draft, result, distortions, top, published, supported)


def _within(att: Attribution, at: int) -> bool:
    """Whether a place in the text is in an attribution: its source, cue or words."""
    spans = [att.cue, att.content] + ([att.source] if att.source else [])
    return min(x.start for x in spans) <= at < max(x.end for x in spans)
