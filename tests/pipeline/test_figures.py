"""The figure component on hand-parsed Docs: bounds, what is counted, what happened to it."""

from __future__ import annotations

import signal

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from retold.pipeline.figures import (
    SEVERE,
    FigureFinder,
    _attacker,
    _has_own_figure,
    _how_long,
    _nationality,
    counted_class,
    predicate_class,
)
from retold.records import Figure, PlaceMention, TimeRef

from . import VOCAB_NLP, analysed, parsed

UP_TO = (
    "Up to 100 civilians were killed in the raid.",
    """
    Up         2 quantmod  ADP   IN  up       B-CARDINAL
    to         2 quantmod  PART  TO  to       I-CARDINAL
    100        3 nummod    NUM   CD  100      I-CARDINAL
    civilians  5 nsubjpass NOUN  NNS civilian O
    were       5 auxpass   AUX   VBD be       O
    killed     5 ROOT      VERB  VBN kill     O
    in         5 prep      ADP   IN  in       O
    the        8 det       DET   DT  the      O
    raid       6 pobj      NOUN  NN  raid     O
    .          5 punct     PUNCT .   .        O
    """,
)

MORE_THAN = (
    "More than 200 people died.",
    """
    More       2 amod      ADJ   JJR more   B-CARDINAL
    than       2 quantmod  ADP   IN  than   I-CARDINAL
    200        3 nummod    NUM   CD  200    I-CARDINAL
    people     4 nsubj     NOUN  NNS people O
    died       4 ROOT      VERB  VBD die    O
    .          4 punct     PUNCT .   .      O
    """,
)

TWO_CLAUSES = (
    "The fire destroyed 2,207 homes and 34 people were injured.",
    """
    The        1 det       DET   DT  the     O
    fire       2 nsubj     NOUN  NN  fire    O
    destroyed  2 ROOT      VERB  VBD destroy O
    2,207      4 nummod    NUM   CD  2,207   B-CARDINAL
    homes      2 dobj      NOUN  NNS home    O
    and        2 cc        CCONJ CC  and     O
    34         7 nummod    NUM   CD  34      B-CARDINAL
    people     9 nsubjpass NOUN  NNS people  O
    were       9 auxpass   AUX   VBD be      O
    injured    2 conj      VERB  VBN injure  O
    .          2 punct     PUNCT .   .       O
    """,
)

REPORTS = (
    "The office received 396 reports.",
    """
    The        1 det       DET   DT  the     O
    office     2 nsubj     NOUN  NN  office  O
    received   2 ROOT      VERB  VBD receive O
    396        4 nummod    NUM   CD  396     B-CARDINAL
    reports    2 dobj      NOUN  NNS report  O
    .          2 punct     PUNCT .   .       O
    """,
)

LIVES = (
    "The storm claimed 200 lives.",
    """
    The        1 det       DET   DT  the    O
    storm      2 nsubj     NOUN  NN  storm  O
    claimed    2 ROOT      VERB  VBD claim  O
    200        4 nummod    NUM   CD  200    B-CARDINAL
    lives      2 dobj      NOUN  NNS life   O
    .          2 punct     PUNCT .   .      O
    """,
)

PERCENT = (
    "Prices rose by 12 percent.",
    """
    Prices     1 nsubj     NOUN  NNS price   O
    rose       1 ROOT      VERB  VBD rise    O
    by         1 prep      ADP   IN  by      O
    12         4 nummod    NUM   CD  12      B-PERCENT
    percent    2 pobj      NOUN  NN  percent I-PERCENT
    .          1 punct     PUNCT .   .       O
    """,
)

ORDINAL = (
    "It was the third strike.",
    """
    It         1 nsubj     PRON  PRP it     O
    was        1 ROOT      AUX   VBD be     O
    the        4 det       DET   DT  the    O
    third      4 amod      ADJ   JJ  third  B-ORDINAL
    strike     1 attr      NOUN  NN  strike O
    .          1 punct     PUNCT .   .      O
    """,
)

DURATION = (
    "Over 3 days, 40 people were evacuated.",
    """
    Over       1 quantmod  ADP   IN  over     O
    3          2 nummod    NUM   CD  3        B-DATE
    days       7 npadvmod  NOUN  NNS day      I-DATE
    ,          7 punct     PUNCT ,   ,        O
    40         5 nummod    NUM   CD  40       B-CARDINAL
    people     7 nsubjpass NOUN  NNS people   O
    were       7 auxpass   AUX   VBD be       O
    evacuated  7 ROOT      VERB  VBN evacuate O
    .          7 punct     PUNCT .   .        O
    """,
)


def _doc(example: tuple[str, str], times: list[TimeRef] | None = None) -> Doc:
    doc = parsed(*example)
    doc._.retold_times = times or []
    return doc


def _figures(example: tuple[str, str], times: list[TimeRef] | None = None) -> list[Figure]:
    return FigureFinder(VOCAB_NLP, spans_key="test_figures").match(_doc(example, times))


def _slots(f: Figure) -> tuple[str | None, str | None, str | None, str | None]:
    return f.counted, f.counted_class, f.predicate, f.predicate_class


def test_figures_up_to_is_an_interval_from_zero() -> None:
    [f] = _figures(UP_TO)
    assert (f.text, f.value, f.low, f.high, f.qualifier) == (
        "Up to 100",
        100.0,
        0.0,
        100.0,
        "up to",
    )
    assert not (f.low_open or f.high_open)


def test_figures_up_to_counts_killed_civilians() -> None:
    [f] = _figures(UP_TO)
    assert _slots(f) == ("civilian", "person", "kill", "death")
    assert f.counted_text == "civilians"


def test_figures_more_than_is_open_above() -> None:
    [f] = _figures(MORE_THAN)
    assert (f.low, f.low_open, f.high) == (200.0, True, None)
    assert _slots(f) == ("people", "person", "die", "death")


def test_figures_each_clause_keeps_its_own_slots() -> None:
    homes, people = _figures(TWO_CLAUSES)
    assert (homes.text, *_slots(homes)) == ("2,207", "home", "structure", "destroy", "destruction")
    assert (people.text, *_slots(people)) == ("34", "people", "person", "injure", "injury")


def test_figures_reports_are_not_people() -> None:
    [f] = _figures(REPORTS)
    assert (f.value, f.counted_class) == (396.0, "report")
    assert f.predicate_class is None


def test_figures_claimed_lives_are_deaths() -> None:
    [f] = _figures(LIVES)
    assert (f.counted_class, f.predicate, f.predicate_class) == ("person", "claim", "death")


def test_figures_percent_is_a_percentage() -> None:
    [f] = _figures(PERCENT)
    assert (f.text, f.kind, f.counted_class) == ("12 percent", "percent", "percentage")


def test_figures_ordinals_are_not_figures() -> None:
    assert _figures(ORDINAL) == []


def test_figures_skip_numbers_inside_time_phrases() -> None:
    text = DURATION[0]
    start = text.index("3 days")
    duration = TimeRef(start, start + 6, "3 days", "duration", None, None, "day")
    assert [f.text for f in _figures(DURATION, [duration])] == ["40"]


def test_figures_without_time_phrases_number_in_duration_is_seen() -> None:
    # The counterpart of the test above: the exclusion, not the number reader, drops it.
    assert "40" in [f.text for f in _figures(DURATION)]
    assert len(_figures(DURATION)) == 2


def test_figures_offsets_and_sentence_index_the_text() -> None:
    doc = _doc(TWO_CLAUSES)
    for f in FigureFinder(VOCAB_NLP, spans_key="test_figures").match(doc):
        assert doc.text[f.start : f.end] == f.text
        assert f.sentence == (0, len(doc.text))


def test_figures_call_sets_extension_and_spans() -> None:
    doc = _doc(TWO_CLAUSES)
    FigureFinder(VOCAB_NLP, spans_key="test_figures")(doc)
    assert [f.text for f in doc._.retold_figures] == ["2,207", "34"]
    assert [(s.text, s.label_) for s in doc.spans["test_figures"]] == [
        ("2,207", "structure"),
        ("34", "person"),
    ]


@pytest.mark.parametrize(
    ("lemma", "kind", "expected"),
    [
        ("civilian", "cardinal", "person"),
        ("fatality", "cardinal", "person"),
        # "interviewed more than 200 witnesses": people, as "200 people" counts them
        ("witness", "cardinal", "person"),
        # those out in the mountains: "25 holidaymakers" are the "25 visitors"
        ("holidaymaker", "cardinal", "person"),
        ("trekker", "cardinal", "person"),
        # "80,000 hospital admissions": the people taken in
        ("admission", "cardinal", "person"),
        ("report", "cardinal", "report"),
        ("home", "cardinal", "structure"),
        ("hour", "cardinal", "duration"),
        ("airstrike", "cardinal", "event"),
        ("infection", "cardinal", "case"),
        ("tonne", "cardinal", "object"),
        (None, "cardinal", None),
        ("people", "percent", "percentage"),
        (None, "money", "money"),
    ],
)
def test_figures_counted_class(lemma: str | None, kind: str, expected: str | None) -> None:
    assert counted_class(lemma, kind) == expected


@pytest.mark.parametrize(
    ("predicate", "counted", "expected"),
    [
        ("kill", "civilian", "death"),
        ("wound", "soldier", "injury"),
        ("destroy", "home", "destruction"),
        ("damage", "home", "damage"),
        ("evacuate", "resident", "displacement"),
        ("arrest", "protester", "detention"),
        ("strand", "child", "stranded"),  # cut off, not harmed
        ("claim", "life", "death"),
        ("claim", "responsibility", None),
        ("rise", "toll", "death"),
        ("report", "casualty", "casualty"),
        ("record", "admission", "injury"),  # taken into hospital, as "hospitalised"
        ("receive", "report", None),
        (None, None, None),
    ],
)
def test_figures_predicate_class(
    predicate: str | None, counted: str | None, expected: str | None
) -> None:
    assert predicate_class(predicate, counted) == expected


