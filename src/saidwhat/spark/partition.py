"""What runs on each executor: documents in, result rows out. Pure Python, no pyspark.

The model is loaded once per Python worker (``saidwhat.nlp.engine_model`` caches it), so at
most once per partition. A record that fails, even one that breaks a whole spaCy batch,
becomes an error row; the partition goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure
from .records import ARTICLE_COLUMNS, article_row, person_rows, quote_rows, read_file_bytes

# A document between the read and extract stages: plain tuples pickle small and fast.
#   ("doc", id, text, meta, source)  or  ("error", source, reason)
Item = tuple[Any, ...]

# One row per input record: an article (``is_article``) with its quotes and people nested,
# and/or an error (``stage`` set). An article whose extraction failed is both.
RESULT_FIELDS = (*ARTICLE_COLUMNS, "is_article", "stage", "reason", "quotes", "people")


def read_items(path_and_bytes: tuple[str, bytes]) -> Iterator[Item]:
    """``binaryFiles`` record -> one item per article (or per unreadable record)."""
    path, data = path_and_bytes
    try:
        for result in read_file_bytes(path, bytes(data)):
            if isinstance(result, Document):
                yield ("doc", result.id, result.text, dict(result.meta), result.source)
            else:
                assert isinstance(result, ReadFailure)
                yield ("error", result.source, result.reason)
    except Exception as exc:  # a reader bug on one file must not end the job
        yield ("error", path, f"{type(exc).__name__}: {exc}")


def _error_result(
    source: str, reason: str, stage: str, article_id: str | None = None
) -> dict[str, Any]:
    row = dict.fromkeys(RESULT_FIELDS)
    row.update(source=source, article_id=article_id, stage=stage, reason=reason)
    row.update(is_article=False, quotes=[], people=[])
    return row


def _article_result(
    article: ArticleQuotes, text: str, source: str, meta: dict[str, str]
) -> dict[str, Any]:
    row = dict.fromkeys(RESULT_FIELDS)
    row.update(article_row(article, text, source, meta))
    row["is_article"] = True
    row["quotes"] = quote_rows(article, meta)
    row["people"] = person_rows(article)
    if article.error:
        row.update(stage="extract", reason=article.error)
    return row


def _extract_batch(docs: list[Item], batch_size: int) -> list[ArticleQuotes | BaseException]:
    from ..api import extract_many

    try:
        return list(extract_many([(d[1], d[2]) for d in docs], batch_size=batch_size))
    except Exception:
        if len(docs) == 1:
            raise
    # Something in the batch broke spaCy itself: redo one by one to find the culprit.
    out: list[ArticleQuotes | BaseException] = []
    for doc in docs:
        try:
            out.extend(extract_many([(doc[1], doc[2])], batch_size=1))
        except Exception as exc:
            out.append(exc)
    return out


def extract_partition(items: Iterable[Item], batch_size: int = 16) -> Iterator[dict[str, Any]]:
    """One result row per item: an article with its quotes and people, or an error."""
    pending: list[Item] = []

    def flush() -> Iterator[dict[str, Any]]:
        try:
            results = _extract_batch(pending, batch_size)
        except Exception as exc:
            results = [exc]
        for doc, result in zip(pending, results, strict=True):
            _, doc_id, text, meta, source = doc
            if isinstance(result, BaseException):
                error = f"{type(result).__name__}: {result}"
                result = ArticleQuotes(id=doc_id, error=error)
            yield _article_result(replace(result, meta=meta), text, source, meta)
        pending.clear()

    for item in items:
        if item[0] == "error":
            yield _error_result(item[1], item[2], "read")
            continue
        pending.append(item)
        if len(pending) >= batch_size * 4:
            yield from flush()
    if pending:
        yield from flush()


__all__ = ["RESULT_FIELDS", "extract_partition", "read_items"]
