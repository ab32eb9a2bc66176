"""The one query path: every HTML page and every JSON endpoint calls these functions.

They check the parameters, ask the store (or the extractor) and return values; the views
only choose between a template and JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.types import ArticleQuotes, QuoteType
from .chart import month_chart
from .errors import MAX_PASTE_CHARS, WebError, not_found, too_large
from .render import RenderedArticle, render_article, speaker_hue

if TYPE_CHECKING:
    from markupsafe import Markup

    from ..store import QuoteStore

MAX_LIMIT = 100
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
QUOTE_TYPES = tuple(t.value for t in QuoteType)


@dataclass(frozen=True, slots=True)
class SearchParams:
    """A search as the user asked for it; empty strings mean "not set"."""

    q: str = ""
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    raw: bool = False
    limit: int = 20
    offset: int = 0
    note: str | None = None  # what was cut from an over-long query
    after: str | None = None  # the cursor of the page before (the store's ``next_cursor``)

    @property
    def has_filters(self) -> bool:
        return any((self.speaker, self.outlet, self.since, self.until, self.type))

    @property
    def is_empty(self) -> bool:
        return not self.q.strip() and not self.has_filters


def _blank(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _check_page(limit: int, offset: int) -> None:
    from ..store.query import MAX_OFFSET

    if not 1 <= limit <= MAX_LIMIT:
        raise WebError(422, f"limit: must be between 1 and {MAX_LIMIT}, got {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise WebError(422, f"offset: must be between 0 and {MAX_OFFSET:,}, got {offset}")


def search_params(
    q: str | None = None,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    raw: bool = False,
    limit: int = 20,
    offset: int = 0,
    after: str | None = None,
) -> SearchParams:
    """Clean and check search parameters (shared by ``/`` and ``/api/search``)."""
    from ..store.query import bound_query, check_name

    bounded = bound_query(q, raw=raw)
    speaker, outlet = check_name(speaker, "speaker"), check_name(outlet, "outlet")
    since, until, kind = _blank(since), _blank(until), _blank(type)
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.fullmatch(value):
            raise WebError(422, f"{name}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    if kind is not None and kind not in QUOTE_TYPES:
        raise WebError(422, f"type: expected one of {', '.join(QUOTE_TYPES)}, got {kind!r}")
    _check_page(limit, offset)
    return SearchParams(
        q=bounded.text,
        speaker=speaker,
        outlet=outlet,
        since=since,
        until=until,
        type=kind,
        raw=raw,
        limit=limit,
        offset=offset,
        note=bounded.note,
        after=_blank(after),
    )


def search(store: QuoteStore, params: SearchParams) -> Any:
    """A page of quotes (``SearchPage``) for the search, best match first."""
    return store.search(
        params.q,
        speaker=params.speaker,
        outlet=params.outlet,
        since=params.since,
        until=params.until,
        type=params.type,
        raw=params.raw,
        limit=params.limit,
        offset=params.offset,
        after=params.after,
    )


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article with its rendering."""

    article: Any  # StoredArticle
    rendered: RenderedArticle


def article(store: QuoteStore, article_id: str) -> ArticleView:
    stored = store.article(article_id)
    if stored is None:
        raise not_found(f"no article with id {article_id!r}")
    return ArticleView(stored, render_article(stored.text, stored.result))


def people(
    store: QuoteStore,
    query: str | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    after: str | None = None,
) -> Any:
    """A page of people (``PeoplePage``), most quoted first."""
    from ..store.query import MAX_NAME_CHARS, check_text

    _check_page(limit, offset)
    if query is not None:
        query = check_text(query, "people query", MAX_NAME_CHARS)
    return store.people(_blank(query), limit=limit, offset=offset, after=_blank(after))


@dataclass(frozen=True, slots=True)
class PersonView:
    person: Any  # PersonDetail
    quotes: Any  # SearchPage, newest first
    hue: int

    @property
    def chart(self) -> Markup:
        return month_chart(getattr(self.person, "by_month", ()) or (), hue=self.hue)


def person_ref(value: str) -> int | str:
    """``/people/12`` means id 12; anything else is a name (with a letter or digit in it)."""
    from ..store.query import MAX_OFFSET, check_name

    value = value.strip()
    if value.isdigit():
        if len(value) > 12 or int(value) > MAX_OFFSET:
            raise not_found(f"no person #{value[:20]} in this database")
        return int(value)
    return check_name(value, "person name") or value


def person(
    store: QuoteStore,
    ref: int | str,
    *,
    limit: int = 20,
    offset: int = 0,
    after: str | None = None,
) -> PersonView:
    _check_page(limit, offset)
    detail = store.person(ref)
    if detail is None:
        raise not_found(f"no person {ref!r} in this database")
    quotes = store.person_quotes(detail.id, limit=limit, offset=offset, after=_blank(after))
    return PersonView(detail, quotes, speaker_hue(detail.name))


@dataclass(frozen=True, slots=True)
class PasteView:
    text: str
    result: ArticleQuotes
    rendered: RenderedArticle


def check_paste(text: str) -> str:
    if len(text) > MAX_PASTE_CHARS:
        raise too_large(len(text))
    if not text.strip():
        raise WebError(422, "text: paste the text of an article first; it is empty")
    return text


def extract(text: str, extractor: Callable[..., ArticleQuotes], *, id: str | None = None) -> PasteView:
    """Extract from pasted text, without storing it, as ``saidwhat extract`` does."""
    from ..readers.base import replace_surrogates

    text = replace_surrogates(check_paste(text))  # as the readers do: one for one
    result = extractor(text, id=id)
    return PasteView(text, result, render_article(text, result))