@pytest.mark.slow
def test_figures_model_up_to_killed(nlp: Language) -> None:
    doc = nlp("Officials said up to 100 civilians were killed in the raid on Sunday.")
    [f] = doc._.retold_figures
    assert (f.low, f.high, f.counted_class, f.predicate_class) == (0.0, 100.0, "person", "death")


@pytest.mark.slow
def test_figures_carry_the_nearest_time_phrase_of_their_sentence(nlp: Language) -> None:
    text = (
        "On 4 May at least 12 workers were hurt at the depot, the union said on Friday. "
        "Since January, 300 families have left the valley."
    )
    doc = nlp(text)
    figures = {f.text: f for f in doc._.retold_figures}
    assert figures["at least 12"].time is not None
    assert figures["at least 12"].time.text == "4 May"
    assert figures["300"].time is not None and figures["300"].time.text == "Since January"


@pytest.mark.slow
def test_figures_a_place_some_of_them_were_taken_to_is_not_where_they_were_hurt(
    nlp: Language,
) -> None:
    doc = nlp("More than 350 people were wounded, many of them driven to hospitals in Hyderabad.")
    [f] = [f for f in doc._.retold_figures if f.text == "More than 350"]
    assert f.place is None
    doc = nlp(
        "More than 500 people, most of them women and children, were brought to medical "
        "centres in Douma."
    )
    [f] = doc._.retold_figures
    assert f.place == "Dūmā"


@pytest.mark.slow
def test_figures_a_gathering_is_where_things_were_said_only_beside_saying(nlp: Language) -> None:
    doc = nlp("The candidate was killed along with about 20 others at a meeting in Peshawar.")
    [f] = doc._.retold_figures
    assert f.place == "Peshawar"
    doc = nlp("The minister told a meeting in Geneva that 123,000 people had crossed.")
    [f] = doc._.retold_figures
    assert f.place is None


def test_figures_stored_before_time_windows_read_without_one() -> None:
    old = {
        "start": 0, "end": 2, "text": "12", "value": 12.0, "low": 12.0, "high": 12.0,
        "low_open": False, "high_open": False, "qualifier": None, "kind": "cardinal",
        "sentence": [0, 10],
    }  # fmt: skip
    figure = Figure.from_dict(old)
    assert figure.time is None
    assert Figure.from_dict(figure.to_dict()) == figure


# Scope: where, by whom, and which part of a toll.

QUARTER = (
    "Over 1,300 people died, a quarter of them children.",
    """
    Over       1 quantmod  ADP   IN  over     O
    1,300      2 nummod    NUM   CD  1,300    B-CARDINAL
    people     3 nsubj     NOUN  NNS people   O
    died       3 ROOT      VERB  VBD die      O
    ,          3 punct     PUNCT ,   ,        O
    a          6 det       DET   DT  a        B-CARDINAL
    quarter    3 npadvmod  NOUN  NN  quarter  I-CARDINAL
    of         6 prep      ADP   IN  of       O
    them       7 pobj      PRON  PRP they     O
    children   6 appos     NOUN  NNS child    O
    .          3 punct     PUNCT .   .        O
    """,
)

VICTIMS_WERE = (
    "Of 51 dead, 34 of the victims were children.",
    """
    Of         8 prep      ADP   IN  of       O
    51         2 nummod    NUM   CD  51       B-CARDINAL
    dead       0 pobj      NOUN  NN  dead     O
    ,          8 punct     PUNCT ,   ,        O
    34         8 nsubj     NUM   CD  34       B-CARDINAL
    of         4 prep      ADP   IN  of       O
    the        7 det       DET   DT  the      O
    victims    5 pobj      NOUN  NNS victim   O
    were       8 ROOT      AUX   VBD be       O
    children   8 attr      NOUN  NNS child    O
    .          8 punct     PUNCT .   .        O
    """,
)

BY_STRIKES = (
    "12 civilians were killed by coalition strikes.",
    """
    12         1 nummod    NUM   CD  12        B-CARDINAL
    civilians  3 nsubjpass NOUN  NNS civilian  O
    were       3 auxpass   AUX   VBD be        O
    killed     3 ROOT      VERB  VBN kill      O
    by         3 agent     ADP   IN  by        O
    coalition  6 compound  NOUN  NN  coalition O
    strikes    4 pobj      NOUN  NNS strike    O
    .          3 punct     PUNCT .   .         O
    """,
)


def test_figures_scope_agent_of_a_passive_is_its_by_phrase() -> None:
    [f] = _figures(BY_STRIKES)
    assert f.agent == "coalition strikes"


def test_figures_scope_agent_of_an_active_verb_is_its_subject_when_the_figure_is_the_object() -> (
    None
):
    fire, people = _figures(TWO_CLAUSES)
    assert fire.agent == "fire"
    assert people.agent is None  # "34 people were injured" says by what nowhere


def test_figures_scope_agent_is_the_event_a_toll_happened_in() -> None:
    [f] = _figures(UP_TO)
    assert f.agent == "raid"


def test_figures_scope_the_subject_of_an_intransitive_verb_is_not_an_agent() -> None:
    [f] = _figures(MORE_THAN)
    assert f.agent is None


def test_figures_scope_a_share_of_them_names_its_population_and_whole() -> None:
    total, share = _figures(QUARTER)
    assert total.population is None and total.part_of is None
    assert share.population == "child"
    assert share.part_of == total.start


def test_figures_scope_n_of_the_victims_were_children() -> None:
    total, part = _figures(VICTIMS_WERE)
    assert part.population == "child"
    assert part.part_of == total.start


def test_figures_scope_place_is_the_place_named_nearest_in_the_sentence() -> None:
    from retold.records import PlaceMention

    doc = _doc(TWO_CLAUSES)
    doc._.retold_places = [
        PlaceMention(start=0, end=3, text="The", name="Faraway", key="1", kind="city"),
    ]
    figures = FigureFinder(VOCAB_NLP, spans_key="test_figures").match(doc)
    assert [f.place for f in figures] == ["Faraway", "Faraway"]
    assert _figures(BY_STRIKES)[0].place is None


AGES = (
    "83 children under five died, among them a 12-year-old.",
    """
    83         1 nummod    NUM   CD  83       B-CARDINAL
    children   4 nsubj     NOUN  NNS child    O
    under      1 prep      ADP   IN  under    B-DATE
    five       2 pobj      NUM   CD  five     I-DATE
    died       4 ROOT      VERB  VBD die      O
    ,          4 punct     PUNCT ,   ,        O
    among      4 prep      ADP   IN  among    O
    them       6 pobj      PRON  PRP they     O
    a          13 det      DET   DT  a        O
    12         13 nummod   NUM   CD  12       B-DATE
    -          11 punct    PUNCT HYPH -       I-DATE
    year       13 npadvmod NOUN  NN  year     I-DATE
    -          13 punct    PUNCT HYPH -       I-DATE
    old        6 appos     ADJ   JJ  old      I-DATE
    .          4 punct     PUNCT .   .        O
    """,
)


def test_figures_ages_are_not_counts() -> None:
    assert [f.text for f in _figures(AGES)] == ["83"]


PASSIVE_KILLED_OR_WOUNDED = (
    "More than 80 people were killed or wounded.",
    """
    More       2 amod      ADJ   JJR more    B-CARDINAL
    than       2 quantmod  ADP   IN  than    I-CARDINAL
    80         3 nummod    NUM   CD  80      I-CARDINAL
    people     5 nsubjpass NOUN  NNS people  O
    were       5 auxpass   AUX   VBD be      O
    killed     5 ROOT      VERB  VBN kill    O
    or         5 cc        CCONJ CC  or      O
    wounded    5 conj      VERB  VBN wound   O
    .          5 punct     PUNCT .   .       O
    """,
)
KILLED_AND_INJURED_APART = (
    "32 people were killed and 165 injured.",
    """
    32         1 nummod    NUM   CD  32      B-CARDINAL
    people     3 nsubjpass NOUN  NNS people  O
    were       3 auxpass   AUX   VBD be      O
    killed     3 ROOT      VERB  VBN kill    O
    and        3 cc        CCONJ CC  and     O
    165        6 npadvmod  NUM   CD  165     B-CARDINAL
    injured    3 conj      VERB  VBN injure  O
    .          3 punct     PUNCT .   .       O
    """,
)


def test_figures_killed_or_wounded_together_are_casualties() -> None:
    [f] = _figures(PASSIVE_KILLED_OR_WOUNDED)
    assert f.predicate_class == "casualty"


def test_figures_killed_and_a_separate_number_injured_stay_apart() -> None:
    killed = _figures(KILLED_AND_INJURED_APART)[0]
    assert killed.predicate_class == "death"


# The parse takes the dateline for a second subject of "reached".
DATELINE_NUMBER_OF = (
    "ORVAN, May 4 - The number of people killed has reached 52.",
    """
    ORVAN      11 nsubj     PROPN NNP Orvan   B-GPE
    ,          0 punct      PUNCT ,   ,       O
    May        11 dep       PROPN NNP May     B-DATE
    4          2 nummod     NUM   CD  4       I-DATE
    -          11 punct     PUNCT :   -       O
    The        6 det        DET   DT  the     O
    number     11 nsubj     NOUN  NN  number  O
    of         6 prep       ADP   IN  of      O
    people     7 pobj       NOUN  NNS people  O
    killed     8 acl        VERB  VBN kill    O
    has        11 aux       AUX   VBZ have    O
    reached    11 ROOT      VERB  VBN reach   O
    52         11 dobj      NUM   CD  52      B-CARDINAL
    .          11 punct     PUNCT .   .       O
    """,
)


