"""An article as the store's rows: what the write path stores, and what ingest and the
export reader hand it (kept apart from ``db.py`` so that ``ingest.py`` and ``parquet.py``
need not import the store itself)."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..core.schema import text_hash
from ..core.types import ArticleQuotes, Quote, Span
from ..readers.base import Document, ReadFailure

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y", "%Y%m%d")


def normalise_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` where the date can be read, else the value as given (never dropped)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def spans_json(spans: Iterable[Span]) -> str:
    """Spans as the store keeps them: a JSON list of ``[start, end, text]``."""
    return json.dumps([[s.start, s.end, s.text] for s in spans], ensure_ascii=False)


# --- the row form of an article, what the write path stores -------------------------------

# (name, kind, aliases, descriptors, gender, mentions as JSON, gender_evidence)
PersonRow = tuple[str, str, tuple[str, ...], tuple[str, ...], str | None, str, str | None]
# The ``quotes`` columns a statement brings: start, end, text, type, speaker_name,
# speaker_kind, mention (start, end, text), cue (start, end, text), confidence, rule,
# carried_on, spans (JSON), act, speaker_rule, antecedent (start, end, text).
QuoteRow = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article with its statements and people as the store's rows: what ``write_new``
    stores. An export folder is read straight into this (store/parquet.py), without a
    ``Quote`` or ``Person`` object per row; ``article_rows`` makes it from engine output."""

    id: str
    text: str
    text_hash: str
    meta: dict[str, str]
    date: str | None  # normalise_date(meta["date"])
    source: str | None
    error: str | None
    language: str | None
    people: tuple[PersonRow, ...]
    quotes: tuple[QuoteRow, ...]

    @property
    def outlet(self) -> str | None:
        return self.meta.get("outlet")


# What ingest takes: a text to extract, engine output, rows read from an export, a failure.
IngestItem = Document | tuple[Document, ArticleQuotes] | ArticleRows | ReadFailure


def article_rows(doc: Document, result: ArticleQuotes) -> ArticleRows:
    """An article and the engine's result for it, as the store's rows."""
    meta = dict(doc.meta)
    meta.update({k: v for k, v in (result.meta or {}).items() if k not in meta})
    people = tuple(
        (
            p.name,
            p.kind.value,
            tuple(p.aliases),
            tuple(p.descriptors),
            p.gender,
            spans_json(p.mentions),
            p.gender_evidence,
        )
        for p in result.people
    )
    return ArticleRows(
        doc.id,
        doc.text,
        text_hash(doc.text),
        meta,
        normalise_date(meta.get("date")),
        doc.source,
        result.error,
        result.language,
        people,
        tuple(_quote_row(q) for q in result.quotes),
    )


def _quote_row(quote: Quote) -> QuoteRow:
    speaker = quote.speaker
    mention = speaker.mention if speaker else None
    antecedent = speaker.antecedent if speaker else None
    cue = quote.cue
    return (
        quote.start,
        quote.end,
        quote.text,
        quote.type.value,
        speaker.name if speaker else None,
        speaker.kind.value if speaker else None,
        mention.start if mention else None,
        mention.end if mention else None,
        mention.text if mention else None,
        cue.start if cue else None,
        cue.end if cue else None,
        cue.text if cue else None,
        float(quote.confidence),
        quote.rule,
        int(quote.carried_on),
        spans_json(quote.spans),
        quote.act,
        speaker.rule if speaker else None,
        antecedent.start if antecedent else None,
        antecedent.end if antecedent else None,
        antecedent.text if antecedent else None,
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a bulk step: a batch of 2,000 articles makes
    hundreds of thousands of tuples, lists and sets (rows, words, shingles), none of them in a
    cycle, and the collector walked them again and again (0.3-0.5 of 4.5 CPU-seconds a
    folder at a million statements, benchmarks/RESULTS.md "store-scale")."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
