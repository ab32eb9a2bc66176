"""Opening the SQLite file: read-only copies, and an error that says what is wrong.

The store runs in WAL mode, so even a reader normally creates ``NAME-shm`` next to the
database. In a folder nobody may write to (a read-only mount, a copy handed to a reader)
that fails; the reader then opens the file as immutable, which is right exactly when
nothing can change it. A writer that cannot write gets a message naming the file or the
folder that is read-only, never "not a saidwhat quote database".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ..core.errors import StoreError


def _connect(target: str | Path, *, uri: bool) -> sqlite3.Connection:
    return sqlite3.connect(target, uri=uri, check_same_thread=False, isolation_level=None)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path``; immutable when its folder cannot be written."""
    check_readable(path)
    uri = path.resolve().as_uri()
    conn = _connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    # The folder is read-only, so WAL's shared-memory file cannot be created. Nothing can
    # write here either, so the file is immutable, unless a writer left changes in -wal.
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            f"{path}: the folder {path.parent} is read-only and {wal.name} holds changes not "
            f"yet written into the database; open it once where it can be written (or copy "
            f"the database with its -wal file to a writable folder)"
        )
    return _connect(f"{uri}?mode=ro&immutable=1", uri=True)


def open_writable(path: Path) -> sqlite3.Connection:
    """A connection that can write ``path`` (created if missing), or a ``StoreError`` that
    names what is read-only."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder {path.parent}: {exc.strerror or exc}") from exc
    if path.exists():
        check_readable(path)
        if not os.access(path, os.W_OK):
            raise StoreError(
                f"{path} is read-only (file permissions), so nothing can be stored in it; "
                f"`saidwhat search` and `saidwhat serve` read it as it is"
            )
    if not os.access(path.parent, os.W_OK):
        what = "create the database" if not path.exists() else f"create {path.name}-wal"
        raise StoreError(
            f"the folder {path.parent} is read-only, so saidwhat cannot {what} there; "
            f"choose a writable place with --db"
        )
    return _connect(path, uri=False)


def check_readable(path: Path) -> None:
    """Raise a ``StoreError`` saying why ``path`` cannot be read, if it cannot."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb"):
            pass
    except FileNotFoundError:
        raise StoreError(
            f"no quote database at {path}; create one with `saidwhat ingest`"
        ) from None
    except OSError as exc:
        reason = "permission denied" if exc.errno == errno.EACCES else exc.strerror or str(exc)
        raise StoreError(f"cannot read {path}: {reason}") from exc


def explain(path: Path, exc: sqlite3.Error) -> str:
    """One sentence for an SQLite error met while opening ``path``."""
    message = str(exc)
    lowered = message.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: cannot write ({message}); is the file or its folder read-only?"
    if "unable to open" in lowered:
        return f"{path}: cannot open the database file ({message})"
    if "locked" in lowered or "busy" in lowered:
        return f"{path}: the database is locked by another process ({message}); try again"
    if "disk i/o" in lowered or "full" in lowered:
        return f"{path}: {message}"
    return f"{path}: not a saidwhat quote database ({message})"
