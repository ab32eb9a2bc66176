"""Pure record handling for the Spark job: file bytes -> documents, results -> flat rows.

Nothing here imports pyspark, so the same functions run (and are tested) on one machine,
and the Parquet rows turn back into ``ArticleQuotes`` with ``articles_from_rows``.

The rows follow the store's export schema, version 1 (docs/export-schema.md): tables
``articles``, ``quotes`` and ``article_people``, column for column, so ``saidwhat ingest``
takes the job's output folder as pre-extracted input. The job adds one table of its own:

    errors    one row per record that could not be read or extracted:
              source, article_id (or null), stage ("read" | "extract"), reason
"""

from __future__ import annotations

import gzip
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from ..core.schema import (
    ARTICLE_META,
    article_row,
    columns,
    meta_of,
    person_from_row,
    person_rows,
    quote_from_row,
    quote_rows,
    text_hash,
)
from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure, ReadResult

# Suffixes the job reads; checked longest first.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT_SUFFIXES = (".txt",)

# Column order exactly as docs/export-schema.md lists it: declared in core/schema.py.
ARTICLE_FIELDS = ARTICLE_META
ARTICLE_COLUMNS = columns("articles")
QUOTE_COLUMNS = columns("quotes")
PERSON_COLUMNS = columns("article_people")
ERROR_COLUMNS = ("source", "article_id", "stage", "reason")

__all__ = [
    "ARTICLE_COLUMNS",
    "ERROR_COLUMNS",
    "PERSON_COLUMNS",
    "QUOTE_COLUMNS",
    "article_row",
    "articles_from_rows",
    "error_row",
    "file_stem",
    "person_rows",
    "quote_rows",
    "read_file_bytes",
    "text_hash",
]


# --- reading -------------------------------------------------------------------------------


def file_stem(path: str) -> str:
    """``hdfs://nn/x/news-01.jsonl.gz`` -> ``news-01``: the default id prefix, as the local readers use."""
    name = PurePosixPath(urlparse(path).path or path).name
    for suffix in sorted(JSONL_SUFFIXES + WARC_SUFFIXES + TEXT_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return PurePosixPath(name).stem


def read_file_bytes(path: str, data: bytes) -> Iterator[ReadResult]:
    """Every article in one input file, read from its bytes; a bad record is a ``ReadFailure``.

    Each format goes through the same reader as ``saidwhat extract``, so ids, metadata and
    texts match the single-machine run record for record.
    """
    name = path.lower()
    if name.endswith(WARC_SUFFIXES):  # warcio reads gzip members itself
        yield from _read_warc(path, data)
        return
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ReadFailure(path, f"not a readable gzip file: {exc}")
            return
    if name.endswith(JSONL_SUFFIXES):
        from ..readers.text import _jsonl_lines  # the one JSONL record parser

        yield from _jsonl_lines(iter(data.splitlines()), path, default_id=file_stem(path))
    elif name.endswith(TEXT_SUFFIXES):
        from ..readers.text import decode_bytes

        try:
            text = decode_bytes(data)
        except ValueError as exc:
            yield ReadFailure(path, str(exc))
            return
        yield Document(id=file_stem(path), text=text, source=path)
    else:
        known = ", ".join(JSONL_SUFFIXES + WARC_SUFFIXES + TEXT_SUFFIXES)
        yield ReadFailure(path, f"unsupported file type (expected one of {known})")


def _read_warc(path: str, data: bytes) -> Iterator[ReadResult]:
    """WARC through the project's own reader (warcio + the trafilatura HTML reader).

    That reader takes a local path (it checks the archive's size to detect damage), so the
    bytes go to a temporary file; sources name the original path again.
    """
    try:
        from ..readers.warc import read_warc
    except ImportError:
        yield ReadFailure(path, "WARC input needs saidwhat.readers.warc, which this install lacks")
        return
    suffix = next(
        s for s in sorted(WARC_SUFFIXES, key=len, reverse=True) if path.lower().endswith(s)
    )
    with tempfile.TemporaryDirectory(prefix="saidwhat-warc-") as folder:
        local = Path(folder) / ("input" + suffix)
        local.write_bytes(data)
        for result in read_warc(local):
            if isinstance(result, Document):
                yield replace(result, source=result.source.replace(str(local), path, 1))
            else:
                yield ReadFailure(result.source.replace(str(local), path, 1), result.reason)


# --- results -> rows: core/schema.py (article_row, quote_rows, person_rows) ---------------


def error_row(
    source: str, reason: str, *, article_id: str | None = None, stage: str
) -> dict[str, Any]:
    return {"source": source, "article_id": article_id, "stage": stage, "reason": reason}


# --- rows -> results -----------------------------------------------------------------------


def articles_from_rows(
    quotes: Iterable[dict[str, Any]],
    people: Iterable[dict[str, Any]],
    articles: Iterable[dict[str, Any]] = (),
) -> Iterator[ArticleQuotes]:
    """Rebuild ``ArticleQuotes`` from export rows (the inverse of the ``*_rows`` functions).

    Articles come out in ``article_id`` order; quotes and people in their index order.
    """
    by_id: dict[str | None, dict[str, Any]] = {}

    def record(article_id: str | None) -> dict[str, Any]:
        return by_id.setdefault(
            article_id, {"quotes": [], "people": [], "meta": {}, "error": None, "language": None}
        )

    for row in articles:
        rec = record(row["article_id"])
        rec["meta"] = meta_of(row)
        rec["error"] = row.get("error")
        rec["language"] = row.get("language")
    for row in quotes:
        record(row["article_id"])["quotes"].append((int(row["quote_index"]), quote_from_row(row)))
    for row in people:
        record(row["article_id"])["people"].append((int(row["person_index"]), person_from_row(row)))
    for article_id in sorted(by_id, key=lambda k: (k is None, k or "")):
        rec = by_id[article_id]
        yield ArticleQuotes(
            id=article_id,
            quotes=tuple(q for _, q in sorted(rec["quotes"], key=lambda pair: pair[0])),
            people=tuple(p for _, p in sorted(rec["people"], key=lambda pair: pair[0])),
            meta=rec["meta"],
            error=rec["error"],
            language=rec["language"],
        )
