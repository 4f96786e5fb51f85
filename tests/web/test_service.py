"""What the app stands on: nothing is opened at build time; the error body is split once."""

from __future__ import annotations

from pathlib import Path

from retold.errors import Errors
from retold.web import WebConfig, create_app
from retold.web.app import error_body
from retold.web.service import is_loopback


def test_create_app_opens_no_store_and_loads_no_pipeline(tmp_path: Path) -> None:
    db = tmp_path / "later.db"
    app = create_app(WebConfig(db_url=f"sqlite:///{db}"))
    assert "/api/check" in app.openapi()["paths"]
    assert not db.exists()
    assert app.state.service._store is None and app.state.service._nlp is None


def test_error_body_splits_code_message_and_hint() -> None:
    body = error_body(
        Errors.E308.format(
            url="http://10.0.0.1/", host="10.0.0.1", kind="private", address="10.0.0.1"
        )
    )
    assert body["code"] == "E308"
    assert body["message"].startswith("URL 'http://10.0.0.1/' refused")
    assert body["hint"] == "Start the server with --allow-network to fetch from it."
    plain = error_body(Errors.E302)
    assert plain["code"] == "E302" and plain["hint"] == "See /docs for the API."
    assert error_body("something broke")["code"] == "E316"


def test_is_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("10.0.0.1") and not is_loopback(None) and not is_loopback("testclient")
