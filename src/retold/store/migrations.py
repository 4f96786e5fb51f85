"""Numbered schema migrations, one list per SQL dialect.

A store records every version it applied in ``schema_migrations`` and applies
the pending ones when it is opened, so a database made by an older retold is
upgraded in place and one made by a newer retold is refused (E102) instead of
being misread. Migrations are append-only: never edit one that has shipped, add
the next number instead. The PostgreSQL list mirrors the SQLite one version for
version, so a version number means the same schema in both; the SQL differs
where the dialects do (identity columns, tsvector + GIN instead of FTS5).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

__all__ = [
    "MIGRATIONS",
    "POSTGRES_MIGRATIONS",
    "SCHEMA_MIGRATIONS_DDL",
    "SQLITE_MIGRATIONS",
    "Migration",
    "latest_version",
    "pending",
]


class Migration(NamedTuple):
    """One schema step: applied once, in version order, inside a transaction."""

    version: int
    name: str
    sql: str


# The bookkeeping table itself is created outside the numbered list, because
# the list cannot be read before it exists.
SCHEMA_MIGRATIONS_DDL: Mapping[str, str] = {
    "sqlite": (
        "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
        "    version INTEGER PRIMARY KEY,\n"
        "    name TEXT NOT NULL,\n"
        "    applied_at TEXT NOT NULL\n"
        ")"
    ),
    "postgresql": (
        "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
        "    version INTEGER PRIMARY KEY,\n"
        "    name TEXT NOT NULL,\n"
        "    applied_at TEXT NOT NULL\n"
        ")"
    ),
}

_SQLITE_0001_INITIAL = """
-- Documents keep every Document field. pk is an internal integer key for
-- joins; id is the caller's id. published is kept verbatim, and published_day
-- (YYYY-MM-DD, or NULL when unreadable) is what date filters compare.
CREATE TABLE documents (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    published TEXT,
    published_day TEXT,
    title TEXT,
    language TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_id ON documents (id);
-- Re-ingesting the same text must add nothing, even from two processes at once.
CREATE UNIQUE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_published_day ON documents (published_day);

-- One row per sentence; its text lives in sentences_fts under rowid = pk.
CREATE TABLE sentences (
    pk INTEGER PRIMARY KEY,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE INDEX sentences_doc ON sentences (doc_pk, start_char);

-- Porter stemming so 'killed' finds 'kills'; diacritics folded so 'Rudskoï'
-- finds 'Rudskoi'.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Titles only, rowid = documents.pk, for document search.
CREATE VIRTUAL TABLE titles_fts USING fts5 (
    title,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Name variants: key is the normalised form the caller looks up by.
CREATE TABLE mentions (
    pk INTEGER PRIMARY KEY,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_kind_key ON mentions (kind, key);
CREATE INDEX mentions_doc ON mentions (doc_pk);

-- Extracted facts per document, as JSON text.
CREATE TABLE analyses (
    doc_pk INTEGER PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
    data TEXT NOT NULL
);
"""

_SQLITE_0002_DERIVED = """
-- Results computed from a document after it was stored (text-reuse signatures,
-- its likely sources, ...), one JSON row per kind and document, so work done
-- once is not redone when the store grows.
CREATE TABLE derived (
    kind TEXT NOT NULL,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, doc_pk)
);
"""

SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _SQLITE_0001_INITIAL),
    Migration(2, "derived data per document", _SQLITE_0002_DERIVED),
)

_POSTGRES_0001_INITIAL = """
-- Text search folds diacritics ('Rudskoï' finds 'Rudskoi') and stems English
-- ('killed' finds 'kills') like SQLite's porter/remove_diacritics tokenizer.
-- Unlike the stock 'english' configuration it drops no stop words: FTS5 keeps
-- them, and a phrase such as 'the army' must mean the same on both backends.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH DICTIONARY retold_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION retold (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION retold
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, retold_english_stem;

-- As in SQLite: pk joins, id is the caller's; published_day is what date
-- filters compare (NULL when unreadable). JSON is kept as json, not jsonb, so
-- it reads back exactly as written.
CREATE TABLE documents (
    pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    published TEXT,
    published_day DATE,
    title TEXT,
    language TEXT,
    meta JSON NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL,
    title_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('retold', coalesce(title, ''))) STORED
);
CREATE UNIQUE INDEX documents_id ON documents (id);
-- Re-ingesting the same text must add nothing, even from two processes at once.
CREATE UNIQUE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_published_day ON documents (published_day);
-- GIN indexes keep new entries in a pending list that every search scans until
-- it is merged; a 256 kB cap (default 4 MB) keeps searches fast during and
-- right after an ingest while still merging entries in batches.
CREATE INDEX documents_title_tsv ON documents USING GIN (title_tsv)
    WITH (gin_pending_list_limit = 256);

-- The sentence text is kept beside its offsets (FTS5 keeps it in its table), and
-- its document's published_day too, so a date-filtered search ranks sentences
-- without reading documents (joined only for the rows returned).
CREATE TABLE sentences (
    pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    published_day DATE,
    tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('retold', text)) STORED
);
CREATE INDEX sentences_doc ON sentences (doc_pk, start_char);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv) WITH (gin_pending_list_limit = 256);

CREATE TABLE mentions (
    pk BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_kind_key ON mentions (kind, key);
CREATE INDEX mentions_doc ON mentions (doc_pk);

CREATE TABLE analyses (
    doc_pk BIGINT PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
    data JSON NOT NULL
);
"""

_POSTGRES_0002_DERIVED = """
CREATE TABLE derived (
    kind TEXT NOT NULL,
    doc_pk BIGINT NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
    data JSON NOT NULL,
    PRIMARY KEY (kind, doc_pk)
);
CREATE INDEX derived_doc ON derived (doc_pk);
"""

POSTGRES_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _POSTGRES_0001_INITIAL),
    Migration(2, "derived data per document", _POSTGRES_0002_DERIVED),
)

MIGRATIONS: Mapping[str, tuple[Migration, ...]] = {
    "sqlite": SQLITE_MIGRATIONS,
    "postgresql": POSTGRES_MIGRATIONS,
}


def latest_version(migrations: Sequence[Migration]) -> int:
    """The schema version a database has once every migration is applied (0 for none)."""
    return max((m.version for m in migrations), default=0)


def pending(migrations: Sequence[Migration], applied: Collection[int]) -> list[Migration]:
    """The migrations not yet applied, in the order they must run.

    Raises ValueError when versions repeat, since the record could not tell
    two migrations with the same number apart.
    """
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise ValueError(f"Migration versions must be unique; got {sorted(versions)}.")
    return sorted((m for m in migrations if m.version not in applied), key=lambda m: m.version)
