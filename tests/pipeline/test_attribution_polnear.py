"""Attribution shapes PolNeAR annotates, on the real pipeline: participles, parentheticals,
comma quotes and headline speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from retold.document import Document
from retold.pipeline import analyse


def _contents(nlp: Language, text: str) -> dict[str, str | None]:
    ((_, analysis),) = analyse(nlp, [Document(id="t", text=text)])
    return {a.content.text: a.source.text if a.source else None for a in analysis.attributions}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Clinton attacked Trump, saying he would appoint judges who would overturn Roe.",
            "he would appoint judges who would overturn Roe",
            "Clinton",
        ),
        (
            "Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years.",
            "Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years",
            "Rubio",
        ),
        (
            "A woman asked for a photo and Clinton said, “as long as we’re not violating any laws.”",
            "as long as we’re not violating any laws",
            "Clinton",
        ),
        (
            "Bernie Sanders: It Is Not A Radical Idea To Ask For A Higher Wage.\n\nSanders spoke.",
            "It Is Not A Radical Idea To Ask For A Higher Wage",
            "Bernie Sanders",
        ),
    ],
    ids=["participle", "parenthetical", "comma-quote", "headline"],
)
def test_attribution_polnear_shapes(nlp: Language, text: str, content: str, source: str) -> None:
    assert _contents(nlp, text).get(content) == source


@pytest.mark.slow
def test_attribution_polnear_participle_without_clause_is_not_a_cue(nlp: Language) -> None:
    text = "The minister resigned on Friday, citing health reasons."
    assert _contents(nlp, text) == {}


def _triples(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    ((_, analysis),) = analyse(nlp, [Document(id="t", text=text)])
    return [
        (a.cue.text, a.content.text, a.source.text if a.source else None)
        for a in analysis.attributions
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor declared: “The bridge is safe. It will reopen in June.”",
            [("declared", "The bridge is safe. It will reopen in June", "The mayor")],
        ),
        (
            "“The bridge is safe,” the mayor said on Monday. “It will reopen in June.”",
            [
                (
                    "said",
                    "The bridge is safe,” the mayor said on Monday. “It will reopen in June.",
                    "the mayor",
                )
            ],
        ),
        (
            "''The bridge is safe,'' the mayor said. ''It will reopen in June.''",
            [
                (
                    "said",
                    "The bridge is safe,'' the mayor said. ''It will reopen in June.",
                    "the mayor",
                )
            ],
        ),
        (
            "“The bridge is safe,” the mayor said, “and it will reopen in June.”",
            [
                (
                    "said",
                    "The bridge is safe,” the mayor said, “and it will reopen in June",
                    "the mayor",
                )
            ],
        ),
        (
            "The mayor said she plans to reopen the bridge in June.",
            [("said", "she plans to reopen the bridge in June", "The mayor")],
        ),
        (
            "Readers wrote in.\n\n“The bridge must reopen before the winter comes.” ― Ana Ruiz\n",
            [("―", "The bridge must reopen before the winter comes", "Ana Ruiz")],
        ),
        (
            "The mayor said she was told the plant would close in May.",
            [("said", "she was told the plant would close in May", "The mayor")],
        ),
    ],
    ids=[
        "quote-over-sentences",
        "interrupted-quote",
        "apostrophe-quotes",
        "cue-between-quotes",
        "nested-plan",
        "signed",
        "nested-report",
    ],
)
def test_attribution_polnear_whole_statements(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _triples(nlp, text) == expected


@pytest.mark.slow
def test_attribution_polnear_quoted_transcript_turns_run_over_paragraphs(nlp: Language) -> None:
    text = (
        'Part of the interview:\n\n"HOST: Will the bridge reopen this year?\n\n'
        '"MAYOR: Yes. The repairs are on schedule.\n\n"The money is there too.\n\n'
        '"HOST: Thank you."'
    )
    turns = {src: con for _, con, src in _triples(nlp, text) if src in ("HOST", "MAYOR")}
    assert turns["MAYOR"] == 'Yes. The repairs are on schedule.\n\n"The money is there too'


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As several economists have pointed out, the mayor is free to release the budget.",
            ("pointed", "the mayor is free to release the budget", "several economists"),
        ),
        (
            '"Are we ready for this? Probably not," Ms. Lane said.',
            ("said", "Are we ready for this? Probably not", "Ms. Lane"),
        ),
        (
            "“You done?” she said, but he was already asleep.",
            ("said", "You done?", "she"),
        ),
        (
            "The agency said the bridge would reopen by May and warned drivers to expect delays.",
            ("said", "the bridge would reopen by May", "The agency"),
        ),
    ],
    ids=["as-clause", "quote-over-sentences-before-cue", "question-quote", "next-statement"],
)
def test_attribution_polnear_boundaries(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _triples(nlp, text)


@pytest.mark.slow
def test_attribution_polnear_a_quote_ending_an_earlier_sentence_is_not_the_next_cues(
    nlp: Language,
) -> None:
    text = "Voters were asked “Will you vote this year?” Most said yes."
    assert [cue for cue, _, _ in _triples(nlp, text)] == ["asked"]
