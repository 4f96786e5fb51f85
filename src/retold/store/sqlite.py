"""The SQLite store: stdlib sqlite3, FTS5 for sentence search, WAL for file databases.

Everything SQL lives in this module, behind the :class:`~retold.store.base.Store`
protocol. What the PostgreSQL store (:mod:`retold.store.postgres`) does differently:

- placeholders are ``%s`` instead of ``?``;
- full-text search: FTS5 tables and ``MATCH``/``bm25()`` become ``tsvector``
  columns with GIN indexes, ``phraseto_tsquery`` per term and ``ts_rank_cd``;
- lists passed as one parameter: ``json_each(?)`` becomes ``= ANY(%s)``;
- ``BEGIN IMMEDIATE`` becomes a plain transaction (row locks and the UNIQUE
  index already serialise conflicting inserts);
- the explicit sentence keys handed out under the write lock become an
  identity column;
- WAL, ``busy_timeout`` and ``synchronous`` pragmas have no counterpart.

The document/mention/analysis tables, ``INSERT ... ON CONFLICT DO NOTHING
RETURNING`` and the migration bookkeeping carry over unchanged.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from retold.document import Document, parse_published
from retold.errors import Errors, StoreError
from retold.store._rows import bounds, check_span, now, to_document, to_json
from retold.store.base import (
    AddResult,
    BaseStore,
    DocumentItem,
    Mention,
    MentionSpan,
    SentenceHit,
    SentenceSpan,
    TermCounts,
    Tracer,
)
from retold.store.migrations import (
    SCHEMA_MIGRATIONS_DDL,
    SQLITE_MIGRATIONS,
    Migration,
    latest_version,
    pending,
)

__all__ = ["SqliteStore", "fts5_query", "split_statements"]

# Not yet in retold.errors; proposed there under these codes.

_DOC_COLUMNS = "d.id, d.text, d.url, d.outlet, d.published, d.title, d.language, d.meta"
_PAGE_SIZE = 500
# Title matches say more about what a document is about than one sentence does.
_TITLE_WEIGHT = 2.0


def fts5_query(terms: Iterable[str]) -> str | None:
    """An FTS5 MATCH expression that finds any of ``terms``; None when none can match.

    Each term becomes one double-quoted FTS5 string, so whatever it holds
    (quotes, ``*``, ``NEAR``, ``AND``, parentheses, ``-``, ``:``) is text to
    tokenise, never query syntax; a multiword term is thereby a phrase. Terms
    without a letter or digit are dropped: they would tokenise to nothing.
    """
    phrases: list[str] = []
    seen: set[str] = set()
    for term in terms:
        cleaned = " ".join(term.replace("\x00", " ").split())
        if not _has_token_char(cleaned) or cleaned.casefold() in seen:
            continue
        seen.add(cleaned.casefold())
        phrases.append('"' + cleaned.replace('"', '""') + '"')
    return " OR ".join(phrases) or None


def _has_token_char(text: str) -> bool:
    # The unicode61 tokenizer keeps letters, numbers and private-use characters.
    return any(
        unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text
    )


def split_statements(script: str) -> list[str]:
    """Cut a migration script into single statements.

    ``executescript`` would commit any open transaction first, which breaks the
    all-or-nothing promise of a migration, so statements run one by one.
    sqlite3's own completeness test keeps ``;`` inside strings and trigger
    bodies from splitting a statement.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    rest = "\n".join(
        line for line in buffer.splitlines() if line.strip() and not line.strip().startswith("--")
    )
    if rest:
        raise ValueError(f"Migration script ends inside a statement: {rest[:80]!r}")
    return statements


