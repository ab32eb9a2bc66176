"""Who gets quoted: the source-diversity report over a quote store (no spaCy).

    >>> from saidwhat.store import QuoteStore
    >>> from saidwhat.store.report import build_report
    >>> with QuoteStore("quotes.db", readonly=True) as store:
    ...     report = build_report(store.conn, outlet="Herald", since="2018-01")

The figures add up the ``report_cells`` table, which ingest keeps: statements per outlet,
month, speaker kind and speaker. Date filters by year or month (``2018``, ``2018-12``) read
it alone; a filter by day (``2018-12-15``) or a topic search (``query``) counts the
statements themselves, which takes longer on a large store.

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
from .query import escape_fts, is_query_error

REPORT_SCHEMA = "saidwhat.report/1"
KINDS = ("person", "organisation", "group", "none")  # the report's speaker kinds, in order
GENDERS = ("female", "male", "unknown")
_KIND_OF = {"person": "person", "organisation": "organisation", "group": "group", "unknown": "group"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MONTH = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"
TOP = 10


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


def _article_cells(conn: sqlite3.Connection, article_id: str) -> list[tuple[str, str, str, int, int]]:
    row = conn.execute("SELECT date, outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return []
    date, outlet = row[0], row[1] or ""
    month = date[:7] if date and re.match(r"\d{4}-\d{2}", date) else ""
    return [
        (outlet, month, kind, person, n)
        for kind, person, n in conn.execute(
            "SELECT coalesce(speaker_kind, 'none'), coalesce(person_id, 0), count(*) FROM quotes "
            "WHERE article_id = ? GROUP BY 1, 2",
            (article_id,),
        )
    ]


def count_article(conn: sqlite3.Connection, article_id: str, sign: int) -> None:
    """Add (``sign`` +1) or take out (-1) one stored article's statements in ``report_cells``
    and what it says of its people's gender in ``person_genders``."""
    _count_genders(conn, article_id, sign)
    cells = _article_cells(conn, article_id)
    _count_totals(conn, cells, sign)
    if sign > 0:
        conn.executemany(
            "INSERT INTO report_cells(outlet, month, kind, person_id, quotes, gender) VALUES (?, ?, ?, ?, ?, "
            "CASE WHEN ?3 = 'person' THEN coalesce((SELECT gender FROM people WHERE id = ?4), '') ELSE '' END) "
            "ON CONFLICT(outlet, month, kind, person_id) DO UPDATE SET quotes = quotes + excluded.quotes",
            cells,
        )
        return
    conn.executemany(
        "UPDATE report_cells SET quotes = quotes - ? "
        "WHERE outlet = ? AND month = ? AND kind = ? AND person_id = ?",
        [(n, o, m, k, p) for o, m, k, p, n in cells],
    )
    conn.execute("DELETE FROM report_cells WHERE quotes <= 0")


def _dims(outlet: str, month: str) -> tuple[tuple[str, str, str], ...]:
    return (("all", "", ""), ("outlet", outlet, ""), ("month", "", month))


