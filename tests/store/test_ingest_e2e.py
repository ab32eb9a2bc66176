"""Ingest end to end with the real engine: files in, a consistent database out, even after a
kill -9 in the middle."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from saidwhat.ingest import ingest_paths
from saidwhat.readers import read_paths
from saidwhat.store import QuoteStore

pytestmark = pytest.mark.model

NAMES = ["Anna Berg", "Otto Lind", "Maria Holt", "Peter Sand", "Lena Vik"]
TOPICS = ["the harbour", "the new bridge", "the school budget", "the rail line", "the hospital"]


def write_articles(folder: Path, count: int, paragraphs: int = 6) -> None:
    """Short news-like articles with attributed statements, written for this test."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name, topic = NAMES[n % len(NAMES)], TOPICS[(n // len(NAMES)) % len(TOPICS)]
        surname = name.split()[1]
        body = [f"Council debate number {n} on {topic} ran late into the evening on Tuesday."]
        for p in range(paragraphs):
            body.append(
                f'"We will not let {topic} fall apart, not in year {p} and not after," '
                f"{name} said at meeting {n}."
            )
            body.append(f"{surname} added that the council would vote on item {n}-{p} next month.")
        (folder / f"article-{n:03d}.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")


def test_a_corrupt_file_in_the_middle_of_a_batch_is_reported_and_skipped(
    tmp_path: Path, nlp: object
) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 4, paragraphs=1)
    (folder / "article-001b.txt").write_bytes(b"\x00\x00\xffnot text")
    (folder / "article-002b.warc.gz").write_bytes(b"\x1f\x8b\x08\x00broken gzip" * 10)
    (folder / "article-002c.html").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    summary = ingest_paths([folder], tmp_path / "q.db", batch_size=2)
    assert summary.added == 4
    assert sorted(Path(f.source.split("@")[0]).name for f in summary.failed) == [
        "article-001b.txt",
        "article-002b.warc.gz",
        "article-002c.html",
    ]
    assert all(f.reason for f in summary.failed)
    again = ingest_paths([folder], tmp_path / "q.db", batch_size=2)
    assert (again.added, again.skipped, len(again.failed)) == (0, 4, 3)


def test_ingested_quotes_are_the_engines_output(tmp_path: Path, nlp: object) -> None:
    from saidwhat import extract_many

    folder = tmp_path / "in"
    write_articles(folder, 3, paragraphs=2)
    ingest_paths([folder], tmp_path / "q.db")
    docs = list(read_paths([folder]))
    expected = {r.id: r for r in extract_many([(d.id, d.text) for d in docs])}  # type: ignore[union-attr]
    with QuoteStore(tmp_path / "q.db", readonly=True) as store:
        for article_id, result in expected.items():
            stored = store.article(article_id)
            assert stored is not None and stored.result.quotes == result.quotes


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def _ingest_command(folder: Path, db: Path) -> list[str]:
    code = "from saidwhat.cli import main; main()"
    return [
        sys.executable,
        "-c",
        code,
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "1",
        "--no-progress",
    ]


def test_killed_ingest_resumes_with_no_duplicates_and_nothing_lost(
    tmp_path: Path, nlp: object
) -> None:
    from saidwhat import extract_many

    folder, db = tmp_path / "in", tmp_path / "q.db"
    write_articles(folder, 40, paragraphs=2)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        _ingest_command(folder, db), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 300
    stored_at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored_at_kill = _count(db)
        if stored_at_kill >= 3:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert 0 < stored_at_kill < 40, "ingest was not caught in the middle"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    after_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert after_kill < 40

    rerun = subprocess.run(
        _ingest_command(folder, db), env=env, capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{40 - after_kill} added" in rerun.stderr and f"{after_kill} skipped" in rerun.stderr

    docs = sorted(read_paths([folder]), key=lambda d: d.id)  # type: ignore[union-attr]
    expected = {r.id: r for r in extract_many([(d.id, d.text) for d in docs])}  # type: ignore[union-attr]
    with QuoteStore(db, readonly=True) as store:
        assert store.article_ids() == sorted(expected)
        for article_id, result in expected.items():
            stored = store.article(article_id)
            assert stored is not None and stored.result.quotes == result.quotes, article_id
        conn = store.conn
        dupes = conn.execute(
            'SELECT count(*) FROM (SELECT article_id, start, "end" FROM quotes GROUP BY 1, 2, 3 HAVING count(*) > 1)'
        ).fetchone()[0]
        assert dupes == 0
        assert store.counts()["quotes"] == sum(len(r.quotes) for r in expected.values())


def _reextracted(db: Path) -> int:
    """Articles a running re-extract has committed (its resume point counts them)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT value FROM store_meta WHERE key = 'reextract_after'"
            ).fetchone()
            if row is None or not row[0]:
                return 0
            return int(conn.execute("SELECT count(*) FROM articles WHERE id <= ?", row).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_reextract_resumes_and_replaces_statements_consistently(
    tmp_path: Path, nlp: object
) -> None:
    """A store written by an "old engine" (one wrong statement per article) is re-extracted by
    `saidwhat reindex --reextract`, killed with SIGKILL half-way, and started again."""
    from saidwhat import ArticleQuotes, Person, extract_many

    from .helpers import quote

    folder, db = tmp_path / "in", tmp_path / "q.db"
    write_articles(folder, 30, paragraphs=2)
    docs = sorted(read_paths([folder]), key=lambda d: d.id)  # type: ignore[union-attr]
    old = []
    for doc in docs:
        first = doc.text.split("\n\n")[0]  # type: ignore[union-attr]
        stale = quote(doc.text, first, "Old Engine", mention=first.split()[0], cue="Council")  # type: ignore[union-attr]
        old.append((doc, ArticleQuotes(doc.id, (stale,), (Person("Old Engine"),))))  # type: ignore[union-attr]
    with QuoteStore(db) as store:
        store.ingest(old)
    command = [
        sys.executable, "-c", "from saidwhat.cli import main; main()",
        "reindex", "--reextract", "--db", str(db), "--batch-size", "1", "--no-progress",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    done_at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done_at_kill = _reextracted(db)
        if done_at_kill >= 3:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert 0 < done_at_kill < 30, "the re-extract was not caught in the middle"

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "resuming a re-extract" in rerun.stderr

    expected = {r.id: r for r in extract_many([(d.id, d.text) for d in docs])}  # type: ignore[union-attr]
    with QuoteStore(db) as store:
        assert store.person("Old Engine") is None  # nobody says the old statements any more
        for article_id, result in expected.items():
            stored = store.article(article_id)
            assert stored is not None and stored.result.quotes == result.quotes, article_id
        assert store.counts()["quotes"] == sum(len(r.quotes) for r in expected.values())
        conn = store.conn
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM store_meta WHERE key = 'reextract_after'").fetchone()[0] == 0
        kept = conn.execute(
            "SELECT id, quote_count, article_count, first_date, last_date FROM people ORDER BY id"
        ).fetchall()
        with store.transaction():
            store.recount()
        assert conn.execute(
            "SELECT id, quote_count, article_count, first_date, last_date FROM people ORDER BY id"
        ).fetchall() == kept
        berg = store.person("Anna Berg")
        assert berg is not None and berg.quote_count == sum(
            1 for r in expected.values() for q in r.quotes if q.speaker and q.speaker.name == "Anna Berg"
        )
