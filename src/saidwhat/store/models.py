"""The values the quote store returns: frozen, slotted dataclasses.

``QuoteHit.snippet`` marks matched words with ``SNIPPET_START`` and ``SNIPPET_END`` (two
control characters that never occur in news text), so each front end can render them its own
way after escaping the text: bold on a terminal, ``<mark>`` on the web.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.types import ArticleQuotes, Span

SNIPPET_START = "\x02"
SNIPPET_END = "\x03"


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """One input (a file, a line, a WARC record, an article) that was not stored, and why."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0  # articles read (failures not included)
    added: int = 0  # new articles stored
    replaced: int = 0  # articles stored before under the same id whose text changed
    skipped: int = 0  # articles already stored with the same text
    failed: tuple[IngestFailure, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One stored statement with its article and its cross-article person."""

    quote_id: int
    article_id: str
    quote_index: int  # position in the article's result
    start: int
    end: int
    text: str
    type: str  # "direct", "mixed", "indirect"
    speaker_name: str | None  # as the article resolved it
    speaker_kind: str | None
    mention: Span | None
    cue: Span | None
    confidence: float
    rule: str
    carried_on: bool
    spans: tuple[Span, ...]
    group_id: int | None  # repeated-quote group
    person_id: int | None  # the cross-article person
    person_name: str | None
    article_title: str | None
    article_date: str | None
    article_outlet: str | None
    article_url: str | None
    rank: float | None = None  # bm25: lower is better; None when no text query
    snippet: str = ""  # the quote text with matches marked (see module docstring)


@dataclass(frozen=True, slots=True)
class SearchPage:
    total: int  # matches in all, not just this page (counted up to a cap: ``total_exact``)
    items: tuple[QuoteHit, ...]
    limit: int
    offset: int
    next_cursor: str | None = None  # pass as ``after`` for the next page; None on the last
    total_exact: bool = True  # False: there are more than ``total - 1`` matches


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    text: str
    text_hash: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    source: str | None
    result: ArticleQuotes  # the engine's output as stored; every offset indexes ``text``


@dataclass(frozen=True, slots=True)
class PersonSummary:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    quote_count: int
    article_count: int


@dataclass(frozen=True, slots=True)
class PeoplePage:
    total: int
    items: tuple[PersonSummary, ...]
    limit: int
    offset: int
    next_cursor: str | None = None  # pass as ``after`` for the next page; None on the last


@dataclass(frozen=True, slots=True)
class PersonDetail:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    quote_count: int
    article_count: int
    by_month: tuple[tuple[str, int], ...]  # ("2018-12", quotes) in date order; "unknown" last
    outlets: tuple[tuple[str, int], ...]  # (outlet, quotes), most first
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement repeated across articles: its occurrences, outlets and speakers."""

    id: int
    text: str  # the longest occurrence
    quote_count: int
    outlet_count: int
    outlets: tuple[str, ...]
    speakers: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    quotes: tuple[QuoteHit, ...]  # every occurrence, oldest first
