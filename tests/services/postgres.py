"""A throwaway PostgreSQL cluster for the tests, started once per session.

The store tests need a real server: full-text search, locking and unique
indexes are what is under test. When ``RETOLD_TEST_POSTGRES_URL`` names a
server (a database a superuser-ish role may CREATE DATABASE in), that server
is used; otherwise ``initdb`` makes a cluster in a temporary folder that
listens on a unix socket only, and it is stopped and deleted at the end.
How the cluster is made lives in benchmarks/_postgres.py, which the
benchmarks use too (one copy of it).

Missing PostgreSQL fails the tests under CI=true and skips them elsewhere,
saying how to enable them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from benchmarks._postgres import PostgresServer, find_bindir, throwaway_server

__all__ = [
    "PostgresServer",
    "find_bindir",
    "postgres_clean_url",
    "postgres_server",
    "postgres_url",
]

ENV_URL = "RETOLD_TEST_POSTGRES_URL"
_ENABLE = (
    "install PostgreSQL (as root: `apt-get install -y postgresql`, which `make test` does) "
    f"or set {ENV_URL}=postgresql://user@host/db to a server where that role may CREATE DATABASE"
)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session (see the module docstring)."""
    url = os.environ.get(ENV_URL)
    if url:
        yield PostgresServer(url)
        return
    bindir = find_bindir()
    if bindir is None:
        message = f"PostgreSQL is not installed: {_ENABLE}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI=true: a missing PostgreSQL is a failure)", pytrace=False)
        pytest.skip(message)
    with throwaway_server(bindir) as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database for one test, dropped afterwards."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture(scope="session")
def _postgres_shared_db(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create_database()
    from retold.store import open_store

    open_store(url).close()  # migrated once, emptied before each test that uses it
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture
def postgres_clean_url(_postgres_shared_db: str) -> str:
    """A migrated database with every retold table emptied: a fresh store, without the
    cost of CREATE DATABASE and the migrations for each test."""
    import psycopg

    with psycopg.connect(_postgres_shared_db, autocommit=True) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT quote_ident(tablename) FROM pg_tables"
                " WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'"
            )
        ]
        conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY")
    return _postgres_shared_db
