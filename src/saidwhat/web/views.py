"""Pages and JSON endpoints. Both call ``queries``; a view only picks template or JSON."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Body, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from ..core.serialize import article_to_dict
from ..core.types import ArticleQuotes
from ..store.query import MAX_OFFSET
from . import queries
from .deps import store_of
from .errors import WebError
from .render import RenderedArticle
from .report_page import ReportOut
from .schemas import (
    ERRORS,
    ArticleQuotesOut,
    ExtractIn,
    PeoplePageOut,
    PersonDetailOut,
    SearchPageOut,
    StoredArticleOut,
)

api = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
pages = APIRouter(include_in_schema=False)

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
After = Annotated[
    str | None,
    Query(description="next_cursor of the page before: the next page, as fast however deep"),
]


# --- JSON --------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """Store values (frozen dataclasses) -> JSON-ready data."""
    if isinstance(value, ArticleQuotes):
        return article_to_dict(value)
    if isinstance(value, RenderedArticle):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def page_json(page: Any, limit: int, offset: int, note: str | None = None) -> dict[str, Any]:
    out = {
        "total": page.total,
        "limit": limit,
        "offset": offset,
        "items": [jsonable(item) for item in page.items],
        "next_cursor": page.next_cursor,
    }
    if hasattr(page, "total_exact"):
        out["total_exact"] = page.total_exact
    if note:
        out["note"] = note
    return out


@api.get("/search", summary="Full-text search over quotes", response_model=SearchPageOut)
def api_search(
    request: Request,
    q: Annotated[str, Query(description="words to find; FTS5 syntax only with raw=true")] = "",
    speaker: Annotated[str | None, Query(description="speaker name")] = None,
    outlet: Annotated[str | None, Query(description="outlet name")] = None,
    since: Annotated[str | None, Query(description="first date, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="last date, YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(description="direct, mixed or indirect")] = None,
    raw: Annotated[bool, Query(description="pass q to FTS5 unescaped")] = False,
    limit: Limit = 20,
    offset: Offset = 0,
    after: After = None,
) -> dict[str, Any]:
    params = queries.search_params(
        q, speaker=speaker, outlet=outlet, since=since, until=until, type=type,
        raw=raw, limit=limit, offset=offset, after=after,
    )
    return page_json(queries.search(store_of(request.app), params), limit, offset, params.note)


@api.get(
    "/articles/{article_id:path}",
    summary="One stored article with its statements",
    response_model=StoredArticleOut,
    response_model_exclude_unset=True,
)
def api_article(
    request: Request, article_id: Annotated[str, Path(description="the article's id")]
) -> dict[str, Any]:
    view = queries.article(store_of(request.app), article_id)
    return jsonable(view.article)  # type: ignore[no-any-return]


@api.get("/people", summary="People, most quoted first", response_model=PeoplePageOut)
def api_people(
    request: Request,
    q: Annotated[str | None, Query(description="part of a name or alias")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: After = None,
) -> dict[str, Any]:
    page = queries.people(store_of(request.app), q, limit=limit, offset=offset, after=after)
    return page_json(page, limit, offset)


@api.get(
    "/people/{person:path}",
    summary="One person (by id or name): aliases, counts, outlets, quotes newest first",
    response_model=PersonDetailOut,
)
def api_person(
    request: Request,
    person: Annotated[str, Path(description="the person's id, or a name or alias")],
    limit: Limit = 20,
    offset: Offset = 0,
    after: After = None,
) -> dict[str, Any]:
    view = queries.person(
        store_of(request.app), queries.person_ref(person), limit=limit, offset=offset, after=after
    )
    out: dict[str, Any] = jsonable(view.person)
    out["gender"], out["gender_evidence"] = _gender(request, view.person.id)
    out["gender"] = out["gender"] or "unknown"
    out["quotes"] = page_json(view.quotes, limit, offset)
    return out


@api.post(
    "/extract",
    summary="Extract statements from pasted text (nothing is stored)",
    response_model=ArticleQuotesOut,
    response_model_exclude_unset=True,
)
def api_extract(request: Request, body: Annotated[ExtractIn, Body()]) -> dict[str, Any]:
    view = queries.extract(body.text, request.app.state.extractor, id=body.id)
    return article_to_dict(view.result)


# --- HTML --------------------------------------------------------------------------------


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(
        request=request, **request.app.state.globals, **context
    )
    return HTMLResponse(html, status_code=status)


def url_with(request: Request, **changes: Any) -> str:
    """This page's address with some query parameters changed (``None`` drops one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