def _count_totals(conn: sqlite3.Connection, cells: list[tuple[str, str, str, int, int]], sign: int) -> None:
    """Keep ``report_people`` and ``report_totals`` in step with one article's cells."""
    genders = {
        pid: g or ""
        for pid, g in conn.execute(
            f"SELECT id, gender FROM people WHERE id IN ({', '.join('?' * len(cells))})",
            [c[3] for c in cells],
        )
    } if cells else {}
    for outlet, month, kind, person, n in cells:
        gender = genders.get(person, "") if kind == "person" else ""
        # (outlet, month): a speaker is there while their cell is; report_cells is the list
        speakers = 0
        if person:
            row = conn.execute(
                "SELECT quotes FROM report_cells WHERE outlet = ? AND month = ? AND kind = ? AND person_id = ?",
                (outlet, month, kind, person),
            ).fetchone()
            before = int(row[0]) if row else 0
            speakers = (before + sign * n > 0) - (before > 0)
        _add_total(conn, "outlet-month", outlet, month, kind, gender, sign * n, speakers)
        for dim, o, m in _dims(outlet, month):
            speakers = 0
            if person:
                row = conn.execute(
                    "SELECT quotes FROM report_people WHERE dim = ? AND outlet = ? AND month = ? "
                    "AND person_id = ? AND kind = ?",
                    (dim, o, m, person, kind),
                ).fetchone()
                before = int(row[0]) if row else 0
                after = before + sign * n
                if after > 0:
                    conn.execute(
                        "INSERT INTO report_people(dim, outlet, month, person_id, kind, quotes) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(dim, outlet, month, person_id, kind) "
                        "DO UPDATE SET quotes = excluded.quotes",
                        (dim, o, m, person, kind, after),
                    )
                else:
                    conn.execute(
                        "DELETE FROM report_people WHERE dim = ? AND outlet = ? AND month = ? "
                        "AND person_id = ? AND kind = ?",
                        (dim, o, m, person, kind),
                    )
                speakers = (after > 0) - (before > 0)
            _add_total(conn, dim, o, m, kind, gender, sign * n, speakers)


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
    rows = conn.execute(
        "SELECT dim, outlet, month, quotes FROM report_people WHERE person_id = ? AND kind = 'person' "
        "UNION ALL SELECT 'outlet-month', outlet, month, quotes FROM report_cells "
        "WHERE person_id = ? AND kind = 'person'",
        (person, person),
    ).fetchall()
    for dim, o, m, n in rows:
        _add_total(conn, dim, o, m, "person", old, -int(n), -1)
        _add_total(conn, dim, o, m, "person", new, int(n), 1)
    conn.execute("UPDATE report_cells SET gender = ? WHERE person_id = ? AND kind = 'person'", (new, person))


def _count_genders(conn: sqlite3.Connection, article_id: str, sign: int) -> None:
    votes = conn.execute(
        "SELECT person_id, gender, coalesce(gender_evidence, 'first-name'), count(*) FROM article_people "
        "WHERE article_id = ? AND person_id IS NOT NULL AND gender IS NOT NULL GROUP BY 1, 2, 3",
        (article_id,),
    ).fetchall()
    conn.executemany(
        "INSERT INTO person_genders(person_id, gender, evidence, articles) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(person_id, gender, evidence) DO UPDATE SET articles = articles + excluded.articles",
        [(pid, g, e, sign * n) for pid, g, e, n in votes],
    )
    if sign < 0:
        conn.execute("DELETE FROM person_genders WHERE articles <= 0")


def recount(conn: sqlite3.Connection) -> None:
    """Rebuild ``report_cells`` from the statements and every person's gender from their
    articles' (``saidwhat reindex``)."""
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


# --- reading ----------------------------------------------------------------------------------


