"""`retold serve`: the web page and REST API over one store, served by uvicorn."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import click

from ..errors import Errors, RetoldError
from ..ingest.load import ingest_paths
from ..settings import load_settings
from ..store import open_store
from ..store.urls import parse_db_url
from ._util import load_nlp

__all__ = ["serve"]


@click.command()
@click.option(
    "--db", "db", metavar="URL", help="Store to serve (default: RETOLD_DB or the user data folder)."
)
@click.option(
    "--corpus",
    "corpus",
    multiple=True,
    metavar="PATH",
    help="Files or folders to serve instead (in-memory store, ingested at start). Repeatable.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--token",
    metavar="TOKEN",
    help="Token that writes (ingest, URL fetching) must carry (default: RETOLD_TOKEN). "
    "Without one, writes are off.",
)
@click.option(
    "--open-reads",
    is_flag=True,
    help="Let any client read without the token (by default only loopback clients may).",
)
@click.option(
    "--allow-network",
    "allow_network",
    multiple=True,
    metavar="CIDR",
    help="Network that URL fetching may reach although it is private or loopback. Repeatable.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes, each with its own pipeline, so checks run side by side.",
)
def serve(
    db: str | None,
    corpus: tuple[str, ...],
    host: str,
    port: int,
    token: str | None,
    open_reads: bool,
    allow_network: tuple[str, ...],
    workers: int,
) -> None:
    """Serve the web page and the REST API (docs at /docs) until interrupted."""
    import uvicorn

    from ..web import FetchPolicy, WebConfig, create_app
    from ..web.app import CONFIG_ENV
    from ..web.fetch import parse_networks
    from ..web.service import LOOPBACK_NAMES, config_to_json, is_loopback

    settings = load_settings()
    url = "sqlite://" if corpus and not db else (db or settings.db_url)
    try:
        policy = FetchPolicy(allow=parse_networks(allow_network))
    except RetoldError as e:
        raise click.BadParameter(str(e), param_hint="--allow-network") from None
    config = WebConfig(
        db_url=url,
        corpus=corpus,
        token=token or settings.token,
        open_reads=open_reads,
        fetch=policy,
        # Bound to loopback: answer loopback names only. Elsewhere any name the host has.
        allowed_hosts=LOOPBACK_NAMES if is_loopback(host) else (),
    )
    open_store(url).close()  # a bad --db is a one-line error here, not a failed startup
    shown = f"on http://{host}:{port}/ (API docs at /docs)"
    if workers == 1:
        click.echo(f"retold: serving {url} {shown}", err=True)
        uvicorn.run(create_app(config), host=host, port=port, log_level="warning")
        return
    parsed = parse_db_url(url)
    if not corpus and parsed.dialect == "sqlite" and parsed.path is None:
        raise click.UsageError(Errors.E318)
    with tempfile.TemporaryDirectory(prefix="retold-serve-") as folder:
        if corpus:
            # Every process must see one store: ingest once, into a file they all open.
            url = f"sqlite:///{Path(folder) / 'corpus.db'}"
            with open_store(url) as store:
                ingest_paths(store, load_nlp(), corpus)
            config = replace(config, db_url=url, corpus=())
        click.echo(f"retold: serving {url} with {workers} processes {shown}", err=True)
        os.environ[CONFIG_ENV] = config_to_json(config)
        uvicorn.run(
            "retold.web.app:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
