"""The names component on hand-parsed Docs: people with roles, one name per person, outlets."""

from __future__ import annotations

import pytest
from spacy.language import Language

from retold.pipeline.names import NameFinder, chunk_bounds
from retold.records import PersonMention

from . import VOCAB_NLP, parsed

TITLE_THEN_SURNAME = (
    "Minister John Smith arrived. Smith said that the talks failed.",
    """
    Minister   2 compound PROPN NNP Minister O
    John       2 compound PROPN NNP John     B-PERSON
    Smith      3 nsubj    PROPN NNP Smith    I-PERSON
    arrived    3 ROOT     VERB  VBD arrive   O
    .          3 punct    PUNCT .   .        O
    Smith      6 nsubj    PROPN NNP Smith    B-PERSON
    said       6 ROOT     VERB  VBD say      O
    that      10 mark     SCONJ IN  that     O
    the        9 det      DET   DT  the      O
    talks     10 nsubj    NOUN  NNS talk     O
    failed     6 ccomp    VERB  VBD fail     O
    .          6 punct    PUNCT .   .        O
    """,
)

# The surname comes first, tagged as an organisation; the full name follows.
SURNAME_THEN_FULL = (
    "Smith arrived. Later John Smith said that the talks failed.",
    """
    Smith      1 nsubj    PROPN NNP Smith  B-ORG
    arrived    1 ROOT     VERB  VBD arrive O
    .          1 punct    PUNCT .   .      O
    Later      6 advmod   ADV   RBR later  O
    John       5 compound PROPN NNP John   B-PERSON
    Smith      6 nsubj    PROPN NNP Smith  I-PERSON
    said       6 ROOT     VERB  VBD say    O
    that      10 mark     SCONJ IN  that   O
    the        9 det      DET   DT  the    O
    talks     10 nsubj    NOUN  NNS talk   O
    failed     6 ccomp    VERB  VBD fail   O
    .          6 punct    PUNCT .   .      O
    """,
)

APPOSITIVE = (
    "John Smith, the foreign minister, said that talks failed.",
    """
    John       1 compound PROPN NNP John     B-PERSON
    Smith      7 nsubj    PROPN NNP Smith    I-PERSON
    ,          1 punct    PUNCT ,   ,        O
    the        5 det      DET   DT  the      O
    foreign    5 amod     ADJ   JJ  foreign  O
    minister   1 appos    NOUN  NN  minister O
    ,          1 punct    PUNCT ,   ,        O
    said       7 ROOT     VERB  VBD say      O
    that      10 mark     SCONJ IN  that     O
    talks     10 nsubj    NOUN  NNS talk     O
    failed     7 ccomp    VERB  VBD fail     O
    .          7 punct    PUNCT .   .        O
    """,
)

# The whole run is one organisation entity: the name after the organisation word is a person.
NAME_INSIDE_ORG = (
    "The Transport Ministry Anna Berg said that the bridge was closed.",
    """
    The        2 det      DET   DT  the       B-ORG
    Transport  2 compound PROPN NNP Transport I-ORG
    Ministry   4 compound PROPN NNP Ministry  I-ORG
    Anna       4 compound PROPN NNP Anna      I-ORG
    Berg       5 nsubj    PROPN NNP Berg      I-ORG
    said       5 ROOT     VERB  VBD say       O
    that       9 mark     SCONJ IN  that      O
    the        8 det      DET   DT  the       O
    bridge     9 nsubj    NOUN  NN  bridge    O
    was        5 ccomp    AUX   VBD be        O
    closed     9 acomp    ADJ   JJ  closed    O
    .          5 punct    PUNCT .   .         O
    """,
)

