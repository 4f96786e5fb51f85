"""The web page and REST API: a thin FastAPI layer over the check, the store and the reports.

``create_app`` builds an app and nothing else: the store is opened and the
pipeline loaded when the app starts (its lifespan), never at import. Every
error leaves as one JSON shape, ``{"code", "message", "hint"}``.
"""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..check import CheckReport
from ..document import Document
from ..errors import ConfigError, Errors, InputRejected, RetoldError, StoreError
from ..report.claimreview import claim_reviews
from .service import (
    Service,
    WebConfig,
    config_from_json,
    document_from_bytes,
    document_from_payload,
    host_name,
    is_loopback,
    report_view,
)

__all__ = ["CONFIG_ENV", "ApiError", "app_from_environment", "create_app"]

HERE = Path(__file__).parent
FORMATS = ("json", "claimreview", "view")
_log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error for the client, with its HTTP status and a coded message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(message: str) -> dict[str, str]:
    """'[E302] Problem. Fix.' → code, the whole message, and the fix alone as the hint."""
    code = message[1:5] if message.startswith("[E") and message[5:6] == "]" else "E316"
    text = message[7:] if code == message[1:5] else message
    _, sep, rest = text.partition(". ")
    hint = rest.strip() if sep and rest.strip() else "See /docs for the API."
    return {"code": code, "message": text, "hint": hint}


def _status_of(exc: RetoldError) -> int:
    message = str(exc)
    if isinstance(exc, StoreError) and message.startswith("[E103]"):
        return 404
    if message.startswith(("[E308]", "[E307]", "[E310]")):
        return 403
    if message.startswith(("[E309]", "[E311]", "[E312]", "[E313]")):
        return 502
    if message.startswith("[E202]"):
        return 409
    if isinstance(exc, InputRejected | ConfigError):
        return 422
    return 500


