"""The grade rules of the README, one test each, and who agrees with whom."""

from __future__ import annotations

from retold.ledger.claims import Claim
from retold.ledger.grading import Grading, Statement, agreement, grade_incident
from retold.ledger.incidents import group_claims

from ._claims import claim

DAY = ("2031-03-10", "2031-03-10")
BLAMES_COALITION = frozenset({"coalition"})


def _grade(claims: list[Claim], statements: dict[str, list[Statement]] | None = None) -> Grading:
    (incident,) = group_claims(claims)
    return grade_incident(incident, statements or {})


def test_grading_single_source() -> None:
    g = _grade([claim("a", 10, 10, DAY)])
    assert (g.grade, g.sources, g.acknowledged) == ("single-source", 1, False)


def test_grading_two_documents_of_one_origin_are_one_source() -> None:
    g = _grade(
        [
            claim("a", 10, 10, DAY, origin="outlet:wire"),
            claim("b", 10, 10, DAY, origin="outlet:wire"),
        ]
    )
    assert (g.grade, g.sources) == ("single-source", 1)


def test_grading_word_for_word_copies_are_one_source() -> None:
    wire = "Ten people were killed in Kessel on Friday, the agency said."
    g = _grade([claim("a", 10, 10, DAY, passage=wire), claim("b", 10, 10, DAY, passage=wire)])
    assert (g.grade, g.sources) == ("single-source", 1)


def test_grading_two_independent_sources_corroborate() -> None:
    g = _grade([claim("a", 10, 12, DAY), claim("b", 11, None, DAY)])
    assert (g.grade, g.sources) == ("corroborated", 2)


def test_grading_a_figure_from_the_blamed_party_confirms() -> None:
    g = _grade(
        [
            claim("a", 10, 10, DAY, blamed=BLAMES_COALITION),
            claim(
                "b",
                4,
                4,
                DAY,
                speaker="Coalition command",
                source_words=frozenset({"coalition", "command"}),
            ),
        ]
    )
    assert g.grade == "confirmed"
    assert g.acknowledged_by == ("Coalition command",)


def test_grading_an_admission_in_a_claims_document_confirms() -> None:
    ack = Statement("a", "acknowledges", "Col. Brand", frozenset({"coalition", "spokesman"}), "...")
    g = _grade([claim("a", 10, 10, DAY, blamed=BLAMES_COALITION)], {"a": [ack]})
    assert (g.grade, g.acknowledged_by) == ("confirmed", ("Col. Brand",))


def test_grading_an_admission_by_someone_not_blamed_does_not_confirm() -> None:
    ack = Statement("a", "acknowledges", "Mayor", frozenset({"mayor"}), "...")
    g = _grade([claim("a", 10, 10, DAY, blamed=BLAMES_COALITION)], {"a": [ack]})
    assert g.grade == "single-source"


def test_grading_denied_by_the_blamed_party_with_one_source_is_discounted() -> None:
    deny = Statement("a", "denies", "Coalition", frozenset({"coalition"}), "...")
    g = _grade([claim("a", 10, 10, DAY, blamed=BLAMES_COALITION)], {"a": [deny]})
    assert (g.grade, g.denied_by) == ("discounted", ("Coalition",))


def test_grading_denied_against_two_sources_is_contested() -> None:
    deny = Statement("a", "denies", "Coalition", frozenset({"coalition"}), "...")
    g = _grade(
        [claim("a", 10, 10, DAY, blamed=BLAMES_COALITION), claim("b", 9, 9, DAY)], {"a": [deny]}
    )
    assert g.grade == "contested"


def test_grading_a_dispute_by_a_third_party_contests() -> None:
    dispute = Statement("b", "denies", "Army", frozenset({"army"}), "...")
    g = _grade([claim("a", 10, 10, DAY), claim("b", 9, 9, DAY)], {"b": [dispute]})
    assert (g.grade, g.disputed_by) == ("contested", ("Army",))