class SqliteStore(BaseStore):
    """A :class:`~retold.store.base.Store` in one SQLite file, or in memory.

    One connection serves every thread, guarded by a lock: SQLite allows one
    writer at a time anyway, and a single connection keeps in-memory databases
    (which exist per connection) usable from worker threads.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        url: str | None = None,
        tracer: Tracer | None = None,
        timeout: float = 30.0,
        migrations: Sequence[Migration] = SQLITE_MIGRATIONS,
    ) -> None:
        """Open (creating if needed) and migrate the database.

        path: the database file; None for a private in-memory database.
        url: how to name the database in messages (defaults to a sqlite URL of ``path``).
        tracer: called with each SQL statement and its parameters before it runs.
        timeout: seconds to wait for another process's write lock.
        migrations: the schema steps to apply; tests pass their own.
        """
        self.path = Path(path) if path is not None and str(path) != ":memory:" else None
        self.url = url or (f"sqlite:///{self.path}" if self.path is not None else "sqlite://")
        self._tracer = tracer
        self._lock = threading.RLock()
        self._common = TermCounts(self._count_sentences, self._count_term)
        self._conn = self._connect(timeout)
        try:
            self._migrate(migrations)
        except BaseException:
            self._conn.close()
            raise

    # -- connection and transactions ------------------------------------------------

    def _connect(self, timeout: float) -> sqlite3.Connection:
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are begun and ended explicitly below.
            conn = sqlite3.connect(
                self.path if self.path is not None else ":memory:",
                timeout=timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error) as err:
            raise StoreError(Errors.E105.format(url=self.url, detail=err)) from err
        try:
            # The first statement reads the header: a file that is not a database fails here.
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if self.path is not None:
                # WAL lets readers go on while one process writes; NORMAL sync is durable
                # enough under WAL and keeps ingest fast.
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as err:
            conn.close()
            raise StoreError(Errors.E105.format(url=self.url, detail=err)) from err
        return conn

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        if self._tracer is not None:
            self._tracer(sql, params)
        return self._conn.execute(sql, params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self._tracer is not None:
            self._tracer(sql, rows)
        self._conn.executemany(sql, rows)

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction; IMMEDIATE takes the file lock up front so it cannot deadlock later."""
        with self._lock:
            self._execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                # SQLite ends some failed transactions itself; a second ROLLBACK would mask the error.
                if self._conn.in_transaction:
                    self._execute("ROLLBACK")
                raise
            self._execute("COMMIT")

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        known = latest_version(migrations)
        with self._lock:
            applied = self._applied_versions()
            self._refuse_newer(applied, known)
            if not pending(migrations, applied):
                return
            with self._write():
                self._execute(SCHEMA_MIGRATIONS_DDL["sqlite"])
                # Another process may have migrated while we waited for the lock.
                applied = self._applied_versions()
                self._refuse_newer(applied, known)
                for migration in pending(migrations, applied):
                    for statement in split_statements(migration.sql):
                        self._execute(statement)
                    self._execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.name, now()),
                    )

    def _applied_versions(self) -> set[int]:
        exists = self._execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if exists is None:
            return set()
        return {row[0] for row in self._execute("SELECT version FROM schema_migrations")}

    def _refuse_newer(self, applied: Collection[int], known: int) -> None:
        found = max(applied, default=0)
        if found > known:
            raise StoreError(Errors.E102.format(url=self.url, found=found, known=known))

    @property
    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        with self._lock:
            return max(self._applied_versions(), default=0)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __repr__(self) -> str:
        return f"<SqliteStore {self.url}>"

    # -- writing --------------------------------------------------------------------

    def add_documents(self, items: Iterable[DocumentItem]) -> list[AddResult]:
        """Store many documents in one transaction; see :meth:`add_document`.

        An error in any item rolls the whole batch back.
        """
        results: list[AddResult] = []
        with self._write():
            for doc, sentences, mentions, analysis in items:
                results.append(self._insert(doc, sentences, mentions, analysis))
        # After the write and outside its lock: a search holds the counts' lock first.
        self._common.forget()
        return results

    def _insert(
        self,
        doc: Document,
        sentences: Sequence[SentenceSpan],
        mentions: Sequence[MentionSpan],
        analysis: Mapping[str, Any] | None,
    ) -> AddResult:
        for start, end in sentences:
            check_span(doc, start, end)
        for _, _, start, end in mentions:
            check_span(doc, start, end)
        content_hash = doc.content_hash
        published = parse_published(doc.published)
        values = (
            content_hash,
            doc.text,
            doc.url,
            doc.outlet,
            doc.published,
            published.isoformat() if published else None,
            doc.title,
            doc.language,
            to_json(doc.meta),
            now(),
        )
        analysis_json = to_json(analysis) if analysis is not None else None
        # Insert first and look only on conflict: the UNIQUE indexes decide, so two
        # writers cannot both add the same text.
        for doc_id in (doc.id, f"{doc.id}~{content_hash[:8]}", f"{doc.id}~{content_hash}"):
            rows = self._execute(
                "INSERT INTO documents (id, content_hash, text, url, outlet, published,"
                " published_day, title, language, meta, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING RETURNING pk",
                (doc_id, *values),
            ).fetchall()
            if rows:
                doc_pk: int = rows[0][0]
                break
            existing = self._execute(
                "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
            ).fetchone()
            if existing is not None:
                return AddResult(doc_id=existing[0], added=False)
        else:
            raise StoreError(Errors.E106.format(doc_id=doc.id))

        # Sentence keys are handed out here, under the write lock, so the FTS rows
        # can share them without a round trip per sentence.
        last_pk: int = self._execute("SELECT coalesce(max(pk), 0) FROM sentences").fetchone()[0]
        keyed = [(last_pk + i, start, end) for i, (start, end) in enumerate(sentences, start=1)]
        self._executemany(
            "INSERT INTO sentences (pk, doc_pk, start_char, end_char) VALUES (?, ?, ?, ?)",
            [(pk, doc_pk, start, end) for pk, start, end in keyed],
        )
        self._executemany(
            "INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)",
            [(pk, doc.text[start:end]) for pk, start, end in keyed],
        )
        self._executemany(
            "INSERT INTO mentions (doc_pk, kind, key, start_char, end_char, text)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc_pk, kind, key, start, end, doc.text[start:end])
                for kind, key, start, end in mentions
            ],
        )
        if doc.title:
            self._execute(
                "INSERT INTO titles_fts (rowid, title) VALUES (?, ?)", (doc_pk, doc.title)
            )
        if analysis_json is not None:
            self._execute(
                "INSERT INTO analyses (doc_pk, data) VALUES (?, ?)", (doc_pk, analysis_json)
            )
        return AddResult(doc_id=doc_id, added=True)

    # -- reading documents ----------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        with self._lock:
            row = self._execute(
                "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)
            ).fetchone()
        return row is not None

    def get_document(self, doc_id: str) -> Document:
        with self._lock:
            row = self._execute(
                f"SELECT {_DOC_COLUMNS} FROM documents AS d WHERE d.id = ?", (doc_id,)
            ).fetchone()
        if row is None:
            raise StoreError(Errors.E103.format(doc_id=doc_id))
        return to_document(row)

    def get_documents(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """The stored documents among ``doc_ids``, in the order asked; unknown ids are left out."""
        if not doc_ids:
            return {}
        with self._lock:
            rows = self._execute(
                f"SELECT {_DOC_COLUMNS} FROM documents AS d"
                " WHERE d.id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(doc_ids)),),
            ).fetchall()
        found = {row[0]: to_document(row) for row in rows}
        return {doc_id: found[doc_id] for doc_id in doc_ids if doc_id in found}

    def iter_documents(self) -> Iterator[Document]:
        """Every document in the order added, read a page at a time.

        The lock is not held between pages, so the caller may write to the
        store while iterating; documents added meanwhile are included.
        """
        last_pk = 0
        while True:
            with self._lock:
                rows = self._execute(
                    f"SELECT d.pk, {_DOC_COLUMNS} FROM documents AS d"
                    " WHERE d.pk > ? ORDER BY d.pk LIMIT ?",
                    (last_pk, _PAGE_SIZE),
                ).fetchall()
            if not rows:
                return
            for row in rows:
                yield to_document(row[1:])
            last_pk = rows[-1][0]

    def count_documents(self) -> int:
        with self._lock:
            count: int = self._execute("SELECT count(*) FROM documents").fetchone()[0]
        return count

    def get_analysis(self, doc_id: str) -> dict[str, Any] | None:
        """The analysis stored with a document; None when it has none or is not stored."""
        with self._lock:
            row = self._execute(
                "SELECT a.data FROM documents AS d JOIN analyses AS a ON a.doc_pk = d.pk"
                " WHERE d.id = ?",
                (doc_id,),
            ).fetchone()
        if row is None:
            return None
        data: dict[str, Any] = json.loads(row[0])
        return data

    def get_analyses(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The analyses of many documents in one query; ids without one are left out."""
        if not doc_ids:
            return {}
        with self._lock:
            rows = self._execute(
                "SELECT d.id, a.data FROM documents AS d JOIN analyses AS a ON a.doc_pk = d.pk"
                " WHERE d.id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(doc_ids)),),
            ).fetchall()
        return {doc_id: json.loads(data) for doc_id, data in rows}

    def get_sentence_bounds(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        """Each document's sentence offsets alone, taken out of its analysis by the database."""
        if not doc_ids:
            return {}
        with self._lock:
            rows = self._execute(
                "SELECT d.id, json_extract(a.data, '$.sentences')"
                " FROM documents AS d JOIN analyses AS a ON a.doc_pk = d.pk"
                " WHERE d.id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(doc_ids)),),
            ).fetchall()
        return {doc_id: bounds(json.loads(raw) if raw else []) for doc_id, raw in rows}

    # -- search ---------------------------------------------------------------------

    def search_sentences(
        self,
        terms: Sequence[str],
        *,
        limit: int = 50,
        exclude_ids: Collection[str] = (),
        published_before: str | None = None,
    ) -> list[SentenceHit]:
        """Sentences containing any of ``terms`` (words or phrases), best BM25 match first.

        published_before: an ISO date or date-time. Documents published on a
            later day are left out; those of the same day and undated ones are
            kept, since a retelling often appears the day its source does. An
            unreadable value filters nothing, as for an undated article.
        """
        if limit <= 0:
            return []
        match = fts5_query(self._common.rare(terms))
        if match is None:
            return []
        # CROSS JOIN fixes the join order: start from the full-text index, never
        # from a scan of documents (SQLite's way of pinning a plan).
        sql = (
            "SELECT d.id, s.start_char, s.end_char, f.text, -bm25(sentences_fts) AS score"
            " FROM sentences_fts AS f"
            " CROSS JOIN sentences AS s ON s.pk = f.rowid"
            " CROSS JOIN documents AS d ON d.pk = s.doc_pk"
            " WHERE sentences_fts MATCH ?"
        )
        params: list[Any] = [match]
        if exclude_ids:
            sql += " AND d.id NOT IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(exclude_ids)))
        before = parse_published(published_before)
        if before is not None:
            sql += " AND (d.published_day IS NULL OR d.published_day <= ?)"
            params.append(before.isoformat())
        sql += " ORDER BY score DESC, s.pk LIMIT ?"
        params.append(limit)
        with self._lock:
            rows = self._execute(sql, params).fetchall()
        return [SentenceHit(*row) for row in rows]

    def _count_sentences(self) -> int:
        with self._lock:
            total: int = self._execute("SELECT count(*) FROM sentences").fetchone()[0]
        return total

    def _count_term(self, term: str, cap: int) -> int:
        """In how many sentences ``term`` occurs, counting no further than ``cap``."""
        match = fts5_query([term])
        if match is None:
            return 0
        with self._lock:
            count: int = self._execute(
                "SELECT count(*) FROM (SELECT 1 FROM sentences_fts"
                " WHERE sentences_fts MATCH ? LIMIT ?)",
                (match, cap),
            ).fetchone()[0]
        return count

    def sentences_of(self, doc_id: str) -> list[SentenceHit]:
        """Every sentence of one document in text order, with score 0; [] when not stored."""
        with self._lock:
            rows = self._execute(
                "SELECT d.id, s.start_char, s.end_char, f.text, 0.0"
                " FROM documents AS d"
                " CROSS JOIN sentences AS s ON s.doc_pk = d.pk"
                " CROSS JOIN sentences_fts AS f ON f.rowid = s.pk"
                " WHERE d.id = ? ORDER BY s.start_char, s.pk",
                (doc_id,),
            ).fetchall()
        return [SentenceHit(*row) for row in rows]

    def find_mentions(self, kind: str, keys: Collection[str], *, limit: int = 500) -> list[Mention]:
        """Mentions of ``kind`` with one of ``keys``, in the order they were stored."""
        if not keys or limit <= 0:
            return []
        with self._lock:
            rows = self._execute(
                "SELECT d.id, m.kind, m.key, m.start_char, m.end_char, m.text"
                " FROM mentions AS m JOIN documents AS d ON d.pk = m.doc_pk"
                " WHERE m.kind = ? AND m.key IN (SELECT value FROM json_each(?))"
                " ORDER BY m.pk LIMIT ?",
                (kind, json.dumps(sorted(keys)), limit),
            ).fetchall()
        return [Mention(*row) for row in rows]

    def search_documents(self, query: str, *, limit: int = 20) -> list[Document]:
        """Documents matching any word of ``query``, best first.

        A document scores its best sentence plus its title match (weighted
        higher), so one strong passage beats many weak ones.
        """
        match = fts5_query(query.split())
        if match is None or limit <= 0:
            return []
        sql = (
            "WITH hits (doc_pk, score) AS MATERIALIZED ("
            "  SELECT s.doc_pk, -bm25(sentences_fts)"
            "  FROM sentences_fts AS f CROSS JOIN sentences AS s ON s.pk = f.rowid"
            "  WHERE sentences_fts MATCH ?"
            "), best (doc_pk, score) AS ("
            "  SELECT doc_pk, max(score) FROM hits GROUP BY doc_pk"
            "), titled (doc_pk, score) AS ("
            "  SELECT rowid, ? * -bm25(titles_fts) FROM titles_fts WHERE titles_fts MATCH ?"
            "), ranked (doc_pk, score) AS ("
            "  SELECT doc_pk, sum(score) FROM"
            "  (SELECT doc_pk, score FROM best UNION ALL SELECT doc_pk, score FROM titled)"
            "  GROUP BY doc_pk"
            ")"
            f" SELECT {_DOC_COLUMNS} FROM ranked AS r CROSS JOIN documents AS d ON d.pk = r.doc_pk"
            " ORDER BY r.score DESC, r.doc_pk LIMIT ?"
        )
        with self._lock:
            rows = self._execute(sql, (match, _TITLE_WEIGHT, match, limit)).fetchall()
        return [to_document(row) for row in rows]

    # -- derived data ---------------------------------------------------------------

    def put_derived(self, kind: str, rows: Mapping[str, Mapping[str, Any]]) -> None:
        if not rows:
            return
        payload = {doc_id: to_json(data) for doc_id, data in rows.items()}
        with self._write():
            found = dict(
                self._execute(
                    "SELECT id, pk FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(list(payload)),),
                ).fetchall()
            )
            for doc_id in payload:
                if doc_id not in found:
                    raise StoreError(Errors.E103.format(doc_id=doc_id))
            self._executemany(
                "INSERT INTO derived (kind, doc_pk, data) VALUES (?, ?, ?)"
                " ON CONFLICT (kind, doc_pk) DO UPDATE SET data = excluded.data",
                [(kind, found[doc_id], data) for doc_id, data in payload.items()],
            )

    def get_derived(
        self, kind: str, doc_ids: Collection[str] | None = None
    ) -> dict[str, dict[str, Any]]:
        sql = (
            "SELECT d.id, x.data FROM derived AS x JOIN documents AS d ON d.pk = x.doc_pk"
            " WHERE x.kind = ?"
        )
        params: list[Any] = [kind]
        if doc_ids is not None:
            if not doc_ids:
                return {}
            sql += " AND d.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(doc_ids)))
        with self._lock:
            rows = self._execute(sql + " ORDER BY d.pk", params).fetchall()
        return {doc_id: json.loads(data) for doc_id, data in rows}