def test_figures_the_number_of_people_killed_past_a_dateline_subject() -> None:
    [f] = [f for f in _figures(DATELINE_NUMBER_OF) if f.value == 52]
    assert _slots(f) == ("people", "person", "kill", "death")


COUNTRY_SAYS = (
    "Velkor says nine of the dead were its citizens.",
    """
    Velkor     1 nsubj     PROPN NNP Velkor   B-GPE
    says       1 ROOT      VERB  VBZ say      O
    nine       6 nsubj     NUM   CD  nine     B-CARDINAL
    of         2 prep      ADP   IN  of       O
    the        5 det       DET   DT  the      O
    dead       3 pobj      NOUN  NN  dead     O
    were       1 ccomp     AUX   VBD be       O
    its        8 poss      PRON  PRP$ its     O
    citizens   6 attr      NOUN  NNS citizen  O
    .          1 punct     PUNCT .   .        O
    """,
)


def test_figures_a_country_that_speaks_is_not_where_the_figure_happened() -> None:
    from retold.records import PlaceMention

    doc = _doc(COUNTRY_SAYS)
    doc._.retold_places = [
        PlaceMention(start=0, end=6, text="Velkor", name="Velkor", key="1", kind="country"),
    ]
    [f] = FigureFinder(VOCAB_NLP, spans_key="test_figures").match(doc)
    assert f.place is None


LISTED_MISSING = (
    "Twelve people are listed as missing.",
    """
    Twelve     1 nummod    NUM   CD  twelve  B-CARDINAL
    people     3 nsubjpass NOUN  NNS people  O
    are        3 auxpass   AUX   VBP be      O
    listed     3 ROOT      VERB  VBN list    O
    as         3 prep      ADP   IN  as      O
    missing    4 pcomp     ADJ   JJ  missing O
    .          3 punct     PUNCT .   .       O
    """,
)

NUMBER_OF_INJURED = (
    "The number of injured stood at 196.",
    """
    The        1 det       DET   DT  the     O
    number     4 nsubj     NOUN  NN  number  O
    of         1 prep      ADP   IN  of      O
    injured    2 pobj      VERB  VBN injure  O
    stood      4 ROOT      VERB  VBD stand   O
    at         4 prep      ADP   IN  at      O
    196        5 pobj      NUM   CD  196     B-CARDINAL
    .          4 punct     PUNCT .   .       O
    """,
)


def test_figures_listed_as_missing_says_what_happened() -> None:
    [f] = _figures(LISTED_MISSING)
    assert (f.counted_class, f.predicate, f.predicate_class) == ("person", "missing", "missing")


def test_figures_the_number_of_injured_counts_people() -> None:
    [f] = _figures(NUMBER_OF_INJURED)
    assert (f.counted, f.counted_class, f.predicate_class) == ("injure", "person", "injury")


def test_figures_votes_and_voters_are_one_class_of_count() -> None:
    assert predicate_class("vote", "country") == "vote"
    assert predicate_class("suspend", "vote") == "vote"
    assert predicate_class("pass", "abstention") == "vote"
    assert counted_class("injure") == "person"


CITIZENS_LIST = (
    "Victims came from Iran, and citizens of Peru, Chile and Japan.",
    """
    Victims    1 nsubj     NOUN  NNS victim  O
    came       1 ROOT      VERB  VBD come    O
    from       1 prep      ADP   IN  from    O
    Iran       2 pobj      PROPN NNP Iran    B-GPE
    ,          3 punct     PUNCT ,   ,       O
    and        3 cc        CCONJ CC  and     O
    citizens   3 conj      NOUN  NNS citizen O
    of         6 prep      ADP   IN  of      O
    Peru       7 pobj      PROPN NNP Peru    B-GPE
    ,          8 punct     PUNCT ,   ,       O
    Chile      8 conj      PROPN NNP Chile   B-GPE
    and        10 cc       CCONJ CC  and     O
    Japan      10 conj     PROPN NNP Japan   B-GPE
    .          1 punct     PUNCT .   .       O
    """,
)


@pytest.mark.parametrize(("country", "nationality"), [("Iran", False), ("Peru", True),
    ("Chile", True), ("Japan", True)])  # fmt: skip
def test_figures_every_country_of_a_citizens_list_is_a_nationality(
    country: str, nationality: bool
) -> None:
    doc = parsed(*CITIZENS_LIST)
    start = doc.text.index(country)
    place = PlaceMention(
        start, start + len(country), country, country, f"text:{country}", "country"
    )
    assert _nationality(doc, place) is nationality


TOLL_REACHED = (
    "The death toll has reached 28 people.",
    """
    The        2 det       DET   DT  the     O
    death      2 compound  NOUN  NN  death   O
    toll       4 nsubj     NOUN  NN  toll    O
    has        4 aux       AUX   VBZ have    O
    reached    4 ROOT      VERB  VBN reach   O
    28         6 nummod    NUM   CD  28      B-CARDINAL
    people     4 dobj      NOUN  NNS people  O
    .          4 punct     PUNCT .   .       O
    """,
)

CROWD_OF = (
    "The band played to a crowd of 1,500.",
    """
    The        1 det       DET   DT  the     O
    band       2 nsubj     NOUN  NN  band    O
    played     2 ROOT      VERB  VBD play    O
    to         2 prep      ADP   IN  to      O
    a          5 det       DET   DT  a       O
    crowd      3 pobj      NOUN  NN  crowd   O
    of         5 prep      ADP   IN  of      O
    1,500      6 pobj      NUM   CD  1,500   B-CARDINAL
    .          2 punct     PUNCT .   .       O
    """,
)


def test_figures_a_toll_that_reaches_a_count_says_what_befell_it() -> None:
    [f] = _figures(TOLL_REACHED)
    assert (f.counted_class, f.predicate_class) == ("person", "death")


def test_figures_a_crowd_counts_people() -> None:
    [f] = _figures(CROWD_OF)
    assert (f.counted, f.counted_class) == ("crowd", "person")


HAD_DAMAGED = (
    "17,000 households had their homes damaged.",
    """
    17,000      1 nummod    NUM   CD  17,000     B-CARDINAL
    households  2 nsubj     NOUN  NNS household  O
    had         2 ROOT      VERB  VBD have       O
    their       4 poss      PRON  PRP$ their     O
    homes       2 dobj      NOUN  NNS home       O
    damaged     4 acl       VERB  VBN damage     O
    .           2 punct     PUNCT .   .          O
    """,
)


def test_figures_what_befell_what_they_had_befell_them() -> None:
    [f] = _figures(HAD_DAMAGED)
    assert (f.counted, f.predicate) == ("household", "damage")


MOST_OF_THEM = (
    "Persons missing: 1,063, most of them fishermen.",
    """
    Persons    1 nsubj     NOUN  NNS person     O
    missing    1 ROOT      VERB  VBG miss       O
    :          1 punct     PUNCT :   :          O
    1,063      8 nummod    NUM   CD  1,063      B-CARDINAL
    ,          3 punct     PUNCT ,   ,          O
    most       8 nsubj     ADJ   JJS most       O
    of         5 prep      ADP   IN  of         O
    them       6 pobj      PRON  PRP they       O
    fishermen  0 appos     NOUN  NNS fisherman  O
    .          1 punct     PUNCT .   .          O
    """,
)

RISEN_TO = (
    "The toll has risen to 85 and more than 147 people were wounded.",
    """
    The        1 det       DET   DT  the        O
    toll       3 nsubj     NOUN  NN  toll       O
    has        3 aux       AUX   VBZ have       O
    risen      3 ROOT      VERB  VBN rise       O
    to         3 prep      ADP   IN  to         O
    85        10 nummod    NUM   CD  85         B-CARDINAL
    and        5 cc        CCONJ CC  and        O
    more       9 amod      ADJ   JJR more       O
    than       9 quantmod  ADP   IN  than       O
    147        5 conj      NUM   CD  147        B-CARDINAL
    people    12 nsubjpass NOUN  NNS people     O
    were      12 auxpass   AUX   VBD be         O
    wounded    3 conj      VERB  VBN wound      O
    .          3 punct     PUNCT .   .          O
    """,
)


def test_figures_what_most_of_them_are_is_not_what_was_counted() -> None:
    [f] = _figures(MOST_OF_THEM)
    assert f.counted == "person"


def test_figures_a_level_a_toll_rose_to_counts_the_toll() -> None:
    f = _figures(RISEN_TO)[0]
    assert (f.text, f.counted, f.predicate_class) == ("85", "toll", "death")


LIVE_THERE = (
    "About 22,000 people live in the flooded areas.",
    """
    About       1 advmod    ADV   RB  about      B-CARDINAL
    22,000      2 nummod    NUM   CD  22,000     I-CARDINAL
    people      3 nsubj     NOUN  NNS people     O
    live        3 ROOT      VERB  VBP live       O
    in          3 prep      ADP   IN  in         O
    the         7 det       DET   DT  the        O
    flooded     7 amod      ADJ   JJ  flooded    O
    areas       4 pobj      NOUN  NNS area       O
    .           3 punct     PUNCT .   .          O
    """,
)


