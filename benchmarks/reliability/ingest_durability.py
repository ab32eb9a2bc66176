#!/usr/bin/env python3
"""Ingest durability: SIGKILL `saidwhat ingest` at random moments, restart, finish, compare.

    python ingest_durability.py --cli .venv/bin/saidwhat --data shared/data/polnear/dev.jsonl
        [--kills 20] [--workdir DIR] [--rng 1] [--keep]

1. A reference: one uninterrupted `saidwhat ingest DATA --db ref.db`.
2. Into a fresh test.db: start `saidwhat ingest DATA --db test.db --batch-size B` (B drawn
   from 2, 4, 8, 64 per run) and SIGKILL it (by its pid) at a moment chosen by one of three
   strategies: a random timer; right after a commit is seen (article count went up); the
   instant the -wal file changes (a commit being written). Restart; repeat until --kills
   kills have landed while articles were still missing from the db.
3. One last run to completion (must exit 0).
4. Checks on test.db against ref.db: PRAGMA integrity_check, the FTS5 'integrity-check'
   command, equal row counts in every table, no duplicate articles (id or text hash) or
   quotes (article, start, end, type), the same articles with the same quotes and speakers,
   and the same FTS match counts for a few words.

Uses only the standard library (run it with any python3). Last line: a one-line summary;
exit code 1 on any failure.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CLI = str(REPO / ".venv" / "bin" / "saidwhat")
DEFAULT_DATA = str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl")
DEFAULT_SEED = str(REPO.parent / "shared" / "data" / "seed" / "mattis.txt")

TABLES = ("articles", "quotes", "people", "aliases", "descriptors", "article_people",
          "quote_groups")
WORDS = ("said", "clinton", "trump", "president", "campaign", "obama", "email")


def count_articles(db: Path) -> int:
    """Articles committed so far (read-only; 0 when the db is not there yet)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def ingest_cmd(cli: str, data: str, db: Path, batch: int | None) -> list[str]:
    cmd = [cli, "ingest", data, "--db", str(db), "--no-progress"]
    if batch is not None:
        cmd += ["--batch-size", str(batch)]
    return cmd


