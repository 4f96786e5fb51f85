"""Schema migrations: applied once, in order, atomically; newer databases refused."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from retold.errors import StoreError
from retold.store import open_store
from retold.store.migrations import (
    MIGRATIONS,
    POSTGRES_MIGRATIONS,
    SQLITE_MIGRATIONS,
    Migration,
    latest_version,
    pending,
)
from retold.store.postgres import PostgresStore
from retold.store.sqlite import SqliteStore, split_statements

NEXT = latest_version(SQLITE_MIGRATIONS) + 1
EXTRA = Migration(
    NEXT, "add extra", "CREATE TABLE extra (x INTEGER);\nCREATE INDEX extra_x ON extra (x);"
)


def _recorded(db_path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT version, name FROM schema_migrations ORDER BY version"
        ).fetchall()
    finally:
        conn.close()


def _tables(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        conn.close()


def test_migrations_apply_once_and_record_versions(sqlite_url: str, db_path: Path) -> None:
    for _ in range(3):
        open_store(sqlite_url).close()
    assert _recorded(db_path) == [(m.version, m.name) for m in SQLITE_MIGRATIONS]


def test_migrations_new_store_is_at_latest_version() -> None:
    with SqliteStore() as store:
        assert store.schema_version == latest_version(SQLITE_MIGRATIONS)


def test_migrations_create_the_schema(sqlite_url: str, db_path: Path) -> None:
    open_store(sqlite_url).close()
    assert {"documents", "sentences", "sentences_fts", "mentions", "analyses"} <= _tables(db_path)


def test_migrations_pending_ones_apply_on_reopen(db_path: Path) -> None:
    SqliteStore(db_path).close()
    with SqliteStore(db_path, migrations=(*SQLITE_MIGRATIONS, EXTRA)) as store:
        assert store.schema_version == NEXT
    assert _recorded(db_path)[-1] == (NEXT, "add extra")
    assert "extra" in _tables(db_path)


def test_migrations_up_to_date_store_opens_without_writing(sqlite_url: str) -> None:
    open_store(sqlite_url).close()
    seen: list[str] = []
    with open_store(sqlite_url, tracer=lambda sql, params: seen.append(sql)):
        pass
    assert not any(sql.startswith(("BEGIN", "CREATE", "INSERT")) for sql in seen)


def test_migrations_failed_migration_leaves_nothing_behind(db_path: Path) -> None:
    SqliteStore(db_path).close()
    broken = Migration(
        NEXT, "broken", "CREATE TABLE half (x INTEGER);\nCREATE TABLE half (y INTEGER);"
    )
    with pytest.raises(sqlite3.OperationalError):
        SqliteStore(db_path, migrations=(*SQLITE_MIGRATIONS, broken))
    assert "half" not in _tables(db_path)
    assert [version for version, _ in _recorded(db_path)] == list(range(1, NEXT))


def test_migrations_newer_schema_is_refused(sqlite_url: str, db_path: Path) -> None:
    open_store(sqlite_url).close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')"
        )
    conn.close()
    with pytest.raises(StoreError, match=r"\[E102\].*version 99"):
        open_store(sqlite_url)


def test_migrations_pending_are_unapplied_in_version_order() -> None:
    migrations = [Migration(3, "c", ""), Migration(1, "a", ""), Migration(2, "b", "")]
    assert [m.version for m in pending(migrations, {1})] == [2, 3]


def test_migrations_duplicate_versions_are_refused() -> None:
    with pytest.raises(ValueError, match="unique"):
        pending([Migration(1, "a", ""), Migration(1, "b", "")], set())


@pytest.mark.parametrize("dialect", sorted(MIGRATIONS))
def test_migrations_registered_versions_count_up_from_one(dialect: str) -> None:
    versions = [m.version for m in MIGRATIONS[dialect]]
    assert versions == list(range(1, len(versions) + 1))


def test_migrations_latest_version_of_none_is_zero() -> None:
    assert latest_version([]) == 0


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            "CREATE TABLE a (x);\nCREATE TABLE b (y);",
            ["CREATE TABLE a (x);", "CREATE TABLE b (y);"],
        ),
        ("-- a comment\nCREATE TABLE a (x);\n-- trailing\n", ["-- a comment\nCREATE TABLE a (x);"]),
        ("INSERT INTO t VALUES ('a;\nb');", ["INSERT INTO t VALUES ('a;\nb');"]),
        (
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;",
            ["CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  DELETE FROM b;\n  DELETE FROM c;\nEND;"],
        ),
        ("", []),
    ],
)
def test_migrations_split_statements(script: str, expected: list[str]) -> None:
    assert split_statements(script) == expected


def test_migrations_split_statements_refuses_unfinished_statement() -> None:
    with pytest.raises(ValueError, match="ends inside a statement"):
        split_statements("CREATE TABLE a (x);\nCREATE TABLE b (y)")


@pytest.mark.parametrize("migration", SQLITE_MIGRATIONS, ids=lambda m: m.name)
def test_migrations_shipped_scripts_split_cleanly(migration: Any) -> None:
    assert split_statements(migration.sql)


# -- PostgreSQL -----------------------------------------------------------------------


def test_migrations_dialects_mirror_each_other_version_for_version() -> None:
    assert [(m.version, m.name) for m in POSTGRES_MIGRATIONS] == [
        (m.version, m.name) for m in SQLITE_MIGRATIONS
    ]


def _pg_recorded(url: str) -> list[tuple[int, str]]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT version, name FROM schema_migrations ORDER BY version"
        ).fetchall()


def _pg_tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        }


def test_migrations_postgres_apply_once_and_create_the_schema(postgres_url: str) -> None:
    for _ in range(3):
        open_store(postgres_url).close()
    assert _pg_recorded(postgres_url) == [(m.version, m.name) for m in POSTGRES_MIGRATIONS]
    assert {"documents", "sentences", "mentions", "analyses", "derived"} <= _pg_tables(postgres_url)
    with PostgresStore(postgres_url) as store:
        assert store.schema_version == latest_version(POSTGRES_MIGRATIONS)


def test_migrations_postgres_up_to_date_store_opens_without_writing(postgres_url: str) -> None:
    open_store(postgres_url).close()
    seen: list[str] = []
    with open_store(postgres_url, tracer=lambda sql, params: seen.append(sql)):
        pass
    assert seen and not any(
        sql.lstrip().startswith(("CREATE", "INSERT", "ALTER")) or "advisory" in sql for sql in seen
    )


def test_migrations_postgres_pending_ones_apply_on_reopen(postgres_url: str) -> None:
    PostgresStore(postgres_url).close()
    with PostgresStore(postgres_url, migrations=(*POSTGRES_MIGRATIONS, EXTRA)) as store:
        assert store.schema_version == NEXT
    assert _pg_recorded(postgres_url)[-1] == (NEXT, "add extra")
    assert "extra" in _pg_tables(postgres_url)


def test_migrations_postgres_failed_migration_leaves_nothing_behind(postgres_url: str) -> None:
    broken = Migration(
        NEXT, "broken", "CREATE TABLE half (x INTEGER);\nCREATE TABLE half (y INTEGER);"
    )
    with pytest.raises(psycopg.errors.DuplicateTable):
        PostgresStore(postgres_url, migrations=(*POSTGRES_MIGRATIONS, broken))
    # DDL is transactional: not even the earlier migrations of that run remain.
    assert _pg_tables(postgres_url) == set()
    PostgresStore(postgres_url).close()
    assert [version for version, _ in _pg_recorded(postgres_url)] == list(range(1, NEXT))


def test_migrations_postgres_newer_schema_is_refused(postgres_url: str) -> None:
    open_store(postgres_url).close()
    with psycopg.connect(postgres_url) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')"
        )
    with pytest.raises(StoreError, match=r"\[E102\].*version 99"):
        open_store(postgres_url)


def test_migrations_postgres_concurrent_first_opens_migrate_once(postgres_url: str) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(4, timeout=30)

    def open_it() -> None:
        try:
            start.wait()
            open_store(postgres_url).close()
        except BaseException as err:  # a thread's exception would otherwise be lost
            errors.append(err)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _pg_recorded(postgres_url) == [(m.version, m.name) for m in POSTGRES_MIGRATIONS]
