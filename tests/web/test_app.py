"""The REST API, served by a live uvicorn on loopback, over a real SQLite store.

Pinned here: POST /api/check answers exactly what `retold check --format json`
prints; writes need the token; reads from other hosts need it too; URL fetching
refuses private addresses; every error has the one shape {code, message, hint}.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from spacy.language import Language

from retold.cli.main import cli
from retold.web import WebConfig, create_app

from .conftest import DEMO, TOKEN, LiveServer

pytestmark = pytest.mark.slow

ERROR_KEYS = {"code", "message", "hint"}


def _target() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEMO / "target.json").read_text(encoding="utf-8"))
    return data


def _assert_error(response: httpx.Response, status: int, code: str) -> dict[str, str]:
    assert response.status_code == status, response.text
    body: dict[str, str] = response.json()
    assert set(body) == ERROR_KEYS
    assert body["code"] == code
    assert re.fullmatch(r"E\d{3}", body["code"])
    assert body["message"] and body["hint"]
    assert not body["message"].startswith("[")
    return body


@pytest.fixture(scope="module")
def server(demo_db: str, nlp: Language) -> Iterator[LiveServer]:
    app = create_app(WebConfig(db_url=demo_db, token=TOKEN), nlp=nlp)
    with LiveServer(app) as live:
        yield live


@pytest.fixture()
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=120, trust_env=False) as c:
        yield c


@pytest.fixture(scope="module")
def cli_report(demo_db: str) -> dict[str, Any]:
    result = CliRunner().invoke(
        cli, ["check", str(DEMO / "target.json"), "--db", demo_db, "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# -- checking --------------------------------------------------------------------------------


def test_check_answers_exactly_the_cli_json_contract(
    client: httpx.Client, cli_report: dict[str, Any]
) -> None:
    response = client.post("/api/check", json=_target())
    assert response.status_code == 200
    assert response.json() == cli_report
    assert any(c["verdict"] == "distorted" for c in cli_report["claims"])


def test_check_uploaded_file_is_read_as_the_cli_reads_it(
    client: httpx.Client, cli_report: dict[str, Any]
) -> None:
    data = (DEMO / "target.json").read_bytes()
    response = client.post(
        "/api/check/file", files={"file": ("target.json", data, "application/json")}
    )
    assert response.status_code == 200
    assert response.json() == cli_report


def test_check_pasted_text_finds_the_same_claims(
    client: httpx.Client, cli_report: dict[str, Any]
) -> None:
    target = _target()
    params = {"published": target["published"], "outlet": target["outlet"]}
    response = client.post(
        "/api/check/text",
        content=target["text"].encode(),
        params=params,
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["article"]["published"] == target["published"]
    assert body["claims"] == cli_report["claims"]


def test_check_stored_document(client: httpx.Client) -> None:
    response = client.get("/api/check/mpa-2024-03-15-toll-rises")
    assert response.status_code == 200
    body = response.json()
    assert body["article"]["id"] == "mpa-2024-03-15-toll-rises"
    assert body["claims"]
    # The article is not its own evidence.
    assert all(s["doc_id"] != "mpa-2024-03-15-toll-rises" for s in body["sources"])


def test_check_claimreview_format(client: httpx.Client, cli_report: dict[str, Any]) -> None:
    response = client.post("/api/check", params={"format": "claimreview"}, json=_target())
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/ld+json")
    reviews = response.json()
    flagged = [c for c in cli_report["claims"] if c["verdict"] != "faithful"]
    assert len(reviews) == len(flagged)
    assert [r["claimReviewed"] for r in reviews] == [c["text"] for c in flagged]
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["itemReviewed"]["author"]["name"] == "worldnews-express.test"
        assert review["reviewRating"]["alternateName"]


def test_check_view_format_adds_texts_to_the_contract(
    client: httpx.Client, cli_report: dict[str, Any]
) -> None:
    body = client.post("/api/check", params={"format": "view"}, json=_target()).json()
    assert body["claims"] == cli_report["claims"]
    assert body["article"]["text"] == _target()["text"]
    cited = {e["doc_id"] for c in body["claims"] for e in c["evidence"]}
    cited |= {d["evidence"]["doc_id"] for c in body["claims"] for d in c["distortions"]}
    assert cited and cited <= set(body["documents"])
    stored = client.get("/api/documents/mes-2024-03-13-statement").json()["document"]
    assert body["documents"]["mes-2024-03-13-statement"]["text"] == stored["text"]
    assert len(body["claimreview"]) == sum(c["verdict"] != "faithful" for c in body["claims"])


def test_check_unknown_format_is_refused(client: httpx.Client) -> None:
    _assert_error(client.post("/api/check?format=pdf", json=_target()), 422, "E306")


def test_check_concurrent_requests_give_the_same_answer(
    client: httpx.Client, cli_report: dict[str, Any]
) -> None:
    def one(_: int) -> Any:
        return client.post("/api/check", json=_target()).json()

    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(one, range(10)))
    assert all(a == cli_report for a in answers)


# -- documents -------------------------------------------------------------------------------


def test_documents_search(client: httpx.Client) -> None:
    body = client.get("/api/documents", params={"q": "Dorsk landslide"}).json()
    assert body["total"] == 9
    assert body["documents"][0]["id"] == "cwire-2024-03-13-dorsk-landslide"
    assert set(body["documents"][0]) == {"id", "url", "outlet", "published", "title", "snippet"}


def test_documents_list_without_query_is_capped(client: httpx.Client) -> None:
    body = client.get("/api/documents", params={"limit": 4}).json()
    assert len(body["documents"]) == 4


def test_documents_limit_out_of_range_is_an_error(client: httpx.Client) -> None:
    _assert_error(client.get("/api/documents", params={"limit": 0}), 422, "E304")


def test_document_with_attributions_and_figures(client: httpx.Client) -> None:
    body = client.get("/api/documents/mes-2024-03-13-statement").json()
    assert body["document"]["outlet"] == "Ministry of Emergency Situations (press service)"
    values = {f.get("value") for f in body["figures"]}
    assert 4200 in values
    assert isinstance(body["attributions"], list)


def test_unknown_document_is_a_404(client: httpx.Client) -> None:
    _assert_error(client.get("/api/documents/no-such-doc"), 404, "E103")
    _assert_error(client.get("/api/check/no-such-doc"), 404, "E103")


# -- the error shape -------------------------------------------------------------------------


def test_error_shape_is_one_and_the_same(client: httpx.Client) -> None:
    cases = [
        (client.get("/api/nowhere"), 404, "E305"),
        (client.delete("/api/check"), 405, "E305"),
        (client.post("/api/check", json={"title": "no text"}), 422, "E304"),
        (
            client.post(
                "/api/check", content=b"{not json", headers={"Content-Type": "application/json"}
            ),
            422,
            "E304",
        ),
        (client.post("/api/check", json={"text": "   "}), 422, "E004"),
        (client.post("/api/documents", json={"text": "x"}), 401, "E302"),
        (client.post("/api/check/text", content=b""), 422, "E203"),
    ]
    for response, status, code in cases:
        _assert_error(response, status, code)


# -- access: tokens and loopback -------------------------------------------------------------


def test_writes_need_the_token(fresh_db: str, nlp: Language) -> None:
    app = create_app(WebConfig(db_url=fresh_db, token=TOKEN), nlp=nlp)
    doc = {
        "id": "note-1",
        "published": "2024-03-14",
        "text": "Rescuers said 40 boats were sent to Kelm on Thursday.",
    }
    with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=60) as c:
        _assert_error(c.post("/api/documents", json=doc), 401, "E302")
        _assert_error(
            c.post("/api/documents", json=doc, headers={"Authorization": "Bearer wrong"}),
            401,
            "E302",
        )
        assert c.get("/api/documents").json()["total"] == 0
        _assert_error(c.post("/api/check", json=doc), 409, "E202")
        ok = c.post("/api/documents", json=[doc], headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200, ok.text
        assert ok.json()["added"] == 1 and ok.json()["ids"] == ["note-1"]
        again = c.post("/api/documents", json=doc, headers={"X-Retold-Token": TOKEN})
        assert again.json()["duplicates"] == 1
        hits = c.get("/api/documents", params={"q": "boats Kelm"}).json()["documents"]
        assert [h["id"] for h in hits] == ["note-1"]


def test_writes_are_off_without_a_token(fresh_db: str, nlp: Language) -> None:
    app = create_app(WebConfig(db_url=fresh_db, token=None), nlp=nlp)
    with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=60) as c:
        body = _assert_error(
            c.post("/api/documents", json={"text": "x"}, headers={"Authorization": "Bearer x"}),
            403,
            "E301",
        )
        assert "--token" in body["hint"]
        _assert_error(c.post("/api/check/url", json={"url": "http://example.org/"}), 403, "E301")


def _from(
    app_server: LiveServer,
    host: str,
    path: str,
    headers: dict[str, str] | None = None,
    *,
    body: Any = None,
) -> httpx.Response:
    """A request that reaches the served app as if from ``host`` (the ASGI client address).

    The app is the one uvicorn serves, already started; only the client address is
    set by hand, since a loopback test cannot connect from another host.
    """
    app = app_server.server.config.app

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=(host, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            if body is None:
                return await c.get(path, headers=headers)
            return await c.post(path, headers=headers, json=body)

    return asyncio.run(go())


def test_reads_are_open_to_loopback_only(server: LiveServer) -> None:
    assert _from(server, "127.0.0.1", "/api/documents").status_code == 200
    assert _from(server, "::1", "/api/documents").status_code == 200
    body = _assert_error(_from(server, "10.1.2.3", "/api/documents"), 401, "E303")
    assert "10.1.2.3" in body["message"]
    _assert_error(_from(server, "192.0.2.7", "/"), 401, "E303")
    ok = _from(server, "10.1.2.3", "/api/documents", {"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200


def test_open_reads_lets_any_client_read(demo_db: str, nlp: Language) -> None:
    app = create_app(WebConfig(db_url=demo_db, token=TOKEN, open_reads=True), nlp=nlp)
    with LiveServer(app) as live:
        assert _from(live, "10.1.2.3", "/api/documents").status_code == 200
        # Writes still need the token.
        _assert_error(_from(live, "10.1.2.3", "/api/documents", body={"text": "x"}), 401, "E302")


# -- URL fetching through the API ------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:{port}/", "http://10.0.0.1/", "http://localhost:{port}/api/documents"]
)
def test_url_check_refuses_private_addresses(
    client: httpx.Client, server: LiveServer, url: str
) -> None:
    response = client.post(
        "/api/check/url",
        json={"url": url.format(port=server.port)},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    body = _assert_error(response, 403, "E308")
    assert "--allow-network" in body["hint"]


def test_url_ingest_needs_the_token_and_refuses_private(client: httpx.Client) -> None:
    _assert_error(client.post("/api/documents/url", json={"url": "http://10.0.0.1/"}), 401, "E302")
    _assert_error(
        client.post(
            "/api/documents/url",
            json={"url": "http://10.0.0.1/"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        ),
        403,
        "E308",
    )


def test_upload_over_the_cap_is_refused(demo_db: str, nlp: Language) -> None:
    app = create_app(WebConfig(db_url=demo_db, max_body_bytes=1000), nlp=nlp)
    with LiveServer(app) as live, httpx.Client(base_url=live.url, timeout=60) as c:
        _assert_error(c.post("/api/check/text", content=b"word " * 400), 413, "E314")
        files = {"file": ("a.txt", b"word " * 400, "text/plain")}
        _assert_error(c.post("/api/check/file", files=files), 413, "E314")


# -- schema and docs -------------------------------------------------------------------------


def test_openapi_schema_and_docs(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/check",
        "/api/check/text",
        "/api/check/file",
        "/api/check/url",
        "/api/documents",
    ):
        assert path in schema["paths"], path
    assert "/api/documents/{doc_id}" in schema["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "openapi.json" in docs.text
    # Served from the app itself, with no script from elsewhere (the page works offline).
    assert "POST /api/check/url" in docs.text and "DocumentIn" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()


def test_page_escapes_and_serves_its_assets(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Content-Security-Policy" in page.text
    assert client.get("/static/retold.js").status_code == 200
    assert client.get("/static/retold.css").status_code == 200
    assert "innerHTML" not in client.get("/static/retold.js").text


def test_openapi_declares_the_error_shape(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["components"]["schemas"]["ErrorOut"]["properties"]) == ERROR_KEYS
    responses = schema["paths"]["/api/check"]["post"]["responses"]
    assert responses["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")


def test_unknown_host_names_are_refused(client: httpx.Client, server: LiveServer) -> None:
    # A page whose own name was rebound to 127.0.0.1 sends its name as the Host.
    body = _assert_error(
        client.get("/api/documents", headers={"Host": "evil.example"}), 400, "E317"
    )
    assert "evil.example" in body["message"]
    for host in ("localhost", f"localhost:{server.port}", f"127.0.0.1:{server.port}", "[::1]:8000"):
        assert client.get("/api/documents", headers={"Host": host}).status_code == 200


def test_page_template_escapes_what_it_shows(tmp_path: Path, nlp: Language) -> None:
    url = f"sqlite:///{tmp_path / '<img src=x onerror=alert(1)>.db'}"
    with LiveServer(create_app(WebConfig(db_url=url), nlp=nlp)) as live:
        page = httpx.get(live.url + "/", timeout=60).text
    assert "&lt;img src=x onerror=alert(1)&gt;.db" in page
    assert "<img src=x" not in page
