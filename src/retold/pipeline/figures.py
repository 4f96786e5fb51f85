"""Pipeline component: figures, with their bounds, what they count and what happened.

"up to 100 civilians killed" becomes a figure with interval [0, 100], counting
*civilian* (class person) under the predicate *kill* (class death), so that two
reports of the same toll can be compared slot by slot.
"""

from __future__ import annotations

import math

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..facts.numbers import find_quantities
from ..records import Figure, TimeRef
from .extensions import SPANS_KEYS

__all__ = ["FigureFinder", "make_figure_finder", "counted_class", "predicate_class"]

_PERSON_NOUNS = frozenset(
    """
    people person persons civilian civilians child children woman women man men resident residents
    inhabitant inhabitants soldier soldiers fighter fighters militant militants worker workers
    diplomat diplomats victim victims life lives refugee refugees migrant migrants patient
    patients student students passenger passengers citizen citizens member members journalist
    journalists prisoner prisoners detainee detainees body bodies individual individuals adult
    adults infant infants baby babies teenager teenagers villager villagers protester protesters
    troops troop officer officers policeman policemen personnel staff employee employees
    survivor survivors pilgrim pilgrims family families dead
    """.split()
)
_REPORT_NOUNS = frozenset("report allegation claim complaint incident assessment".split())
_STRUCTURE_NOUNS = frozenset(
    "home house building structure school hospital mosque church apartment dwelling shop property "
    "business bridge vehicle car".split()
)
_DURATION_NOUNS = frozenset("second minute hour day week month year decade".split())
_EVENT_NOUNS = frozenset(
    "strike airstrike raid attack engagement sortie shell rocket missile bomb explosion "
    "shelling flight mission operation".split()
)
_CASE_NOUNS = frozenset("case infection".split())

_PREDICATES = {
    "death": frozenset(
        "kill die dead death perish fatality toll slay murder execute lose claim take cost "
        "fatal drown".split()
    ),
    "injury": frozenset("injure wound hurt injury injured wounded maim".split()),
    "casualty": frozenset("casualty casualties".split()),
    "missing": frozenset("missing unaccounted disappear".split()),
    "damage": frozenset("damage destroy raze burn collapse flatten demolish".split()),
    "displacement": frozenset("displace flee evacuate uproot homeless relocate shelter".split()),
    "detention": frozenset("detain arrest capture imprison hold jail abduct kidnap".split()),
    "infection": frozenset("infect sicken contract test".split()),
    "expulsion": frozenset("expel deport".split()),
}
# Verbs that take a life only with 'lives' as object: "claimed 200 lives".
_LIFE_VERBS = frozenset({"claim", "take", "cost", "lose"})
_CONTAINER_NOUNS = frozenset(
    {"total", "number", "toll", "count", "figure", "tally", "sum", "estimate"}
)


@Language.factory(
    "retold_figures",
    requires=["doc._.retold_times"],
    assigns=["doc._.retold_figures"],
    default_config={"spans_key": SPANS_KEYS["figures"]},
)
def make_figure_finder(nlp: Language, name: str, spans_key: str) -> FigureFinder:
    return FigureFinder(nlp, name, spans_key=spans_key)


