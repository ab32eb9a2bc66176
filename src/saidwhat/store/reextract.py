"""Re-extract: run the current engine again over the articles a store holds.

When the engine improves, ``saidwhat reindex --reextract`` replaces every stored article's
statements and people with what the engine finds today, without reading the sources again:

- articles are taken in id order, ``batch_size`` at a time; each batch is extracted, then
  written in one transaction (``QuoteStore.write_article``: the old statements, people
  links, counts and repeated-quote links go, the new ones come, in the same transaction);
- the id of the last article done is kept in ``store_meta`` in that same transaction, so a
  killed run, started again, goes on after it (``resumed`` says so); a finished run clears it;
- an article the engine fails on keeps its old statements and is reported.

The store imports no spaCy: the caller passes the ``extract`` function
(``saidwhat.extract_many``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..core.types import ArticleQuotes
from ..readers.base import Document
from .db import QuoteStore
from .models import IngestFailure

# ``extract(((id, text), ...), batch_size=N)`` -> results in order: saidwhat.extract_many fits.
Extract = Callable[..., Iterable[ArticleQuotes]]

STATE_KEY = "reextract_after"  # store_meta: id of the last article re-extracted in this run


@dataclass(frozen=True, slots=True)
class ReextractSummary:
    done: int  # articles re-extracted and stored in this run
    remaining_at_start: int  # articles this run set out to do
    resumed: bool  # whether it went on from a killed run
    failed: tuple[IngestFailure, ...] = ()


def pending(store: QuoteStore) -> tuple[int, bool]:
    """How many articles a re-extract would do now, and whether it would resume one."""
    after = _state(store)
    count = store._rows("SELECT count(*) FROM articles WHERE id > ?", (after or "",))[0][0]
    return int(count), after is not None


def _state(store: QuoteStore) -> str | None:
    row = store._rows("SELECT value FROM store_meta WHERE key = ?", (STATE_KEY,))
    return str(row[0][0]) if row else None


def reextract(
    store: QuoteStore,
    extract: Extract,
    *,
    batch_size: int = 64,
    extract_batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> ReextractSummary:
    """Re-extract every stored article (or the rest of a killed run) and store the results."""
    remaining, resumed = pending(store)
    if not resumed:
        with store.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO store_meta(key, value) VALUES (?, '')", (STATE_KEY,)
            )
    after = _state(store) or ""
    done = 0
    failed: list[IngestFailure] = []
    while True:
        rows = store._rows(
            "SELECT id, text, meta, source FROM articles WHERE id > ? ORDER BY id LIMIT ?",
            (after, max(1, batch_size)),
        )
        if not rows:
            break
        docs = [
            Document(
                r["id"],
                r["text"],
                {k: str(v) for k, v in json.loads(r["meta"] or "{}").items()},
                r["source"] or "",
            )
            for r in rows
        ]
        results = list(extract(((d.id, d.text) for d in docs), batch_size=extract_batch_size))
        with store.transaction() as conn:
            for doc, result in zip(docs, results, strict=True):
                if result.error:
                    failed.append(
                        IngestFailure(doc.source or doc.id, f"extraction failed: {result.error}")
                    )
                    continue
                store.write_article(doc, result)
                done += 1
            after = docs[-1].id
            conn.execute("UPDATE store_meta SET value = ? WHERE key = ?", (after, STATE_KEY))
        if progress is not None:
            progress(len(docs))
    with store.transaction() as conn:
        conn.execute("DELETE FROM store_meta WHERE key = ?", (STATE_KEY,))
    return ReextractSummary(done, remaining, resumed, tuple(failed))
