"""Outlets: aliases fold to one key, generic words and quotes come off."""

from __future__ import annotations

import pytest

from retold.names import (
    is_news_outlet,
    is_outlet_name,
    is_unnamed_outlet,
    numbered_outlets,
    parse_outlet,
    same_outlet,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Associated Press", "associated press"),
        ("Associated Press", "associated press"),
        ("AP", "associated press"),
        ("Reuters", "reuters"),
        ("Thomson Reuters", "reuters"),
        ("TASS", "tass"),
        ("ITAR-TASS", "tass"),
        ("Tass", "tass"),
        ("RIA Novosti", "ria novosti"),
        ("RIA", "ria novosti"),
        ("Sputnik", "sputnik"),
        ("Sputnik News", "sputnik"),
        ("CNN", "cnn"),
        ("BBC", "bbc"),
        ("BBC News", "bbc"),
        ("the ABC", "abc news"),
        ("Australian Broadcasting Corporation", "abc news"),
        ("AFP", "agence france-presse"),
        ("Agence France-Presse", "agence france-presse"),
        ("UPI", "united press international"),
        ("United Press International", "united press international"),
        ("Xinhua", "xinhua"),
        ("Anadolu", "anadolu"),
        ("Anadolu Agency", "anadolu"),
        ("Al Jazeera", "al jazeera"),
        ("Al-Jazeera", "al jazeera"),
        ("Interfax", "interfax"),
        ("IRNA", "irna"),
        ("Islamic Republic News Agency", "irna"),
        ("Ministry of Foreign Affairs of the Russian Federation", "russian foreign ministry"),
        ("Russian Foreign Ministry", "russian foreign ministry"),
        ("Russia's Foreign Ministry", "russian foreign ministry"),
        ("the Pentagon", "us department of defense"),
        ("Azatutyun (RFE/RL Armenian Service)", "rfe/rl"),
        ("CJTF-OIR (US Central Command)", "cjtf-oir"),
        ("https://www.reuters.com/world/", "reuters"),
    ],
)
def test_outlets_parse_outlet_aliases_share_one_key(text: str, key: str) -> None:
    assert parse_outlet(text).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Russian news Agency “Interfax”", "interfax"),
        ("the news Agency IRNA", "irna"),
        ("Iran’s IRNA news agency", "irna"),
        ("the Iranian state news agency IRNA", "irna"),
        ("Xinhua news agency", "xinhua"),
        ('"Interfax"', "interfax"),
        ("«Interfax»", "interfax"),
        ("Reuters'", "reuters"),
        ("Interfax's", "interfax"),
    ],
)
def test_outlets_parse_outlet_strips_quotes_and_generic_words(text: str, key: str) -> None:
    assert parse_outlet(text).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Harbour Ledger", "harbour ledger"),
        ("the regional news agency Kestrel", "kestrel"),
        ("Kestrel news agency", "kestrel"),
        ("Valley Now", "valley now"),
        ("harbour-news.example.com", "harbour-news.example.com"),
    ],
)
def test_outlets_parse_outlet_unknown_falls_back_to_cleaned_key(text: str, key: str) -> None:
    assert parse_outlet(text).key == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the Ministry of Defence", "defence ministry"),
        ("the Sorvalian Ministry of Defence", "The Sorvalian Defense Ministry"),
        ("Ministry of Foreign Affairs", "Foreign Ministry"),
        ("the Russian Ministry of Defense", "Russian Defence Ministry"),
    ],
)
def test_outlets_parse_outlet_folds_ministry_word_order_and_spelling(a: str, b: str) -> None:
    assert parse_outlet(a).key == parse_outlet(b).key


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reuters", "agency"),
        ("CNN", "broadcaster"),
        ("Kommersant", "newspaper"),
        ("Russian Foreign Ministry", "government"),
        ("International Committee of the Red Cross", "organisation"),
        ("The Harbour Ledger", "newspaper"),
        ("the regional news agency Kestrel", "agency"),
        ("the agency Kestrel", "agency"),
        ("the Coastal Emergency Management Agency", "government"),
        ("Coastline Television", "broadcaster"),
        ("the Ministry of Fisheries", "government"),
        ("Valley Observatory for Civil Rights", "organisation"),
        ("Valley Now", "unknown"),
    ],
)
def test_outlets_parse_outlet_kind(text: str, kind: str) -> None:
    assert parse_outlet(text).kind == kind


