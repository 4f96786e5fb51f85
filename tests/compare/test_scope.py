from __future__ import annotations

import pytest

from retold.compare.scope import (
    limited_by,
    margin_scope,
    record_scope,
    says_whole,
    says_whole_by_pronoun,
    says_whole_of,
    universals,
)
from retold.compare.text import terms


@pytest.mark.parametrize(
    ("text", "whole", "head"),
    [
        (
            "The mill cut ties with all of its suppliers in Tarn.",
            "all of its suppliers",
            "suppliers",
        ),
        (
            "Nurses visited every flooded household in the valley.",
            "every flooded household",
            "household",
        ),
        (
            "The order closed the entire harbour district on Friday.",
            "entire harbour district",
            "district",
        ),
        ("A plan to vaccinate the whole population of Velka.", "whole population", "population"),
    ],
)
def test_scope_finds_the_whole_and_its_noun(text: str, whole: str, head: str) -> None:
    [u] = universals(text)
    assert (u.text, u.head) == (whole, head)


@pytest.mark.parametrize(
    "text",
    [
        "After all, the ferry was late.",
        "Rescuers worked every day for a week.",
        "All 22 passengers were rescued.",
        "All of them were rescued.",
        "The ferry did not sail at all.",
    ],
)
def test_scope_leaves_idioms_counts_and_pronouns(text: str) -> None:
    assert universals(text) == []


def test_scope_one_of_them_limits_all_of_them() -> None:
    [u] = universals("The chain dropped all of its suppliers.")
    assert limited_by(u, "Today we ended our contract with that supplier.", counts=False) == (
        "that supplier"
    )


def test_scope_a_denied_whole_limits_the_claim() -> None:
    [u] = universals("The charity interviewed every refugee family.")
    assert limited_by(u, "We have not surveyed all refugee camps.", counts=True) == (
        "not surveyed all"
    )


def test_scope_a_part_with_a_count_limits_the_claim() -> None:
    [u] = universals("The campaign will vaccinate the whole population of Velka.")
    assert limited_by(u, "Some 90,000 doses are to be given in two districts.", counts=True) == (
        "Some 90,000 doses are to"
    )


def test_scope_evidence_speaking_of_a_whole_bears_it_out() -> None:
    [u] = universals("The campaign will vaccinate the whole population of Velka.")
    assert says_whole("Everyone in Velka is to be vaccinated, some of them twice.")
    assert (
        limited_by(u, "Everyone in Velka is to be vaccinated, some of them twice.", counts=True)
        is None
    )


def test_scope_a_count_alone_does_not_limit_all() -> None:
    # "all passengers" for "the 200 passengers": the count is the whole, not a part of it.
    [u] = universals("All passengers on the ferry were rescued.")
    assert limited_by(u, "The 200 passengers on the ferry were rescued.", counts=True) is None


def test_scope_the_others_of_a_group_limit_the_whole_of_it() -> None:
    [u] = universals("With him the whole cabinet resigned.")
    found = limited_by(u, "Other members of the cabinet stay in their posts.", counts=False)
    assert found == "Other members of the cabinet"


def test_scope_a_counted_part_limits_the_whole() -> None:
    [whole] = universals("The minister said the entire hospital building burned down.")
    evidence = "Two wings of the hospital burned down, officials said."
    assert limited_by(whole, evidence, counts=True) == "Two wings of the hospital"


@pytest.mark.parametrize(
    ("evidence", "part"),
    [
        (
            "A 640-metre stretch of the elevated Tarsk Expressway toppled over.",
            "A 640-metre stretch of the elevated Tarsk",
        ),
        ("A section of the old Tarsk Expressway gave way on Monday.", "A section of the old Tarsk"),
    ],
)
def test_scope_a_stretch_or_section_limits_the_whole(evidence: str, part: str) -> None:
    [whole] = universals("The entire Tarsk Expressway collapsed in the quake.")
    assert limited_by(whole, evidence, counts=False) == part
    assert limited_by(whole, "The Tarsk Expressway collapsed entirely.", counts=False) is None


def test_scope_a_count_of_all_is_no_whole_to_limit() -> None:
    assert universals("All three of the bridge's spans fell into the river.") == []


def test_scope_a_whole_of_something_else_does_not_bear_the_claim_out() -> None:
    assert (
        says_whole_of("Most of the hostages were freed, and all exits were sealed.", {"mall"})
        is False
    )
    assert says_whole_of("The whole mall was sealed off.", {"mall"}) is True


def test_scope_an_all_time_record_for_one_over_decades() -> None:
    claim = "It was the deadliest flood in the history of the country, experts say."
    evidence = "It is the country's deadliest flood in more than three decades."
    assert record_scope(claim, evidence) == ("in the history", "in more than three decades")
    assert record_scope(claim, "It is the deadliest flood on record.") is None


@pytest.mark.parametrize(
    "evidence",
    ["Velka as a whole is under the threat of floods.", "The whole of Velka is under threat."],
)
def test_scope_a_whole_named_after_its_noun_bears_the_claim_out(evidence: str) -> None:
    assert says_whole_of(evidence, {"velka"}) is True
    assert says_whole_of(evidence.replace("Velka", "the delta"), {"velka"}) is False


