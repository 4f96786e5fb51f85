"""A person's age where the text gives it beside their name.

Ages are kept out of the figures (a toll of children cites ages, and "under five"
read as a count would be held against "83"), but a retelling that makes a
47-year-old 57 has changed a fact about a named person. The forms read here are
the ones news writing uses next to a name: "Tomlinson, 47,", "Tomlinson, who
was 47,", "Tomlinson, aged 47", "Tomlinson (47)", "Tomlinson, a 47-year-old
vendor" and "the 47-year-old vendor Ian Tomlinson".
"""

from __future__ import annotations

import re

__all__ = ["age_beside"]

# After the name: ", 47," / ", who was 47 when" / ", aged 47" / " (47)" / ", a 47-year-old"
_AFTER_RE = re.compile(
    r",\s+aged\s+(\d{1,3})\b"
    r"|,\s+who\s+(?:was|is)\s+(\d{1,3})(?=\s*(?:[,.;)]|when\b|at\s+the\s+time\b)|\s+years?\s+old\b)"
    r"|(?:,\s+(?:an?\s+)?|\s+\()(\d{1,3})(?=\s*[,;)]|\.\s|\.$|-year-old\b|\s+years?\s+old\b)"
)
# Before the name: "the 47-year-old newspaper vendor Ian Tomlinson"
_BEFORE_RE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
# The oldest age read as one.
_OLDEST = 120


def age_beside(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The age the text gives the person named at [start, end): (age, its start, its
    end), or None."""
    m = _AFTER_RE.match(text, end)
    if m is None:
        m = _BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    group = next(i for i in range(1, (m.re.groups or 1) + 1) if m.group(i) is not None)
    age = int(m.group(group))
    return (age, m.start(group), m.end(group)) if 0 < age <= _OLDEST else None
