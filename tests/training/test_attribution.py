"""Training the attribution tagger: gold spans from brat relations, BIO tags by character
offsets, and a model written and read back (PolNeAR itself is not read here)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from retold.pipeline.attribution_tagger import CUES_FILE, doc_features, load_cue_lemmas, load_tagger
from retold.training.attribution import cue_lemmas, relation_spans, token_tags, train


def test_training_relation_spans_keep_only_roles_of_relations() -> None:
    ann = (
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 16;20 26\ttalks failed\n"
        "T4\tAttribution 6 10\tsaid\nT5\tDiscard 30 35\tPhoto\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    assert relation_spans(ann) == [
        ("CON", [(11, 16), (20, 26)]),
        ("CUE", [(6, 10)]),
        ("SRC", [(0, 5)]),
    ]


def test_training_relation_spans_skip_spans_no_relation_uses() -> None:
    ann = "T1\tContent 0 5\tabcde\nT2\tCue 6 10\tsaid\n"
    assert relation_spans(ann) == []


def test_training_token_tags_are_bio_by_character_offsets() -> None:
    doc = Doc(Vocab(), words="Smith said the talks failed .".split())
    spans = [("SRC", [(0, 5)]), ("CUE", [(6, 10)]), ("CON", [(11, 27)])]
    assert token_tags(doc, spans) == ["B-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "O"]


def test_training_cue_lemmas_need_count_and_rate() -> None:
    seen = Counter({"slam": 20, "fine": 200, "tout": 5, "rare": 3})
    as_cue = Counter({"slam": 12, "fine": 6, "tout": 5, "rare": 3})
    assert cue_lemmas(seen, as_cue) == ["slam", "tout"]


@pytest.mark.slow
def test_training_writes_a_model_that_tags(nlp: Language, tmp_path: Path) -> None:
    text = "Smith said the talks failed. Jones argued the plan was dead."
    doc = nlp(text)
    ann = (
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 27\tthe talks failed\n"
        "E1\tCue:T2 Content:T3 Source:T1\n"
        "T4\tSource 29 34\tJones\nT5\tCue 35 41\targued\nT6\tContent 42 60\tthe plan was dead\n"
        "E2\tCue:T5 Content:T6 Source:T4\n"
    )
    model = tmp_path / "m.bin"
    # Two sentences: keep every feature (the corpus settings drop rare ones).
    params: dict[str, object] = {"max_iterations": 50, "feature.minfreq": 0, "c1": 0.0}
    assert train([doc], [ann], model, params=params) == 2
    tagger = load_tagger(str(model))
    assert tagger is not None
    (_, feats), _ = doc_features(doc)
    assert tagger.tag(feats)[:3] == ["B-SRC", "B-CUE", "B-CON"]
    # Too few examples for any cue word to pass the count.
    assert (tmp_path / CUES_FILE).read_text(encoding="utf-8") == "\n"
    assert load_cue_lemmas(str(tmp_path / CUES_FILE)) == frozenset()
