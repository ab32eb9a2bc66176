"""The store at scale, on hand-built results: counts kept at ingest that agree with a recount,
pages that go on by cursor, a bounded ranking, upgrades of older stores, re-extraction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from saidwhat import ArticleQuotes, Person, QueryError, StoreError
from saidwhat.cli import main
from saidwhat.store import QuoteStore
from saidwhat.store import db as store_db
from saidwhat.store.reextract import STATE_KEY, pending, reextract

from .helpers import article, quote, said

SPEAKERS = ["James Mattis", "Anna Berg", "Otto Lind", "Maria Holt"]
OUTLETS = ["Planet", "Courier", None]


def corpus(n: int = 24) -> list[Any]:
    """Articles by four people over months and outlets; a few name two speakers."""
    items = []
    for i in range(n):
        who = SPEAKERS[i % len(SPEAKERS)]
        meta = {"date": f"2019-{1 + i % 6:02d}-{1 + i % 27:02d}"} if i % 5 else {}
        if OUTLETS[i % 3]:
            meta["outlet"] = OUTLETS[i % 3]  # type: ignore[assignment]
        doc, result = said(f"a{i:02d}", f"Statement {i} on the harbour budget and the bridge", who, **meta)
        if i % 4 == 1:  # a second speaker in the same article, named but not quoted
            result = ArticleQuotes(
                result.id, result.quotes, (*result.people, Person("Lena Vik")), result.meta
            )
        items.append((doc, result))
    return items


def snapshot(store: QuoteStore) -> dict[str, Any]:
    rows = store.conn.execute
    return {
        "people": rows(
            "SELECT id, quote_count, article_count, first_date, last_date FROM people ORDER BY id"
        ).fetchall(),
        "outlets": rows("SELECT * FROM person_outlets ORDER BY 1, 2").fetchall(),
        "months": rows("SELECT * FROM person_months ORDER BY 1, 2").fetchall(),
    }


def recounted(store: QuoteStore) -> dict[str, Any]:
    with store.transaction():
        store.recount()
    return snapshot(store)


def as_tuples(snap: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    return {k: [tuple(r) for r in v] for k, v in snap.items()}


def test_counts_kept_at_ingest_agree_with_a_recount(store: QuoteStore) -> None:
    store.ingest(corpus())
    # a changed article replaces its statements: Berg's statement of a01 becomes Holt's
    doc, result = said("a01", "A corrected statement on the harbour", "Maria Holt", date="2018-03-04")
    store.ingest([(doc, result)])
    kept = as_tuples(snapshot(store))
    assert kept == as_tuples(recounted(store))

    berg = store.person("Anna Berg")
    holt = store.person("Maria Holt")
    assert berg is not None and holt is not None
    assert (berg.quote_count, berg.article_count) == (5, 5)  # a05, a09, a13, a17, a21
    assert (holt.quote_count, holt.first_date) == (7, "2018-03-04")  # the new a01 is her earliest
    assert berg.first_date == "2019-02-14" and berg.last_date == "2019-06-18"  # a01 (02-02) went
    assert sum(n for _, n in holt.outlets) == holt.quote_count
    assert sum(n for _, n in holt.by_month) == holt.quote_count
    lena = store.person("Lena Vik")
    assert lena is not None and (lena.quote_count, lena.article_count) == (0, 5)


def test_reindex_repairs_the_counts_and_merges_again(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    with QuoteStore(db) as store:
        store.ingest(corpus())
        good = as_tuples(snapshot(store))
        with store.transaction() as conn:  # damage: what a merge-rule change leaves behind
            conn.execute("UPDATE people SET quote_count = 99, first_date = '1900-01-01'")
            conn.execute("DELETE FROM person_months")
    result = CliRunner().invoke(main, ["reindex", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    with QuoteStore(db, readonly=True) as store:
        again = as_tuples(snapshot(store))
        assert [r[1:] for r in again["people"]] == [r[1:] for r in good["people"]]
        assert len(again["months"]) == len(good["months"])
        mattis = store.person("Jim Mattis")
        assert mattis is not None and mattis.quote_count == 6


def test_reindex_needs_an_existing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["reindex", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no quote database" in result.output
    assert not (tmp_path / "none.db").exists()


def walk(page_of: Any) -> Iterator[Any]:
    """Every item, page after page by cursor."""
    after = None
    for _ in range(1000):
        page = page_of(after)
        yield from page.items
        if page.next_cursor is None:
            return
        after = page.next_cursor
    raise AssertionError("pages never end")


def test_cursor_pages_list_everything_once_in_order(store: QuoteStore) -> None:
    store.ingest(corpus(40))
    people = store.people(limit=1000).items
    assert [p.id for p in walk(lambda a: store.people(limit=2, after=a))] == [p.id for p in people]
    newest = store.search("", limit=1000).items
    assert [h.quote_id for h in walk(lambda a: store.search("", limit=3, after=a))] == [
        h.quote_id for h in newest
    ]
    dates = [h.article_date or "" for h in newest]
    assert dates == sorted(dates, reverse=True)  # newest first, undated last
    holt = store.person("Maria Holt")
    assert holt is not None
    paged = list(walk(lambda a: store.person_quotes(holt.id, limit=4, after=a)))
    assert len(paged) == holt.quote_count == 10
    assert store.person_quotes(holt.id, limit=4).total == 10


def test_a_ranked_search_goes_window_by_window(
    store: QuoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest(corpus(40))
    everything = store.search("harbour", limit=1000)
    assert everything.total == 40 and everything.total_exact
    monkeypatch.setattr(store_db, "RANK_WINDOW", 7)  # so 40 matches make six windows
    by_cursor = [h.quote_id for h in walk(lambda a: store.search("harbour", limit=3, after=a))]
    assert sorted(by_cursor) == sorted(h.quote_id for h in everything.items)
    by_offset = [
        h.quote_id
        for offset in range(0, 40, 3)
        for h in store.search("harbour", limit=3, offset=offset).items
    ]
    assert by_offset == by_cursor
    first = store.search("harbour", limit=7).items  # the newest window, best first
    assert {h.article_id for h in first} == {f"a{i:02d}" for i in range(33, 40)}
    ranks = [h.rank for h in first]
    assert ranks == sorted(ranks)  # type: ignore[type-var]


def test_totals_are_counted_up_to_a_cap(store: QuoteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest(corpus(12))
    monkeypatch.setattr(store_db, "COUNT_CAP", 5)
    page = store.search("harbour", limit=2)
    assert (page.total, page.total_exact) == (6, False)
    assert store.search("Statement 3", limit=2).total_exact


@pytest.mark.parametrize("cursor", ["nonsense!", "e30", "WzFd"])
def test_a_bad_cursor_is_a_query_error(store: QuoteStore, cursor: str) -> None:
    store.ingest(corpus(4))
    with pytest.raises(QueryError):
        store.people(after=cursor)
    with pytest.raises(QueryError):
        store.search("harbour", after=cursor)


def version_1_copy(new: Path, old: Path) -> None:
    """A store in saidwhat 0.1's schema (version 1) holding what the new store ``new`` holds."""
    conn = sqlite3.connect(old)
    conn.executescript((Path(__file__).parent / "schema_v1.sql").read_text())
    conn.execute("INSERT INTO store_meta VALUES ('schema_version', '1')")
    conn.execute("ATTACH DATABASE ? AS new", (str(new),))
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'quotes_fts%' AND name != 'store_meta'"
        )
    ]
    in_new = {r[0] for r in conn.execute("SELECT name FROM new.sqlite_master WHERE type = 'table'")}
    for table in tables:
        if table not in in_new:  # quote_shingles: the new store matches in memory
            continue
        columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table}({columns}) SELECT {columns} FROM new.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE new")
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()


