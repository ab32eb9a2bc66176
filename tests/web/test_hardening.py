"""The web app against hostile or odd requests: bounded searches, checked numbers and names,
security headers, the Host check, one log line per client error, lone surrogates."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saidwhat.web import create_app
from saidwhat.web.app import CONTENT_SECURITY_POLICY, LOOPBACK_NAMES, host_name, is_loopback

from .conftest import fake_extract

HUGE = "9223372036854775808"


@pytest.mark.parametrize(
    "url",
    [
        f"/?q=x&offset={HUGE}",
        f"/search?q=x&offset={HUGE}",
        f"/people?offset={HUGE}",
        f"/people/1?offset={HUGE}",
        f"/api/search?q=x&offset={HUGE}",
        f"/api/people?offset={HUGE}",
        f"/api/people/1?offset={HUGE}",
    ],
)
def test_huge_offsets_are_a_client_error(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text[:300]


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"q": "a\x00b"}, "NUL"),
        ({"q": "x", "speaker": "%" * 5_000}, "limit is 200"),
        ({"q": "x", "speaker": "%"}, "no letters or digits"),
        ({"q": "x", "outlet": "_" * 20_000}, "limit is 200"),
        ({"q": " OR ".join(["the"] * 300), "raw": "true"}, "limits are"),
    ],
)
def test_bad_search_values_get_one_clear_400(client: TestClient, params: dict, says: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 400
    assert says in response.json()["error"]["message"]


def test_people_query_and_person_names_are_checked(client: TestClient) -> None:
    assert client.get("/api/people", params={"q": "a" * 60_000}).status_code == 400
    assert client.get("/api/people/%25").status_code == 400  # "%" folds to nothing
    assert client.get(f"/api/people/{HUGE}").status_code == 404


def test_a_pathological_search_is_cut_quickly_and_says_so(client: TestClient) -> None:
    query = "the " * 10_000 + " ".join(f"w{i}" for i in range(200))
    started = time.perf_counter()
    response = client.get("/api/search", params={"q": query})
    assert time.perf_counter() - started < 5  # before the bound: minutes
    assert response.status_code == 200
    assert "cut" in response.json()["note"]
    page = client.get("/search", params={"q": query})
    assert page.status_code == 200 and "Your search was shortened" in page.text


def test_pages_carry_security_headers(client: TestClient) -> None:
    for url in ("/", "/people", "/paste", "/api/search?q=x", "/no-such-page"):
        headers = client.get(url).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_a_loopback_server_refuses_other_host_names(quotes_db: Path) -> None:
    app = create_app(quotes_db, extractor=fake_extract, allowed_hosts=LOOPBACK_NAMES)
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/").status_code == 200
        assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
        assert client.get("/", headers={"host": "[::1]:8000"}).status_code == 200
        rebound = client.get("/api/search?q=x", headers={"host": "attacker.example:8000"})
        assert rebound.status_code == 421
        assert "own address" in rebound.json()["error"]["message"]
        assert "items" not in rebound.text


def test_host_names_and_loopback() -> None:
    assert host_name("LocalHost:8000") == "localhost"
    assert host_name("[::1]:8000") == "[::1]"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


def test_client_errors_log_one_line_server_errors_a_traceback(
    quotes_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(text: str, *, id: str | None = None):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    app = create_app(quotes_db, extractor=broken)
    # An exception that escapes the app is what uvicorn logs as a traceback: a client error
    # must be answered inside it.
    with TestClient(app, raise_server_exceptions=True) as client, caplog.at_level(logging.INFO):
        for url in ("/api/search?q=a%00b", "/api/search?since=garbage", "/api/articles/nope",
                    "/api/search?speaker=%25", "/people/%25"):
            caplog.clear()
            assert 400 <= client.get(url).status_code < 500
            mine = [r for r in caplog.records if r.name.startswith(("saidwhat", "uvicorn", "starlette"))]
            assert all(r.exc_info is None for r in mine), url
            assert all("Traceback" not in r.getMessage() for r in mine), url
    with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.INFO):
        caplog.clear()
        response = client.post("/api/extract", json={"text": '"Hi," she said.'})
        assert response.status_code == 500
        assert any(r.exc_info for r in caplog.records if r.name == "saidwhat.web")


@pytest.mark.model
def test_lone_surrogates_in_a_paste_become_replacement_characters(quotes_db: Path) -> None:
    app = create_app(quotes_db)  # the real extractor
    text = 'The minister said "we will build it\ud800," on Monday.'
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(
            "/api/extract",
            content=('{"text": "The minister said \\"we will build it\\ud800,\\" on Monday."}'),
            headers={"content-type": "application/json"},
        )
    assert response.status_code == 200, response.text[:300]
    [quote] = response.json()["quotes"]
    assert "\ufffd" in quote["text"]
    assert len(quote["text"]) == quote["end"] - quote["start"]
    assert text.replace("\ud800", "\ufffd")[quote["start"] : quote["end"]] == quote["text"]
