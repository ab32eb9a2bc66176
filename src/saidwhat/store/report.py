"""Who gets quoted: the source-diversity report over a quote store (no spaCy).

    >>> from saidwhat.store import QuoteStore
    >>> from saidwhat.store.report import build_report
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     report = build_report(store.conn, outlet="Herald", since="2018-01")

Two things kept at ingest answer it. The whole store and one outlet read ``report_totals``
and ``report_people``, a few rows each. Any other filter (dates by year, month or day, a
topic search, and their combinations) reads ``report_columns``: every statement's place
(an outlet and date, ``report_places``) and speaker packed in one integer, in statement id
order, eight bytes a statement. The places that pass the filter are picked in SQL, a
topic's statement ids come from the full-text index as one string, and numpy counts the
statements and distinct speakers of each kind, gender, outlet and month with bincounts: a
few hundred milliseconds on a million statements, exact (no sampling).

Speaker kinds are grouped as a reader asks about them: ``person``; ``organisation``;
``group`` (a group or an unnamed source: "officials", "a spokesman"); ``none`` (a statement
with no source). Persons are counted by the gender the store holds for them (see
``core/gender.py``): ``female``, ``male`` or ``unknown``, always all three.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import QueryError
from ..core.gender import combine_counts
from . import columns
from .query import escape_fts, is_query_error

REPORT_SCHEMA = "saidwhat.report/1"
KINDS = ("person", "organisation", "group", "none")  # the report's speaker kinds, in order
GENDERS = ("female", "male", "unknown")
_KIND_OF = {"person": "person", "organisation": "organisation", "group": "group", "unknown": "group"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MONTH = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
TOP = 10
# A statement's speaker kind in ``report_columns`` (3 bits); anything else is 5.
KIND_CODES = {"none": 0, "person": 1, "organisation": 2, "group": 3, "unknown": 4}


# --- the values ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Count:
    """Statements and distinct speakers in one cell, with their shares of the whole row."""

    statements: int = 0
    speakers: int = 0
    statement_share: float | None = None
    speaker_share: float | None = None


@dataclass(frozen=True, slots=True)
class Figures:
    """One row of the report: the whole filter, one outlet or one month."""

    key: str  # "" for the whole, the outlet or the month ("" where it has none)
    statements: int
    kinds: dict[str, Count]  # KINDS
    genders: dict[str, Count]  # GENDERS: statements by persons and distinct persons


@dataclass(frozen=True, slots=True)
class TopSpeaker:
    id: int
    name: str
    statements: int
    gender: str | None = None
    gender_evidence: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    filters: dict[str, str | None]
    total: Figures
    by_outlet: tuple[Figures, ...]
    by_month: tuple[Figures, ...]
    top_people: tuple[TopSpeaker, ...]
    top_organisations: tuple[TopSpeaker, ...]
    notes: tuple[str, ...] = field(default=())


# --- maintained at ingest -------------------------------------------------------------------


Cell = tuple[str, str, str, int]  # (outlet, month, kind, person id): a key of report_cells


def _chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    return (values[i : i + size] for i in range(0, len(values), size))


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _batch_cells(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[Cell, int]:
    """The articles' statements added up by report cell."""
    cells: dict[Cell, int] = {}
    for part in _chunks(article_ids):
        for outlet, month, kind, person, n in conn.execute(
            f"SELECT coalesce(a.outlet, ''), CASE WHEN a.date GLOB '{_MONTH}' THEN substr(a.date, 1, 7) "
            "ELSE '' END, coalesce(q.speaker_kind, 'none'), coalesce(q.person_id, 0), count(*) "
            f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.article_id IN ({_marks(part)}) "
            "GROUP BY 1, 2, 3, 4",
            part,
        ):
            key = (outlet, month, kind, int(person))
            cells[key] = cells.get(key, 0) + int(n)
    return cells


def count_article(conn: sqlite3.Connection, article_id: str, sign: int, *, columns: bool = True) -> None:
    """``count_articles`` for one article."""
    count_articles(conn, [article_id], sign, columns=columns)


# A statement as the report counts it: (quote id, outlet or '', the article's date as stored,
# speaker kind or 'none', person id or 0); what a writer that has just built the rows knows.
Statement = tuple[int, str, str | None, str, int]
_MONTH_RE = re.compile(r"[0-9]{4}-[0-9]{2}")  # _MONTH (GLOB) in Python: the start of a date


def _cells_of(statements: Iterable[Statement]) -> dict[Cell, int]:
    """``_batch_cells`` from statements in hand instead of read back from the store."""
    cells: dict[Cell, int] = {}
    for _, outlet, date, kind, person in statements:
        month = date[:7] if date and _MONTH_RE.match(date) else ""
        key = (outlet, month, kind, person)
        cells[key] = cells.get(key, 0) + 1
    return cells