def test_figures_people_living_somewhere_are_a_population_not_an_event() -> None:
    [f] = _figures(LIVE_THERE)
    assert (f.counted, f.predicate_class) == ("people", "population")


# The parse of the longer wire sentence ("... from the October 3 sinking to 339") hangs
# "to 339" on the noun of "from ...".
BROUGHT_FROM_TO = (
    "Divers found more bodies, bringing the death toll from the sinking to 339.",
    """
    Divers      1 nsubj     NOUN  NNS diver      O
    found       1 ROOT      VERB  VBD find       O
    more        3 amod      ADJ   JJR more       O
    bodies      1 dobj      NOUN  NNS body       O
    ,           1 punct     PUNCT ,   ,          O
    bringing    1 advcl     VERB  VBG bring      O
    the         8 det       DET   DT  the        O
    death       8 compound  NOUN  NN  death      O
    toll        5 dobj      NOUN  NN  toll       O
    from        5 prep      ADP   IN  from       O
    the        11 det       DET   DT  the        O
    sinking     9 pobj      NOUN  NN  sinking    O
    to         11 prep      ADP   IN  to         O
    339        12 pobj      NUM   CD  339        B-CARDINAL
    .           1 punct     PUNCT .   .          O
    """,
)


def test_figures_a_toll_brought_from_one_day_to_another_level_counts_the_toll() -> None:
    [f] = _figures(BROUGHT_FROM_TO)
    assert (f.counted, f.predicate_class) == ("toll", "death")


BODIES_OF = (
    "The bodies of 53 workers were buried on Tuesday.",
    """
    The         1 det       DET   DT  the        O
    bodies      6 nsubjpass NOUN  NNS body       O
    of          1 prep      ADP   IN  of         O
    53          4 nummod    NUM   CD  53         B-CARDINAL
    workers     2 pobj      NOUN  NNS worker     O
    were        6 auxpass   AUX   VBD be         O
    buried      6 ROOT      VERB  VBN bury       O
    on          6 prep      ADP   IN  on         O
    Tuesday     7 pobj      PROPN NNP Tuesday    B-DATE
    .           6 punct     PUNCT .   .          O
    """,
)


def test_figures_the_bodies_of_people_count_the_dead() -> None:
    [f] = _figures(BODIES_OF)
    assert (f.counted, f.predicate_class) == ("worker", "death")


ATTACKERS = (
    "Eleven people were killed in Velkor's attack on the camp, and strikes by Tarsk hit Velkor's port.",
    """
        Eleven      1 nummod    ADJ   JJ  eleven     O
        people      3 nsubjpass NOUN  NNS people     O
        were        3 auxpass   AUX   VBD be         O
        killed      3 ROOT      VERB  VBN kill       O
        in          3 prep      ADP   IN  in         O
        Velkor      7 poss      PROPN NNP Velkor     B-ORG
        's          5 case      PART  POS 's         O
        attack      4 pobj      NOUN  NN  attack     O
        on          7 prep      ADP   IN  on         O
        the        10 det       DET   DT  the        O
        camp        8 pobj      NOUN  NN  camp       O
        ,           3 punct     PUNCT ,   ,          O
        and         3 cc        CCONJ CC  and        O
        strikes    16 nsubj     NOUN  NNS strike     O
        by         13 prep      ADP   IN  by         O
        Tarsk      14 pobj      PROPN NNP Tarsk      B-ORG
        hit         3 conj      VERB  VBD hit        O
        Velkor     19 poss      PROPN NNP Velkor     B-ORG
        's         17 case      PART  POS 's         O
        port       16 dobj      NOUN  NN  port       O
        .          16 punct     PUNCT .   .          O
        """,
)


@pytest.mark.parametrize(("at", "attacker"), [(0, True), (1, True), (2, False)])
def test_figures_a_country_that_attacks_is_not_where_the_figure_happened(
    at: int, attacker: bool
) -> None:
    doc = parsed(*ATTACKERS)
    # "Velkor's attack", "strikes by Tarsk": the author of the act; "Velkor's port": a place
    country, start = [("Velkor", 29), ("Tarsk", 73), ("Velkor", 83)][at]
    assert doc.text[start : start + len(country)] == country
    place = PlaceMention(start, start + len(country), country, country, f"t:{country}", "country")
    assert _attacker(doc, place) is attacker


WINDS = (
    "Its winds reached 160 miles per hour.",
    """
    Its         1 poss      PRON  PRP$ its        O
    winds       2 nsubj     NOUN  NNS wind       O
    reached     2 ROOT      VERB  VBD reach      O
    160         4 nummod    NUM   CD  160        B-QUANTITY
    miles       2 dobj      NOUN  NNS mile       I-QUANTITY
    per         4 prep      ADP   IN  per        I-QUANTITY
    hour        5 pobj      NOUN  NN  hour       I-QUANTITY
    .           2 punct     PUNCT .   .          O
    """,
)


WINDS_IN_TWO_UNITS = (
    "Winds reached 240 km (150 miles) per hour.",
    """
    Winds       1 nsubj     NOUN  NNS wind       O
    reached     1 ROOT      VERB  VBD reach      O
    240         3 nummod    NUM   CD  240        B-QUANTITY
    km          1 dobj      NOUN  NNS km         I-QUANTITY
    (           3 punct     PUNCT -LRB- (          O
    150         6 nummod    NUM   CD  150        B-QUANTITY
    miles       3 appos     NOUN  NNS mile       I-QUANTITY
    )           3 punct     PUNCT -RRB- )          O
    per         3 prep      ADP   IN  per        O
    hour        8 pobj      NOUN  NN  hour       O
    .           1 punct     PUNCT .   .          O
    """,
)


def test_figures_a_length_per_hour_is_a_speed() -> None:
    [f] = _figures(WINDS)
    assert f.counted == "mph"
    # "240 km (150 miles) per hour": both lengths are speeds
    assert [f.counted for f in _figures(WINDS_IN_TWO_UNITS)] == ["km/h", "mph"]


TOLL_OF_THE_UNREST = (
    "The final toll of the unrest is 72 dead, including protesters.",
    """
    The         2 det       DET   DT  the        O
    final       2 amod      ADJ   JJ  final      O
    toll        6 nsubj     NOUN  NN  toll       O
    of          2 prep      ADP   IN  of         O
    the         5 det       DET   DT  the        O
    unrest      3 pobj      NOUN  NN  unrest     O
    is          6 ROOT      AUX   VBZ be         O
    72          6 attr      NUM   CD  72         B-CARDINAL
    dead        7 amod      ADJ   JJ  dead       O
    ,           7 punct     PUNCT ,   ,          O
    including   7 prep      VERB  VBG include    O
    protesters 10 pobj      NOUN  NNS protester  O
    .           6 punct     PUNCT .   .          O
    """,
)
INJURED_AND_MISSING = (
    "He said 4,521 people had been injured and 441 were missing.",
    """
    He          1 nsubj     PRON  PRP he         O
    said        1 ROOT      VERB  VBD say        O
    4,521       3 nummod    NUM   CD  4,521      B-CARDINAL
    people      6 nsubjpass NOUN  NNS people     O
    had         6 aux       AUX   VBD have       O
    been        6 auxpass   AUX   VBN be         O
    injured     1 ccomp     VERB  VBN injure     O
    and         6 cc        CCONJ CC  and        O
    441         9 nsubj     NUM   CD  441        B-CARDINAL
    were        6 conj      AUX   VBD be         O
    missing     9 acomp     VERB  VBG miss       O
    .           1 punct     PUNCT .   .          O
    """,
)


def test_figures_the_toll_of_an_event_counts_its_dead() -> None:
    [f] = _figures(TOLL_OF_THE_UNREST)
    assert (f.counted, f.predicate_class) == ("toll", "death")


def test_figures_a_copula_of_its_own_gives_what_befell_them() -> None:
    injured, missing = _figures(INJURED_AND_MISSING)
    assert (injured.predicate_class, missing.predicate_class) == ("injury", "missing")


@pytest.mark.slow
def test_figures_prisoners_who_escaped_or_were_freed_were_not_detained(nlp: Language) -> None:
    doc = nlp(
        "During the unrest, some 13,500 prisoners escaped from jails, police said. "
        "Hamas released 33 hostages. The ministry released 50 million euros for repairs."
    )
    classes = {f.text: f.predicate_class for f in doc._.retold_figures}
    assert classes["some 13,500"] == "escape"
    assert classes["33"] == "release"
    assert classes["50 million euros"] != "release"  # a sum paid out, not people let go


@pytest.mark.slow
def test_figures_people_forced_from_their_homes_are_displaced(nlp: Language) -> None:
    doc = nlp(
        "More than 1.1 million people have been forced from their homes. "
        "Several of those guards were shot dead at the gate. "
        "Police forced 300 protesters from the square."
    )
    classes = {f.text: (f.counted_class, f.predicate_class) for f in doc._.retold_figures}
    assert classes["More than 1.1 million"] == ("person", "displacement")
    assert classes["Several"] == ("person", "death")  # of what befell the guards
    assert classes["300"][1] != "displacement"  # driven from a square, not from home


@pytest.mark.slow
def test_figures_members_are_counted_with_what_they_are_members_of(nlp: Language) -> None:
    [f] = nlp("The group said it had killed about 300 members of the army (VDP.")._.retold_figures
    assert (f.counted, f.counted_text) == ("member", "members of the army")


