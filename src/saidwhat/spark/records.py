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
import hashlib
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

from ..core.serialize import article_from_dict, article_to_dict
from ..core.types import ArticleQuotes
from ..readers.base import Document, ReadFailure, ReadResult

# Suffixes the job reads; checked longest first.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT_SUFFIXES = (".txt",)

ARTICLE_FIELDS = ("title", "date", "outlet", "url")

# Column order exactly as docs/export-schema.md lists it.
ARTICLE_COLUMNS = (
    "article_id",
    "text_hash",
    "title",
    "date",
    "outlet",
    "url",
    "source",
    "text",
    "error",
)
QUOTE_COLUMNS = (
    "article_id",
    "quote_index",
    "start",
    "end",
    "text",
    "type",
    "speaker_name",
    "speaker_kind",
    "mention_start",
    "mention_end",
    "mention_text",
    "cue_start",
    "cue_end",
    "cue_text",
    "confidence",
    "rule",
    "carried_on",
    "spans",
    "person_id",
    "group_id",
    "date",
    "outlet",
)
PERSON_COLUMNS = (
    "article_id",
    "person_index",
    "name",
    "kind",
    "aliases",
    "descriptors",
    "gender",
    "mentions",
    "person_id",
)
ERROR_COLUMNS = ("source", "article_id", "stage", "reason")


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


# --- results -> rows -----------------------------------------------------------------------


def _span_parts(span: dict[str, Any] | None) -> tuple[int | None, int | None, str | None]:
    if span is None:
        return None, None, None
    return span["start"], span["end"], span["text"]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_row(
    article: ArticleQuotes, text: str, source: str, meta: dict[str, str]
) -> dict[str, Any]:
    """The ``articles`` row: the text every offset indexes, its hash, metadata, any error."""
    return {
        "article_id": article.id,
        "text_hash": text_hash(text),
        **{name: meta.get(name) for name in ARTICLE_FIELDS},
        "source": source,
        "text": text,
        "error": article.error,
    }


def quote_rows(article: ArticleQuotes, meta: dict[str, str]) -> list[dict[str, Any]]:
    """One flat row per quote, built from the public JSON schema (so values match it exactly)."""
    rows = []
    for index, q in enumerate(article_to_dict(article)["quotes"]):
        speaker = q["speaker"] or {}
        m_start, m_end, m_text = _span_parts(speaker.get("mention"))
        c_start, c_end, c_text = _span_parts(q["cue"])
        rows.append(
            {
                "article_id": article.id,
                "quote_index": index,
                "start": q["start"],
                "end": q["end"],
                "text": q["text"],
                "type": q["type"],
                "speaker_name": speaker.get("name"),
                "speaker_kind": speaker.get("kind"),
                "mention_start": m_start,
                "mention_end": m_end,
                "mention_text": m_text,
                "cue_start": c_start,
                "cue_end": c_end,
                "cue_text": c_text,
                "confidence": float(q["confidence"]),
                "rule": q["rule"],
                "carried_on": q["carried_on"],
                "spans": q["spans"],
                "person_id": None,  # the store's cross-article ids; not known to the job
                "group_id": None,
                "date": meta.get("date"),
                "outlet": meta.get("outlet"),
            }
        )
    return rows


def person_rows(article: ArticleQuotes) -> list[dict[str, Any]]:
    """One flat ``article_people`` row per (article, person)."""
    return [
        {"article_id": article.id, "person_index": index, **p, "person_id": None}
        for index, p in enumerate(article_to_dict(article)["people"])
    ]


def error_row(
    source: str, reason: str, *, article_id: str | None = None, stage: str
) -> dict[str, Any]:
    return {"source": source, "article_id": article_id, "stage": stage, "reason": reason}


# --- rows -> results -----------------------------------------------------------------------


def _span_dict(start: Any, end: Any, text: Any) -> dict[str, Any] | None:
    if start is None:
        return None
    return {"start": int(start), "end": int(end), "text": text}


def _as_list(value: Any) -> list[Any]:
    # Parquet lists come back as lists (pyarrow), numpy arrays (pandas) or None.
    return [] if value is None else list(value)


def _plain_span(value: Any) -> dict[str, Any]:
    return {"start": int(value["start"]), "end": int(value["end"]), "text": value["text"]}


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
            article_id, {"id": article_id, "quotes": [], "people": [], "meta": {}}
        )

    for row in articles:
        rec = record(row["article_id"])
        rec["meta"] = {k: row[k] for k in ARTICLE_FIELDS if row.get(k) is not None}
        rec["error"] = row.get("error")
    for row in quotes:
        speaker = None
        if row["speaker_name"] is not None:
            speaker = {
                "name": row["speaker_name"],
                "kind": row["speaker_kind"],
                "mention": _span_dict(
                    row["mention_start"], row["mention_end"], row["mention_text"]
                ),
            }
        record(row["article_id"])["quotes"].append(
            (
                int(row["quote_index"]),
                {
                    "start": int(row["start"]),
                    "end": int(row["end"]),
                    "text": row["text"],
                    "type": row["type"],
                    "speaker": speaker,
                    "cue": _span_dict(row["cue_start"], row["cue_end"], row["cue_text"]),
                    "confidence": float(row["confidence"]),
                    "rule": row["rule"],
                    "spans": [_plain_span(s) for s in _as_list(row["spans"])],
                    "carried_on": bool(row["carried_on"]),
                },
            )
        )
    for row in people:
        record(row["article_id"])["people"].append(
            (
                int(row["person_index"]),
                {
                    "name": row["name"],
                    "kind": row["kind"],
                    "aliases": _as_list(row["aliases"]),
                    "descriptors": _as_list(row["descriptors"]),
                    "gender": row["gender"],
                    "mentions": [_plain_span(s) for s in _as_list(row["mentions"])],
                },
            )
        )
    for article_id in sorted(by_id, key=lambda k: (k is None, k or "")):
        rec = by_id[article_id]
        rec["quotes"] = [q for _, q in sorted(rec["quotes"], key=lambda pair: pair[0])]
        rec["people"] = [p for _, p in sorted(rec["people"], key=lambda pair: pair[0])]
        yield article_from_dict(rec)
