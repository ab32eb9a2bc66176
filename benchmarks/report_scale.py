"""How fast the report answers on a large store: the store query, the page and the API.

    python benchmarks/report_scale.py build [--out /tmp/saidwhat-report/1m.db] [--statements 1000000]
    python benchmarks/report_scale.py measure /tmp/saidwhat-report/1m.db [--requests 20]

``build`` writes a generated store straight into the tables (no model, no ingest: what is
measured here is reading the report), deterministically (``--seed``): articles of about 17
statements over 14 outlets and 24 months; 40,000 people quoted with a Zipf distribution
(about half men, a third women, the rest unknown, each with an evidence), 150 organisations
and 50 groups or unnamed sources; 70% of statements by people, 12% by organisations, 12% by
groups, 6% with no source. It then recounts the maintained tables as ``saidwhat reindex``
does. A store built by ``benchmarks/store_scale.py build`` (through ingest) can be measured
the same way.

``measure`` opens the store read-only; each request is timed ``--requests`` times after
two warm-up calls (p50 and p95 wall ms, and p50 CPU ms of this process, which the shared
machine disturbs less): ``build_report`` in-process (what ``saidwhat report`` runs),
``GET /report`` and ``GET /api/report`` through Starlette's TestClient over the app
(routing, query, template and JSON counted), unfiltered and with the filters a reader uses:
an outlet; a month range; a day range; a topic (``the``, in about a fifth of the generated
statements); a broad topic (six common words joined by OR, raw FTS5 syntax: about 70%); a
date filter every statement passes (``since=2000``: the most the statements' columns are
asked to count); outlet, days and topic together. Then ``saidwhat report`` as a subprocess
(wall time with Python's start-up), and what ingest pays to keep the statements' columns:
``index_articles`` on 2,000 stored articles one by one, rolled back; and the whole report
maintenance, ``count_articles`` out and in for 500 articles, one by one and as one batch.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _time(call: Callable[[], Any], n: int, warm: int = 2) -> dict[str, float]:
    for _ in range(warm):
        call()
    times, cpu = [], []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        call()
        times.append(1000 * (time.perf_counter() - t))
        cpu.append(1000 * (time.process_time() - c))
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
        "cpu_p50_ms": round(statistics.median(cpu), 1),
    }


BROAD = "the OR of OR and OR a OR to OR in"  # raw FTS5: about 70% of the generated statements


def measure(db: Path, n: int) -> dict[str, Any]:
    from saidwhat.store import QuoteStore
    from saidwhat.store.report import build_report, count_articles, index_articles
    from saidwhat.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    raw = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    statements = raw.execute("SELECT count(*) FROM quotes").fetchone()[0]
    outlet = raw.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL LIMIT 1").fetchone()[0]
    months = [r[0] for r in raw.execute("SELECT DISTINCT substr(date, 1, 7) FROM articles WHERE date > '' ORDER BY 1")]
    raw.close()
    since, until = months[len(months) // 4], months[len(months) // 2]
    cases: dict[str, dict[str, str]] = {
        "all": {},
        "outlet": {"outlet": outlet},
        "months": {"since": since, "until": until},
        "days": {"since": since + "-15", "until": until + "-14"},
        "topic": {"q": "the"},
        "broad topic": {"q": BROAD, "raw": "true"},
        "since 2000": {"since": "2000"},
        "outlet+days+topic": {"outlet": outlet, "since": since + "-15", "until": until + "-14", "q": "budget"},
    }
    results: dict[str, Any] = {"db": str(db), "statements": statements}
    with QuoteStore(db, readonly=True) as store, TestClient(create_app(db)) as client:
        for name, filters in cases.items():
            kw: dict[str, Any] = {("query" if k == "q" else k): v for k, v in filters.items()}
            kw["raw"] = kw.get("raw") == "true"
            results[f"store {name}"] = _time(lambda kw=kw: build_report(store.conn, **kw), n)
            print(name, results[f"store {name}"], file=sys.stderr, flush=True)
            for path in ("/report", "/api/report"):
                if path == "/report" and "raw" in filters:
                    continue  # the page has no raw syntax
                def get(path: str = path, filters: dict[str, str] = filters) -> None:
                    response = client.get(path, params=filters)
                    assert response.status_code == 200, response.text[:200]
                results[f"GET {path} {name}"] = _time(get, n)
                print(path, name, results[f"GET {path} {name}"], file=sys.stderr, flush=True)
    cli = [str(Path(sys.executable).with_name("saidwhat")), "report", "--db", str(db), "--format", "json"]
    for name, args in (("", []), (" --since 2000", ["--since", "2000"])):
        results[f"saidwhat report{name} (subprocess)"] = _time(
            lambda args=args: subprocess.run(cli + args, check=True, capture_output=True), max(3, n // 2)
        )
    with QuoteStore(db) as store:
        conn = store.conn
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid DESC LIMIT 2000")]
        conn.execute("BEGIN")
        t, c = time.perf_counter(), time.process_time()
        for article in articles:
            index_articles(conn, [article])
        per = 1e6 / len(articles)
        results["ingest: index_articles per article"] = {
            "us": round(per * (time.perf_counter() - t), 1), "cpu_us": round(per * (time.process_time() - c), 1)
        }
        t = time.perf_counter()
        index_articles(conn, articles)
        results["ingest: index_articles, 2,000 at once, per article"] = {"us": round(per * (time.perf_counter() - t), 1)}
        conn.execute("ROLLBACK")
        # the whole report maintenance (totals, people, cells, gender votes, columns) of
        # taking 500 articles out and putting them back: one by one, and as one batch
        part = articles[:500]
        for how in ("one by one", "batch of 500"):
            conn.execute("BEGIN")
            t, c = time.perf_counter(), time.process_time()
            for sign in (-1, +1):
                for batch in ([[a] for a in part] if how == "one by one" else [part]):
                    count_articles(conn, batch, sign)
            results[f"ingest: count_articles out and in, {how}, per article"] = {
                "us": round(1e6 * (time.perf_counter() - t) / len(part), 1),
                "cpu_us": round(1e6 * (time.process_time() - c) / len(part), 1),
            }
            conn.execute("ROLLBACK")
    return results


WORDS = (
    "the of and to a in that is was for it with as on be at by this had not are but from or have "
    "an they which one were all there would their been has when who will more no if out so said "
    "what up its about into than them can only other new some could time these two may then do "
    "first any now such like our over even most made after also did many before must through "
    "ferry bridge budget harbour strike council school hospital vote tax election court police"
).split()


def build(out: Path, statements: int, seed: int) -> dict[str, Any]:
    import random
    from itertools import accumulate

    from saidwhat.store import QuoteStore

    rng = random.Random(seed)
    for path in out.parent.glob(out.name + "*"):
        path.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    n_people, n_orgs, n_groups = 40_000, 150, 50
    outlets = [f"Outlet {chr(65 + i)} News" for i in range(14)]
    months = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(24)]
    weights = list(accumulate(1 / (k + 1) ** 1.05 for k in range(n_people)))
    with QuoteStore(out) as store:
        conn = store.conn
        with store.transaction():
            people = []
            for pid in range(1, n_people + 1):
                r = rng.random()
                gender, evidence = (
                    ("male", rng.choice(["title", "pronoun", "first-name"])) if r < 0.5
                    else ("female", rng.choice(["title", "pronoun", "descriptor", "first-name"])) if r < 0.82
                    else (None, None)
                )
                people.append((pid, f"Person{pid} Surname{pid}", "person", f"surname{pid}", f"person{pid}", gender, evidence))
            for i in range(n_orgs):
                people.append((n_people + 1 + i, f"Organisation {i}", "organisation", f"organisation {i}", None, None, None))
            for i in range(n_groups):
                people.append((n_people + n_orgs + 1 + i, f"officials {i}", "group" if i % 2 else "unknown", f"officials {i}", None, None, None))
            conn.executemany(
                "INSERT INTO people(id, name, kind, surname, first, gender, gender_evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                people,
            )
            made, number = 0, 0
            while made < statements:
                number += 1
                aid = f"a{number:07d}"
                k = min(statements - made, rng.randint(5, 29))
                month = months[min(23, int(24 * made / statements))]
                conn.execute(
                    "INSERT INTO articles(id, text_hash, text, title, date, outlet) VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, f"{number:064x}", "(generated)", f"Article {number}", f"{month}-{rng.randint(1, 28):02d}",
                     rng.choice(outlets)),
                )
                quotes, quoted = [], {}
                for index in range(k):
                    r = rng.random()
                    if r < 0.70:
                        pid = rng.choices(range(1, n_people + 1), cum_weights=weights)[0]
                        kind = "person"
                    elif r < 0.82:
                        pid, kind = n_people + 1 + rng.randrange(n_orgs), "organisation"
                    elif r < 0.94:
                        g = rng.randrange(n_groups)
                        pid, kind = n_people + n_orgs + 1 + g, "group" if g % 2 else "unknown"
                    else:
                        pid, kind = None, None
                    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
                    quotes.append((aid, index, 0, len(text), text, "direct", people[pid - 1][1] if pid else None,
                                   kind, 0.8, "generated", 0, "[]", pid, f"{month}-01"))
                    if pid and kind == "person":
                        quoted[pid] = people[pid - 1]
                conn.executemany(
                    'INSERT INTO quotes(article_id, quote_index, start, "end", text, type, speaker_name, speaker_kind, '
                    "confidence, rule, carried_on, spans, person_id, sort_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    quotes,
                )
                conn.executemany(
                    "INSERT INTO article_people(article_id, person_index, person_id, name, kind, aliases, descriptors, "
                    "gender, mentions, gender_evidence) VALUES (?, ?, ?, ?, 'person', '[]', '[]', ?, '[]', ?)",
                    [(aid, i, p[0], p[1], p[5], p[6]) for i, p in enumerate(quoted.values())],
                )
                made += k
        written = time.perf_counter() - started
        with store.transaction():
            store.recount()
    conn2 = sqlite3.connect(out)
    conn2.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn2.close()
    return {"db": str(out), "articles": number, "statements": made, "write_s": round(written, 1),
            "recount_s": round(time.perf_counter() - started - written, 1), "bytes": out.stat().st_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write a generated store")
    b.add_argument("--out", type=Path, default=Path("/tmp/saidwhat-report/1m.db"))
    b.add_argument("--statements", type=int, default=1_000_000)
    b.add_argument("--seed", type=int, default=13)
    m = sub.add_parser("measure", help="time the report on a store")
    m.add_argument("db", type=Path)
    m.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    if args.command == "build":
        print(json.dumps(build(args.out, args.statements, args.seed), indent=2))
        return 0
    results = measure(args.db, args.requests)
    print(json.dumps(results, indent=2))
    print()
    print(f"| request ({results['statements']:,} statements) | p50 ms | p95 ms | CPU p50 ms |")
    print("|---|---:|---:|---:|")
    for key, value in results.items():
        if isinstance(value, dict) and "p50_ms" in value:
            print(f"| {key} | {value['p50_ms']} | {value['p95_ms']} | {value['cpu_p50_ms']} |")
        elif isinstance(value, dict):
            print(f"| {key} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
