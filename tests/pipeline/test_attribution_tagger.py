"""The trained attribution tagger: BIO decoding, grouping into attributions, the packaged
model, and what it adds to the rules on the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from retold.document import Document
from retold.pipeline import analyse
from retold.pipeline.attribution_tagger import (
    TaggedSpan,
    _quote_flags,
    doc_features,
    load_cue_lemmas,
    load_tagger,
    proposals,
    spans_from_tags,
    tag_doc,
)

from . import VOCAB_NLP


def _doc(words: list[str], sent_starts: list[bool] | None = None) -> Doc:
    # The English vocab: punctuation and spaces must read as such.
    return Doc(VOCAB_NLP.vocab, words=words, sent_starts=sent_starts)


def test_tagger_spans_from_tags_reads_bio_runs() -> None:
    doc = _doc("Smith said the talks failed .".split())
    tags = ["B-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "O"]
    assert spans_from_tags(doc[0:6], tags) == [
        TaggedSpan("SRC", 0, 1),
        TaggedSpan("CUE", 1, 2),
        TaggedSpan("CON", 2, 5),
    ]


def test_tagger_spans_from_tags_starts_a_run_at_a_stray_inside_tag() -> None:
    doc = _doc("a b c d".split())
    assert spans_from_tags(doc[1:4], ["I-CON", "O", "I-SRC"]) == [
        TaggedSpan("CON", 1, 2),
        TaggedSpan("SRC", 3, 4),
    ]


def test_tagger_proposals_pair_content_with_nearest_cue_and_its_source() -> None:
    words = "Smith said the talks failed . Jones thinks they will resume .".split()
    doc = _doc(words, [w in ("Smith", "Jones") for w in words])
    spans = [
        TaggedSpan("SRC", 0, 1),
        TaggedSpan("CUE", 1, 2),
        TaggedSpan("CON", 2, 5),
        TaggedSpan("SRC", 6, 7),
        TaggedSpan("CUE", 7, 8),
        TaggedSpan("CON", 8, 11),
    ]
    found = {
        (doc.text[p.content[0] : p.content[1]], doc.text[p.source[0] : p.source[1]])
        for p in proposals(doc, spans)
        if p.source
    }
    assert found == {("the talks failed", "Smith"), ("they will resume", "Jones")}


def test_tagger_proposals_join_a_quote_split_over_sentences() -> None:
    words = "“ We won . We will win again , ” she said .".split()
    doc = _doc(words, [i in (0, 4) for i in range(len(words))])
    spans = [
        TaggedSpan("CON", 1, 3),
        TaggedSpan("CON", 4, 8),
        TaggedSpan("SRC", 10, 11),
        TaggedSpan("CUE", 11, 12),
    ]
    (prop,) = proposals(doc, spans)
    assert doc.text[prop.content[0] : prop.content[1]] == "We won . We will win again"


def test_tagger_proposals_keep_sentences_outside_a_quote_apart() -> None:
    words = "She backed the plan . Prices will rise , she said .".split()
    doc = _doc(words, [i in (0, 5) for i in range(len(words))])
    spans = [
        TaggedSpan("CUE", 1, 2),
        TaggedSpan("CON", 2, 4),
        TaggedSpan("CON", 5, 8),
        TaggedSpan("CUE", 10, 11),
    ]
    contents = sorted(doc.text[p.content[0] : p.content[1]] for p in proposals(doc, spans))
    assert contents == ["Prices will rise", "the plan"]


def test_tagger_proposals_keep_a_content_without_a_cue_marked_so() -> None:
    doc = _doc("the talks failed".split(), [True, False, False])
    (prop,) = proposals(doc, [TaggedSpan("CON", 0, 3)])
    assert prop.cue is None


def test_tagger_packaged_model_loads() -> None:
    assert load_tagger() is not None


def test_tagger_packaged_cue_words_load() -> None:
    cues = load_cue_lemmas()
    assert {"say", "slam", "accord"} <= cues
    assert "fine" not in cues


def test_tagger_missing_model_gives_none(tmp_path: Path) -> None:
    assert load_tagger(str(tmp_path / "absent.bin")) is None


@pytest.mark.slow
def test_tagger_features_cover_every_word_token(nlp: Language) -> None:
    doc = nlp("Officials fear the deal will collapse. “It is over,” one aide said.")
    feats = doc_features(doc)
    assert sum(len(f) for _, f in feats) == len(doc)
    assert all("b" in tok for _, f in feats for tok in f)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The senator blasted the proposal as a giveaway to the wealthy.",
            "blasted",
            "the proposal as a giveaway to the wealthy",
            "The senator",
        ),
        (
            "The governor slammed the decision as a betrayal of the voters.",
            "slammed",
            "the decision as a betrayal of the voters",
            "The governor",
        ),
        (
            "Critics charge that the plan would raise taxes on the middle class.",
            "charge",
            "that the plan would raise taxes on the middle class",
            "Critics",
        ),
    ],
    ids=["evaluation", "noun-object", "cue-outside-lexicon"],
)
def test_tagger_adds_what_the_rules_miss(
    nlp: Language, text: str, cue: str, content: str, source: str
) -> None:
    finder = nlp.get_pipe("retold_attributions")
    doc = nlp(text)
    tagger, finder.tagger = finder.tagger, None
    try:
        assert finder.match(doc) == []
    finally:
        finder.tagger = tagger
    ((_, analysis),) = analyse(nlp, [Document(id="t", text=text)])
    (att,) = analysis.attributions
    assert (att.cue.text, att.content.text, att.source.text if att.source else None) == (
        cue,
        content,
        source,
    )


@pytest.mark.slow
def test_tagger_leaves_sentences_the_rules_read(nlp: Language) -> None:
    # "vowed" is a rule cue: the tagger adds no second reading of the sentence.
    text = "The mayor vowed to rebuild the bridge within a year."
    ((_, analysis),) = analyse(nlp, [Document(id="t", text=text)])
    assert [(a.cue.text, a.content.text) for a in analysis.attributions] == [
        ("vowed", "to rebuild the bridge within a year")
    ]


def test_tagger_proposals_give_a_cue_the_nearest_content_on_each_side() -> None:
    words = (
        "“ We won , ” she said , “ and we will win again . ” Later , the rest stays open .".split()
    )
    doc = _doc(words, [i in (0, 16) for i in range(len(words))])
    spans = [
        TaggedSpan("CON", 1, 3),
        TaggedSpan("SRC", 5, 6),
        TaggedSpan("CUE", 6, 7),
        TaggedSpan("CON", 9, 14),
        TaggedSpan("CON", 18, 22),
    ]
    props = proposals(doc, spans)
    with_cue = [p for p in props if p.cue is not None]
    (joined,) = with_cue
    assert doc.text[joined.content[0] : joined.content[1]].startswith("We won")
    assert doc.text[joined.content[0] : joined.content[1]].endswith("win again")
    # The farther run on the same side is another statement, with no cue of its own.
    assert [doc.text[p.content[0] : p.content[1]] for p in props if p.cue is None] == [
        "the rest stays open"
    ]


def test_tagger_proposals_do_not_reach_over_a_paragraph_break() -> None:
    doc = Doc(
        VOCAB_NLP.vocab,
        words=["Smith", "said", "so", ".", "\n\n", "Prices", "rose", "sharply", "."],
        spaces=[True, True, False, False, False, True, True, False, False],
        sent_starts=[True, False, False, False, False, True, False, False, False],
    )
    spans = [
        TaggedSpan("SRC", 0, 1),
        TaggedSpan("CUE", 1, 2),
        TaggedSpan("CON", 5, 8),
    ]
    (prop,) = proposals(doc, spans)
    assert prop.cue is None


class _FakeTagger:
    """Tags every token O and gives fixed marginals: a CUE on the second token."""

    def tag(self, xseq: list[list[str]]) -> list[str]:
        self.n = len(xseq)
        return ["O"] * len(xseq)

    def marginal(self, label: str, k: int) -> float:
        if label == "B-CUE":
            return 0.9 if k == 1 else 0.0
        if label == "I-CON":
            return 0.8 if k >= 2 else 0.0
        return 0.0


def test_tagger_tag_doc_fills_cue_and_content_odds() -> None:
    words = "Smith backs the plan .".split()
    doc = _doc(words, [True] + [False] * 4)
    scores: dict[int, tuple[float, float]] = {}
    assert tag_doc(doc, _FakeTagger(), scores) == []
    assert scores[1] == (0.9, 0.0)
    assert scores[3] == (0.0, 0.8)
    assert set(scores) == set(range(len(words)))


def test_tagger_tag_doc_skips_content_odds_where_no_cue_is_likely() -> None:
    words = "Smith backs the plan .".split()
    doc = _doc(words, [True] + [False] * 4)
    scores: dict[int, tuple[float, float]] = {}
    # No token reaches 0.95 odds of a cue: the cue odds stay, the content odds are 0.
    tag_doc(doc, _FakeTagger(), scores, content_from=0.95)
    assert (scores[1], scores[3]) == ((0.9, 0.0), (0.0, 0.0))
    scores.clear()
    tag_doc(doc, _FakeTagger(), scores, content_from=0.5)
    assert (scores[1], scores[3]) == ((0.9, 0.0), (0.0, 0.8))


def test_tagger_quote_flags_mark_tokens_inside_quotation_marks() -> None:
    doc = _doc(["She", "said", "“", "we", "won", "”", "today", "."])
    assert _quote_flags(doc) == [0, 0, 0, 1, 1, 0, 0, 0]
    assert _quote_flags(doc, []) == [0] * 8