def test_grading_sources_blaming_different_parties_contest() -> None:
    g = _grade(
        [
            claim("a", 10, 10, DAY, blamed=frozenset({"coalition"})),
            claim("b", 10, 10, DAY, blamed=frozenset({"rebels"})),
        ]
    )
    assert g.grade == "contested"


def test_grading_statements_of_unrelated_documents_do_not_count() -> None:
    ack = Statement("z", "acknowledges", "Coalition", frozenset({"coalition"}), "...")
    g = _grade([claim("a", 10, 10, DAY, blamed=BLAMES_COALITION)], {"z": [ack]})
    assert g.grade == "single-source"


def test_agreement_majority_interval_agrees_the_rest_disagree() -> None:
    claims = [
        claim("a", 100, None, DAY, outlet="A"),
        claim("b", 180, 220, DAY, outlet="B", speaker="Dr Vale"),
        claim("c", 200, None, DAY, outlet="C"),
        claim("d", 20, 30, DAY, outlet="D"),
    ]
    agree, disagree = agreement(claims)
    assert agree == ["A", "Dr Vale (B)", "C"]
    assert disagree == ["D"]


def test_agreement_a_speaker_with_two_figures_can_be_on_both_sides() -> None:
    lavish = claim("a", 200, None, DAY, speaker="Minister", origin="speaker:minister")
    modest = claim("b", 0, 100, DAY, speaker="Minister", origin="speaker:minister", outlet="Post")
    agree, disagree = agreement([lavish, modest, claim("c", 180, 220, DAY, outlet="Daily")])
    assert agree == ["Minister (Wire)", "Daily"]
    assert disagree == ["Minister (Post)"]


def test_statements_of_finds_admissions_and_denials() -> None:
    from retold.ledger.grading import statements_of

    from ._build import Builder

    text = (
        "A coalition spokesman acknowledged that a coalition strike killed civilians. "
        "The army said there was no sign of an airstrike. The mayor said the market reopens"
    )
    b = Builder("s", text, outlet="Wire", published="2031-01-01")
    b.said(
        "A coalition spokesman",
        "acknowledged",
        "a coalition strike killed civilians",
        speaker="Col. Brand",
    )
    b.said("The army", "said", "there was no sign of an airstrike")
    b.said("The mayor", "said", "the market reopens")
    found = statements_of("s", text, b.analysis, "Wire")
    assert [(s.kind, s.speaker) for s in found] == [
        ("acknowledges", "Col. Brand"),
        ("denies", "The army"),
    ]
    assert "coalition" in found[0].words


def test_assign_statements_to_the_incident_of_the_nearest_claim() -> None:
    from dataclasses import replace

    from retold.ledger.grading import assign_statements

    near = replace(claim("r", 10, 10, DAY, blamed=BLAMES_COALITION), start=10, end=12)
    far = replace(
        claim("r", 5, 5, ("2031-04-02", "2031-04-02"), blamed=BLAMES_COALITION), start=900, end=901
    )
    incidents = group_claims([near, far])
    ack = Statement("r", "acknowledges", "Coalition", frozenset({"coalition"}), "...", start=40)
    assigned = assign_statements(incidents, {"r": [ack], "elsewhere": [ack]})
    assert [a.get("r", []) for a in assigned] == [[ack], []]
    grades = [grade_incident(i, a).grade for i, a in zip(incidents, assigned, strict=True)]
    assert grades == ["confirmed", "single-source"]


def test_grading_an_unattributed_figure_beside_a_named_source_is_that_source() -> None:
    named = claim(
        "r", 9, 9, DAY, speaker="Health Office", origin="speaker:health office", passage="One."
    )
    bare = claim("r", 7, 7, DAY, passage="Two.")
    assert _grade([named, bare]).sources == 1
    assert _grade([named, claim("other", 7, 7, DAY)]).sources == 2