def count_articles(
    conn: sqlite3.Connection,
    article_ids: Iterable[str],
    sign: int,
    *,
    columns: bool = True,
    statements: Sequence[Statement] | None = None,
) -> None:
    """Add (``sign`` +1) or take out (-1) stored articles' statements in ``report_cells``,
    ``report_people``, ``report_totals`` and ``report_columns``, and what they say of their
    people's gender in ``person_genders``. Call it after the articles' statements are
    written (+1) or before they are deleted (-1), then ``refresh_genders`` for their people.
    A batch costs a few queries per outlet and month it touches plus one write per changed
    row, so a writer of many articles calls it once for all of them. With ``columns=False``
    the statements' columns are left to the caller (``index_statements``). A writer adding
    articles (``sign`` +1) may pass every one of their ``statements``: they are then not
    read back from the store (two reads of 33,000 rows a batch of 2,000 articles)."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return
    given = statements is not None and sign > 0
    _count_genders(conn, ids, sign)
    if columns:
        if given:
            _index_rows(conn, statements or ())
        else:
            index_articles(conn, ids, remove=sign < 0)
    cells = _cells_of(statements or ()) if given else _batch_cells(conn, ids)
    _count_totals(conn, cells, sign)
    if sign > 0:
        conn.executemany(
            "INSERT INTO report_cells(outlet, month, kind, person_id, quotes, gender) VALUES (?, ?, ?, ?, ?, "
            "CASE WHEN ?3 = 'person' THEN coalesce((SELECT gender FROM people WHERE id = ?4), '') ELSE '' END) "
            "ON CONFLICT(outlet, month, kind, person_id) DO UPDATE SET quotes = quotes + excluded.quotes",
            [(*key, n) for key, n in cells.items()],
        )
        return
    conn.executemany(
        "UPDATE report_cells SET quotes = quotes - ? "
        "WHERE outlet = ? AND month = ? AND kind = ? AND person_id = ?",
        [(n, *key) for key, n in cells.items()],
    )
    # only the cells these articles touched (a scan of every cell cost 40 ms on a million)
    conn.executemany(
        "DELETE FROM report_cells WHERE outlet = ? AND month = ? AND kind = ? AND person_id = ? AND quotes <= 0",
        list(cells),
    )


def _dims(outlet: str, month: str) -> tuple[tuple[str, str, str], ...]:
    return (("all", "", ""), ("outlet", outlet, ""), ("month", "", month))


def _before(conn: sqlite3.Connection, table: str, keys: Iterable[tuple[Any, ...]]) -> dict[tuple[Any, ...], int]:
    """The kept ``quotes`` of ``report_cells`` (keys: outlet, month, kind, person) or
    ``report_people`` (dim, outlet, month, kind, person) rows, one query per group of keys
    that differ only by person."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for key in keys:
        groups.setdefault(key[:-1], []).append(key[-1])
    where = {"report_cells": "outlet = ? AND month = ? AND kind = ?",
             "report_people": "dim = ? AND outlet = ? AND month = ? AND kind = ?"}[table]
    found: dict[tuple[Any, ...], int] = {}
    for group, people in groups.items():
        for part in _chunks(people):
            for person, quotes in conn.execute(
                f"SELECT person_id, quotes FROM {table} WHERE {where} AND person_id IN ({_marks(part)})",
                [*group, *part],
            ):
                found[(*group, int(person))] = int(quotes)
    return found


def _count_totals(conn: sqlite3.Connection, cells: dict[Cell, int], sign: int) -> None:
    """Keep ``report_people`` and ``report_totals`` in step with a batch's cells: a speaker
    counts in a row while their statements there are more than none."""
    people = sorted({c[3] for c in cells if c[3]})
    genders: dict[int, str] = {}
    for part in _chunks(people):
        genders.update((int(pid), g or "") for pid, g in conn.execute(
            f"SELECT id, gender FROM people WHERE id IN ({_marks(part)})", part
        ))
    totals: dict[tuple[str, str, str, str, str], list[int]] = {}

    def add(dim: str, outlet: str, month: str, kind: str, gender: str, statements: int, speakers: int) -> None:
        entry = totals.setdefault((dim, outlet, month, kind, gender), [0, 0])
        entry[0] += statements
        entry[1] += speakers

    # (outlet, month): a speaker is there while their cell is; report_cells is the list
    kept = _before(conn, "report_cells", (c for c in cells if c[3]))
    moved: dict[tuple[str, str, str, str, int], int] = {}
    for (outlet, month, kind, person), n in cells.items():
        gender = genders.get(person, "") if kind == "person" else ""
        speakers = 0
        if person:
            before = kept.get((outlet, month, kind, person), 0)
            speakers = (before + sign * n > 0) - (before > 0)
        add("outlet-month", outlet, month, kind, gender, sign * n, speakers)
        for dim, o, m in _dims(outlet, month):
            add(dim, o, m, kind, gender, sign * n, 0)
            if person:
                key = (dim, o, m, kind, person)
                moved[key] = moved.get(key, 0) + n
    kept = _before(conn, "report_people", moved)
    upserts, deletes = [], []
    for (dim, o, m, kind, person), n in moved.items():
        before = kept.get((dim, o, m, kind, person), 0)
        after = before + sign * n
        if after > 0:
            upserts.append((dim, o, m, person, kind, after))
        else:
            deletes.append((dim, o, m, person, kind))
        gender = genders.get(person, "") if kind == "person" else ""
        add(dim, o, m, kind, gender, 0, (after > 0) - (before > 0))
    conn.executemany(
        "INSERT INTO report_people(dim, outlet, month, person_id, kind, quotes) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(dim, outlet, month, person_id, kind) DO UPDATE SET quotes = excluded.quotes",
        upserts,
    )
    conn.executemany(
        "DELETE FROM report_people WHERE dim = ? AND outlet = ? AND month = ? AND person_id = ? AND kind = ?",
        deletes,
    )
    conn.executemany(
        "INSERT INTO report_totals(dim, outlet, month, kind, gender, statements, speakers) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dim, outlet, month, kind, gender) DO UPDATE SET "
        "statements = statements + excluded.statements, speakers = speakers + excluded.speakers",
        [(*key, n, speakers) for key, (n, speakers) in totals.items()],
    )


def _add_total(
    conn: sqlite3.Connection, dim: str, outlet: str, month: str, kind: str, gender: str, statements: int, speakers: int
) -> None:
    conn.execute(
        "INSERT INTO report_totals(dim, outlet, month, kind, gender, statements, speakers) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dim, outlet, month, kind, gender) DO UPDATE SET "
        "statements = statements + excluded.statements, speakers = speakers + excluded.speakers",
        (dim, outlet, month, kind, gender, statements, speakers),
    )


def _move_gender(conn: sqlite3.Connection, person: int, old: str, new: str) -> None:
    """A person's gender changed: move their statements and themselves between the totals."""
    rows, cells = _person_rows(conn, person)
    for dim, o, m, n in rows:
        _add_total(conn, dim, o, m, "person", old, -n, -1)
        _add_total(conn, dim, o, m, "person", new, n, 1)
    conn.executemany(
        "UPDATE report_cells SET gender = ? WHERE outlet = ? AND month = ? AND kind = 'person' AND person_id = ?",
        [(new, o, m, person) for o, m in cells],
    )


