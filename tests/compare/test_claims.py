"""Which outlets a statement is credited to, read off the words around it."""

from __future__ import annotations

import pytest

from retold.compare.claims import credited_outlets, home_country, published_by
from retold.records import Analysis, Attribution, PlaceMention, TextSpan


def _span(text: str, part: str) -> TextSpan:
    start = text.index(part)
    return TextSpan(start, start + len(part), part)


def _att(text: str, source: str, cue: str, content: str) -> Attribution:
    return Attribution(
        cue=_span(text, cue),
        content=_span(text, content),
        kind="indirect",
        source=_span(text, source),
        sentence=(0, len(text)),
    )


@pytest.mark.parametrize(
    ("text", "source", "cue", "content", "outlet"),
    [
        (
            "The ferry captain told the private channel Skai TV on Friday that the engine failed.",
            "The ferry captain",
            "told",
            "the engine failed",
            "Skai TV",
        ),
        (
            "As transmitted the agency Associated Press, the mayor declared that 40 houses burned.",
            "the mayor",
            "declared",
            "40 houses burned",
            "Associated Press",
        ),
        (
            "The governor of the province to the channel Al Jazeera said, that the dam broke.",
            "The governor of the province to the channel Al Jazeera",
            "said",
            "the dam broke",
            "Al Jazeera",
        ),
        (
            "The coach said the pitch was flooded, in an interview with the Spanish daily La Voz Serrana.",
            "The coach",
            "said",
            "the pitch was flooded",
            "the Spanish daily La Voz Serrana",
        ),
        (
            "The finance minister confirmed his resignation to the Tarn Wire agency on Monday.",
            "The finance minister",
            "confirmed",
            "his resignation",
            "Tarn Wire",
        ),
        (
            "Police held two men: a driver and a guard who had opened the gate, the Reuters "
            "agency reported.",
            "a driver and a guard who had opened the gate, the Reuters agency",
            "reported",
            "Police held two men",
            "Reuters",
        ),
        (
            "Speaking to the Tarn Wire agency the next day, the mayor said the dam had held.",
            "the mayor",
            "said",
            "the dam had held",
            "Tarn Wire",
        ),
    ],
)
def test_claims_credited_outlets_where_translation_puts_them(
    text: str, source: str, cue: str, content: str, outlet: str
) -> None:
    found = credited_outlets(text, _att(text, source, cue, content))
    assert [o.text for o in found] == [outlet]
    assert all(text[o.start : o.end] == o.text for o in found)


def test_claims_the_kind_word_closing_a_bodys_name_is_no_outlet() -> None:
    # "Agency" of "the Velka Meteorological Agency" is what the body is, not a news agency
    text = "The quake struck at dawn, according to the Velka Meteorological Agency."
    att = _att(text, "the Velka Meteorological Agency", "according to", "The quake struck at dawn")
    assert credited_outlets(text, att) == []


def test_claims_a_name_the_next_word_calls_a_paper_is_an_outlet() -> None:
    # the parse read "daily" as an adverb of "reported" and left it out of the source
    text = "A girl riding with her parents survived, the Kestrel daily reported."
    att = _att(text, "the Kestrel", "reported", "A girl riding with her parents survived")
    assert [o.text for o in credited_outlets(text, att)] == ["Kestrel daily"]


def test_claims_the_end_of_a_journey_names_no_outlet() -> None:
    # "to Poland" is where he went, not whom he told: NATO is no outlet of his
    text = (
        "The president, speaking as he travelled to Poland ahead of the NATO summit in "
        "Washington, said forty towns had been hit."
    )
    source = (
        "The president, speaking as he travelled to Poland ahead of the NATO summit in Washington"
    )
    att = _att(text, source, "said", "forty towns had been hit")
    assert credited_outlets(text, att) == []


def test_claims_no_outlet_where_none_is_named() -> None:
    text = "The minister told reporters in Geneva that the talks would resume."
    assert (
        credited_outlets(text, _att(text, "The minister", "told", "the talks would resume")) == []
    )


def _place(name: str, country: str, kind: str = "city") -> PlaceMention:
    return PlaceMention(0, len(name), name, name, f"text:{name}", kind, country)


