"""An export folder is stored in bulk (rows straight from Parquet, a batch per transaction) with
the very result of storing its articles one by one as engine output: the same statements,
people, groups, counts and report tables, row for row; and a killed bulk ingest resumes to
that result too."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from saidwhat import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from saidwhat.ingest import ingest_paths
from saidwhat.readers import Document
from saidwhat.store import QuoteStore
from saidwhat.store.parquet import read_export
from saidwhat.store.report import report_json

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

PEOPLE = [
    ("Anna", "Berg", "female"),
    ("Ana", "Berg", "female"),  # two full names, one surname: "Berg" alone stays apart
    ("Otto", "Lind", "male"),
    ("Jim", "Holt", None),  # "James Holt" elsewhere: one person through the nickname table
    ("James", "Holt", "male"),
    ("Viktor", "Medvedchuk", "male"),
    ("Viktor", "Medvedchouk", None),  # a spelling variant of the one before
    ("Lena", "Vik", "female"),
]
GROUPS = [("Harbour Ministry", PersonKind.ORGANISATION), ("officials", PersonKind.GROUP)]
WORDS = (
    "the council budget harbour bridge vote rail line school hospital plan we will not "
    "accept delay cost year people city water tax road safety police court election"
).split()
OUTLETS = ["Harbour Gazette", "Northern Ledger", "capital wire", None]
DATES = ["2024-01-0{}", "2024-02-1{}", "March {}, 2024", None]


def make_article(rng: random.Random, number: int, repeated: list[str]) -> tuple[Document, ArticleQuotes]:
    """A generated article whose spans all index its text: people named in full, by surname or
    with a title, listed among the article's people or not; statements that repeat others,
    whole or cut (repeated-quote groups)."""
    pieces: list[str] = []
    length = 0

    def add(text: str) -> Span:
        nonlocal length
        start = length
        pieces.append(text)
        length += len(text)
        return Span(start, length, text)

    add(f"Report number {number}.\n\n")
    cast = rng.sample(PEOPLE, 3)
    quotes: list[Quote] = []
    people: dict[str, tuple[PersonKind, set[str], list[Span], str | None]] = {}
    for _ in range(rng.randint(1, 7)):
        roll = rng.random()
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 16)))
        if roll < 0.2:
            words = rng.choice(repeated)
        elif roll < 0.3:
            words = " ".join(rng.choice(repeated).split()[: rng.randint(9, 14)])
        if roll > 0.93:  # no source named
            content = add(words)
            add(". ")
            quotes.append(Quote(content.start, content.end, content.text, QuoteType.INDIRECT,
                                None, None, 0.5, "indirect:unnamed"))
            continue
        if roll > 0.85:
            name, kind = rng.choice(GROUPS)
            form, gender = name, None
        else:
            first, surname, gender = rng.choice(cast)
            name, kind = f"{first} {surname}", PersonKind.PERSON
            form = rng.choice((name, surname, f"Mr {surname}", name))
        mention = add(form)
        cue = add(" said that ")
        content = add(words)
        add(". ")
        quotes.append(Quote(content.start, content.end, content.text, QuoteType.INDIRECT,
                            Speaker(name, mention, kind, "name"), Span(cue.start + 1, cue.end - 6, "said"),
                            round(rng.random(), 2), "indirect:subject",
                            spans=(content,) if rng.random() < 0.1 else ()))
        if rng.random() < 0.85:  # the engine lists most speakers among the article's people
            entry = people.setdefault(name, (kind, set(), [], gender if rng.random() < 0.7 else None))
            if form != name:
                entry[1].add(form)
            entry[2].append(mention)
    text = "".join(pieces)
    persons = tuple(
        Person(name, kind, tuple(sorted(aliases)), ("the spokesperson",) if kind is PersonKind.PERSON else (),
               gender, "pronoun" if gender else None, tuple(mentions))
        for name, (kind, aliases, mentions, gender) in people.items()
    )
    meta = {"title": f"Report {number}", "url": f"https://news.example/{number}"}
    outlet, date = rng.choice(OUTLETS), rng.choice(DATES)
    if outlet:
        meta["outlet"] = outlet
    if date:
        meta["date"] = date.format(number % 9 + 1)
    article_id = f"art-{number:04d}"
    return Document(article_id, text, meta, f"gen:{number}"), ArticleQuotes(article_id, tuple(quotes), persons, meta)


def write_export(folder: Path, articles: list[tuple[Document, ArticleQuotes]], errors: int = 0) -> None:
    """The articles as an export folder (docs/export-schema.md), as the Spark job writes it."""
    from saidwhat.spark.records import article_row, person_rows, quote_rows
    from saidwhat.store.export import arrow_schema

    folder.mkdir(parents=True)
    tables: dict[str, list[dict[str, Any]]] = {"articles": [], "quotes": [], "article_people": []}
    for doc, result in articles:
        tables["articles"].append(article_row(result, doc.text, doc.source, doc.meta))
        tables["quotes"].extend(quote_rows(result, doc.meta))
        tables["article_people"].extend(person_rows(result))
    for row in tables["articles"][:errors]:
        row["error"] = "the engine failed here"
    for name, rows in tables.items():
        schema = arrow_schema(name)
        rows = [{k: v for k, v in row.items() if k in schema.names} for row in rows]
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / f"{name}.parquet")


def corpus(tmp_path: Path, count: int = 160) -> tuple[Path, Path]:
    """Two export folders: ``count`` articles, then a second export where a few changed (same
    id, new text: replaced), one is there twice under a new id (skipped) and two failed."""
    rng = random.Random(7)
    repeated = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 18))) for _ in range(6)]
    articles = [make_article(rng, n, repeated) for n in range(count)]
    write_export(tmp_path / "first", articles)
    again = [make_article(rng, n, repeated) for n in (3, 50, 51, count + 1, count + 2)]
    doc, result = articles[10]
    again.append((Document("copy-of-10", doc.text, doc.meta, "elsewhere"), result))
    write_export(tmp_path / "second", again, errors=1)
    return tmp_path / "first", tmp_path / "second"


def tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the store (the full-text index: every match of each word)."""
    conn = sqlite3.connect(db)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'quotes_fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        out = {}
        for name in names:
            columns = [f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({name})")]
            # A person's gender is decided once a batch (one by one: once an article), so
            # the totals they move out of can be left at zero in other months; the reports
            # read them as nothing (compared below)
            empty = " WHERE statements != 0 OR speakers != 0" if name == "report_totals" else ""
            out[name] = conn.execute(
                f"SELECT * FROM {name}{empty} ORDER BY {', '.join(columns)}"
            ).fetchall()
        for word in [*WORDS, "berg", "ministry"]:
            out[f"fts:{word}"] = conn.execute(
                "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid", (word,)
            ).fetchall()
        return out
    finally:
        conn.close()


def test_an_export_stored_in_bulk_is_what_one_by_one_stores(tmp_path: Path) -> None:
    first, second = corpus(tmp_path)
    one_by_one = tmp_path / "one.db"
    summaries = []
    with QuoteStore(one_by_one) as store:  # engine output, an article per transaction
        for folder in (first, second):
            summaries.append(store.ingest(read_export(folder), batch_size=1))
    results = {}
    for label, batch_size in (("bulk", None), ("small batches", 7)):
        db = tmp_path / f"{label}.db"
        got = [ingest_paths([folder], db, batch_size=batch_size) for folder in (first, second)]
        assert [(s.added, s.replaced, s.skipped, len(s.failed)) for s in got] == [
            (s.added, s.replaced, s.skipped, len(s.failed)) for s in summaries
        ]
        results[label] = tables(db)
    assert (summaries[1].replaced, summaries[1].skipped, len(summaries[1].failed)) == (2, 1, 1)
    expected = tables(one_by_one)
    assert len(expected["quotes"]) > 400 and len(expected["quote_groups"]) < len(expected["quotes"])
    assert expected["report_totals"] and expected["person_genders"]
    for label, got_tables in results.items():
        for name, rows in expected.items():
            assert got_tables[name] == rows, (label, name)
    filters: list[dict[str, str]] = [{}, {"outlet": "Harbour Gazette"}, {"since": "2024-02"}]
    with QuoteStore(one_by_one, readonly=True) as a, QuoteStore(tmp_path / "bulk.db", readonly=True) as b:
        for one in filters:
            assert report_json(a.report(**one)) == report_json(b.report(**one)), one


def test_counts_kept_by_a_bulk_ingest_agree_with_a_recount(tmp_path: Path) -> None:
    first, second = corpus(tmp_path, count=120)
    db = tmp_path / "q.db"
    kept_tables = ["people", "person_outlets", "person_months", "report_cells", "report_people", "quote_keys",
                   "report_totals", "person_genders", "date_ids"]
    # filtered reports read the statements' columns (report_columns, report_places), which a
    # recount numbers afresh: compared by what they count
    filters: list[dict[str, str]] = [
        {}, {"since": "2024-02"}, {"outlet": "Harbour Gazette", "until": "2024-03"},
    ]
    for folder in (first, second):
        ingest_paths([folder], db)
        kept = tables(db)
        with QuoteStore(db) as store:
            reports = [report_json(store.report(**one)) for one in filters]
            with store.transaction():
                store.recount()
            assert [report_json(store.report(**one)) for one in filters] == reports
            assert reports[1]["total"]["statements"] and reports[2]["total"]["statements"]
        recounted = tables(db)
        for name in kept_tables:
            assert kept[name] == recounted[name], (folder.name, name)
        assert kept["people"]
        # the second folder replaces articles, whose ids stay in their date's span (a bound
        # for searches, never too narrow), where a recount drops them
        kept_tables = [name for name in kept_tables if name != "date_ids"]


def test_a_killed_bulk_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    rng = random.Random(3)
    repeated = [" ".join(rng.choice(WORDS) for _ in range(15)) for _ in range(6)]
    folder = tmp_path / "export"
    write_export(folder, [make_article(rng, n, repeated) for n in range(3000)])
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    ingest_paths([folder], clean)
    command = [sys.executable, "-c", "from saidwhat.cli import main; main()", "ingest",
               str(folder), "--db", str(killed), "--batch-size", "20", "--no-progress"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _articles(killed)
        if stored >= 100:
            break
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert 0 < stored < 3000, "the ingest was not caught in the middle"
    after_kill = _articles(killed)
    assert after_kill % 20 == 0 and after_kill < 3000  # whole batches or nothing
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{3000 - after_kill} added" in rerun.stderr and f"{after_kill} skipped" in rerun.stderr
    conn = sqlite3.connect(killed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    conn.close()
    assert tables(killed) == tables(clean)


def _articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_the_log_is_copied_back_beside_the_writer_and_the_store_stays_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a bulk batch's commit a thread copies the log back into the file (the writer
    would otherwise stop for it); the database file alone then holds what was committed,
    while the writer is still open, and the store is row for row the usual one."""
    import saidwhat.store.db as store_db

    first, second = corpus(tmp_path)
    clean = tmp_path / "clean.db"
    for folder in (first, second):
        ingest_paths([folder], clean)
    monkeypatch.setattr(store_db, "BEHIND_STATEMENTS", 1)
    db = tmp_path / "behind.db"
    store = QuoteStore(db)
    try:
        ingest_paths([first], store)
        checkpointer = store._checkpointer
        assert checkpointer is not None, "no checkpoint was started after the batch"
        checkpointer.join(timeout=60)
        # immutable: the log is not read, only what was copied back into the file
        conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
        try:
            in_file = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
        assert in_file == store.counts()["articles"] > 0
        ingest_paths([second], store)
    finally:
        store.close()
    assert tables(db) == tables(clean)
