"""Fixtures shared by every test folder: the spaCy pipeline and the shared case data.

Nothing here is autouse: a test gets the model or the shared folder only by asking.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

SHARED_DIR = Path(__file__).parents[1].parent / "shared"

# The session PostgreSQL server (`postgres_server`, `postgres_url`) for tests of that backend.
pytest_plugins = ["services.postgres"]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline, loaded once per session (tests that use it are marked slow)."""
    from retold.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the project; its absence is a failure, never a skip."""
    if not SHARED_DIR.is_dir():
        pytest.fail(
            f"the shared data folder {SHARED_DIR} is missing: tests marked 'shared' need "
            "../shared (with cases/) beside the project; restore it or deselect them with -m 'not shared'",
            pytrace=False,
        )
    return SHARED_DIR