def test_a_version_1_store_is_upgraded_with_its_counts(tmp_path: Path) -> None:
    new, db = tmp_path / "new.db", tmp_path / "old.db"
    with QuoteStore(new) as store:
        store.ingest(corpus())
        good = as_tuples(snapshot(store))
        hits = [h.quote_id for h in store.search("", limit=100).items]
    version_1_copy(new, db)
    with pytest.raises(StoreError, match="saidwhat reindex"):
        QuoteStore(db, readonly=True)
    with QuoteStore(db) as store:  # a writable open upgrades
        assert as_tuples(snapshot(store)) == good
        assert [h.quote_id for h in store.search("", limit=100).items] == hits
    with QuoteStore(db, readonly=True) as store:
        assert store.search("harbour").total == 24


def fake_engine(speaker: str) -> Any:
    """An extractor that quotes each article's first sentence, said by ``speaker``."""

    def extract(texts: Iterable[tuple[str | None, str]], *, batch_size: int = 16) -> Iterator[ArticleQuotes]:
        for article_id, text in texts:
            words = text.split(" said")[0]
            _, result = article(
                str(article_id), text, [quote(text, words, speaker, mention="said")],
                [Person(speaker)],
            )
            yield result

    return extract


def test_reextract_replaces_statements_and_people_and_resumes(store: QuoteStore) -> None:
    texts = [said(f"r{i}", f"Plan {i} for the ferry line", "Anna Berg", outlet="Planet") for i in range(10)]
    # the stored version names the speaker by surname only in the mention
    store.ingest(texts)
    assert store.person("Anna Berg") is not None

    class Killed(Exception):
        pass

    calls = 0
    engine = fake_engine("Otto Lind")

    def dies_on_the_third_batch(texts: Any, *, batch_size: int = 16) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise Killed
        return engine(texts, batch_size=batch_size)

    with pytest.raises(Killed):
        reextract(store, dies_on_the_third_batch, batch_size=3)
    assert pending(store) == (4, True)  # two batches of three committed
    half = store.person("Otto Lind")
    assert half is not None and half.quote_count == 6
    summary = reextract(store, engine, batch_size=3)
    assert (summary.resumed, summary.done, summary.remaining_at_start) == (True, 4, 4)
    assert pending(store) == (10, False)
    assert store.conn.execute(
        "SELECT count(*) FROM store_meta WHERE key = ?", (STATE_KEY,)
    ).fetchone()[0] == 0
    lind = store.person("Otto Lind")
    assert lind is not None and (lind.quote_count, lind.article_count) == (10, 10)
    assert store.person("Anna Berg") is None  # nobody quotes or names her any more
    assert store.counts()["quotes"] == 10
    assert store.search("ferry").total == 10
    for hit in store.search("ferry", limit=20).items:
        stored = store.article(hit.article_id)
        assert stored is not None and stored.text[hit.start : hit.end] == hit.text
    assert as_tuples(snapshot(store)) == as_tuples(recounted(store))