@pages.get("/", response_class=HTMLResponse)
@pages.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
    after: After = None,
) -> HTMLResponse:
    params = queries.search_params(
        q, speaker=speaker, outlet=outlet, since=since, until=until, type=type,
        limit=limit, offset=offset, after=after,
    )
    store = store_of(request.app)
    results = None if params.is_empty else queries.search(store, params)
    # The front page: the newest statements (an empty search) and the most quoted people.
    latest = queries.search(store, queries.search_params(limit=8)) if params.is_empty else None
    top = queries.people(store, limit=10) if params.is_empty else None
    return render(
        request, "search.html", params=params, results=results, top=top, latest=latest,
        url_with=lambda **kw: url_with(request, **kw), quote_types=queries.QUOTE_TYPES,
    )


@pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    view = queries.article(store_of(request.app), article_id)
    return render(request, "article.html", view=view, article=view.article,
                  rendered=view.rendered)


@pages.get("/people", response_class=HTMLResponse)
def people_page(
    request: Request, q: str = "", limit: Limit = 50, offset: Offset = 0, after: After = None
) -> HTMLResponse:
    page = queries.people(store_of(request.app), q, limit=limit, offset=offset, after=after)
    return render(request, "people.html", q=q, page=page, limit=limit, offset=offset,
                  after=after, url_with=lambda **kw: url_with(request, **kw))


@pages.get("/people/{person:path}", response_class=HTMLResponse)
def person_page(
    request: Request, person: str, limit: Limit = 20, offset: Offset = 0, after: After = None
) -> HTMLResponse:
    view = queries.person(
        store_of(request.app), queries.person_ref(person), limit=limit, offset=offset, after=after
    )
    return render(request, "person.html", view=view, person=view.person, quotes=view.quotes,
                  gender=_gender(request, view.person.id),
                  limit=limit, offset=offset, after=after,
                  url_with=lambda **kw: url_with(request, **kw))


@pages.get("/api-docs", response_class=HTMLResponse)
def api_docs_page(request: Request) -> HTMLResponse:
    """The JSON API, listed from the app's own OpenAPI schema (no Swagger, no CDN)."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description") or p.get("schema", {}).get("description", ""),
                    "default": p.get("schema", {}).get("default"),
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append({"method": method.upper(), "path": path,
                              "summary": op.get("summary", ""), "params": params,
                              "body": "requestBody" in op})
    return render(request, "api_docs.html", endpoints=endpoints, info=schema["info"])


@pages.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request) -> HTMLResponse:
    return render(request, "paste.html", text="", view=None)


@pages.post("/paste", response_class=HTMLResponse)
async def paste_submit(request: Request) -> HTMLResponse:
    # A plain HTML form (application/x-www-form-urlencoded), read by hand: no multipart
    # dependency. The app refuses huge bodies before this point (see app.py).
    body = (await request.body()).decode("utf-8", errors="replace")
    fields = parse_qs(body, keep_blank_values=True)
    text = fields.get("text", [""])[0].replace("\r\n", "\n")
    try:
        queries.check_paste(text)
    except WebError as exc:  # show the form again, with the text kept
        return render(request, "paste.html", status=exc.status, text=text, view=None,
                      problem=exc.message)
    from starlette.concurrency import run_in_threadpool

    view = await run_in_threadpool(queries.extract, text, request.app.state.extractor)
    return render(request, "paste.html", text=text, view=view, rendered=view.rendered)


def _gender(request: Request, person_id: int) -> tuple[str | None, str | None]:
    """The person's gender and the evidence that decided it (see core/gender.py)."""
    from ..store.report import person_gender
    from .report_page import locked

    store = store_of(request.app)
    with locked(store):
        return person_gender(store.conn, person_id)


