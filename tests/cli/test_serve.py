"""`retold serve` as a user starts it: a process of its own, uvicorn on a loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from retold.cli.main import cli

ROOT = Path(__file__).parents[2]
CODE = "from retold.cli.main import main; main()"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(base: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 240
    while True:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "retold serve did not answer"
        try:
            if httpx.get(f"{base}/api/documents", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.25)


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "RETOLD_TOKEN"}
    env["RETOLD_TOKEN"] = "from-the-env"
    args = [sys.executable, "-c", CODE, "serve", "--corpus", str(ROOT / "demo" / "corpus")]
    proc = subprocess.Popen(
        [*args, "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


@pytest.mark.slow
def test_serve_serves_the_corpus_schema_and_docs(served: str) -> None:
    assert httpx.get(f"{served}/api/documents").json()["total"] == 9
    schema = httpx.get(f"{served}/openapi.json").json()
    assert schema["info"]["title"] == "retold"
    assert "/api/check" in schema["paths"]
    assert httpx.get(f"{served}/docs").status_code == 200
    assert "retold" in httpx.get(f"{served}/").text


@pytest.mark.slow
def test_serve_takes_the_token_from_the_environment(served: str) -> None:
    doc = {"id": "late-note", "text": "The ministry said 12 pumps arrived in Kelm on Saturday."}
    refused = httpx.post(f"{served}/api/documents", json=doc)
    assert refused.status_code == 401 and refused.json()["code"] == "E302"
    ok = httpx.post(
        f"{served}/api/documents", json=doc, headers={"Authorization": "Bearer from-the-env"}
    )
    assert ok.status_code == 200 and ok.json()["added"] == 1


def test_serve_rejects_a_bad_network() -> None:
    result = CliRunner().invoke(cli, ["serve", "--allow-network", "not-a-net", "--port", "1"])
    assert result.exit_code == 2
    assert "E315" in result.output


def test_serve_rejects_a_bad_db_url() -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", "mysql://x", "--port", "1"])
    assert result.exit_code == 1
    assert "E101" in result.output


@pytest.mark.slow
def test_serve_workers_share_one_store() -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "RETOLD_TOKEN"}
    env["RETOLD_TOKEN"] = "tk"
    args = [sys.executable, "-c", CODE, "serve", "--corpus", str(ROOT / "demo" / "corpus")]
    proc = subprocess.Popen(
        [*args, "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc)
        doc = {"id": "pumps", "text": "The ministry said 12 pumps arrived in Kelm on Saturday."}
        added = httpx.post(
            f"{base}/api/documents", json=doc, headers={"Authorization": "Bearer tk"}, timeout=120
        )
        assert added.status_code == 200 and added.json()["added"] == 1
        # New connections land on either process; every one sees the one store.
        for _ in range(6):
            assert httpx.get(f"{base}/api/documents/pumps", timeout=60).status_code == 200
        target = json.loads((ROOT / "demo" / "target.json").read_text(encoding="utf-8"))
        answers = [
            httpx.post(f"{base}/api/check", json=target, timeout=300).json() for _ in range(2)
        ]
        assert answers[0] == answers[1] and answers[0]["claims"]
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        if proc.stderr:
            proc.stderr.close()


def test_serve_workers_refuse_an_in_memory_store() -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--db", "sqlite://", "--workers", "2", "--port", "1"]
    )
    assert result.exit_code == 2
    assert "E318" in result.output
