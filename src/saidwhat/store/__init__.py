"""The quote store: SQLite (WAL, FTS5) holding articles, quotes, people across articles and
repeated quotes.

The store imports no spaCy: ``saidwhat.ingest`` reads and extracts articles and writes them
here.

    >>> from saidwhat.ingest import ingest_paths
    >>> summary = ingest_paths(["articles/"], "quotes.db")
    >>> from saidwhat.store import QuoteStore
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     hits = store.search("alliances", speaker="Mattis").items
"""

from __future__ import annotations

from ..core.schema import text_hash
from .db import QuoteStore
from .export import FORMATS as EXPORT_FORMATS
from .export import export_store
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
from .rows import normalise_date

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
    "export_store",
    "normalise_date",
    "text_hash",
]