@pytest.mark.parametrize("text", ["MFA", "ap"])
def test_outlets_parse_outlet_ambiguous_short_forms_stay_unknown(text: str) -> None:
    # A bare "MFA" could be any country's ministry; lower-case "ap" is not AP.
    outlet = parse_outlet(text)
    assert outlet.kind == "unknown"
    assert outlet.key == text.lower()


def test_outlets_parse_outlet_keeps_text() -> None:
    assert parse_outlet("the news Agency IRNA").text == "the news Agency IRNA"


def test_outlets_parse_outlet_empty_has_empty_key() -> None:
    assert parse_outlet("").key == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("TASS", "ITAR-TASS"),
        ("AP", "The Associated Press"),
        ("Sputnik News", "Sputnik"),
        ("Russian news Agency “Interfax”", "Interfax"),
        ("The Harbour Ledger", "Harbour Ledger"),
    ],
)
def test_outlets_same_outlet_true_for_one_outlet(a: str, b: str) -> None:
    assert same_outlet(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Interfax", "IRNA"),
        ("Reuters", "The Associated Press"),
        ("TASS", "RIA Novosti"),
        ("Sputnik", "RT"),
        ("", ""),
    ],
)
def test_outlets_same_outlet_false_for_different_outlets(a: str, b: str) -> None:
    assert not same_outlet(a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Reuters",
        "the Pentagon",
        "The Harbour Ledger",
        "Coastline Television",
        "Valley Daily",
        "the Morning Post",
        "Riverside Gazette",
        "harbour-news.example.com",
        "Sahara Reporters",
    ],
)
def test_outlets_is_outlet_name_true_for_outlets(text: str) -> None:
    assert is_outlet_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Konashenkov",
        "Sergei Lavrov",
        "Kremlin press secretary Anton Varin",
        "a press conference",
        "ap",
        "",
        "told reporters",
        "Reporters Without Borders",
    ],
)
def test_outlets_is_outlet_name_false_for_people_and_events(text: str) -> None:
    assert not is_outlet_name(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the private channel Skai TV", "Skai TV"),
        ("The channel Severny TV", "Severny TV"),
        ("the Italian newspaper La Gazzetta dello Sport", "La Gazzetta dello Sport"),
    ],
)
def test_outlets_descriptors_around_a_name_do_not_change_it(a: str, b: str) -> None:
    assert same_outlet(a, b)


@pytest.mark.parametrize("name", ["The Harbour Observer", "Lakeside Dispatch", "Corriere di Nord"])
def test_outlets_newspaper_words_name_outlets(name: str) -> None:
    assert is_outlet_name(name) and parse_outlet(name).kind == "newspaper"


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("La Repubblica", "la repubblica", "newspaper"),
        ("the Corriere della Sera", "corriere della sera", "newspaper"),
        ("Al-Akhbar", "al akhbar", "agency"),
        ("BSS", "bss", "agency"),
    ],
)
def test_outlets_european_and_regional_papers_and_agencies(text: str, key: str, kind: str) -> None:
    parsed = parse_outlet(text)
    assert (parsed.key, parsed.kind) == (key, kind)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("the UN refugee agency", False),
        ("the International Atomic Energy Agency", False),
        # two words or more of a name before "Agency", none of them news: a body
        ("the National Civil Aviation Agency", False),
        ("the European Medicines Agency", False),
        ("Anadolu Agency", True),
        ("the Syrian Arab News Agency", True),
        ("the press", False),
        ("Reuters news agency", True),
        ("the Tarn Wire agency", True),
    ],
)
def test_outlets_an_agency_of_something_else_is_no_outlet(text: str, outlet: bool) -> None:
    assert is_outlet_name(text) is outlet


def test_outlets_a_body_that_publishes_is_not_news() -> None:
    assert is_outlet_name("United Nations") and not is_news_outlet("United Nations")
    assert is_news_outlet("Reuters")


