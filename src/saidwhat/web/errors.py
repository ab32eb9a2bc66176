"""Every error the web app returns has one shape.

JSON (the API, anything under ``/api/``)::

    {"error": {"status": 404, "title": "Not Found", "message": "no article 'x'"}}

HTML pages get an error page built from the same three fields. Unexpected exceptions
become a 500 in the same shape; the server goes on serving.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core.errors import InputError, QueryError, SaidwhatError, StoreError

log = logging.getLogger("saidwhat.web")

# Bodies larger than this are refused before they are read.
MAX_PASTE_CHARS = 200_000


class WebError(Exception):
    """An error a view raises on purpose, with the status and message the user sees."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def not_found(message: str) -> WebError:
    return WebError(404, message)


def too_large(chars: int) -> WebError:
    return WebError(
        413,
        f"the text is {chars:,} characters long; the limit is {MAX_PASTE_CHARS:,}. "
        "Paste a single article, or use `saidwhat extract` for long files.",
    )


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error envelope."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return {"error": {"status": status, "title": title, "message": message}}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def classify(exc: BaseException) -> tuple[int, str]:
    """The status and the message a user sees for any exception."""
    if isinstance(exc, WebError):
        return exc.status, exc.message
    if isinstance(exc, RequestValidationError):
        return 422, _validation_message(exc)
    if isinstance(exc, StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "there is no page at this address"
        return exc.status_code, detail
    if isinstance(exc, QueryError):
        return 400, f"bad search query: {exc}"
    if isinstance(exc, InputError):
        return 400, str(exc)
    if isinstance(exc, StoreError):
        return 500, f"the quote store failed: {exc}"
    if isinstance(exc, SaidwhatError):
        return 500, str(exc)
    return 500, "something went wrong on our side; the error has been logged"


async def handle_exception(request: Request, exc: Exception) -> Response:
    status, message = classify(exc)
    if status >= 500:
        log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
    else:  # a client error: one line, no traceback
        log.info("%d on %s %s: %s", status, request.method, request.url.path[:200], message[:300])
    body = error_body(status, message)
    headers = getattr(exc, "headers", None) if isinstance(exc, StarletteHTTPException) else None
    if wants_json(request):
        return JSONResponse(body, status_code=status, headers=headers)
    templates = request.app.state.templates
    html = templates.get_template("error.html").render(
        request=request, error=body["error"], **request.app.state.globals
    )
    return HTMLResponse(html, status_code=status, headers=headers)
