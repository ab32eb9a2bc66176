"""extract(doc) -> ArticleQuotes: the pure heart of saidwhat. A Doc in, values out."""

from __future__ import annotations

from spacy.tokens import Doc

from .types import ArticleQuotes


def extract(doc: Doc, *, id: str | None = None) -> ArticleQuotes:
    """Every attributed statement in a parsed article, with its speaker resolved."""
    return ArticleQuotes(id=id)
