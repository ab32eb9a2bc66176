"""HTML pages -> article text and metadata, through trafilatura.

The article text is trafilatura's main-content extraction, with paragraphs joined by a blank
line (the engine reads blank lines as paragraph breaks). Offsets of everything saidwhat finds
index this text, which is what the store keeps; the HTML itself is not kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .base import Document, ReadFailure, ReadResult, replace_surrogates

# Fewer words than this is page furniture ("Home", a cookie banner), not an article.
MIN_ARTICLE_WORDS = 10

# trafilatura logs every page it cannot parse at WARNING; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    meta: dict[str, str]


def extract_html(page: bytes | str, *, url: str | None = None) -> HtmlArticle | str:
    """The article in an HTML page, or the reason there is none (a ``str``)."""
    import trafilatura  # heavy import, only for HTML input

    try:
        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return f"HTML could not be parsed: {type(exc).__name__}: {exc}"
    if found is None:
        return "no article text found in the HTML page"
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    raw = str(data.get("text") or "")
    paragraphs = [line.strip() for line in raw.splitlines() if line.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        return f"no article text found in the HTML page ({words} words of page text)"
    meta: dict[str, str] = {}
    for key, field_name in (("title", "title"), ("date", "date"), ("url", "url")):
        value = data.get(field_name)
        if value:
            meta[key] = str(value)
    outlet = data.get("sitename") or data.get("hostname")
    if outlet:
        meta["outlet"] = str(outlet)
    if url and "url" not in meta:
        meta["url"] = url
    text = replace_surrogates("\n\n".join(paragraphs))
    return HtmlArticle(text=text, meta={k: replace_surrogates(v) for k, v in meta.items()})


def read_html(path: Path) -> Iterator[ReadResult]:
    """An ``.html`` / ``.htm`` file is one article; its id is the file name without the extension."""
    try:
        page = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), exc.strerror or str(exc))
        return
    found = extract_html(page)
    if isinstance(found, str):
        yield ReadFailure(str(path), found)
        return
    yield Document(id=path.stem, text=found.text, meta=found.meta, source=str(path))