ROLE_RUN = (
    "Spokesman Pavel Orlov said that the bridge was closed.",
    """
    Spokesman  2 compound PROPN NNP Spokesman {0}
    Pavel      2 compound PROPN NNP Pavel     {1}
    Orlov      3 nsubj    PROPN NNP Orlov     {1}
    said       3 ROOT     VERB  VBD say       O
    that       7 mark     SCONJ IN  that      O
    the        6 det      DET   DT  the       O
    bridge     7 nsubj    NOUN  NN  bridge    O
    was        3 ccomp    AUX   VBD be        O
    closed     7 acomp    ADJ   JJ  closed    O
    .          3 punct    PUNCT .   .         O
    """,
)
ROLE_RUN_NO_ENTITY = (ROLE_RUN[0], ROLE_RUN[1].format("O", "O"))
# How the small model tags it: the title and the name as one organisation.
ROLE_RUN_AS_ORG = (ROLE_RUN[0], ROLE_RUN[1].format("B-ORG", "I-ORG"))

QUOTED_AGENCY = (
    "The news agency “Meridian” reported that the dam held.",
    """
    The        2 det      DET   DT  the      O
    news       2 compound NOUN  NN  news     O
    agency     6 nsubj    NOUN  NN  agency   O
    “          4 punct    PUNCT ``  "        O
    Meridian   2 appos    PROPN NNP Meridian B-ORG
    ”          4 punct    PUNCT ''  "        O
    reported   6 ROOT     VERB  VBD report   O
    that      10 mark     SCONJ IN  that     O
    the        9 det      DET   DT  the      O
    dam       10 nsubj    NOUN  NN  dam      O
    held       6 ccomp    VERB  VBD hold     O
    .          6 punct    PUNCT .   .        O
    """,
)


def _finder() -> NameFinder:
    return NameFinder(VOCAB_NLP, persons_key="test_persons", outlets_key="test_outlets")


def _persons(example: tuple[str, str]) -> list[PersonMention]:
    return _finder().match_persons(parsed(*example))


def _people(example: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.name, p.role) for p in _persons(example)]


def test_names_title_before_name_is_the_role() -> None:
    assert _people(TITLE_THEN_SURNAME)[0] == ("John Smith", "John Smith", "Minister")


def test_names_later_surname_gets_the_full_name() -> None:
    assert [(p.text, p.name) for p in _persons(TITLE_THEN_SURNAME)] == [
        ("John Smith", "John Smith"),
        ("Smith", "John Smith"),
    ]


def test_names_earlier_surname_gets_the_full_name_found_later() -> None:
    assert [(p.text, p.name) for p in _persons(SURNAME_THEN_FULL)] == [
        ("Smith", "John Smith"),
        ("John Smith", "John Smith"),
    ]


def test_names_appositive_is_the_role() -> None:
    assert _people(APPOSITIVE) == [("John Smith", "John Smith", "foreign minister")]


def test_names_person_inside_organisation_entity() -> None:
    assert [(p.text, p.name) for p in _persons(NAME_INSIDE_ORG)] == [("Anna Berg", "Anna Berg")]


def test_names_role_word_before_untagged_name() -> None:
    assert [(p.text, p.name) for p in _persons(ROLE_RUN_NO_ENTITY)] == [
        ("Pavel Orlov", "Pavel Orlov")
    ]


def test_names_role_word_and_name_tagged_as_organisation() -> None:
    assert [(p.text, p.name) for p in _persons(ROLE_RUN_AS_ORG)] == [("Pavel Orlov", "Pavel Orlov")]


def test_names_offsets_index_the_text() -> None:
    doc = parsed(*TITLE_THEN_SURNAME)
    for p in _finder().match_persons(doc):
        assert doc.text[p.start : p.end] == p.text


def test_names_quoted_agency_is_an_outlet() -> None:
    outlets = _finder().match_outlets(parsed(*QUOTED_AGENCY))
    assert [o.text for o in outlets] == ["news agency “Meridian”"]


def test_names_ministry_is_not_an_outlet() -> None:
    assert _finder().match_outlets(parsed(*NAME_INSIDE_ORG)) == []