def _person_rows(conn: sqlite3.Connection, person: int) -> tuple[list[tuple[str, str, str, int]], list[tuple[str, str]]]:
    """A person's rows of kind 'person': (dim, outlet, month, statements) of ``report_people``
    and of ``report_cells`` (as dim 'outlet-month'), and the cells' (outlet, month). Looked
    up by their keys, from the outlets and months kept for the person (``person_outlets``,
    ``person_months``, keyed by person first; 'unknown' there is '' here): an index of either
    table by person had random keys, so every batch rewrote pages all over it."""
    outlets = sorted({"", *(o for (o,) in conn.execute("SELECT outlet FROM person_outlets WHERE person_id = ?", (person,)))})
    months = sorted({"", *(m for (m,) in conn.execute("SELECT month FROM person_months WHERE person_id = ?", (person,)))})
    rows: list[tuple[str, str, str, int]] = []
    people_keys = [("all", "", ""), *(("outlet", o, "") for o in outlets), *(("month", "", m) for m in months)]
    for dim, o, m in people_keys:
        for (n,) in conn.execute(
            "SELECT quotes FROM report_people WHERE dim = ? AND outlet = ? AND month = ? AND person_id = ? "
            "AND kind = 'person'",
            (dim, o, m, person),
        ):
            rows.append((dim, o, m, int(n)))
    cells: list[tuple[str, str]] = []
    for o in outlets:
        for m in months:
            for (n,) in conn.execute(
                "SELECT quotes FROM report_cells WHERE outlet = ? AND month = ? AND kind = 'person' AND person_id = ?",
                (o, m, person),
            ):
                rows.append(("outlet-month", o, m, int(n)))
                cells.append((o, m))
    return rows, cells


def _count_genders(conn: sqlite3.Connection, article_ids: Sequence[str], sign: int) -> None:
    votes: dict[tuple[int, str, str], int] = {}
    for part in _chunks(article_ids):
        for pid, g, e, n in conn.execute(
            "SELECT person_id, gender, coalesce(gender_evidence, 'first-name'), count(*) FROM article_people "
            f"WHERE article_id IN ({_marks(part)}) AND person_id IS NOT NULL AND gender IS NOT NULL GROUP BY 1, 2, 3",
            part,
        ):
            votes[(int(pid), g, e)] = votes.get((int(pid), g, e), 0) + int(n)
    conn.executemany(
        "INSERT INTO person_genders(person_id, gender, evidence, articles) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(person_id, gender, evidence) DO UPDATE SET articles = articles + excluded.articles",
        [(*key, sign * n) for key, n in votes.items()],
    )
    if sign < 0:
        conn.executemany(
            "DELETE FROM person_genders WHERE person_id = ? AND gender = ? AND evidence = ? AND articles <= 0",
            list(votes),
        )


def recount(conn: sqlite3.Connection) -> None:
    """Rebuild ``report_cells``, the totals and the columns from the statements, and every
    person's gender from their articles' (``saidwhat reindex``)."""
    _recount_columns(conn)
    conn.execute("DELETE FROM report_cells")
    conn.execute(
        "INSERT INTO report_cells(outlet, month, kind, person_id, quotes) "
        f"SELECT coalesce(a.outlet, ''), CASE WHEN a.date GLOB '{_MONTH}' THEN substr(a.date, 1, 7) "
        "ELSE '' END, coalesce(q.speaker_kind, 'none'), coalesce(q.person_id, 0), count(*) "
        "FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4"
    )
    conn.execute("DELETE FROM person_genders")
    conn.execute(
        "INSERT INTO person_genders(person_id, gender, evidence, articles) "
        "SELECT person_id, gender, coalesce(gender_evidence, 'first-name'), count(*) FROM article_people "
        "WHERE person_id IS NOT NULL AND gender IS NOT NULL GROUP BY 1, 2, 3"
    )
    conn.execute("UPDATE people SET gender = NULL, gender_evidence = NULL")
    refresh_genders(conn, [r[0] for r in conn.execute("SELECT DISTINCT person_id FROM person_genders")], move=False)
    conn.execute(
        "UPDATE report_cells SET gender = coalesce((SELECT gender FROM people WHERE id = person_id), '') "
        "WHERE kind = 'person'"
    )
    conn.execute("DELETE FROM report_people")
    conn.execute("DELETE FROM report_totals")
    conn.execute(
        "INSERT INTO report_totals(dim, outlet, month, kind, gender, statements, speakers) "
        "SELECT 'outlet-month', c.outlet, c.month, c.kind, CASE WHEN c.kind = 'person' "
        "THEN coalesce(p.gender, '') ELSE '' END, sum(c.quotes), count(nullif(c.person_id, 0)) "
        "FROM report_cells c LEFT JOIN people p ON p.id = c.person_id AND c.person_id != 0 "
        "GROUP BY 2, 3, 4, 5"
    )
    for dim, outlet, month in (("all", "''", "''"), ("outlet", "outlet", "''"), ("month", "''", "month")):
        conn.execute(
            "INSERT INTO report_people(dim, outlet, month, person_id, kind, quotes) "
            f"SELECT ?, {outlet}, {month}, person_id, kind, sum(quotes) FROM report_cells WHERE person_id != 0 "
            "GROUP BY 2, 3, 4, 5",
            (dim,),
        )
        conn.execute(
            "INSERT INTO report_totals(dim, outlet, month, kind, gender, statements, speakers) "
            f"SELECT ?, {outlet} AS o, {month} AS m, c.kind, CASE WHEN c.kind = 'person' "
            "THEN coalesce(p.gender, '') ELSE '' END AS g, sum(c.quotes), "
            "count(DISTINCT nullif(c.person_id, 0)) FROM report_cells c "
            "LEFT JOIN people p ON p.id = c.person_id AND c.person_id != 0 GROUP BY 2, 3, 4, 5",
            (dim,),
        )


