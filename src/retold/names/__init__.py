"""Name normalisation and matching for people and news outlets.

The one place where name similarity is decided: the attribution extractor and
the claim comparison both call these functions rather than comparing strings
themselves.
"""

from __future__ import annotations

from .outlets import (
    Outlet,
    is_news_outlet,
    is_outlet_name,
    is_outlet_word,
    is_unnamed_outlet,
    numbered_outlets,
    parse_outlet,
    same_outlet,
)
from .persons import (
    GIVEN_NAME_CORROBORATED_THRESHOLD,
    POSSIBLE_GARBLE_THRESHOLD,
    SAME_PERSON_THRESHOLD,
    NameMatch,
    PersonName,
    article_dropped,
    given_compatible,
    is_initials,
    match_persons,
    parse_person,
    person_keys,
    short_form,
    spelling_fold,
    surname_similarity,
    translit_normalise,
)

__all__ = [
    "GIVEN_NAME_CORROBORATED_THRESHOLD",
    "POSSIBLE_GARBLE_THRESHOLD",
    "SAME_PERSON_THRESHOLD",
    "NameMatch",
    "Outlet",
    "PersonName",
    "given_compatible",
    "is_initials",
    "is_news_outlet",
    "is_outlet_name",
    "is_outlet_word",
    "is_unnamed_outlet",
    "numbered_outlets",
    "article_dropped",
    "match_persons",
    "parse_outlet",
    "parse_person",
    "person_keys",
    "short_form",
    "same_outlet",
    "spelling_fold",
    "surname_similarity",
    "translit_normalise",
]