def test_names_call_sets_extensions_and_spans() -> None:
    doc = parsed(*TITLE_THEN_SURNAME)
    _finder()(doc)
    assert [p.name for p in doc._.retold_persons] == ["John Smith", "John Smith"]
    assert doc._.retold_outlets == []
    assert [(s.text, s.label_) for s in doc.spans["test_persons"]] == [
        ("John Smith", "PERSON"),
        ("Smith", "PERSON"),
    ]


def test_names_chunk_bounds_stop_at_commas() -> None:
    doc = parsed(*APPOSITIVE)
    assert doc[slice(*chunk_bounds(doc, 4))].text == "the foreign minister"


# The small model tags only the surname; the given name hangs on it as a compound.
GIVEN_NAME_OUTSIDE_ENTITY = (
    "The chairman of the board, Karim Haddad, resigned.",
    """
    The        1 det      DET   DT  the      O
    chairman   9 nsubj    NOUN  NN  chairman O
    of         1 prep     ADP   IN  of       O
    the        4 det      DET   DT  the      O
    board      2 pobj     NOUN  NN  board    O
    ,          1 punct    PUNCT ,   ,        O
    Karim      7 compound PROPN NNP Karim    O
    Haddad     1 appos    PROPN NNP Haddad   B-PERSON
    ,          1 punct    PUNCT ,   ,        O
    resigned   9 ROOT     VERB  VBD resign   O
    .          9 punct    PUNCT .   .        O
    """,
)

# A sentence-initial gerund tagged into the name.
GERUND_IN_ENTITY = (
    "Quoting Elena Sorova, the paper reported a flood.",
    """
    Quoting    2 compound PROPN NNP Quoting  B-PERSON
    Elena      2 compound PROPN NNP Elena    I-PERSON
    Sorova     6 nsubj    PROPN NNP Sorova   B-PERSON
    ,          6 punct    PUNCT ,   ,        O
    the        5 det      DET   DT  the      O
    paper      6 nsubj    NOUN  NN  paper    O
    reported   6 ROOT     VERB  VBD report   O
    a          8 det      DET   DT  a        O
    flood      6 dobj     NOUN  NN  flood    O
    .          6 punct    PUNCT .   .        O
    """,
)

# "the Head of Government" tagged as an organisation, the name after it untagged.
PORTFOLIO_AS_ORG = (
    "So said the Head of Government Omar Talbi.",
    """
    So         1 advmod   ADV   RB  so       O
    said       1 ROOT     VERB  VBD say      O
    the        3 det      DET   DT  the      B-ORG
    Head       1 dobj     PROPN NNP Head     I-ORG
    of         3 prep     ADP   IN  of       I-ORG
    Government 7 compound PROPN NNP Government I-ORG
    Omar       7 compound PROPN NNP Omar     O
    Talbi      4 pobj     PROPN NNP Talbi    O
    .          1 punct    PUNCT .   .        O
    """,
)


def test_names_given_name_compound_joins_the_tagged_surname() -> None:
    assert [p.name for p in _persons(GIVEN_NAME_OUTSIDE_ENTITY)] == ["Karim Haddad"]


def test_names_sentence_initial_gerund_is_not_part_of_a_name() -> None:
    assert [p.name for p in _persons(GERUND_IN_ENTITY)] == ["Elena Sorova"]


def test_names_portfolio_tagged_as_organisation_before_a_name() -> None:
    assert [p.name for p in _persons(PORTFOLIO_AS_ORG)] == ["Omar Talbi"]