def test_scope_a_close_vote_told_as_a_rout() -> None:
    claim = "The assembly overwhelmingly rejected the motion on Thursday."
    assert margin_scope(claim, "The motion fell by 285 votes to 272.") == (
        "overwhelmingly",
        "285 votes to 272",
    )
    assert margin_scope(claim, "The motion fell by 285 votes to 72.") is None
    assert margin_scope("The assembly rejected the motion.", "It fell 285-272.") is None


def test_scope_some_of_many_limits_all_of_them_not_a_part_of_one() -> None:
    [u] = universals("Within days all of the province's dams had been opened.")
    assert limited_by(
        u, "The shutters of 35 of the State's 54 large dams were opened.", counts=True
    ) == ("35 of the State's 54 large dams")
    # a part of one dam is no part of the set of dams
    assert limited_by(u, "Three shutters of the Idukki dam were raised.", counts=False) is None


def test_scope_a_nationwide_act_held_to_one_in_some_districts() -> None:
    [u] = universals("The president declared a nationwide state of emergency.")
    assert (u.text, u.head) == ("nationwide", "country")
    evidence = "The president declared a state of disaster in ten districts of the south."
    assert limited_by(u, evidence, counts=True) == "in ten districts"
    assert limited_by(u, "He declared a nationwide state of disaster.", counts=False) is None


def test_scope_a_count_of_the_very_things_limits_every_one_of_them() -> None:
    [u] = universals("The city ordered every petrochemical pipeline running beneath it shut.")
    evidence = "The city ordered the suspension of four petrochemical pipelines in the area."
    assert limited_by(u, evidence, counts=True) == "four petrochemical pipelines"


def test_scope_all_of_a_thing_held_to_a_kind_of_it_pointed_at() -> None:
    # the phrase ends before "through": the whole is of alcohol, not of kiosks
    [u] = universals("We must stop the sale of all alcohol through kiosks and shops.")
    assert (u.text, u.head) == ("all alcohol", "alcohol")
    said = "We must stop the sale of this so-called non-food alcohol through kiosks."
    assert limited_by(u, said, counts=False) == "this so-called non-food alcohol"
    assert limited_by(u, "We must stop the sale of alcohol through kiosks.", counts=False) is None
    # a clause's "that" points at nothing: "said that the government would resign"
    [u] = universals("He resigned, taking his whole government with him.")
    assert limited_by(u, "He said that the government would go with him.", counts=False) is None


def test_scope_a_whole_said_by_a_pronoun_is_a_whole() -> None:
    assert says_whole_by_pronoun("Searches will go on until everyone is accounted for.")
    assert says_whole_by_pronoun("All of them were flown to the capital.")
    assert not says_whole_by_pronoun("Not everyone was accounted for.")
    assert not says_whole_by_pronoun("Some of the trekkers were flown to the capital.")


def test_scope_the_whole_s_noun_leaves_out_its_quantifier() -> None:
    [u] = universals("The city ordered every petrochemical pipeline shut.")
    assert "pipelin" in u.nouns and not u.nouns & set(terms("every"))
    # "every company that runs pipelines" is a whole of companies, not of pipelines
    said = "Investigators gathered records from every company that runs pipelines there."
    assert says_whole_of(said, u.nouns) is False
    [u] = universals("The president declared a nationwide state of emergency.")
    assert u.nouns == set(terms("country"))


def test_scope_every_one_in_the_country_held_to_those_in_a_city() -> None:
    [u] = universals("He ordered every nightclub in the country shut for a month.")
    assert (u.text, u.country) == ("every nightclub", "in the country")
    said = "He ordered nightclubs in the capital to close on New Year's Eve."
    assert limited_by(u, said, counts=False) == "nightclubs in the capital"
    assert limited_by(u, "Nightclubs in Velka and Tarn stayed open.", counts=False) == (
        "Nightclubs in Velka and Tarn"
    )
    # bars in the capital are not the claim's nightclubs; a country-wide order bears it out
    assert limited_by(u, "He ordered bars in the capital to close.", counts=False) is None
    assert limited_by(u, "Nightclubs across the country must close.", counts=False) is None
    # no country in the claim: "every nightclub" in a city's order is that city's
    [u] = universals("The mayor ordered every nightclub shut.")
    assert u.country == ""
    assert limited_by(u, said, counts=False) is None


def test_scope_the_world_is_limited_by_one_country_named() -> None:
    [u] = universals("Seoul agreed to ban missionary work across the Muslim world.")
    assert (u.text, u.head) == ("across the Muslim world", "world")
    evidence = "Seoul agreed to stop its missionaries from working in Afghanistan."
    assert limited_by(u, evidence, counts=False) == "in Afghanistan"
    assert limited_by(u, "The ban applies to missionaries worldwide.", counts=False) is None


def test_scope_the_country_is_limited_by_a_named_region() -> None:
    [u, _] = universals("The assembly extended emergency rule across the whole country.")
    assert (u.text, u.head) == ("across the whole country", "country")
    evidence = "The assembly voted to extend emergency rule in Orvan until December."
    assert limited_by(u, evidence, counts=False, places=True) == "in Orvan"
    # unless told the whole is a measure's reach, a place named bounds nothing
    assert limited_by(u, evidence, counts=False) is None
    # a month, a body or the country itself bounds nothing
    assert (
        limited_by(u, "The assembly voted in December to extend it.", counts=False, places=True)
        is None
    )
    assert (
        limited_by(u, "The extension was debated in Parliament.", counts=False, places=True) is None
    )
    assert limited_by(u, "Emergency rule was extended in Kenya.", counts=False, places=True) is None