@pytest.mark.parametrize(
    "credit",
    [
        "Houthi-run Al-Masirah television",
        "Houthi-run Al-Masirah television, quoting the civil defence service",
        "the state-owned Al-Masirah TV",
    ],
)
def test_outlets_who_runs_an_outlet_and_whom_it_relays_are_not_its_name(credit: str) -> None:
    assert same_outlet(credit, "Al-Masirah TV")


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("the newspaper", True),
        ("The daily", True),
        ("the Russian news agency", True),
        ("the state broadcaster", True),
        ("the Times", False),
        ("The New York Times", False),
        ("the news agency Interfax", False),
        # a sentence's opening capital names nothing; a known outlet's does
        ("Footage broadcast on state television", True),
        ("Pictures shown on Velka television", False),
        ("Pictures shown on state television", True),
        ("the Kompas daily", False),
        ("Beta news agency", False),
        ("Reuters television", False),
        ("Reuters", False),
        ("the dpa news agency", False),  # a known outlet that writes itself in lower case
    ],
)
def test_outlets_an_outlet_pointed_back_to_has_no_name(text: str, unnamed: bool) -> None:
    assert is_unnamed_outlet(text) is unnamed


def test_outlets_an_outlet_by_its_initials_is_the_same_outlet() -> None:
    assert same_outlet("KPA", "Kelmo Press Association")
    assert same_outlet("Velka News Agency", "VNA")
    assert not same_outlet("KPA", "Velka News Agency")
    assert not same_outlet("Kpa", "Kelmo Press Association")  # a word, not initials


def test_outlets_a_channel_named_with_its_owner_and_its_kind_is_one_outlet() -> None:
    assert same_outlet("its Kelmo radio station", "Kelmo radio")
    assert not same_outlet("Kelmo radio", "Velka radio")


def test_outlets_a_body_with_its_kind_left_off_is_the_same_body() -> None:
    assert same_outlet("the Velka Red Cross", "Velka Red Cross Society")
    assert same_outlet("Velka Red Cross Society", "VRCS")
    # its initials without the kind word, the S standing for it
    assert same_outlet("the Velka Red Cross", "VRCS")
    # two kinds are two bodies, and another name is another body
    assert not same_outlet(
        "Velka Disaster Management Authority", "Velka Disaster Management Council"
    )
    assert not same_outlet("the Velka Red Cross", "Velka Red Crescent Society")
    assert not same_outlet("the Velka Red Cross", "VRCX")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("the Velka Independent", True),
        ("the Tarn Daily Inquirer", True),
        ("the Orvan Evening Standard", True),
        ("Independent Electoral Commission", False),
        ("Royal Mail", False),
        ("the Tarn Express", False),  # a train as often as a paper
    ],
)
def test_outlets_a_newspaper_by_the_word_its_title_ends_with(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


def test_outlets_the_nation_by_its_capital_is_a_newspaper() -> None:
    assert is_news_outlet("The Nation")
    assert not is_outlet_name("the nation")  # the country, in lower case
    assert not same_outlet("The Nation", "Daily Nation")  # Bangkok's and Nairobi's


@pytest.mark.parametrize(
    ("text", "key"),
    [("France's Le Monde", "le monde"), ("Qatar's Al Jazeera", "al jazeera")],
)
def test_outlets_whose_an_outlet_is_comes_off(text: str, key: str) -> None:
    assert (parse_outlet(text).key, is_news_outlet(text)) == (key, True)


def test_outlets_names_with_a_number_are_found_in_text() -> None:
    text = "He told TF1 and later France 2, not Reuters 20 minutes later."
    assert [text[a:b] for a, b in numbered_outlets(text)] == ["TF1", "France 2"]
    assert not same_outlet("France 2", "France 3")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("eNCA", "enca"),
        ("SABC News", "sabc"),
        ("the SABC", "sabc"),
        ("Sud Ouest", "sud ouest"),
        ("Le Parisien", "le parisien"),
        ("News24", "news24"),
    ],
)
def test_outlets_broadcasters_and_papers_of_south_africa_and_france(name: str, key: str) -> None:
    assert (parse_outlet(name).key, is_news_outlet(name)) == (key, True)