def _month_bound(value: str, *, upper: bool) -> str | None:
    """A year or month filter as a month ('2018' -> '2018-01' or '2018-12'), else None."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12" if upper else f"{value}-01"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    return None


def _source(
    outlet: str | None, since: str | None, until: str | None, query: str | None, raw: bool
) -> tuple[str, list[Any], bool]:
    """The cells to add up, as a SQL table expression with its parameters, and whether it
    reads ``report_cells`` (else the statements themselves)."""
    where: list[str] = []
    params: list[Any] = []
    since_month = _month_bound(since, upper=False) if since else None
    until_month = _month_bound(until, upper=True) if until else None
    by_month = (since is None or since_month is not None) and (until is None or until_month is not None)
    if by_month and not query:
        if outlet:
            where.append("outlet = ? COLLATE NOCASE")
            params.append(outlet)
        if since_month:
            where.append("month >= ? AND month != ''")
            params.append(since_month)
        if until_month:
            where.append("month <= ? AND month != ''")
            params.append(until_month)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return f"(SELECT outlet, month, kind, person_id, quotes, gender FROM report_cells{clause})", params, True
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        where.append("a.date >= ?")
        params.append(since)
    if until:
        where.append("a.date <= ?")
        params.append(until + "\uffff" if len(until) < 10 else until)
    if query and query.strip():
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(query if raw else escape_fts(query))
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return (
        "(SELECT coalesce(a.outlet, '') AS outlet, CASE WHEN a.date GLOB '" + _MONTH + "' "
        "THEN substr(a.date, 1, 7) ELSE '' END AS month, coalesce(q.speaker_kind, 'none') AS kind, "
        "coalesce(q.person_id, 0) AS person_id, count(*) AS quotes FROM quotes q "
        f"JOIN articles a ON a.id = q.article_id{clause} GROUP BY 1, 2, 3, 4)",
        params,
        False,
    )


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
    source, params, from_cells = _source(outlet, since, until, query, raw)
    exact: list[str] = [""]
    if outlet and not query:
        exact = [r[0] for r in conn.execute(
            "SELECT DISTINCT outlet FROM report_totals WHERE dim = 'outlet' AND outlet = ? COLLATE NOCASE",
            (outlet,),
        )]
    maintained = not query and since is None and until is None and len(exact) == 1
    try:
        if maintained:
            grouped = {
                dim: _maintained(conn, "outlet-month" if dim == "month" and outlet else dim, exact[0])
                for dim in ("total", "outlet", "month")
            }
            tops = {kind: _maintained_top(conn, "outlet" if outlet else "all", exact[0], kind, top)
                    for kind in ("person", "organisation")}
        elif from_cells:
            months: Cells | None = None
            if len(exact) == 1:  # the months in range, as kept
                lo = _month_bound(since, upper=False) if since else "0000-00"
                hi = _month_bound(until, upper=True) if until else "9999-99"
                dim, key = ("outlet-month", exact[0]) if outlet else ("month", "")
                months = {}
                for k, kind, gender, n, speakers in conn.execute(
                    "SELECT month, kind, gender, statements, speakers FROM report_totals WHERE dim = ? "
                    "AND outlet = ? AND month BETWEEN ? AND ? AND month != '' AND statements > 0",
                    (dim, key, lo, hi),
                ):
                    months.setdefault(k, []).append((kind, gender or None, int(n), int(speakers)))
            grouped, tops = _added_up(conn, source, params, top, months)
        else:
            grouped, tops = _counted(conn, source, params, top)
    except sqlite3.OperationalError as exc:
        if query and is_query_error(str(exc)):
            raise QueryError(f"malformed search query {query!r}: {exc}") from exc
        raise
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


def _counted(
    conn: sqlite3.Connection, source: str, params: list[Any], top: int
) -> tuple[dict[str, Cells], dict[str, list[tuple[Any, ...]]]]:
    """The report added up from cells in one pass over them (a month range, a day range, a
    topic): statements and the distinct speakers of each row, kind and gender."""
    statements: dict[tuple[str, str, str, str | None], int] = {}
    speakers: dict[tuple[str, str, str, str | None], set[int]] = {}
    per_person: dict[int, list[Any]] = {}
    for outlet, month, kind, person, quotes, gender, name, evidence in conn.execute(
        f"SELECT c.outlet, c.month, c.kind, c.person_id, c.quotes, p.gender, p.name, p.gender_evidence "
        f"FROM {source} c LEFT JOIN people p ON p.id = c.person_id AND c.person_id != 0",
        params,
    ):
        g = gender if kind == "person" else None
        for dim, value in (("total", ""), ("outlet", outlet), ("month", month)):
            cell = (dim, value, kind, g)
            statements[cell] = statements.get(cell, 0) + quotes
            if person:
                speakers.setdefault(cell, set()).add(person)
        if person and kind in ("person", "organisation"):
            entry = per_person.setdefault(person, [person, name, gender, evidence, 0, kind])
            entry[4] += quotes
    grouped: dict[str, Cells] = {"total": {}, "outlet": {}, "month": {}}
    for (dim, key, kind, g), n in statements.items():
        grouped[dim].setdefault(key, []).append((kind, g, n, len(speakers.get((dim, key, kind, g), ()))))
    tops = {
        kind: [tuple(e[:5]) for e in sorted(
            (e for e in per_person.values() if e[5] == kind), key=lambda e: (-e[4], e[1] or "")
        )[:top]]
        for kind in ("person", "organisation")
    }
    return grouped, tops


def _added_up(
    conn: sqlite3.Connection, source: str, params: list[Any], top: int, months: Cells | None = None
) -> tuple[dict[str, Cells], dict[str, list[tuple[Any, ...]]]]:
    """The report from a range of ``report_cells`` (its month index covers the columns);
    ``months``, the kept totals by month, where the caller has them."""
    grouped: dict[str, Cells] = {}
    for dim, column in (("total", "''"), ("outlet", "c.outlet"), ("month", "c.month")):
        if dim == "month" and months is not None:
            grouped[dim] = months
            continue
        cells: Cells = {}
        for key, kind, gender, n, people in conn.execute(
            f"SELECT {column}, c.kind, c.gender, sum(c.quotes), count(DISTINCT nullif(c.person_id, 0)) "
            f"FROM {source} c GROUP BY 1, 2, 3",
            params,
        ):
            cells.setdefault(key, []).append((kind, gender or None, int(n), int(people)))
        grouped[dim] = cells
    counts: dict[str, list[tuple[int, int]]] = {"person": [], "organisation": []}
    for kind, person, n in conn.execute(
        f"SELECT c.kind, c.person_id, sum(c.quotes) FROM {source} c "
        "WHERE c.kind IN ('person', 'organisation') AND c.person_id != 0 GROUP BY 1, 2",
        params,
    ):
        counts[kind].append((int(n), int(person)))
    tops: dict[str, list[tuple[Any, ...]]] = {}
    for kind, found in counts.items():
        found.sort(reverse=True)
        if top <= 0 or not found:
            tops[kind] = []
            continue
        least = found[min(top, len(found)) - 1][0]  # all with the top-th count: ties go by name
        chosen = {pid: n for n, pid in found if n >= least}
        rows = []
        ids = list(chosen)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            rows += conn.execute(
                f"SELECT id, name, gender, gender_evidence FROM people WHERE id IN ({', '.join('?' * len(part))})",
                part,
            ).fetchall()
        ranked = sorted(((r[0], r[1], r[2], r[3], chosen[r[0]]) for r in rows), key=lambda r: (-r[4], r[1] or ""))
        tops[kind] = ranked[:top]
    return grouped, tops


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
    source, params, _ = _source(_blank(outlet), since, until, _blank(query), raw)
    kinds = {"person": ("person",), "organisation": ("organisation",), "group": ("group", "unknown"), "none": ("none",)}[kind]
    where = [f"c.kind IN ({', '.join('?' * len(kinds))})"]
    args: list[Any] = [*params, *kinds]
    if kind == "person" and gender in ("female", "male"):
        where.append("p.gender = ?")
        args.append(gender)
    elif kind == "person" and gender == "unknown":
        where.append("(p.gender IS NULL OR p.gender NOT IN ('female', 'male'))")
    sql = (
        f"FROM {source} c LEFT JOIN people p ON p.id = c.person_id AND c.person_id != 0 "
        f"WHERE {' AND '.join(where)}"
    )
    try:
        statements, speakers = conn.execute(
            f"SELECT coalesce(sum(c.quotes), 0), count(DISTINCT nullif(c.person_id, 0)) {sql}", args
        ).fetchone()
        rows = conn.execute(
            f"SELECT c.person_id, p.name, p.gender, p.gender_evidence, sum(c.quotes) AS n {sql} "
            "AND c.person_id != 0 GROUP BY c.person_id ORDER BY n DESC, p.name LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if query and is_query_error(str(exc)):
            raise QueryError(f"malformed search query {query!r}: {exc}") from exc
        raise
    page = tuple(TopSpeaker(int(r[0]), r[1] or "", int(r[4]), r[2], r[3]) for r in rows)
    return int(statements), int(speakers), page


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
