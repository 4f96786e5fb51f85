"""The page in a real headless Chromium (Debian's chromium, driven by Playwright).

The demo article is uploaded and checked; a distorted claim is clicked and the
evidence panel must show the passage the API names, inside its source document.
A hostile article and corpus (script tags, event handlers, javascript: links) must
show as text, with nothing executed. Screenshots go to tests/web/test-artifacts/.

Chromium missing is a skip on a workstation and a failure under CI=true
(`make test` installs it).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from spacy.language import Language

from retold.ingest.load import ingest_paths
from retold.store import open_store
from retold.web import WebConfig, create_app

from .conftest import DEMO, LiveServer

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        message = "chromium is not installed: `make test` installs it (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def demo_server(demo_db: str, nlp: Language) -> Iterator[LiveServer]:
    with LiveServer(create_app(WebConfig(db_url=demo_db), nlp=nlp)) as live:
        yield live


def _finding(quote: str) -> dict[str, Any]:
    expected = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))
    found: dict[str, Any] = next(f for f in expected["findings"] if f["quote"] == quote)
    return found


def test_page_checks_the_demo_and_shows_the_evidence(
    browser: Any, demo_server: LiveServer, artifacts_dir: Path
) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(demo_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.click("#tab-upload")
    page.set_input_files("#upload-file", str(DEMO / "target.json"))
    page.click("#check-upload")
    page.wait_for_selector("#article-text mark.claim", timeout=120_000)

    # Every claim the API returns is on the page, with verdict colour and icon.
    api = httpx.post(
        demo_server.url + "/api/check?format=view",
        json=json.loads((DEMO / "target.json").read_text(encoding="utf-8")),
        timeout=120,
    ).json()
    marks = page.locator("#article-text mark.claim")
    assert marks.count() >= len(api["claims"]) - 2  # overlapping claims are listed, not nested
    # Every claim, overlapping ones included, is in the list and opens from it.
    assert page.locator("#claims-list li").count() == len(api["claims"])
    icons = {m.inner_text()[0] for m in marks.all()}
    assert {"\u2713", "\u2717"} <= icons

    # A distorted claim from the demo's expected findings: click it.
    finding = _finding("about 2,400 people were evacuated")
    claim = next(c for c in api["claims"] if "2,400 people were evacuated" in c["text"])
    assert claim["verdict"] == "distorted"
    mark = page.locator(f"#claim-{claim['id']}")
    assert "distorted" in (mark.get_attribute("class") or "")
    mark.click()
    page.wait_for_selector("#claim-detail:not([hidden])")
    assert page.inner_text("#claim-verdict").endswith("distorted")
    assert "number" in page.inner_text("#changes")
    assert "2,400" in page.inner_text("#changes td.claimed")

    evidence = claim["distortions"][0]["evidence"]
    assert evidence["doc_id"] in finding["evidence"]
    source_doc = api["documents"][evidence["doc_id"]]
    passage = source_doc["text"][evidence["start"] : evidence["end"]]
    shown = page.inner_text("#evidence-doc mark.evidence")
    assert shown == passage
    assert "4,200" in shown  # the figure the wire and the ministry gave
    # The passage is shown inside its whole source document, with outlet and date.
    assert page.inner_text("#evidence-doc") == source_doc["text"]
    assert source_doc["outlet"] in page.inner_text("#evidence-source")
    assert source_doc["published"][:10] in page.inner_text("#evidence-source")
    assert page.locator("#evidence-source a").get_attribute("href") == source_doc["url"]

    # The sources panel lists the documents the article draws on, with their share.
    sources = page.locator("#sources li")
    assert sources.count() == len(api["sources"])
    assert sources.first.locator(".share").inner_text().endswith("%")
    page.screenshot(path=str(artifacts_dir / "demo-distorted-claim.png"), full_page=True)

    # Keyboard: focus another claim and open it with Enter.
    other = next(c for c in api["claims"] if "perished" in c["text"])
    page.focus(f"#claim-{other['id']}")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "t => document.getElementById('claim-text').textContent === t", arg=other["text"]
    )
    assert "number" in page.inner_text("#changes")
    last = api["claims"][-1]
    page.click(f"#claims-list button[data-claim={last['id']}]")
    page.wait_for_function(
        "t => document.getElementById('claim-text').textContent === t", arg=last["text"]
    )

    # ClaimReview export downloads the JSON-LD the API gives.
    with page.expect_download() as info:
        page.click("#export-claimreview")
    exported = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert exported == api["claimreview"]
    assert errors == [] and dialogs == []
    print(f"screenshots in {artifacts_dir}")
    page.close()


def test_page_picks_an_article_from_the_store(browser: Any, demo_server: LiveServer) -> None:
    page = browser.new_page()
    page.goto(demo_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.click("#tab-store")
    page.fill("#store-q", "Dorsk landslide")
    page.press("#store-q", "Enter")
    page.wait_for_selector("#store-results button.pick")
    first = page.locator("#store-results button.pick").first
    assert first.get_attribute("data-doc-id") == "cwire-2024-03-13-dorsk-landslide"
    first.click()
    page.wait_for_selector("#result:not([hidden])")
    assert page.inner_text("#article-title").startswith("Landslide buries homes")
    page.close()


HOSTILE_SOURCE = {
    "id": "hostile-wire",
    "url": "javascript:window.__pwned='url'",
    "outlet": "<img src=x onerror=\"window.__pwned='outlet'\">Hostile Wire",
    "published": "2024-05-02",
    "title": "<script>window.__pwned='title'</script>Bridge closed",
    "text": (
        "The city council said on Thursday that 14 <b onmouseover=\"window.__pwned='b'\">bridges</b> "
        "were closed after the storm. <script>window.__pwned='source';alert('source')</script> "
        'Mayor Ana Petrov said repairs would take "at least three weeks". '
        "<a href=\"javascript:window.__pwned='link'\">More</a>"
    ),
}

HOSTILE_ARTICLE = (
    "<script>window.__pwned='article';alert('article')</script>"
    "The city council said on Thursday that 41 bridges were closed after the storm. "
    "<img src=x onerror=\"window.__pwned='img';alert('img')\"> "
    'Mayor Ana Petrov said repairs would take "at least three days". '
    "<a href=\"javascript:window.__pwned='link'\">Read more</a> <svg onload=\"window.__pwned='svg'\"></svg>"
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.json").write_text(json.dumps(HOSTILE_SOURCE), encoding="utf-8")
    url = f"sqlite:///{folder / 'hostile.db'}"
    with open_store(url) as store:
        ingest_paths(store, nlp, [folder / "hostile.json"])
    with LiveServer(create_app(WebConfig(db_url=url), nlp=nlp)) as live:
        yield live


def test_page_shows_hostile_markup_as_text_and_runs_none_of_it(
    browser: Any, hostile_server: LiveServer, artifacts_dir: Path
) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#paste-text", HOSTILE_ARTICLE)
    page.fill("#paste-title", "<img src=x onerror=\"window.__pwned='pasted-title'\">Storm")
    page.fill("#paste-published", "2024-05-03")
    page.click("#check-paste")
    page.wait_for_selector("#article-text mark.claim", timeout=120_000)

    # The markup is there, as text.
    assert (
        page.inner_text("#article-text")
        .replace("\u2713", "")
        .replace("\u2717", "")
        .replace("?", "")
        .count("<script>")
        == 1
    )
    assert "onerror=" in page.inner_text("#article-text")
    assert page.inner_text("#article-title").startswith("<img src=x")

    # Open every claim so the hostile source document and its metadata are rendered too.
    for mark in page.locator("#article-text mark.claim").all():
        mark.click()
        page.wait_for_selector("#claim-detail:not([hidden])")
    assert "hostile-wire" in json.dumps(
        httpx.get(hostile_server.url + "/api/documents?q=bridges").json()
    )
    source_text = page.inner_text("#evidence-doc")
    assert "<script>window.__pwned='source'" in source_text
    assert "<img src=x" in page.inner_text("#evidence-source")
    page.mouse.move(10, 10)
    page.hover("#evidence-doc")
    page.screenshot(path=str(artifacts_dir / "hostile-article.png"), full_page=True)

    # Nothing ran, and no element was made from the documents' markup.
    assert page.evaluate("() => window.__pwned === undefined")
    assert dialogs == []
    made = page.evaluate(
        """() => document.querySelectorAll(
            '#article-text script, #article-text img, #article-text svg, #article-text a, '
            + '#article-text b, #claim-panel script, #claim-panel img, #claim-panel b, '
            + '#sources img, #article-title img, a[href^="javascript"]').length"""
    )
    assert made == 0
    page.close()