OF_THE_HURT = (
    "Of the injured, 41 were in a serious condition.",
    """
    Of         5 prep      ADP   IN  of        O
    the        2 det       DET   DT  the       O
    injured    0 pobj      VERB  VBN injure    O
    ,          5 punct     PUNCT ,   ,         O
    41         5 nsubj     NUM   CD  41        B-CARDINAL
    were       5 ROOT      AUX   VBD be        O
    in         5 prep      ADP   IN  in        O
    a          9 det       DET   DT  a         O
    serious    9 amod      ADJ   JJ  serious   O
    condition  6 pobj      NOUN  NN  condition O
    .          5 punct     PUNCT .   .         O
    """,
)

KILLED_AND_SERIOUSLY = (
    "Rockets killed 9 people and seriously hurt 30 others.",
    """
    Rockets    1 nsubj     NOUN  NNS rocket    O
    killed     1 ROOT      VERB  VBD kill      O
    9          3 nummod    NUM   CD  9         B-CARDINAL
    people     1 dobj      NOUN  NNS people    O
    and        1 cc        CCONJ CC  and       O
    seriously  6 advmod    ADV   RB  seriously O
    hurt       1 conj      VERB  VBD hurt      O
    30         8 nummod    NUM   CD  30        B-CARDINAL
    others     6 dobj      NOUN  NNS other     O
    .          1 punct     PUNCT .   .         O
    """,
)


def test_figures_a_whole_fronted_before_its_part_is_what_the_part_counts() -> None:
    [f] = _figures(OF_THE_HURT)
    assert f.counted == "injured" and f.counted_class == "person"


def test_figures_a_count_in_a_serious_condition_is_of_the_gravely_hurt() -> None:
    [f] = _figures(OF_THE_HURT)
    assert f.population == SEVERE


def test_figures_severity_on_the_verb_before_a_count_is_its_own_not_the_joined_one() -> None:
    killed, hurt = _figures(KILLED_AND_SERIOUSLY)
    assert killed.population is None  # "and seriously hurt" is another clause's
    assert hurt.population == SEVERE


KILLED_HIM = (
    "Police fired and killed him, and two of them were hurt.",
    """
    Police     1  nsubj     NOUN  NNS police  O
    fired      1  ROOT      VERB  VBD fire    O
    and        1  cc        CCONJ CC  and     O
    killed     1  conj      VERB  VBD kill    O
    him        3  dobj      PRON  PRP he      O
    ,          1  punct     PUNCT ,   ,       O
    and        1  cc        CCONJ CC  and     O
    two        11 nsubjpass NUM   CD  two     B-CARDINAL
    of         7  prep      ADP   IN  of      O
    them       8  pobj      PRON  PRP they    O
    were       11 auxpass   AUX   VBD be      O
    hurt       1  conj      VERB  VBN hurt    O
    .          11 punct     PUNCT .   .       O
    """,
)

SHELLING_KILLED_OR_WOUNDED = (
    "The shelling killed or wounded 30 people.",
    """
    The        1  det       DET   DT  the      O
    shelling   2  nsubj     NOUN  NN  shelling O
    killed     2  ROOT      VERB  VBD kill     O
    or         2  cc        CCONJ CC  or       O
    wounded    2  conj      VERB  VBD wound    O
    30         6  nummod    NUM   CD  30       B-CARDINAL
    people     4  dobj      NOUN  NNS people   O
    .          2  punct     PUNCT .   .        O
    """,
)

INJURING_DOZENS = (
    "A truck hit a crowd, killing 14 people and injuring dozens.",
    """
    A          1  det       DET   DT  a       O
    truck      2  nsubj     NOUN  NN  truck   O
    hit        2  ROOT      VERB  VBD hit     O
    a          4  det       DET   DT  a       O
    crowd      2  dobj      NOUN  NN  crowd   O
    ,          2  punct     PUNCT ,   ,       O
    killing    2  advcl     VERB  VBG kill    O
    14         8  nummod    NUM   CD  14      B-CARDINAL
    people     6  dobj      NOUN  NNS people  O
    and        6  cc        CCONJ CC  and     O
    injuring   6  conj      VERB  VBG injure  O
    dozens     10 dobj      NOUN  NNS dozen   B-CARDINAL
    .          2  punct     PUNCT .   .       O
    """,
)


def test_figures_a_joined_verb_with_its_own_object_is_not_shared() -> None:
    [two] = _figures(KILLED_HIM)
    assert two.predicate_class == "injury"  # "killed him": his death, not theirs


def test_figures_a_subject_two_verbs_share_joins_them_into_casualties() -> None:
    [f] = _figures(SHELLING_KILLED_OR_WOUNDED)
    assert f.predicate_class == "casualty"


def test_figures_a_joined_verb_with_a_vague_count_of_its_own_is_not_shared() -> None:
    killed = next(f for f in _figures(INJURING_DOZENS) if f.value == 14)
    assert killed.predicate_class == "death"


PULLED_ALIVE = (
    "Rescuers pulled 8 people out alive.",
    """
    Rescuers   1  nsubj     NOUN  NNS rescuer O
    pulled     1  ROOT      VERB  VBD pull    O
    8          3  nummod    NUM   CD  8       B-CARDINAL
    people     1  dobj      NOUN  NNS people  O
    out        1  prt       ADP   RP  out     O
    alive      1  advmod    ADJ   JJ  alive   O
    .          1  punct     PUNCT .   .       O
    """,
)


def test_figures_people_pulled_out_alive_were_rescued() -> None:
    [f] = _figures(PULLED_ALIVE)
    assert f.predicate_class == "rescue"


IN_HOSPITAL = (
    "Some 190 people remained in hospital.",
    """
    Some       1  quantmod  DET   DT  some     O
    190        2  nummod    NUM   CD  190      B-CARDINAL
    people     3  nsubj     NOUN  NNS people   O
    remained   3  ROOT      VERB  VBD remain   O
    in         3  prep      ADP   IN  in       O
    hospital   4  pobj      NOUN  NN  hospital O
    .          3  punct     PUNCT .   .        O
    """,
)


def test_figures_people_still_in_hospital_are_of_the_hurt() -> None:
    [f] = _figures(IN_HOSPITAL)
    assert f.predicate_class == "injury"


def test_figures_a_compound_of_a_structure_noun_counts_structures() -> None:
    assert counted_class("railcar") == "structure"
    assert counted_class("farmhouse") == "structure"
    assert counted_class("scar") != "structure"  # too short a front to be a compound


SUFFERED_BURNS = (
    "Thirty people suffered burns.",
    """
    Thirty    1  nummod  NUM   CD  thirty  B-CARDINAL
    people    2  nsubj   NOUN  NNS people  O
    suffered  2  ROOT    VERB  VBD suffer  O
    burns     2  dobj    NOUN  NNS burn    O
    .         2  punct   PUNCT .   .       O
    """,
)
BURNED_TO_DEATH = (
    "Ten people were burned to death.",
    """
    Ten     1  nummod     NUM   CD  ten    B-CARDINAL
    people  3  nsubjpass  NOUN  NNS people O
    were    3  auxpass    AUX   VBD be     O
    burned  3  ROOT       VERB  VBN burn   O
    to      3  prep       ADP   IN  to     O
    death   4  pobj       NOUN  NN  death  O
    .       3  punct      PUNCT .   .      O
    """,
)
BURNED_ALIVE = (
    "Five people were burned alive.",
    """
    Five    1  nummod     NUM   CD  five   B-CARDINAL
    people  3  nsubjpass  NOUN  NNS people O
    were    3  auxpass    AUX   VBD be     O
    burned  3  ROOT       VERB  VBN burn   O
    alive   3  oprd       ADJ   JJ  alive  O
    .       3  punct      PUNCT .   .      O
    """,
)


def test_figures_people_burned_are_hurt_unless_burned_to_death_or_alive() -> None:
    [hurt] = _figures(SUFFERED_BURNS)
    assert hurt.predicate_class == "injury"
    [dead] = _figures(BURNED_TO_DEATH)
    assert dead.predicate_class == "death"
    [alive] = _figures(BURNED_ALIVE)
    assert alive.predicate_class == "death"


RESCUED_TRAPPED = (
    "Police rescued 12 workers trapped in a tunnel.",
    """
    Police   1  nsubj   NOUN  NNS police  O
    rescued  1  ROOT    VERB  VBD rescue  O
    12       3  nummod  NUM   CD  12      B-CARDINAL
    workers  1  dobj    NOUN  NNS worker  O
    trapped  3  acl     VERB  VBN trap    O
    in       4  prep    ADP   IN  in      O
    a        7  det     DET   DT  a       O
    tunnel   5  pobj    NOUN  NN  tunnel  O
    .        1  punct   PUNCT .   .       O
    """,
)


def test_figures_what_the_verb_did_to_them_outweighs_the_state_they_were_in() -> None:
    [f] = _figures(RESCUED_TRAPPED)
    assert f.predicate_class == "rescue"


@pytest.mark.slow
def test_figures_a_bodys_seat_is_not_where_it_counted(nlp: Language) -> None:
    doc = nlp("Eight civilians were killed in strikes, according to the Britain-based monitor.")
    [f] = doc._.retold_figures
    assert f.place is None
    doc = nlp("Eight civilians were killed in strikes in Britain, the monitor said.")
    [f] = doc._.retold_figures
    assert f.place == "United Kingdom"


# The parse joins "37" to the place before it; its own copula says what befell it.
MISSING_AFTER_PLACE = (
    "48 people were confirmed dead in Mahiu and 37 are still missing.",
    """
    48         1   nummod     NUM   CD  48        B-CARDINAL
    people     3   nsubjpass  NOUN  NNS people    O
    were       3   auxpass    AUX   VBD be        O
    confirmed  3   ROOT       VERB  VBN confirm   O
    dead       3   oprd       ADJ   JJ  dead      O
    in         3   prep       ADP   IN  in        O
    Mahiu      5   pobj       PROPN NNP Mahiu     B-GPE
    and        6   cc         CCONJ CC  and       O
    37         6   conj       NUM   CD  37        B-CARDINAL
    are        11  aux        AUX   VBP be        O
    still      11  advmod     ADV   RB  still     O
    missing    3   conj       VERB  VBG miss      O
    .          3   punct      PUNCT .   .         O
    """,
)


