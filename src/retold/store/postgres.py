"""The PostgreSQL store: psycopg 3, a connection pool, tsvector + GIN for sentence search.

It keeps the :class:`~retold.store.base.Store` contract exactly as the SQLite
store does; the differences are the server's:

- text search uses the ``retold`` configuration made by the first migration
  (``unaccent`` then an English Snowball stemmer without stop words), so
  diacritics fold and words stem as in SQLite's FTS5 tokenizer;
- every term becomes one ``phraseto_tsquery``, OR-ed together, so a term is
  text to tokenise, never query syntax (``&``, ``|``, ``!``, ``:*``, quotes
  and parentheses included); scores come from ``ts_rank_cd``;
- connections come from a pool, so threads (the web app) read in parallel and
  a page of :meth:`PostgresStore.iter_documents` holds no connection while the
  caller writes;
- concurrent writers are serialised by the UNIQUE indexes themselves
  (``INSERT ... ON CONFLICT DO NOTHING RETURNING``); a batch that deadlocks
  with another writer's batch is rolled back and run again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool

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
    common_cap,
)
from retold.store.migrations import (
    POSTGRES_MIGRATIONS,
    SCHEMA_MIGRATIONS_DDL,
    Migration,
    latest_version,
    pending,
)

__all__ = ["PostgresStore", "conninfo_of", "redact_url", "search_terms"]

_DOC_COLUMNS = "d.id, d.text, d.url, d.outlet, d.published, d.title, d.language, d.meta"
_PAGE_SIZE = 500
# Title matches say more about what a document is about than one sentence does.
_TITLE_WEIGHT = 2.0
# ts_rank_cd normalisation 1: divide by 1 + log(length), so, as with BM25, a
# short sentence with the same matches ranks above a long one.
_RANK_NORM = 1
# The planner's statistics are trusted while the table holds about as many sentences as
# when they were taken (within this share).
STALE_STATISTICS = 0.2
# Transactions that lost a deadlock or serialisation race are run again this often.
_RETRIES = 5
# Any fixed number: held while migrating, so two processes opening a new database
# at once do not both create the schema.
_MIGRATION_LOCK = 0x7265746F6C64  # 'retold'
_PASSWORD_RE = re.compile(r"(://[^:/@?#]*):[^@/?#]*@")


def conninfo_of(url: str) -> str:
    """The libpq connection URI for a retold URL (SQLAlchemy's ``+psycopg`` suffix dropped)."""
    scheme, sep, rest = url.partition("://")
    if scheme.lower() in ("postgresql+psycopg", "postgres", "postgresql"):
        return f"postgresql{sep}{rest}"
    return url


def redact_url(url: str) -> str:
    """``url`` with its password hidden, for messages."""
    return _PASSWORD_RE.sub(r"\1:***@", url)


def search_terms(terms: Iterable[str]) -> list[str]:
    """The terms worth searching: whitespace collapsed, NULs dropped, repeats removed.

    Terms without a letter or digit are left out: they tokenise to nothing.
    """
    kept: list[str] = []
    seen: set[str] = set()
    for term in terms:
        cleaned = " ".join(term.replace("\x00", " ").split())
        if not any(ch.isalnum() for ch in cleaned) or cleaned.casefold() in seen:
            continue
        seen.add(cleaned.casefold())
        kept.append(cleaned)
    return kept


class PostgresStore(BaseStore):
    """A :class:`~retold.store.base.Store` in one PostgreSQL database.

    The database must exist; retold creates its tables (and the ``unaccent``
    extension) on first open, which needs CREATE on the database.
    """

    def __init__(
        self,
        url: str,
        *,
        tracer: Tracer | None = None,
        max_connections: int = 4,
        timeout: float = 30.0,
        migrations: Sequence[Migration] = POSTGRES_MIGRATIONS,
    ) -> None:
        """Connect, migrate, and open a pool of up to ``max_connections`` connections.

        url: a postgresql:// URL (libpq's form; ``?host=/run/postgresql`` for a socket).
        tracer: called with each SQL statement and its parameters before it runs.
        timeout: seconds to wait for a connection, and for the server to answer one.
        migrations: the schema steps to apply; tests pass their own.
        """
        self.url = url
        self._tracer = tracer
        self._conninfo = conninfo_of(url)
        self._common = TermCounts(self._count_sentences, self._count_term, self._estimate_terms)
        self._lexemes: tuple[dict[str, float], float] | None = None
        # One direct connection first: its error says why, where a pool would only time out.
        try:
            conn = psycopg.connect(self._conninfo, connect_timeout=max(1, int(timeout)))
        except psycopg.Error as err:
            raise StoreError(Errors.E107.format(url=redact_url(url), detail=_detail(err))) from err
        try:
            self._migrate(conn, migrations)
        finally:
            conn.close()
        self._pool: ConnectionPool[psycopg.Connection[tuple[Any, ...]]] = ConnectionPool(
            self._conninfo,
            min_size=1,
            max_size=max(1, max_connections),
            timeout=timeout,
            kwargs={"connect_timeout": max(1, int(timeout))},
            name="retold-store",
            open=True,
        )

    # -- connection and transactions ------------------------------------------------

    def _execute(self, cur: psycopg.Cursor[Any], sql: str, params: Sequence[Any] = ()) -> None:
        if self._tracer is not None:
            self._tracer(sql, params)
        cur.execute(sql, params)

    def _executemany(
        self, cur: psycopg.Cursor[Any], sql: str, rows: Sequence[Sequence[Any]]
    ) -> None:
        if not rows:
            return
        if self._tracer is not None:
            self._tracer(sql, rows)
        cur.executemany(sql, rows)

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one read in its own short transaction."""
        with self._pool.connection() as conn, conn.cursor() as cur:
            self._execute(cur, sql, params)
            return cur.fetchall()

    @contextmanager
    def _cursor(self) -> Iterator[psycopg.Cursor[Any]]:
        """A cursor in one transaction: committed when the block ends, rolled back on error."""
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    def _migrate(self, conn: psycopg.Connection[Any], migrations: Sequence[Migration]) -> None:
        known = latest_version(migrations)
        with conn.cursor() as cur:
            applied = self._applied_versions(cur)
            conn.rollback()
            self._refuse_newer(applied, known)
            if not pending(migrations, applied):
                return
            try:
                with conn.transaction():
                    self._execute(cur, "SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                    self._execute(cur, SCHEMA_MIGRATIONS_DDL["postgresql"])
                    # Another process may have migrated while we waited for the lock.
                    applied = self._applied_versions(cur)
                    self._refuse_newer(applied, known)
                    for migration in pending(migrations, applied):
                        # DDL is transactional in PostgreSQL: a failing step undoes them all.
                        self._execute(cur, migration.sql)
                        self._execute(
                            cur,
                            "INSERT INTO schema_migrations (version, name, applied_at)"
                            " VALUES (%s, %s, %s)",
                            (migration.version, migration.name, now()),
                        )
            except (
                pg_errors.InsufficientPrivilege,
                pg_errors.UndefinedFile,
                pg_errors.FeatureNotSupported,
            ) as err:
                raise StoreError(
                    Errors.E108.format(url=redact_url(self.url), detail=_detail(err))
                ) from err

    def _applied_versions(self, cur: psycopg.Cursor[Any]) -> set[int]:
        self._execute(cur, "SELECT to_regclass('schema_migrations') IS NOT NULL")
        row = cur.fetchone()
        if row is None or not row[0]:
            return set()
        self._execute(cur, "SELECT version FROM schema_migrations")
        return {version for (version,) in cur.fetchall()}

    def _refuse_newer(self, applied: Collection[int], known: int) -> None:
        found = max(applied, default=0)
        if found > known:
            raise StoreError(Errors.E102.format(url=redact_url(self.url), found=found, known=known))

    @property
    def schema_version(self) -> int:
        """The highest migration applied to this database."""
        with self._pool.connection() as conn, conn.cursor() as cur:
            return max(self._applied_versions(cur), default=0)

    def close(self) -> None:
        self._pool.close()

    def __repr__(self) -> str:
        return f"<PostgresStore {redact_url(self.url)}>"

    # -- writing --------------------------------------------------------------------

    def add_documents(self, items: Iterable[DocumentItem]) -> list[AddResult]:
        """Store many documents in one transaction; see :meth:`add_document`.

        An error in any item rolls the whole batch back. A batch that another
        writer's batch deadlocks with is run again from its first item (items
        already taken from ``items`` are kept for that).
        """
        source = iter(items)
        taken: list[DocumentItem] = []

        def replay() -> Iterator[DocumentItem]:
            yield from list(taken)
            for item in source:
                taken.append(item)
                yield item

        for attempt in range(_RETRIES):
            try:
                with self._cursor() as cur:
                    results = [self._insert(cur, *item) for item in replay()]
                self._common.forget()  # once committed, so no search counts the old state
                self._lexemes = None
                return results
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                if attempt == _RETRIES - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _insert(
        self,
        cur: psycopg.Cursor[Any],
        doc: Document,
        sentences: Sequence[SentenceSpan],
        mentions: Sequence[MentionSpan],
        analysis: Mapping[str, Any] | None,
    ) -> AddResult:
        for start, end in sentences:
            check_span(doc, start, end)
        for _, _, start, end in mentions:
            check_span(doc, start, end)
        meta_json = to_json(doc.meta)
        analysis_json = to_json(analysis) if analysis is not None else None
        _refuse_nul(doc, mentions)
        content_hash = doc.content_hash
        published = parse_published(doc.published)
        values = (
            content_hash,
            doc.text,
            doc.url,
            doc.outlet,
            doc.published,
            published,
            doc.title,
            doc.language,
            meta_json,
            now(),
        )
        # Insert first and look only on conflict: the UNIQUE indexes decide, and a
        # conflicting insert of another transaction is waited for, so two writers
        # cannot both add the same text.
        for doc_id in (doc.id, f"{doc.id}~{content_hash[:8]}", f"{doc.id}~{content_hash}"):
            self._execute(
                cur,
                "INSERT INTO documents (id, content_hash, text, url, outlet, published,"
                " published_day, title, language, meta, ingested_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING RETURNING pk",
                (doc_id, *values),
            )
            row = cur.fetchone()
            if row is not None:
                doc_pk: int = row[0]
                break
            self._execute(cur, "SELECT id FROM documents WHERE content_hash = %s", (content_hash,))
            existing = cur.fetchone()
            if existing is not None:
                return AddResult(doc_id=existing[0], added=False)
        else:
            raise StoreError(Errors.E106.format(doc_id=doc.id))

        self._executemany(
            cur,
            "INSERT INTO sentences (doc_pk, start_char, end_char, text, published_day)"
            " VALUES (%s, %s, %s, %s, %s)",
            [(doc_pk, start, end, doc.text[start:end], published) for start, end in sentences],
        )
        self._executemany(
            cur,
            "INSERT INTO mentions (doc_pk, kind, key, start_char, end_char, text)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            [
                (doc_pk, kind, key, start, end, doc.text[start:end])
                for kind, key, start, end in mentions
            ],
        )
        if analysis_json is not None:
            self._execute(
                cur, "INSERT INTO analyses (doc_pk, data) VALUES (%s, %s)", (doc_pk, analysis_json)
            )
        return AddResult(doc_id=doc_id, added=True)

    # -- reading documents ----------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        rows = self._fetchall("SELECT 1 FROM documents WHERE content_hash = %s", (content_hash,))
        return bool(rows)

    def get_document(self, doc_id: str) -> Document:
        rows = self._fetchall(
            f"SELECT {_DOC_COLUMNS} FROM documents AS d WHERE d.id = %s", (doc_id,)
        )
        if not rows:
            raise StoreError(Errors.E103.format(doc_id=doc_id))
        return to_document(rows[0])

    def get_documents(self, doc_ids: Sequence[str]) -> dict[str, Document]:
        """The stored documents among ``doc_ids``, in the order asked; unknown ids are left out."""
        if not doc_ids:
            return {}
        rows = self._fetchall(
            f"SELECT {_DOC_COLUMNS} FROM documents AS d WHERE d.id = ANY(%s)", (list(doc_ids),)
        )
        found = {row[0]: to_document(row) for row in rows}
        return {doc_id: found[doc_id] for doc_id in doc_ids if doc_id in found}

    def iter_documents(self) -> Iterator[Document]:
        """Every document in the order added, read a page at a time.

        No connection is held between pages, so the caller may write to the
        store while iterating; documents added meanwhile are included.
        """
        last_pk = 0
        while True:
            rows = self._fetchall(
                f"SELECT d.pk, {_DOC_COLUMNS} FROM documents AS d"
                " WHERE d.pk > %s ORDER BY d.pk LIMIT %s",
                (last_pk, _PAGE_SIZE),
            )
            if not rows:
                return
            for row in rows:
                yield to_document(row[1:])
            last_pk = rows[-1][0]

    def count_documents(self) -> int:
        count: int = self._fetchall("SELECT count(*) FROM documents")[0][0]
        return count

    def get_analysis(self, doc_id: str) -> dict[str, Any] | None:
        """The analysis stored with a document; None when it has none or is not stored."""
        rows = self._fetchall(
            "SELECT a.data FROM documents AS d JOIN analyses AS a ON a.doc_pk = d.pk"
            " WHERE d.id = %s",
            (doc_id,),
        )
        if not rows:
            return None
        data: dict[str, Any] = rows[0][0]
        return data

    def get_analyses(self, doc_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The analyses of many documents in one query; ids without one are left out."""
        if not doc_ids:
            return {}
        rows = self._fetchall(
            "SELECT d.id, a.data FROM documents AS d JOIN analyses AS a ON a.doc_pk = d.pk"
            " WHERE d.id = ANY(%s)",
            (list(doc_ids),),
        )
        return {doc_id: data for doc_id, data in rows}

    def get_sentence_bounds(self, doc_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        """Each document's sentence offsets alone, taken out of its analysis by the database."""
        if not doc_ids:
            return {}
        rows = self._fetchall(
            "SELECT d.id, a.data -> 'sentences' FROM documents AS d"
            " JOIN analyses AS a ON a.doc_pk = d.pk WHERE d.id = ANY(%s)",
            (list(doc_ids),),
        )
        return {doc_id: bounds(raw or []) for doc_id, raw in rows}

    # -- search ---------------------------------------------------------------------

    def _count_sentences(self) -> int:
        return int(self._fetchall("SELECT count(*) FROM sentences")[0][0])

    def _count_term(self, term: str, cap: int) -> int:
        """In how many sentences ``term`` occurs, counting no further than ``cap``."""
        query = self._tsquery([term])
        if query is None:
            return 0
        return int(
            self._fetchall(
                "SELECT count(*) FROM (SELECT 1 FROM sentences AS s"
                " WHERE s.tsv @@ %s::tsquery LIMIT %s) AS x",
                (query, cap),
            )[0][0]
        )

    def _lexeme_stats(self, total: int) -> tuple[dict[str, float], float] | None:
        """The planner's most common lexemes of the sentence index, each with the share of
        sentences holding it, and the smallest share listed; None before ANALYZE has run.

        ANALYZE keeps these anyway (autovacuum runs it as the table grows), so they cost a
        query per process; a lexeme left off the list is in no more sentences than the
        smallest share listed. Statistics taken when the table held many fewer or more
        sentences than ``total`` are not used.
        """
        if self._lexemes is None:
            rows = self._fetchall(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs,"
                " (SELECT reltuples FROM pg_class WHERE oid = 'sentences'::regclass)"
                " FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'sentences'"
                " AND attname = 'tsv' AND most_common_elems IS NOT NULL"
            )
            if not rows:
                return None
            elems, freqs, analysed = rows[0]
            if abs(total - float(analysed or 0)) > STALE_STATISTICS * max(total, 1):
                return None  # taken before the table grew or changed: count instead
            # The shares list ends with the smallest and largest of them.
            shares = dict(zip(elems, freqs[: len(elems)], strict=True))
            self._lexemes = (shares, min(shares.values(), default=0.0))
        return self._lexemes

    def _estimate_terms(self, terms: Sequence[str], total: int) -> dict[str, int]:
        """Sentence counts of many terms in one query, from :meth:`_lexeme_stats`.

        A phrase is in no more sentences than its rarest word, which settles it when
        that word is rare; a phrase of common words may still be rare and is left to
        be counted, as is every term while the table has no statistics yet.
        """
        stats = self._lexeme_stats(total)
        if stats is None:
            return {}
        shares, floor = stats
        cap = common_cap(total)
        rows = self._fetchall(
            "SELECT t, tsvector_to_array(to_tsvector('retold', t)) FROM unnest(%s::text[]) AS t",
            (list(terms),),
        )
        counts: dict[str, int] = {}
        for term, lexemes in rows:
            bound = min((shares.get(lexeme, floor) for lexeme in lexemes), default=0.0)
            count = int(bound * total)
            if count <= cap or len(lexemes) == 1 and lexemes[0] in shares:
                counts[term] = count
        return counts

    def _tsquery(self, terms: Iterable[str]) -> str | None:
        """The tsquery (as text) that finds any of ``terms``, each as a phrase; None if empty.

        The server builds it, with the same configuration that made the index,
        so stemming and folding agree on both sides.
        """
        kept = search_terms(terms)
        if not kept:
            return None
        parts = " || ".join(["phraseto_tsquery('retold', %s)"] * len(kept))
        rows = self._fetchall(
            f"SELECT q::text FROM (SELECT {parts} AS q) AS x WHERE numnode(q) > 0", kept
        )
        return rows[0][0] if rows else None

    def search_sentences(
        self,
        terms: Sequence[str],
        *,
        limit: int = 50,
        exclude_ids: Collection[str] = (),
        published_before: str | None = None,
    ) -> list[SentenceHit]:
        """Sentences containing any of ``terms`` (words or phrases), best match first.

        published_before: an ISO date or date-time. Documents published on a
            later day are left out; those of the same day and undated ones are
            kept. An unreadable value filters nothing, as for an undated article.
        """
        if limit <= 0:
            return []
        query = self._tsquery(self._common.rare(terms))
        if query is None:
            return []
        # Rank and cut on sentences alone; documents are joined for the returned rows only.
        where = "s.tsv @@ %s::tsquery"
        params: list[Any] = [query, query]
        if exclude_ids:
            where += " AND s.doc_pk <> ALL(ARRAY(SELECT pk FROM documents WHERE id = ANY(%s)))"
            params.append(list(exclude_ids))
        before = parse_published(published_before)
        if before is not None:
            where += " AND (s.published_day IS NULL OR s.published_day <= %s)"
            params.append(before)
        params.append(limit)
        sql = (
            "SELECT d.id, h.start_char, h.end_char, h.text, h.score FROM ("
            "  SELECT s.pk, s.doc_pk, s.start_char, s.end_char, s.text,"
            f"  ts_rank_cd(s.tsv, %s::tsquery, {_RANK_NORM})::float8 AS score"
            f"  FROM sentences AS s WHERE {where}"
            "  ORDER BY score DESC, s.pk LIMIT %s"
            ") AS h JOIN documents AS d ON d.pk = h.doc_pk"
            " ORDER BY h.score DESC, h.pk"
        )
        return [SentenceHit(*row) for row in self._fetchall(sql, params)]

    def sentences_of(self, doc_id: str) -> list[SentenceHit]:
        """Every sentence of one document in text order, with score 0; [] when not stored."""
        rows = self._fetchall(
            "SELECT d.id, s.start_char, s.end_char, s.text, 0.0::float8"
            " FROM documents AS d JOIN sentences AS s ON s.doc_pk = d.pk"
            " WHERE d.id = %s ORDER BY s.start_char, s.pk",
            (doc_id,),
        )
        return [SentenceHit(*row) for row in rows]

    def find_mentions(self, kind: str, keys: Collection[str], *, limit: int = 500) -> list[Mention]:
        """Mentions of ``kind`` with one of ``keys``, in the order they were stored.

        Keys are already normalised by the caller, so an exact (B-tree) match is
        the whole lookup.
        """
        if not keys or limit <= 0:
            return []
        rows = self._fetchall(
            "SELECT d.id, m.kind, m.key, m.start_char, m.end_char, m.text"
            " FROM mentions AS m JOIN documents AS d ON d.pk = m.doc_pk"
            " WHERE m.kind = %s AND m.key = ANY(%s)"
            " ORDER BY m.pk LIMIT %s",
            (kind, sorted(keys), limit),
        )
        return [Mention(*row) for row in rows]

    def search_documents(self, query: str, *, limit: int = 20) -> list[Document]:
        """Documents matching any word of ``query``, best first.

        A document scores its best sentence plus its title match (weighted
        higher), so one strong passage beats many weak ones.
        """
        if limit <= 0:
            return []
        tsquery = self._tsquery(query.split())
        if tsquery is None:
            return []
        sql = (
            "WITH best (doc_pk, score) AS ("
            f"  SELECT s.doc_pk, max(ts_rank_cd(s.tsv, %s::tsquery, {_RANK_NORM}))"
            "  FROM sentences AS s WHERE s.tsv @@ %s::tsquery GROUP BY s.doc_pk"
            "), titled (doc_pk, score) AS ("
            f"  SELECT d.pk, %s * ts_rank_cd(d.title_tsv, %s::tsquery, {_RANK_NORM})"
            "  FROM documents AS d WHERE d.title_tsv @@ %s::tsquery"
            "), ranked (doc_pk, score) AS ("
            "  SELECT doc_pk, sum(score) AS score FROM"
            "  (SELECT doc_pk, score FROM best UNION ALL SELECT doc_pk, score FROM titled) AS u"
            "  GROUP BY doc_pk ORDER BY score DESC, doc_pk LIMIT %s"
            ")"
            f" SELECT {_DOC_COLUMNS} FROM ranked AS r JOIN documents AS d ON d.pk = r.doc_pk"
            " ORDER BY r.score DESC, r.doc_pk"
        )
        params = (tsquery, tsquery, _TITLE_WEIGHT, tsquery, tsquery, limit)
        return [to_document(row) for row in self._fetchall(sql, params)]

    # -- derived data ---------------------------------------------------------------

    def put_derived(self, kind: str, rows: Mapping[str, Mapping[str, Any]]) -> None:
        if not rows:
            return
        payload = {doc_id: to_json(data) for doc_id, data in rows.items()}
        for attempt in range(_RETRIES):
            try:
                with self._cursor() as cur:
                    self._execute(
                        cur, "SELECT id, pk FROM documents WHERE id = ANY(%s)", (list(payload),)
                    )
                    found = dict(cur.fetchall())
                    for doc_id in payload:
                        if doc_id not in found:
                            raise StoreError(Errors.E103.format(doc_id=doc_id))
                    # Sorted keys: concurrent writers lock rows in one order and cannot deadlock.
                    self._executemany(
                        cur,
                        "INSERT INTO derived (kind, doc_pk, data) VALUES (%s, %s, %s)"
                        " ON CONFLICT (kind, doc_pk) DO UPDATE SET data = excluded.data",
                        sorted((kind, found[doc_id], data) for doc_id, data in payload.items()),
                    )
                return
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                if attempt == _RETRIES - 1:
                    raise

    def get_derived(
        self, kind: str, doc_ids: Collection[str] | None = None
    ) -> dict[str, dict[str, Any]]:
        sql = (
            "SELECT d.id, x.data FROM derived AS x JOIN documents AS d ON d.pk = x.doc_pk"
            " WHERE x.kind = %s"
        )
        params: list[Any] = [kind]
        if doc_ids is not None:
            if not doc_ids:
                return {}
            sql += " AND d.id = ANY(%s)"
            params.append(list(doc_ids))
        return dict(self._fetchall(sql + " ORDER BY d.pk", params))


def _detail(err: psycopg.Error) -> str:
    return " ".join(str(err).split()).rstrip(".?") or type(err).__name__


def _refuse_nul(doc: Document, mentions: Sequence[MentionSpan]) -> None:
    """PostgreSQL text cannot hold U+0000 (json can); say so instead of a driver error."""
    fields: dict[str, str | None] = {
        "id": doc.id,
        "text": doc.text,
        "url": doc.url,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
        "language": doc.language,
    }
    for field, value in fields.items():
        if value is not None and "\x00" in value:
            raise StoreError(Errors.E109.format(doc_id=doc.id, field=field))
    if any("\x00" in kind or "\x00" in key for kind, key, _, _ in mentions):
        raise StoreError(Errors.E109.format(doc_id=doc.id, field="mentions"))
