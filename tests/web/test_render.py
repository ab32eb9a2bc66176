"""The article rendering: escaped, properly nested, every statement and person shown."""

from __future__ import annotations

import re

import pytest

from saidwhat.core.types import ArticleQuotes, Person, Quote, QuoteType, Span, Speaker
from saidwhat.web.chart import fill_months, month_chart
from saidwhat.web.render import assign_hues, render_article, speaker_hue

from .articles import BRIDGE, BRIDGE_TEXT, NASTY, NASTY_TEXT
from .htmlcheck import check


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def visible_paragraphs(html: str) -> list[str]:
    check(html)
    # Every <p> is closed at its paragraph's end, so splitting the markup on </p> is safe.
    return ["".join(check(chunk + "</p>").text) for chunk in html.split("</p>")[:-1]]


def test_every_statement_is_highlighted_in_its_speakers_colour() -> None:
    rendered = render_article(BRIDGE_TEXT, BRIDGE)
    html = str(rendered.html)
    checker = check(html)
    marks = [attrs for tag, attrs in checker.tags if tag == "mark"]
    firsts = [m for m in marks if m.get("tabindex") == "0"]
    assert len(firsts) == len(BRIDGE.quotes) == 6
    lindqvist = speaker_hue("Ana Lindqvist")
    by_speaker = {m["data-speaker"]: m.get("style") for m in firsts}
    assert by_speaker["Ana Lindqvist"] == f"--hue:{assign_hues(['Ana Lindqvist', 'Marcus Obi'])['Ana Lindqvist']}"
    assert lindqvist in {int(m["style"].split(":")[1]) for m in firsts if m.get("style")}
    assert "unattributed" in by_speaker and by_speaker["unattributed"] is None
    # the popover text says who, the rule and the confidence
    tip = firsts[0]["data-tip"]
    assert "Ana Lindqvist" in tip and "indirect:verb" in tip and "0.90" in tip
    assert "No named source" in [m for m in firsts if m["data-speaker"] == "unattributed"][0]["data-tip"]
    assert rendered.unattributed == 1


def test_cue_and_mention_are_marked_once() -> None:
    html = str(render_article(BRIDGE_TEXT, BRIDGE).html)
    checker = check(html)
    classes = [attrs.get("class") for tag, attrs in checker.tags if tag == "span"]
    # Obi's two statements share one mention: it is drawn once.
    assert classes.count("mention") == 4
    assert classes.count("cue") == 6
    assert '<span class="cue">called</span>' in html


def test_text_survives_rendering_exactly() -> None:
    html = str(render_article(BRIDGE_TEXT, BRIDGE).html)
    assert visible_paragraphs(html) == paragraphs(BRIDGE_TEXT)


def test_markup_in_text_and_names_is_escaped() -> None:
    html = str(render_article(NASTY_TEXT, NASTY).html)
    checker = check(html)
    assert not any(tag in ("script", "img", "b") for tag, _ in checker.tags)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert visible_paragraphs(html) == paragraphs(NASTY_TEXT)


def _quote(text: str, words: str, speaker: str | None, mention: str | None = None,
           after: str = "", pieces: tuple[str, ...] = ()) -> Quote:
    start = text.index(words, text.index(after) if after else 0)
    m = None
    if mention:
        ms = text.index(mention)
        m = Span(ms, ms + len(mention), mention)
    spans = []
    for piece in pieces:
        ps = text.index(piece)
        spans.append(Span(ps, ps + len(piece), piece))
    return Quote(start, start + len(words), words, QuoteType.DIRECT,
                 Speaker(speaker, m) if speaker else None, None, 0.5, "r", tuple(spans))


OVERLAP_TEXT = 'A "b "c d" e" f said Gil.\nNext "h i\nj k" said Ida, and Jo said l m n o.'


@pytest.mark.parametrize(
    "quotes",
    [
        # a quote inside another quote
        [_quote(OVERLAP_TEXT, '"b "c d" e"', "Gil"), _quote(OVERLAP_TEXT, '"c d"', "Ida")],
        # a mention inside another statement
        [_quote(OVERLAP_TEXT, "Next \"h i", "Ida", mention="Gil"),
         _quote(OVERLAP_TEXT, 'A "b "c d" e" f said Gil', "Jo", mention="Gil")],
        # two statements that cross each other, and one that crosses a paragraph break
        [_quote(OVERLAP_TEXT, '"b "c d"', "Gil"), _quote(OVERLAP_TEXT, '"c d" e" f', "Ida"),
         _quote(OVERLAP_TEXT, '"h i\nj k"', "Ida", mention="Ida")],
        # interrupted quote in pieces; an empty and an out-of-range span are ignored
        [_quote(OVERLAP_TEXT, '"h i\nj k" said Ida', "Ida", pieces=('"h i', 'j k"')),
         Quote(3, 3, "", QuoteType.DIRECT, None, None, 0.1, "r"),
         Quote(60, 999, "x", QuoteType.DIRECT, None, None, 0.1, "r")],
    ],
    ids=["nested", "mention-inside", "crossing", "pieces"],
)
def test_overlapping_spans_nest_properly(quotes: list[Quote]) -> None:
    result = ArticleQuotes("o", quotes=tuple(quotes), people=(Person("Gil"), Person("Ida")))
    html = str(render_article(OVERLAP_TEXT, result).html)
    assert visible_paragraphs(html) == paragraphs(OVERLAP_TEXT)
    focusable = re.findall(r'tabindex="0"', html)
    assert len(focusable) == sum(1 for q in quotes if q.end > q.start and q.end <= len(OVERLAP_TEXT))


def test_side_panel_lists_people_with_aliases_and_counts() -> None:
    people = render_article(BRIDGE_TEXT, BRIDGE).people
    assert [(p.name, p.statements) for p in people] == [("Ana Lindqvist", 2), ("Marcus Obi", 2), ("Some residents", 1)]
    assert people[2].kind == "group"  # a speaker outside the people list keeps the kind its statements give
    assert people[0].aliases == ("Lindqvist", "Mayor Ana Lindqvist")
    assert people[0].descriptors == ("the mayor",)


def test_colours_are_stable_and_distinct_within_an_article() -> None:
    assert speaker_hue("Ana Lindqvist") == speaker_hue("ana lindqvist")
    names = [f"Person {i}" for i in range(10)]
    hues = assign_hues(names)
    assert len(set(hues.values())) == 10
    assert hues == assign_hues(reversed(names))


@pytest.mark.parametrize("count", [2, 3, 4, 5])
def test_speakers_of_one_article_get_colours_that_look_apart(count: int) -> None:
    for offset in range(0, 40, count):
        names = [f"Speaker {offset + i}" for i in range(count)]
        hues = sorted(assign_hues(names).values())
        gaps = [min(abs(a - b) % 360, 360 - abs(a - b) % 360) for a in hues for b in hues if a != b]
        assert len(set(hues)) == count and min(gaps) >= 35, (names, hues)


def test_month_chart_fills_gaps_and_escapes() -> None:
    assert fill_months([("2024-01", 2), ("2024-03", 1), ("unknown", 4)]) == [
        ("2024-01", 2), ("2024-02", 0), ("2024-03", 1)]
    svg = str(month_chart([("2024-01", 2), ("2024-03", 1)]))
    assert svg.startswith("<svg") and svg.count("<rect") == 3
    check(svg)
    assert str(month_chart([("unknown", 3)])) == ""