def test_claims_home_country_is_the_clear_leader_of_the_articles_places() -> None:
    places = [
        _place("Banjul", "GM"),
        _place("Gambia", "GM", "country"),
        _place("Serekunda", "GM"),
        _place("Delhi", "IN"),
    ]
    assert home_country(Analysis(places=places)) == "Gambia"
    # a country named not twice as often as another: no home
    assert home_country(Analysis(places=places + [_place("Delhi", "IN")])) is None
    assert home_country(Analysis(places=places[:2])) is None


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("BANJUL. The deaths of children continue to shock the country.", "Banjul"),
        ("KYIV (Reuters) - A missile struck the station.", "Kyiv"),
        ("The ministry said on Monday that the toll rose.", None),
    ],
)
def test_claims_home_is_the_dateline_first(text: str, home: str | None) -> None:
    assert home_country(Analysis(), text) == home


def test_claims_story_years_are_the_years_of_the_days_the_article_names() -> None:
    from retold.compare.claims import build_claims
    from retold.document import Document
    from retold.records import TimeRef

    text = (
        "Five years ago the mill at Orvan burned on July 6, 2013. "
        "Since the 1946 flood the town had not seen such a loss."
    )
    day = TimeRef(44, 56, "July 6, 2013", "date", "2013-07-06", "2013-07-06", "day", explicit=True)
    year = TimeRef(67, 71, "1946", "year", "1946-01-01", "1946-12-31", "year", explicit=True)
    analysis = Analysis(sentences=[(0, 57), (57, len(text))], times=[day, year])
    doc = Document(id="a", text=text, published="2018-07-06")
    drafts = build_claims(doc, analysis)
    assert {d.story_years for d in drafts} == {frozenset({2013})}


def test_claims_a_quote_running_on_is_still_its_speakers_statement() -> None:
    from retold.compare.claims import build_claims
    from retold.document import Document

    text = (
        'The mayor rejected the criticism: "There are no failures. The city was prepared '
        'for a flood like this one."'
    )
    second = text.index("The city")
    att = Attribution(
        cue=_span(text, "rejected"),
        content=_span(
            text, "There are no failures. The city was prepared for a flood like this one"
        ),
        kind="direct",
        source=_span(text, "The mayor"),
        speaker="the mayor",
        sentence=(0, second - 1),
    )
    analysis = Analysis(sentences=[(0, second - 1), (second, len(text))], attributions=[att])
    drafts = build_claims(Document(id="t", text=text), analysis)
    assert [(d.kind, d.main and d.main.content.text) for d in drafts] == [
        ("statement", "There are no failures. The city was prepared for a flood like this one"),
        ("statement", "The city was prepared for a flood like this one"),
    ]


def test_claims_a_medium_is_no_outlet_named() -> None:
    text = "The mayor told state TV that the dam had held."
    assert credited_outlets(text, _att(text, "The mayor", "told", "the dam had held")) == []


def test_claims_a_quote_credited_in_a_later_sentence_is_its_speakers_in_each() -> None:
    from retold.compare.claims import build_claims
    from retold.document import Document

    text = (
        '"Children are being killed in their homes, their schools and the places where they '
        'play. This must stop," said Ana Rell.'
    )
    second = text.index("This")
    att = Attribution(
        cue=_span(text, "said"),
        content=_span(text, text[1 : text.index('," said')]),
        kind="direct",
        source=_span(text, "Ana Rell"),
        speaker="Ana Rell",
    )
    analysis = Analysis(sentences=[(0, second - 1), (second, len(text))], attributions=[att])
    first = build_claims(Document(id="a", text=text), analysis)[0]
    assert first.main is not None and first.main.speaker == "Ana Rell"
    assert first.main.content.text == text[1:second].strip()


def test_claims_published_by_reads_the_outlet_a_sentence_names_first() -> None:
    assert published_by("The tape was first published by the Kelm Gazette on Monday.") == (
        "Kelm Gazette"
    )
    # a name the apposition calls a news outlet
    assert published_by("It was published by Harbourline, a local news site, on Sunday.") == (
        "Harbourline"
    )
    assert published_by("It was published by Harbourline, a shipping firm.") is None
    assert published_by("The report was sent to the ministry.") is None
