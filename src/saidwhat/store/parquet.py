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

from ..core.schema import (
    ARTICLE_META,
    meta_of,
    person_from_row,
    quote_from_row,
    spans_of,
    strings_of,
    text_hash,
)
from ..core.types import ArticleQuotes, PersonKind, QuoteType
from ..readers.base import Document, ReadFailure
from .rows import (
    ArticleRows,
    IngestItem,
    PersonRow,
    QuoteRow,
    collector_paused,
    normalise_date,
    spans_json,
)

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


def _spark_failures(error_rows: list[dict[str, Any]], folder: Path) -> Iterator[ReadFailure]:
    """The export's ``errors`` table: articles the Spark job could not read or extract."""
    for row in error_rows:
        source = row.get("source") or row.get("article_id") or str(folder)
        stage = f" ({row['stage']})" if row.get("stage") else ""
        yield ReadFailure(f"{source}{stage}", str(row.get("reason") or "failed in the Spark job"))


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
    yield from _spark_failures(error_rows, folder)
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


def _columns(path: Path, wanted: tuple[str, ...]) -> dict[str, list[Any]]:
    """A table's ``wanted`` columns as Python lists (one conversion per column, not a dict
    per row); a column an older export lacks is left out."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    tables = []
    for file in files:
        names = set(pq.read_schema(file).names)
        tables.append(pq.read_table(file, columns=[c for c in wanted if c in names]))
    if not tables:
        return {}
    table = pa.concat_tables(tables, promote_options="default") if len(tables) > 1 else tables[0]
    return {name: table.column(name).to_pylist() for name in table.column_names}


def _rows_by_article(columns: dict[str, list[Any]], order: str) -> dict[str, list[int]]:
    """Row numbers of each article's rows, sorted by ``order`` (quote_index, person_index)."""
    by: dict[str, list[int]] = defaultdict(list)
    for at, article_id in enumerate(columns.get("article_id", ())):
        by[str(article_id)].append(at)
    keys = columns.get(order)
    if keys is not None:
        for rows in by.values():
            if len(rows) > 1:
                rows.sort(key=lambda at: int(keys[at] or 0))
    return by


def _none(size: int) -> list[None]:
    return [None] * size


def _span_parts(
    start: Any, end: Any, text: Any
) -> tuple[int | None, int | None, str | None]:
    """A span's three columns as ``span_of`` reads them: all null unless start and end are set."""
    if start is None or end is None:
        return None, None, None
    start, end = int(start), int(end)
    if start < 0 or end < start:
        raise ValueError(f"bad span offsets: {start}..{end}")
    return start, end, "" if text is None else str(text)


def _spans_json(value: Any) -> str:
    """A list of spans (Arrow dicts, JSON text or triples) as the store keeps it."""
    if not value:
        return "[]"
    return spans_json(spans_of(value))


_KINDS = frozenset(k.value for k in PersonKind)
_TYPES = frozenset(t.value for t in QuoteType)


def read_export_rows(folder: Path) -> Iterator[IngestItem]:
    """The export as the store's rows (``ArticleRows``), the same articles, statements and
    people ``read_export`` gives, without an object per statement: what ingest of an export
    folder stores. A broken table or row is a ``ReadFailure``.

    The folder is read whole (its columns are in memory anyway) with the cycle collector
    paused: none of its rows is in a cycle."""
    with collector_paused():
        items = list(_export_rows(folder))
    yield from items