def test_figures_a_bare_number_takes_what_its_own_copula_says() -> None:
    dead, missing = _figures(MISSING_AFTER_PLACE)
    assert dead.predicate_class == "death"
    assert missing.predicate_class == "missing"


LISTED_AS_MISSING = (
    "A further 230 people listed as missing.",
    """
    A        3  det     DET   DT  a        O
    further  2  amod    ADJ   JJ  further  O
    230      3  nummod  NUM   CD  230      B-CARDINAL
    people   3  ROOT    NOUN  NNS people   O
    listed   3  acl     VERB  VBN list     O
    as       4  prep    ADP   IN  as       O
    missing  5  pcomp   VERB  VBG miss     O
    .        3  punct   PUNCT .   .        O
    """,
)


def test_figures_a_participle_after_the_noun_takes_its_complements_class() -> None:
    [f] = _figures(LISTED_AS_MISSING)
    assert f.predicate_class == "missing"


FIGHTING_FOR_LIFE = (
    "Twelve patients were fighting for their lives.",
    """
    Twelve    1  nummod  NUM   CD   twelve   B-CARDINAL
    patients  3  nsubj   NOUN  NNS  patient  O
    were      3  aux     AUX   VBD  be       O
    fighting  3  ROOT    VERB  VBG  fight    O
    for       3  prep    ADP   IN   for      O
    their     6  poss    PRON  PRP$ their    O
    lives     4  pobj    NOUN  NNS  life     O
    .         3  punct   PUNCT .    .        O
    """,
)


def test_figures_fighting_for_their_lives_are_the_gravely_hurt() -> None:
    [f] = _figures(FIGHTING_FOR_LIFE)
    assert f.population == SEVERE


# The parse makes "105" a conjunct of "dead" and hangs "injured" on the verb.
DEAD_AND_INJURED = (
    "The toll rose to 55 dead and 105 injured.",
    """
    The      1  det     DET   DT  the      O
    toll     2  nsubj   NOUN  NN  toll     O
    rose     2  ROOT    VERB  VBD rise     O
    to       2  prep    ADP   IN  to       O
    55       5  nummod  NUM   CD  55       B-CARDINAL
    dead     3  pobj    ADJ   JJ  dead     O
    and      5  cc      CCONJ CC  and      O
    105      5  conj    NUM   CD  105      B-CARDINAL
    injured  2  advcl   VERB  VBN injure   O
    .        2  punct   PUNCT .   .        O
    """,
)


def test_figures_a_participle_right_after_a_number_is_its_own() -> None:
    dead, injured = _figures(DEAD_AND_INJURED)
    assert dead.predicate_class == "death"
    assert (injured.predicate, injured.predicate_class) == ("injure", "injury")


@pytest.mark.parametrize("noun", ["inmate", "fisherman", "reveller", "learner", "bystander"])
def test_figures_more_nouns_of_people(noun: str) -> None:
    assert counted_class(noun) == "person"


# The parse takes "linked" for the verb and leaves "arrested" without a subject.
LINKED_THEN_ARRESTED = (
    "Police said that 26 people linked to the attack had been arrested.",
    """
    Police    1   nsubj     NOUN  NNS police   O
    said      1   ROOT      VERB  VBD say      O
    that      5   mark      SCONJ IN  that     O
    26        4   nummod    NUM   CD  26       B-CARDINAL
    people    5   nsubj     NOUN  NNS people   O
    linked    1   ccomp     VERB  VBD link     O
    to        5   prep      ADP   IN  to       O
    the       8   det       DET   DT  the      O
    attack    6   pobj      NOUN  NN  attack   O
    had       11  aux       AUX   VBD have     O
    been      11  auxpass   AUX   VBN be       O
    arrested  1   ccomp     VERB  VBN arrest   O
    .         1   punct     PUNCT .   .        O
    """,
)


def test_figures_a_passive_without_its_own_subject_tells_what_befell_them() -> None:
    [f] = _figures(LINKED_THEN_ARRESTED)
    assert (f.predicate, f.predicate_class) == ("arrest", "detention")


VICTIMS_IN_TREATMENT = (
    "61 other victims were still receiving treatment in hospital.",
    """
    61         2  nummod  NUM   CD  61         B-CARDINAL
    other      2  amod    ADJ   JJ  other      O
    victims    5  nsubj   NOUN  NNS victim     O
    were       5  aux     AUX   VBD be         O
    still      5  advmod  ADV   RB  still      O
    receiving  5  ROOT    VERB  VBG receive    O
    treatment  5  dobj    NOUN  NN  treatment  O
    in         6  prep    ADP   IN  in         O
    hospital   7  pobj    NOUN  NN  hospital   O
    .          5  punct   PUNCT .   .          O
    """,
)


def test_figures_victims_still_being_treated_are_the_hurt() -> None:
    [f] = _figures(VICTIMS_IN_TREATMENT)
    assert f.predicate_class == "injury"


# A broadcaster's name opens the sentence: its number names, it does not count.
NAMED_FIRST = (
    "France 24 reported that the minister resigned.",
    """
    France    1  compound  PROPN NNP france    B-ORG
    24        2  nsubj     NUM   CD  24        I-ORG
    reported  2  ROOT      VERB  VBD report    O
    that      5  mark      SCONJ IN  that      O
    the       4  det       DET   DT  the       O
    minister  5  nsubj     NOUN  NN  minister  O
    resigned  2  ccomp     VERB  VBD resign    O
    .         2  punct     PUNCT .   .         O
    """,
)


def test_figures_a_number_in_a_name_that_opens_the_sentence_is_no_figure() -> None:
    assert _figures(NAMED_FIRST) == []


def test_figures_how_long_something_lasts_is_kept_from_the_time_phrases() -> None:
    lasting = TimeRef(0, 11, "for 60 days", "duration", None, None, "day")
    span = TimeRef(0, 11, "Over 3 days", "duration", None, None, "day")
    assert _how_long(lasting) and not _how_long(span)
    assert not _how_long(TimeRef(0, 10, "60 days ago", "relative", None, None, "day"))


LOSS = (
    "The raid resulted in the loss of 10 civilians.",
    """
    The        1 det       DET   DT  the      O
    raid       2 nsubj     NOUN  NN  raid     O
    resulted   2 ROOT      VERB  VBD result   O
    in         2 prep      ADP   IN  in       O
    the        5 det       DET   DT  the      O
    loss       3 pobj      NOUN  NN  loss     O
    of         5 prep      ADP   IN  of       O
    10         8 nummod    NUM   CD  10       B-CARDINAL
    civilians  6 pobj      NOUN  NNS civilian O
    .          2 punct     PUNCT .   .        O
    """,
)


def test_figures_the_loss_of_people_is_their_deaths() -> None:
    [f] = _figures(LOSS)
    assert (f.predicate, f.predicate_class) == ("loss", "death")


@pytest.mark.slow
def test_figures_a_harm_after_a_number_outweighs_the_toll_it_stands_in(nlp: Language) -> None:
    doc = nlp("The toll from Tuesday's blasts stood at 18 dead and some 200 injured.")
    dead, hurt = doc._.retold_figures
    assert (dead.predicate_class, hurt.predicate_class) == ("death", "injury")
    assert hurt.counted != "toll"


def test_figures_survivors_are_the_rescued_not_the_dead() -> None:
    assert predicate_class("pull", "survivor") == "rescue"
    assert predicate_class(None, "survivor") == "rescue"


@pytest.mark.slow
def test_figures_destroyed_or_damaged_is_a_count_of_damage(nlp: Language) -> None:
    doc = nlp("The agency counted some 9,000 homes destroyed or damaged in the quake.")
    [f] = doc._.retold_figures
    assert f.predicate_class == "damage"
    listed = nlp("The fire burned 5,000 acres, destroyed 312 houses and killed 4 people.")
    assert [g.predicate_class for g in listed._.retold_figures if g.value == 312] == ["destruction"]


@pytest.mark.slow
def test_figures_people_taken_to_hospital_are_the_hurt(nlp: Language) -> None:
    doc = nlp("Around 130 people were taken to hospital, several of them in serious condition.")
    assert doc._.retold_figures[0].predicate_class == "injury"
    flown = nlp("Twelve children were flown to hospital in the capital.")
    assert flown._.retold_figures[0].predicate_class == "injury"


@pytest.mark.slow
def test_figures_a_verb_parsed_as_an_auxiliary_gives_way_to_its_participle(nlp: Language) -> None:
    doc = nlp(
        "Thirteen people remained hospitalized in critical condition, the mayor's office said."
    )
    assert doc._.retold_figures[0].predicate_class == "injury"


@pytest.mark.slow
def test_figures_a_part_told_by_its_sex_is_narrowed_to_it(nlp: Language) -> None:
    doc = nlp("He said 137 hostages had been rescued, 76 of them female and 61 male.")
    assert [(f.value, f.population) for f in doc._.retold_figures][:2] == [
        (137, None),
        (76, "female"),
    ]
    told = nlp("The rescued hostages comprise 76 females and 61 males.")
    assert {f.counted_class for f in told._.retold_figures} == {"person"}


