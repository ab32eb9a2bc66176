"""The pure core: spaCy ``Doc`` in, typed values out. No I/O, no adapters.

This package module loads the domain types and errors only, so they import without spaCy;
the engine is ``saidwhat.core.extract.extract`` (``saidwhat.extract`` adds the model).
"""

from __future__ import annotations

from .errors import (
    GoldFormatError,
    InputError,
    ModelError,
    QueryError,
    SaidwhatError,
    StoreError,
    UnreadableFileError,
)
from .types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker

__all__ = [
    "ArticleQuotes",
    "GoldFormatError",
    "InputError",
    "ModelError",
    "Person",
    "PersonKind",
    "QueryError",
    "Quote",
    "QuoteType",
    "SaidwhatError",
    "Speaker",
    "Span",
    "StoreError",
    "UnreadableFileError",
]
