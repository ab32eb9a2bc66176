"""saidwhat: who said what, in any pile of news.

    >>> import saidwhat
    >>> result = saidwhat.extract('"We are ready," the minister said.')
    >>> [(q.text, q.speaker.name) for q in result.quotes]

The package root imports no web or Spark code.
"""

from __future__ import annotations

from .api import extract, extract_many
from .core.errors import (
    GoldFormatError,
    InputError,
    ModelError,
    QueryError,
    SaidwhatError,
    StoreError,
    UnreadableFileError,
)
from .core.serialize import article_from_dict, article_to_dict
from .core.types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker

__version__ = "0.1.0"

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
    "__version__",
    "article_from_dict",
    "article_to_dict",
    "extract",
    "extract_many",
]
