"""What the web app stands on: one store, one pipeline, and one thread that uses them.

spaCy's ``nlp`` is not meant to be called from several threads at once, and the
check spends its time holding the GIL anyway, so analyses and checks run one at a
time on a single worker thread; requests wait their turn without blocking the
event loop. Store reads that need no pipeline run beside it (the store has its
own lock).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any, TypeVar
from urllib.parse import urlsplit

from spacy.language import Language

from ..check import Checker, CheckReport
from ..document import Document, Rejection
from ..errors import Errors, InputRejected
from ..ingest import read_bytes
from ..ingest.jsondocs import document_from_mapping
from ..ingest.load import IngestSummary, ingest_documents, ingest_paths
from ..report.claimreview import claim_reviews
from ..store import Store, open_store
from .fetch import Fetched, FetchPolicy, fetch_url, parse_networks

__all__ = [
    "LOOPBACK_NAMES",
    "Service",
    "WebConfig",
    "config_from_json",
    "config_to_json",
    "document_from_bytes",
    "document_from_fetch",
    "document_from_payload",
    "host_name",
    "is_loopback",
    "report_view",
]

T = TypeVar("T")

_SUFFIX_OF_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/xml": ".xml",
    "text/xml": ".xml",
}


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True, slots=True)
class WebConfig:
    """How ``retold serve`` was started: where the corpus is, who may do what."""

    db_url: str = "sqlite://"
    corpus: tuple[str, ...] = ()
    token: str | None = None
    open_reads: bool = False
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    max_body_bytes: int = 5_000_000
    # Host header names answered; empty answers any. Loopback only by default, so that a
    # web page cannot rebind its own name to 127.0.0.1 and read the open loopback API.
    allowed_hosts: tuple[str, ...] = LOOPBACK_NAMES


def config_to_json(config: WebConfig) -> str:
    """The config as JSON, for server processes started by uvicorn (``--workers``)."""
    data = {
        "db_url": config.db_url,
        "corpus": list(config.corpus),
        "token": config.token,
        "open_reads": config.open_reads,
        "max_body_bytes": config.max_body_bytes,
        "allowed_hosts": list(config.allowed_hosts),
        "fetch": {
            "allow": [str(n) for n in config.fetch.allow],
            "max_bytes": config.fetch.max_bytes,
            "timeout": config.fetch.timeout,
            "max_redirects": config.fetch.max_redirects,
        },
    }
    return json.dumps(data)


def config_from_json(text: str) -> WebConfig:
    data = json.loads(text)
    fetch = dict(data.pop("fetch"))
    fetch["allow"] = parse_networks(fetch["allow"])
    return WebConfig(
        db_url=data["db_url"],
        corpus=tuple(data["corpus"]),
        token=data["token"],
        open_reads=data["open_reads"],
        max_body_bytes=data["max_body_bytes"],
        allowed_hosts=tuple(data["allowed_hosts"]),
        fetch=FetchPolicy(**fetch),
    )


class Service:
    """The store, the pipeline and the single analysis thread of one app."""

    def __init__(self, config: WebConfig, nlp: Language | None = None) -> None:
        self.config = config
        self._nlp = nlp
        self._store: Store | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="retold-nlp")

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Open the store, load the pipeline once, and ingest --corpus paths."""
        self._worker.submit(self._start).result()

    def _start(self) -> None:
        self._store = open_store(self.config.db_url)
        if self._nlp is None:
            from ..pipeline import load_pipeline

            self._nlp = load_pipeline()
        if self.config.corpus:
            ingest_paths(self._store, self._nlp, self.config.corpus)

    def close(self) -> None:
        self._worker.shutdown(wait=True)
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the service is not started")
        return self._store

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            raise RuntimeError("the service is not started")
        return self._nlp

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn`` on the analysis thread, one call at a time."""
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    # -- work done on the analysis thread -----------------------------------------------

    def check(self, doc: Document) -> CheckReport:
        if self.store.count_documents() == 0:
            raise InputRejected(Errors.E202)
        return Checker(self.store, self.nlp).check(doc)

    def check_stored(self, doc_id: str) -> CheckReport:
        return self.check(self.store.get_document(doc_id))

    def ingest(self, docs: Sequence[Document]) -> IngestSummary:
        return ingest_documents(self.store, self.nlp, docs)

    def fetch(self, url: str) -> Document:
        return document_from_fetch(fetch_url(url, policy=self.config.fetch))


def document_from_payload(data: object, *, name: str = "article") -> Document:
    """A JSON object with the fields of cases/FORMAT.md, read exactly as the CLI reads it."""
    if not isinstance(data, dict):
        raise InputRejected(Errors.E011.format(path=name, kind=type(data).__name__))
    return document_from_mapping(data, path=name, doc_id=name)


def document_from_bytes(data: bytes, *, name: str, suffix: str | None) -> Document:
    """The first document in an upload or a fetched page; InputRejected (E203) when none."""
    items = read_bytes(data, name=name, suffix=suffix)
    for item in items:
        if isinstance(item, Document):
            return item
    reason = next((i.reason for i in items if isinstance(i, Rejection)), "no document found")
    raise InputRejected(Errors.E203.format(reason=reason))


def document_from_fetch(fetched: Fetched) -> Document:
    suffix = (
        _SUFFIX_OF_TYPE.get(fetched.content_type)
        or PurePosixPath(urlsplit(fetched.url).path).suffix
        or None
    )
    doc = document_from_bytes(fetched.content, name=fetched.url, suffix=suffix)
    return doc if doc.url else replace(doc, url=fetched.url)


def report_view(report: CheckReport, store: Store) -> dict[str, Any]:
    """The JSON contract plus what the page shows beside it.

    Added fields only (the contract allows that): the article's text, the
    evidence documents with their text, and the ClaimReview export.
    """
    data = report.to_dict()
    data["article"]["text"] = report.article.text
    docs = dict(report.documents)
    wanted = {d.evidence.doc_id for c in report.claims for d in c.distortions}
    wanted |= {doc_id for doc_id, _ in report.sources}
    missing = sorted(wanted - docs.keys())
    if missing:
        docs.update(store.get_documents(missing))
    data["documents"] = {
        doc_id: {
            "id": doc.id,
            "url": doc.url,
            "outlet": doc.outlet,
            "published": doc.published,
            "title": doc.title,
            "text": doc.text,
        }
        for doc_id, doc in docs.items()
    }
    data["claimreview"] = claim_reviews(report)
    return data


def host_name(header: str) -> str:
    """The name in a Host header, without its port ('[::1]:8000' → '::1')."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False
