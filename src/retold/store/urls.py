"""Database URLs: where the default store lives, and which backend a URL opens.

URLs follow the SQLAlchemy convention, so ones users already know work:
``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` (the path is
whatever follows the third slash), ``sqlite://`` or ``sqlite:///:memory:``
for a throwaway in-memory store, and ``postgresql://user:password@host:port/db``
(also ``postgres://`` and ``postgresql+psycopg://``; libpq's query parameters
such as ``?host=/run/postgresql`` pass through) for a PostgreSQL database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from retold.errors import Errors, StoreError
from retold.store.base import Store, Tracer
from retold.store.sqlite import SqliteStore

__all__ = ["DatabaseURL", "default_db_url", "open_store", "parse_db_url"]

_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


@dataclass(frozen=True, slots=True)
class DatabaseURL:
    """A parsed database URL. ``path`` is None for an in-memory SQLite store."""

    url: str
    dialect: str
    path: str | None = None


def default_db_url() -> str:
    """The store used when none is named: one file in the user's data folder.

    The folder is not created here, only when the store is opened, so asking
    for the default has no side effect.
    """
    path = Path(platformdirs.user_data_dir("retold")) / "retold.db"
    return f"sqlite:///{path}"


def parse_db_url(url: str) -> DatabaseURL:
    """Read a database URL; StoreError E101 when it names nothing retold can open."""
    scheme, sep, rest = url.partition("://")
    scheme = scheme.strip().lower()
    if not sep:
        raise StoreError(Errors.E101.format(url=url))
    if scheme in _POSTGRES_SCHEMES:
        return DatabaseURL(url=url, dialect="postgresql")
    if scheme != "sqlite":
        raise StoreError(Errors.E101.format(url=url))
    if rest == "" or rest == "/:memory:":
        return DatabaseURL(url=url, dialect="sqlite")
    # 'sqlite://host/...' names a server, which SQLite has not; 'sqlite:///' names no file.
    if not rest.startswith("/") or rest == "/":
        raise StoreError(Errors.E101.format(url=url))
    return DatabaseURL(url=url, dialect="sqlite", path=rest[1:])


def open_store(url: str | None = None, *, tracer: Tracer | None = None) -> Store:
    """Open the store at ``url`` (the default one when None), migrating it if needed.

    tracer: called with each SQL statement and its parameters, for debugging.
    RETURNS (Store): close it, or use it as a context manager.
    """
    parsed = parse_db_url(url if url is not None else default_db_url())
    if parsed.dialect == "postgresql":
        # Imported here so SQLite users never pay for loading the driver.
        try:
            from retold.store.postgres import PostgresStore
        except ImportError as err:
            raise StoreError(Errors.E104.format(detail=err)) from err
        return PostgresStore(parsed.url, tracer=tracer)
    return SqliteStore(parsed.path, url=parsed.url, tracer=tracer)
