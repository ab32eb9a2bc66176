"""/report, /report/speakers, /report.csv and /api/report on the store built from the report
fixture articles (tests/store/report_articles.jsonl), checked to the count: in-process and
in Debian's headless Chromium. Also writes docs/report.png, the README's screenshot."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.web import create_app

from .browser import chromium, live_server

pytestmark = pytest.mark.model
ARTICLES = Path(__file__).parents[1] / "store" / "report_articles.jsonl"  # the hand count: tests/store/test_report.py
SCREENSHOT = Path(__file__).parents[2] / "docs" / "report.png"


@pytest.fixture(scope="module")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-web") / "quotes.db"
    result = CliRunner().invoke(main, ["ingest", str(ARTICLES), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(report_db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(create_app(report_db), raise_server_exceptions=False) as c:
        yield c


def test_api_report_is_the_cli_report(client: Any, report_db: Path) -> None:
    import json

    response = client.get("/api/report")
    assert response.status_code == 200
    data = response.json()
    cli = CliRunner().invoke(main, ["report", "--db", str(report_db), "--format", "json"])
    assert data == json.loads(cli.output)  # the CLI's figures are checked to the count
    assert data["total"]["statements"] == 16
    assert {g: c["people"] for g, c in data["total"]["genders"].items()} == {"female": 3, "male": 1, "unknown": 2}
    assert [(o["outlet"], o["statements"]) for o in data["by_outlet"]] == [("Harbour Herald", 8), ("Valley Times", 8)]
    assert data["top_people"][0] == {
        "id": data["top_people"][0]["id"], "name": "Elena Varga", "statements": 3,
        "gender": "female", "gender_evidence": "title",
    }


def test_api_report_is_in_the_openapi_schema(client: Any) -> None:
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/report"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"outlet", "since", "until", "q"}
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert ref.endswith("/ReportOut")
    assert set(schema["components"]["schemas"]["ReportOut"]["properties"]) >= {
        "schema", "filters", "total", "by_outlet", "by_month", "top_people", "top_organisations"
    }


def test_api_report_filters_and_errors(client: Any) -> None:
    valley = client.get("/api/report", params={"outlet": "valley times"}).json()
    assert valley["total"]["statements"] == 8
    assert valley["total"]["genders"]["female"]["people"] == 2
    bad = client.get("/api/report", params={"since": "March"})
    assert bad.status_code == 400 and "since" in bad.json()["error"]["message"]


def test_page_shows_the_figures_with_links_behind_every_bar(client: Any) -> None:
    html = client.get("/report").text
    assert re.search(r'id="stat-statements">16<', html)
    assert re.search(r'id="stat-women">50%<', html) and re.search(r'id="stat-unknown">33%<', html)
    # every part of every bar is a link to the speakers behind it, with the row's filters
    segments = [
        (key, href.replace("&amp;", "&"), n)
        for key, href, n in re.findall(r'<a role="listitem" class="seg seg-(\w+)" href="([^"]+)"[^>]*data-count="(\d+)"', html)
    ]
    assert ("female", "/report/speakers?outlet=Valley+Times&kind=person&gender=female", "2") in segments
    assert ("unknown", "/report/speakers?since=2024-03&until=2024-03&kind=person&gender=unknown", "1") in segments
    assert ("none", "/report/speakers?kind=none", "1") in segments
    assert 'href="/report.csv"' in html


def test_speakers_page_lists_who_is_behind_a_bar(client: Any) -> None:
    html = client.get("/report/speakers", params={"outlet": "Valley Times", "kind": "person", "gender": "female"}).text
    assert "3 statements by 2 speakers" in " ".join(re.sub(r"<[^>]+>", " ", html).split())
    names = re.findall(r'<li><a href="/people/\d+">([^<]+)</a>', html)
    assert names == ["Harriet Cole", "Kowalczyk"]
    unknown = client.get("/report/speakers", params={"kind": "person", "gender": "unknown"}).text
    assert re.findall(r'<li><a href="/people/\d+">([^<]+)</a>', unknown) == ["Andrea Russo", "Jordan Ellis"]


def test_csv_download(client: Any) -> None:
    response = client.get("/report.csv", params={"since": "2024-04"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert (rows[0]["section"], rows[0]["statements"], rows[0]["female_people"]) == ("total", "8", "2")


def test_person_page_shows_gender_and_its_evidence(client: Any) -> None:
    html = client.get("/people/Elena Varga").text
    assert re.search(r'<dd id="gender">female <span class="evidence">\(from a title', html)
    assert client.get("/api/people/Kowalczyk").json()["gender_evidence"] == "pronoun"
    assert client.get("/api/people/Jordan Ellis").json()["gender"] == "unknown"


@pytest.mark.browser
def test_report_in_the_browser(report_db: Path) -> None:
    with live_server(create_app(report_db)) as url, chromium() as browser:
        context = browser.new_context(viewport={"width": 1100, "height": 900}, reduced_motion="reduce")
        page = context.new_page()
        page.goto(f"{url}/report")
        assert page.locator("#stat-statements").inner_text() == "16"
        assert page.locator("#stat-women").inner_text() == "50%"
        kinds = page.locator("#bar-kinds .seg")
        assert [kinds.nth(i).get_attribute("data-count") for i in range(kinds.count())] == ["11", "2", "2", "1"]
        widths = [kinds.nth(i).bounding_box()["width"] for i in range(kinds.count())]
        assert widths[0] > 5 * widths[3]  # drawn to scale: 11 statements against 1
        page.locator("#top-people li").first.wait_for()
        assert page.locator("#top-people li").count() == 6
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        # a bar part leads to the people behind it
        page.locator("#outlets .rbar", has_text="Valley Times").locator(".seg-female").click()
        page.wait_for_url(re.compile(r"/report/speakers\?"))
        assert page.locator("#speakers li").all_inner_texts()[0].startswith("Harriet Cole")
        assert page.locator("#speakers li").count() == 2
        context.close()
