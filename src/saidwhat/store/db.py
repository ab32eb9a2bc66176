"""QuoteStore: the SQLite quote database (WAL, FTS5).

    >>> from saidwhat.store import QuoteStore
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     page = store.search("alliances", speaker="Mattis")

One writer at a time (SQLite's lock); any number of readers, also while ingest writes (WAL).
Every write of an article, its quotes and its people happens in one transaction, so a killed
process leaves whole articles or nothing.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import QueryError, StoreError
from ..core.schema import person_from_row, quote_from_row
from ..core.types import ArticleQuotes, PersonKind, QuoteType, Span
from ..readers.base import Document
from . import columns
from . import report as reports
from .connect import explain, open_readonly, open_writable
from .fingerprint import (
    WINDOW,
    ContainWindow,
    KeyIndex,
    fingerprint_key,
    fingerprint_of,
    quote_words,
    shingles_of,
)
from .models import (
    SNIPPET_END,
    SNIPPET_START,
    IngestSummary,
    PeoplePage,
    PersonDetail,
    PersonSummary,
    QuoteGroup,
    QuoteHit,
    SearchPage,
    StoredArticle,
)
from .names import NameKey, best_name, fold, parse_name, spelling_variant
from .query import escape_fts, is_query_error
from .rows import (
    ArticleRows,
    IngestItem,
    article_rows,
    collector_paused,
)
from .schema import MIGRATION_COLUMNS, MIGRATIONS, SCHEMA, SCHEMA_V2, SCHEMA_VERSION

ARTICLE_FIELDS = ("title", "date", "outlet", "url")
QUOTE_TYPES = tuple(t.value for t in QuoteType)


if TYPE_CHECKING:
    from .ingest import Extractor

_HIT_COLUMNS = """
    q.id, q.article_id, q.quote_index, q.start, q."end", q.text, q.type, q.speaker_name,
    q.speaker_kind, q.mention_start, q.mention_end, q.mention_text, q.cue_start, q.cue_end,
    q.cue_text, q.confidence, q.rule, q.carried_on, q.spans, q.group_id, q.person_id,
    p.name AS person_name, a.title, a.date, a.outlet, a.url
"""
_HIT_FROM = """
    quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id