class DocumentIn(BaseModel):
    """One document, with the fields of cases/FORMAT.md; other fields go to ``meta``."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "example": {
                "id": "article",
                "url": "https://example.org/2024/03/17/story",
                "outlet": "example.org",
                "published": "2024-03-17",
                "title": "A headline",
                "language": "en",
                "text": "The ministry said at least 21 people died.",
            }
        },
    )
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    title: str | None = None
    language: str | None = None
    text: str


class UrlIn(BaseModel):
    url: str


class ErrorOut(BaseModel):
    """The one shape of every error the API returns."""

    code: str = Field(description="Stable error code, e.g. E302 (see docs/cli.md)")
    message: str = Field(description="What went wrong and how to fix it")
    hint: str = Field(description="The fix alone")


_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in [
        (401, "Token missing or wrong"),
        (403, "Refused: writes off, or a URL that may not be fetched"),
        (404, "No such document or endpoint"),
        (409, "The store is empty"),
        (413, "Body over the cap"),
        (422, "The request or the document cannot be read"),
        (502, "A URL could not be fetched"),
    ]
}


def _token_of(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get("x-retold-token")


def _token_ok(given: str | None, expected: str | None) -> bool:
    return bool(given and expected and hmac.compare_digest(given.encode(), expected.encode()))


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def require_read(request: Request) -> None:
    """Reads are open to loopback clients; others need the token unless --open-reads."""
    config = _service(request).config
    client = request.client.host if request.client else None
    if config.open_reads or is_loopback(client):
        return
    if not _token_ok(_token_of(request), config.token):
        raise ApiError(401, Errors.E303.format(client=client or "an unknown client"))


def require_write(request: Request) -> None:
    """Writes (ingest, URL fetching) always need the token; with none set they are off."""
    config = _service(request).config
    if not config.token:
        raise ApiError(403, Errors.E301)
    if not _token_ok(_token_of(request), config.token):
        raise ApiError(401, Errors.E302)


Svc = Annotated[Service, Depends(_service)]
Read = [Depends(require_read)]
Write = [Depends(require_write)]
FormatQ = Annotated[
    str,
    Query(
        alias="format",
        description="json: the CLI's JSON contract; claimreview: schema.org JSON-LD; "
        "view: the contract plus article text and evidence documents (for the page).",
    ),
]


async def _respond(report: CheckReport, fmt: str, service: Service) -> JSONResponse:
    if fmt == "claimreview":
        return JSONResponse(claim_reviews(report), media_type="application/ld+json")
    if fmt == "view":
        return JSONResponse(await run_in_threadpool(report_view, report, service.store))
    return JSONResponse(report.to_dict())


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ApiError(422, Errors.E306.format(fmt=fmt, choices=", ".join(FORMATS)))
    return fmt


async def _read_limited(request: Request, limit: int) -> bytes:
    size = 0
    chunks: list[bytes] = []
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, Errors.E314.format(limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def _summary_doc(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "outlet": doc.outlet,
        "published": doc.published,
        "title": doc.title,
        "snippet": doc.text[:200],
    }


def create_app(config: WebConfig | None = None, *, nlp: Language | None = None) -> FastAPI:
    """A new app; ``nlp`` lets a caller share a pipeline it has already loaded."""
    config = config or WebConfig()
    service = Service(config, nlp)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()
        try:
            yield
        finally:
            service.close()

    app = FastAPI(
        title="retold",
        summary="Check a news article claim by claim against a corpus of reporting.",
        version=_version(),
        lifespan=lifespan,
        responses=_ERRORS,
        docs_url=None,  # the stock docs page loads its script from a CDN; ours is offline
        redoc_url=None,
    )
    app.state.service = service

    @app.middleware("http")
    async def known_hosts_only(request: Request, call_next: Any) -> Response:
        allowed = config.allowed_hosts
        host = host_name(request.headers.get("host", ""))
        if allowed and host not in allowed:
            body = error_body(Errors.E317.format(host=host))
            return JSONResponse(body, status_code=400)
        response: Response = await call_next(request)
        return response

    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    _errors(app)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False, dependencies=Read)
    def page(request: Request) -> Response:
        return templates.TemplateResponse(
            request,
            "index.html",
            {"count": service.store.count_documents(), "url": service.store.url},
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False, dependencies=Read)
    def api_docs(request: Request) -> Response:
        return templates.TemplateResponse(request, "docs.html", {"schema": app.openapi()})

    @app.post("/api/check", dependencies=Read, tags=["check"])
    async def check_document(svc: Svc, doc: DocumentIn, fmt: FormatQ = "json") -> JSONResponse:
        """Check one JSON document; the answer is the CLI's `--format json` contract."""
        _check_format(fmt)
        article = document_from_payload(doc.model_dump(exclude_none=True))
        return await _respond(await svc.run(svc.check, article), fmt, svc)

    @app.post(
        "/api/check/text",
        dependencies=Read,
        tags=["check"],
        openapi_extra={"requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}}}},
    )
    async def check_text(
        request: Request,
        svc: Svc,
        fmt: FormatQ = "json",
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        url: str | None = None,
    ) -> JSONResponse:
        """Check pasted plain text (optionally with `---` front matter)."""
        _check_format(fmt)
        data = await _read_limited(request, config.max_body_bytes)
        article = document_from_bytes(data, name="article", suffix=".txt")
        given = {"title": title, "outlet": outlet, "published": published, "url": url}
        extra = {k: v for k, v in given.items() if v and not getattr(article, k)}
        if extra:
            article = document_from_payload({**article.to_dict(), **extra})
        return await _respond(await svc.run(svc.check, article), fmt, svc)

    @app.post("/api/check/file", dependencies=Read, tags=["check"])
    async def check_file(
        svc: Svc, file: Annotated[UploadFile, File()], fmt: FormatQ = "json"
    ) -> JSONResponse:
        """Check an uploaded file: JSON, text, HTML (read as `retold check` reads files)."""
        _check_format(fmt)
        data = await file.read(config.max_body_bytes + 1)
        if len(data) > config.max_body_bytes:
            raise ApiError(413, Errors.E314.format(limit=config.max_body_bytes))
        name = Path(file.filename or "article").name
        article = document_from_bytes(data, name=name, suffix=Path(name).suffix or None)
        return await _respond(await svc.run(svc.check, article), fmt, svc)

    @app.post("/api/check/url", dependencies=Write, tags=["check"])
    async def check_url(svc: Svc, body: UrlIn, fmt: FormatQ = "json") -> JSONResponse:
        """Fetch a page (token needed; private addresses refused) and check it."""
        _check_format(fmt)
        article = await svc.run(svc.fetch, body.url)
        return await _respond(await svc.run(svc.check, article), fmt, svc)

    @app.get("/api/check/{doc_id:path}", dependencies=Read, tags=["check"])
    async def check_stored(svc: Svc, doc_id: str, fmt: FormatQ = "json") -> JSONResponse:
        """The claims of a stored document, checked against the rest of the store."""
        _check_format(fmt)
        return await _respond(await svc.run(svc.check_stored, doc_id), fmt, svc)

    @app.get("/api/documents", dependencies=Read, tags=["documents"])
    def list_documents(
        svc: Svc,
        q: Annotated[str, Query(description="Free text; empty lists the first documents.")] = "",
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> dict[str, Any]:
        """Search the store's documents (titles and sentences), best match first."""
        store = svc.store
        if q.strip():
            docs = store.search_documents(q, limit=limit)
        else:
            docs = []
            for doc in store.iter_documents():
                if len(docs) >= limit:
                    break
                docs.append(doc)
        return {"total": store.count_documents(), "documents": [_summary_doc(d) for d in docs]}

    @app.get("/api/documents/{doc_id:path}", dependencies=Read, tags=["documents"])
    def get_document(svc: Svc, doc_id: str) -> dict[str, Any]:
        """One stored document with the attributions and figures found in it at ingest."""
        doc = svc.store.get_document(doc_id)
        analysis = svc.store.get_analysis(doc_id) or {}
        return {
            "document": doc.to_dict(),
            "attributions": analysis.get("attributions", []),
            "figures": analysis.get("figures", []),
        }

    @app.post("/api/documents", dependencies=Write, tags=["documents"])
    async def add_documents(
        svc: Svc, docs: Annotated[DocumentIn | list[DocumentIn], Body()]
    ) -> dict[str, Any]:
        """Analyse and store one document or a list of them (token needed)."""
        items = docs if isinstance(docs, list) else [docs]
        read = [
            document_from_payload(d.model_dump(exclude_none=True), name=f"document{i + 1}")
            for i, d in enumerate(items)
        ]
        summary = await svc.run(svc.ingest, read)
        return {**summary.to_dict(), "ids": summary.ids}

    @app.post("/api/documents/url", dependencies=Write, tags=["documents"])
    async def add_url(svc: Svc, body: UrlIn) -> dict[str, Any]:
        """Fetch a page (private addresses refused) and store it (token needed)."""
        doc = await svc.run(svc.fetch, body.url)
        summary = await svc.run(svc.ingest, [doc])
        return {**summary.to_dict(), "ids": summary.ids}

    return app


CONFIG_ENV = "RETOLD_SERVE_CONFIG"


def app_from_environment() -> FastAPI:
    """The app of one server process of `retold serve --workers N` (config in the env)."""
    return create_app(config_from_json(os.environ[CONFIG_ENV]))


def _errors(app: FastAPI) -> None:
    """Every failure leaves in the one shape: {code, message, hint}."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.message), status_code=exc.status)

    @app.exception_handler(RetoldError)
    async def retold_error(request: Request, exc: RetoldError) -> JSONResponse:
        return JSONResponse(error_body(str(exc)), status_code=_status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:3]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
        detail = "; ".join(parts) or "invalid request"
        return JSONResponse(error_body(Errors.E304.format(detail=detail)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = Errors.E305.format(
            detail=str(exc.detail), method=request.method, path=request.url.path
        )
        return JSONResponse(error_body(message), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        _log.exception("request failed: %s %s", request.method, request.url.path)
        message = Errors.E316.format(detail=type(exc).__name__)
        return JSONResponse(error_body(message), status_code=500)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("retold")
    except PackageNotFoundError:
        return "0"
