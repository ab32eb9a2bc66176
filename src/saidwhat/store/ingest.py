"""The store's write path: skip what is stored, extract the rest, commit in batches.

The store never runs the engine itself: a caller that hands it ``Document`` objects passes
the ``extract`` function too (``saidwhat.ingest`` passes ``saidwhat.extract_many``), so this
package imports no spaCy. ``saidwhat.ingest`` reads paths and calls this.

Idempotent and crash-safe:

- An article is known by its id and the sha256 of its text. The same id with the same text
  is skipped; the same text under another id from the same outlet is skipped too (a file
  read twice under two names). The same id with changed text replaces the old version and
  its quotes.
- Articles are written ``batch_size`` at a time, each batch in one transaction. A process
  killed at any moment leaves whole batches or nothing; run ingest again and it skips what
  was committed and does the rest.
- An article the engine fails on is reported and not stored, so a later run tries it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol, TypeAlias

from ..core.errors import StoreError
from ..core.schema import text_hash
from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure
from .models import IngestFailure, IngestSummary
from .rows import ArticleRows, IngestItem, article_rows

if TYPE_CHECKING:
    from .db import QuoteStore

Progress = Callable[[int], None]
# Articles per transaction: few where each waits for the engine (a kill loses little work),
# many where they come extracted (an export folder): the full-text index takes each
# transaction's statements as one new segment, and fewer, larger ones cost less to merge;
# and an index page that many articles touch is written to the log once a transaction
# (2,000 rather than 1,000: 10% less time a folder at a million statements; more gains
# little, benchmarks/RESULTS.md "store-scale").
EXTRACT_BATCH = 64
ROWS_BATCH = 2000
# An item to store: a text to extract, engine output, or rows read from an export.
Pending: TypeAlias = "Document | tuple[Document, ArticleQuotes] | ArticleRows"


class Extractor(Protocol):
    """What the store calls to extract articles: ``saidwhat.extract_many`` fits."""

    def __call__(
        self, texts: Iterable[tuple[str | None, str]], *, batch_size: int = ...
    ) -> Iterable[ArticleQuotes]: ...


@dataclass(slots=True)
class _Tally:
    read: int = 0
    added: int = 0
    replaced: int = 0
    skipped: int = 0

    def summary(self, failed: list[IngestFailure]) -> IngestSummary:
        return IngestSummary(self.read, self.added, self.replaced, self.skipped, tuple(failed))


def ingest_items(
    store: QuoteStore,
    items: Iterable[IngestItem],
    *,
    progress: Progress | None = None,
    batch_size: int | None = None,
    extract_batch_size: int = 16,
    extract: Extractor | None = None,
) -> IngestSummary:
    """Store ``items``; see the module's docstring. ``batch_size`` articles are committed
    together; by default ``EXTRACT_BATCH`` when some need the engine, else ``ROWS_BATCH``."""
    tally = _Tally()
    failed: list[IngestFailure] = []
    tick = progress or (lambda n: None)
    seen: dict[str, str] = {}  # id -> text hash, in this run
    seen_texts: set[tuple[str, str | None]] = set()

    def planned() -> Iterator[Pending]:
        for item in items:
            if isinstance(item, ReadFailure):
                failed.append(IngestFailure(item.source, item.reason))
                tick(1)
                continue
            tally.read += 1
            if isinstance(item, ArticleRows):
                article_id, digest, outlet = item.id, item.text_hash, item.outlet
            else:
                doc = item[0] if isinstance(item, tuple) else item
                article_id, digest, outlet = doc.id, text_hash(doc.text), doc.meta.get("outlet")
            if seen.get(article_id, digest) != digest:
                # Two inputs with one id ("article.txt" in two folders): keep both, stably.
                article_id = f"{article_id}~{digest[:8]}"
                item = _renamed(item, article_id)
            if article_id in seen or (digest, outlet) in seen_texts:
                tally.skipped += 1  # the very same article twice in one run
                tick(1)
                continue
            seen[article_id] = digest
            seen_texts.add((digest, outlet))
            stored = store.stored_hash(article_id)
            if stored is not None and stored[0] == digest:
                tally.skipped += 1
                tick(1)
                continue
            if stored is None and store.id_with_text(digest, outlet) is not None:
                tally.skipped += 1
                tick(1)
                continue
            yield item

    batch: list[Pending] = []
    extracting = False
    for entry in planned():
        batch.append(entry)
        extracting = extracting or isinstance(entry, Document)
        if len(batch) >= (batch_size or (EXTRACT_BATCH if extracting else ROWS_BATCH)):
            _write_batch(store, batch, tally, failed, tick, extract, extract_batch_size)
            batch, extracting = [], False
    if batch:
        _write_batch(store, batch, tally, failed, tick, extract, extract_batch_size)
    return tally.summary(failed)


def _renamed(item: Pending, article_id: str) -> Pending:
    if isinstance(item, tuple):
        doc, result = item
        return Document(article_id, doc.text, doc.meta, doc.source), result
    if isinstance(item, Document):
        return Document(article_id, item.text, item.meta, item.source)
    return replace(item, id=article_id)


def _write_batch(
    store: QuoteStore,
    batch: Sequence[Pending],
    tally: _Tally,
    failed: list[IngestFailure],
    tick: Progress,
    extract: Extractor | None,
    extract_batch_size: int,
) -> None:
    todo = [item for item in batch if isinstance(item, Document)]
    extracted: dict[int, ArticleQuotes] = {}
    if todo:
        if extract is None:
            raise StoreError(
                "the store was given articles to extract but no extract function; "
                "use saidwhat.ingest.ingest() or pass extract=saidwhat.extract_many"
            )
        for doc, result in zip(
            todo,
            extract(((d.id, d.text) for d in todo), batch_size=extract_batch_size),
            strict=True,
        ):
            extracted[id(doc)] = result
    ready: list[ArticleRows] = []
    for item in batch:
        if isinstance(item, ArticleRows):
            rows, source = item, item.source or item.id
        else:
            doc, result = item if isinstance(item, tuple) else (item, extracted[id(item)])
            rows, source = article_rows(doc, result), doc.source or doc.id
        if rows.error:
            failed.append(IngestFailure(source, f"extraction failed: {rows.error}"))
        else:
            ready.append(rows)
    with store.transaction():
        # looked up again inside the transaction: another writer may have stored one since
        stored = store.existing_ids([rows.id for rows in ready])
        new: list[ArticleRows] = []  # written together, in order, up to a replacement
        for rows in ready:
            if rows.id in stored:
                store.write_new(new)
                new = []
                store.write_rows(rows)
                tally.replaced += 1
            else:
                new.append(rows)
                tally.added += 1
        store.write_new(new)
    tick(len(batch))
