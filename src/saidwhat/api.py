"""The Python API: text in, ``ArticleQuotes`` out.

One process runs ``pipeline.py``; ``workers > 1`` runs it in a pool (``parallel.py``). The
chunking helpers are re-exported here for callers of version 0.1.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from .core.errors import InputError
from .core.types import ArticleQuotes
from .parallel import extract_parallel
from .pipeline import (
    CHUNK_CHARS,
    clean_text,
    extract_batch,
    merge,
    remap_spans,
    reslice,
    shift,
    split_long_text,
)

__all__ = [
    "CHUNK_CHARS",
    "clean_text",
    "extract",
    "extract_many",
    "merge",
    "remap_spans",
    "reslice",
    "shift",
    "split_long_text",
]


def extract(
    text: str,
    *,
    id: str | None = None,
    fast: bool | None = None,
    any_language: bool = False,
    acts: Collection[str] | None = None,
) -> ArticleQuotes:
    """Every attributed statement in ``text``, with its speaker resolved.

    ``result.language`` is the detected language; a text detected as another language
    than English yields no statements and no people unless ``any_language=True``.
    ``acts``: the kinds of act to output (``Quote.act``); by default what was said or
    written, ``ALL_ACTS`` adds the thoughts and findings the article attributes.
    Raises ``InputError`` when ``text`` is not a ``str`` (decode bytes first).
    """
    if not isinstance(text, str):
        raise InputError(f"article text must be str, got {type(text).__name__}; decode bytes first")
    return next(extract_many([(id, text)], fast=fast, any_language=any_language, acts=acts))


def extract_many(
    texts: Iterable[str | tuple[str | None, str]],
    *,
    batch_size: int = 16,
    workers: int = 1,
    fast: bool | None = None,
    any_language: bool = False,
    acts: Collection[str] | None = None,
) -> Iterator[ArticleQuotes]:
    """Extract from many articles through ``nlp.pipe``; yields one result per input, in order.

    Items are plain strings or ``(id, text)`` pairs. An article that fails is returned
    with ``error`` set and no quotes; the batch goes on. ``workers > 1`` spreads the work
    over that many processes (``parallel.py``); ``fast`` picks the pipeline (``nlp.py``);
    ``any_language`` reads articles detected as another language than English too;
    ``acts`` as for ``extract``.
    """
    items = (_as_pair(t) for t in texts)
    if workers > 1:
        yield from extract_parallel(
            items,
            workers=workers,
            batch_size=batch_size,
            fast=fast,
            any_language=any_language,
            acts=acts,
        )
    else:
        yield from extract_batch(
            items, batch_size=batch_size, fast=fast, any_language=any_language, acts=acts
        )


def _as_pair(item: str | tuple[str | None, str]) -> tuple[str | None, str]:
    if isinstance(item, tuple):
        return item[0], item[1]
    return None, item