def test_date_filters_on_a_full_text_search_find_every_match(store: QuoteStore) -> None:
    items = corpus(40)
    store.ingest(items[20:] + items[:20])  # not in date order
    everything = store.search("harbour", limit=1000).items
    for since, until in [("2019-02", "2019-03"), ("2019-05-10", None), (None, "2019-01"), ("2020", None)]:
        page = store.search("harbour", since=since, until=until, limit=1000)
        expected = {
            h.quote_id
            for h in everything
            if h.article_date
            and (since is None or h.article_date >= since)
            and (until is None or h.article_date[: len(until)] <= until)
        }
        assert {h.quote_id for h in page.items} == expected, (since, until)
        assert page.total == len(expected) and page.total_exact


def test_people_are_found_by_any_part_of_any_name(store: QuoteStore) -> None:
    store.ingest(corpus(8))
    store.ingest([said("x1", "A statement on the harbour budget", "José Ortega", aliases=("Mr Ortega",))])
    assert [p.name for p in store.people("ortega").items] == ["José Ortega"]
    assert [p.name for p in store.people("JOSE").items] == ["José Ortega"]  # accents and case off
    assert [p.name for p in store.people("Mr Ort").items] == ["José Ortega"]
    assert {p.name for p in store.people("a").items} >= {"Anna Berg", "Maria Holt", "James Mattis"}
    assert store.people("zzz").items == ()


def test_the_api_pages_by_cursor(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from saidwhat.web import create_app

    db = tmp_path / "q.db"
    with QuoteStore(db) as store:
        store.ingest(corpus(40))
    with TestClient(create_app(db)) as client:
        for url, whole in (
            ("/api/people?limit=3", "/api/people?limit=100"),
            ("/api/search?q=harbour&limit=7", "/api/search?q=harbour&limit=100"),
            ("/api/search?limit=6&type=direct", "/api/search?limit=100&type=direct"),
        ):
            expected = [item.get("quote_id", item.get("id")) for item in client.get(whole).json()["items"]]
            seen, after = [], None
            while True:
                page = client.get(url + (f"&after={after}" if after else "")).json()
                seen += [item.get("quote_id", item.get("id")) for item in page["items"]]
                after = page["next_cursor"]
                if after is None:
                    break
            assert seen == expected, url
        bad = client.get("/api/people?after=not-a-cursor")
        assert bad.status_code == 400 and "cursor" in bad.json()["error"]["message"]


@pytest.mark.parametrize("window", [500, 4])
def test_a_phrase_of_frequent_words_finds_and_counts_every_match(
    store: QuoteStore, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """"the budget of the" is in some statements, its words in every one: the total is the
    count of the phrase (read with the first window when it holds them all), the pages list
    each match once, filters apply."""
    items = []
    for i in range(30):
        words = "the budget of the harbour" if i % 3 == 0 else "the harbour of the budget"
        meta = {"outlet": "Planet" if i % 2 else "Courier", "date": f"2020-01-{1 + i:02d}"}
        items.append(said(f"p{i:02d}", f"Statement {i}: {words} is late", "Anna Berg", **meta))
    store.ingest(items)
    monkeypatch.setattr(store_db, "RANK_WINDOW", window)
    expected = {f"p{i:02d}" for i in range(0, 30, 3)}
    page = store.search('"the budget of the"', limit=100)
    assert (page.total, page.total_exact) == (10, True)
    assert {h.article_id for h in page.items} == expected
    walked = [h.article_id for h in walk(lambda a: store.search('"the budget of the"', limit=3, after=a))]
    assert sorted(walked) == sorted(expected)
    filtered = store.search('"the budget of the"', outlet="Courier", since="2020-01-10", limit=100)
    courier = {f"p{i:02d}" for i in range(0, 30, 3) if i % 2 == 0 and i + 1 >= 10}
    assert filtered.total == len(courier) and {h.article_id for h in filtered.items} == courier
    assert store.search('"the budget of the"', limit=2, offset=9).total == 10
