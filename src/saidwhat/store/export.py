"""Export the store as JSONL, CSV or Parquet: the schema is docs/export-schema.md (version 1).

One file per table in the destination folder. Rows are streamed, so a store larger than
memory exports too.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import schema
from ..core.errors import StoreError

if TYPE_CHECKING:
    from .db import QuoteStore

FORMATS = ("jsonl", "csv", "parquet")
CHUNK_ROWS = 5_000

# column name -> type name ("string", "int64", "double", "bool", "spans", "strings"): the
# export rows as core/schema.py declares them, in order.
Column = tuple[str, str]

SPAN_LIST = "spans"  # list<struct<start, end, text>>
STRING_LIST = "strings"  # list<string>

TABLES: dict[str, list[Column]] = {
    table: [(f.name, f.type) for f in fields] for table, fields in schema.TABLES.items()
}

_QUERIES = {
    "articles": "SELECT id AS article_id, text_hash, title, date, outlet, url, source, text, error, "
    "language FROM articles ORDER BY id",
    "quotes": 'SELECT q.article_id, q.quote_index, q.start, q."end", q.text, q.type, q.speaker_name, '
    "q.speaker_kind, q.mention_start, q.mention_end, q.mention_text, q.cue_start, q.cue_end, q.cue_text, "
    "q.confidence, q.rule, q.carried_on, q.spans, q.person_id, q.group_id, a.date, a.outlet, "
    "q.act, q.speaker_rule, q.antecedent_start, q.antecedent_end, q.antecedent_text "
    "FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.article_id, q.quote_index",
    "article_people": "SELECT article_id, person_index, name, kind, aliases, descriptors, gender, "
    "mentions, person_id, gender_evidence FROM article_people ORDER BY article_id, person_index",
    "people": "SELECT p.id AS person_id, p.name, p.kind, "
    "(SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE person_id = p.id "
    "AND alias != p.name ORDER BY alias)) AS aliases, "
    "(SELECT json_group_array(descriptor) FROM (SELECT descriptor FROM descriptors WHERE person_id = p.id "
    "ORDER BY descriptor)) AS descriptors, "
    "(SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS quote_count, "
    "(SELECT count(*) FROM (SELECT article_id FROM quotes WHERE person_id = p.id "
    "UNION SELECT article_id FROM article_people WHERE person_id = p.id)) AS article_count, "
    "p.gender, p.gender_evidence "
    "FROM people p ORDER BY p.id",
}


def _convert(kind: str) -> Callable[[Any], Any]:
    if kind == SPAN_LIST:
        return lambda v: [{"start": s, "end": e, "text": t} for s, e, t in json.loads(v or "[]")]
    if kind == STRING_LIST:
        return lambda v: [str(x) for x in json.loads(v or "[]")]
    if kind == "bool":
        return lambda v: None if v is None else bool(v)
    return lambda v: v


def _records(store: QuoteStore, table: str) -> Iterator[dict[str, Any]]:
    columns = TABLES[table]
    converters = [_convert(kind) for _, kind in columns]
    with store._lock:
        cursor = store.conn.execute(_QUERIES[table])
        while True:
            rows = cursor.fetchmany(CHUNK_ROWS)
            if not rows:
                return
            for row in rows:
                yield {
                    name: conv(row[i])
                    for i, ((name, _), conv) in enumerate(zip(columns, converters, strict=True))
                }


def export_store(store: QuoteStore, fmt: str, dest: str | Path) -> list[Path]:
    """Write the store as ``fmt`` files into the folder ``dest`` (docs/export-schema.md)."""
    dest = Path(dest)
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if dest.exists() and not dest.is_dir():
        raise StoreError(
            f"{dest} exists and is not a folder; export writes one file per table into a folder"
        )
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = dest / f"{table}.{fmt}"
        tmp = path.with_name(path.name + ".tmp")  # a half-written export never looks complete
        if fmt == "jsonl":
            _write_jsonl(store, table, tmp)
        elif fmt == "csv":
            _write_csv(store, table, tmp)
        else:
            _write_parquet(store, table, tmp)
        tmp.replace(path)
        written.append(path)
    return written


def _write_jsonl(store: QuoteStore, table: str, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in _records(store, table):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(store: QuoteStore, table: str, path: Path) -> None:
    names = [name for name, _ in TABLES[table]]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(names)
        for record in _records(store, table):
            writer.writerow([_csv_value(record[n]) for n in names])


def arrow_schema(table: str) -> Any:
    """The Arrow schema of one export table (for writers such as the Spark job)."""
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "double": pa.float64(),
        "bool": pa.bool_(),
        SPAN_LIST: pa.list_(span),
        STRING_LIST: pa.list_(pa.string()),
    }
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table]])


def _write_parquet(store: QuoteStore, table: str, path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError("Parquet export needs pyarrow: pip install 'saidwhat[parquet]'") from exc
    schema = arrow_schema(table)
    with pq.ParquetWriter(path, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for record in _records(store, table):
            chunk.append(record)
            if len(chunk) >= CHUNK_ROWS:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        if chunk or writer is not None:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
