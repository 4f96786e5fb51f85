"""URL fetching refuses private, loopback and link-local targets, and caps redirects, size, time.

The allowed cases fetch from a real HTTP server on 127.0.0.1 (allowed explicitly
with the policy), so redirects, sizes and delays are real ones.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from retold.errors import ConfigError, InputRejected
from retold.web.fetch import FetchPolicy, fetch_url, parse_networks, refusal

LOOPBACK = parse_networks(["127.0.0.0/8"])


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            body = b"<html><head><title>A page</title></head><body><article><p>Officials said 12 people were hurt in the fire on Tuesday.</p></article></body></html>"
            self._send(200, body, "text/html; charset=utf-8")
        elif path == "/host":
            self._send(200, (self.headers.get("Host") or "").encode(), "text/plain")
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/page" if n == 0 else f"/hop/{n - 1}"
            self._redirect(target)
        elif path == "/to-private":
            self._redirect("http://10.0.0.1/admin")
        elif path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path == "/big":
            self._send(200, b"a" * 2_000_000, "text/plain")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"b" * 65536
            for _ in range(40):
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, b"late", "text/plain")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _code(exc: pytest.ExceptionInfo[InputRejected]) -> str:
    return str(exc.value)[1:5]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/x",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://localhost/",
    ],
)
def test_fetch_refuses_private_loopback_and_link_local(url: str) -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url(url)
    assert _code(exc) == "E308"


def test_fetch_refuses_a_name_that_resolves_to_a_private_address() -> None:
    def resolver(host: str, port: int) -> list[str]:
        assert host == "intranet.example.org"
        return ["93.184.216.34", "10.0.0.1"]  # one bad address is enough to refuse

    with pytest.raises(InputRejected) as exc:
        fetch_url("https://intranet.example.org/", resolve=resolver)
    assert _code(exc) == "E308"
    assert "10.0.0.1" in str(exc.value)


def test_fetch_unresolvable_host_is_a_clear_error() -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url("http://nothing.invalid/", resolve=lambda host, port: [])
    assert _code(exc) == "E309"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "http:///nohost"]
)
def test_fetch_refuses_other_schemes(url: str) -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url(url)
    assert _code(exc) == "E307"


def test_fetch_allowed_network_is_fetched(origin: str) -> None:
    fetched = fetch_url(f"{origin}/page", policy=FetchPolicy(allow=LOOPBACK))
    assert fetched.content_type == "text/html"
    assert b"12 people were hurt" in fetched.content


def test_fetch_connects_to_the_checked_address_with_the_original_host(origin: str) -> None:
    port = origin.rsplit(":", 1)[1]
    fetched = fetch_url(f"http://localhost:{port}/host", policy=FetchPolicy(allow=LOOPBACK))
    assert fetched.content.decode() == f"localhost:{port}"


def test_fetch_follows_a_few_redirects(origin: str) -> None:
    fetched = fetch_url(f"{origin}/hop/2", policy=FetchPolicy(allow=LOOPBACK, max_redirects=3))
    assert fetched.url.endswith("/page")
    assert len(fetched.redirects) == 3


def test_fetch_refuses_too_many_redirects(origin: str) -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url(f"{origin}/hop/5", policy=FetchPolicy(allow=LOOPBACK, max_redirects=3))
    assert _code(exc) == "E310"


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata"])
def test_fetch_checks_every_redirect_again(origin: str, path: str) -> None:
    # Loopback is allowed here, the redirect target is not.
    with pytest.raises(InputRejected) as exc:
        fetch_url(f"{origin}{path}", policy=FetchPolicy(allow=LOOPBACK))
    assert _code(exc) == "E308"


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_fetch_caps_the_size(origin: str, path: str) -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url(f"{origin}{path}", policy=FetchPolicy(allow=LOOPBACK, max_bytes=1_000_000))
    assert _code(exc) == "E311"


def test_fetch_caps_the_time(origin: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputRejected) as exc:
        fetch_url(f"{origin}/slow", policy=FetchPolicy(allow=LOOPBACK, timeout=0.5))
    assert _code(exc) == "E312"
    assert time.monotonic() - start < 2.5


def test_fetch_http_error_is_reported(origin: str) -> None:
    with pytest.raises(InputRejected) as exc:
        fetch_url(f"{origin}/missing", policy=FetchPolicy(allow=LOOPBACK))
    assert _code(exc) == "E313"
    assert "404" in str(exc.value)


def test_refusal_names_the_kind_of_address() -> None:
    assert refusal(ipaddress.ip_address("127.0.0.1")) == "loopback"
    assert refusal(ipaddress.ip_address("10.0.0.1")) == "private"
    assert refusal(ipaddress.ip_address("169.254.1.1")) == "link-local"
    assert refusal(ipaddress.ip_address("93.184.216.34")) is None


def test_parse_networks_rejects_nonsense() -> None:
    assert parse_networks(["10.0.0.0/8", "::1"])[1] == ipaddress.ip_network("::1/128")
    with pytest.raises(ConfigError, match="E315"):
        parse_networks(["not-a-network"])
