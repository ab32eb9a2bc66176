"""QuoteStore: the SQLite quote database (WAL, FTS5).

    >>> from saidwhat.store import QuoteStore
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     page = store.search("alliances", speaker="Mattis")

One writer at a time (SQLite's lock); any number of readers, also while ingest writes (WAL).
Every write of an article, its quotes and its people happens in one transaction, so a killed
process leaves whole articles or nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import QueryError, StoreError
from ..core.schema import text_hash
from ..core.types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from ..readers.base import Document, ReadFailure
from .connect import explain, open_readonly, open_writable
from .fingerprint import CONTAINMENT, fingerprint, shingles
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
from .schema import SCHEMA, SCHEMA_VERSION

ARTICLE_FIELDS = ("title", "date", "outlet", "url")
QUOTE_TYPES = tuple(t.value for t in QuoteType)

IngestItem = Document | tuple[Document, ArticleQuotes] | ReadFailure

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
_NEWEST_FIRST = "a.date IS NULL, a.date DESC, q.article_id, q.quote_index"


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


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    if start is None or end is None:
        return None
    return Span(int(start), int(end), text or "")


def _spans_to_json(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end, s.text] for s in spans], ensure_ascii=False)


def _spans_from_json(data: str) -> tuple[Span, ...]:
    return tuple(Span(int(s), int(e), str(t)) for s, e, t in json.loads(data or "[]"))


class QuoteStore:
    """The quote database at ``path``; created with its schema unless ``readonly``."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        try:
            self.conn = open_readonly(self.path) if readonly else open_writable(self.path)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")  # wait for a writer, don't fail
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")  # readers go on while ingest writes
                self.conn.execute(
                    "PRAGMA synchronous = NORMAL"
                )  # WAL + NORMAL survives a killed process
                self.conn.executescript(SCHEMA)
                self.conn.execute(
                    "INSERT OR IGNORE INTO store_meta(key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(explain(self.path, exc)) from exc

    def _check_version(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT value FROM store_meta WHERE key = 'schema_version'"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: not a saidwhat quote database ({exc})") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(
                f"{self.path}: schema version {found}, this saidwhat reads {SCHEMA_VERSION}"
            )

    # --- life cycle -----------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
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
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # --- writing --------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[IngestItem],
        *,
        progress: Callable[[int], None] | None = None,
        batch_size: int = 64,
        extract_batch_size: int = 16,
        extract: Extractor | None = None,
    ) -> IngestSummary:
        """Store articles: ``(Document, ArticleQuotes)`` pairs (stored as given), ``Document``
        (extracted with ``extract``, e.g. ``saidwhat.extract_many``; ``saidwhat.ingest.ingest``
        passes it) or ``ReadFailure`` (reported). Idempotent; see ``store/ingest.py``."""
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

    def id_with_text(self, digest: str, outlet: str | None) -> str | None:
        """The id of an article already stored with this text and outlet."""
        row = self._rows(
            "SELECT id FROM articles WHERE text_hash = ? AND outlet IS ? LIMIT 1", (digest, outlet)
        )
        return row[0][0] if row else None

    def write_article(self, doc: Document, result: ArticleQuotes) -> bool:
        """Store one article with its quotes and people, replacing any older version under the
        same id. Call inside ``transaction()``. Returns whether an older version was replaced."""
        conn = self.conn
        old = conn.execute("SELECT 1 FROM articles WHERE id = ?", (doc.id,)).fetchone()
        old_people: list[int] = []
        old_groups: list[int] = []
        if old:
            old_people = [
                r[0]
                for r in conn.execute(
                    "SELECT person_id FROM quotes WHERE article_id = ? AND person_id IS NOT NULL "
                    "UNION SELECT person_id FROM article_people WHERE article_id = ? AND person_id IS NOT NULL",
                    (doc.id, doc.id),
                )
            ]
            old_groups = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT group_id FROM quotes WHERE article_id = ? AND group_id IS NOT NULL",
                    (doc.id,),
                )
            ]
            conn.execute("DELETE FROM articles WHERE id = ?", (doc.id,))  # cascades
        meta = dict(doc.meta)
        meta.update({k: v for k, v in (result.meta or {}).items() if k not in meta})
        conn.execute(
            "INSERT INTO articles(id, text_hash, text, title, date, outlet, url, source, meta, error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                text_hash(doc.text),
                doc.text,
                meta.get("title"),
                normalise_date(meta.get("date")),
                meta.get("outlet"),
                meta.get("url"),
                doc.source or None,
                json.dumps(meta, ensure_ascii=False, sort_keys=True),
                result.error,
            ),
        )
        by_name: dict[str, int] = {}
        for index, person in enumerate(result.people):
            person_id = self._resolve_person(
                [person.name, *person.aliases], person.kind.value, person.gender
            )
            self._add_names(person_id, [person.name, *person.aliases], person.descriptors)
            conn.execute(
                "INSERT INTO article_people(article_id, person_index, person_id, name, kind, aliases, "
                "descriptors, gender, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    index,
                    person_id,
                    person.name,
                    person.kind.value,
                    json.dumps(list(person.aliases), ensure_ascii=False),
                    json.dumps(list(person.descriptors), ensure_ascii=False),
                    person.gender,
                    _spans_to_json(person.mentions),
                ),
            )
            for name in (person.name, *person.aliases):
                by_name.setdefault(name, person_id)
        for index, quote in enumerate(result.quotes):
            self._write_quote(doc.id, index, quote, by_name)
        if old:
            self._drop_orphans(old_people, old_groups)
        return bool(old)

    def _write_quote(
        self, article_id: str, index: int, quote: Quote, by_name: dict[str, int]
    ) -> None:
        conn = self.conn
        speaker = quote.speaker
        person_id = None
        if speaker is not None:
            person_id = by_name.get(speaker.name)
            if person_id is None:  # a speaker the engine did not list among the article's people
                person_id = self._resolve_person([speaker.name], speaker.kind.value, None)
                self._add_names(person_id, [speaker.name], ())
                by_name[speaker.name] = person_id
        mention = speaker.mention if speaker else None
        print_ = fingerprint(quote.text)
        shingle_set = shingles(quote.text)
        group_id = self._find_group(print_, shingle_set) if print_ else None
        cursor = conn.execute(
            'INSERT INTO quotes(article_id, quote_index, start, "end", text, type, speaker_name, '
            "speaker_kind, mention_start, mention_end, mention_text, cue_start, cue_end, cue_text, "
            "confidence, rule, carried_on, spans, person_id, group_id, fingerprint, shingle_count) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                index,
                quote.start,
                quote.end,
                quote.text,
                quote.type.value,
                speaker.name if speaker else None,
                speaker.kind.value if speaker else None,
                mention.start if mention else None,
                mention.end if mention else None,
                mention.text if mention else None,
                quote.cue.start if quote.cue else None,
                quote.cue.end if quote.cue else None,
                quote.cue.text if quote.cue else None,
                float(quote.confidence),
                quote.rule,
                int(quote.carried_on),
                _spans_to_json(quote.spans),
                person_id,
                None,
                print_,
                len(shingle_set),
            ),
        )
        quote_id = cursor.lastrowid
        if print_ is None:
            return
        if group_id is None:
            group_id = conn.execute(
                "INSERT INTO quote_groups(fingerprint, text) VALUES (?, ?)", (print_, quote.text)
            ).lastrowid
        else:  # the group shows its longest occurrence
            conn.execute(
                "UPDATE quote_groups SET text = ? WHERE id = ? AND length(text) < ?",
                (quote.text, group_id, len(quote.text)),
            )
        conn.execute("UPDATE quotes SET group_id = ? WHERE id = ?", (group_id, quote_id))
        conn.executemany(
            "INSERT OR IGNORE INTO quote_shingles(shingle, quote_id) VALUES (?, ?)",
            ((s, quote_id) for s in shingle_set),
        )

    def _find_group(self, print_: str, shingle_set: set[int]) -> int | None:
        """The repeated-quote group this text belongs to (see fingerprint.py), if any."""
        row = self.conn.execute(
            "SELECT group_id FROM quotes WHERE fingerprint = ? AND group_id IS NOT NULL LIMIT 1",
            (print_,),
        ).fetchone()
        if row:
            return int(row[0])
        if not shingle_set:
            return None
        best: tuple[float, int] | None = None
        marks = ",".join("?" * len(shingle_set))
        for group_id, shared, count in self.conn.execute(
            f"SELECT q.group_id, count(*), q.shingle_count FROM quote_shingles s "
            f"JOIN quotes q ON q.id = s.quote_id WHERE s.shingle IN ({marks}) "
            f"AND q.group_id IS NOT NULL GROUP BY s.quote_id",
            tuple(shingle_set),
        ):
            containment = shared / max(1, min(len(shingle_set), count))
            if containment >= CONTAINMENT and (best is None or containment > best[0]):
                best = (containment, int(group_id))
        return best[1] if best else None

    def _resolve_person(self, names: list[str], kind: str, gender: str | None) -> int:
        """The cross-article person for the ways one article names them; created if new.

        The rule (README, "How people are merged"): a full name joins the person with the same
        (first name through the nickname table, surname); a surname alone joins the only person
        with a full name and that surname, and stays its own person when there are none or
        several. Other sources ("officials", organisations) join on their exact folded name.
        """
        conn = self.conn
        key = best_name(names) if kind == PersonKind.PERSON.value else None
        if key is None:
            label = max(names, key=len).strip() or "unknown"
            folded = fold(label) or label.lower()
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
        found = self._match_key(key)
        if found is not None:
            if key.first and not key.is_initial:
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

    def _match_key(self, key: NameKey) -> int | None:
        rows = self.conn.execute(
            "SELECT id, first FROM people WHERE kind = 'person' AND surname = ? ORDER BY id",
            (key.surname,),
        ).fetchall()
        full = [(int(r[0]), r[1]) for r in rows if r[1] is not None and len(r[1]) > 1]
        initials = [(int(r[0]), r[1]) for r in rows if r[1] is not None and len(r[1]) == 1]
        alone = [int(r[0]) for r in rows if r[1] is None]
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
            ((person_id, n.strip(), fold(n)) for n in names if n.strip()),
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
    ) -> SearchPage:
        """Statements matching ``query`` (syntax in query.py), best first; an empty query lists
        every statement that passes the filters, newest first.

        ``since``/``until`` are dates or prefixes of them, inclusive: ``until="2018-12"``
        takes all of December. ``speaker`` is any name or alias ("Mattis", "Jim Mattis").
        """
        where: list[str] = []
        params: list[Any] = []
        if speaker:
            ids = self._people_named(speaker)
            marks = ",".join("?" * len(ids)) or "NULL"
            where.append(f"(q.person_id IN ({marks}) OR q.speaker_name LIKE ? ESCAPE '\\')")
            params.extend(ids)
            params.append("%" + _like_escape(speaker.strip()) + "%")
        if outlet:
            where.append("a.outlet = ? COLLATE NOCASE")
            params.append(outlet.strip())
        if since:
            where.append("a.date >= ?")
            params.append(since.strip())
        if until:
            where.append("substr(a.date, 1, ?) <= ?")
            params.extend([len(until.strip()), until.strip()])
        if type:
            if type not in QUOTE_TYPES:
                raise QueryError(
                    f"unknown quote type {type!r} (expected one of {', '.join(QUOTE_TYPES)})"
                )
            where.append("q.type = ?")
            params.append(type)
        query = query or ""
        match = query.strip() if raw else escape_fts(query)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        if not match:
            clause = " WHERE " + " AND ".join(where) if where else ""
            total = self._rows(f"SELECT count(*) FROM {_HIT_FROM}{clause}", params)[0][0]
            rows = self._rows(
                f"SELECT {_HIT_COLUMNS} FROM {_HIT_FROM}{clause} ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            return SearchPage(total, tuple(self._hit(r) for r in rows), limit, offset)
        clause = " AND ".join(["quotes_fts MATCH ?", *where])
        fts_from = (
            "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
            "JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id"
        )
        try:
            total = self._rows(f"SELECT count(*) FROM {fts_from} WHERE {clause}", [match, *params])[
                0
            ][0]
            rows = self._rows(
                f"SELECT {_HIT_COLUMNS}, bm25(quotes_fts, 1.0, 0.5) AS rank, "
                f"snippet(quotes_fts, 0, '{SNIPPET_START}', '{SNIPPET_END}', '…', 24) AS snip "
                f"FROM {fts_from} WHERE {clause} ORDER BY rank LIMIT ? OFFSET ?",
                [match, *params, limit, offset],
            )
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
        return SearchPage(
            total, tuple(self._hit(r, r["rank"], r["snip"]) for r in rows), limit, offset
        )

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
            Person(
                name=r["name"],
                kind=PersonKind(r["kind"]),
                aliases=tuple(json.loads(r["aliases"])),
                descriptors=tuple(json.loads(r["descriptors"])),
                gender=r["gender"],
                mentions=_spans_from_json(r["mentions"]),
            )
            for r in self._rows(
                "SELECT * FROM article_people WHERE article_id = ? ORDER BY person_index",
                (article_id,),
            )
        )
        quotes = []
        for r in self._rows(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote_index", (article_id,)
        ):
            speaker = None
            if r["speaker_name"] is not None:
                speaker = Speaker(
                    name=r["speaker_name"],
                    mention=_span(r["mention_start"], r["mention_end"], r["mention_text"]),
                    kind=PersonKind(r["speaker_kind"] or "person"),
                )
            quotes.append(
                Quote(
                    start=r["start"],
                    end=r["end"],
                    text=r["text"],
                    type=QuoteType(r["type"]),
                    speaker=speaker,
                    cue=_span(r["cue_start"], r["cue_end"], r["cue_text"]),
                    confidence=r["confidence"],
                    rule=r["rule"],
                    spans=_spans_from_json(r["spans"]),
                    carried_on=bool(r["carried_on"]),
                )
            )
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
                id=a["id"], quotes=tuple(quotes), people=people, meta=meta, error=a["error"]
            ),
        )

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT id FROM articles ORDER BY id")]

    _PEOPLE_COUNTS = """
        SELECT p.id, p.name, p.kind,
            (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS quote_count,
            (SELECT count(*) FROM (
                SELECT article_id FROM quotes WHERE person_id = p.id
                UNION SELECT article_id FROM article_people WHERE person_id = p.id)) AS article_count
        FROM people p
    """

    def people(
        self, query: str | None = None, *, limit: int = 50, offset: int = 0, kind: str | None = None
    ) -> PeoplePage:
        """People ranked by how often they are quoted; ``query`` matches names and aliases."""
        where, params = [], []
        if query and query.strip():
            like = "%" + _like_escape(query.strip()) + "%"
            folded = "%" + _like_escape(fold(query)) + "%"
            where.append(
                "(p.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM aliases x WHERE x.person_id = p.id "
                "AND (x.alias LIKE ? ESCAPE '\\' OR x.norm LIKE ? ESCAPE '\\')))"
            )
            params += [like, like, folded]
        if kind:
            where.append("p.kind = ?")
            params.append(kind)
        clause = " WHERE " + " AND ".join(where) if where else ""
        inner = f"{self._PEOPLE_COUNTS}{clause}"
        total = self._rows(
            f"SELECT count(*) FROM ({inner}) WHERE quote_count + article_count > 0", params
        )[0][0]
        rows = self._rows(
            f"SELECT * FROM ({inner}) WHERE quote_count + article_count > 0 "
            "ORDER BY quote_count DESC, article_count DESC, name LIMIT ? OFFSET ?",
            [*params, max(0, limit), max(0, offset)],
        )
        return PeoplePage(total, tuple(self._summary(r) for r in rows), limit, offset)

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
        """One person by id, or by any name or alias ("Jim Mattis", "Mattis")."""
        person_id = self._person_id(person)
        if person_id is None:
            return None
        rows = self._rows(f"{self._PEOPLE_COUNTS} WHERE p.id = ?", (person_id,))
        if not rows:
            return None
        summary = self._summary(rows[0])
        months = self._rows(
            f"SELECT CASE WHEN a.date GLOB '{_ISO_MONTH}' THEN substr(a.date, 1, 7) ELSE 'unknown' END AS month, "
            "count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.person_id = ? "
            "GROUP BY month ORDER BY month = 'unknown', month",
            (person_id,),
        )
        outlets = self._rows(
            "SELECT coalesce(a.outlet, 'unknown') AS outlet, count(*) AS n FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE q.person_id = ? GROUP BY 1 ORDER BY n DESC, outlet",
            (person_id,),
        )
        span = self._rows(
            "SELECT min(a.date), max(a.date) FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.person_id = ?",
            (person_id,),
        )[0]
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
            first_date=span[0],
            last_date=span[1],
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
            f"SELECT p.id, (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS n FROM people p "
            f"WHERE p.id IN ({marks}) ORDER BY n DESC, p.id LIMIT 1",
            pool,
        )
        return int(row[0][0]) if row else None

    def person_quotes(self, person_id: int, *, limit: int = 20, offset: int = 0) -> SearchPage:
        """A person's statements, newest first."""
        total = self._rows("SELECT count(*) FROM quotes WHERE person_id = ?", (person_id,))[0][0]
        rows = self._rows(
            f"SELECT {_HIT_COLUMNS} FROM {_HIT_FROM} WHERE q.person_id = ? "
            f"ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            (person_id, max(0, limit), max(0, offset)),
        )
        return SearchPage(total, tuple(self._hit(r) for r in rows), limit, offset)

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


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
