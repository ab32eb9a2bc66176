"""saidwhat: who said what, in any pile of news.

    >>> import saidwhat
    >>> result = saidwhat.extract('"We are ready," the minister said.')
    >>> [(q.text, q.speaker.name) for q in result.quotes]

Importing the package is cheap: ``extract`` and ``extract_many`` load the pipeline (and
spaCy) on first use, so the store, the web app and the CLI's store commands start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

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

if _TYPE_CHECKING:
    from .api import extract, extract_many


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("saidwhat")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> _Any:
    """Load the pipeline only when ``extract`` or ``extract_many`` is first asked for, and
    read the version from the package metadata only when ``__version__`` is (the CLI starts
    faster without importlib.metadata)."""
    if name == "__version__":
        value = _package_version()
        globals()["__version__"] = value
        return value
    if name in ("extract", "extract_many"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
