"""The attribution component on hand-parsed Docs: sources, cues, contents, speakers, relays."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from retold.document import Document
from retold.pipeline import analyse
from retold.pipeline.attribution import AttributionFinder, quote_spans
from retold.records import Attribution, PersonMention

from . import VOCAB_NLP, parsed

SAID_THAT = (
    "Smith said that the talks failed.",
    """
    Smith      1 nsubj  PROPN NNP Smith B-PERSON
    said       1 ROOT   VERB  VBD say   O
    that       5 mark   SCONJ IN  that  O
    the        4 det    DET   DT  the   O
    talks      5 nsubj  NOUN  NNS talk  O
    failed     1 ccomp  VERB  VBD fail  O
    .          1 punct  PUNCT .   .     O
    """,
)

COLON_QUOTE = (
    "Smith told reporters: “The talks have failed.”",
    """
    Smith      1 nsubj  PROPN NNP Smith    B-PERSON
    told       1 ROOT   VERB  VBD tell     O
    reporters  1 dobj   NOUN  NNS reporter O
    :          1 punct  PUNCT :   :        O
    “          1 punct  PUNCT `` "         O
    The        6 det    DET   DT  the      O
    talks      8 nsubj  NOUN  NNS talk     O
    have       8 aux    AUX   VBP have     O
    failed     1 ccomp  VERB  VBN fail     O
    .          1 punct  PUNCT .   .        O
    ”          1 punct  PUNCT '' "         O
    """,
)

ACCORDING_TO = (
    "According to the ministry, the bridge was closed.",
    """
    According  7 prep   VERB  VBG accord   O
    to         0 prep   ADP   IN  to       O
    the        3 det    DET   DT  the      O
    ministry   1 pobj   NOUN  NN  ministry O
    ,          7 punct  PUNCT ,   ,        O
    the        6 det    DET   DT  the      O
    bridge     7 nsubj  NOUN  NN  bridge   O
    was        7 ROOT   AUX   VBD be       O
    closed     7 acomp  ADJ   JJ  closed   O
    .          7 punct  PUNCT .   .        O
    """,
)

POSTPOSED = (
    "“The talks have failed,” Smith said.",
    """
    “          8 punct  PUNCT `` "     O
    The        2 det    DET   DT  the   O
    talks      4 nsubj  NOUN  NNS talk  O
    have       4 aux    AUX   VBP have  O
    failed     8 ccomp  VERB  VBN fail  O
    ,          8 punct  PUNCT ,   ,     O
    ”          8 punct  PUNCT '' "     O
    Smith      8 nsubj  PROPN NNP Smith B-PERSON
    said       8 ROOT   VERB  VBD say   O
    .          8 punct  PUNCT .   .     O
    """,
)

PRONOUN = (
    "Smith said that the talks failed. He added that the border stays open.",
    """
    Smith      1 nsubj  PROPN NNP Smith  B-PERSON
    said       1 ROOT   VERB  VBD say    O
    that       5 mark   SCONJ IN  that   O
    the        4 det    DET   DT  the    O
    talks      5 nsubj  NOUN  NNS talk   O
    failed     1 ccomp  VERB  VBD fail   O
    .          1 punct  PUNCT .   .      O
    He         8 nsubj  PRON  PRP he     O
    added      8 ROOT   VERB  VBD add    O
    that      12 mark   SCONJ IN  that   O
    the       11 det    DET   DT  the    O
    border    12 nsubj  NOUN  NN  border O
    stays      8 ccomp  VERB  VBZ stay   O
    open      12 acomp  ADJ   JJ  open   O
    .          8 punct  PUNCT .   .      O
    """,
)

LONE_PRONOUN = (
    "He said that the talks failed.",
    """
    He         1 nsubj  PRON  PRP he    O
    said       1 ROOT   VERB  VBD say   O
    that       5 mark   SCONJ IN  that  O
    the        4 det    DET   DT  the   O
    talks      5 nsubj  NOUN  NNS talk  O
    failed     1 ccomp  VERB  VBD fail  O
    .          1 punct  PUNCT .   .     O
    """,
)

# Three sentences lie between the name and the pronoun.
DISTANT_PRONOUN = (
    "Smith spoke. Rain fell. Roads closed. He said that talks failed.",
    """
    Smith      1 nsubj  PROPN NNP Smith B-PERSON
    spoke      1 ROOT   VERB  VBD speak O
    .          1 punct  PUNCT .   .     O
    Rain       4 nsubj  NOUN  NN  rain  O
    fell       4 ROOT   VERB  VBD fall  O
    .          4 punct  PUNCT .   .     O
    Roads      7 nsubj  NOUN  NNS road  O
    closed     7 ROOT   VERB  VBD close O
    .          7 punct  PUNCT .   .     O
    He        10 nsubj  PRON  PRP he    O
    said      10 ROOT   VERB  VBD say   O
    that      13 mark   SCONJ IN  that  O
    talks     13 nsubj  NOUN  NNS talk  O
    failed    10 ccomp  VERB  VBD fail  O
    .         10 punct  PUNCT .   .     O
    """,
)

ROLE = (
    "Jane Doe, the ministry spokesman, arrived. The spokesman said that the bridge was closed.",
    """
    Jane       1 compound PROPN NNP Jane      B-PERSON
    Doe        7 nsubj    PROPN NNP Doe       I-PERSON
    ,          1 punct    PUNCT ,   ,         O
    the        5 det      DET   DT  the       O
    ministry   5 compound NOUN  NN  ministry  O
    spokesman  1 appos    NOUN  NN  spokesman O
    ,          1 punct    PUNCT ,   ,         O
    arrived    7 ROOT     VERB  VBD arrive    O
    .          7 punct    PUNCT .   .         O
    The       10 det      DET   DT  the       O
    spokesman 11 nsubj    NOUN  NN  spokesman O
    said      11 ROOT     VERB  VBD say       O
    that      15 mark     SCONJ IN  that      O
    the       14 det      DET   DT  the       O
    bridge    15 nsubj    NOUN  NN  bridge    O
    was       11 ccomp    AUX   VBD be        O
    closed    15 acomp    ADJ   JJ  closed    O
    .         11 punct    PUNCT .   .         O
    """,
)

# A second name inside the source, in a relative clause about the speaker.
RELATIVE_CLAUSE = (
    "Berg, who met Smith, said that the dam held.",
    """
    Berg       6 nsubj  PROPN NNP Berg  B-PERSON
    ,          0 punct  PUNCT ,   ,     O
    who        3 nsubj  PRON  WP  who   O
    met        0 relcl  VERB  VBD meet  O
    Smith      3 dobj   PROPN NNP Smith B-PERSON
    ,          0 punct  PUNCT ,   ,     O
    said       6 ROOT   VERB  VBD say   O
    that      10 mark   SCONJ IN  that  O
    the        9 det    DET   DT  the   O
    dam       10 nsubj  NOUN  NN  dam   O
    held       6 ccomp  VERB  VBD hold  O
    .          6 punct  PUNCT .   .     O
    """,
)

# The relay as the model parses it: "citing" hangs off the cue verb.
VIA_ADVCL = (
    "Nordwire, citing Jane Doe, reported that the dam held.",
    """
    Nordwire   6 nsubj    PROPN NNP Nordwire B-ORG
    ,          6 punct    PUNCT ,   ,        O
    citing     6 advcl    VERB  VBG cite     O
    Jane       4 compound PROPN NNP Jane     B-PERSON
    Doe        2 dobj     PROPN NNP Doe      I-PERSON
    ,          6 punct    PUNCT ,   ,        O
    reported   6 ROOT     VERB  VBD report   O
    that      10 mark     SCONJ IN  that     O
    the        9 det      DET   DT  the      O
    dam       10 nsubj    NOUN  NN  dam      O
    held       6 ccomp    VERB  VBD hold     O
    .          6 punct    PUNCT .   .        O
    """,
)

# The same relay parsed as a modifier of the subject, so that it lies inside the source.
VIA_ACL = (
    "Nordwire, citing Jane Doe, reported that the dam held.",
    """
    Nordwire   6 nsubj    PROPN NNP Nordwire B-ORG
    ,          0 punct    PUNCT ,   ,        O
    citing     0 acl      VERB  VBG cite     O
    Jane       4 compound PROPN NNP Jane     B-PERSON
    Doe        2 dobj     PROPN NNP Doe      I-PERSON
    ,          0 punct    PUNCT ,   ,        O
    reported   6 ROOT     VERB  VBD report   O
    that      10 mark     SCONJ IN  that     O
    the        9 det      DET   DT  the      O
    dam       10 nsubj    NOUN  NN  dam      O
    held       6 ccomp    VERB  VBD hold     O
    .          6 punct    PUNCT .   .        O
    """,
)


def _doc(example: tuple[str, str], persons: Sequence[tuple[str, str, str | None]] = ()) -> Doc:
    """A parsed Doc with the given (text, canonical name, role) person mentions set."""
    text, table = example
    doc = parsed(text, table)
    mentions = []
    for surface, name, role in persons:
        start = text.index(surface)
        mentions.append(PersonMention(start, start + len(surface), surface, name, role))
    doc._.retold_persons = mentions
    doc._.retold_times = []
    return doc


def _finder(max_pronoun_distance: int = 3) -> AttributionFinder:
    # The rules alone: these Docs spell out their parse, and the trained tagger has its
    # own tests (test_attribution_tagger.py).
    return AttributionFinder(
        VOCAB_NLP,
        spans_key="test_attributions",
        max_pronoun_distance=max_pronoun_distance,
        use_tagger=False,
    )


def _only(atts: list[Attribution]) -> Attribution:
    assert len(atts) == 1, atts
    return atts[0]


SMITH = [("Smith", "Smith", None)]


def test_attribution_indirect_speech_has_source_cue_and_kind() -> None:
    att = _only(_finder().match(_doc(SAID_THAT, SMITH)))
    assert (att.kind, att.source and att.source.text, att.cue.text) == ("indirect", "Smith", "said")


def test_attribution_indirect_speech_resolves_named_speaker() -> None:
    att = _only(_finder().match(_doc(SAID_THAT, SMITH)))
    assert (att.speaker, att.speaker_kind, att.resolved_by) == ("Smith", "person", "name")


def test_attribution_indirect_content_leaves_out_complementizer() -> None:
    att = _only(_finder().match(_doc(SAID_THAT, SMITH)))
    assert att.content.text == "the talks failed"


def test_attribution_offsets_index_the_text() -> None:
    doc = _doc(SAID_THAT, SMITH)
    att = _only(_finder().match(doc))
    for span in (att.cue, att.content, att.source):
        assert span is not None
        assert doc.text[span.start : span.end] == span.text
    assert att.sentence == (0, len(doc.text))


def test_attribution_colon_quote_is_direct() -> None:
    att = _only(_finder().match(_doc(COLON_QUOTE, SMITH)))
    assert (att.kind, att.cue.text, att.content.text) == ("direct", "told", "The talks have failed")


def test_attribution_colon_quote_speaker() -> None:
    att = _only(_finder().match(_doc(COLON_QUOTE, SMITH)))
    assert (att.source and att.source.text, att.speaker) == ("Smith", "Smith")


def test_attribution_according_to_stands_alone() -> None:
    att = _only(_finder().match(_doc(ACCORDING_TO)))
    assert att.kind == "according_to"
    assert (att.cue.text, att.source and att.source.text) == ("According to", "the ministry")
    assert att.content.text == "the bridge was closed"


def test_attribution_according_to_unnamed_source_is_not_a_person() -> None:
    att = _only(_finder().match(_doc(ACCORDING_TO)))
    assert att.speaker_kind != "person"


def test_attribution_postposed_cue_takes_the_quote() -> None:
    att = _only(_finder().match(_doc(POSTPOSED, SMITH)))
    assert (att.kind, att.content.text) == ("direct", "The talks have failed")
    assert (att.source and att.source.text, att.cue.text, att.speaker) == ("Smith", "said", "Smith")


def test_attribution_pronoun_resolves_to_previous_speaker() -> None:
    first, second = _finder().match(_doc(PRONOUN, SMITH))
    assert first.speaker == "Smith"
    assert second.source is not None and second.source.text == "He"
    assert (second.speaker, second.speaker_kind, second.resolved_by) == (
        "Smith",
        "person",
        "pronoun",
    )


def test_attribution_pronoun_without_antecedent_stays_unresolved() -> None:
    att = _only(_finder().match(_doc(LONE_PRONOUN)))
    assert att.speaker_kind != "person"
    assert att.resolved_by is None


def test_attribution_pronoun_within_reach_resolves() -> None:
    att = _only(_finder(max_pronoun_distance=5).match(_doc(DISTANT_PRONOUN, SMITH)))
    assert (att.speaker, att.resolved_by) == ("Smith", "pronoun")


def test_attribution_pronoun_beyond_max_distance_stays_unresolved() -> None:
    att = _only(_finder(max_pronoun_distance=1).match(_doc(DISTANT_PRONOUN, SMITH)))
    assert att.speaker is None


def test_attribution_role_description_resolves_to_person() -> None:
    persons = [("Jane Doe", "Jane Doe", "ministry spokesman")]
    att = _only(_finder().match(_doc(ROLE, persons)))
    assert (att.speaker, att.speaker_kind, att.resolved_by) == ("Jane Doe", "person", "role")


def test_attribution_speaker_is_the_subject_not_a_name_in_its_relative_clause() -> None:
    persons = [("Berg", "Berg", None), ("Smith", "Smith", None)]
    att = _only(_finder().match(_doc(RELATIVE_CLAUSE, persons)))
    assert att.speaker == "Berg"


@pytest.mark.parametrize(
    "example",
    [VIA_ACL, VIA_ADVCL],
    ids=["relay-in-subject", "relay-on-verb"],
)
def test_attribution_via_chain_speaker_is_the_cited_person(example: tuple[str, str]) -> None:
    att = _only(_finder().match(_doc(example, [("Jane Doe", "Jane Doe", None)])))
    assert (att.speaker, att.speaker_kind) == ("Jane Doe", "person")


@pytest.mark.parametrize(
    "example",
    [VIA_ACL, VIA_ADVCL],
    ids=["relay-in-subject", "relay-on-verb"],
)
def test_attribution_via_chain_lists_only_the_relay(example: tuple[str, str]) -> None:
    att = _only(_finder().match(_doc(example, [("Jane Doe", "Jane Doe", None)])))
    assert [v.text for v in att.via] == ["Nordwire"]


def test_attribution_call_sets_extension_and_spans() -> None:
    doc = _doc(COLON_QUOTE, SMITH)
    _finder()(doc)
    assert [a.kind for a in doc._.retold_attributions] == ["direct"]
    assert [(s.text, s.label_) for s in doc.spans["test_attributions"]] == [
        ("The talks have failed", "direct")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” and left.", ["yes"]),
        ("“One,” she said, “two.”", ["One,", "two."]),
        ('She said "no" twice.', ["no"]),
        ('It is 5" long.', []),
        ("An opening “ with no close.", []),
        ("He said ''we won,'' twice.", ["we won,"]),
        # A quote over two paragraphs: the first is left open, the second reopens it.
        ("“We won.\n\n“We will win again,” she said.", ["We won.\n\n“We will win again,"]),
        ('"We won.\n\n"We will win again," she said.', ['We won.\n\n"We will win again,']),
        # An unclosed quote at a paragraph break does not pair with the next paragraph's.
        ('"We won.\n\nThen "a loss" came.', ["a loss"]),
    ],
)
def test_attribution_quote_spans(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.slow
def test_attribution_model_colon_quote(nlp: Language) -> None:
    text = "The mayor, Ilse Varga, told the council: “The bridge will reopen in June.”"
    atts = nlp(text)._.retold_attributions
    att = _only([a for a in atts if a.kind == "direct"])
    assert (att.content.text, att.speaker) == ("The bridge will reopen in June", "Ilse Varga")


def _relayed(nlp: Language, text: str) -> list[tuple[str | None, list[str], str]]:
    ((_, analysis),) = analyse(nlp, [Document(id="t", text=text)])
    return [(a.speaker, [v.text for v in a.via], a.content.text) for a in analysis.attributions]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Halden Post, citing Zorin Press, which quoted Igor Tuptalov, reported that "
            "the pipeline had been shut down.",
            (
                "Igor Tuptalov",
                ["The Halden Post", "Zorin Press"],
                "the pipeline had been shut down",
            ),
        ),
        (
            "Pavel Drozhzhin told the Ostmark Gazette that the talks had stalled.",
            ("Pavel Drozhzhin", ["the Ostmark Gazette"], "the talks had stalled"),
        ),
        (
            "As reported agency Trelvo-Inform, Sergei Malakhovets declared that the troops had left.",
            ("Sergei Malakhovets", ["agency Trelvo-Inform"], "the troops had left"),
        ),
        (
            "According to the agency Lorimer Press, referring to a source in the government, "
            "the reform was delayed again.",
            (
                "a source in the government",
                ["the agency Lorimer Press"],
                "the reform was delayed again",
            ),
        ),
    ],
)
def test_attribution_chain_read_from_the_frame(
    nlp: Language, text: str, expected: tuple[str, list[str], str]
) -> None:
    assert expected in _relayed(nlp, text)


@pytest.mark.slow
def test_attribution_citing_a_reason_is_no_chain(nlp: Language) -> None:
    text = "The ministry, citing health reasons, said that the minister will not attend."
    assert ("The ministry", [], "the minister will not attend") in _relayed(nlp, text)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("The general director of WHO Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
        ("Public prosecutor H.S. Panchal", "H.S. Panchal"),
        ("The governor of Beirut Marwan Abboud", "Marwan Abboud"),
        ("Director of Health Services", None),
        ("the spokesman of the Health Ministry", None),
        ("the Ministry of Health Care", None),
    ],
)
def test_attribution_a_name_after_a_role_in_a_source(source: str, name: str | None) -> None:
    from retold.pipeline.attribution import _trailing_name

    assert _trailing_name(source) == name


def test_attribution_transcript_labels_with_titles_and_turns_to_the_next_label() -> None:
    from retold.pipeline.attribution import _turn_labels

    text = (
        "Transcript of the briefing.\n\n"
        "GENERAL ANNA K. BERG, COMMANDER, NORTHERN DISTRICT: Good morning. We found errors.\n\n"
        "They were not crimes.\n\n"
        "REPORTER (Tom Lee, Daily Post): Who is responsible?\n\n"
        "JAN NOVAK, Minister of Health: We will say soon."
    )
    names = [label[3] for label in _turn_labels(text)]
    assert names == ["GENERAL ANNA K. BERG", "REPORTER", "JAN NOVAK"]