# An unfamiliar name the model tags as an organisation, with a role in apposition; later
# the bare surname is tagged as a plural noun.
NAME_BEFORE_ROLE_AS_ORG = (
    "Hamid Ouzane, the minister, said it. Then Ouzane said so.",
    """
    Hamid      1 compound PROPN NNP Hamid    B-ORG
    Ouzane     6 nsubj    PROPN NNP Ouzane   I-ORG
    ,          1 punct    PUNCT ,   ,        O
    the        4 det      DET   DT  the      O
    minister   1 appos    NOUN  NN  minister O
    ,          1 punct    PUNCT ,   ,        O
    said       6 ROOT     VERB  VBD say      O
    it         6 dobj     PRON  PRP it       O
    .          6 punct    PUNCT .   .        O
    Then      11 advmod   ADV   RB  then     O
    Ouzane    11 nsubj    NOUN  NNS Ouzane   O
    said      11 ROOT     VERB  VBD say      O
    so        11 advmod   ADV   RB  so       O
    .         11 punct    PUNCT .   .        O
    """,
)

# The same shape with a group in apposition: not a person.
NAME_BEFORE_GROUP = (
    "Delta Relief, the charity, said it.",
    """
    Delta      1 compound PROPN NNP Delta    B-ORG
    Relief     6 nsubj    PROPN NNP Relief   I-ORG
    ,          1 punct    PUNCT ,   ,        O
    the        4 det      DET   DT  the      O
    charity    1 appos    NOUN  NN  charity  O
    ,          1 punct    PUNCT ,   ,        O
    said       6 ROOT     VERB  VBD say      O
    it         6 dobj     PRON  PRP it       O
    .          6 punct    PUNCT .   .        O
    """,
)


def test_names_name_before_an_appositive_role_is_a_person_whatever_its_label() -> None:
    assert [(p.text, p.name) for p in _persons(NAME_BEFORE_ROLE_AS_ORG)] == [
        ("Hamid Ouzane", "Hamid Ouzane"),
        ("Ouzane", "Hamid Ouzane"),
    ]


def test_names_name_before_an_appositive_that_is_no_role_is_not_a_person() -> None:
    assert _persons(NAME_BEFORE_GROUP) == []


# A courtesy title and a hyphenated surname the tokenizer split; the platform the model
# tagged as a person.
TITLE_HYPHENATED = (
    "Mr Sanwo-Olu wrote on Twitter.",
    """
    Mr        1 compound PROPN NNP Mr      O
    Sanwo     3 compound PROPN NNP Sanwo   O
    -         3 punct    PUNCT HYPH -      O
    Olu       4 nsubj    PROPN NNP Olu     O
    wrote     4 ROOT     VERB  VBD write   O
    on        4 prep     ADP   IN  on      O
    Twitter   5 pobj     PROPN NNP Twitter B-PERSON
    .         4 punct    PUNCT .   .       O
    """,
)


def test_names_courtesy_title_makes_one_hyphenated_surname_a_person() -> None:
    assert [p.text for p in _persons(TITLE_HYPHENATED)] == ["Sanwo-Olu"]


# A company before the role, tagged as a person; the name after it tagged as a company.
EMPLOYER_ROLE_NAME = (
    "Velkor chief executive Anna Berg announced a fund.",
    """
    Velkor     4 compound PROPN NNP Velkor    B-PERSON
    chief      3 amod     ADJ   JJ  chief     O
    executive  4 compound NOUN  NN  executive O
    Anna       4 compound PROPN NNP Anna      B-ORG
    Berg       5 nsubj    PROPN NNP Berg      I-ORG
    announced  5 ROOT     VERB  VBD announce  O
    a          7 det      DET   DT  a         O
    fund       5 dobj     NOUN  NN  fund      O
    .          5 punct    PUNCT .   .         O
    """,
)


def test_names_company_before_a_role_is_no_person_and_the_name_after_it_is() -> None:
    assert [p.name for p in _persons(EMPLOYER_ROLE_NAME)] == ["Anna Berg"]