def refresh_genders(conn: sqlite3.Connection, people: Iterable[int], *, move: bool = True) -> None:
    """Decide each person's gender from what their articles said (``combine_counts``); with
    ``move``, the report's totals follow a person whose gender changed."""
    updates = []
    for pid in set(people):
        before = conn.execute("SELECT gender, kind FROM people WHERE id = ?", (pid,)).fetchone()
        counts = {
            (g, e): int(n)
            for g, e, n in conn.execute(
                "SELECT gender, evidence, articles FROM person_genders WHERE person_id = ?", (pid,)
            )
        }
        gender, evidence = combine_counts(counts)
        updates.append((gender, evidence, pid))
        if move and before is not None and before[1] == "person" and (before[0] or "") != (gender or ""):
            _move_gender(conn, pid, before[0] or "", gender or "")
    conn.executemany("UPDATE people SET gender = ?, gender_evidence = ? WHERE id = ?", updates)


# --- the statements' columns (report_places, report_columns) -----------------------------------


def index_statements(conn: sqlite3.Connection, quote_ids: Iterable[int], *, remove: bool = False) -> None:
    """Write these stored statements' codes into ``report_columns`` (place, speaker, kind;
    see schema.py), or with ``remove`` clear them (before the statements are deleted).
    Works on any batch: one read and one write of each 1,024-statement chunk it touches, so
    ingest can call it once per article or once per batch of articles."""
    ids = sorted(set(quote_ids))
    if not ids:
        return
    codes: dict[int, int] = dict.fromkeys(ids, 0)
    if not remove:
        places: dict[tuple[str, str | None], int] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            for qid, outlet, date, kind, person in conn.execute(
                "SELECT q.id, coalesce(a.outlet, ''), a.date, coalesce(q.speaker_kind, 'none'), "
                "coalesce(q.person_id, 0) FROM quotes q JOIN articles a ON a.id = q.article_id "
                f"WHERE q.id IN ({', '.join('?' * len(part))})",
                part,
            ):
                key = (outlet, date)
                place = places.get(key)
                if place is None:
                    place = places[key] = _place(conn, outlet, date)
                codes[qid] = place << 35 | person << 3 | KIND_CODES.get(kind, 5)
    _write_codes(conn, codes)


def _index_rows(conn: sqlite3.Connection, statements: Iterable[Statement]) -> None:
    """``index_statements`` for statements in hand (``count_articles``)."""
    codes: dict[int, int] = {}
    places: dict[tuple[str, str | None], int] = {}
    for qid, outlet, date, kind, person in statements:
        key = (outlet, date)
        place = places.get(key)
        if place is None:
            place = places[key] = _place(conn, outlet, date)
        codes[qid] = place << 35 | person << 3 | KIND_CODES.get(kind, 5)
    if codes:
        _write_codes(conn, dict(sorted(codes.items())))


def index_articles(conn: sqlite3.Connection, article_ids: Iterable[str], *, remove: bool = False) -> None:
    """``index_statements`` for every statement of these articles."""
    articles = list(article_ids)
    ids: list[int] = []
    for i in range(0, len(articles), 500):
        part = articles[i : i + 500]
        ids += [r[0] for r in conn.execute(
            f"SELECT id FROM quotes WHERE article_id IN ({', '.join('?' * len(part))})", part
        )]
    index_statements(conn, ids, remove=remove)


def _place(conn: sqlite3.Connection, outlet: str, date: str | None) -> int:
    row = conn.execute("SELECT id FROM report_places WHERE outlet = ? AND date IS ?", (outlet, date)).fetchone()
    if row is not None:
        return int(row[0])
    return int(conn.execute("INSERT INTO report_places(outlet, date) VALUES (?, ?)", (outlet, date)).lastrowid or 0)


def _write_codes(conn: sqlite3.Connection, codes: dict[int, int]) -> None:
    columns.write_values(conn, "report_columns", "codes", codes)


def _recount_columns(conn: sqlite3.Connection) -> None:
    """Rebuild ``report_places`` and ``report_columns`` from the statements (``recount``)."""
    conn.execute("DELETE FROM report_places")
    conn.execute("INSERT INTO report_places(outlet, date) SELECT DISTINCT coalesce(outlet, ''), date FROM articles")
    kinds = " ".join(f"WHEN '{k}' THEN {v}" for k, v in KIND_CODES.items())
    rows = conn.execute(
        f"SELECT q.id, (p.id << 35) | (coalesce(q.person_id, 0) << 3) | "
        f"CASE coalesce(q.speaker_kind, 'none') {kinds} ELSE 5 END FROM quotes q "
        "JOIN articles a ON a.id = q.article_id "
        "JOIN report_places p ON p.outlet = coalesce(a.outlet, '') AND p.date IS a.date ORDER BY q.id"
    )
    columns.rebuild(conn, "report_columns", "codes", rows)


# --- reading ----------------------------------------------------------------------------------


def _month_bound(value: str, *, upper: bool) -> str | None:
    """A year or month filter as a month ('2018' -> '2018-01' or '2018-12'), else None."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12" if upper else f"{value}-01"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    return None


def _place_filter(
    outlet: str | None, since: str | None, until: str | None, query: str | None
) -> tuple[str, list[Any]]:
    """The places (outlet, date) that pass the filters, as a SQL condition on
    ``report_places``: by month where both bounds are a year or a month (and no topic), else
    by the date as stored, as the statements' own filters compare it."""
    where: list[str] = []
    params: list[Any] = []
    if outlet:
        where.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    since_month = _month_bound(since, upper=False) if since else None
    until_month = _month_bound(until, upper=True) if until else None
    if (since is None or since_month) and (until is None or until_month) and not query:
        if since_month:
            where.append(f"{_MONTH_OF} >= ? AND {_MONTH_OF} != ''")
            params.append(since_month)
        if until_month:
            where.append(f"{_MONTH_OF} <= ? AND {_MONTH_OF} != ''")
            params.append(until_month)
    else:
        if since:
            where.append("date >= ?")
            params.append(since)
        if until:
            where.append("date <= ?")
            params.append(until + "\uffff" if len(until) < 10 else until)
    return (" AND ".join(where) or "1"), params


