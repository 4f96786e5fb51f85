"""Places: transliteration variants resolve to one gazetteer entry; words stay words."""

from __future__ import annotations

import time

import pytest

from retold.facts.places import (
    Place,
    distance_km,
    fold_place_name,
    lookup_place,
    same_place,
)

MOSUL = "99072"
ALEPPO = "170063"


@pytest.mark.parametrize("name", ["Mosul", "Mossul", "al-Mawsil", "Al Mawsil", "MOSUL", "Mosul's"])
def test_places_mosul_variants_resolve_to_one_key(name: str) -> None:
    place = lookup_place(name)
    assert place is not None
    assert (place.key, place.kind, place.country) == (MOSUL, "city", "IQ")


def test_places_city_has_coordinates() -> None:
    place = lookup_place("Mosul")
    assert place is not None and place.lat is not None and place.lon is not None
    assert (round(place.lat), round(place.lon)) == (36, 43)


@pytest.mark.parametrize("name", ["Aleppo", "Halab"])
def test_places_aleppo_alternate_name(name: str) -> None:
    place = lookup_place(name)
    assert place is not None and place.key == ALEPPO


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Raqqa", "ar-Raqqa"),
        ("Baghdad", "Bagdad"),
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Kyiv", "Kiev"),
        ("Erbil", "Irbil"),
        ("Fallujah", "Falluja"),
    ],
)
def test_places_spelling_variants_are_same_place(a: str, b: str) -> None:
    assert same_place(a, b)


def test_places_unknown_region_variants_compare_by_folded_text() -> None:
    # Eastern Ghouta is not in the extract: the folded names decide.
    assert lookup_place("Eastern Ghouta") is None
    assert same_place("Eastern Ghouta", "Eastern Guta")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Mosul", "Aleppo"), ("Eastern Ghouta", "Western Ghouta"), ("Mosul", "Eastern Ghouta")],
)
def test_places_different_places_differ(a: str, b: str) -> None:
    assert not same_place(a, b)


def test_places_compass_adjective_dropped() -> None:
    assert same_place("western Mosul", "Mosul")


@pytest.mark.parametrize(
    ("name", "capital_key"), [("Damascus", "170654"), ("Baghdad", "98182"), ("Kabul", "1138958")]
)
def test_places_capital(name: str, capital_key: str) -> None:
    place = lookup_place(name)
    assert place is not None and (place.key, place.kind) == (capital_key, "city")


@pytest.mark.parametrize(("name", "iso"), [("Iraq", "IQ"), ("Syria", "SY"), ("Britain", "GB")])
def test_places_country(name: str, iso: str) -> None:
    place = lookup_place(name)
    assert place is not None and (place.kind, place.country) == ("country", iso)


def test_places_country_beats_city_of_same_name() -> None:
    place = lookup_place("Kuwait")
    assert place is not None and place.kind == "country"


def test_places_own_name_beats_another_city_alternate() -> None:
    # Hong Kong was once called Victoria; cities named so today come first.
    place = lookup_place("Victoria")
    assert place is not None and place.country != "HK"


def test_places_respelled_own_name_beats_smaller_namesake() -> None:
    place = lookup_place("Geneva")
    assert place is not None and place.country == "CH"


@pytest.mark.parametrize(
    "word", ["the", "police", "Police", "March", "Tuesday", "Reuters", "Government", "Putin", ""]
)
def test_places_non_place_word_does_not_match(word: str) -> None:
    assert lookup_place(word) is None


@pytest.mark.parametrize(("acronym", "iso"), [("UK", "GB"), ("UAE", "AE"), ("U.S.", "US")])
def test_places_country_acronym(acronym: str, iso: str) -> None:
    place = lookup_place(acronym)
    assert place is not None and place.country == iso


@pytest.mark.parametrize("acronym", ["UN", "EU", "AP", "ISIS"])
def test_places_other_acronym_is_no_place(acronym: str) -> None:
    assert lookup_place(acronym) is None


@pytest.mark.parametrize("word", ["Israeli", "American", "Christian"])
def test_places_derived_word_is_not_a_typo(word: str) -> None:
    assert lookup_place(word) is None


@pytest.mark.parametrize(
    ("typo", "name"), [("Casablance", "Casablanca"), ("Johannesbrug", "Johannesburg")]
)
def test_places_fuzzy_match_catches_typo(typo: str, name: str) -> None:
    place = lookup_place(typo)
    assert place is not None and place.name == name


def test_places_fuzzy_can_be_turned_off() -> None:
    assert lookup_place("Casablance", fuzzy=False) is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [("al-Mawsil", "mawsil"), ("Eastern Ghouta", "eastern guta"), ("An-shun", "an shun")],
)
def test_places_fold(text: str, folded: str) -> None:
    assert fold_place_name(text) == folded


def test_places_distance_km() -> None:
    mosul, baghdad = lookup_place("Mosul"), lookup_place("Baghdad")
    assert mosul is not None and baghdad is not None
    distance = distance_km(mosul, baghdad)
    assert distance is not None and 330 < distance < 370


def test_places_distance_needs_coordinates() -> None:
    assert (
        distance_km(Place("Iraq", "99237", "country"), Place("X", "1", "city", None, 1, 2)) is None
    )


def test_places_lookups_are_fast() -> None:
    lookup_place("Mosul")  # the index is built once, outside the timing
    names = ["Mosul", "Mossul", "al-Mawsil", "Aleppo", "Halab", "Iraq", "Eastern Ghouta", "Reuters"]
    lookup_place.cache_clear()
    began = time.perf_counter()
    for i in range(10_000):
        lookup_place(names[i % len(names)] + ("" if i % 2 else " "))
    assert time.perf_counter() - began < 1.0