"""
_ISO_MONTH = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
MMAP_BYTES = 1 << 30  # memory-map up to 1 GiB of the file (pages are shared with the OS cache)
CACHE_KIB = 64 * 1024  # SQLite's own page cache per connection
WRITER_CACHE_KIB = 256 * 1024  # and a writer's (see __init__)
CHECKPOINT_PAGES = 50_000  # a writer copies the log back at this many pages (200 MB)
JOURNAL_LIMIT_BYTES = 64 * 1024 * 1024  # the log file is cut back to this after a checkpoint
# Statements written since the last checkpoint after which a commit starts one in a thread of
# its own (a bulk batch of 2,000 articles is about 33,000): see ``_checkpoint_behind``.
BEHIND_STATEMENTS = 10_000
COUNT_CAP = 10_000  # a search counts its matches up to here ("more than 10,000")
COUNT_SCAN = 10_000  # rows a filtered search reads to count (_count_matches, _count_scanned)
RANK_WINDOW = 500  # matches ranked together by bm25 (see ``search``)
SPEAKER_MATCHES = 500  # people a partial speaker name may stand for


def _encode_cursor(values: list[Any]) -> str:
    """An opaque page cursor: the sort key of the last item shown."""
    raw = json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str | None) -> list[Any] | None:
    if cursor is None or not cursor.strip():
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor.strip() + "=" * (-len(cursor.strip()) % 4))
        values = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise QueryError(f"not a page cursor: {cursor[:40]!r}") from exc
    if not isinstance(values, list) or not all(
        v is None or isinstance(v, (str, int, float)) for v in values
    ):
        raise QueryError(f"not a page cursor: {cursor[:40]!r}")
    return values


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    if start is None or end is None:
        return None
    return Span(int(start), int(end), text or "")


def _spans_from_json(data: str) -> tuple[Span, ...]:
    return tuple(Span(int(s), int(e), str(t)) for s, e, t in json.loads(data or "[]"))


_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")


@dataclass(slots=True)
class _Counts:
    """What a batch of new articles adds to its people's counts, dates, outlets and months
    (``_count_article`` for many articles, added up before it is written)."""

    quotes: dict[int, list[int]] = field(default_factory=dict)  # id -> [statements, articles]
    outlets: dict[tuple[int, str], int] = field(default_factory=dict)
    months: dict[tuple[int, str], int] = field(default_factory=dict)
    dates: dict[int, list[str]] = field(default_factory=dict)  # id -> [first, last]

    def add(self, article: ArticleRows, quoted: dict[int, int], named: set[int]) -> None:
        for pid in set(quoted) | named:
            counts = self.quotes.setdefault(pid, [0, 0])
            counts[0] += quoted.get(pid, 0)
            counts[1] += 1
        if not quoted:
            return
        date, outlet = article.date, article.outlet or "unknown"
        month = date[:7] if date and _YEAR_MONTH.match(date) else "unknown"
        for pid, n in quoted.items():
            self.outlets[pid, outlet] = self.outlets.get((pid, outlet), 0) + n
            self.months[pid, month] = self.months.get((pid, month), 0) + n
            if date:
                span = self.dates.setdefault(pid, [date, date])
                span[0], span[1] = min(span[0], date), max(span[1], date)

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "UPDATE people SET quote_count = quote_count + ?, article_count = article_count + ? "
            "WHERE id = ?",
            [(q, a, pid) for pid, (q, a) in self.quotes.items()],
        )
        for table, key, values in (
            ("person_outlets", "outlet", self.outlets),
            ("person_months", "month", self.months),
        ):
            conn.executemany(
                f"INSERT INTO {table}(person_id, {key}, quotes) VALUES (?, ?, ?) "
                f"ON CONFLICT(person_id, {key}) DO UPDATE SET quotes = quotes + excluded.quotes",
                [(pid, value, n) for (pid, value), n in values.items()],
            )
        conn.executemany(
            "UPDATE people SET first_date = CASE WHEN first_date IS NULL OR first_date > ?1 "
            "THEN ?1 ELSE first_date END, last_date = CASE WHEN last_date IS NULL OR "
            "last_date < ?2 THEN ?2 ELSE last_date END WHERE id = ?3",
            [(first, last, pid) for pid, (first, last) in self.dates.items()],
        )


# Names repeat across articles: their keys and folded forms are worked out once a process.
_fold = lru_cache(maxsize=1 << 16)(fold)
_parse_name = lru_cache(maxsize=1 << 16)(parse_name)


@lru_cache(maxsize=1 << 16)
def _best_name(names: tuple[str, ...]) -> NameKey | None:
    return best_name(list(names))


def _fingerprint_key_or_none(print_: str | None) -> int | None:
    return None if print_ is None else fingerprint_key(print_)


class QuoteStore:
    """The quote database at ``path``; created with its schema unless ``readonly``."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._window: ContainWindow | None = None  # loaded by the first write
        self._keys: KeyIndex | None = None  # the same (_key_index)
        self._keys_version: int | None = None
        self._alone: set[int] = set()  # the people of the last _match_id known by surname only
        self._date_ids: bool | None = None  # whether the store has date_ids (a 2.0 store may not)
        self._checkpointer: threading.Thread | None = None  # see _checkpoint_behind
        self._unchecked = 0  # statements written since the last one was started
        try:
            self.conn = open_readonly(self.path) if readonly else open_writable(self.path)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")  # wait for a writer, don't fail
            self.conn.execute("PRAGMA foreign_keys = ON")
            # Reads of a large store go through the OS page cache, not copies in SQLite's.
            self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            if not readonly:
                # A writer's batches touch index pages all over a large store: keep more of
                # them in memory, and copy the log back to the file less often (a page
                # written by many commits is copied once); the log is cut back after.
                self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
                self.conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_LIMIT_BYTES}")
                self.conn.execute("PRAGMA journal_mode = WAL")  # readers go on while ingest writes
                self.conn.execute(
                    "PRAGMA synchronous = NORMAL"
                )  # WAL + NORMAL survives a killed process
                # what the migration to version 4 fills fingerprint_key with
                self.conn.create_function(
                    "saidwhat_fingerprint_key", 1, _fingerprint_key_or_none, deterministic=True
                )
                self._create_or_migrate()
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(explain(self.path, exc)) from exc

    def _stored_version(self) -> int | None:
        try:
            row = self.conn.execute(
                "SELECT value FROM store_meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlite3.OperationalError:
            return None
        return int(row[0]) if row else None

    def _create_or_migrate(self) -> None:
        """Create the schema in a new file, or bring an older store up to ``SCHEMA_VERSION``
        (each step in one transaction, then the maintained counts are recounted)."""
        version = self._stored_version()
        if version is None:
            self.conn.executescript(SCHEMA + SCHEMA_V2)
            self.conn.execute(
                "INSERT OR IGNORE INTO store_meta(key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            return
        if version == SCHEMA_VERSION:
            self.conn.executescript(SCHEMA_V2)  # tables and indexes added since, if missing
            return
        if version > SCHEMA_VERSION or version not in MIGRATIONS:
            return  # newer than this saidwhat, or unknown: _check_version says so
        while version < SCHEMA_VERSION:
            column = ""
            if version in MIGRATION_COLUMNS:
                table, name, kind = MIGRATION_COLUMNS[version]
                have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
                if name not in have:
                    column = f"ALTER TABLE {table} ADD COLUMN {name} {kind};"
            try:
                self.conn.executescript(
                    "BEGIN IMMEDIATE;"
                    + column
                    + MIGRATIONS[version]
                    + (SCHEMA_V2 if version + 1 == 2 else "")
                    + f"UPDATE store_meta SET value = '{version + 1}' WHERE key = 'schema_version';"
                    + "COMMIT;"
                )
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            version += 1
        with self.transaction():
            self.recount()

    def _check_version(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT value FROM store_meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: not a saidwhat quote database ({exc})") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            hint = ""
            if row is not None and int(row[0]) in MIGRATIONS:
                hint = "; upgrade it with `saidwhat reindex --db PATH` (it is then read as before)"
            raise StoreError(
                f"{self.path}: schema version {found}, this saidwhat reads {SCHEMA_VERSION}{hint}"
            )

    # --- life cycle -----------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._checkpointer is not None:
                self._checkpointer.join()
                self._checkpointer = None
            self.conn.close()

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")
        with self._lock:
            if self._checkpointer is not None:
                # what is left of it: the log restarts from its beginning only when this
                # transaction starts after every page is copied back
                self._checkpointer.join()
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                self._window = None  # it may hold quotes that were rolled back: reload
                self._keys = None
                raise
            self.conn.execute("COMMIT")
            if self._unchecked >= BEHIND_STATEMENTS:
                self._checkpoint_behind()

    def _checkpoint_behind(self) -> None:
        """Copy the log back into the file in a thread of its own, on a second connection.

        A checkpoint mostly waits for the disk (fsync): at a million statements the
        writer's own stopped it 0.7-1.8 s every second or third bulk batch. A passive one
        here overlaps the next batch's Python work; the log restarts from its beginning at
        the next transaction's first write once it is all copied back. The writer's ``wal_autocheckpoint``
        stays as the bound, and the next transaction waits for what is left of this one, so
        the log holds one batch (130 MB a bulk batch at 1M; it held two, 255 MB, when the
        next began first). A process killed during it loses nothing: the log stays until
        SQLite's own recovery copies it back."""
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return  # one at a time; the next commit starts another
        self._unchecked = 0
        path = self.path

        def run() -> None:
            try:
                conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
                try:
                    conn.execute("PRAGMA synchronous = NORMAL")
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    conn.close()
            except sqlite3.Error:
                pass  # the writer's own checkpoint (wal_autocheckpoint) does it instead

        self._checkpointer = threading.Thread(target=run, name="saidwhat-checkpoint", daemon=True)
        self._checkpointer.start()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # --- writing --------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[IngestItem],
        *,
        progress: Callable[[int], None] | None = None,
        batch_size: int | None = None,
        extract_batch_size: int = 16,
        extract: Extractor | None = None,
    ) -> IngestSummary:
        """Store articles: ``(Document, ArticleQuotes)`` pairs (stored as given), ``ArticleRows``
        (an export folder's rows, ``store/parquet.py``), ``Document`` (extracted with
        ``extract``, e.g. ``saidwhat.extract_many``; ``saidwhat.ingest.ingest`` passes it) or
        ``ReadFailure`` (reported). Idempotent; see ``store/ingest.py``."""
        from .ingest import ingest_items

        return ingest_items(
            self,
            items,
            progress=progress,
            batch_size=batch_size,
            extract_batch_size=extract_batch_size,
            extract=extract,
        )

    def stored_hash(self, article_id: str) -> tuple[str, str | None] | None:
        """``(text_hash, outlet)`` of the article stored under this id, if any."""
        row = self._rows("SELECT text_hash, outlet FROM articles WHERE id = ?", (article_id,))
        return (row[0][0], row[0][1]) if row else None

    def existing_ids(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these article ids are stored."""
        found: set[str] = set()
        for at in range(0, len(article_ids), 500):
            part = article_ids[at : at + 500]
            found.update(
                r[0]
                for r in self._rows(
                    f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(part))})", part
                )
            )
        return found

    def id_with_text(self, digest: str, outlet: str | None) -> str | None:
        """The id of an article already stored with this text and outlet."""
        row = self._rows(
            "SELECT id FROM articles WHERE text_hash = ? AND outlet IS ? LIMIT 1", (digest, outlet)
        )
        return row[0][0] if row else None

    def write_article(self, doc: Document, result: ArticleQuotes) -> bool:
        """Store one article with its quotes and people, replacing any older version under the
        same id. Call inside ``transaction()``. Returns whether an older version was replaced.

        The people's counts, dates, outlets and months follow in the same transaction: the
        old version's statements are taken out of them, the new one's put in."""
        return self.write_rows(article_rows(doc, result))

    def write_rows(self, rows: ArticleRows) -> bool:
        """``write_article`` for an article already in the store's row form."""
        conn = self.conn
        old = conn.execute("SELECT 1 FROM articles WHERE id = ?", (rows.id,)).fetchone()
        if not old:
            self.write_new([rows])
            return False
        old_people = [
            r[0]
            for r in conn.execute(
                "SELECT person_id FROM quotes WHERE article_id = ? AND person_id IS NOT NULL "
                "UNION SELECT person_id FROM article_people WHERE article_id = ? AND person_id IS NOT NULL",
                (rows.id, rows.id),
            )
        ]
        old_groups = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT group_id FROM quotes WHERE article_id = ? AND group_id IS NOT NULL",
                (rows.id,),
            )
        ]
        redate = self._count_article(rows.id, -1)
        reports.count_article(conn, rows.id, -1)
        gone = [
            int(r[0])
            for r in conn.execute("SELECT id FROM quotes WHERE article_id = ?", (rows.id,))
        ]
        if self._window is not None:
            for quote_id in gone:
                self._window.discard(quote_id)
        # cleared in the keys' column; the index in memory may keep them: a statement it
        # names that is gone, or has other words, is no match (_known_groups)
        columns.write_values(conn, "quote_keys", "keys", dict.fromkeys(gone, 0))
        conn.execute("DELETE FROM articles WHERE id = ?", (rows.id,))  # cascades
        self.write_new([rows], also_refresh=old_people)
        self._drop_orphans(old_people, old_groups)
        self._redate(redate)
        return True

    def write_new(self, batch: Sequence[ArticleRows], *, also_refresh: Iterable[int] = ()) -> None:
        """Store articles that are not in the store yet, in order, as ``write_article`` would
        one by one, with one statement per table for the whole batch: the full-text index
        then takes the batch's statements in one go (a statement per row made FTS5 flush its
        pending terms on every row, most of ingest's time), and the counts are added up
        once. Call inside ``transaction()``."""
        if not batch:
            return
        with collector_paused():
            self._write_new(batch, also_refresh)

    def _write_new(self, batch: Sequence[ArticleRows], also_refresh: Iterable[int]) -> None:
        conn = self.conn
        self._unchecked += sum(len(a.quotes) for a in batch)
        conn.executemany(
            "INSERT INTO articles(id, text_hash, text, title, date, outlet, url, source, meta, error, "
            "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    a.text_hash,
                    a.text,
                    a.meta.get("title"),
                    a.date,
                    a.meta.get("outlet"),
                    a.meta.get("url"),
                    a.source or None,
                    json.dumps(a.meta, ensure_ascii=False, sort_keys=True),
                    a.error,
                    a.language,
                )
                for a in batch
            ],
        )
        next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]) + 1
        next_group = (
            int(conn.execute("SELECT coalesce(max(id), 0) FROM quote_groups").fetchone()[0]) + 1
        )
        prepared = []
        for a in batch:
            for q in a.quotes:
                words = quote_words(q[2])
                prepared.append((fingerprint_of(words), shingles_of(words)))
        keys = {p: fingerprint_key(p) for p, _ in prepared if p}
        known = self._known_groups(keys)
        window = self._contain_window()
        # the quotes the window takes (a group, so a fingerprint) and what each best matches,
        # looked up for the whole batch at once (fingerprint.ContainWindow)
        grouped = [at for at, (print_, _) in enumerate(prepared) if print_ is not None]
        grouped_ids = [next_id + at for at in grouped]
        grouped_shingles = [prepared[at][1] for at in grouped]
        matches = window.best_matches(grouped_ids, grouped_shingles)
        batch_groups: dict[int, int] = {}  # the group of each quote of this batch
        people_rows: list[tuple[Any, ...]] = []
        alias_rows: list[tuple[int, str, str]] = []
        descriptor_rows: list[tuple[int, str]] = []
        quote_rows: list[tuple[Any, ...]] = []
        counted: list[reports.Statement] = []  # what the report counts of each statement
        new_groups: list[tuple[int, str, str]] = []
        longer: list[tuple[str, int, int]] = []
        dates: dict[str, list[int]] = {}
        tally = _Counts()
        touched: set[int] = set(also_refresh)
        at = 0
        for a in batch:
            by_name: dict[str, int] = {}
            for index, (name, kind, aliases, descriptors, gender, mentions, evidence) in enumerate(
                a.people
            ):
                names = [name, *aliases]
                # gender is decided across articles below (report.refresh_genders)
                person_id = self._resolve_person(names, kind, None)
                self._names_rows(person_id, names, descriptors, alias_rows, descriptor_rows)
                people_rows.append(
                    (
                        a.id,
                        index,
                        person_id,
                        name,
                        kind,
                        json.dumps(list(aliases), ensure_ascii=False),
                        json.dumps(list(descriptors), ensure_ascii=False),
                        gender,
                        mentions,
                        evidence,
                    )
                )
                for one in names:
                    by_name.setdefault(one, person_id)
            sort_date = a.date or ""
            place = (a.meta.get("outlet") or "", a.date)
            first_id = next_id
            quoted: dict[int, int] = {}
            for index, q in enumerate(a.quotes):
                print_, shingle_set = prepared[at]
                at += 1
                speaker, kind = q[4], q[5]
                said_by: int | None = None
                if speaker is not None:
                    said_by = by_name.get(speaker)
                    if said_by is None:  # a speaker the engine did not list among the article's people
                        said_by = self._resolve_person([speaker], kind, None)
                        self._names_rows(said_by, [speaker], (), alias_rows, descriptor_rows)
                        by_name[speaker] = said_by
                    quoted[said_by] = quoted.get(said_by, 0) + 1
                group_id = None
                if print_ is not None:
                    group_id = known.get(print_)
                    if not group_id and next_id in matches:
                        match = matches[next_id]
                        group_id = batch_groups.get(match) or window.group(match)
                    if group_id is None:
                        group_id = next_group
                        next_group += 1
                        new_groups.append((group_id, print_, q[2]))
                    else:  # the group shows its longest occurrence
                        longer.append((q[2], group_id, len(q[2])))
                    known[print_] = group_id  # the same words again, in this batch
                    batch_groups[next_id] = group_id
                counted.append((next_id, *place, kind or "none", said_by or 0))
                quote_rows.append(
                    (next_id, a.id, index, *q[:16], said_by, group_id, print_, len(shingle_set),
                     sort_date, *q[16:], keys.get(print_) if print_ else None)
                )
                next_id += 1
            if sort_date and next_id > first_id:
                span = dates.setdefault(sort_date, [first_id, next_id - 1])
                span[0], span[1] = min(span[0], first_id), max(span[1], next_id - 1)
            named = {pid for pid in by_name.values()}
            tally.add(a, quoted, {r[2] for r in people_rows[len(people_rows) - len(a.people):]})
            touched |= named
        conn.executemany(
            "INSERT OR IGNORE INTO aliases(person_id, alias, norm) VALUES (?, ?, ?)", alias_rows
        )
        conn.executemany(
            "INSERT OR IGNORE INTO descriptors(person_id, descriptor) VALUES (?, ?)",
            descriptor_rows,
        )
        conn.executemany(
            "INSERT INTO article_people(article_id, person_index, person_id, name, kind, aliases, "
            "descriptors, gender, mentions, gender_evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            people_rows,
        )
        conn.executemany(
            "INSERT INTO quote_groups(id, fingerprint, text) VALUES (?, ?, ?)", new_groups
        )
        window.extend(grouped_ids, [batch_groups[i] for i in grouped_ids], grouped_shingles)
        self._insert_quotes(quote_rows)
        self._add_keys({row[0]: row[-1] for row in quote_rows if row[-1] is not None})
        conn.executemany(
            "UPDATE quote_groups SET text = ? WHERE id = ? AND length(text) < ?", longer
        )
        conn.executemany(
            "INSERT INTO date_ids(date, min_id, max_id) VALUES (?, ?, ?) ON CONFLICT(date) DO "
            "UPDATE SET min_id = min(min_id, excluded.min_id), max_id = max(max_id, excluded.max_id)",
            [(d, low, high) for d, (low, high) in dates.items()],
        )
        tally.write(conn)
        reports.count_articles(conn, [a.id for a in batch], +1, statements=counted)
        reports.refresh_genders(conn, touched)

    _QUOTE_COLUMNS = (
        'id, article_id, quote_index, start, "end", text, type, speaker_name, speaker_kind, '
        "mention_start, mention_end, mention_text, cue_start, cue_end, cue_text, confidence, "
        "rule, carried_on, spans, person_id, group_id, fingerprint, shingle_count, sort_date, "
        "act, speaker_rule, antecedent_start, antecedent_end, antecedent_text, fingerprint_key"
    )

    def _insert_quotes(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert statements through a temporary table, in one INSERT ... SELECT: the
        full-text trigger then runs inside one statement, and FTS5 keeps the batch's terms in
        memory until the end of it (with a statement per row it wrote them out per row, in
        tiny segments it then had to merge)."""
        if not rows:
            return
        conn = self.conn
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS quotes_batch ({self._QUOTE_COLUMNS.replace('id, ', 'id INTEGER PRIMARY KEY, ', 1)})"
        )
        marks = ", ".join("?" * 30)
        conn.executemany(f"INSERT INTO temp.quotes_batch VALUES ({marks})", rows)
        conn.execute(
            f"INSERT INTO quotes({self._QUOTE_COLUMNS}) SELECT {self._QUOTE_COLUMNS} "
            "FROM temp.quotes_batch ORDER BY id"
        )
        conn.execute("DELETE FROM temp.quotes_batch")

    def _known_groups(self, keys: dict[str, int]) -> dict[str, int]:
        """The repeated-quote group of each fingerprint stored before (``keys``: fingerprint
        -> its ``fingerprint_key``): the statements whose key is among them, from the key
        index in memory (a few percent of a batch), read in one query by id; the earliest of
        each fingerprint."""
        if not keys:
            return {}
        ids = self._key_index().candidates(keys.values())
        if not ids:
            return {}
        found: dict[str, int] = {}
        for print_, group_id, _first in self.conn.execute(
            "SELECT fingerprint, group_id, min(id) FROM quotes WHERE id IN "
            "(SELECT value FROM json_each(?)) AND group_id IS NOT NULL GROUP BY fingerprint",
            (json.dumps(ids),),
        ):
            if print_ in keys:  # an equal key of other words is no match
                found[print_] = int(group_id)
        return found

    def _key_index(self) -> KeyIndex:
        """Every stored statement's fingerprint key (fingerprint.KeyIndex), read once per
        process that writes, and again when another connection has written since
        (``PRAGMA data_version``)."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        if self._keys is None or version != self._keys_version:
            with collector_paused():
                ids, keys = columns.read_nonzero(self.conn, "quote_keys", "keys")
                self._keys = KeyIndex(keys, ids)
            self._keys_version = version
        return self._keys

    def _add_keys(self, keys: dict[int, int]) -> None:
        """Statements just written (id -> fingerprint key): into ``quote_keys`` and the index
        in memory (dropped if the transaction rolls back)."""
        if not keys:
            return
        columns.write_values(self.conn, "quote_keys", "keys", keys)
        self._key_index().add(list(keys.values()), list(keys))

    @staticmethod
    def _names_rows(
        person_id: int,
        names: Iterable[str],
        descriptors: Iterable[str],
        alias_rows: list[tuple[int, str, str]],
        descriptor_rows: list[tuple[int, str]],
    ) -> None:
        for n in names:
            if n.strip():
                alias_rows.append((person_id, n.strip(), _fold(n)))
        for d in descriptors:
            if d.strip():
                descriptor_rows.append((person_id, d.strip()))

    def _contain_window(self) -> ContainWindow:
        """The latest quotes' shingles (fingerprint.py), read once per process that writes."""
        if self._window is None:
            window = ContainWindow(WINDOW)
            rows = self.conn.execute(
                "SELECT id, group_id, text FROM quotes WHERE group_id IS NOT NULL "
                "AND shingle_count > 0 ORDER BY id DESC LIMIT ?",
                (WINDOW,),
            ).fetchall()
            with collector_paused():
                rows.reverse()  # oldest first
                window.extend(
                    [int(r[0]) for r in rows],
                    [int(r[1]) for r in rows],
                    [shingles_of(quote_words(r[2])) for r in rows],
                )
            self._window = window
        return self._window

    def _count_article(self, article_id: str, sign: int) -> set[int]:
        """Add (``sign`` +1) or take out (-1) one stored article's statements in its people's
        counts, outlets, months and dates. Returns the people whose first or last date may
        have been this article's (to recompute with ``_redate`` once it is gone)."""
        conn = self.conn
        row = conn.execute("SELECT date, outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return set()
        date, outlet = row[0], row[1] or "unknown"
        month = date[:7] if date and re.match(r"\d{4}-\d{2}", date) else "unknown"
        quoted = dict(
            conn.execute(
                "SELECT person_id, count(*) FROM quotes WHERE article_id = ? AND person_id IS NOT NULL "
                "GROUP BY person_id",
                (article_id,),
            ).fetchall()
        )
        named = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT person_id FROM article_people WHERE article_id = ? "
                "AND person_id IS NOT NULL",
                (article_id,),
            )
        }
        conn.executemany(
            "UPDATE people SET quote_count = quote_count + ?, article_count = article_count + ? "
            "WHERE id = ?",
            [(sign * quoted.get(pid, 0), sign, pid) for pid in set(quoted) | named],
        )
        if not quoted:
            return set()
        if sign > 0:
            for table, key in (("person_outlets", "outlet"), ("person_months", "month")):
                conn.executemany(
                    f"INSERT INTO {table}(person_id, {key}, quotes) VALUES (?, ?, ?) "
                    f"ON CONFLICT(person_id, {key}) DO UPDATE SET quotes = quotes + excluded.quotes",
                    [(pid, outlet if key == "outlet" else month, n) for pid, n in quoted.items()],
                )
            if date:
                conn.executemany(
                    "UPDATE people SET first_date = CASE WHEN first_date IS NULL OR first_date > ?1 "
                    "THEN ?1 ELSE first_date END, last_date = CASE WHEN last_date IS NULL OR "
                    "last_date < ?1 THEN ?1 ELSE last_date END WHERE id = ?2",
                    [(date, pid) for pid in quoted],
                )
            return set()
        for table, key, value in (
            ("person_outlets", "outlet", outlet),
            ("person_months", "month", month),
        ):
            conn.executemany(
                f"UPDATE {table} SET quotes = quotes - ? WHERE person_id = ? AND {key} = ?",
                [(n, pid, value) for pid, n in quoted.items()],
            )
            conn.executemany(
                f"DELETE FROM {table} WHERE person_id = ? AND {key} = ? AND quotes <= 0",
                [(pid, value) for pid in quoted],
            )
        return set(quoted) if date else set()

    def _redate(self, people: Iterable[int]) -> None:
        """Recompute first and last dates (two index look-ups each)."""
        self.conn.executemany(
            "UPDATE people SET "
            "first_date = (SELECT min(sort_date) FROM quotes WHERE person_id = ?1 AND sort_date > ''), "
            "last_date = (SELECT max(sort_date) FROM quotes WHERE person_id = ?1 AND sort_date > '') "
            "WHERE id = ?1",
            [(pid,) for pid in people],
        )

    def report(self, **filters: Any) -> reports.Report:
        """The source-diversity report (``store/report.py``): ``outlet``, ``since``,
        ``until``, ``query``, ``raw``, ``top``."""
        with self._lock:
            return reports.build_report(self.conn, **filters)

    def reindex(self, progress: Callable[[int], None] | None = None) -> None:
        """Merge people again, recount (``remerge``), then compact the full-text index; one
        transaction for the first, so a killed run leaves the store as it was."""
        with self.transaction():
            self.remerge(progress)
        with self.transaction() as conn:
            conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")

    def remerge(self, progress: Callable[[int], None] | None = None) -> None:
        """Merge the per-article people into people across articles again, from scratch, in
        the order the articles were stored (what ingest did, with today's rules), then
        ``recount``. Call inside ``transaction()``: a killed run leaves the store as it was.
        ``progress`` is told about every article."""
        conn = self.conn
        conn.execute("UPDATE quotes SET person_id = NULL WHERE person_id IS NOT NULL")
        conn.execute("UPDATE article_people SET person_id = NULL WHERE person_id IS NOT NULL")
        for table in ("person_outlets", "person_months", "aliases", "descriptors", "people"):
            conn.execute(f"DELETE FROM {table}")
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid").fetchall()]
        for article_id in articles:
            by_name: dict[str, int] = {}
            for index, name, kind, aliases, descriptors, gender in conn.execute(
                "SELECT person_index, name, kind, aliases, descriptors, gender FROM article_people "
                "WHERE article_id = ? ORDER BY person_index",
                (article_id,),
            ).fetchall():
                names = [name, *json.loads(aliases)]
                person_id = self._resolve_person(names, kind, gender)
                self._add_names(person_id, names, json.loads(descriptors))
                conn.execute(
                    "UPDATE article_people SET person_id = ? WHERE article_id = ? AND person_index = ?",
                    (person_id, article_id, index),
                )
                for one in names:
                    by_name.setdefault(one, person_id)
            for quote_id, speaker, kind in conn.execute(
                "SELECT id, speaker_name, speaker_kind FROM quotes WHERE article_id = ? "
                "AND speaker_name IS NOT NULL ORDER BY quote_index",
                (article_id,),
            ).fetchall():
                said_by = by_name.get(speaker)
                if said_by is None:
                    said_by = self._resolve_person([speaker], kind or "person", None)
                    self._add_names(said_by, [speaker], ())
                    by_name[speaker] = said_by
                conn.execute("UPDATE quotes SET person_id = ? WHERE id = ?", (said_by, quote_id))
            if progress is not None:
                progress(1)
        self.recount()

    def recount(self) -> None:
        """Recount every person's counts, dates, outlets and months from the statements (what
        ingest maintains); ``saidwhat reindex`` runs it. Call inside ``transaction()``."""
        conn = self.conn
        reports.recount(conn)
        columns.rebuild(
            conn,
            "quote_keys",
            "keys",
            conn.execute(
                "SELECT id, fingerprint_key FROM quotes WHERE fingerprint_key IS NOT NULL ORDER BY id"
            ),
        )
        self._keys = None
        conn.execute("DELETE FROM person_outlets")
        conn.execute("DELETE FROM person_months")
        conn.execute("DELETE FROM date_ids")
        conn.execute(
            "INSERT INTO date_ids(date, min_id, max_id) SELECT sort_date, min(id), max(id) "
            "FROM quotes WHERE sort_date > '' GROUP BY sort_date"
        )
        conn.execute(
            "UPDATE people SET quote_count = 0, article_count = 0, first_date = NULL, last_date = NULL"
        )
        conn.execute(
            "UPDATE people SET quote_count = c.n, first_date = c.first, last_date = c.last "
            "FROM (SELECT person_id, count(*) AS n, min(nullif(sort_date, '')) AS first, "
            "max(nullif(sort_date, '')) AS last FROM quotes WHERE person_id IS NOT NULL "
            "GROUP BY person_id) AS c WHERE people.id = c.person_id"
        )
        conn.execute(
            "UPDATE people SET article_count = c.n FROM (SELECT person_id, count(*) AS n FROM ("
            "SELECT person_id, article_id FROM quotes WHERE person_id IS NOT NULL "
            "UNION SELECT person_id, article_id FROM article_people WHERE person_id IS NOT NULL) "
            "GROUP BY person_id) AS c WHERE people.id = c.person_id"
        )
        conn.execute(
            "INSERT INTO person_outlets(person_id, outlet, quotes) "
            "SELECT q.person_id, coalesce(a.outlet, 'unknown'), count(*) FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.person_id IS NOT NULL GROUP BY 1, 2"
        )
        conn.execute(
            "INSERT INTO person_months(person_id, month, quotes) "
            f"SELECT q.person_id, CASE WHEN a.date GLOB '{_ISO_MONTH}' THEN substr(a.date, 1, 7) "
            "ELSE 'unknown' END, count(*) FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.person_id IS NOT NULL GROUP BY 1, 2"
        )

    def _resolve_person(self, names: list[str], kind: str, gender: str | None) -> int:
        """The cross-article person for the ways one article names them; created if new.

        The rule (README, "How people are merged"): a full name joins the person with the same
        (first name through the nickname table, surname); a surname alone joins the only person
        with a full name and that surname, and stays its own person when there are none or
        several. Other sources ("officials", organisations) join on their exact folded name.
        """
        conn = self.conn
        key = None
        if kind == PersonKind.PERSON.value:
            # the article's canonical name when it is a full one; the aliases are surface
            # forms ("Crooked Hillary Clinton", "Universe Alicia Machado") only used otherwise
            canonical = _parse_name(names[0]) if names else None
            full = canonical is not None and canonical.first is not None and not canonical.is_initial
            key = canonical if full else _best_name(tuple(names))
        if key is None:
            label = max(names, key=len).strip() or "unknown"
            folded = _fold(label) or label.lower()
            row = conn.execute(
                "SELECT id FROM people WHERE kind = ? AND surname = ? AND first IS NULL ORDER BY id LIMIT 1",
                (kind, folded),
            ).fetchone()
            if row:
                return int(row[0])
            return int(
                conn.execute(
                    "INSERT INTO people(name, kind, surname, first, gender) VALUES (?, ?, ?, NULL, ?)",
                    (label, kind, folded, gender),
                ).lastrowid
                or 0
            )
        found, named_alone = self._match_key(key)
        if found is not None:
            if named_alone and key.first and not key.is_initial:
                # The first full name for a surname seen before only alone: "Mattis" -> "James Mattis".
                conn.execute(
                    "UPDATE people SET first = ?, name = ? WHERE id = ? AND first IS NULL",
                    (key.first, key.display, found),
                )
            if gender:
                conn.execute(
                    "UPDATE people SET gender = ? WHERE id = ? AND gender IS NULL", (gender, found)
                )
            return found
        return int(
            conn.execute(
                "INSERT INTO people(name, kind, surname, first, gender) VALUES (?, 'person', ?, ?, ?)",
                (key.display, key.surname, key.first, gender),
            ).lastrowid
            or 0
        )

    def _match_key(self, key: NameKey) -> tuple[int | None, bool]:
        """The person this name key joins (README, "How people are merged"), and whether that
        person is known by a surname alone so far (no first name stored)."""
        found = self._match_id(key)
        return found, found is not None and found in self._alone

    def _match_id(self, key: NameKey) -> int | None:
        rows = self.conn.execute(
            "SELECT id, first FROM people WHERE kind = 'person' AND surname = ? ORDER BY id",
            (key.surname,),
        ).fetchall()
        full = [(int(r[0]), r[1]) for r in rows if r[1] is not None and len(r[1]) > 1]
        initials = [(int(r[0]), r[1]) for r in rows if r[1] is not None and len(r[1]) == 1]
        alone = [int(r[0]) for r in rows if r[1] is None]
        self._alone = set(alone)  # what _match_key says of the match
        if key.first and not key.is_initial:
            same = [pid for pid, first in full if first == key.first]
            if same:
                return same[0]
            variant = self._spelling_variant(key)
            if variant is not None:  # "Viktor Medvedchouk" is "Viktor Medvedchuk"
                return variant
            if not full:  # no other full name with this surname: take over "Mattis" / "J. Mattis"
                fitting = alone + [pid for pid, first in initials if key.first.startswith(first)]
                if fitting:
                    return min(fitting)
            return None
        if key.is_initial:
            fitting = [pid for pid, first in full if first.startswith(key.first or "")]
            if len(fitting) == 1:
                return fitting[0]
            same = [pid for pid, first in initials if first == key.first]
            return same[0] if same else None
        if len(full) == 1:
            return full[0][0]
        return alone[0] if alone else None

    def _spelling_variant(self, key: NameKey) -> int | None:
        """The one person with the same first name and a surname one letter off, if exactly one."""
        prefix = key.surname[:3]
        rows = self.conn.execute(
            "SELECT id, surname FROM people WHERE kind = 'person' AND surname >= ? AND surname < ? AND first = ?",
            (prefix, prefix + "\uffff", key.first),
        ).fetchall()
        found = [int(r[0]) for r in rows if spelling_variant(key.surname, r[1])]
        return found[0] if len(found) == 1 else None

    def _add_names(self, person_id: int, names: Iterable[str], descriptors: Iterable[str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases(person_id, alias, norm) VALUES (?, ?, ?)",
            ((person_id, n.strip(), _fold(n)) for n in names if n.strip()),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO descriptors(person_id, descriptor) VALUES (?, ?)",
            ((person_id, d.strip()) for d in descriptors if d.strip()),
        )

    def _drop_orphans(self, people: list[int], groups: list[int]) -> None:
        for person_id in set(people):
            self.conn.execute(
                "DELETE FROM people WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM article_people WHERE person_id = ?)",
                (person_id, person_id, person_id),
            )
        for group_id in set(groups):
            self.conn.execute(
                "DELETE FROM quote_groups WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quotes WHERE group_id = ?)",
                (group_id, group_id),
            )

    # --- reading --------------------------------------------------------------------------

    def _hit(
        self, row: sqlite3.Row, rank: float | None = None, snippet: str | None = None
    ) -> QuoteHit:
        return QuoteHit(
            quote_id=row["id"],
            article_id=row["article_id"],
            quote_index=row["quote_index"],
            start=row["start"],
            end=row["end"],
            text=row["text"],
            type=row["type"],
            speaker_name=row["speaker_name"],
            speaker_kind=row["speaker_kind"],
            mention=_span(row["mention_start"], row["mention_end"], row["mention_text"]),
            cue=_span(row["cue_start"], row["cue_end"], row["cue_text"]),
            confidence=row["confidence"],
            rule=row["rule"],
            carried_on=bool(row["carried_on"]),
            spans=_spans_from_json(row["spans"]),
            group_id=row["group_id"],
            person_id=row["person_id"],
            person_name=row["person_name"],
            article_title=row["title"],
            article_date=row["date"],
            article_outlet=row["outlet"],
            article_url=row["url"],
            rank=rank,
            snippet=snippet if snippet is not None else row["text"],
        )

    def search(
        self,
        query: str,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        type: str | None = None,
        raw: bool = False,
        limit: int = 20,
        offset: int = 0,
        after: str | None = None,
    ) -> SearchPage:
        """Statements matching ``query`` (syntax in query.py), best first; an empty query lists
        every statement that passes the filters, newest first (same date: in the order stored).

        ``since``/``until`` are dates or prefixes of them, inclusive: ``until="2018-12"``
        takes all of December. ``speaker`` is any name or alias ("Mattis", "Jim Mattis"), or
        part of one when no name fits.

        Pages: ``after`` is the ``next_cursor`` of the page before (keyset: a deep page costs
        what the first does); ``offset`` skips items instead. ``total`` is exact up to
        ``COUNT_CAP``; above it ``total_exact`` is false and ``total`` is ``COUNT_CAP + 1``.

        Ranking is bounded: the matches are taken newest stored first in windows of
        ``RANK_WINDOW``, and bm25 orders each window. A query with fewer matches than that
        (nearly every query but a frequent word) is ranked as a whole; "the" costs one
        window per page, not a sort of every statement holding "the".
        """
        where, params, articles, unindexed = self._filters(speaker, outlet, since, until, type)
        query = query or ""
        match = query.strip() if raw else escape_fts(query)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        cursor = _decode_cursor(after)
        try:
            if not match:
                return self._newest(
                    where, params, articles, limit, offset, cursor, unindexed=unindexed
                )
            span = "1 = 1"
            if (since and since.strip()) or (until and until.strip()):
                span = self._date_span(since, until)
            return self._ranked(match, where, params, articles, limit, offset, cursor, span)
        except sqlite3.OperationalError as exc:
            if is_query_error(str(exc)):
                hint = (
                    "check the FTS5 syntax (quotes, parentheses, AND/OR/NOT, column names text: "
                    "and speaker_name:), or search without --raw to match the words as typed"
                    if raw
                    else "this is a bug in query escaping, please report it"
                )
                raise QueryError(f"malformed search query {query!r}: {exc}; {hint}") from exc
            raise StoreError(f"search failed: {exc}") from exc

    def _filters(
        self,
        speaker: str | None,
        outlet: str | None,
        since: str | None,
        until: str | None,
        type: str | None,
    ) -> tuple[list[str], list[Any], bool, list[tuple[str, list[Any]]]]:
        """SQL conditions on ``q`` (quotes) and ``a`` (articles), their parameters, whether ``a``
        is needed, and the conditions no index finds rows by (outlet, type)."""
        where: list[str] = []
        params: list[Any] = []
        articles = False
        unindexed: list[tuple[str, list[Any]]] = []  # checked on each row, not found by index
        if speaker and speaker.strip():
            ids = self._speaker_ids(speaker)
            where.append(f"q.person_id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        if outlet and outlet.strip():
            # "+": not through the outlets index, whose rows would all be sorted by date; the
            # pages walk the statements newest first and keep the outlet's.
            where.append("+a.outlet = ? COLLATE NOCASE")
            params.append(outlet.strip())
            articles = True
            unindexed.append((where[-1], [params[-1]]))
        if since and since.strip():
            where.append("q.sort_date >= ?")
            params.append(since.strip())
        if until and until.strip():
            # A date starting with ``until`` sorts before ``until`` + U+FFFF: inclusive prefix.
            where.append("q.sort_date > '' AND q.sort_date <= ?")
            params.append(until.strip() + "\uffff")
        if type:
            if type not in QUOTE_TYPES:
                raise QueryError(
                    f"unknown quote type {type!r} (expected one of {', '.join(QUOTE_TYPES)})"
                )
            where.append("q.type = ?")
            params.append(type)
            unindexed.append((where[-1], [params[-1]]))
        return where, params, articles, unindexed

    def _date_span(self, since: str | None, until: str | None) -> str:
        """A condition on the full-text rowid (the quote id) that the statements of these
        dates all meet: the ids
        stored for each date (``date_ids``, kept at ingest) from the first to the last. A
        full-text search reads its matches by id, newest first, so it then starts at the
        dates asked for instead of reading every later match; with articles ingested in date
        order the span holds little else."""
        if not self._has_date_ids():
            return "1 = 1"
        low = since.strip() if since and since.strip() else ""
        high = until.strip() + "\uffff" if until and until.strip() else "\uffff"
        row = self._rows(
            "SELECT min(min_id), max(max_id) FROM date_ids WHERE date > '' AND date >= ? "
            "AND date <= ?",
            (low, high),
        )[0]
        if row[0] is None:
            return "rowid BETWEEN 1 AND 0"
        return f"rowid BETWEEN {int(row[0])} AND {int(row[1])}"

    def _has_date_ids(self) -> bool:
        if self._date_ids is None:
            self._date_ids = bool(
                self._rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'date_ids'")
            )
        return self._date_ids

    def _speaker_ids(self, speaker: str) -> list[int]:
        """The people a speaker filter means: by name or alias; else names containing it."""
        ids = self._people_named(speaker)
        if ids:
            return ids
        like = "%" + _like_escape(speaker.strip()) + "%"
        return sorted(
            {
                int(r[0])
                for r in self._rows(
                    "SELECT person_id FROM aliases WHERE alias LIKE ? ESCAPE '\\' LIMIT ?",
                    (like, SPEAKER_MATCHES),
                )
            }
        )

    def _count(self, sql_from: str, where: list[str], params: Sequence[Any]) -> tuple[int, bool]:
        clause = " WHERE " + " AND ".join(where) if where else ""
        n = self._rows(
            f"SELECT count(*) FROM (SELECT 1 FROM {sql_from}{clause} LIMIT ?)",
            [*params, COUNT_CAP + 1],
        )[0][0]
        return int(n), n <= COUNT_CAP

    def _count_matches(
        self, match: str, where: list[str], params: list[Any], articles: bool, span: str = "1 = 1"
    ) -> tuple[int, bool]:
        """How many statements match (up to ``COUNT_CAP``), reading at most ``COUNT_SCAN``
        of the full-text matches: without filters, the index's own list; with filters, the
        newest ``COUNT_SCAN`` matches, so a frequent word with a rare outlet does not join
        the whole store. Beyond that the total is a lower bound (``total_exact`` false)."""
        matches = self._rows(
            "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
            f"AND {span} LIMIT ?)",
            (match, COUNT_SCAN + 1),
        )[0][0]
        if not where:
            return min(matches, COUNT_CAP + 1), matches <= COUNT_CAP
        joined = "JOIN articles a ON a.id = q.article_id " if articles else ""
        found = self._rows(
            "SELECT count(*) FROM (SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? "
            f"AND {span} ORDER BY rowid DESC LIMIT ?) f JOIN quotes q ON q.id = f.id {joined}"
            f"WHERE {' AND '.join(where)}",
            [match, COUNT_SCAN, *params],
        )[0][0]
        if matches <= COUNT_SCAN:  # every match was read: exact up to the cap
            return min(found, COUNT_CAP + 1), found <= COUNT_CAP
        return min(found, COUNT_CAP) + 1, False

    def _count_scanned(
        self,
        sql_from: str,
        where: list[str],
        params: list[Any],
        unindexed: Sequence[tuple[str, list[Any]]],
    ) -> tuple[int, bool]:
        """A list's count when some filters (outlet, type) are checked row by row: among the
        first ``COUNT_SCAN`` rows the other filters find, newest first; beyond that a lower
        bound (``total_exact`` false)."""
        checked = {sql for sql, _ in unindexed}
        found_by, found_params = [], []
        for sql, values in zip(where, _split_params(where, params), strict=True):
            if sql not in checked:
                found_by.append(sql)
                found_params.extend(values)
        test = " AND ".join(sql for sql, _ in unindexed)
        test_params = [v for _, values in unindexed for v in values]
        clause = " WHERE " + " AND ".join(found_by) if found_by else ""
        rows, found = self._rows(
            f"SELECT count(*), coalesce(sum(ok), 0) FROM (SELECT ({test}) AS ok FROM {sql_from}"
            f"{clause} ORDER BY q.sort_date DESC, q.id LIMIT ?)",
            [*test_params, *found_params, COUNT_SCAN],
        )[0]
        if rows < COUNT_SCAN:  # every row was read
            return min(found, COUNT_CAP + 1), found <= COUNT_CAP
        return min(found, COUNT_CAP) + 1, False

    def _newest(
        self,
        where: list[str],
        params: list[Any],
        articles: bool,
        limit: int,
        offset: int,
        cursor: list[Any] | None,
        unindexed: Sequence[tuple[str, list[Any]]] = (),
    ) -> SearchPage:
        sql_from = "quotes q JOIN articles a ON a.id = q.article_id" if articles else "quotes q"
        if unindexed:
            total, exact = self._count_scanned(sql_from, where, params, unindexed)
        else:
            total, exact = self._count(sql_from, where, params)
        page_where, page_params = list(where), list(params)
        if cursor is not None:
            if len(cursor) != 2:
                raise QueryError("this page cursor is not one of a statement list; start again")
            page_where.append("q.sort_date <= ? AND (q.sort_date < ? OR q.id > ?)")
            page_params += [cursor[0], cursor[0], cursor[1]]
        clause = " WHERE " + " AND ".join(page_where) if page_where else ""
        rows = self._rows(
            f"SELECT {_HIT_COLUMNS}, q.sort_date FROM {_HIT_FROM}{clause} "
            "ORDER BY q.sort_date DESC, q.id LIMIT ? OFFSET ?",
            [*page_params, limit + 1, offset],
        )
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = _encode_cursor([rows[-1]["sort_date"], rows[-1]["id"]]) if more else None
        return SearchPage(
            total, tuple(self._hit(r) for r in rows), limit, offset, next_cursor, exact
        )

    def _ranked(
        self,
        match: str,
        where: list[str],
        params: list[Any],
        articles: bool,
        limit: int,
        offset: int,
        cursor: list[Any] | None,
        span: str = "1 = 1",
    ) -> SearchPage:
        fts_from = "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid" + (
            " JOIN articles a ON a.id = q.article_id" if articles else ""
        )
        cond = ["quotes_fts MATCH ?", f"quotes_fts.{span}" if span.startswith("rowid") else span, *where]
        # The window to start in (matches with a smaller id than ``below``) and, inside it,
        # the (rank, id) of the last item already shown.
        below: int | None = None
        seen: tuple[float, int] | None = None
        if cursor is not None:
            if len(cursor) != 3:
                raise QueryError("this page cursor is not one of a ranked search; start again")
            below = None if cursor[0] is None else int(cursor[0])
            seen = None if cursor[1] is None else (float(cursor[1]), int(cursor[2]))
        picked: list[tuple[float, int]] = []
        skip = offset
        next_cursor = None
        counted: int | None = None
        while True:
            window_cond = list(cond)
            window_params: list[Any] = [match, *params]
            if below is not None:
                window_cond.append("quotes_fts.rowid < ?")
                window_params.append(below)
            window = [
                (float(r[1]), int(r[0]))
                for r in self._rows(
                    f"SELECT q.id, bm25(quotes_fts, 1.0, 0.5) FROM {fts_from} "
                    f"WHERE {' AND '.join(window_cond)} ORDER BY quotes_fts.rowid DESC LIMIT ?",
                    [*window_params, RANK_WINDOW],
                )
            ]
            last_window = len(window) < RANK_WINDOW
            if counted is None:
                # From the top, a first window that holds every match is the count itself: a
                # rare word or phrase is read once more for bm25, not a third time to count.
                counted = len(window) if last_window and below is None else -1
            lowest = min((i for _, i in window), default=None)
            window.sort()
            if seen is not None:
                window = [item for item in window if item > seen]
                seen = None
            if skip >= len(window):
                skip -= len(window)
                window = []
            else:
                window = window[skip:]
                skip = 0
            room = limit - len(picked)
            picked += window[:room]
            if len(window) > room:  # this window goes on on the next page
                rank, last = picked[-1] if picked else (None, None)
                next_cursor = _encode_cursor([below, rank, last])
                break
            if last_window or lowest is None:
                break
            below = lowest
            if len(picked) == limit:  # the next page starts with the next window
                next_cursor = _encode_cursor([below, None, None])
                break
        if counted is not None and counted >= 0:
            total, exact = min(counted, COUNT_CAP + 1), counted <= COUNT_CAP
        else:
            total, exact = self._count_matches(match, where, params, articles, span)
        if not picked:
            return SearchPage(total, (), limit, offset, next_cursor, exact)
        ids = [i for _, i in picked]
        marks = ",".join("?" * len(ids))
        rows = {
            r["id"]: r
            for r in self._rows(
                f"SELECT {_HIT_COLUMNS}, "
                f"snippet(quotes_fts, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 24) AS snip "
                "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
                "JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id "
                f"WHERE quotes_fts MATCH ? AND quotes_fts.rowid IN ({marks})",
                [match, *ids],
            )
        }
        hits = tuple(self._hit(rows[i], rank, rows[i]["snip"]) for rank, i in picked if i in rows)
        return SearchPage(total, hits, limit, offset, next_cursor, exact)

    def _people_named(self, name: str) -> list[int]:
        """People a user means by a name: alias matches, the name's key, or a bare surname."""
        ids = {
            int(r[0])
            for r in self._rows("SELECT person_id FROM aliases WHERE norm = ?", (fold(name),))
        }
        key = parse_name(name)
        if key is not None:
            if key.first is None:
                rows = self._rows(
                    "SELECT id FROM people WHERE kind = 'person' AND surname = ?", (key.surname,)
                )
            else:
                rows = self._rows(
                    "SELECT id FROM people WHERE kind = 'person' AND surname = ? AND first = ?",
                    (key.surname, key.first),
                )
            ids.update(int(r[0]) for r in rows)
        return sorted(ids)

    def article(self, article_id: str) -> StoredArticle | None:
        rows = self._rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        a = rows[0]
        people = tuple(
            person_from_row(dict(r))
            for r in self._rows(
                "SELECT * FROM article_people WHERE article_id = ? ORDER BY person_index",
                (article_id,),
            )
        )
        quotes = [
            quote_from_row(dict(r))
            for r in self._rows(
                "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote_index", (article_id,)
            )
        ]
        meta = {k: str(v) for k, v in json.loads(a["meta"] or "{}").items()}
        return StoredArticle(
            id=a["id"],
            text=a["text"],
            text_hash=a["text_hash"],
            title=a["title"],
            date=a["date"],
            outlet=a["outlet"],
            url=a["url"],
            source=a["source"],
            result=ArticleQuotes(
                id=a["id"],
                quotes=tuple(quotes),
                people=people,
                meta=meta,
                error=a["error"],
                language=a["language"],
            ),
        )

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT id FROM articles ORDER BY id")]

    _PEOPLE_COLUMNS = "p.id, p.name, p.kind, p.quote_count, p.article_count"
    _PEOPLE_ORDER = "p.quote_count DESC, p.article_count DESC, p.name, p.id"

    def people(
        self,
        query: str | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        kind: str | None = None,
        after: str | None = None,
    ) -> PeoplePage:
        """People ranked by how often they are quoted (then by articles, name, id);
        ``query`` matches names and aliases. ``after`` is the ``next_cursor`` of the page
        before: the index is read from there on, so a deep page is as fast as the first."""
        where = ["(p.quote_count > 0 OR p.article_count > 0)"]
        params: list[Any] = []
        if query and query.strip():
            # Every name a person went by is an alias, folded in ``norm`` (accents, case and
            # punctuation off): one pass over them finds the people.
            folded = fold(query)
            if folded:
                where.append("p.id IN (SELECT person_id FROM aliases WHERE instr(norm, ?) > 0)")
                params.append(folded)
            else:
                like = "%" + _like_escape(query.strip()) + "%"
                where.append(
                    "p.id IN (SELECT person_id FROM aliases WHERE alias LIKE ? ESCAPE '\\')"
                )
                params.append(like)
        if kind:
            where.append("p.kind = ?")
            params.append(kind)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        total = self._rows(f"SELECT count(*) FROM people p WHERE {' AND '.join(where)}", params)[0][0]
        cursor = _decode_cursor(after)
        page_where, page_params = list(where), list(params)
        if cursor is not None:
            if len(cursor) != 4:
                raise QueryError("this page cursor is not one of the people index; start again")
            quotes, articles, name, last = cursor
            page_where.append(
                "p.quote_count <= ? AND (p.quote_count < ? OR (p.article_count <= ? AND "
                "(p.article_count < ? OR p.name > ? OR (p.name = ? AND p.id > ?))))"
            )
            page_params += [quotes, quotes, articles, articles, name, name, last]
        rows = self._rows(
            f"SELECT {self._PEOPLE_COLUMNS} FROM people p WHERE {' AND '.join(page_where)} "
            f"ORDER BY {self._PEOPLE_ORDER} LIMIT ? OFFSET ?",
            [*page_params, limit + 1, offset],
        )
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = None
        if more and rows:
            r = rows[-1]
            next_cursor = _encode_cursor([r["quote_count"], r["article_count"], r["name"], r["id"]])
        return PeoplePage(total, tuple(self._summary(r) for r in rows), limit, offset, next_cursor)

    def _summary(self, row: sqlite3.Row) -> PersonSummary:
        aliases, descriptors = self._names_of(row["id"], row["name"])
        return PersonSummary(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=aliases,
            descriptors=descriptors,
            quote_count=row["quote_count"],
            article_count=row["article_count"],
        )

    def _names_of(self, person_id: int, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        aliases = tuple(
            r[0]
            for r in self._rows(
                "SELECT alias FROM aliases WHERE person_id = ? ORDER BY alias", (person_id,)
            )
            if r[0] != name
        )
        descriptors = tuple(
            r[0]
            for r in self._rows(
                "SELECT descriptor FROM descriptors WHERE person_id = ? ORDER BY descriptor",
                (person_id,),
            )
        )
        return aliases, descriptors

    def person(self, person: int | str) -> PersonDetail | None:
        """One person by id, or by any name or alias ("Jim Mattis", "Mattis"). Counts, dates,
        outlets and months are the ones ingest maintains (``recount`` redoes them)."""
        person_id = self._person_id(person)
        if person_id is None:
            return None
        rows = self._rows(
            f"SELECT {self._PEOPLE_COLUMNS}, p.first_date, p.last_date FROM people p WHERE p.id = ?",
            (person_id,),
        )
        if not rows:
            return None
        summary = self._summary(rows[0])
        months = self._rows(
            "SELECT month, quotes FROM person_months WHERE person_id = ? "
            "ORDER BY month = 'unknown', month",
            (person_id,),
        )
        outlets = self._rows(
            "SELECT outlet, quotes FROM person_outlets WHERE person_id = ? "
            "ORDER BY quotes DESC, outlet",
            (person_id,),
        )
        return PersonDetail(
            id=summary.id,
            name=summary.name,
            kind=summary.kind,
            aliases=summary.aliases,
            descriptors=summary.descriptors,
            quote_count=summary.quote_count,
            article_count=summary.article_count,
            by_month=tuple((r[0], r[1]) for r in months),
            outlets=tuple((r[0], r[1]) for r in outlets),
            first_date=rows[0]["first_date"],
            last_date=rows[0]["last_date"],
        )

    def _person_id(self, person: int | str) -> int | None:
        if isinstance(person, int) or (isinstance(person, str) and person.strip().isdigit()):
            rows = self._rows("SELECT id FROM people WHERE id = ?", (int(person),))
            return int(rows[0][0]) if rows else None
        ids = self._people_named(str(person))
        if not ids:
            return None
        if len(ids) == 1:
            return ids[0]
        # Several fit ("Clinton"): an exact alias wins, then the most quoted.
        exact = {
            int(r[0])
            for r in self._rows(
                "SELECT person_id FROM aliases WHERE norm = ?", (fold(str(person)),)
            )
        }
        pool = sorted(exact) or ids
        marks = ",".join("?" * len(pool))
        row = self._rows(
            f"SELECT p.id FROM people p WHERE p.id IN ({marks}) "
            "ORDER BY p.quote_count DESC, p.id LIMIT 1",
            pool,
        )
        return int(row[0][0]) if row else None

    def person_quotes(
        self, person_id: int, *, limit: int = 20, offset: int = 0, after: str | None = None
    ) -> SearchPage:
        """A person's statements, newest first (same date: in the order stored); ``after``
        is the ``next_cursor`` of the page before."""
        page = self._newest(
            ["q.person_id = ?"], [person_id], False, max(0, int(limit)), max(0, int(offset)),
            _decode_cursor(after),
        )
        counted = self._rows("SELECT quote_count FROM people WHERE id = ?", (person_id,))
        if counted:  # the maintained count: exact, however many
            page = replace(page, total=int(counted[0][0]), total_exact=True)
        return page

    def repeated_quotes(self, min_outlets: int = 2, limit: int = 50) -> list[QuoteGroup]:
        """Statements repeated across outlets, most outlets first. An article without an outlet
        counts as an outlet of its own."""
        groups = self._rows(
            "SELECT g.id, g.text, count(*) AS quote_count, "
            "count(DISTINCT coalesce(a.outlet, 'article:' || a.id)) AS outlet_count "
            "FROM quote_groups g JOIN quotes q ON q.group_id = g.id JOIN articles a ON a.id = q.article_id "
            "GROUP BY g.id HAVING outlet_count >= ? ORDER BY outlet_count DESC, quote_count DESC, g.id LIMIT ?",
            (max(1, min_outlets), max(0, limit)),
        )
        out = []
        for g in groups:
            rows = self._rows(
                f"SELECT {_HIT_COLUMNS} FROM {_HIT_FROM} WHERE q.group_id = ? "
                "ORDER BY a.date IS NULL, a.date, q.article_id, q.quote_index",
                (g["id"],),
            )
            hits = tuple(self._hit(r) for r in rows)
            dates = [h.article_date for h in hits if h.article_date]
            out.append(
                QuoteGroup(
                    id=g["id"],
                    text=g["text"],
                    quote_count=g["quote_count"],
                    outlet_count=g["outlet_count"],
                    outlets=tuple(sorted({h.article_outlet for h in hits if h.article_outlet})),
                    speakers=tuple(
                        dict.fromkeys(
                            name for h in hits if (name := h.person_name or h.speaker_name)
                        )
                    ),
                    first_date=min(dates) if dates else None,
                    last_date=max(dates) if dates else None,
                    quotes=hits,
                )
            )
        return out

    def counts(self) -> dict[str, int]:
        """How many articles, quotes, people and repeated-quote groups the store holds."""
        return {
            table: self._rows(f"SELECT count(*) FROM {table}")[0][0]
            for table in ("articles", "quotes", "people", "quote_groups")
        }


def _split_params(where: list[str], params: list[Any]) -> list[list[Any]]:
    """``params`` cut into each condition's own (one per ``?``)."""
    out, at = [], 0
    for sql in where:
        n = sql.count("?")
        out.append(params[at : at + n])
        at += n
    return out


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
