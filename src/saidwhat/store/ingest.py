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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..core.errors import StoreError
from ..core.schema import text_hash
from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure
from .models import IngestFailure, IngestSummary

if TYPE_CHECKING:
    from .db import IngestItem, QuoteStore

Progress = Callable[[int], None]


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
    batch_size: int = 64,
    extract_batch_size: int = 16,
    extract: Extractor | None = None,
) -> IngestSummary:
    tally = _Tally()
    failed: list[IngestFailure] = []
    tick = progress or (lambda n: None)
    seen: dict[str, str] = {}  # id -> text hash, in this run
    seen_texts: set[tuple[str, str | None]] = set()

    def planned() -> Iterator[tuple[Document, ArticleQuotes | None]]:
        for item in items:
            if isinstance(item, ReadFailure):
                failed.append(IngestFailure(item.source, item.reason))
                tick(1)
                continue
            doc, result = item if isinstance(item, tuple) else (item, None)
            tally.read += 1
            digest = text_hash(doc.text)
            outlet = doc.meta.get("outlet")
            if seen.get(doc.id, digest) != digest:
                # Two inputs with one id ("article.txt" in two folders): keep both, stably.
                doc = Document(f"{doc.id}~{digest[:8]}", doc.text, doc.meta, doc.source)
            if doc.id in seen or (digest, outlet) in seen_texts:
                tally.skipped += 1  # the very same article twice in one run
                tick(1)
                continue
            seen[doc.id] = digest
            seen_texts.add((digest, outlet))
            stored = store.stored_hash(doc.id)
            if stored is not None and stored[0] == digest:
                tally.skipped += 1
                tick(1)
                continue
            if stored is None and store.id_with_text(digest, outlet) is not None:
                tally.skipped += 1
                tick(1)
                continue
            yield doc, result

    batch: list[tuple[Document, ArticleQuotes | None]] = []
    for entry in planned():
        batch.append(entry)
        if len(batch) >= batch_size:
            _write_batch(store, batch, tally, failed, tick, extract, extract_batch_size)
            batch = []
    if batch:
        _write_batch(store, batch, tally, failed, tick, extract, extract_batch_size)
    return tally.summary(failed)


def _write_batch(
    store: QuoteStore,
    batch: Sequence[tuple[Document, ArticleQuotes | None]],
    tally: _Tally,
    failed: list[IngestFailure],
    tick: Progress,
    extract: Extractor | None,
    extract_batch_size: int,
) -> None:
    todo = [doc for doc, result in batch if result is None]
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
    with store.transaction():
        for doc, given in batch:
            result = given if given is not None else extracted[id(doc)]
            if result.error:
                failed.append(
                    IngestFailure(doc.source or doc.id, f"extraction failed: {result.error}")
                )
                continue
            if store.write_article(doc, result):
                tally.replaced += 1
            else:
                tally.added += 1
    tick(len(batch))
