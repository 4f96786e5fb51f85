"""The web page and REST API (`retold serve`): build one with :func:`create_app`."""

from __future__ import annotations

from .app import create_app
from .fetch import FetchPolicy, fetch_url
from .service import WebConfig

__all__ = ["FetchPolicy", "WebConfig", "create_app", "fetch_url"]
