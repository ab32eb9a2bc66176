"""The quote store at a newsroom's scale: 100,000 and 1,000,000 statements, no model.

    python benchmarks/store_scale.py build [--out /tmp/saidwhat-scale] [--statements 1000000]
    python benchmarks/store_scale.py measure /tmp/saidwhat-scale/1m.db [--requests 50]
    python benchmarks/store_scale.py all           # build, then measure both stores
    python benchmarks/store_scale.py time-ingest /tmp/saidwhat-scale/1m.db [--folders 3]
    python benchmarks/store_scale.py log-pages /tmp/saidwhat-scale/1m.db

**The corpus is generated**, deterministically (``--seed``), so no model runs and nothing
from a licensed corpus is copied. Sizes follow PolNeAR dev's export (84 articles, 1,503
statements, 805 words an article): an article has 5 to 30 statements (about 17 on average)
in about 800 words (5,000 characters) of filler prose; a statement is 8 to 40 words, a
direct quote (``"...," Name said.``), an indirect one (``Name said that ...``) or an
unnamed source (``It was reported that ...``). Words are drawn from a Zipf distribution
over 300 common English words and 30,000 invented ones, so "the" is in most statements
and an invented word in a few. Speakers: 40,000 invented people and 200 groups and
organisations, quoted with a Zipf distribution too (a few people in thousands of
articles, most in one or two), each named in full, then by surname or a title; 3% of the
statements repeat one from a pool of widely quoted ones, some trimmed (repeated-quote
groups). 14 outlets, dates over two years, rising with the article number.

``build`` writes the articles as export folders of ``--chunk`` articles each
(``OUT/chunks/NNN/{articles,quotes,article_people}.parquet``, the schema of
docs/export-schema.md) and ingests them one by one with ``saidwhat ingest``'s code path,
one writer per store (as ``saidwhat ingest DIR1 DIR2 ...``): the first chunks into
``OUT/100k.db``, which is then copied to ``OUT/1m.db`` and grown to the full count. It
records articles/s for each chunk against the statements already stored, what opening a
writer costs (it reads the latest statements' shingles once), and the database size.

``time-ingest`` times the ingest of new export folders into a copy of a built store (the
copy is deleted after): ``--folders`` folders of ``--chunk`` new articles, written once to
``OUT/extra`` from the build's world (same words, people, widely quoted lines) with another
random stream, new ids and the corpus's last dates; one writer, folder after folder, each
folder's rate as ``build`` records it, the writer's start apart (it counts the process's
import of the Parquet reader too), and the whole run's rate with the start and the close.

``log-pages`` ingests the first of those folders into a copy with every checkpoint off and
counts the pages its transaction wrote to the log, by table and index (SQLite's ``dbstat``):
where a larger store costs more to write to.

``measure`` opens a store read-only and times, ``--requests`` times each (p50, p95 in ms):
the pages and JSON API endpoints in-process (Starlette's TestClient over the ASGI app,
so HTTP parsing, routing, the query, templates and JSON are all counted), and the store
commands ``saidwhat search/people/show`` as subprocesses (wall time including Python's
start-up). Results are printed as JSON and as Markdown table rows for RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

DEFAULT_OUT = Path("/tmp/saidwhat-scale")

COMMON = """the of and to a in that is was he for it with as his on be at by i this had not are
but from or have an they which one you were her all she there would their we him been has
when who will more no if out so said what up its about into than them can only other new
some could time these two may then do first any my now such like our over man me even most
made after also did many before must through back years where much your way well down
should because each just those people how too little state good very make world still own
see men work long get here between both life being under never day same another know while
last might us great old year off come since against go came right used take three states
himself few house use during without again place american around however home small found
thought went say part once general high upon school every don't does got united left number
course war until always away something fact though water less public put think almost hand
enough far took head yet government system better set told nothing night end why called
didn't eyes find going look asked later knew point next program city business give group
toward young days let room president side social given present several order national
possible rather second face per among form important often things looking early white case
john become large big need four within felt along children saw best church ever least power
development light thing seemed family interest want members others mind country area
""".split()
FIRST = """James Maria Robert Elena John Anna Michael Sofia David Laura William Ines Richard
Clara Joseph Nadia Thomas Julia Charles Petra Daniel Marta Matthew Olga Anthony Rosa Mark
Helen Donald Irene Steven Alice Paul Greta Andrew Lucia Joshua Vera Kenneth Eva Kevin Nina
Brian Ada George Lena Timothy Mira Ronald Ida Edward Zoe Jason Hana Jeffrey Leila Ryan Amal
Jacob Yuki Gary Priya Nicholas Ama Eric Chen Jonathan Fatima Stephen Keiko Larry Aisha""".split()
TITLES = ("Mr", "Ms", "Dr", "Senator", "Minister", "Governor", "Mayor", "General")
GROUPS = ("officials", "sources", "analysts", "residents", "critics", "economists", "aides")
CUES = ("said", "told reporters", "added", "warned", "argued", "explained", "insisted", "noted")
OUTLETS = (
    "Harbour Gazette", "Northern Ledger", "The Daily Lantern", "Riverside Post", "Capital Wire",
    "Valley Herald", "Metro Courier", "Coastal Times", "The Evening Signal", "Union Dispatch",
    "Prairie Tribune", "Island Observer", "Summit Review", "The Morning Anchor",
)
START_DATE = date(2023, 1, 1)
DAYS = 730
VIRAL_SHARE = 0.03
STATEMENTS_PER_MILLION_TARGET = 1_000_000


def _zipf_cdf(n: int, s: float = 1.05) -> list[float]:
    weights = [1 / (rank**s) for rank in range(1, n + 1)]
    total = sum(weights)
    return list(accumulate(w / total for w in weights))


@dataclass
class World:
    """Everything shared by the articles: vocabulary, people, outlets, widely quoted lines."""

    rng: random.Random
    words: list[str]
    word_cdf: list[float]
    people: list[tuple[str, str]]  # (first, surname); index = popularity rank
    people_cdf: list[float]
    groups: list[str]
    viral: list[str]

    @classmethod
    def make(cls, seed: int, n_people: int = 40_000, n_invented: int = 30_000) -> World:
        rng = random.Random(seed)
        syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["an", "el", "or", "is"]
        invented: set[str] = set()
        while len(invented) < n_invented:
            invented.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
        words = COMMON + sorted(invented)
        rng.shuffle(words[len(COMMON) :])
        surnames: set[str] = set()
        while len(surnames) < n_people // 3:
            surnames.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).title())
        surname_list = sorted(surnames)
        people_set: set[tuple[str, str]] = set()
        while len(people_set) < n_people:
            people_set.add((rng.choice(FIRST), rng.choice(surname_list)))
        people = sorted(people_set)
        rng.shuffle(people)
        groups = [f"{rng.choice(words[300:]).title()} Ministry" for _ in range(150)]
        groups += [f"{rng.choice(words[300:]).title()} Party" for _ in range(50)]
        world = cls(rng, words, _zipf_cdf(len(words)), people, _zipf_cdf(n_people, 1.0), groups, [])
        world.viral = [world.sentence(14, 30) for _ in range(2_000)]
        return world

    def word(self) -> str:
        return self.words[bisect_left(self.word_cdf, self.rng.random())]

    def sentence(self, low: int, high: int) -> str:
        return " ".join(self.word() for _ in range(self.rng.randint(low, high)))

    def person(self) -> tuple[str, str]:
        index = min(bisect_left(self.people_cdf, self.rng.random()), len(self.people) - 1)
        return self.people[index]


def make_article(world: World, number: int, total: int) -> tuple[Any, Any]:
    """One generated article as ``(Document, ArticleQuotes)``; every span indexes the text."""
    from saidwhat import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
    from saidwhat.readers import Document

    rng = world.rng
    pieces: list[str] = []
    length = 0

    def add(text: str) -> Span:
        nonlocal length
        start = length
        pieces.append(text)
        length += len(text)
        return Span(start, length, text)

    n_statements = max(5, min(30, int(rng.gauss(17, 6))))
    cast = [world.person() for _ in range(rng.randint(2, 6))]
    group = rng.choice(world.groups) if rng.random() < 0.5 else None
    mentions: dict[str, list[Span]] = {}
    aliases: dict[str, set[str]] = {}
    introduced: set[str] = set()
    quotes = []
    filler_words = max(0, 800 - 22 * n_statements)
    title = world.sentence(5, 10).capitalize()
    add(title + "\n\n")
    for index in range(n_statements):
        if filler_words > 0 and rng.random() < 0.6:
            add(world.sentence(10, 25).capitalize() + ". ")
        roll = rng.random()
        words = (
            rng.choice(world.viral)
            if rng.random() < VIRAL_SHARE
            else world.sentence(8, 40)
        )
        if rng.random() < 0.3 and words in world.viral:
            cut = words.split()
            words = " ".join(cut[: max(10, len(cut) - 3)])  # an outlet quoting part of it
        cue_word = rng.choice(CUES)
        if roll < 0.06:  # an unnamed source
            add("It was reported that ")
            content = add(words)
            add(". ")
            quotes.append(
                Quote(content.start, content.end, content.text, QuoteType.INDIRECT, None,
                      None, 0.6, "indirect:unnamed")
            )
            continue
        if group is not None and roll < 0.14:
            name, kind = group, PersonKind.ORGANISATION
            said = add(f"The {name}")
            said = Span(said.start + 4, said.end, name)
        else:
            first, surname = rng.choice(cast)
            name, kind = f"{first} {surname}", PersonKind.PERSON
            if name not in introduced:
                form = name if rng.random() < 0.8 else f"{rng.choice(TITLES)} {name}"
                introduced.add(name)
            else:
                form = rng.choice((surname, f"{rng.choice(TITLES)} {surname}", name))
            said = add(form)
            aliases.setdefault(name, set()).add(form)
        mentions.setdefault(name, []).append(said)
        if roll < 0.55:  # direct: Name said: "...".
            add(" ")
            cue = add(cue_word)
            add(': "')
            content = add(words.capitalize() + ".")
            add('" ')
            content = Span(content.start - 1, content.end + 1, f'"{content.text}"')
            qtype, rule = QuoteType.DIRECT, "direct:cue-clause"
        else:  # indirect: Name said that ...
            add(" ")
            cue = add(cue_word)
            add(" that ")
            content = add(words)
            add(". ")
            qtype, rule = QuoteType.INDIRECT, "indirect:subject"
        quotes.append(
            Quote(content.start, content.end, content.text, qtype, Speaker(name, said, kind), cue,
                  round(rng.uniform(0.5, 0.99), 2), rule)
        )
        if index % 4 == 3:
            add("\n\n")
    text = "".join(pieces)
    people = []
    for name, spans in mentions.items():
        kind = PersonKind.ORGANISATION if name in world.groups else PersonKind.PERSON
        people.append(
            Person(name, kind, tuple(sorted(aliases.get(name, set()) - {name})), (), None, None,
                   tuple(spans))
        )
    day = START_DATE + timedelta(days=min(DAYS - 1, int(DAYS * number / total) + rng.randint(-3, 3)))
    meta = {
        "title": title,
        "date": day.isoformat(),
        "outlet": OUTLETS[min(int(rng.expovariate(0.35)), len(OUTLETS) - 1)],
        "url": f"https://news.example/{number}",
    }
    article_id = f"gen-{number:07d}"
    doc = Document(article_id, text, meta, f"generated:{number}")
    return doc, ArticleQuotes(article_id, tuple(quotes), tuple(people), meta)


def write_chunk(folder: Path, articles: list[tuple[Any, Any]]) -> None:
    """The articles as an export folder, as `saidwhat export` / the Spark job write them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from saidwhat.spark.records import article_row, person_rows, quote_rows
    from saidwhat.store.export import arrow_schema

    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    tables: dict[str, list[dict[str, Any]]] = {"articles": [], "quotes": [], "article_people": []}
    for doc, result in articles:
        tables["articles"].append(article_row(result, doc.text, doc.source, doc.meta))
        tables["quotes"].extend(quote_rows(result, doc.meta))
        tables["article_people"].extend(person_rows(result))
    for name, rows in tables.items():
        schema = arrow_schema(name)
        names = set(schema.names)
        rows = [{k: v for k, v in row.items() if k in names} for row in rows]
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp / f"{name}.parquet")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)