# --- who gets quoted: the report -----------------------------------------------------------

ReportOutlet = Annotated[str | None, Query(description="only this outlet (case does not matter)")]
ReportSince = Annotated[str | None, Query(description="from this date: YYYY, YYYY-MM or YYYY-MM-DD")]
ReportUntil = Annotated[str | None, Query(description="up to this date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")]
ReportQuery = Annotated[str | None, Query(description="only statements matching these words (a topic)")]


def _report(request: Request, outlet: str | None, since: str | None, until: str | None,
            q: str | None, raw: bool = False, top: int = 10) -> tuple[Any, dict[str, str | None]]:
    from ..store.report import build_report
    from .report_page import blank, locked

    filters = {"outlet": blank(outlet), "since": blank(since), "until": blank(until), "q": blank(q)}
    store = store_of(request.app)
    with locked(store):
        report = build_report(store.conn, outlet=filters["outlet"], since=filters["since"],
                              until=filters["until"], query=filters["q"], raw=raw, top=top)
    return report, filters


@api.get("/report", summary="Who gets quoted: sources by kind, persons by gender, by outlet and month",
         response_model=ReportOut, response_model_by_alias=True)
def api_report(
    request: Request, outlet: ReportOutlet = None, since: ReportSince = None, until: ReportUntil = None,
    q: ReportQuery = None,
    raw: Annotated[bool, Query(description="pass q to FTS5 unescaped")] = False,
    top: Annotated[int, Query(ge=0, le=1000, description="most-quoted people and organisations")] = 10,
) -> dict[str, Any]:
    from ..store.report import report_json

    report, _ = _report(request, outlet, since, until, q, raw, top)
    return report_json(report)


@pages.get("/report", response_class=HTMLResponse)
def report_page(request: Request, outlet: str | None = None, since: str | None = None,
                until: str | None = None, q: str | None = None) -> HTMLResponse:
    from .report_page import page_context

    report, filters = _report(request, outlet, since, until, q)
    return render(request, "report.html", **page_context(report, filters))


@pages.get("/report.csv")
def report_csv(request: Request, outlet: str | None = None, since: str | None = None,
               until: str | None = None, q: str | None = None) -> Response:
    import csv
    import io

    from ..store.report import report_rows

    report, _ = _report(request, outlet, since, until, q)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(report_rows(report))
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="saidwhat-report.csv"'})


@pages.get("/report/speakers", response_class=HTMLResponse)
def report_speakers_page(
    request: Request, kind: str = "person", gender: str | None = None, outlet: str | None = None,
    since: str | None = None, until: str | None = None, q: str | None = None,
    limit: Limit = 100, offset: Offset = 0,
) -> HTMLResponse:
    from ..store.report import report_speakers
    from .report_page import GENDER_LABELS, KIND_LABELS, blank, locked, report_url

    filters = {"outlet": blank(outlet), "since": blank(since), "until": blank(until), "q": blank(q)}
    store = store_of(request.app)
    with locked(store):
        statements, speakers, page = report_speakers(
            store.conn, kind=kind, gender=blank(gender), outlet=filters["outlet"],
            since=filters["since"], until=filters["until"], query=filters["q"],
            limit=limit, offset=offset,
        )
    heading = KIND_LABELS[kind]
    if kind == "person" and blank(gender):
        heading = f"{GENDER_LABELS[gender or 'unknown']} quoted" if gender != "unknown" else "Persons of unknown gender"
    more = url_with(request, offset=offset + limit) if offset + limit < speakers else None
    search = "/search?" + urlencode({k: v for k, v in filters.items() if v} or {"q": ""})
    return render(request, "report_speakers.html", heading=heading, kind=kind, filters=filters,
                  statements=statements, speakers=speakers, page=page, more_url=more,
                  back_url=report_url(filters), search_url=search)