def killed_run(cli: str, data: str, db: Path, rng: random.Random, t_first: float,
               total: int, log: list[str]) -> tuple[bool, bool, str]:
    """One run, killed by a strategy. Returns (killed, mid_work, strategy)."""
    batch = rng.choice([2, 4, 4, 8, 8, 64])
    strategy = rng.choice(["timer", "timer", "after-commit", "wal-write"])
    before = count_articles(db)
    proc = subprocess.Popen(ingest_cmd(cli, data, db, batch), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    t0 = time.monotonic()
    deadline = t0 + 120
    killed = False
    wal = Path(str(db) + "-wal")

    def wal_sig() -> tuple[int, int]:
        try:
            st = wal.stat()
            return st.st_size, st.st_mtime_ns
        except OSError:
            return (-1, -1)

    if strategy == "timer":
        delay = rng.uniform(0.2, t_first + 2.0)
        while time.monotonic() - t0 < delay and proc.poll() is None:
            time.sleep(0.01)
    elif strategy == "after-commit":
        while proc.poll() is None and time.monotonic() < deadline:
            now = count_articles(db)
            if now > before:
                time.sleep(rng.uniform(0, 0.03))
                break
            time.sleep(0.01)
    else:  # wal-write: the moment the WAL changes after start-up
        time.sleep(0.5)
        sig = wal_sig()
        while proc.poll() is None and time.monotonic() < deadline:
            cur = wal_sig()
            if cur != sig and cur[0] > 0:
                break
            time.sleep(0.002)
    if proc.poll() is None:
        proc.kill()  # SIGKILL, our own child, by its pid
        killed = True
    proc.wait()
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    after = count_articles(db)
    mid = killed and before < total
    log.append(f"  run: batch {batch:>2}, {strategy:<12} after {time.monotonic() - t0:5.1f} s: "
               f"{'SIGKILL' if killed else 'exited ' + str(proc.returncode)}; articles {before} -> {after}")
    if "Traceback" in err:
        log.append("    traceback on stderr: " + err.strip().splitlines()[-1][:200])
    return killed, mid, strategy


def rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def compare(ref: Path, test: Path, problems: list[str], info: list[str]) -> dict[str, int]:
    r = sqlite3.connect(ref)
    t = sqlite3.connect(test)
    counts = {}
    for name, conn in (("ref", r), ("test", t)):
        ic = rows(conn, "PRAGMA integrity_check")
        if ic != [("ok",)]:
            problems.append(f"{name}: PRAGMA integrity_check: {ic[:5]}")
        try:
            conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')")
        except sqlite3.Error as exc:
            problems.append(f"{name}: FTS5 integrity-check failed: {exc}")
        fk = rows(conn, "PRAGMA foreign_key_check")
        if fk:
            problems.append(f"{name}: foreign_key_check: {len(fk)} rows, e.g. {fk[:3]}")
    # Every table of the schema (it grows: counts, report totals), not a fixed list.
    tables = [row[0] for row in r.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'quotes_fts%' ORDER BY name")] or list(TABLES)
    for table in tables:
        a = r.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        b = t.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        counts[table] = b
        info.append(f"  {table:<15} ref {a:>7}  test {b:>7}")
        if a != b:
            problems.append(f"{table}: {b} rows after kills, {a} in the uninterrupted reference")
    for name, conn in (("ref", r), ("test", t)):
        dup = rows(conn, "SELECT text_hash, count(*) FROM articles GROUP BY text_hash HAVING count(*) > 1")
        if dup and name == "test":
            refdup = rows(r, "SELECT text_hash, count(*) FROM articles GROUP BY text_hash HAVING count(*) > 1")
            if sorted(dup) != sorted(refdup):
                problems.append(f"test: duplicate article texts {dup[:3]}")
        dq = rows(conn, 'SELECT article_id, start, "end", type, count(*) FROM quotes '
                        "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1")
        if dq and name == "test":
            refdq = rows(r, 'SELECT article_id, start, "end", type, count(*) FROM quotes '
                            "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1")
            if sorted(dq) != sorted(refdq):
                problems.append(f"test: duplicate quotes {dq[:3]}")
    arts = "SELECT id, text_hash FROM articles ORDER BY id"
    if rows(r, arts) != rows(t, arts):
        a, b = set(rows(r, arts)), set(rows(t, arts))
        problems.append(f"articles differ: missing {sorted(a - b)[:3]}, extra {sorted(b - a)[:3]}")
    qsql = ('SELECT q.article_id, q.quote_index, q.start, q."end", q.text, q.type, q.speaker_name, '
            "p.name FROM quotes q LEFT JOIN people p ON p.id = q.person_id ORDER BY 1, 2")
    qa, qb = rows(r, qsql), rows(t, qsql)
    if qa != qb:
        only_ref, only_test = sorted(set(qa) - set(qb), key=repr), sorted(set(qb) - set(qa), key=repr)
        problems.append(f"quotes differ from the reference: {len(only_ref)} rows only in the "
                        f"reference, e.g. {only_ref[:2]}; {len(only_test)} only after kills, "
                        f"e.g. {only_test[:2]}")
    psql = "SELECT name, kind FROM people ORDER BY name, kind"
    if rows(r, psql) != rows(t, psql):
        problems.append("people differ from the reference")
    for word in WORDS:
        sql = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
        a = r.execute(sql, (word,)).fetchone()[0]
        b = t.execute(sql, (word,)).fetchone()[0]
        like = t.execute("SELECT count(*) FROM quotes WHERE text LIKE ? OR speaker_name LIKE ?",
                         (f"%{word}%", f"%{word}%")).fetchone()[0]
        info.append(f"  fts '{word}': ref {a}, test {b} (LIKE substring count {like})")
        if a != b:
            problems.append(f"FTS '{word}': {b} matches after kills, {a} in the reference")
        if b > like:
            problems.append(f"FTS '{word}': {b} matches but only {like} rows contain the word")
    r.close()
    t.close()
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=DEFAULT_CLI, help="the saidwhat executable (default: .venv/bin/saidwhat)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="a JSONL corpus (default: ../shared/data/polnear/dev.jsonl)")
    ap.add_argument("--kills", type=int, default=20, help="kills that must land mid-work")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--rng", type=int, default=1)
    ap.add_argument("--max-runs", type=int, default=80)
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    args = ap.parse_args()
    rng = random.Random(args.rng)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="durability."))
    work.mkdir(parents=True, exist_ok=True)
    ref, test = work / "ref.db", work / "test.db"
    for p in work.glob("*.db*"):
        p.unlink()
    problems: list[str] = []
    log: list[str] = []

    t0 = time.monotonic()
    proc = subprocess.run(ingest_cmd(args.cli, args.data, ref, None), capture_output=True)
    t_ref = time.monotonic() - t0
    ref_err = proc.stderr.decode("utf-8", "replace").strip()
    print(f"reference ingest: rc {proc.returncode}, {t_ref:.1f} s: {ref_err.splitlines()[-1] if ref_err else ''}")
    if proc.returncode != 0:
        problems.append(f"reference ingest exited {proc.returncode}: {ref_err[-300:]}")
    total = count_articles(ref)

    # time to the first commit with a small batch, to aim the timers
    t_first = min(10.0, t_ref / 3)
    kills = mid = runs = 0
    strategies: dict[str, int] = {}
    while mid < args.kills and runs < args.max_runs:
        runs += 1
        killed, was_mid, strategy = killed_run(args.cli, args.data, test, rng, t_first, total, log)
        kills += killed
        mid += was_mid
        if was_mid:
            strategies[strategy] = strategies.get(strategy, 0) + 1
        if count_articles(test) >= total and mid < args.kills:
            # the corpus is in: start over on a fresh db so that later kills land mid-work
            log.append(f"  (all {total} articles in after {runs} runs; checking, then a fresh db)")
            final = subprocess.run(ingest_cmd(args.cli, args.data, test, None), capture_output=True)
            if final.returncode != 0:
                problems.append(f"completion run exited {final.returncode}")
            compare(ref, test, problems, [])
            for p in work.glob("test.db*"):
                p.unlink()
    print("\n".join(log))
    proc = subprocess.run(ingest_cmd(args.cli, args.data, test, None), capture_output=True)
    final_err = proc.stderr.decode("utf-8", "replace").strip()
    print(f"final run: rc {proc.returncode}: {final_err.splitlines()[-1] if final_err else ''}")
    if proc.returncode != 0:
        problems.append(f"final ingest exited {proc.returncode}: {final_err[-300:]}")
    if "Traceback" in final_err:
        problems.append("final ingest printed a traceback")
    info: list[str] = []
    counts = compare(ref, test, problems, info)
    print("\n".join(info))
    for p in problems:
        print("FAIL:", p)
    if not args.keep and not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    ok = not problems
    print(f"SUMMARY ingest_durability: {runs} killed-or-finished runs, {kills} SIGKILLs ({mid} mid-work: "
          + ", ".join(f"{k} {v}" for k, v in sorted(strategies.items()))
          + f"), final articles {counts.get('articles')}/{total}, quotes {counts.get('quotes')}, "
          f"{len(problems)} problems -> {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