def generate_chunks(out: Path, statements: int, chunk: int, seed: int) -> list[Path]:
    """Export folders of ``chunk`` articles, about ``statements`` statements in all (reused
    when already written with the same parameters)."""
    chunks_dir = out / "chunks"
    stamp = chunks_dir / "params.json"
    params = {"statements": statements, "chunk": chunk, "seed": seed, "version": 1}
    if stamp.exists() and json.loads(stamp.read_text()) == params:
        return sorted(p for p in chunks_dir.iterdir() if p.is_dir())
    shutil.rmtree(chunks_dir, ignore_errors=True)
    chunks_dir.mkdir(parents=True)
    world = World.make(seed)
    total_articles = math.ceil(statements / 17.2)
    made = 0
    number = 0
    folders = []
    started = time.perf_counter()
    while made < statements:
        batch = []
        while len(batch) < chunk and made < statements:
            doc, result = make_article(world, number, total_articles)
            batch.append((doc, result))
            made += len(result.quotes)
            number += 1
        folder = chunks_dir / f"{len(folders):03d}"
        write_chunk(folder, batch)
        folders.append(folder)
        print(f"generated {number} articles, {made} statements "
              f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    stamp.write_text(json.dumps(params))
    return folders


def _quotes_in(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM quotes").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def ingest_chunk(store: Any, folder: Path) -> dict[str, Any]:
    """Ingest one export folder into an open store the way `saidwhat ingest FOLDER ...` does
    (the same ``ingest_paths`` call, its default batches); its rate."""
    try:
        from saidwhat.ingest import ingest_paths
    except ImportError:  # saidwhat 0.1: ingest lived in the store package
        from saidwhat.store import ingest_paths  # type: ignore[attr-defined,no-redef]

    before = store.counts()["quotes"]
    started, cpu = time.perf_counter(), time.process_time()
    summary = ingest_paths([folder], store)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if summary.failed:
        raise SystemExit(f"ingest of {folder} failed: {summary.failed[:3]}")
    return {
        "chunk": folder.name,
        "statements_before": before,
        "articles": summary.added,
        "seconds": round(seconds, 2),
        "articles_per_s": round(summary.added / seconds, 1) if seconds else None,
        # CPU time of this process (SQLite runs in it): what the rate is on a core of its
        # own, when other jobs share the machine
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_s": round(summary.added / cpu, 1) if cpu else None,
        "load": round(os.getloadavg()[0], 2),
    }


def open_writer(db: Path) -> tuple[Any, dict[str, Any]]:
    """A store open for writing, with what its start costs: a writer reads the latest
    statements' shingles once (the containment window, store/fingerprint.py) and every
    statement's fingerprint key (the key index, since schema 5) before the first article,
    and the process imports pyarrow's Parquet reader; timed apart from the folders' rates
    (``time-ingest`` also gives the rate with it counted)."""
    from saidwhat.store import QuoteStore

    started, cpu = time.perf_counter(), time.process_time()
    # the process's one-time import of the Parquet reader (0.4 s) counts as start-up, not as
    # the first folder's ingest
    import pyarrow.dataset  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    store = QuoteStore(db)
    for first_read in ("_contain_window", "_key_index"):  # whichever this saidwhat has
        read = getattr(store, first_read, None)
        if read is not None:
            read()
    return store, {
        "writer_start_s": round(time.perf_counter() - started, 2),
        "writer_start_cpu_s": round(time.process_time() - cpu, 2),
        "statements": store.counts()["quotes"],
    }


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def build(out: Path, statements: int, chunk: int, seed: int, small: int) -> dict[str, Any]:
    """The small store from the first folders, then a copy of it grown to ``statements``: each
    store written by one writer, folder after folder (as `saidwhat ingest DIR1 DIR2 ...`)."""
    out.mkdir(parents=True, exist_ok=True)
    folders = generate_chunks(out, statements, chunk, seed)
    small_db, big_db = out / "100k.db", out / f"{_label(statements)}.db"
    for db in (small_db, big_db):
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    rates, starts = [], []
    store, start = open_writer(small_db)
    starts.append(start)
    try:
        for folder in folders:
            rate = ingest_chunk(store, folder)
            rates.append(rate)
            print(json.dumps(rate), file=sys.stderr)
            if store.path == small_db and store.counts()["quotes"] >= small:
                store.close()
                _checkpoint(small_db)
                shutil.copyfile(small_db, big_db)
                store, start = open_writer(big_db)
                starts.append(start)
                print(json.dumps(start), file=sys.stderr)
    finally:
        store.close()
    _checkpoint(store.path)
    return {
        "statements": {"100k": _quotes_in(small_db), "big": _quotes_in(big_db)},
        "db_bytes": {"100k": db_size(small_db), "big": db_size(big_db)},
        "writer_starts": starts,
        "chunks": rates,
    }


def extra_folders(out: Path, folders: int, chunk: int, seed: int) -> list[Path]:
    """``folders`` export folders of new articles that follow the built corpus: the same world
    (words, people, widely quoted lines; ``--seed`` of the build) with another random stream,
    numbered after the last built article (new ids, the latest dates); reused once written."""
    extra = out / "extra"
    stamp = extra / "params.json"
    params = {"folders": folders, "chunk": chunk, "seed": seed, "version": 2}
    if stamp.exists() and json.loads(stamp.read_text()) == params:
        return sorted(p for p in extra.iterdir() if p.is_dir())
    shutil.rmtree(extra, ignore_errors=True)
    extra.mkdir(parents=True)
    from dataclasses import replace

    world = World.make(seed)
    world.rng = random.Random(seed + 1_000)
    total = math.ceil(STATEMENTS_PER_MILLION_TARGET / 17.2)
    made = []
    for index in range(folders):
        articles = []
        for n in range(chunk):
            # dated as the corpus's last weeks; ids no built article has
            doc, result = make_article(world, total - chunk * folders + index * chunk + n, total)
            new_id = f"new-{index:03d}-{n:05d}"
            articles.append((replace(doc, id=new_id), replace(result, id=new_id)))
        folder = extra / f"{index:03d}"
        write_chunk(folder, articles)
        made.append(folder)
    stamp.write_text(json.dumps(params))
    return made


def time_ingest(db: Path, out: Path, folders: int, chunk: int, seed: int) -> dict[str, Any]:
    """Ingest ``folders`` new export folders (``extra_folders``) into a copy of ``db``, one
    writer, folder after folder (``ingest_chunk``); the copy is deleted after."""
    made = extra_folders(out, folders, chunk, seed)
    copy = out / f"timing-{db.name}"
    for path in copy.parent.glob(copy.name + "*"):
        path.unlink()
    _checkpoint(db)
    shutil.copyfile(db, copy)
    # the copy's pages on disk before timing: else the first checkpoint's fsync writes out the
    # whole copy (1.3 GB at 1M), which no ingest into a store at rest pays
    with copy.open("rb+") as handle:
        os.fsync(handle.fileno())
    store, start = open_writer(copy)
    rates = []
    closing = 0.0
    try:
        for folder in made:
            rate = ingest_chunk(store, folder)
            rates.append(rate)
            print(json.dumps(rate), file=sys.stderr)
        # closing waits for a checkpoint still running and copies the rest of the log back:
        # the last folder's share of the log's cost, which the folders' rates leave out
        started = time.perf_counter()
        store.close()
        closing = time.perf_counter() - started
    finally:
        store.close()
        for path in copy.parent.glob(copy.name + "*"):
            path.unlink()
    seconds = sum(r["seconds"] for r in rates)
    cpu = sum(r["cpu_seconds"] for r in rates)
    articles = sum(r["articles"] for r in rates)
    return {
        "db": str(db),
        "writer_start": start,
        "chunks": rates,
        "close_s": round(closing, 2),
        "articles_per_s": round(articles / seconds, 1),
        "articles_per_s_with_close": round(articles / (seconds + closing), 1),
        # the whole run of one `saidwhat ingest DIR1 ... DIRn`: the writer's start counted too
        "articles_per_s_whole": round(articles / (start["writer_start_s"] + seconds + closing), 1),
        "articles_per_cpu_s": round(articles / cpu, 1),
    }


def log_pages(db: Path, out: Path, chunk: int, seed: int) -> dict[str, Any]:
    """What one new export folder's transaction writes to the log, by table and index: the
    folder ingested into a copy of ``db`` with every checkpoint off, then the log's frames
    read back (each a page) and each page named through SQLite's ``dbstat``. A page many
    rows touch is one frame; pages an index's random keys touch grow with the store."""
    import struct

    folder = extra_folders(out, 1, chunk, seed)[0]
    copy = out / f"log-pages-{db.name}"
    for path in copy.parent.glob(copy.name + "*"):
        path.unlink()
    _checkpoint(db)
    shutil.copyfile(db, copy)
    store, _start = open_writer(copy)
    store._checkpoint_behind = lambda: None  # the log keeps every frame of the transaction
    try:
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rate = ingest_chunk(store, folder)
        log = Path(f"{copy}-wal").read_bytes()
        page_size = struct.unpack(">I", log[8:12])[0]
        pages = [
            struct.unpack(">I", log[at : at + 4])[0]
            for at in range(32, len(log) - 24 - page_size + 1, 24 + page_size)
        ]
        names = dict(store.conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    finally:
        store.close()
        for path in copy.parent.glob(copy.name + "*"):
            path.unlink()
    by_name: dict[str, int] = {}
    for page in set(pages):
        name = names.get(page, "(free)")
        by_name[name] = by_name.get(name, 0) + 1
    return {
        "db": str(db),
        "statements_before": rate["statements_before"],
        "articles": rate["articles"],
        "log_frames": len(pages),
        "log_mb": round(len(pages) * page_size / 1e6, 1),
        "pages": dict(sorted(by_name.items(), key=lambda kv: -kv[1])),
    }


def _checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _label(statements: int) -> str:
    return f"{statements // 1_000_000}m" if statements >= 1_000_000 else f"{statements // 1000}k"


# --- measuring ---------------------------------------------------------------------------


def _percentiles(times: list[float], prefix: str = "") -> dict[str, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        f"{prefix}p50_ms": round(statistics.median(ordered) * 1000, 1),
        f"{prefix}p95_ms": round(p95 * 1000, 1),
    }


def _cpu_now(children: bool) -> float:
    if children:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return time.process_time()


def _time(call: Callable[[], Any], n: int, warm: int = 2, children: bool = False) -> dict[str, float]:
    """Wall time and CPU time (this process's, or its finished children's) of each call.

    The CPU time is what the call costs on a core of its own; on a machine shared with other
    jobs the wall time also holds the waits for a core."""
    for _ in range(warm):
        call()
    times, cpus = [], []
    for _ in range(n):
        started, cpu = time.perf_counter(), _cpu_now(children)
        call()
        times.append(time.perf_counter() - started)
        cpus.append(_cpu_now(children) - cpu)
    return {**_percentiles(times), **_percentiles(cpus, "cpu_")}


def pick_subjects(db: Path) -> dict[str, str]:
    """What to ask for: a frequent word, a popular person, a rare phrase, an article..."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    person_id, person_name = conn.execute(
        "SELECT person_id, p.name FROM quotes q JOIN people p ON p.id = q.person_id "
        "WHERE p.kind = 'person' GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    middle = conn.execute("SELECT max(id) / 2 FROM quotes").fetchone()[0]
    phrase_text = conn.execute(
        "SELECT text FROM quotes WHERE id >= ? AND type = 'indirect' LIMIT 1", (middle,)
    ).fetchone()[0]
    article_id = conn.execute(
        "SELECT article_id FROM quotes WHERE id >= ? LIMIT 1", (middle,)
    ).fetchone()[0]
    outlet = conn.execute(
        "SELECT outlet FROM articles WHERE id = ?", (article_id,)
    ).fetchone()[0]
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    conn.close()
    words = phrase_text.split()
    return {
        "word": "the",
        "name": person_name.split()[-1],
        "person": str(person_id),
        "person_name": person_name,
        "phrase": '"' + " ".join(words[2:6]) + '"',
        "article": article_id,
        "outlet": outlet,
        "deep_offset": str(max(0, (people // 2) // 50 * 50)),
    }


def measure(db: Path, requests: int) -> dict[str, Any]:
    from urllib.parse import quote as q

    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    s = pick_subjects(db)
    filters = f"&outlet={q(s['outlet'])}&since=2023-06&until=2024-06&type=direct"
    web = {
        "home /": "/",
        "search frequent word": f"/?q={s['word']}",
        "search frequent word, filtered": f"/?q={s['word']}{filters}",
        "search a name": f"/?q={q(s['name'])}",
        "search a name, filtered": f"/?q={q(s['name'])}{filters}",
        "search a phrase": f"/?q={q(s['phrase'])}",
        "search a phrase, filtered": f"/?q={q(s['phrase'])}{filters}",
        "search by speaker, no words": f"/?speaker={q(s['person_name'])}",
        "people first page": "/people",
        "people deep page (cursor)": None,  # filled in below: a page half-way down
        "people deep page (offset)": f"/people?offset={s['deep_offset']}",
        "people search": f"/people?q={q(s['name'][:4])}",
        "a person": f"/people/{s['person']}",
        "a person by name": f"/people/{q(s['person_name'])}",
        "a person's deep page": None,
        "an article": f"/articles/{q(s['article'])}",
    }
    api = {
        "api search frequent word": f"/api/search?q={s['word']}",
        "api search frequent word, filtered": f"/api/search?q={s['word']}{filters}",
        "api search a name": f"/api/search?q={q(s['name'])}",
        "api search a phrase": f"/api/search?q={q(s['phrase'])}",
        "api search no words, filtered": f"/api/search?{filters[1:]}",
        "api people first page": "/api/people",
        "api people deep page (cursor)": None,
        "api people deep page (offset)": f"/api/people?offset={s['deep_offset']}",
        "api people search": f"/api/people?q={q(s['name'][:4])}",
        "api a person": f"/api/people/{s['person']}",
        "api an article": f"/api/articles/{q(s['article'])}",
    }
    results: dict[str, Any] = {"subjects": s, "web": {}, "cli": {}, "load_before": os.getloadavg()}
    with TestClient(create_app(db)) as client:
        deep = client.get(f"/api/people?offset={s['deep_offset']}").json()["next_cursor"]
        web["people deep page (cursor)"] = f"/people?after={deep}"
        api["api people deep page (cursor)"] = f"/api/people?after={deep}"
        count = client.get(f"/api/people/{s['person']}").json()["quote_count"]
        person = client.get(f"/api/people/{s['person']}?offset={min(2000, count // 2)}").json()
        web["a person's deep page"] = f"/people/{s['person']}?after={person['quotes']['next_cursor']}"
        for label, url in {**web, **api}.items():
            assert url is not None
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url}: {response.status_code} {response.text[:300]}")
            timing = _time(lambda url=url: client.get(url), requests)
            results["web"][label] = {"url": url, **timing}
            print(label, timing, file=sys.stderr)
    # the venv's command when the venv is not activated (python from .venv/bin)
    beside = Path(sys.executable).with_name("saidwhat")
    exe = str(beside) if beside.exists() else shutil.which("saidwhat") or "saidwhat"
    commands = {
        "saidwhat search the": [exe, "search", "the", "--db", str(db)],
        "saidwhat search NAME --since": [exe, "search", s["name"], "--since", "2024-01", "--db", str(db)],
        "saidwhat people": [exe, "people", "--db", str(db)],
        "saidwhat show PERSON": [exe, "show", s["person_name"], "--db", str(db)],
    }
    env = dict(os.environ)  # byte-code caches are written by the warm-up run, as in real use
    for label, command in commands.items():

        def run(command: list[str] = command) -> None:
            subprocess.run(command, check=True, capture_output=True, env=env)

        timing = _time(run, max(10, requests // 5), warm=1, children=True)
        results["cli"][label] = {"command": " ".join(command[1:]), **timing}
        print(label, timing, file=sys.stderr)
    results["load_after"] = os.getloadavg()
    results["db_bytes"] = db_size(db)
    results["statements"] = _quotes_in(db)
    return results


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "| request | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, row in {**results["web"], **results["cli"]}.items():
        lines.append(
            f"| {label} | {row['p50_ms']} | {row['p95_ms']} | {row['cpu_p50_ms']} | "
            f"{row['cpu_p95_ms']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="generate the corpus and build the stores")
    m = sub.add_parser("measure", help="time pages, API and CLI on one store")
    a = sub.add_parser("all", help="build, then measure both stores")
    t = sub.add_parser(
        "time-ingest",
        help="time the ingest of new export folders into a copy of a built store",
    )
    t.add_argument("db", type=Path)
    t.add_argument("--folders", type=int, default=3)
    lp = sub.add_parser(
        "log-pages",
        help="the pages one new folder's transaction writes, by table and index",
    )
    lp.add_argument("db", type=Path)
    for p in (t, lp):
        p.add_argument("--out", type=Path, default=DEFAULT_OUT)
        p.add_argument("--chunk", type=int, default=2_000)
        p.add_argument("--seed", type=int, default=12)
    for p in (b, a):
        p.add_argument("--out", type=Path, default=DEFAULT_OUT)
        p.add_argument("--statements", type=int, default=1_000_000)
        p.add_argument("--small", type=int, default=100_000, help="statements in the small store")
        p.add_argument("--chunk", type=int, default=2_000, help="articles per export folder")
        p.add_argument("--seed", type=int, default=12)
    m.add_argument("db", type=Path)
    for p in (m, a):
        p.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    if args.command in ("build", "all"):
        built = build(args.out, args.statements, args.chunk, args.seed, args.small)
        print(json.dumps(built, indent=1))
    if args.command == "time-ingest":
        timed = time_ingest(args.db, args.out, args.folders, args.chunk, args.seed)
        print(json.dumps(timed, indent=1))
    if args.command == "log-pages":
        print(json.dumps(log_pages(args.db, args.out, args.chunk, args.seed), indent=1))
    if args.command == "measure":
        results = measure(args.db, args.requests)
        print(json.dumps(results, indent=1))
        print(markdown(results))
    if args.command == "all":
        for db in (args.out / "100k.db", args.out / f"{_label(args.statements)}.db"):
            results = measure(db, args.requests)
            print(json.dumps(results, indent=1))
            print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