@pytest.mark.slow
def test_figures_offenders_are_people(nlp: Language) -> None:
    doc = nlp("The ministry is reviewing the licences of 74 terrorist offenders.")
    assert doc._.retold_figures[0].counted_class == "person"


@pytest.mark.slow
def test_figures_martyrs_are_the_dead(nlp: Language) -> None:
    doc = nlp("The number of martyrs has reached 305, among them 27 children.")
    toll = doc._.retold_figures[0]
    assert (toll.value, toll.counted_class, toll.predicate_class) == (305, "person", "death")


def test_figures_a_bare_tally_counts_what_the_count_before_it_counts(nlp: Language) -> None:
    text = (
        "By Wednesday, the state government said 121 people had been killed. The Public "
        "Defender's Office said its own count stood at 132."
    )
    figures = {f.text: f for f in analysed(nlp, text).figures}
    assert _slots(figures["132"]) == ("people", "person", "kill", "death")
    # with no count before it, a tally counts nothing known
    alone = "The Public Defender's Office said its own count stood at 132."
    [f] = analysed(nlp, alone).figures
    assert f.predicate_class is None


def test_figures_passengers_and_crew_are_counted_together(nlp: Language) -> None:
    [f] = analysed(nlp, "It left Jakarta with 189 passengers and crew on board.").figures
    assert f.counted_text == "passengers and crew"
    # two numbers are two counts
    both = analysed(nlp, "The 149 passengers and eight members of the crew were killed.")
    assert {f.text: f.counted_text for f in both.figures}["149"] == "passengers"


# A line whose root is a noun: the climb from a number to its verb stops at the root.
TOLL_LINE = (
    "Toll: 12 dead and 30 hurt",
    """
    Toll  0 ROOT  NOUN  NN  toll  O
    :     0 punct PUNCT :   :     O
    12    3 nummod NUM  CD  12    B-CARDINAL
    dead  0 appos ADJ   JJ  dead  O
    and   3 cc    CCONJ CC  and   O
    30    6 nummod NUM  CD  30    B-CARDINAL
    hurt  3 conj  VERB  VBN hurt  O
    """,
)


def test_figures_a_verbless_line_ends_the_climb_to_a_verb() -> None:
    doc = parsed(*TOLL_LINE)

    def stuck(*_: object) -> None:
        raise TimeoutError("the climb to a verb did not stop at the root")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(5)
    try:
        assert _has_own_figure(doc[6], doc[2]) is True  # "30 hurt": a number of its own
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_figures_a_number_on_its_label_line_counts_nothing_on_the_next(nlp: Language) -> None:
    text = "Dead: 647\n- Orvan Valley: 317\n- Kelm Oriental: 282\n- Other provinces: 48"
    figures = analysed(nlp, text).figures
    assert [(f.text, f.counted_text) for f in figures] == [
        ("647", None),
        ("317", None),
        ("282", None),
        ("48", None),
    ]


LISTS_AS_DEAD = (
    "Officials list 192 people as dead.",
    """
    Officials  1 nsubj  NOUN  NNS official O
    list       1 ROOT   VERB  VBP list     O
    192        3 nummod NUM   CD  192      B-CARDINAL
    people     1 dobj   NOUN  NNS people   O
    as         3 prep   ADP   IN  as       O
    dead       4 amod   ADJ   JJ  dead     O
    .          1 punct  PUNCT .   .        O
    """,
)


def test_figures_listed_as_dead_with_as_on_the_people_says_what_happened() -> None:
    [f] = _figures(LISTS_AS_DEAD)
    assert (f.counted_class, f.predicate, f.predicate_class) == ("person", "dead", "death")


@pytest.mark.slow
def test_figures_a_share_named_in_words_counts_its_group(nlp: Language) -> None:
    doc = nlp("More than 1,300 people have died, one quarter of them children.")
    share = next(f for f in doc._.retold_figures if f.kind == "fraction")
    assert (share.counted, share.population) == ("child", "child")


@pytest.mark.slow
def test_figures_km_h_is_a_speed(nlp: Language) -> None:
    doc = nlp("The train entered the station at 26 km/h.")
    [f] = doc._.retold_figures
    assert f.counted == "km/h"


PASSIVE_KILLED_OR_MISSING = (
    "At least 40 people were killed or missing.",
    """
    At         1 advmod    ADV   RB  at      B-CARDINAL
    least      2 advmod    ADV   RBS least   I-CARDINAL
    40         3 nummod    NUM   CD  40      I-CARDINAL
    people     5 nsubjpass NOUN  NNS people  O
    were       5 auxpass   AUX   VBD be      O
    killed     5 ROOT      VERB  VBN kill    O
    or         5 cc        CCONJ CC  or      O
    missing    5 conj      ADJ   JJ  missing O
    .          5 punct     PUNCT .   .       O
    """,
)
BOAT_CARRYING = (
    "The boat carrying 278 passengers sank.",
    """
    The        1 det       DET   DT  the      O
    boat       5 nsubj     NOUN  NN  boat     O
    carrying   1 acl       VERB  VBG carry    O
    278        4 nummod    NUM   CD  278      B-CARDINAL
    passengers 2 dobj      NOUN  NNS passenger O
    sank       5 ROOT      VERB  VBD sink     O
    .          5 punct     PUNCT .   .        O
    """,
)


TOWN_LOST_HOMES = (
    "Louisville lost 553 homes.",
    """
    Louisville 1 nsubj  PROPN NNP Louisville B-GPE
    lost       1 ROOT   VERB  VBD lose       O
    553        3 nummod NUM   CD  553        B-CARDINAL
    homes      1 dobj   NOUN  NNS home       O
    .          1 punct  PUNCT .   .          O
    """,
)


def test_figures_homes_lost_are_destroyed() -> None:
    [f] = _figures(TOWN_LOST_HOMES)
    assert (f.predicate, f.predicate_class) == ("lose", "destruction")


PEOPLE_DEAD_ON_THE_CLAUSE = (
    "Hopes faded for 800 people dead or missing.",
    """
    Hopes    1 nsubj  NOUN  NNS hope    O
    faded    1 ROOT   VERB  VBD fade    O
    for      1 prep   ADP   IN  for     O
    800      4 nummod NUM   CD  800     B-CARDINAL
    people   2 pobj   NOUN  NNS people  O
    dead     1 advcl  ADJ   JJ  dead    O
    or       5 cc     CCONJ CC  or      O
    missing  5 conj   ADJ   JJ  missing O
    .        1 punct  PUNCT .   .       O
    """,
)


def test_figures_a_state_right_after_the_counted_is_theirs_wherever_parsed() -> None:
    [f] = _figures(PEOPLE_DEAD_ON_THE_CLAUSE)
    assert (f.predicate, f.predicate_class) == ("dead", "dead or missing")


def test_figures_killed_or_missing_together_are_no_toll_of_the_dead() -> None:
    [f] = _figures(PASSIVE_KILLED_OR_MISSING)
    assert f.predicate_class == "dead or missing"


def test_figures_those_a_boat_carried_are_aboard_whatever_befell_them() -> None:
    [f] = _figures(BOAT_CARRYING)
    assert (f.counted, f.predicate_class) == ("passenger", "aboard")


CHARGED_TWENTY = (
    "Police charged 20 people.",
    """
    Police     1 nsubj     PROPN NNP police   O
    charged    1 ROOT      VERB  VBD charge   O
    20         3 nummod    NUM   CD  20       B-CARDINAL
    people     1 dobj      NOUN  NNS people   O
    .          1 punct     PUNCT .   .        O
    """,
)


def test_figures_people_charged_are_prosecuted_not_detained() -> None:
    [f] = _figures(CHARGED_TWENTY)
    assert (f.counted_class, f.predicate_class) == ("person", "prosecution")


@pytest.mark.slow
def test_figures_a_capacity_and_those_on_board_are_counts_aboard(nlp: Language) -> None:
    doc = nlp(
        "He said the ferry had a capacity of 101 passengers. The train was attacked as it "
        "travelled to Peshawar with around 200 passengers on board. The crash killed all "
        "150 people on board."
    )
    classes = [(f.text, f.predicate_class) for f in doc._.retold_figures]
    assert classes == [("101", "aboard"), ("around 200", "aboard"), ("150", "death")]


@pytest.mark.slow
def test_figures_a_lead_hung_on_its_dateline_still_counts_its_people(nlp: Language) -> None:
    doc = nlp(
        "Maputo, 11 Jan (Lusa) - At least 56 people have died and 49 have been "
        "hospitalised after drinking traditional beer at a funeral in Chitima."
    )
    hospitalised = next(f for f in doc._.retold_figures if f.text == "49")
    assert (hospitalised.counted, hospitalised.predicate_class) == ("people", "injury")


OFFICER_SHOT_AND_WOUNDED = (
    "One police officer was shot and wounded in the exchange.",
    """
    One       2 nummod    NUM   CD  one      B-CARDINAL
    police    2 compound  NOUN  NN  police   O
    officer   4 nsubjpass NOUN  NN  officer  O
    was       4 auxpass   AUX   VBD be       O
    shot      4 ROOT      VERB  VBN shoot    O
    and       4 cc        CCONJ CC  and      O
    wounded   4 conj      VERB  VBN wound    O
    in        6 prep      ADP   IN  in       O
    the       9 det       DET   DT  the      O
    exchange  7 pobj      NOUN  NN  exchange O
    .         4 punct     PUNCT .   .        O
    """,
)


def test_figures_how_they_were_hurt_gives_way_to_what_befell_them() -> None:
    [f] = _figures(OFFICER_SHOT_AND_WOUNDED)
    assert (f.predicate, f.predicate_class) == ("wound", "injury")


