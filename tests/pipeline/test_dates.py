"""The date component: time phrases resolved against the publication date set on the Doc."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from retold.facts.timex import Timex
from retold.pipeline.dates import DateResolver, to_timeref
from retold.records import TimeRef

from . import VOCAB_NLP, parsed

# Thursday.
PUBLISHED = date(2024, 3, 14)

BROKE_ON_TUESDAY = (
    "The dam broke on Tuesday.",
    """
    The      1 det   DET   DT  the     O
    dam      2 nsubj NOUN  NN  dam     O
    broke    2 ROOT  VERB  VBD break   O
    on       2 prep  ADP   IN  on      O
    Tuesday  3 pobj  PROPN NNP Tuesday B-DATE
    .        2 punct PUNCT .   .       O
    """,
)


def _words_doc(words: list[str], spaces: list[bool], published: date | None) -> Doc:
    """A Doc with words only: the resolver reads the text, not the parse."""
    starts: list[bool | int | None] = [True]
    starts += [False] * (len(words) - 1)
    doc = Doc(VOCAB_NLP.vocab, words=words, spaces=spaces, sent_starts=starts)
    doc._.retold_published = published
    return doc


def _resolver() -> DateResolver:
    return DateResolver(VOCAB_NLP, spans_key="test_dates")


def _times(doc: Doc) -> list[TimeRef]:
    _resolver()(doc)
    return list(doc._.retold_times)


def test_dates_weekday_resolves_against_publication_date() -> None:
    doc = _words_doc(
        ["The", "dam", "broke", "on", "Tuesday", "."], [True] * 4 + [False] * 2, PUBLISHED
    )
    [t] = _times(doc)
    assert (t.text, t.kind, t.begin, t.end_date, t.granularity) == (
        "Tuesday",
        "weekday",
        "2024-03-12",
        "2024-03-12",
        "day",
    )
    assert (t.weekday, t.explicit) == (1, False)


@pytest.mark.parametrize("published", [PUBLISHED, date(2019, 1, 1), None])
def test_dates_explicit_date_ignores_publication_date(published: date | None) -> None:
    doc = _words_doc(
        ["It", "broke", "on", "12", "March", "2024", "."], [True] * 5 + [False] * 2, published
    )
    [t] = _times(doc)
    assert (t.text, t.begin, t.explicit) == ("12 March 2024", "2024-03-12", True)


def test_dates_without_publication_date_resolve_against_today() -> None:
    doc = _words_doc(["It", "broke", "yesterday", "."], [True, True, False, False], None)
    [t] = _times(doc)
    assert t.begin == (date.today() - timedelta(days=1)).isoformat()


def test_dates_week_is_an_interval() -> None:
    doc = _words_doc(
        ["Talks", "ended", "last", "week", "."], [True, True, True, False, False], PUBLISHED
    )
    [t] = _times(doc)
    assert (t.begin, t.end_date, t.granularity) == ("2024-03-04", "2024-03-10", "week")


def test_dates_offsets_index_the_text() -> None:
    doc = _words_doc(
        ["Talks", "resumed", "in", "May", "and", "ended", "last", "week", "."],
        [True] * 7 + [False] * 2,
        PUBLISHED,
    )
    for t in _times(doc):
        assert doc.text[t.start : t.end] == t.text


def test_dates_call_writes_spans_labelled_by_kind() -> None:
    doc = _words_doc(
        ["The", "dam", "broke", "on", "Tuesday", "."], [True] * 4 + [False] * 2, PUBLISHED
    )
    _resolver()(doc)
    assert [(s.text, s.label_) for s in doc.spans["test_dates"]] == [("Tuesday", "weekday")]


def test_dates_anchor_is_the_verb_the_phrase_dates() -> None:
    doc = parsed(*BROKE_ON_TUESDAY)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor == "break"


ERUPTION_STRUCK = (
    "The eruption struck on Sunday.",
    """
    The       1 det   DET   DT  the      O
    eruption  2 nsubj NOUN  NN  eruption O
    struck    2 ROOT  VERB  VBD strike   O
    on        2 prep  ADP   IN  on       O
    Sunday    3 pobj  PROPN NNP Sunday   B-DATE
    .         2 punct PUNCT .   .        O
    """,
)


def test_dates_a_verb_of_happening_dates_the_noun_that_happened() -> None:
    doc = parsed(*ERUPTION_STRUCK)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor == "eruption"


# A word that only says something bad happened, and the "when" clause that says what.
ORDEAL_ENDED = (
    "The ordeal ended on Sunday, when they were freed.",
    """
    The       1 det       DET   DT  the     O
    ordeal    2 nsubj     NOUN  NN  ordeal  O
    ended     2 ROOT      VERB  VBD end     O
    on        2 prep      ADP   IN  on      O
    Sunday    3 pobj      PROPN NNP Sunday  B-DATE
    ,         4 punct     PUNCT ,   ,       O
    when      9 advmod    SCONJ WRB when    O
    they      9 nsubjpass PRON  PRP they    O
    were      9 auxpass   AUX   VBD be      O
    freed     4 relcl     VERB  VBN free    O
    .         2 punct     PUNCT .   .       O
    """,
)
DISASTER_BEGAN = (
    "The disaster began on Sunday.",
    """
    The       1 det   DET   DT  the      O
    disaster  2 nsubj NOUN  NN  disaster O
    began     2 ROOT  VERB  VBD begin    O
    on        2 prep  ADP   IN  on       O
    Sunday    3 pobj  PROPN NNP Sunday   B-DATE
    .         2 punct PUNCT .   .        O
    """,
)


@pytest.mark.parametrize(("example", "anchor"), [(ORDEAL_ENDED, "free"), (DISASTER_BEGAN, "begin")])
def test_dates_a_word_for_any_misfortune_is_dated_by_what_happened(
    example: tuple[str, str], anchor: str
) -> None:
    doc = parsed(*example)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor == anchor


def test_dates_no_time_phrase_gives_empty_list() -> None:
    doc = _words_doc(["The", "dam", "held", "."], [True, True, False, False], PUBLISHED)
    assert _times(doc) == []
    assert list(doc.spans["test_dates"]) == []


def test_dates_to_timeref_keeps_every_field() -> None:
    timex = Timex(
        start=3,
        end=10,
        text="Tuesday",
        kind="weekday",
        begin=date(2024, 3, 12),
        end_date=date(2024, 3, 12),
        granularity="day",
        weekday=1,
        explicit=False,
    )
    ref = to_timeref(timex)
    assert (ref.start, ref.end, ref.text, ref.kind) == (3, 10, "Tuesday", "weekday")
    assert (ref.begin, ref.end_date, ref.granularity, ref.weekday, ref.explicit) == (
        "2024-03-12",
        "2024-03-12",
        "day",
        1,
        False,
    )


@pytest.mark.slow
def test_dates_model_relative_day_in_attribution(nlp: Language) -> None:
    doc = nlp.make_doc("The engineer said on Tuesday that the spillway was blocked.")
    doc._.retold_published = PUBLISHED
    doc = nlp(doc)
    [att] = doc._.retold_attributions
    assert att.time is not None
    assert (att.time.text, att.time.begin) == ("Tuesday", "2024-03-12")


# The parse hangs "on Saturday" on "said"; the comma and the new subject say otherwise.
KILLED_SATURDAY_SAID_SUNDAY = (
    "Twelve died when the roof fell late on Saturday, officials said on Sunday.",
    """
    Twelve     1 nsubj  NUM   CD  twelve   B-CARDINAL
    died      11 ccomp  VERB  VBD die      O
    when       5 advmod SCONJ WRB when     O
    the        4 det    DET   DT  the      O
    roof       5 nsubj  NOUN  NN  roof     O
    fell       1 advcl  VERB  VBD fall     O
    late       5 advmod ADV   RB  late     B-TIME
    on        11 prep   ADP   IN  on       O
    Saturday   7 pobj   PROPN NNP Saturday B-DATE
    ,         11 punct  PUNCT ,   ,        O
    officials 11 nsubj  NOUN  NNS official O
    said      11 ROOT   VERB  VBD say      O
    on        11 prep   ADP   IN  on       O
    Sunday    12 pobj   PROPN NNP Sunday   B-DATE
    .         11 punct  PUNCT .   .        O
    """,
)


def test_dates_time_before_a_comma_and_a_speech_verb_dates_its_own_clause() -> None:
    doc = parsed(*KILLED_SATURDAY_SAID_SUNDAY)
    doc._.retold_published = PUBLISHED
    anchors = {t.text: t.anchor for t in _times(doc)}
    assert anchors["Sunday"] == "say"
    assert anchors["Saturday"] != "say"


# "Monday's quake": the day dates the quake, not the rise of the toll.
TOLL_FROM_MONDAYS_QUAKE = (
    "The toll from Monday's quake rose to 73 on Wednesday.",
    """
    The         1 det       DET   DT  the        O
    toll        6 nsubj     NOUN  NN  toll       O
    from        1 prep      ADP   IN  from       O
    Monday      5 poss      PROPN NNP Monday     B-DATE
    's          3 case      PART  POS 's         O
    quake       2 pobj      NOUN  NN  quake      O
    rose        6 ROOT      VERB  VBD rise       O
    to          6 prep      ADP   IN  to         O
    73          7 pobj      NUM   CD  73         B-CARDINAL
    on          6 prep      ADP   IN  on         O
    Wednesday   9 pobj      PROPN NNP Wednesday  B-DATE
    .           6 punct     PUNCT .   .          O
    """,
)


def test_dates_a_possessive_day_dates_its_noun() -> None:
    doc = parsed(*TOLL_FROM_MONDAYS_QUAKE)
    doc._.retold_published = PUBLISHED
    anchors = {t.text: t.anchor for t in _times(doc)}
    assert anchors == {"Monday": "quake", "Wednesday": "rise"}


TRUCE_UNTIL_FRIDAY = (
    "The army declared a truce until Friday.",
    """
    The         1 det       DET   DT  the        O
    army        2 nsubj     NOUN  NN  army       O
    declared    2 ROOT      VERB  VBD declare    O
    a           4 det       DET   DT  a          O
    truce       2 dobj      NOUN  NN  truce      O
    until       2 prep      ADP   IN  until      O
    Friday      5 pobj      PROPN NNP Friday     B-DATE
    .           2 punct     PUNCT .   .          O
    """,
)


def test_dates_a_day_something_lasts_until_dates_no_happening() -> None:
    doc = parsed(*TRUCE_UNTIL_FRIDAY)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor is None


# "a day before the store was hit" dates the striking, not the hit it counts from.
DAY_BEFORE_THE_HIT = (
    "Only a day before the store was hit, missiles had struck the house.",
    """
    Only      2 advmod    ADV   RB  only      O
    a         2 det       DET   DT  a         B-DATE
    day       3 npadvmod  NOUN  NN  day       I-DATE
    before    7 mark      SCONJ IN  before    O
    the       5 det       DET   DT  the       O
    store     7 nsubjpass NOUN  NN  store     O
    was       7 auxpass   AUX   VBD be        O
    hit      11 advcl     VERB  VBN hit       O
    ,        11 punct     PUNCT ,   ,         O
    missiles 11 nsubj     NOUN  NNS missile   O
    had      11 aux       AUX   VBD have      O
    struck   11 ROOT      VERB  VBN strike    O
    the      13 det       DET   DT  the       O
    house    11 dobj      NOUN  NN  house     O
    .        11 punct     PUNCT .   .         O
    """,
)


def test_dates_a_day_counted_from_an_event_dates_the_clause_it_is_told_of() -> None:
    doc = parsed(*DAY_BEFORE_THE_HIT)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert (t.text, t.anchor) == ("a day before the store", "strike")


# A cleft: "not until" dates when the thing came at last, not when something ended.
NOT_UNTIL_FRIDAY = (
    "It was not until Friday that the minister went on television.",
    """
    It         1 nsubj    PRON  PRP it         O
    was        1 ROOT     AUX   VBD be         O
    not        1 neg      PART  RB  not        O
    until      1 prep     ADP   IN  until      O
    Friday     3 pobj     PROPN NNP Friday     B-DATE
    that       8 mark     SCONJ IN  that       O
    the        7 det      DET   DT  the        O
    minister   8 nsubj    NOUN  NN  minister   O
    went       1 ccomp    VERB  VBD go         O
    on         8 prep     ADP   IN  on         O
    television 9 pobj     NOUN  NN  television O
    .          1 punct    PUNCT .   .          O
    """,
)


def test_dates_not_until_dates_the_cleft_clause() -> None:
    doc = parsed(*NOT_UNTIL_FRIDAY)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor == "go"


# The parse hangs the day on the main verb; it closes the subject's relative clause.
RELATIVE_THEN_DAY = (
    "The mission that looked into the death, on 12 August, has presented its report.",
    """
    The        1 det      DET   DT  the        O
    mission   13 nsubj    NOUN  NN  mission    O
    that       3 nsubj    PRON  WDT that       O
    looked     1 relcl    VERB  VBD look       O
    into       3 prep     ADP   IN  into       O
    the        6 det      DET   DT  the        O
    death      4 pobj     NOUN  NN  death      O
    ,         13 punct    PUNCT ,   ,          O
    on        13 prep     ADP   IN  on         O
    12        10 nummod   NUM   CD  12         B-DATE
    August     8 pobj     PROPN NNP August     I-DATE
    ,         13 punct    PUNCT ,   ,          O
    has       13 aux      AUX   VBZ have       O
    presented 13 ROOT     VERB  VBN present    O
    its       15 poss     PRON  PRP$ its       O
    report    13 dobj     NOUN  NN  report     O
    .         13 punct    PUNCT .   .          O
    """,
)


def test_dates_a_day_closing_the_subjects_relative_clause_dates_that_clause() -> None:
    doc = parsed(*RELATIVE_THEN_DAY)
    doc._.retold_published = PUBLISHED
    [t] = _times(doc)
    assert t.anchor == "look"
