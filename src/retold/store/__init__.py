"""Where documents, their sentences, mentions and analyses are kept between runs.

Open a store with :func:`open_store` and code against the :class:`Store`
protocol; the backend behind it (SQLite or PostgreSQL) is chosen by the
URL. Only callers of this API write to the database, never extractors.
"""

from __future__ import annotations

from retold.store.base import (
    AddResult,
    DocumentItem,
    Mention,
    MentionSpan,
    SentenceHit,
    SentenceSpan,
    Store,
    Tracer,
)
from retold.store.urls import default_db_url, open_store

__all__ = [
    "AddResult",
    "DocumentItem",
    "Mention",
    "MentionSpan",
    "SentenceHit",
    "SentenceSpan",
    "Store",
    "Tracer",
    "default_db_url",
    "open_store",
]
