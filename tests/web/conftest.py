"""Fixtures for the web tests: a small quote database built from hand-made results (no
model needed) and a TestClient over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from saidwhat.core.types import ArticleQuotes, Person, Quote, QuoteType, Span, Speaker

from .articles import DOCUMENTS, PASTE_TEXT

# Starlette nags about httpx once, when the test client is first imported; not our concern.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import fastapi.testclient  # noqa: F401


@pytest.fixture(scope="session")
def quotes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from saidwhat.store import QuoteStore

    path = tmp_path_factory.mktemp("web") / "quotes.db"
    with QuoteStore(path) as store:
        summary = store.ingest(DOCUMENTS)
    assert summary.ok and summary.added == len(DOCUMENTS), summary
    return path


def fake_extract(text: str, *, id: str | None = None) -> ArticleQuotes:
    """Stands in for the model in the paste tests: the first quotation, said by "Ruth Okafor"."""
    start = text.find('"')
    end = text.find('"', start + 1) + 1 if start != -1 else 0
    quotes: tuple[Quote, ...] = ()
    if start != -1 and end > start:
        who = text.find("Ruth Okafor")
        mention = Span(who, who + 11, "Ruth Okafor") if who != -1 else None
        quotes = (Quote(start, end, text[start:end], QuoteType.DIRECT,
                        Speaker("Ruth Okafor", mention), None, 0.8, "fake"),)
    return ArticleQuotes(id=id, quotes=quotes, people=(Person("Ruth Okafor", descriptors=("librarian",)),))


@pytest.fixture(scope="session")
def app(quotes_db: Path):  # type: ignore[no-untyped-def]
    from saidwhat.web import create_app

    return create_app(quotes_db, extractor=fake_extract)


@pytest.fixture()
def client(app) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def paste_text() -> str:
    return PASTE_TEXT
