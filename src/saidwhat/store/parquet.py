"""Read an export folder (docs/export-schema.md) back as pre-extracted articles.

This is how the Spark job's output reaches the store: ``saidwhat ingest out/`` where ``out/``
holds ``articles`` and ``quotes`` (each a ``NAME.parquet`` file or a ``NAME/`` folder of part
files) and optionally ``article_people`` and the Spark job's ``errors`` (reported as failures).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..core.schema import meta_of, person_from_row, quote_from_row
from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure
from .db import IngestItem

REQUIRED = ("articles", "quotes")


def _table_path(folder: Path, name: str) -> Path | None:
    single = folder / f"{name}.parquet"
    if single.is_file():
        return single
    parts = folder / name
    if parts.is_dir() and any(parts.rglob("*.parquet")):
        return parts
    return None


def is_export_dir(folder: Path) -> bool:
    return all(_table_path(folder, name) is not None for name in REQUIRED)


def _read_table(path: Path) -> list[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is in the parquet extra
        raise ImportError("reading Parquet needs pyarrow: pip install 'saidwhat[parquet]'") from exc
    if path.is_dir():
        files = sorted(path.rglob("*.parquet"))
        rows: list[dict[str, Any]] = []
        for file in files:
            rows.extend(pq.read_table(file).to_pylist())
        return rows
    return list(pq.read_table(path).to_pylist())


def count_export(folder: Path) -> int | None:
    path = _table_path(folder, "articles")
    if path is None:
        return None
    try:
        import pyarrow.parquet as pq

        files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
        return sum(int(pq.ParquetFile(f).metadata.num_rows) for f in files)
    except Exception:
        return None


def read_export(folder: Path) -> Iterator[IngestItem]:
    """``(Document, ArticleQuotes)`` for every article in the export; a broken table or row is
    a ``ReadFailure``."""
    try:
        articles = _read_table(_table_path(folder, "articles"))  # type: ignore[arg-type]
        quote_rows = _read_table(_table_path(folder, "quotes"))  # type: ignore[arg-type]
        people_path = _table_path(folder, "article_people")
        people_rows = _read_table(people_path) if people_path else []
        errors_path = _table_path(folder, "errors")
        error_rows = _read_table(errors_path) if errors_path else []
    except Exception as exc:
        yield ReadFailure(
            str(folder), f"cannot read the Parquet export: {type(exc).__name__}: {exc}"
        )
        return
    for row in error_rows:  # articles the Spark job could not read or extract: report them
        source = row.get("source") or row.get("article_id") or str(folder)
        stage = f" ({row['stage']})" if row.get("stage") else ""
        yield ReadFailure(f"{source}{stage}", str(row.get("reason") or "failed in the Spark job"))
    quotes_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in quote_rows:
        quotes_by[str(row.get("article_id"))].append(row)
    people_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in people_rows:
        people_by[str(row.get("article_id"))].append(row)
    for row in articles:
        where = f"{folder}:{row.get('article_id')}"
        try:
            article_id = str(row["article_id"])
            text = row["text"]
            if not isinstance(text, str):
                raise ValueError('"text" is not a string')
            quotes = tuple(
                quote_from_row(q, text)
                for q in sorted(
                    quotes_by.get(article_id, []), key=lambda q: int(q.get("quote_index") or 0)
                )
            )
            people = tuple(
                person_from_row(p)
                for p in sorted(
                    people_by.get(article_id, []), key=lambda p: int(p.get("person_index") or 0)
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            yield ReadFailure(where, f"malformed export row: {type(exc).__name__}: {exc}")
            continue
        meta = meta_of(row)
        doc = Document(id=article_id, text=text, meta=meta, source=str(row.get("source") or where))
        yield (
            doc,
            ArticleQuotes(
                id=article_id,
                quotes=quotes,
                people=people,
                meta=meta,
                error=row.get("error"),
                language=row.get("language"),
            ),
        )