_MONTH_OF = f"(CASE WHEN date GLOB '{_MONTH}' THEN substr(date, 1, 7) ELSE '' END)"


@dataclass(frozen=True, slots=True)
class _Selection:
    """The statements that pass a filter, read from ``report_columns``: per statement its
    speaker (``id << 3 | kind``) and its outlet and month (indexes into ``outlets``,
    ``months``); ``gender`` gives a person id's (0 unknown, 1 female, 2 male)."""

    speaker: Any  # numpy int64 arrays, one entry per statement
    outlet: Any
    month: Any
    gender: Any
    outlets: list[str]
    months: list[str]

    def classes(self, speakers: Any) -> Any:
        """Each speaker code's class (``_CLASSES``): its kind, and a person's gender."""
        import numpy as np

        kind = speakers & 7
        cls = np.array(_CLASS_OF_KIND, dtype=np.int64)[kind]
        person = kind == KIND_CODES["person"]
        cls[person] += self.gender[speakers[person] >> 3]
        return cls


# A statement's class: its kind, and for a person their gender (people.gender, read at
# report time so that a person whose gender changes moves without rewriting statements).
_CLASSES: tuple[tuple[str, str | None], ...] = (
    ("none", None), ("person", None), ("person", "female"), ("person", "male"),
    ("organisation", None), ("group", None), ("unknown", None), ("other", None),
)
_CLASS_OF_KIND = (0, 1, 4, 5, 6, 7, 7, 7)  # KIND_CODES -> _CLASSES (person: + gender)


def _ids(conn: sqlite3.Connection, column: str, rest: str, params: Sequence[Any]) -> Any:
    """The integers ``SELECT column FROM rest`` gives, as a numpy array: SQLite joins them
    into one string, split and parsed in C (a Python row per id costs more than the rest)."""
    return _numbers(conn.execute(f"SELECT group_concat({column}) FROM {rest}", params).fetchone()[0])


def _distinct(values: Any) -> Any:
    """The distinct values, sorted (a sort and a mask: numpy's hashed ``unique`` is many
    times slower on a million int64)."""
    import numpy as np

    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def _select(
    conn: sqlite3.Connection, outlet: str | None, since: str | None, until: str | None,
    query: str | None, raw: bool,
) -> _Selection:
    """The statements that pass the filters, read in one read transaction: the places, the
    topic's ids and the columns come from one state of the store even while ingest commits
    (the web app reads as the store grows)."""
    if conn.in_transaction:
        return _select_now(conn, outlet, since, until, query, raw)
    conn.execute("BEGIN")
    try:
        return _select_now(conn, outlet, since, until, query, raw)
    finally:
        conn.execute("COMMIT")


def _select_now(
    conn: sqlite3.Connection, outlet: str | None, since: str | None, until: str | None,
    query: str | None, raw: bool,
) -> _Selection:
    import numpy as np

    # the places: which pass the filter, and each one's outlet and month (a few thousand)
    condition, params = _place_filter(outlet, since, until, query)
    places = conn.execute(
        f"SELECT id, outlet, {_MONTH_OF}, coalesce(({condition}), 0) FROM report_places", params
    ).fetchall()
    size = max((r[0] for r in places), default=0) + 1
    passes = np.ones(size, dtype=bool)  # ids that are no place never occur
    outlet_of = np.zeros(size, dtype=np.int64)
    month_of = np.zeros(size, dtype=np.int64)
    outlet_index: dict[str, int] = {}
    month_index: dict[str, int] = {}
    for pid, o, m, ok in places:
        passes[pid] = bool(ok)
        outlet_of[pid] = outlet_index.setdefault(o, len(outlet_index))
        month_of[pid] = month_index.setdefault(m, len(month_index))
    outlets, months = list(outlet_index), list(month_index)
    if query:
        try:
            ids = _ids(conn, "rowid", "quotes_fts WHERE quotes_fts MATCH ?",
                       (query if raw else escape_fts(query),))
        except sqlite3.OperationalError as exc:
            if is_query_error(str(exc)):
                raise QueryError(f"malformed search query {query!r}: {exc}") from exc
            raise
        codes = _load_codes(conn, ids)
        codes = codes[ids[ids < len(codes)]]
    else:
        codes = _load_codes(conn)
    codes = codes[codes > 0]
    if not passes.all():
        codes = codes[passes[codes >> 35]]
    place = codes >> 35
    speaker = codes & ((1 << 35) - 1)
    return _Selection(speaker, outlet_of[place], month_of[place], _genders(conn, speaker), outlets, months)


def _numbers(text: str | None) -> Any:
    import numpy as np

    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)


_FEW_PERSONS = 5000  # statements by persons up to which their genders are looked up by id


def _genders(conn: sqlite3.Connection, speaker: Any) -> Any:
    """Each person id's gender as the store holds it now (0 unknown, 1 female, 2 male), for
    the persons of a selection: looked up by id for a few, else one pass over people."""
    import numpy as np

    persons = speaker[(speaker & 7) == KIND_CODES["person"]] >> 3
    top = int(persons.max()) if len(persons) else 0
    gender = np.zeros(top + 1, dtype=np.int64)
    sql = "id * 4 + CASE gender WHEN 'female' THEN 1 ELSE 2 END"
    where = "people WHERE gender IN ('female', 'male')"
    if len(persons) < _FEW_PERSONS:
        found = [_ids(conn, sql, f"{where} AND id IN ({_marks(part)})", [int(x) for x in part])
                 for part in _chunks(_distinct(persons))]
        coded = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    else:
        coded = _ids(conn, sql, f"{where} AND id <= ?", (top,))
    gender[coded >> 2] = coded & 3
    return gender


