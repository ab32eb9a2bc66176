"""Per-statement integers kept as columns: one little-endian int64 per statement id, 1,024
statements to a row (``chunk`` = id // 1,024), 0 where there is none.

A table of ``(chunk INTEGER PRIMARY KEY, <column> BLOB)`` is written at the end, where new
statement ids go, so a batch writes a few rows whatever the store's size; a reader takes
the whole column in one pass of a few megabytes (numpy). ``report_columns`` (report.py)
and ``quote_keys`` (db.py, fingerprint.KeyIndex) are two.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

CHUNK = 1024  # statements per row


def _decoded(blob: bytes) -> array[int]:
    column = array("q", blob)
    if sys.byteorder == "big":
        column.byteswap()
    return column


def _encoded(column: array[int]) -> bytes:
    if sys.byteorder == "big":
        column = array("q", column)
        column.byteswap()
    return column.tobytes()


def write_values(conn: sqlite3.Connection, table: str, column: str, values: dict[int, int]) -> None:
    """Set these statements' values (id -> value, 0 to clear): one read and one write of each
    chunk they fall in."""
    by_chunk: dict[int, list[tuple[int, int]]] = {}
    for statement_id, value in sorted(values.items()):
        by_chunk.setdefault(statement_id // CHUNK, []).append((statement_id % CHUNK, value))
    for chunk, chunk_values in by_chunk.items():
        row = conn.execute(f"SELECT {column} FROM {table} WHERE chunk = ?", (chunk,)).fetchone()
        stored = _decoded(row[0]) if row is not None else array("q", bytes(8 * CHUNK))
        for at, value in chunk_values:
            stored[at] = value
        conn.execute(
            f"INSERT INTO {table}(chunk, {column}) VALUES (?, ?) "
            f"ON CONFLICT(chunk) DO UPDATE SET {column} = excluded.{column}",
            (chunk, _encoded(stored)),
        )


def rebuild(conn: sqlite3.Connection, table: str, column: str, rows: Iterable[tuple[int, int]]) -> None:
    """Replace the whole column with ``rows`` (id, value), in id order."""
    conn.execute(f"DELETE FROM {table}")
    chunk, stored = -1, array("q")
    for statement_id, value in rows:
        if statement_id // CHUNK != chunk:
            _insert_chunk(conn, table, column, chunk, stored)
            chunk, stored = statement_id // CHUNK, array("q", bytes(8 * CHUNK))
        stored[statement_id % CHUNK] = value
    _insert_chunk(conn, table, column, chunk, stored)


def _insert_chunk(conn: sqlite3.Connection, table: str, column: str, chunk: int, stored: array[int]) -> None:
    if chunk >= 0:
        conn.execute(f"INSERT INTO {table}(chunk, {column}) VALUES (?, ?)", (chunk, _encoded(stored)))


def read_dense(conn: sqlite3.Connection, table: str, column: str, chunks: Sequence[int] | None = None) -> Any:
    """The column as one int64 numpy array indexed by statement id (0 where there is none):
    every chunk, or only ``chunks`` when they are fewer than half of those stored."""
    import numpy as np

    last, stored = conn.execute(f"SELECT max(chunk), count(*) FROM {table}").fetchone()
    if last is None:
        return np.zeros(1, dtype=np.int64)
    values = np.zeros((int(last) + 1) * CHUNK, dtype=np.int64)
    if chunks is None or 2 * len(chunks) >= int(stored):
        rows = conn.execute(f"SELECT chunk, {column} FROM {table}").fetchall()
    else:
        rows = []
        for at in range(0, len(chunks), 500):  # within SQLite's bound on parameters
            part = chunks[at : at + 500]
            rows += conn.execute(
                f"SELECT chunk, {column} FROM {table} WHERE chunk IN ({', '.join('?' * len(part))})", part
            ).fetchall()
    for chunk, blob in rows:
        values[chunk * CHUNK : chunk * CHUNK + len(blob) // 8] = np.frombuffer(blob, dtype="<i8")
    return values


def read_nonzero(conn: sqlite3.Connection, table: str, column: str) -> tuple[Any, Any]:
    """Every statement id with a value, and its value (two int64 numpy arrays, id order)."""
    import numpy as np

    values = read_dense(conn, table, column)
    ids = np.flatnonzero(values).astype(np.int64, copy=False)
    return ids, values[ids]