# A role with a remit of two words before the name.
ROLE_FOR_REMIT = (
    "Commissioner for Human Rights Anna Berg said so.",
    """
    Commissioner 6 nsubj    PROPN NNP commissioner O
    for          0 prep     ADP   IN  for          O
    Human        3 compound PROPN NNP Human        B-ORG
    Rights       1 pobj     PROPN NNPS Rights      I-ORG
    Anna         5 compound PROPN NNP Anna         O
    Berg         0 appos    PROPN NNP Berg         O
    said         6 ROOT     VERB  VBD say          O
    so           6 advmod   ADV   RB  so           O
    .            6 punct    PUNCT .   .            O
    """,
)


def test_names_the_name_after_a_remit_leaves_the_remit_out() -> None:
    assert [p.name for p in _persons(ROLE_FOR_REMIT)] == ["Anna Berg"]


TWO_OF_ONE_SURNAME = (
    "Premier Ana Varga thanked army chief Ivo Varga after meeting him.",
    """
    Premier   2 compound PROPN NNP premier  O
    Ana       2 compound PROPN NNP Ana      B-PERSON
    Varga     3 nsubj    PROPN NNP Varga    I-PERSON
    thanked   3 ROOT     VERB  VBD thank    O
    army      5 compound NOUN  NN  army     O
    chief     7 compound NOUN  NN  chief    O
    Ivo       7 compound PROPN NNP Ivo      B-PERSON
    Varga     3 dobj     PROPN NNP Varga    I-PERSON
    after     3 prep     ADP   IN  after    O
    meeting   8 pcomp    VERB  VBG meet     O
    him       9 dobj     PRON  PRP he       O
    .         3 punct    PUNCT .   .        O
    """,
)


def test_names_two_given_names_on_one_surname_are_two_people() -> None:
    # The longer full name once took over the shorter one: every "Varga" became Ivo.
    assert [(p.text, p.name) for p in _persons(TWO_OF_ONE_SURNAME)] == [
        ("Ana Varga", "Ana Varga"),
        ("Ivo Varga", "Ivo Varga"),
    ]


def test_names_a_role_is_read_from_the_names_own_phrase() -> None:
    # Not "Premier Ana Varga thanked army chief": the role stops at the verb.
    assert _people(TWO_OF_ONE_SURNAME)[1] == ("Ivo Varga", "Ivo Varga", "army chief")


ZONE_OFFICE = (
    "Ato Belay, head of the Kembo zone office spoke.",
    """
    Ato        1 compound PROPN NNP Ato      B-PERSON
    Belay      9 nsubj    PROPN NNP Belay    I-PERSON
    ,          1 punct    PUNCT ,   ,        O
    head       1 appos    NOUN  NN  head     O
    of         3 prep     ADP   IN  of       O
    the        8 det      DET   DT  the      O
    Kembo      7 compound PROPN NNP Kembo    B-PERSON
    zone       8 compound NOUN  NN  zone     O
    office     4 pobj     NOUN  NN  office   O
    spoke      9 ROOT     VERB  VBD speak    O
    .          9 punct    PUNCT .   .        O
    """,
)


def test_names_a_name_modifying_a_place_noun_is_the_places_not_a_person() -> None:
    assert [p.text for p in _persons(ZONE_OFFICE)] == ["Ato Belay"]


KARO_MINE = (
    "A fire at the Karo mine killed five workers.",
    """
    A          1 det      DET   DT  a       O
    fire       6 nsubj    NOUN  NN  fire    O
    at         1 prep     ADP   IN  at      O
    the        5 det      DET   DT  the     O
    Karo       5 compound PROPN NNP Karo    B-PERSON
    mine       2 pobj     NOUN  NN  mine    O
    killed     6 ROOT     VERB  VBD kill    O
    five       8 nummod   NUM   CD  five    B-CARDINAL
    workers    6 dobj     NOUN  NNS worker  O
    .          6 punct    PUNCT .   .       O
    """,
)


def test_names_a_name_modifying_a_mine_is_the_mines() -> None:
    assert _persons(KARO_MINE) == []


