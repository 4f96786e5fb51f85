"""Database URLs: parsing, the default location, and which backend opens."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from retold.errors import StoreError
from retold.store import Store, default_db_url, open_store
from retold.store.postgres import PostgresStore
from retold.store.urls import DatabaseURL, parse_db_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite://", DatabaseURL("sqlite://", "sqlite", None)),
        ("sqlite:///:memory:", DatabaseURL("sqlite:///:memory:", "sqlite", None)),
        (
            "sqlite:///data/retold.db",
            DatabaseURL("sqlite:///data/retold.db", "sqlite", "data/retold.db"),
        ),
        (
            "sqlite:////tmp/retold.db",
            DatabaseURL("sqlite:////tmp/retold.db", "sqlite", "/tmp/retold.db"),
        ),
        ("SQLite:///x.db", DatabaseURL("SQLite:///x.db", "sqlite", "x.db")),
        (
            "postgresql://u@localhost/retold",
            DatabaseURL("postgresql://u@localhost/retold", "postgresql"),
        ),
        ("postgres://localhost/retold", DatabaseURL("postgres://localhost/retold", "postgresql")),
        (
            "postgresql+psycopg://u:pw@db:5432/retold",
            DatabaseURL("postgresql+psycopg://u:pw@db:5432/retold", "postgresql"),
        ),
    ],
)
def test_urls_parse_known_urls(url: str, expected: DatabaseURL) -> None:
    assert parse_db_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "retold.db",
        "/tmp/retold.db",
        "sqlite",
        "sqlite:",
        "sqlite:/retold.db",
        "sqlite:///",
        "sqlite://host/retold.db",
        "mysql://localhost/retold",
        "file:///tmp/retold.db",
    ],
)
def test_urls_unknown_url_raises(url: str) -> None:
    with pytest.raises(StoreError, match=r"\[E101\]"):
        open_store(url)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg", "PostgreSQL"])
def test_urls_postgresql_urls_open_a_postgres_store(postgres_clean_url: str, scheme: str) -> None:
    url = scheme + postgres_clean_url.removeprefix("postgresql")
    with open_store(url) as store:
        assert isinstance(store, PostgresStore)
        assert store.url == url


def test_urls_postgresql_without_a_server_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E107\].*server runs"):
        open_store(f"postgresql:///retold?host={tmp_path}")


def test_urls_open_store_keeps_url(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.url == db_url
        assert isinstance(store, Store)


def test_urls_relative_path_is_relative_to_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    open_store("sqlite:///nested/dir/retold.db").close()
    assert (tmp_path / "nested" / "dir" / "retold.db").is_file()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-data" / "retold"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda appname: str(folder))
    return folder


def test_urls_default_url_is_a_file_in_user_data_dir(data_dir: Path) -> None:
    assert default_db_url() == f"sqlite:///{data_dir / 'retold.db'}"
    assert parse_db_url(default_db_url()).path == str(data_dir / "retold.db")


def test_urls_default_url_creates_nothing(data_dir: Path) -> None:
    default_db_url()
    assert not data_dir.exists()


def test_urls_open_default_store_creates_its_folder(data_dir: Path) -> None:
    with open_store() as store:
        assert store.url == default_db_url()
    assert (data_dir / "retold.db").is_file()


def test_urls_postgresql_without_the_driver_says_how_to_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A broken install: importing the backend fails (None in sys.modules makes import raise).
    monkeypatch.setitem(sys.modules, "retold.store.postgres", None)
    with pytest.raises(StoreError, match=r"\[E104\].*psycopg"):
        open_store("postgresql://localhost/retold")
