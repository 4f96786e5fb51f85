"""The synthetic news generator: seeded, planted distortions, and renamed copies that keep offsets."""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.language import Language

from retold.evaluation.synth import (
    corpus,
    invented_name,
    make_story,
    rename,
    rename_analysis,
    renaming,
    retelling,
    story_documents,
)
from retold.pipeline import analyse


def test_synth_same_seed_same_documents() -> None:
    assert list(corpus(5, 6)) == list(corpus(5, 6))
    assert [d.text for d in corpus(5, 6)] != [d.text for d in corpus(6, 6)]


def test_synth_documents_are_distinct_and_ids_unique() -> None:
    docs = list(corpus(1, 40))
    assert len({d.id for d in docs}) == len(docs) == 200
    assert len({d.content_hash for d in docs}) == len(docs)


def test_synth_story_plants_its_distortions() -> None:
    story = make_story(3, 7)
    statement, faithful, _, inflated, misquoted = story_documents(story, 3)
    assert f"{story.dead} people" in statement.text
    assert f"{story.dead} people" in faithful.text or f"to {story.dead}," in faithful.text
    assert str(story.dead * 10) in inflated.text
    assert f"{story.official}, the {story.role}" in faithful.text
    assert f"{story.witness}, a local resident, told" in misquoted.text


def test_synth_retelling_says_what_it_changed() -> None:
    kinds = set()
    for index in range(30):
        story = make_story(4, index)
        article, planted = retelling(story, 4)
        kinds.update(planted)
        if "figure" in planted:
            assert f"More than {story.dead} " not in article.text
        else:
            assert f"More than {story.dead} " in article.text
        assert (story.witness in article.text) == ("speaker" in planted)
    assert kinds == {"figure", "speaker"}


@pytest.mark.parametrize("length", [3, 5, 8, 12])
def test_synth_invented_name_has_the_length_asked(length: int) -> None:
    rng = random.Random(length)
    for _ in range(20):
        name = invented_name(rng, length)
        assert len(name) == length and name[0].isupper() and name[1:].islower()


def test_synth_renaming_keeps_lengths_and_changes_every_name() -> None:
    story = make_story(9, 2)
    mapping = renaming(story, 9, 1)
    assert set(mapping) == set(story.names())
    assert all(len(k) == len(v) and k != v for k, v in mapping.items())
    assert renaming(story, 9, 1) == mapping != renaming(story, 9, 2)
    doc = story_documents(story, 9)[1]
    copy = rename(doc, mapping, suffix="~c1")
    assert copy.id == f"{doc.id}~c1" and len(copy.text) == len(doc.text)
    assert story.place not in copy.text and mapping[story.place] in copy.text


def _spans(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        own = [value] if {"start", "end", "text"} <= value.keys() else []
        return own + [s for v in value.values() for s in _spans(v)]
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    return []


@pytest.mark.slow
def test_synth_renamed_analysis_matches_the_renamed_text(nlp: Language) -> None:
    story = make_story(2, 5)
    docs = story_documents(story, 2)
    mapping = renaming(story, 2, 3)
    for doc, analysis in analyse(nlp, docs):
        data = rename_analysis(analysis.to_dict(), mapping)
        copy = rename(doc, mapping, suffix="~c3")
        spans = _spans(data)
        assert spans
        for span in spans:
            assert copy.text[span["start"] : span["end"]] == span["text"]
        assert not any(old in str(data) for old in mapping)