KELMO_GANG = (
    "The leader of the 400 Kelmo gang spoke.",
    """
    The     1 det      DET   DT  the    O
    leader  7 nsubj    NOUN  NN  leader O
    of      1 prep     ADP   IN  of     O
    the     6 det      DET   DT  the    O
    400     6 nummod   NUM   CD  400    B-CARDINAL
    Kelmo   6 compound PROPN NNP Kelmo  B-PERSON
    gang    2 pobj     NOUN  NN  gang   O
    spoke   7 ROOT     VERB  VBD speak  O
    .       7 punct    PUNCT .   .      O
    """,
)


def test_names_a_name_modifying_a_gang_is_the_gangs() -> None:
    assert _persons(KELMO_GANG) == []


# The model reads a hyphened given name after a title as an organisation.
HYPHENED_GIVEN_NAME = (
    "President Ana-Lise Varga spoke.",
    """
    President  4 compound PROPN NNP President O
    Ana        3 compound PROPN NNP Ana       B-ORG
    -          3 punct    PUNCT HYPH -        I-ORG
    Lise       4 compound PROPN NNP Lise      I-ORG
    Varga      5 nsubj    PROPN NNP Varga     I-ORG
    spoke      5 ROOT     VERB  VBD speak     O
    .          5 punct    PUNCT .   .         O
    """,
)


def test_names_a_hyphened_given_name_after_a_title_is_a_person() -> None:
    assert [(p.text, p.role) for p in _persons(HYPHENED_GIVEN_NAME)] == [
        ("Ana-Lise Varga", "President")
    ]


HYPHENED_TITLE = (
    "Secretary-General Ana Varga spoke.",
    """
    Secretary  2 compound PROPN NNP Secretary O
    -          2 punct    PUNCT HYPH -        O
    General    4 compound PROPN NNP General   O
    Ana        4 compound PROPN NNP Ana       B-PERSON
    Varga      5 nsubj    PROPN NNP Varga     I-PERSON
    spoke      5 ROOT     VERB  VBD speak     O
    .          5 punct    PUNCT .   .         O
    """,
)


def test_names_a_hyphened_title_is_no_part_of_the_name() -> None:
    assert [p.text for p in _persons(HYPHENED_TITLE)] == ["Ana Varga"]


# An honorific before the name and honours after it, as a commission's report writes them.
HONOURS = (
    "The inquiry was chaired by the Honourable Bernard Teague AO, with Commissioners Ron "
    "McLeod AM.",
    """
    The            1 det       DET   DT  the           O
    inquiry        3 nsubjpass NOUN  NN  inquiry       O
    was            3 auxpass   AUX   VBD be            O
    chaired        3 ROOT      VERB  VBN chair         O
    by             3 agent     ADP   IN  by            O
    the            9 det       DET   DT  the           B-ORG
    Honourable     7 compound  PROPN NNP Honourable    I-ORG
    Bernard        9 compound  PROPN NNP Bernard       I-ORG
    Teague         9 compound  PROPN NNP Teague        I-ORG
    AO             4 pobj      PROPN NNP AO            I-ORG
    ,              3 punct     PUNCT ,   ,             O
    with           3 prep      ADP   IN  with          O
    Commissioners 15 compound  PROPN NNP Commissioners O
    Ron           14 compound  PROPN NNP Ron           B-PERSON
    McLeod        15 compound  PROPN NNP McLeod        I-PERSON
    AM            11 pobj      PROPN NNP AM            I-PERSON
    .              3 punct     PUNCT .   .             O
    """,
)


def test_names_honorifics_and_honours_are_no_part_of_the_name() -> None:
    assert [p.name for p in _persons(HONOURS)] == ["Bernard Teague", "Ron McLeod"]


