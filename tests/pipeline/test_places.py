"""The place component: entities and names after prepositions resolved, districts tied to cities."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from retold.pipeline.places import PlaceFinder, PlaceMention

from . import VOCAB_NLP

MOSUL = "99072"


def _doc(
    words: list[str], ents: list[str] | None = None, nospace_after: frozenset[int] = frozenset()
) -> Doc:
    """Words with spaces between them, except after the given indices and before punctuation."""
    spaces = [
        i not in nospace_after and i + 1 < len(words) and words[i + 1] not in (".", ",", "'s")
        for i in range(len(words))
    ]
    return Doc(VOCAB_NLP.vocab, words=words, spaces=spaces, ents=ents)


def _places(doc: Doc) -> list[PlaceMention]:
    PlaceFinder(VOCAB_NLP, spans_key="test_places")(doc)
    return list(doc._.retold_places)


def _district(places: list[PlaceMention]) -> PlaceMention:
    [district] = [p for p in places if p.kind == "district"]
    return district


def test_places_district_of_western_city() -> None:
    # "the al-Jadidah neighbourhood of western Mosul"
    words = [
        "They",
        "fled",
        "the",
        "al",
        "-",
        "Jadidah",
        "neighbourhood",
        "of",
        "western",
        "Mosul",
        ".",
    ]
    places = _places(_doc(words, nospace_after=frozenset({3, 4})))
    district = _district(places)
    assert (district.text, district.city, district.country) == ("al-Jadidah", "Mosul", "IQ")
    assert district.key == f"text:jadida@{MOSUL}"
    assert district.lat is None  # El Jadida in Morocco is not this neighbourhood
    assert [p.key for p in places if p.kind == "city"] == [MOSUL]


def test_places_district_named_after_of() -> None:
    words = ["Strikes", "hit", "the", "district", "of", "Karrada", "in", "Baghdad", "."]
    district = _district(_places(_doc(words)))
    assert (district.name, district.city) == ("Karrada", "Baghdad")


def test_places_district_in_apposition() -> None:
    words = ["Hamdaniya", ",", "a", "district", "of", "Mosul", ",", "was", "shelled", "."]
    district = _district(_places(_doc(words)))
    assert (district.text, district.city) == ("Hamdaniya", "Mosul")


def test_places_district_after_possessive_city() -> None:
    words = ["Troops", "entered", "Mosul", "'s", "Zuhur", "district", "."]
    district = _district(_places(_doc(words)))
    assert (district.text, district.city) == ("Zuhur", "Mosul")


def test_places_district_near_city_takes_gazetteer_entry() -> None:
    # Al-Hamdaniya (Bakhdida) lies within the radius of Mosul: its entry is kept.
    words = ["Hamdaniya", ",", "a", "district", "of", "Mosul", ",", "was", "shelled", "."]
    district = _district(_places(_doc(words)))
    assert not district.key.startswith("text:") and district.lat is not None


def test_places_district_without_city_stays_as_text() -> None:
    words = ["Fighting", "reached", "the", "Zuhur", "district", "."]
    district = _district(_places(_doc(words)))
    assert (district.key, district.city) == ("text:zuhur", None)


def test_places_known_city_before_district_noun_is_the_city() -> None:
    words = ["Voters", "in", "the", "Mosul", "district", "."]
    places = _places(_doc(words))
    assert [(p.key, p.kind) for p in places] == [(MOSUL, "city")]


@pytest.mark.parametrize("name", ["Mosul", "Mossul", "Halab"])
def test_places_gpe_entity_resolved(name: str) -> None:
    [place] = _places(_doc(["Shelling", "in", name, "."], ents=["O", "O", "B-GPE", "O"]))
    assert place.text == name and place.kind == "city" and place.lat is not None


def test_places_unknown_loc_entity_stays_as_text() -> None:
    doc = _doc(["Sieges", "of", "Eastern", "Ghouta", "."], ents=["O", "O", "B-LOC", "I-LOC", "O"])
    [place] = _places(doc)
    assert (place.text, place.key, place.kind) == ("Eastern Ghouta", "text:eastern guta", "region")
    assert not place.resolved


def test_places_unknown_fac_entity_dropped() -> None:
    doc = _doc(
        ["Near", "the", "Shifa", "hospital", "."], ents=["O", "B-FAC", "I-FAC", "I-FAC", "O"]
    )
    assert _places(doc) == []


def test_places_capitalised_word_after_preposition() -> None:
    [place] = _places(_doc(["Talks", "were", "held", "near", "Aleppo", "."]))
    assert (place.name, place.kind, place.country) == ("Aleppo", "city", "SY")


@pytest.mark.parametrize(
    "words",
    [
        ["They", "met", "in", "March", "."],
        ["The", "head", "of", "Reuters", "spoke", "."],
        ["A", "statement", "of", "Casablance", "."],  # a typo needs an entity label
    ],
)
def test_places_bare_word_not_a_place(words: list[str]) -> None:
    assert _places(_doc(words)) == []


def test_places_person_after_preposition_skipped() -> None:
    doc = _doc(["A", "visit", "of", "Obama", "."], ents=["O", "O", "O", "B-PERSON", "O"])
    assert _places(doc) == []


def test_places_listed_beside_a_place_despite_person_label() -> None:
    words = ["Fighting", "in", "Mossul", "and", "al", "-", "Mawsil", "."]
    doc = _doc(
        words,
        ents=["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"],
        nospace_after=frozenset({4, 5}),
    )
    places = _places(doc)
    assert [(p.text, p.key) for p in places] == [("Mossul", MOSUL), ("al-Mawsil", MOSUL)]


def test_places_spans_written() -> None:
    doc = _doc(["Shelling", "in", "Mosul", "."], ents=["O", "O", "B-GPE", "O"])
    _places(doc)
    assert [(s.text, s.label_) for s in doc.spans["test_places"]] == [("Mosul", "city")]


def test_places_mention_round_trips() -> None:
    [place] = _places(_doc(["Shelling", "in", "Mosul", "."], ents=["O", "O", "B-GPE", "O"]))
    assert PlaceMention.from_dict(place.to_dict()) == place


@pytest.mark.slow
def test_places_real_pipeline(nlp: Language) -> None:
    assert "retold_places" in nlp.pipe_names
    doc = nlp("Civilians fled the al-Jadidah neighbourhood of western Mosul, the UN said.")
    places = doc._.retold_places
    assert [(p.text, p.kind, p.city) for p in places] == [
        ("al-Jadidah", "district", "Mosul"),
        ("Mosul", "city", None),
    ]


def test_places_district_named_like_a_faraway_place_keeps_its_noun() -> None:
    words = ["A", "gunman", "opened", "fire", "in", "Dayton", "'s", "Oregon", "District", "."]
    district = _district(_places(_doc(words)))
    assert (district.text, district.name, district.city) == ("Oregon", "Oregon District", "Dayton")
