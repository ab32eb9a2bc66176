"""End to end in Debian's headless Chromium, driven by Playwright for Python.

A real uvicorn serves a temporary database built from the hand-written articles; the paste
box uses the real extractor (the spaCy model, loaded once per session). Without Chromium
these tests skip with a loud warning, never silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from saidwhat.web import create_app

from .articles import PASTE_TEXT
from .browser import chromium, live_server

pytestmark = pytest.mark.browser

SCREENSHOT = Path(__file__).parents[2] / "docs" / "article-view.png"


@pytest.fixture(scope="module")
def base_url(quotes_db: Path) -> Iterator[str]:
    with live_server(create_app(quotes_db)) as url:  # the real extractor for the paste box
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    # reduced motion: no transitions, so the screenshot is the same on every run
    context = browser.new_context(viewport={"width": 1280, "height": 860}, reduced_motion="reduce")
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    assert not dialogs, f"a dialog fired: {dialogs}"
    context.close()


def test_article_view_highlights_statements_and_lists_speakers(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/articles/bridge-vote")
    statements = page.locator("mark.stmt[tabindex='0']")
    assert statements.count() == 6
    assert page.locator("mark.stmt[data-speaker='Ana Lindqvist']").count() == 2
    assert page.locator("mark.stmt-none").count() == 1
    # each speaker has a colour of their own, and it is drawn
    colours = {
        name: page.locator(f"mark.stmt[data-speaker='{name}']").first.evaluate(
            "el => getComputedStyle(el).backgroundColor")
        for name in ("Ana Lindqvist", "Marcus Obi")
    }
    assert len(set(colours.values())) == 2 and "rgba(0, 0, 0, 0)" not in colours.values()
    assert page.locator("article .cue").count() == 6 and page.locator("article .mention").count() == 4
    # the side panel lists the speakers with aliases and descriptors: two persons, one group
    panel = page.locator(".people-list")
    assert panel.locator(".person-card").count() == 3
    assert "opposition leader" in panel.inner_text() and "Mayor Ana Lindqvist" in panel.inner_text()
    # keyboard: tab to a statement; the popover says who said it, by which rule, how sure
    page.locator("#quote-2").focus()
    popover = page.locator("#stmt-popover")
    popover.wait_for(state="visible")
    text = popover.inner_text()
    assert "Marcus Obi" in text and "mixed:naming" in text and "0.90" in text
    assert page.locator(".person-card.active").get_attribute("data-speaker") == "Marcus Obi"
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), clip={"x": 0, "y": 0, "width": 1280, "height": 812})


def test_search_and_follow_a_result(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.fill("#q", "bus route")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?*")
    results = page.locator("#results > li")
    assert results.count() == 1
    assert "Ana Lindqvist" in results.first.inner_text()
    results.first.locator("a.to-article").click()
    page.wait_for_url("**/articles/bridge-budget#quote-1")
    target = page.locator("#quote-1")
    assert "single bus route" in target.inner_text()
    assert page.locator("h1").inner_text() == "Mayor defends bridge budget"


def test_search_filters_in_the_form(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.fill("#speaker", "Obi")
    page.select_option("#type", "mixed")
    page.click("form[role=search] button")
    page.wait_for_url("**/search?*")
    assert page.locator("#results > li").count() == 1
    assert "blank cheque" in page.locator("#results").inner_text()


@pytest.mark.model
def test_paste_an_article_and_see_it_highlighted(page: Any, base_url: str, nlp: Any) -> None:
    page.goto(f"{base_url}/paste")
    page.fill("#paste-text", PASTE_TEXT)
    assert "/ 200,000" in page.locator("#paste-count").inner_text()
    page.click("form.paste-form button")
    page.wait_for_selector("mark.stmt", timeout=60_000)
    okafor = page.locator("mark.stmt[data-speaker='Ruth Okafor']")
    assert okafor.count() >= 1
    assert "Reading rooms should never close" in okafor.first.inner_text()
    assert "Ruth Okafor" in page.locator(".people-list").inner_text()
    assert page.locator("#paste-text").input_value().startswith("Library to stay open")


@pytest.mark.model
def test_injected_markup_executes_nothing(page: Any, base_url: str, nlp: Any) -> None:
    for url in ("/articles/nasty-%3Cscript%3E", "/search?q=pwned", "/people", "/"):
        page.goto(base_url + url)
        page.wait_for_load_state("load")
        # nothing from the data became an element
        assert page.locator("img").count() == 0
        assert page.locator("main b, main i").count() == 0
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.src || e.textContent)")
        assert all(s.endswith(".js") or "/static/app.js" in s for s in scripts), scripts
        assert page.evaluate("() => window.__pwned === undefined")
    page.goto(base_url + "/articles/nasty-%3Cscript%3E")
    assert "<script>alert(\"pwned-text\")</script>" in page.locator("article").inner_text()
    assert page.locator("a", has_text="original").count() == 0  # javascript: link dropped
    # pasted markup too
    page.goto(f"{base_url}/paste")
    page.fill("#paste-text", '<img src=x onerror="alert(1)">\n\n"<script>alert(2)</script>," said Ann Lee.')
    page.click("form.paste-form button")
    page.wait_for_selector(".paste-result", timeout=60_000)
    assert page.locator("img").count() == 0
    # the page fixture fails the test if any dialog fired


def test_error_page_and_server_still_up(page: Any, base_url: str) -> None:
    response = page.goto(f"{base_url}/articles/does-not-exist")
    assert response.status == 404 and "no article with id" in page.inner_text("main")
    response = page.goto(f"{base_url}/api/search?limit=abc")
    assert response.status == 422 and '"error"' in page.inner_text("body")
    assert page.goto(f"{base_url}/people").status == 200
