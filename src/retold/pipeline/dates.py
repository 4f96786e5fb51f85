"""Pipeline component: temporal expressions resolved against the publication date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.timex import Timex, event_offset, find_timexes
from ..records import TimeRef
from .extensions import SPANS_KEYS
from .lexicon import END_WORDS, SPEECH_CUES

__all__ = ["DateResolver", "make_date_resolver", "to_timeref"]


@Language.factory(
    "retold_dates",
    assigns=["doc._.retold_times"],
    default_config={"spans_key": SPANS_KEYS["dates"]},
)
def make_date_resolver(nlp: Language, name: str, spans_key: str) -> DateResolver:
    return DateResolver(nlp, name, spans_key=spans_key)


class DateResolver:
    """Resolve every time phrase to a day interval.

    The publication date comes from ``doc._.retold_published``; without it,
    relative phrases resolve against today (the caller is warned, not us).
    """

    def __init__(self, nlp: Language, name: str = "retold_dates", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc._.retold_published
        times = [
            _anchored(doc, to_timeref(t)) for t in find_timexes(doc.text, published or date.today())
        ]
        self.set_annotations(doc, times)
        return doc

    def set_annotations(self, doc: Doc, times: list[TimeRef]) -> None:
        doc._.retold_times = times
        spans = []
        for t in times:
            span = doc.char_span(t.start, t.end, label=t.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


def _anchored(doc: Doc, ref: TimeRef) -> TimeRef:
    """Record which verb the time phrase dates, climbing the parse from its root."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return ref
    tok = span.root
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in END_WORDS:
        # "It was not until January 22 that Zhong went on television": when it happened
        if span.start > 1 and doc[span.start - 2].lower_ == "not":
            mark = next(
                (
                    t
                    for t in doc[span.end : span.end + 3]
                    if t.lower_ == "that" and t.dep_ == "mark"
                ),
                None,
            )
            if mark is not None and mark.head.pos_ in ("VERB", "AUX"):
                return replace(ref, anchor=mark.head.lemma_.lower())
        # "a ceasefire until 22 April": when something ends, not when anything happened
        return ref
    if event_offset(ref.text) is not None:
        # "a day before the hypermarket was hit, missiles had struck": the day is of the
        # clause it is put before or after, not of the event it counts from
        link = next((t for t in span if t.lower_ in ("after", "before", "as")), None)
        if link is not None:
            tok = (
                link.head.head if link.dep_ == "mark" and link.head.head.i != link.head.i else link
            )
            if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
                return replace(ref, anchor=tok.lemma_.lower())
    if tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
        # "the toll from Monday's earthquake rose on Wednesday": Monday dates the quake
        return replace(ref, anchor=tok.head.lemma_.lower())
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            relative = _relative_before(doc, span, tok)
            if relative is not None:
                return replace(ref, anchor=relative.lemma_.lower())
            if tok.lemma_.lower() in SPEECH_CUES and tok.i > span.end:
                # "killed late on Saturday, officials said on Sunday": a comma and a new
                # subject close the clause the time belongs to.
                told = _clause_before(doc, span, tok)
                if told is not None:
                    return replace(ref, anchor=told.lemma_.lower())
            return replace(ref, anchor=_happening_noun(tok, span) or tok.lemma_.lower())
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return ref


# Verbs that say only that something happened: its noun says what ("the eruption struck").
_OCCURRENCE_VERBS = frozenset("strike begin start happen occur unfold come end".split())
# Nouns that say only that something bad happened ("the ordeal began"): what happened is
# told by the verb, or by the "when" clause after the day.
_GENERIC_HAPPENINGS = frozenset(
    "ordeal nightmare disaster tragedy incident accident crisis drama episode".split()
)


def _happening_noun(verb: Token, span: Span) -> str | None:
    """ "The eruption struck on Monday", "the attack began late on Friday": the day is the
    eruption's, the attack's; the verb says no more than that it happened. "The ordeal
    ended on Wednesday, when the three were released": the day is the release's."""
    if verb.lemma_.lower() not in _OCCURRENCE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() not in _GENERIC_HAPPENINGS:
        return None if verb.lemma_.lower() == "end" else subject.lemma_.lower()
    when = next(
        (
            c
            for c in verb.subtree
            if c.dep_ in ("advcl", "relcl")
            and c.i >= span.end
            and any(m.lower_ == "when" for m in c.children if m.dep_ == "advmod")
        ),
        None,
    )
    return when.lemma_.lower() if when is not None else None


def _relative_before(doc: Doc, span: Span, verb: Token) -> Token | None:
    """The verb of a relative clause in the subject that the time phrase closes: "The
    mission that looked into the death of X in Gori, on 12 August, has presented its
    report" dates the looking, not the presenting."""
    if verb.i < span.end:
        return None
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for rel in (t for t in subj.subtree if t.dep_ == "relcl"):
            last = max(t.i for t in rel.subtree)
            if last < span.start and all(t.is_punct for t in doc[last + 1 : span.start - 1]):
                return rel
    return None


def _clause_before(doc: Doc, span: Span, cue: Token) -> Token | None:
    """The verb of the clause a time phrase ends, when a comma parts it from a speech
    verb that comes after it."""
    if not any(t.text == "," for t in doc[span.end : cue.i]):
        return None
    sent_start = span.sent.start
    verbs = [t for t in doc[sent_start : span.start] if t.pos_ == "VERB"]
    return verbs[-1] if verbs else None


def to_timeref(t: Timex) -> TimeRef:
    return TimeRef(
        start=t.start,
        end=t.end,
        text=t.text,
        kind=t.kind,
        begin=t.begin.isoformat() if t.begin else None,
        end_date=t.end_date.isoformat() if t.end_date else None,
        granularity=t.granularity,
        weekday=t.weekday,
        explicit=t.explicit,
    )