def _load_codes(conn: sqlite3.Connection, ids: Any = None) -> Any:
    """The statements' codes, indexed by statement id (0 where there is none): every chunk,
    or with ``ids`` (sorted) only the chunks that hold them, when that is fewer than half."""
    wanted = None if ids is None else [int(c) for c in _distinct(ids // columns.CHUNK)]
    return columns.read_dense(conn, "report_columns", "codes", wanted)


_DENSE = 1 << 25  # up to this many slots, distinct values are marked in an array, not sorted


def _dense(values: Any) -> tuple[Any, Any]:
    """The distinct values (sorted) and each value's index among them: marked in an array
    as long as the largest value where that is small (speaker codes are), else sorted."""
    import numpy as np

    if len(values) == 0:
        return values, values
    top = int(values.max())
    if top >= _DENSE:
        uniq = _distinct(values)
        return uniq, np.searchsorted(uniq, values)
    present = np.zeros(top + 1, dtype=bool)
    present[values] = True
    uniq = np.flatnonzero(present)
    index = np.zeros(top + 1, dtype=np.int64)
    index[uniq] = np.arange(len(uniq))
    return uniq, index[values]


@dataclass(frozen=True, slots=True)
class _Speakers:
    """The named speakers of a selection: ``codes`` (distinct, sorted), their ``classes``,
    and for each statement with a named speaker (``named``) its index in ``codes``."""

    codes: Any
    classes: Any
    named: Any
    index: Any


def _speakers(sel: _Selection) -> _Speakers:
    named = (sel.speaker >> 3) > 0  # speakers with an id: the distinct ones are counted
    codes, index = _dense(sel.speaker[named])
    return _Speakers(codes, sel.classes(codes), named, index)


def _grouped(sel: _Selection, spk: _Speakers) -> dict[str, Cells]:
    """Statements and distinct speakers by class, for the whole selection, each outlet and
    each month: bincounts, and the (key, speaker) pairs marked once each."""
    import numpy as np

    n = len(_CLASSES)
    m = len(spk.codes)
    cls = sel.classes(sel.speaker)
    grouped: dict[str, Cells] = {}
    for dim, keys, names in (
        ("total", None, [""]),
        ("outlet", sel.outlet, sel.outlets),
        ("month", sel.month, sel.months),
    ):
        if keys is None:
            statements = np.bincount(cls, minlength=n)
            speakers = np.bincount(spk.classes, minlength=n)
        else:
            statements = np.bincount(keys * n + cls, minlength=len(names) * n)
            pairs = keys[spk.named] * m + spk.index  # (key, speaker) as one number
            if len(names) * m <= _DENSE:
                marked = np.zeros(len(names) * m, dtype=bool)
                marked[pairs] = True
                pairs = np.flatnonzero(marked)
            else:
                pairs = _distinct(pairs)
            speakers = np.bincount((pairs // m) * n + spk.classes[pairs % m], minlength=len(names) * n)
        cells: Cells = {}
        for key_index, name in enumerate(names):
            rows = [
                (_CLASSES[c][0], _CLASSES[c][1], int(statements[key_index * n + c]),
                 int(speakers[key_index * n + c]))
                for c in range(n)
                if statements[key_index * n + c]
            ]
            if rows:
                cells[name] = rows
        grouped[dim] = cells
    return grouped


def _ranked(
    conn: sqlite3.Connection, speakers: Any, counts: Any, skip: int, take: int
) -> list[tuple[Any, ...]]:
    """``(id, name, gender, evidence, statements)`` of the speakers ranked ``skip`` to
    ``skip + take``, most statements first, ties by name: the names of those at or above
    the last place's count only are read."""
    import numpy as np

    if take <= 0 or skip >= len(counts):
        return []
    order = np.argsort(-counts, kind="stable")
    least = counts[order[min(skip + take, len(counts)) - 1]]
    chosen = {int(p): int(c) for p, c in zip(speakers[counts >= least], counts[counts >= least], strict=True)}
    ids = list(chosen)
    rows: list[tuple[Any, ...]] = []
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        rows += conn.execute(
            f"SELECT id, name, gender, gender_evidence FROM people WHERE id IN ({', '.join('?' * len(part))})",
            part,
        ).fetchall()
    ranked = sorted(((r[0], r[1], r[2], r[3], chosen[r[0]]) for r in rows), key=lambda r: (-r[4], r[1] or "", r[0]))
    return ranked[skip : skip + take]


def _tops(conn: sqlite3.Connection, spk: _Speakers, top: int) -> dict[str, list[tuple[Any, ...]]]:
    import numpy as np

    counts = np.bincount(spk.index, minlength=len(spk.codes))  # statements per speaker
    tops: dict[str, list[tuple[Any, ...]]] = {}
    for kind in ("person", "organisation"):
        mine = (spk.codes & 7) == KIND_CODES[kind]
        tops[kind] = _ranked(conn, spk.codes[mine] >> 3, counts[mine], 0, top)
    return tops


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _figures(key: str, rows: Sequence[tuple[str, str | None, int, int]]) -> Figures:
    """``rows``: (store kind, gender, statements, distinct speakers) of one key."""
    statements = {k: 0 for k in KINDS}
    speakers = {k: 0 for k in KINDS}
    by_gender = {g: [0, 0] for g in GENDERS}
    for kind, gender, n, people in rows:
        mapped = _KIND_OF.get(kind, "none")
        statements[mapped] += n
        speakers[mapped] += people if mapped != "none" else 0
        if mapped == "person":
            g = gender if gender in ("female", "male") else "unknown"
            by_gender[g][0] += n
            by_gender[g][1] += people
    total = sum(statements.values())
    total_speakers = sum(speakers.values())
    kinds = {
        k: Count(statements[k], speakers[k], _share(statements[k], total), _share(speakers[k], total_speakers))
        for k in KINDS
    }
    person_statements, persons = statements["person"], speakers["person"]
    genders = {
        g: Count(s, p, _share(s, person_statements), _share(p, persons)) for g, (s, p) in by_gender.items()
    }
    return Figures(key, total, kinds, genders)


def build_report(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    query: str | None = None,
    raw: bool = False,
    top: int = TOP,
) -> Report:
    """The report for the whole store or the statements that pass the filters: ``since``
    and ``until`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (inclusive), ``outlet`` in any
    case, ``query`` words as in search (FTS5 syntax with ``raw``)."""
    outlet, query = _blank(outlet), _blank(query)
    _check_filters(since, until)
    exact: list[str] = [""]
    if outlet and not query:
        exact = [r[0] for r in conn.execute(
            "SELECT DISTINCT outlet FROM report_totals WHERE dim = 'outlet' AND outlet = ? COLLATE NOCASE",
            (outlet,),
        )]
    if not query and since is None and until is None and len(exact) == 1:
        # the whole store or one outlet: the totals ingest keeps, a few rows
        grouped = {
            dim: _maintained(conn, "outlet-month" if dim == "month" and outlet else dim, exact[0])
            for dim in ("total", "outlet", "month")
        }
        tops = {kind: _maintained_top(conn, "outlet" if outlet else "all", exact[0], kind, top)
                for kind in ("person", "organisation")}
    else:
        # any other filter: the statements' columns, counted in one pass (numpy)
        selection = _select(conn, outlet, since, until, query, raw)
        speakers = _speakers(selection)
        grouped = _grouped(selection, speakers)
        tops = _tops(conn, speakers, top)
    total = _figures("", grouped["total"].get("", []))
    by_outlet = tuple(
        sorted((_figures(k, v) for k, v in grouped["outlet"].items()), key=lambda f: (-f.statements, f.key))
    )
    by_month = tuple(sorted((_figures(k, v) for k, v in grouped["month"].items()), key=lambda f: (f.key == "", f.key)))
    return Report(
        filters={"outlet": outlet, "since": since, "until": until, "query": query},
        total=total,
        by_outlet=by_outlet,
        by_month=by_month,
        top_people=tuple(TopSpeaker(int(r[0]), r[1], int(r[4]), r[2], r[3]) for r in tops["person"]),
        top_organisations=tuple(TopSpeaker(int(r[0]), r[1], int(r[4])) for r in tops["organisation"]),
    )


Cells = dict[str, list[tuple[str, str | None, int, int]]]


def _maintained(conn: sqlite3.Connection, dim: str, outlet: str) -> dict[str, list[tuple[str, str | None, int, int]]]:
    """One dimension of the report from ``report_totals`` (no filter, or one outlet)."""
    if dim == "total" and outlet:
        dim_sql, args, key = "dim = 'outlet' AND outlet = ?", [outlet], "''"
    elif dim == "outlet" and outlet:
        dim_sql, args, key = "dim = 'outlet' AND outlet = ?", [outlet], "outlet"
    elif dim == "outlet-month":
        dim_sql, args, key = "dim = 'outlet-month' AND outlet = ?", [outlet], "month"
    else:
        dim_sql, args, key = {
            "total": ("dim = 'all'", [], "''"),
            "outlet": ("dim = 'outlet'", [], "outlet"),
            "month": ("dim = 'month'", [], "month"),
        }[dim]
    cells: dict[str, list[tuple[str, str | None, int, int]]] = {}
    for k, kind, gender, n, speakers in conn.execute(
        f"SELECT {key}, kind, gender, statements, speakers FROM report_totals WHERE {dim_sql} AND statements > 0",
        args,
    ):
        cells.setdefault(k, []).append((kind, gender or None, int(n), int(speakers)))
    return cells


def _maintained_top(conn: sqlite3.Connection, dim: str, outlet: str, kind: str, top: int) -> list[tuple[Any, ...]]:
    """The most quoted of a kind from ``report_people``: down the index to the ``top``-th
    count, then every speaker with at least that many (ties go by name)."""
    if top <= 0:
        return []
    counts = [r[0] for r in conn.execute(
        "SELECT quotes FROM report_people WHERE dim = ? AND outlet = ? AND month = '' AND kind = ? "
        "ORDER BY quotes DESC LIMIT ?",
        (dim, outlet, kind, top),
    )]
    if not counts:
        return []
    return conn.execute(
        "SELECT r.person_id, p.name, p.gender, p.gender_evidence, r.quotes FROM report_people r "
        "JOIN people p ON p.id = r.person_id WHERE r.dim = ? AND r.outlet = ? AND r.month = '' "
        "AND r.kind = ? AND r.quotes >= ? ORDER BY r.quotes DESC, p.name LIMIT ?",
        (dim, outlet, kind, counts[-1], top),
    ).fetchall()


def report_speakers(
    conn: sqlite3.Connection,
    *,
    kind: str,
    gender: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    query: str | None = None,
    raw: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, int, tuple[TopSpeaker, ...]]:
    """The speakers behind one bar of the report: ``(statements, speakers, page)``, most
    quoted first. ``kind`` is one of ``KINDS``; ``gender`` (persons only) one of ``GENDERS``."""
    if kind not in KINDS:
        raise QueryError(f"kind: expected one of {', '.join(KINDS)}, got {kind[:40]!r}")
    if gender is not None and gender not in GENDERS:
        raise QueryError(f"gender: expected one of {', '.join(GENDERS)}, got {gender[:40]!r}")
    _check_filters(since, until)
    import numpy as np

    selection = _select(conn, _blank(outlet), since, until, _blank(query), raw)
    classes = [
        i for i, (k, g) in enumerate(_CLASSES)
        if _KIND_OF.get(k, "none") == kind and (kind != "person" or gender is None or (g or "unknown") == gender)
    ]
    mine = np.isin(selection.classes(selection.speaker), classes)
    ids = selection.speaker[mine] >> 3
    speakers, index = _dense(ids[ids > 0])
    counts = np.bincount(index, minlength=len(speakers))
    page = tuple(TopSpeaker(int(r[0]), r[1] or "", int(r[4]), r[2], r[3])
                 for r in _ranked(conn, speakers, counts, offset, limit))
    return int(mine.sum()), len(speakers), page


def person_gender(conn: sqlite3.Connection, person_id: int) -> tuple[str | None, str | None]:
    """``(gender, evidence)`` the store holds for one person."""
    row = conn.execute("SELECT gender, gender_evidence FROM people WHERE id = ?", (person_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _check_filters(since: str | None, until: str | None) -> None:
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.fullmatch(value):
            raise QueryError(f"--{name}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value[:40]!r}")


# --- output -----------------------------------------------------------------------------------


def _count_json(c: Count, speakers: str = "speakers") -> dict[str, Any]:
    return {
        "statements": c.statements,
        speakers: c.speakers,
        "statement_share": c.statement_share,
        f"{speakers[:-1] if speakers.endswith('s') else speakers}_share": c.speaker_share,
    }


def figures_json(f: Figures) -> dict[str, Any]:
    return {
        "statements": f.statements,
        "kinds": {k: _count_json(c) for k, c in f.kinds.items()},
        "genders": {g: _count_json(c, "people") for g, c in f.genders.items()},
    }


def report_json(report: Report) -> dict[str, Any]:
    """The report as JSON; the schema is in docs/report-schema.md (``REPORT_SCHEMA``)."""
    return {
        "schema": REPORT_SCHEMA,
        "filters": report.filters,
        "total": figures_json(report.total),
        "by_outlet": [{"outlet": f.key or None, **figures_json(f)} for f in report.by_outlet],
        "by_month": [{"month": f.key or None, **figures_json(f)} for f in report.by_month],
        "top_people": [
            {"id": t.id, "name": t.name, "statements": t.statements, "gender": t.gender or "unknown",
             "gender_evidence": t.gender_evidence}
            for t in report.top_people
        ],
        "top_organisations": [
            {"id": t.id, "name": t.name, "statements": t.statements} for t in report.top_organisations
        ],
    }


CSV_COLUMNS = (
    "section", "key", "statements",
    *(f"{k}_{m}" for k in KINDS for m in ("statements", "speakers")),
    *(f"{g}_{m}" for g in GENDERS for m in ("statements", "people")),
    "female_people_share", "unknown_people_share",
)


def report_rows(report: Report) -> list[list[Any]]:
    """The report as CSV rows (``CSV_COLUMNS`` first): one row for the total, each outlet
    and each month, then the top people and organisations (name in ``key``)."""
    rows: list[list[Any]] = [list(CSV_COLUMNS)]

    def row(section: str, f: Figures) -> list[Any]:
        out: list[Any] = [section, f.key, f.statements]
        for k in KINDS:
            out += [f.kinds[k].statements, f.kinds[k].speakers]
        for g in GENDERS:
            out += [f.genders[g].statements, f.genders[g].speakers]
        out += [_fmt_share(f.genders["female"].speaker_share), _fmt_share(f.genders["unknown"].speaker_share)]
        return out

    rows.append(row("total", report.total))
    rows += [row("outlet", f) for f in report.by_outlet]
    rows += [row("month", f) for f in report.by_month]
    blank = [""] * (len(CSV_COLUMNS) - 3)
    for t in report.top_people:
        r = ["top_person", t.name, t.statements, *blank]
        r[CSV_COLUMNS.index("person_speakers")] = 1
        r[CSV_COLUMNS.index(f"{t.gender or 'unknown'}_statements")] = t.statements
        rows.append(r)
    rows += [["top_organisation", t.name, t.statements, *blank] for t in report.top_organisations]
    return rows


def _fmt_share(share: float | None) -> str:
    return "" if share is None else f"{share:.4f}"


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{100 * share:.1f}%"


def report_table(report: Report) -> str:
    """The report as text for a terminal."""
    lines: list[str] = []
    filters = ", ".join(f"{k} {v}" for k, v in report.filters.items() if v)
    n = report.total.statements
    lines.append(f"Who gets quoted{' (' + filters + ')' if filters else ''}: {n:,} statement{'' if n == 1 else 's'}")
    lines.append("")
    lines.append(f"{'speaker kind':<28}{'statements':>12}{'share':>8}{'speakers':>10}")
    names = {"person": "person", "organisation": "organisation", "group": "group/unnamed source", "none": "no source"}
    for k in KINDS:
        c = report.total.kinds[k]
        speakers = str(c.speakers) if k != "none" else "-"
        lines.append(f"{names[k]:<28}{c.statements:>12,}{_pct(c.statement_share):>8}{speakers:>10}")
    lines.append("")
    lines.append(f"{'persons by gender':<28}{'statements':>12}{'share':>8}{'people':>10}{'share':>8}")
    for g in GENDERS:
        c = report.total.genders[g]
        lines.append(
            f"{g:<28}{c.statements:>12,}{_pct(c.statement_share):>8}{c.speakers:>10,}{_pct(c.speaker_share):>8}"
        )
    for title, rows in (("outlet", report.by_outlet), ("month", report.by_month)):
        lines.append("")
        lines.append(
            f"{'by ' + title:<22}{'statements':>11}{'person':>8}{'org':>7}{'group':>7}{'none':>7}"
            f"{'women':>7}{'men':>7}{'unkn.':>7}{'women%':>8}{'unkn.%':>8}"
        )
        for f in rows:
            gs = f.genders
            lines.append(
                f"{(f.key or '(none)')[:21]:<22}{f.statements:>11,}{f.kinds['person'].statements:>8,}"
                f"{f.kinds['organisation'].statements:>7,}{f.kinds['group'].statements:>7,}"
                f"{f.kinds['none'].statements:>7,}{gs['female'].speakers:>7,}{gs['male'].speakers:>7,}"
                f"{gs['unknown'].speakers:>7,}{_pct(gs['female'].speaker_share):>8}{_pct(gs['unknown'].speaker_share):>8}"
            )
    lines.append("")
    lines.append(f"{'most-quoted people':<40}{'statements':>11}  gender (evidence)")
    for t in report.top_people:
        evidence = f" ({t.gender_evidence})" if t.gender_evidence else ""
        lines.append(f"{t.name[:39]:<40}{t.statements:>11,}  {t.gender or 'unknown'}{evidence}")
    lines.append("")
    lines.append(f"{'most-quoted organisations':<40}{'statements':>11}")
    for t in report.top_organisations:
        lines.append(f"{t.name[:39]:<40}{t.statements:>11,}")
    lines.append("")
    lines.append(
        "people: distinct speakers; shares of persons by gender are of all persons quoted, "
        "unknown included."
    )
    return "\n".join(lines)