def _export_rows(folder: Path) -> Iterator[IngestItem]:
    try:
        articles = _columns(_table_path(folder, "articles"), _ARTICLE_COLUMNS)  # type: ignore[arg-type]
        quotes = _columns(
            _table_path(folder, "quotes"),  # type: ignore[arg-type]
            ("article_id", "quote_index", *_QUOTE_COLUMNS),
        )
        people_path = _table_path(folder, "article_people")
        people = (
            _columns(people_path, ("article_id", "person_index", *_PERSON_COLUMNS))
            if people_path
            else {}
        )
        errors_path = _table_path(folder, "errors")
        error_rows = _read_table(errors_path) if errors_path else []
    except Exception as exc:
        yield ReadFailure(
            str(folder), f"cannot read the Parquet export: {type(exc).__name__}: {exc}"
        )
        return
    yield from _spark_failures(error_rows, folder)
    quotes_by = _rows_by_article(quotes, "quote_index")
    people_by = _rows_by_article(people, "person_index")
    n_quotes = len(quotes.get("article_id", ()))
    q = {name: quotes.get(name) or _none(n_quotes) for name in _QUOTE_COLUMNS}
    n_people = len(people.get("article_id", ()))
    p = {name: people.get(name) or _none(n_people) for name in _PERSON_COLUMNS}
    n_articles = len(articles.get("article_id", ()))
    a = {name: articles.get(name) or _none(n_articles) for name in _ARTICLE_COLUMNS}
    for at in range(n_articles):
        raw_id = a["article_id"][at]
        where = f"{folder}:{raw_id}"
        try:
            if raw_id is None:
                raise KeyError("article_id")
            article_id = str(raw_id)
            text = a["text"][at]
            if not isinstance(text, str):
                raise ValueError('"text" is not a string')
            statements = tuple(_quote(q, i, text) for i in quotes_by.get(article_id, ()))
            persons = tuple(_person(p, i) for i in people_by.get(article_id, ()))
        except (KeyError, TypeError, ValueError) as exc:
            yield ReadFailure(where, f"malformed export row: {type(exc).__name__}: {exc}")
            continue
        meta = {k: str(a[k][at]) for k in ARTICLE_META if a[k][at] is not None}
        yield ArticleRows(
            id=article_id,
            text=text,
            text_hash=text_hash(text),
            meta=meta,
            date=normalise_date(meta.get("date")),
            source=str(a["source"][at] or where),
            error=a["error"][at],
            language=a["language"][at],
            people=persons,
            quotes=statements,
        )


_ARTICLE_COLUMNS = ("article_id", "text", "source", "error", "language", *ARTICLE_META)
_QUOTE_COLUMNS = (
    "start", "end", "type", "speaker_name", "speaker_kind", "mention_start", "mention_end",
    "mention_text", "cue_start", "cue_end", "cue_text", "confidence", "rule", "carried_on",
    "spans", "act", "speaker_rule", "antecedent_start", "antecedent_end", "antecedent_text",
)  # fmt: skip
_PERSON_COLUMNS = (
    "name", "kind", "aliases", "descriptors", "gender", "mentions", "gender_evidence",
)  # fmt: skip


def _quote(q: dict[str, list[Any]], at: int, text: str) -> QuoteRow:
    """One statement's row as ``quote_from_row`` reads it, checked the same way."""
    if q["start"][at] is None or q["end"][at] is None:
        raise KeyError("start" if q["start"][at] is None else "end")
    start, end = int(q["start"][at]), int(q["end"][at])
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"quote offsets {start}..{end} outside the article text")
    type_ = q["type"][at]
    if type_ not in _TYPES:
        raise ValueError(f"{type_!r} is not a valid QuoteType")
    name = q["speaker_name"][at]
    if name is not None:
        kind = q["speaker_kind"][at] or "person"
        if kind not in _KINDS:
            raise ValueError(f"{kind!r} is not a valid PersonKind")
        mention = _span_parts(q["mention_start"][at], q["mention_end"][at], q["mention_text"][at])
        antecedent = _span_parts(
            q["antecedent_start"][at], q["antecedent_end"][at], q["antecedent_text"][at]
        )
        speaker: tuple[Any, ...] = (str(name), kind, *mention)
        rule = q["speaker_rule"][at]
    else:
        speaker, rule, antecedent = (None,) * 5, None, (None, None, None)
    confidence = q["confidence"][at]
    return (
        start,
        end,
        text[start:end],
        type_,
        *speaker,
        *_span_parts(q["cue_start"][at], q["cue_end"][at], q["cue_text"][at]),
        float(confidence) if confidence is not None else 1.0,
        str(q["rule"][at] or ""),
        int(bool(q["carried_on"][at])),
        _spans_json(q["spans"][at]),
        str(q["act"][at] or "said"),
        rule,
        *antecedent,
    )


def _person(p: dict[str, list[Any]], at: int) -> PersonRow:
    """One person's row as ``person_from_row`` reads it."""
    if p["name"][at] is None:
        raise KeyError("name")
    kind = p["kind"][at] or "person"
    if kind not in _KINDS:
        raise ValueError(f"{kind!r} is not a valid PersonKind")
    return (
        str(p["name"][at]),
        kind,
        strings_of(p["aliases"][at]),
        strings_of(p["descriptors"][at]),
        p["gender"][at],
        _spans_json(p["mentions"][at]),
        p["gender_evidence"][at],
    )
