"""The quote store: SQLite (WAL, FTS5) holding articles, quotes, people across articles and
repeated quotes.

    >>> from saidwhat.store import QuoteStore, ingest_paths
    >>> summary = ingest_paths(["articles/"], "quotes.db")
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     hits = store.search("alliances", speaker="Mattis").items
"""

from __future__ import annotations

from .db import QuoteStore, normalise_date, text_hash
from .export import FORMATS as EXPORT_FORMATS
from .ingest import count_articles, ingest_paths, read_inputs
from .models import (
    SNIPPET_END,
    SNIPPET_START,
    IngestFailure,
    IngestSummary,
    PeoplePage,
    PersonDetail,
    PersonSummary,
    QuoteGroup,
    QuoteHit,
    SearchPage,
    StoredArticle,
)

__all__ = [
    "EXPORT_FORMATS",
    "SNIPPET_END",
    "SNIPPET_START",
    "IngestFailure",
    "IngestSummary",
    "PeoplePage",
    "PersonDetail",
    "PersonSummary",
    "QuoteGroup",
    "QuoteHit",
    "QuoteStore",
    "SearchPage",
    "StoredArticle",
    "count_articles",
    "ingest_paths",
    "normalise_date",
    "read_inputs",
    "text_hash",
]