# The owner named in full, then his company by his name.
OWNERS_COMPANY = (
    "Abul Hashem was arrested. The Hashem Foods plant burned.",
    """
    Abul      1 compound  PROPN NNP  Abul   B-PERSON
    Hashem    3 nsubjpass PROPN NNP  Hashem I-PERSON
    was       3 auxpass   AUX   VBD  be     O
    arrested  3 ROOT      VERB  VBN  arrest O
    .         3 punct     PUNCT .    .      O
    The       8 det       DET   DT   the    O
    Hashem    7 compound  PROPN NNP  Hashem B-ORG
    Foods     8 compound  PROPN NNPS Foods  I-ORG
    plant     9 nsubj     NOUN  NN   plant  O
    burned    9 ROOT      VERB  VBD  burn   O
    .         9 punct     PUNCT .    .      O
    """,
)


def test_names_a_company_named_after_its_owner_is_not_the_owner() -> None:
    assert [p.text for p in _persons(OWNERS_COMPANY)] == ["Abul Hashem"]


APOSTROPHE_SURNAME = (
    "Transport Minister Edgard Alain Mebe Ngo'o spoke.",
    """
    Transport 1 compound PROPN NNP Transport O
    Minister  5 compound PROPN NNP Minister  O
    Edgard    5 compound PROPN NNP Edgard    B-PERSON
    Alain     5 compound PROPN NNP Alain     I-PERSON
    Mebe      5 compound PROPN NNP Mebe      O
    Ngo'o     6 nsubj    PROPN NNP Ngo'o     O
    spoke     6 ROOT     VERB  VBD speak     O
    .         6 punct    PUNCT .   .         O
    """,
)


def test_names_an_apostrophe_inside_a_surname_keeps_it_whole() -> None:
    assert [p.text for p in _persons(APOSTROPHE_SURNAME)] == ["Edgard Alain Mebe Ngo'o"]


SURNAME_TAGGED_A_BODY = (
    "Governor Mehmet Ceylan spoke.",
    """
    Governor 2 compound PROPN NNP Governor O
    Mehmet   2 compound PROPN NNP Mehmet   O
    Ceylan   3 nsubj    PROPN NNP Ceylan   B-ORG
    spoke    3 ROOT     VERB  VBD speak    O
    .        3 punct    PUNCT .   .        O
    """,
)


def test_names_a_surname_tagged_a_body_after_a_given_name_is_a_name() -> None:
    assert [(p.text, p.role) for p in _persons(SURNAME_TAGGED_A_BODY)] == [
        ("Mehmet Ceylan", "Governor")
    ]


# A second person of the same surname, whose given name the model tagged as a product.
SURNAME_AFTER_OTHER_GIVEN = (
    "John Smith arrived. Later Anna Smith said that the talks failed.",
    """
    John       1 compound PROPN NNP John   B-PERSON
    Smith      2 nsubj    PROPN NNP Smith  I-PERSON
    arrived    2 ROOT     VERB  VBD arrive O
    .          2 punct    PUNCT .   .      O
    Later      7 advmod   ADV   RBR later  O
    Anna       6 compound PROPN NNP Anna   B-PRODUCT
    Smith      7 nsubj    PROPN NNP Smith  I-PRODUCT
    said       7 ROOT     VERB  VBD say    O
    that      11 mark     SCONJ IN  that   O
    the       10 det      DET   DT  the    O
    talks     11 nsubj    NOUN  NNS talk   O
    failed     7 ccomp    VERB  VBD fail   O
    .          7 punct    PUNCT .   .      O
    """,
)


def test_names_a_shared_surname_after_another_given_name_is_another_person() -> None:
    assert [(p.text, p.name) for p in _persons(SURNAME_AFTER_OTHER_GIVEN)] == [
        ("John Smith", "John Smith"),
        ("Anna Smith", "Anna Smith"),
    ]


@pytest.mark.slow
def test_names_two_proper_nouns_given_an_age_are_a_person(nlp: Language) -> None:
    # the model leaves "Nahoko Takano" untagged; the age after it says it is a person
    doc = nlp(
        "The hostages were aid volunteer Nahoko Takano, 34, who had cared for street children; "
        "photographer Soichiro Koriyama, 32; and Noriaki Imai, 18."
    )
    assert "Nahoko Takano" in {p.name for p in doc._.retold_persons}


