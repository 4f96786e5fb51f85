"""Credit for a claim's evidence: rare facts shared, copies of a sentence, versions of a source."""

from __future__ import annotations

import pytest

from retold.document import Document
from retold.provenance.reuse import Reuse, tokens
from retold.provenance.sources import (
    SourceLink,
    _direct_sources,
    _facts,
    _rarity,
    _same_evidence,
    _weigh_by_facts,
)

SENTENCE = (
    "The relief agencies, Tovira Aid and the Kessel Fund, asked Marendia to open a "
    "second crossing for 4,500 families."
)
# The report the claim came from, a same-topic report of another event, and background.
SOURCE = Document(
    id="source",
    text="In Brask, Tovira Aid and the Kessel Fund said 4,500 families in Marendia need a crossing.",
)
OTHER = Document(
    id="other",
    text="Last year the Kessel Fund asked the government to open a crossing for Marendia families.",
)
BACKGROUND = [
    Document(id=f"bg{i}", text=f"Officials in Marendia met on day {i} to discuss the border.")
    for i in range(4)
]
DOCS = {d.id: d for d in [SOURCE, OTHER, *BACKGROUND]}


def test_facts_are_names_and_figures_one_fact_per_run() -> None:
    facts = _facts(SENTENCE, 0, len(SENTENCE))
    assert facts == [("tovira", "aid"), ("kessel", "fund"), ("marendia",), ("4", "500")]


def test_facts_rarity_favours_what_few_documents_carry() -> None:
    rarity = _rarity(DOCS)
    assert rarity("tovira") > rarity("kessel") > rarity("marendia")


def test_facts_credit_follows_the_rare_facts_a_document_shares() -> None:
    given = {"other": 1.0, "source": 0.5}
    _weigh_by_facts(given, DOCS, _facts(SENTENCE, 0, len(SENTENCE)), _rarity(DOCS))
    assert given["source"] == pytest.approx(0.5)  # carries every fact: keeps its credit
    assert given["other"] < 0.5  # only the fund and the country: most of it is gone


def test_facts_spare_the_evidence_of_a_changed_name_and_the_changed_figure() -> None:
    facts = _facts(SENTENCE, 0, len(SENTENCE))
    given = {"other": 1.0, "source": 1.0}
    _weigh_by_facts(given, DOCS, facts, _rarity(DOCS), keep={"other"})
    assert given == {"other": 1.0, "source": 1.0}
    # The figure the claim altered is not held against the document it was read against.
    wrong_figure = Document(id="wrong", text="Tovira Aid and the Kessel Fund: 3,000 families.")
    docs = DOCS | {"wrong": wrong_figure}
    given = {"wrong": 1.0, "source": 1.0}
    _weigh_by_facts(given, docs, facts, _rarity(docs), changed={"wrong": {"4", "500"}})
    assert given["wrong"] > 0.6


def test_facts_leave_credit_alone_without_facts_or_rivals() -> None:
    given = {"other": 1.0, "source": 0.5}
    _weigh_by_facts(given, DOCS, [], _rarity(DOCS))
    assert given == {"other": 1.0, "source": 0.5}
    given = {"other": 1.0}
    _weigh_by_facts(given, DOCS, _facts(SENTENCE, 0, len(SENTENCE)), _rarity(DOCS))
    assert given == {"other": 1.0}


def test_facts_a_name_opening_a_sentence_is_still_carried() -> None:
    opener = Document(
        id="opener", text="Tovira Aid and the Kessel Fund met. Marendia agreed to 4,500."
    )
    docs = DOCS | {"opener": opener}
    given = {"opener": 1.0, "source": 1.0}
    _weigh_by_facts(given, docs, _facts(SENTENCE, 0, len(SENTENCE)), _rarity(docs))
    assert given == {"opener": 1.0, "source": 1.0}


def test_facts_every_copy_of_an_evidence_sentence_earns_its_best_credit() -> None:
    line = "Tovira Aid said 4,500 families in Marendia need a second crossing."
    docs = {
        "first": Document(id="first", text=line),
        "copy": Document(id="copy", text="MARENDIA (Wire) - " + line),
        "elsewhere": Document(id="elsewhere", text="The Kessel Fund met in Brask on Monday."),
    }
    given = {"first": 1.0, "copy": 0.5}
    spans = {"first": (0, len(line)), "copy": (0, 10)}
    _same_evidence(given, spans, docs, set(docs))
    assert given == {"first": 1.0, "copy": 1.0}
    assert docs["copy"].text[slice(*spans["copy"])] == line.rstrip(".")


def test_facts_of_versions_as_good_as_each_other_the_latest_is_the_source() -> None:
    def link(doc_id: str, published: str) -> SourceLink:
        return SourceLink(doc_id, 0.4, 0.4, 0.0, 1.0, published=published)

    other = SourceLink("other", 0.8, 0.6, 0.0, 1.0, published="2025-03-01")
    versions = [link("v0", "2025-03-01"), link("v1", "2025-03-02"), link("v2", "2025-03-03")]
    claims = {"other": {"c1", "c2", "c3"}} | {v.doc_id: {"c4", "c5"} for v in versions}
    reuse = {d: Reuse((), 0.0, 0.0) for d in claims}
    direct = _direct_sources([other, *versions], tokens("an article"), claims, reuse)
    assert direct == {"other", "v2"}