TOLL_PUT_AT_DEAD_OR_MISSING = (
    "The government put the toll at about 22,000 dead or missing.",
    """
    The         1 det    DET   DT  the        O
    government  2 nsubj  NOUN  NN  government O
    put         2 ROOT   VERB  VBD put        O
    the         4 det    DET   DT  the        O
    toll        2 dobj   NOUN  NN  toll       O
    at          2 prep   ADP   IN  at         O
    about       7 advmod ADV   RB  about      B-CARDINAL
    22,000      5 pobj   NUM   CD  22,000     I-CARDINAL
    dead        2 advcl  ADJ   JJ  dead       O
    or          8 cc     CCONJ CC  or         O
    missing     8 conj   ADJ   JJ  missing    O
    .           2 punct  PUNCT .   .          O
    """,
)


def test_figures_a_toll_is_of_those_its_figure_names() -> None:
    [f] = _figures(TOLL_PUT_AT_DEAD_OR_MISSING)
    assert f.predicate_class == "dead or missing"


HOSTAGES_FREED = (
    "He freed nine hostages during the day.",
    """
    He        1 nsubj PRON  PRP he      O
    freed     1 ROOT  VERB  VBD free    O
    nine      3 nummod NUM  CD  nine    B-CARDINAL
    hostages  1 dobj  NOUN  NNS hostage O
    during    1 prep  ADP   IN  during  O
    the       6 det   DET   DT  the     B-DATE
    day       4 pobj  NOUN  NN  day     I-DATE
    .         1 punct PUNCT .   .       O
    """,
)


def test_figures_people_freed_are_released_not_held() -> None:
    [f] = _figures(HOSTAGES_FREED)
    assert f.predicate_class == "release"
    assert counted_class("captive") == "person"


@pytest.mark.slow
def test_figures_people_left_without_power_are_cut_off(nlp: Language) -> None:
    doc = nlp(
        "The commission put the number of people left without electricity at about 13 "
        "million. Some 4 million customers lost power. About 9 million people were "
        "affected by boil-water notices."
    )
    figures = {f.text: f for f in doc._.retold_figures}
    left = figures["about 13 million"]
    # the people the container holds, told with the participle the parse hung "at" on
    assert (left.counted, left.predicate_class) == ("people", "outage")
    assert figures["Some 4 million"].predicate_class == "outage"
    assert figures["About 9 million"].predicate_class == "affected"


@pytest.mark.slow
def test_figures_a_part_of_a_count_takes_its_own_verb(nlp: Language) -> None:
    doc = nlp(
        "The prosecutor said it would seek the death penalty for five of the 11 suspects "
        "charged over the murder. Police said 12 of the 30 people killed were children."
    )
    figures = {f.text: f for f in doc._.retold_figures}
    # the eleven were charged; the five are those the penalty is sought for
    assert (figures["five"].predicate, figures["11"].predicate) == ("seek", "charge")
    # a part with no act of its own is of the whole's: twelve of the dead
    assert figures["12"].predicate_class == "death"


@pytest.mark.slow
def test_figures_what_befell_a_part_is_not_what_befell_the_whole(nlp: Language) -> None:
    doc = nlp(
        "The navy evacuated all 25 crew members, two of whom were injured. The crash "
        "killed 71 of the 77 people on board."
    )
    figures = {f.text: f for f in doc._.retold_figures}
    assert figures["25"].predicate_class == "displacement"
    assert figures["two"].predicate_class == "injury"
    # the whole of a part killed, told as those aboard
    assert (figures["71"].predicate_class, figures["77"].predicate_class) == ("death", "aboard")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "figure", "predicate", "predicate_class"),
    [
        # those aboard, told with the copula: "had been on board"
        (
            "More than 280 people had been on board, officials said.",
            "More than 280",
            "board",
            "aboard",
        ),
        # the change a percentage measures, whatever the clause around it tells
        (
            "More people died than in a normal year, an increase of about 80% on the expected toll.",
            "about 80%",
            "increase",
            None,
        ),
        # the count of the schoolgirls released, not of those abducted years before
        (
            "Eighty-two of the schoolgirls abducted from Chibok three years ago were released on "
            "Saturday.",
            "Eighty-two",
            "release",
            "release",
        ),
        # bodies carried out are the dead; people brought out alive the saved
        (
            "A fireman went back into the building and carried out 11 bodies.",
            "11",
            "carry",
            "death",
        ),
        (
            "A fireman went back into the building and brought out 11 people alive.",
            "11",
            "bring",
            "rescue",
        ),
    ],
)
def test_figures_what_befell_them(
    nlp: Language, text: str, figure: str, predicate: str, predicate_class: str | None
) -> None:
    found = {f.text: f for f in nlp(text)._.retold_figures}
    assert (found[figure].predicate, found[figure].predicate_class) == (predicate, predicate_class)


@pytest.mark.slow
def test_figures_a_count_told_as_it_counts_what_was_counted_before(nlp: Language) -> None:
    # "Today it is about 700": the number of those who die each day, told a sentence before
    doc = nlp(
        '"In normal times 360 to 380 people die in the city each day. Today it is about 700," '
        "the official said."
    )
    found = {f.text: f for f in doc._.retold_figures}
    assert (found["about 700"].counted, found["about 700"].predicate_class) == ("people", "death")


@pytest.mark.slow
def test_figures_parts_per_so_many_are_a_concentration(nlp: Language) -> None:
    found = {
        f.text: f
        for f in nlp("Tests showed the chemical below 1 part per million.")._.retold_figures
    }
    assert found["below 1"].counted == "ppm"
    found = {f.text: f for f in nlp("Levels fell to 10 parts per billion.")._.retold_figures}
    assert found["10"].counted == "ppb"


@pytest.mark.slow
def test_figures_foreigners_and_commandos_are_people(nlp: Language) -> None:
    found = {
        f.text: f
        for f in nlp("A commando of 28 foreigners carried out the attack.")._.retold_figures
    }
    assert found["28"].counted_class == "person"


@pytest.mark.slow
def test_figures_prisoners_freed_by_gunmen_escaped(nlp: Language) -> None:
    doc = nlp(
        "In April, gunmen freed 1,844 inmates from the jail in Velka. "
        "The authorities freed 300 inmates to ease overcrowding."
    )
    classes = {f.text: f.predicate_class for f in doc._.retold_figures}
    assert classes["1,844"] == "escape"  # a jailbreak, not a release
    assert classes["300"] == "release"


@pytest.mark.slow
def test_figures_the_number_a_place_was_built_for_is_its_capacity(nlp: Language) -> None:
    found = {
        f.text: f
        for f in nlp(
            "The jail held 2,072 people, more than three times the 600 it was built for."
        )._.retold_figures
    }
    assert (found["600"].counted, found["600"].counted_class) == ("capacity", "object")
    assert found["2,072"].counted == "people"


@pytest.mark.slow
def test_figures_a_population_counts_people(nlp: Language) -> None:
    found = {
        f.text: f
        for f in nlp(
            "Six villages, with a combined population of 7,095, were hit."
        )._.retold_figures
    }
    assert found["7,095"].counted_class == "person"


@pytest.mark.slow
def test_figures_people_brought_to_safety_were_saved(nlp: Language) -> None:
    doc = nlp(
        "Rescuers brought nine people who had been clinging to railings near the entrance of "
        "the tunnel to safety and recovered one body."
    )
    classes = {f.text: f.predicate_class for f in doc._.retold_figures}
    assert (classes["nine"], classes["one"]) == ("rescue", "death")


@pytest.mark.slow
def test_figures_the_remaining_ones_searched_for_are_missing(nlp: Language) -> None:
    doc = nlp("Rescue teams are continuing search operations to find the remaining three.")
    assert [f.predicate_class for f in doc._.retold_figures] == ["missing"]


@pytest.mark.slow
def test_figures_a_whole_does_not_take_the_state_of_its_part(nlp: Language) -> None:
    doc = nlp("Officials had counted 297 infections, 23 of them fatal, across 16 states.")
    classes = {f.text: f.predicate_class for f in doc._.retold_figures}
    assert classes["297"] != "death"


# The number hung on the first noun of a compound: it counts the compound's head.
NUMBER_ON_COMPOUND = (
    "Three student nurses died.",
    """
    Three      1 nummod    NUM   CD  three   B-CARDINAL
    student    2 compound  NOUN  NN  student O
    nurses     3 nsubj     NOUN  NNS nurse   O
    died       3 ROOT      VERB  VBD die     O
    .          3 punct     PUNCT .   .       O
    """,
)


def test_figures_a_number_on_a_compound_counts_its_head() -> None:
    (figure,) = _figures(NUMBER_ON_COMPOUND)
    assert figure.counted == "nurse"
    assert figure.counted_text == "student nurses"


# Lives a verb takes are the dead, whatever group "among" names after them.
LIVES_AMONG_CASES = (
    "It claimed 242 lives among 425 cases.",
    """
    It       1 nsubj   PRON  PRP it     O
    claimed  1 ROOT    VERB  VBD claim  O
    242      3 nummod  NUM   CD  242    B-CARDINAL
    lives    1 dobj    NOUN  NNS life   O
    among    1 prep    ADP   IN  among  O
    425      6 nummod  NUM   CD  425    B-CARDINAL
    cases    4 pobj    NOUN  NNS case   O
    .        1 punct   PUNCT .   .      O
    """,
)


def test_figures_lives_claimed_among_cases_are_deaths() -> None:
    lives, cases = _figures(LIVES_AMONG_CASES)
    assert (lives.predicate_class, cases.counted) == ("death", "case")