@pytest.mark.slow
def test_names_a_ship_after_the_is_no_person(nlp: Language) -> None:
    doc = nlp("The captain of the Arabella told Interfax that his crew launched lifeboats.")
    assert "Arabella" not in {p.name for p in doc._.retold_persons}


@pytest.mark.slow
def test_names_a_channel_with_a_number_in_its_name_is_an_outlet(nlp: Language) -> None:
    doc = nlp("The minister, speaking to TF1 television, said hospitals were holding up.")
    assert [o.text for o in doc._.retold_outlets] == ["TF1"]


@pytest.mark.slow
def test_names_a_nickname_in_quotation_marks_is_no_part_of_the_name(nlp: Language) -> None:
    doc = nlp('Kelm Mayor Tom "Buddy" Harper said the victims ranged from a baby to the elderly.')
    assert "Tom Harper" in {p.name for p in doc._.retold_persons}
    [att] = doc._.retold_attributions
    assert att.speaker == "Tom Harper"


@pytest.mark.slow
def test_names_an_appositive_closed_by_its_role_noun_is_the_role(nlp: Language) -> None:
    doc = nlp(
        "Milo Dravec, the Velka district governor, told reporters that the search for "
        "survivors remained the priority."
    )
    roles = {p.name: p.role for p in doc._.retold_persons}
    assert roles["Milo Dravec"] == "Velka district governor"


@pytest.mark.slow
def test_names_a_name_of_hyphened_words_is_whole(nlp: Language) -> None:
    doc = nlp(
        "Government spokesman Alain-Claude Bilie-By-Nze told reporters that the raid had targeted "
        'looters. "These are not activists, they are criminals," he said.'
    )
    assert "Alain-Claude Bilie-By-Nze" in {p.name for p in doc._.retold_persons}
    assert [a.speaker for a in doc._.retold_attributions] == ["Alain-Claude Bilie-By-Nze"] * 2


# A name the model took for a title, as the subject of a speech verb; and one of a book.
TITLE_THAT_SPEAKS = (
    "Marta Olund said it.",
    """
    Marta     1 compound PROPN NNP Marta  B-WORK_OF_ART
    Olund     2 nsubj    PROPN NNP Olund  I-WORK_OF_ART
    said      2 ROOT     VERB  VBD say    O
    it        2 dobj     PRON  PRP it     O
    .         2 punct    PUNCT .   .      O
    """,
)
TITLE_THAT_SELLS = (
    "Marta Olund sold well.",
    """
    Marta     1 compound PROPN NNP Marta  B-WORK_OF_ART
    Olund     2 nsubj    PROPN NNP Olund  I-WORK_OF_ART
    sold      2 ROOT     VERB  VBD sell   O
    well      2 advmod   ADV   RB  well   O
    .         2 punct    PUNCT .   .      O
    """,
)


def test_names_a_title_that_speaks_is_a_person() -> None:
    assert [p.name for p in _persons(TITLE_THAT_SPEAKS)] == ["Marta Olund"]
    assert _persons(TITLE_THAT_SELLS) == []


# A known outlet written in lower case, which the model tagged as nothing.
LOWER_CASE_AGENCY = (
    "the dpa news agency reported it.",
    """
    the       3 det      DET   DT  the    O
    dpa       3 compound NOUN  NN  dpa    O
    news      3 compound NOUN  NN  news   O
    agency    4 nsubj    NOUN  NN  agency O
    reported  4 ROOT     VERB  VBD report O
    it        4 dobj     PRON  PRP it     O
    .         4 punct    PUNCT .   .      O
    """,
)


def test_names_a_known_outlet_in_lower_case_before_agency_is_an_outlet() -> None:
    assert [o.text for o in _finder().match_outlets(parsed(*LOWER_CASE_AGENCY))] == [
        "dpa news agency"
    ]
