"""Ingest: read inputs, extract what the store does not hold yet, store it in batches.

This is the orchestration above the store (``saidwhat.store`` never runs the engine): it
reads paths (files, folders, web archives, export folders), and hands the store the
``saidwhat.extract_many`` function to call on articles it has not stored yet. spaCy loads
only when there is something to extract.

    >>> from saidwhat.ingest import ingest_paths
    >>> summary = ingest_paths(["articles/"], "quotes.db")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .core.types import ArticleQuotes
from .readers.dispatch import read_paths, reader_for
from .store.db import QuoteStore
from .store.ingest import Progress
from .store.models import IngestSummary
from .store.rows import IngestItem


def extract_lazily(
    texts: Iterable[tuple[str | None, str]], *, batch_size: int = 16
) -> Iterator[ArticleQuotes]:
    """``saidwhat.extract_many``, imported (with spaCy) on the first call."""
    from .api import extract_many

    return extract_many(texts, batch_size=batch_size)


def ingest(
    store: QuoteStore,
    items: Iterable[IngestItem],
    *,
    progress: Progress | None = None,
    batch_size: int | None = None,
    extract_batch_size: int = 16,
) -> IngestSummary:
    """``QuoteStore.ingest`` with the engine: ``Document`` items are extracted here."""
    return store.ingest(
        items,
        progress=progress,
        batch_size=batch_size,
        extract_batch_size=extract_batch_size,
        extract=extract_lazily,
    )


def ingest_paths(
    paths: Iterable[str | Path],
    db: str | Path | QuoteStore,
    *,
    batch_size: int | None = None,
    progress: Progress | None = None,
    extract_batch_size: int = 16,
) -> IngestSummary:
    """Read ``paths`` (files, folders, Parquet export folders), extract and store them in ``db``."""
    store = db if isinstance(db, QuoteStore) else QuoteStore(db)
    try:
        return ingest(
            store,
            read_inputs(paths),
            progress=progress,
            batch_size=batch_size,
            extract_batch_size=extract_batch_size,
        )
    finally:
        if store is not db:
            store.close()


def read_inputs(paths: Iterable[str | Path]) -> Iterator[IngestItem]:
    """Like ``read_paths``, but a folder holding an export (``quotes`` and ``articles`` Parquet)
    is read as pre-extracted articles (docs/export-schema.md), straight into the store's rows."""
    from .store.parquet import is_export_dir, read_export_rows

    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir() and is_export_dir(path):
            yield from read_export_rows(path)
        else:
            yield from read_paths([raw])


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """A quick count of the articles in ``paths``, for a progress bar; None when unknown
    (standard input, web archives)."""
    from .store.parquet import count_export, is_export_dir

    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            if is_export_dir(path):
                found = count_export(path)
                if found is None:
                    return None
                total += found
                continue
            files = sorted(p for p in path.rglob("*") if p.is_file() and reader_for(p) is not None)
        else:
            files = [path]
        for file in files:
            name = file.name.lower()
            if name.endswith((".warc", ".warc.gz")):
                return None
            if name.endswith(".jsonl"):
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
