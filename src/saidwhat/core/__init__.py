"""The pure core: spaCy ``Doc`` in, typed values out. No I/O, no adapters."""

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
from .extract import extract
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
    "extract",
]