class FigureFinder:
    """Find figures sentence by sentence; dates and times are not figures."""

    def __init__(self, nlp: Language, name: str = "retold_figures", *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Figure]:
        times: list[TimeRef] = doc._.retold_times or []
        figures: list[Figure] = []
        for sent in doc.sents:
            s0 = sent.start_char
            exclude = [
                (t.start - s0, t.end - s0) for t in times if t.start < sent.end_char and t.end > s0
            ]
            for q in find_quantities(sent.text, exclude=exclude):
                if q.kind == "ordinal":
                    continue
                span = doc.char_span(
                    s0 + q.number_start, s0 + q.number_end, alignment_mode="expand"
                )
                if span is None:
                    continue
                num = span[-1]
                if _is_label(span, q.qualifier):
                    continue
                counted_tok = _counted_token(num)
                counted = counted_tok.lemma_.lower() if counted_tok is not None else None
                counted_text = _counted_text(counted_tok) if counted_tok is not None else None
                pred_tok = _predicate_token(num, counted_tok)
                predicate = pred_tok.lemma_.lower() if pred_tok is not None else None
                p_class = predicate_class(predicate, counted)
                c_class = counted_class(counted, q.kind)
                if c_class is None and p_class in (
                    "death",
                    "injury",
                    "missing",
                    "detention",
                    "displacement",
                ):
                    c_class = "person"
                figures.append(
                    Figure(
                        start=s0 + q.start,
                        end=s0 + q.end,
                        text=q.text,
                        value=q.value,
                        low=_finite(q.interval.low),
                        high=_finite(q.interval.high),
                        low_open=q.interval.low_open,
                        high_open=q.interval.high_open,
                        qualifier=q.qualifier,
                        kind=q.kind,
                        counted=counted,
                        counted_text=counted_text,
                        counted_class=c_class,
                        predicate=predicate,
                        predicate_class=p_class,
                        sentence=(sent.start_char, sent.end_char),
                    )
                )
        return figures

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        doc._.retold_figures = figures
        spans = []
        for f in figures:
            span = doc.char_span(
                f.start, f.end, label=f.counted_class or f.kind, alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans


def _is_label(span: Span, qualifier: str | None) -> bool:
    """A number that names rather than counts: "Camp 7", "Tailings Pond 3", "Zarin-2"."""
    if qualifier is not None or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    num = span[-1]
    named = prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN") and not prev.is_sent_start
    counts = num.dep_ == "nummod" and num.head.i > num.i
    return named and not counts and len(span) == 1 and num.like_num and "," not in num.text


def _finite(x: float | None) -> float | None:
    if x is None or math.isinf(x):
        return None
    return x


def counted_class(lemma: str | None, kind: str = "cardinal") -> str | None:
    if kind == "percent":
        return "percentage"
    if kind == "money":
        return "money"
    if lemma is None:
        return None
    if lemma in _PERSON_NOUNS or lemma in ("death", "fatality", "casualty", "toll"):
        return "person"
    if lemma in _REPORT_NOUNS:
        return "report"
    if lemma in _STRUCTURE_NOUNS:
        return "structure"
    if lemma in _DURATION_NOUNS:
        return "duration"
    if lemma in _EVENT_NOUNS:
        return "event"
    if lemma in _CASE_NOUNS:
        return "case"
    return "object"


def predicate_class(predicate: str | None, counted: str | None) -> str | None:
    for word in (counted, predicate):
        if word is None:
            continue
        if word in ("death", "fatality", "dead", "toll"):
            return "death"
        if word in ("casualty",):
            return "casualty"
    if predicate is None:
        return None
    if predicate in _LIFE_VERBS:
        return "death" if counted in ("life", "lives") else None
    for cls, words in _PREDICATES.items():
        if predicate in words:
            return cls
    return None


def _counted_token(num: Token) -> Token | None:
    """The noun a number counts, through 'a total of N people' and 'the number of X was N'."""
    head = num.head
    if num.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
    ):
        if head.lemma_.lower() in _CONTAINER_NOUNS:
            return _of_object(head) or head
        if head.lemma_.lower() in ("of",):
            return None
        return head
    # "N of them", "a total of N"
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head if head.head.lemma_.lower() not in _CONTAINER_NOUNS else None
    # "the total number of reports ... was 396" / "the toll rose to 111"
    verb = head
    if num.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
    if num.dep_ in ("attr", "pobj", "dobj", "npadvmod", "appos", "conj") or verb is not head:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i != num.i:
            if subj.lemma_.lower() in _CONTAINER_NOUNS:
                return _of_object(subj) or subj
            if num.dep_ == "attr":
                return subj
    # "killed 34 people" where the model attaches the noun after the number
    nxt = num.i + 1
    if nxt < len(num.doc) and num.doc[nxt].pos_ == "NOUN" and num.doc[nxt].head.i == num.i:
        return num.doc[nxt]
    return None


def _of_object(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _counted_text(tok: Token) -> str:
    left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "NUM"]
    start = min([tok.i] + [c.i for c in left])
    end = tok.i + 1
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and tok.lemma_.lower() in _REPORT_NOUNS | _CASE_NOUNS:
        end = max(t.i for t in of.subtree) + 1
    return tok.doc[start:end].text


def _predicate_token(num: Token, counted: Token | None) -> Token | None:
    """The event that happened to what is counted: 'killed', 'destroyed', 'unaccounted for'."""
    anchor = counted if counted is not None else num
    # a noun that is itself the event: "deaths", "casualties"
    if counted is not None and predicate_class(None, counted.lemma_.lower()) is not None:
        return counted
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl") and child.pos_ in ("VERB", "ADJ"):
            if predicate_class(child.lemma_.lower(), None) is not None or child.dep_ == "acl":
                return child
    # "civilian lives" / "civilian casualties": a modifier carries the event
    for child in anchor.children:
        if predicate_class(None, child.lemma_.lower()) is not None:
            return child
    tok = anchor
    for _ in range(4):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX", "ADJ") and tok.lemma_.lower() not in ("be", "have"):
            return tok
        if tok.pos_ == "NOUN" and predicate_class(None, tok.lemma_.lower()) is not None:
            return tok
    # "N people remain unaccounted for": an adjective complement of the governing verb
    if tok.pos_ in ("VERB", "AUX"):
        for child in tok.children:
            if child.dep_ in ("acomp", "oprd") and predicate_class(child.lemma_.lower(), None):
                return child
    return None
