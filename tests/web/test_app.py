"""Every page and API endpoint in-process (FastAPI's TestClient), the error envelope, escaping."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from saidwhat.cli import main
from saidwhat.web import create_app
from saidwhat.web.errors import MAX_PASTE_CHARS

from .articles import PASTE_TEXT
from .conftest import fake_extract
from .htmlcheck import check

# --- pages -------------------------------------------------------------------------------


def person_id(client: TestClient, name: str) -> int:
    items = client.get("/api/people", params={"q": name}).json()["items"]
    return int(next(p["id"] for p in items if p["name"] == name))


def test_front_page_shows_latest_statements_and_most_quoted(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Latest statements" in page.text and "Most quoted" in page.text
    assert "Ana Lindqvist" in page.text


def test_search_page_lists_quote_speaker_outlet_date_and_article_link(client: TestClient) -> None:
    page = client.get("/search", params={"q": "bus route"})
    assert page.status_code == 200
    assert "1 statement" in page.text
    assert "<mark>bus</mark> <mark>route</mark>" in page.text  # matches marked, text escaped
    assert "Ana Lindqvist" in page.text and "Harbour Herald" in page.text and "2024-06-14" in page.text
    assert 'href="/articles/bridge-budget#quote-1"' in page.text


def test_search_page_filters(client: TestClient) -> None:
    page = client.get("/search", params={"speaker": "Obi", "type": "mixed"})
    assert "1 statement" in page.text and "blank cheque" in page.text
    assert 'value="Obi"' in page.text and '<option value="mixed" selected>' in page.text


def test_article_page_highlights_every_statement_and_lists_people(client: TestClient) -> None:
    page = client.get("/articles/bridge-vote")
    assert page.status_code == 200
    html = page.text
    check(html[html.index("<article") : html.index("</article>") + len("</article>")])
    assert len(re.findall(r'<mark class="stmt[^"]*"[^>]*tabindex="0"', html)) == 6
    assert 'data-speaker="unattributed"' in html and "1 with no named source" in html
    assert '<span class="cue">called</span>' in html
    assert 'class="person-card" data-speaker="Marcus Obi"' in html
    assert "opposition leader" in html and "Mayor Ana Lindqvist" in html
    assert 'href="https://example.org/bridge-vote"' in html


@pytest.mark.parametrize("article", ["bridge-vote", "nasty-%3Cscript%3E"])
def test_people_in_the_article_panel_link_to_their_person_page(client: TestClient, article: str) -> None:
    html = client.get(f"/articles/{article}").text
    links = re.findall(r'<a class="person-name" href="([^"]+)"', html)
    assert links
    for link in links:
        assert client.get(link.replace("&amp;", "&")).status_code == 200, link


def test_people_index_is_most_quoted_first_and_searchable(client: TestClient) -> None:
    page = client.get("/people")
    assert page.text.index("Ana Lindqvist") < page.text.index("Marcus Obi")
    found = client.get("/people", params={"q": "obi"})
    assert "Marcus Obi" in found.text and "Ana Lindqvist" not in found.text


def test_person_page_has_aliases_counts_chart_outlets_and_quotes(client: TestClient) -> None:
    pid = person_id(client, "Ana Lindqvist")
    page = client.get(f"/people/{pid}")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and html.count('<rect class="bar"') == 4  # March to June 2024
    assert "Harbour Herald" in html and "Riverside Gazette" in html
    assert "Mayor Ana Lindqvist" in html
    # newest first: the June quotes come before the March ones
    assert html.index("single bus route") < html.index("east side stops waiting")
    by_name = client.get("/people/Ana Lindqvist")
    assert by_name.status_code == 200 and "single bus route" in by_name.text


def test_person_quotes_are_paginated(client: TestClient) -> None:
    pid = person_id(client, "Ana Lindqvist")
    first = client.get(f"/people/{pid}", params={"limit": 3}).text
    assert "1–3 of 4" in first
    # "More" goes on after the last quote shown (a cursor), not by counting rows to skip
    more = re.search(r'href="([^"]*)" rel="next"', first)
    assert more is not None and "after=" in more.group(1) and "offset" not in more.group(1)
    second = client.get(html.unescape(more.group(1))).text
    assert "east side stops waiting" in second and "single bus route" not in second
    assert 'rel="next"' not in second and 'rel="first"' in second
    by_offset = client.get(f"/people/{pid}", params={"limit": 3, "offset": 3}).text
    assert "east side stops waiting" in by_offset and "single bus route" not in by_offset


def test_paste_box_extracts_and_highlights_without_storing(client: TestClient) -> None:
    assert 'name="text"' in client.get("/paste").text
    page = client.post("/paste", data={"text": PASTE_TEXT})
    assert page.status_code == 200
    assert '<mark class="stmt stmt-direct"' in page.text and 'data-speaker="Ruth Okafor"' in page.text
    assert client.get("/api/search", params={"q": "reading rooms"}).json()["total"] == 0


def test_paste_box_refuses_too_long_text_and_keeps_it(client: TestClient) -> None:
    page = client.post("/paste", data={"text": "a" * (MAX_PASTE_CHARS + 1)})
    assert page.status_code == 413
    assert "the limit is 200,000" in page.text and "a" * 1000 in page.text
    empty = client.post("/paste", data={"text": "  "})
    assert empty.status_code == 422 and "empty" in empty.text


# --- API ---------------------------------------------------------------------------------


def test_api_search_with_filters_and_pagination(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "bridge"}).json()
    assert body["total"] == 2 and {h["article_id"] for h in body["items"]} == {"bridge-vote", "bridge-budget"}
    hit = body["items"][0]
    for key in ("text", "speaker_name", "person_id", "article_title", "article_outlet", "article_date", "snippet"):
        assert key in hit
    assert client.get("/api/search", params={"q": "bridge", "outlet": "Harbour Herald"}).json()["total"] == 1
    assert client.get("/api/search", params={"speaker": "Lindqvist", "until": "2024-03"}).json()["total"] == 2
    assert client.get("/api/search", params={"since": "2024-06-01"}).json()["total"] == 2
    assert client.get("/api/search", params={"type": "indirect"}).json()["total"] == 4
    page = client.get("/api/search", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 10 and page["limit"] == 2 and page["offset"] == 2 and len(page["items"]) == 2


@pytest.mark.parametrize(
    "query",
    ['"unbalanced AND OR ( *', "NEAR(", "text:", "')); DROP TABLE quotes; --", "*", '""', "-", "^"],
)
def test_api_search_survives_nasty_input(client: TestClient, query: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200, response.text
    assert client.get("/api/search", params={"q": "bridge"}).json()["total"] == 2  # tables intact


def test_api_raw_fts_syntax_error_is_a_400_in_the_envelope(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": '"unbalanced AND (', "raw": "true"})
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("bad search query")


def test_api_article(client: TestClient) -> None:
    body = client.get("/api/articles/bridge-vote").json()
    assert body["title"] == "Council approves river bridge after long fight"
    quotes = body["result"]["quotes"]
    assert len(quotes) == 6
    for q in quotes:  # offsets index the text
        assert body["text"][q["start"] : q["end"]] == q["text"]


def test_api_people_and_person(client: TestClient) -> None:
    people = client.get("/api/people").json()
    assert people["items"][0]["name"] == "Ana Lindqvist" and people["items"][0]["quote_count"] == 4
    pid = people["items"][0]["id"]
    person = client.get(f"/api/people/{pid}", params={"limit": 1}).json()
    assert person["by_month"] == [["2024-03", 2], ["2024-06", 2]]
    assert dict(person["outlets"]) == {"Harbour Herald": 2, "Riverside Gazette": 2}
    assert person["quotes"]["total"] == 4 and len(person["quotes"]["items"]) == 1
    assert person["quotes"]["items"][0]["article_date"] == "2024-06-14"


def test_api_extract(client: TestClient) -> None:
    body = client.post("/api/extract", json={"text": PASTE_TEXT, "id": "lib"}).json()
    assert body["id"] == "lib" and body["quotes"][0]["speaker"]["name"] == "Ruth Okafor"
    assert set(body) == {"id", "quotes", "people"}  # the same shape as `saidwhat extract`


def test_openapi_describes_every_endpoint_and_the_error_shape(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/people", "/api/people/{person}",
            "/api/extract"} <= set(schema["paths"])
    assert "ErrorOut" in schema["components"]["schemas"]
    assert "limit" in {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert not any(path.startswith("/articles") for path in schema["paths"])  # pages stay out


def test_api_reference_page_lists_the_endpoints_without_any_cdn(client: TestClient) -> None:
    page = client.get("/api-docs")
    assert page.status_code == 200
    for path in ("/api/search", "/api/articles/{article_id}", "/api/people/{person}", "/api/extract"):
        assert path in page.text
    assert client.get("/api/docs").status_code == 404  # no Swagger page pulling scripts from a CDN


@pytest.mark.parametrize("url", ["/", "/search?q=bridge", "/articles/bridge-vote", "/people", "/paste", "/api-docs"])
def test_pages_load_nothing_from_the_network(client: TestClient, url: str) -> None:
    html = client.get(url).text
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", html)


# --- errors ------------------------------------------------------------------------------


def assert_envelope(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "message"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["title"], str) and body["error"]["message"]
    return dict(body["error"])


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status"),
    [
        ("get", "/api/articles/no-such-article", {}, 404),
        ("get", "/api/people/99999", {}, 404),
        ("get", "/api/people/Nobody At All", {}, 404),
        ("get", "/api/no/such/endpoint", {}, 404),
        ("get", "/api/search?limit=abc", {}, 422),
        ("get", "/api/search?limit=1000", {}, 422),
        ("get", "/api/search?offset=-1", {}, 422),
        ("get", "/api/search?since=yesterday", {}, 422),
        ("get", "/api/search?type=shouted", {}, 422),
        ("post", "/api/extract", {"json": {}}, 422),
        ("post", "/api/extract", {"content": b"not json"}, 422),
        ("post", "/api/extract", {"json": {"text": "x" * (MAX_PASTE_CHARS + 1)}}, 413),
        ("get", "/api/extract", {}, 405),
        ("post", "/api/extract", {"content": b"x" * 3_000_000,
                                  "headers": {"content-type": "application/json"}}, 413),
    ],
)
def test_every_api_error_has_one_shape(client: TestClient, method: str, url: str,
                                       kwargs: dict[str, Any], status: int) -> None:
    error = assert_envelope(getattr(client, method)(url, **kwargs), status)
    if status == 413:
        assert "200,000" in error["message"]


def test_html_errors_are_pages_with_the_same_fields(client: TestClient) -> None:
    page = client.get("/articles/no-such-article")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no article with id" in page.text and 'data-status="404"' in page.text
    assert client.get("/people?limit=0").status_code == 422


def test_server_stays_up_when_a_request_fails(quotes_db: Path) -> None:
    app = create_app(quotes_db, extractor=fake_extract)

    class Broken:
        def search(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("disk on fire: /secret/path")

    real = app.state.store
    app.state.store = lambda: Broken()
    with TestClient(app, raise_server_exceptions=False) as client:
        error = assert_envelope(client.get("/api/search", params={"q": "x"}), 500)
        assert "secret" not in error["message"]  # internals are logged, not shown
        page = client.get("/search", params={"q": "x"})
        assert page.status_code == 500 and "text/html" in page.headers["content-type"]
        app.state.store = real
        assert client.get("/api/search", params={"q": "bridge"}).json()["total"] == 2


def test_the_database_is_never_written(quotes_db: Path) -> None:
    import hashlib

    before = hashlib.sha256(quotes_db.read_bytes()).hexdigest()
    with TestClient(create_app(quotes_db, extractor=fake_extract)) as client:
        for url in ("/", "/search?q=bridge", "/articles/bridge-vote", "/people", "/people/1",
                    "/api/search?q=x", "/api/people/1"):
            assert client.get(url).status_code == 200
        client.post("/paste", data={"text": PASTE_TEXT})
        store = client.app.state.store()  # type: ignore[attr-defined]
        assert store.readonly
    assert hashlib.sha256(quotes_db.read_bytes()).hexdigest() == before


# --- escaping ----------------------------------------------------------------------------

INJECTED = ("<script>alert", "<img src=x", "<b>Bold", "<i>Tag", "<i>Evans", "</mark></p><script>",
            "javascript:alert")


@pytest.mark.parametrize(
    "url",
    ["/", "/search?q=picture", "/search?q=pwned", "/articles/nasty-%3Cscript%3E", "/people",
     "/people/Evans", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"],
)
def test_markup_in_the_data_is_escaped_everywhere(client: TestClient, url: str) -> None:
    page = client.get(url)
    assert page.status_code == 200, page.text
    for raw in INJECTED:
        assert raw not in page.text, f"{raw!r} unescaped on {url}"
    assert "&lt;" in page.text


def test_templates_autoescape(app: Any) -> None:
    assert app.state.templates.autoescape is True


def test_pasted_markup_is_escaped(client: TestClient) -> None:
    text = 'Hi <script>alert("paste")</script>\n\n"<img src=x onerror=alert(2)>," said Ruth Okafor.'
    page = client.post("/paste", data={"text": text})
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;img src=x onerror=alert(2)&gt;" in page.text


# --- CLI ---------------------------------------------------------------------------------


def test_serve_with_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0
    assert result.output.startswith("saidwhat: error:") and "nope.db" in result.output
    assert "Traceback" not in result.output


def test_serve_binds_localhost_by_default(quotes_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[Any] = []
    monkeypatch.setattr(
        uvicorn.Server, "run", lambda self, sockets=None: calls.append((self.config, sockets))
    )
    result = CliRunner().invoke(main, ["serve", "--db", str(quotes_db), "--port", "0"])
    assert result.exit_code == 0, result.output
    [(config, [sock])] = calls
    host, port = sock.getsockname()[:2]
    sock.close()
    assert host == "127.0.0.1" and config.host == "127.0.0.1"
    assert f"on http://127.0.0.1:{port}/" in result.output


@pytest.mark.model
def test_api_extract_runs_the_real_engine(quotes_db: Path, nlp: Any) -> None:
    with TestClient(create_app(quotes_db)) as client:
        body = client.post("/api/extract", json={"text": PASTE_TEXT}).json()
    assert any(q["speaker"] and q["speaker"]["name"] == "Ruth Okafor" for q in body["quotes"])
    for q in body["quotes"]:
        assert PASTE_TEXT[q["start"] : q["end"]] == q["text"]
