"""Fixtures for the web tests: a real SQLite store of the demo corpus and a live uvicorn.

The server runs in a thread of the test process on a loopback port of its own, so
that it shares the session's spaCy pipeline; requests go over real HTTP.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from spacy.language import Language

from retold.ingest.load import ingest_paths
from retold.store import open_store

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "demo"
TOKEN = "test-token-4f1c"


class LiveServer:
    """An app served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    """A SQLite file with the demo corpus ingested (read it, never write to it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'demo.db'}"
    with open_store(url) as store:
        ingest_paths(store, nlp, [DEMO / "corpus"])
    return url


@pytest.fixture()
def fresh_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh.db'}"


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Screenshots land here (git ignores every test-artifacts/ folder)."""
    path = Path(__file__).parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


def serve(app: FastAPI) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server
