"""A bounded load test of `retold serve`: many concurrent checks of the demo article.

`retold serve --corpus demo/corpus` runs as its own process on a free loopback
port; this process sends every request at once (one connection each) and times
each one from send to full answer. Every answer must be HTTP 200 and equal to the
first; anything else counts as an error. ``measure`` returns records shaped like
the ones in benchmarks/run.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["measure"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    code = "from retold.cli.main import main; main()"
    args = [sys.executable, "-c", code, "serve", "--corpus", str(ROOT / "demo" / "corpus")]
    args += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if k != "RETOLD_TOKEN"}
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"retold serve exited with {proc.returncode}: {err[-2000:]}")
        try:
            if httpx.get(f"{base}/api/documents?limit=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError("retold serve did not answer in time")


async def _burst(base: str, payload: dict[str, Any], n: int) -> tuple[list[float], int, float]:
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    timeout = httpx.Timeout(900.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        first = (await client.post("/api/check", json=payload)).json()

        async def one() -> tuple[float, bool]:
            start = time.perf_counter()
            try:
                response = await client.post("/api/check", json=payload)
                ok = response.status_code == 200 and response.json() == first
            except httpx.HTTPError:
                ok = False
            return time.perf_counter() - start, ok

        start = time.perf_counter()
        results = await asyncio.gather(*(one() for _ in range(n)))
        wall = time.perf_counter() - start
    times = sorted(t for t, _ in results)
    errors = sum(not ok for _, ok in results)
    return times, errors, wall


def _single(base: str, payload: dict[str, Any], repeat: int = 5) -> float:
    times = []
    with httpx.Client(base_url=base, timeout=300) as client:
        for _ in range(repeat):
            start = time.perf_counter()
            client.post("/api/check", json=payload).raise_for_status()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(quick: bool) -> list[dict[str, object]]:
    """200 concurrent POST /api/check of the demo article, with one server process and with
    two (``quick``: 40 requests, one process)."""
    rows = _measure(40 if quick else 200, workers=1)
    if not quick:
        rows += _measure(200, workers=2)
    return rows


def _measure(n: int, *, workers: int) -> list[dict[str, object]]:
    payload = json.loads((ROOT / "demo" / "target.json").read_text(encoding="utf-8"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _start_server(port, workers)
    try:
        _wait_ready(base, proc)
        single = _single(base, payload)
        times, errors, wall = asyncio.run(_burst(base, payload, n))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    extra = {"requests": n, "concurrency": n, "workers": workers}
    return [
        {
            "measure": "web_check_single_s",
            "value": round(single, 3),
            "unit": "s",
            "workers": workers,
        },
        {
            "measure": "web_check_errors",
            "value": errors,
            "unit": "requests",
            "target": "== 0",
            **extra,
        },
        {
            "measure": "web_check_latency_p50_s",
            "value": round(statistics.median(times), 3),
            "unit": "s",
            **extra,
        },
        {
            "measure": "web_check_latency_p95_s",
            "value": round(times[int(0.95 * (len(times) - 1))], 3),
            "unit": "s",
            **extra,
        },
        {"measure": "web_check_latency_max_s", "value": round(times[-1], 3), "unit": "s", **extra},
        {
            "measure": "web_check_throughput",
            "value": round(n / wall, 2),
            "unit": "checks/s",
            **extra,
        },
    ]


if __name__ == "__main__":
    for row in measure("--quick" in sys.argv):
        print(json.dumps(row))
