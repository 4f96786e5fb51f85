"""Which outlets a statement is credited to, read off the words around it."""

from __future__ import annotations

import pytest

from retold.compare.claims import credited_outlets
from retold.records import Attribution, TextSpan


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
            "The coach said the pitch was flooded, in an interview with the Spanish daily El Pais.",
            "The coach",
            "said",
            "the pitch was flooded",
            "the Spanish daily El Pais",
        ),
    ],
)
def test_claims_credited_outlets_where_translation_puts_them(
    text: str, source: str, cue: str, content: str, outlet: str
) -> None:
    found = credited_outlets(text, _att(text, source, cue, content))
    assert [o.text for o in found] == [outlet]
    assert all(text[o.start : o.end] == o.text for o in found)


def test_claims_no_outlet_where_none_is_named() -> None:
    text = "The minister told reporters in Geneva that the talks would resume."
    assert (
        credited_outlets(text, _att(text, "The minister", "told", "the talks would resume")) == []
    )
