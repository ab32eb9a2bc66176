"""The FastAPI application: ``create_app(db)`` wires the store, the templates and the views.

    cli.py (saidwhat serve)  ->  app.py (create_app)  ->  views.py (pages and /api)
                                                           -> queries.py (the one query path)

The store is opened read-only, one connection per worker thread (SQLite connections
must stay in the thread that made them).
"""

from __future__ import annotations

import re
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core.errors import SaidwhatError, StoreError
from ..core.types import ArticleQuotes
from ..store.models import SNIPPET_END, SNIPPET_START
from .errors import MAX_PASTE_CHARS, WebError, handle_exception, too_large
from .render import speaker_hue

if TYPE_CHECKING:
    from ..store import QuoteStore

# Pages load only their own stylesheet and script; style attributes carry each speaker's hue.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` serves only this machine (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port (``[::1]:8000`` -> ``[::1]``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[: header.find("]") + 1] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


# A character takes at most 12 bytes in a request (a JSON \\u escape of a surrogate pair).
BYTES_PER_CHAR = 12
MAX_BODY_BYTES = MAX_PASTE_CHARS * BYTES_PER_CHAR + 64 * 1024

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


class StoreOpener:
    """Hands each thread its own read-only ``QuoteStore`` on the same file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._local = threading.local()
        self._opened: list[QuoteStore] = []
        self._lock = threading.Lock()

    def __call__(self) -> QuoteStore:
        if self.path is None:
            raise WebError(503, "no quote database is open; start the server with --db PATH")
        store = getattr(self._local, "store", None)
        if store is None:
            from ..store import QuoteStore

            store = QuoteStore(self.path, readonly=True)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        self._local = threading.local()


# One extraction at a time: a spaCy pipeline is not meant to be shared by threads.
_extract_lock = threading.Lock()


def _default_extractor(text: str, *, id: str | None = None) -> ArticleQuotes:
    from ..api import extract

    with _extract_lock:
        return extract(text, id=id)


def make_templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every {{ value }} is escaped; only render.py/chart.py return Markup
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["hue"] = speaker_hue
    env.filters["snippet"] = snippet_html
    env.filters["web_url"] = web_url
    return env


def snippet_html(snippet: str) -> Markup:
    """A store snippet (matches between \\x02 and \\x03) as escaped HTML with ``<mark>``."""
    out: list[str] = []
    inside = False
    for piece in re.split(f"({SNIPPET_START}|{SNIPPET_END})", snippet):
        if piece in (SNIPPET_START, SNIPPET_END):
            want = piece == SNIPPET_START
            if want != inside:  # a stray marker never leaves a tag unbalanced
                out.append("<mark>" if want else "</mark>")
                inside = want
        else:
            out.append(str(escape(piece)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


def web_url(url: str | None) -> str | None:
    """Only http(s) links are followed; a ``javascript:`` URL in the data is dropped."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def create_app(
    db: str | Path | None,
    *,
    extractor: Callable[..., ArticleQuotes] | None = None,
    allowed_hosts: frozenset[str] | None = None,
) -> FastAPI:
    """The web app over the quote database at ``db`` (opened read-only).

    ``db=None`` serves only the paste box. ``extractor`` replaces ``saidwhat.extract``
    (tests use it to avoid loading the model). ``allowed_hosts``: the only Host header
    names answered (any port), others get 421; ``saidwhat serve`` passes
    ``LOOPBACK_NAMES`` when bound to loopback, so a page on another site cannot reach the
    server through a DNS name rebound to 127.0.0.1. ``None`` accepts any Host.
    """
    path = Path(db) if db is not None else None
    if path is not None and not path.is_file():
        raise StoreError(f"no quote database at {path}; build one with `saidwhat ingest`")
    opener = StoreOpener(path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        opener.close()

    app = FastAPI(
        lifespan=lifespan,
        title="saidwhat",
        summary="Who said what, in any pile of news.",
        description=(
            "Search the quotes of a saidwhat database, read articles with every statement "
            "highlighted, and extract statements from pasted text. Every error has the shape "
            '`{"error": {"status": int, "title": str, "message": str}}`.'
        ),
        version=_version(),
        # FastAPI's Swagger page loads its scripts from a CDN; /api-docs is drawn here instead.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = opener
    app.state.extractor = extractor or _default_extractor
    app.state.templates = make_templates()
    app.state.globals = {
        "db_name": path.name if path is not None else None,
        "max_paste": MAX_PASTE_CHARS,
        "version": _version(),
    }
    # SaidwhatError and WebError are handled like HTTP errors (one log line for a 4xx);
    # only other exceptions reach the server-error handler, which logs the traceback.
    for exc_type in (StarletteHTTPException, RequestValidationError, WebError, SaidwhatError, Exception):
        app.add_exception_handler(exc_type, handle_exception)

    @app.middleware("http")
    async def refuse_huge_bodies(request: Request, call_next: Any) -> Response:
        # Refused before the body is read or parsed; the views check the exact length.
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return await handle_exception(request, too_large(int(declared) // BYTES_PER_CHAR))
        response: Response = await call_next(request)
        return response

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        if allowed_hosts is not None and host_name(request.headers.get("host", "")) not in allowed_hosts:
            response: Response = await handle_exception(
                request,
                WebError(421, "this server answers only to its own address (e.g. "
                         "http://127.0.0.1:PORT/), not to another host name"),
            )
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    from .views import api, pages

    app.include_router(api)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


def _version() -> str:
    from .. import __version__

    return str(__version__)

