"""The quote store on hand-built results: what researchers rely on when they ask it things."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from saidwhat import PersonKind, QueryError, QuoteType, StoreError
from saidwhat.ingest import ingest_paths
from saidwhat.readers import ReadFailure
from saidwhat.store import QuoteStore

from .helpers import article, quote, said


def test_stored_article_gives_back_the_engine_output_exactly(store: QuoteStore) -> None:
    doc, result = said(
        "a1",
        "We must keep our alliances strong",
        "James Mattis",
        aliases=("Mattis",),
        outlet="Planet",
        date="2018-12-20",
    )
    store.ingest([(doc, result)])
    stored = store.article("a1")
    assert stored is not None
    assert stored.text == doc.text and stored.outlet == "Planet" and stored.date == "2018-12-20"
    assert stored.result == result
    for q in stored.result.quotes:  # offsets are sacred
        assert stored.text[q.start : q.end] == q.text
    assert store.article("nope") is None


def test_reingest_is_idempotent_and_a_changed_article_replaces_its_quotes(
    store: QuoteStore,
) -> None:
    items = [
        said(f"a{i}", f"Statement number {i} about the harbour budget", "Anna Berg")
        for i in range(5)
    ]
    first = store.ingest(items)
    assert (first.read, first.added, first.skipped, first.replaced) == (5, 5, 0, 0)
    before = store.counts()
    again = store.ingest(items)
    assert (again.read, again.added, again.skipped, again.replaced) == (5, 0, 5, 0)
    assert store.counts() == before

    changed = said("a0", "A corrected statement on the port and its ships", "Anna Berg")
    summary = store.ingest([changed])
    assert (summary.added, summary.replaced) == (0, 1)
    assert store.counts()["quotes"] == before["quotes"]
    assert store.search("harbour").total == 4  # the old version's quote is gone from the index too
    assert store.search("corrected").total == 1


def test_the_same_text_under_another_name_is_not_stored_twice(store: QuoteStore) -> None:
    doc, result = said(
        "copy-1", "We will rebuild the old bridge this year", "Anna Berg", outlet="Planet"
    )
    store.ingest([(doc, result)])
    twin = type(doc)(id="copy-2", text=doc.text, meta=doc.meta, source="elsewhere")
    assert store.ingest([(twin, result)]).skipped == 1
    # ... but a syndicated copy from another outlet is its own article.
    other = type(doc)(id="copy-3", text=doc.text, meta={"outlet": "Courier"}, source="wire")
    assert store.ingest([(other, result)]).added == 1


def test_read_failures_are_reported_and_the_rest_is_stored(store: QuoteStore) -> None:
    items = [
        said("a1", "First statement about the harbour budget", "Anna Berg"),
        ReadFailure("bad.txt", "binary file"),
        said("a2", "Second statement about the harbour budget", "Anna Berg"),
    ]
    summary = store.ingest(items)
    assert summary.added == 2
    assert [(f.source, f.reason) for f in summary.failed] == [("bad.txt", "binary file")]


MATTIS_FORMS = [
    ("James Mattis", ("Mattis",)),
    ("Jim Mattis", ()),
    ("Mattis", ()),
    ("Defense Secretary James Mattis", ()),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_one_person_under_every_form_of_the_name(store: QuoteStore, order: tuple[int, ...]) -> None:
    items = []
    for n in order:
        name, aliases = MATTIS_FORMS[n]
        items.append(
            said(f"m{n}", f"Statement {n} on the alliance and our partners", name, aliases=aliases)
        )
    store.ingest(items)
    people = store.people().items
    assert len(people) == 1
    [mattis] = people
    assert mattis.name in ("James Mattis", "Jim Mattis")
    assert mattis.quote_count == 4 and mattis.article_count == 4
    assert {"Mattis", "Jim Mattis", "Defense Secretary James Mattis"} <= {
        mattis.name,
        *mattis.aliases,
    }
    for form in ("Mattis", "Jim Mattis", "James Mattis", "Defense Secretary James Mattis"):
        found = store.person(form)
        assert found is not None and found.id == mattis.id


def test_people_who_share_a_surname_stay_apart(store: QuoteStore) -> None:
    store.ingest(
        [
            said("c1", "We will fight for the families of this country", "Hillary Clinton"),
            said("c2", "The economy grew faster when I was in office", "Bill Clinton"),
            said("c3", "I have been married to her for forty years", "William Clinton"),
            said(
                "c4", "Nobody told me about the new schedule", "Clinton"
            ),  # which one? the store cannot tell
        ]
    )
    hillary, bill, bare = (
        store.person("Hillary Clinton"),
        store.person("Bill Clinton"),
        store.person("Clinton"),
    )
    assert hillary is not None and bill is not None and bare is not None
    assert hillary.id != bill.id
    assert hillary.quote_count == 1
    assert bill.quote_count == 2  # Bill and William are one first name (nickname table)
    assert store.person_quotes(hillary.id).items[0].article_id == "c1"
    clinton_only = [p for p in store.people().items if p.name == "Clinton"]
    assert len(clinton_only) == 1 and clinton_only[0].quote_count == 1
    # "--speaker Clinton" finds all three people.
    assert store.search("", speaker="Clinton").total == 4
    assert store.search("", speaker="Hillary Clinton").total == 1


def test_the_article_resolves_a_surname_before_the_store_guesses(store: QuoteStore) -> None:
    store.ingest(
        [
            said("c1", "We will fight for the families of this country", "Hillary Clinton"),
            said("c2", "The economy grew faster when I was in office", "Bill Clinton"),
            # The article itself says this "Clinton" is Hillary.
            said(
                "c3",
                "I will not drop out of the race this week",
                "Clinton",
                aliases=("Hillary Clinton",),
            ),
        ]
    )
    hillary = store.person("Hillary Clinton")
    assert hillary is not None and hillary.quote_count == 2


def test_groups_and_people_are_not_merged_with_persons(store: QuoteStore) -> None:
    store.ingest(
        [
            said(
                "g1",
                "The strike on the depot was not authorised",
                "officials",
                kind=PersonKind.GROUP,
            ),
            said(
                "g2",
                "The depot had been empty for weeks before",
                "officials",
                kind=PersonKind.GROUP,
            ),
            said(
                "g3",
                "Our bank will not cut its rates this month",
                "Central Bank",
                kind=PersonKind.ORGANISATION,
            ),
        ]
    )
    kinds = {p.name: (p.kind, p.quote_count) for p in store.people().items}
    assert kinds == {"officials": ("group", 2), "Central Bank": ("organisation", 1)}


def test_a_repeated_quote_is_one_statement_even_when_trimmed_or_repunctuated(
    store: QuoteStore,
) -> None:
    full = "We will not abandon our friends in Syria, and we never will"
    text1 = f'"{full}," Mattis said.'
    text2 = "“We will not abandon our friends in Syria — and we never will”, Mattis told reporters."
    text3 = '"We will not abandon our friends in Syria," Mattis said on Friday.'
    text4 = '"We will see what happens with the budget," Mattis said.'
    store.ingest(
        [
            article(
                "r1",
                text1,
                [quote(text1, f'"{full},"', "Mattis")],
                outlet="Planet",
                date="2018-12-20",
            ),
            article(
                "r2",
                text2,
                [
                    quote(
                        text2,
                        "“We will not abandon our friends in Syria — and we never will”",
                        "Mattis",
                        cue="told",
                    )
                ],
                outlet="Courier",
                date="2018-12-21",
            ),
            article(
                "r3",
                text3,
                [quote(text3, '"We will not abandon our friends in Syria,"', "Mattis")],
                outlet="Herald",
                date="2018-12-22",
            ),
            article(
                "r4",
                text4,
                [quote(text4, '"We will see what happens with the budget,"', "Mattis")],
                outlet="Planet",
                date="2018-12-23",
            ),
        ]
    )
    groups = store.repeated_quotes(min_outlets=2)
    assert len(groups) == 1
    [group] = groups
    assert sorted(h.article_id for h in group.quotes) == ["r1", "r2", "r3"]
    assert group.outlet_count == 3 and group.outlets == ("Courier", "Herald", "Planet")
    assert len(group.text) == max(len(h.text) for h in group.quotes)  # the longest occurrence
    assert (group.first_date, group.last_date) == ("2018-12-20", "2018-12-22")
    assert group.speakers == ("Mattis",)
    assert store.repeated_quotes(min_outlets=4) == []


def test_short_stock_phrases_do_not_tie_articles_together(store: QuoteStore) -> None:
    store.ingest(
        [
            said("s1", "We will see", "Anna Berg", outlet="Planet"),
            said("s2", "We will see", "Otto Lind", outlet="Courier"),
            said(
                "s3",
                "we will see what the court decides on the harbour",
                "Otto Lind",
                outlet="Courier",
            ),
        ]
    )
    assert store.repeated_quotes(min_outlets=2) == []


@pytest.fixture
def filled(store: QuoteStore) -> QuoteStore:
    store.ingest(
        [
            said(
                "m1",
                "Our alliances are what make us strong",
                "James Mattis",
                outlet="Planet",
                date="2018-12-20",
            ),
            said(
                "m2",
                "Respect for allies is not negotiable at all",
                "Mattis",
                outlet="Courier",
                date="2018-11-02",
            ),
            said(
                "m3",
                "The alliance with Japan remains firm",
                "Jim Mattis",
                outlet="Planet",
                date="2019-01-05",
            ),
            said(
                "t1",
                "Our allies must pay for their own defence",
                "Donald Trump",
                outlet="Courier",
                date="2018-12-21",
            ),
        ]
    )
    text = "Mattis said that the alliance would hold, according to aides."
    store.ingest(
        [
            article(
                "m4",
                text,
                [quote(text, "the alliance would hold", "Mattis", type=QuoteType.INDIRECT)],
                outlet="Herald",
                date="2018-12-24",
            )
        ]
    )
    return store


def test_search_ranks_stemmed_words_and_filters(filled: QuoteStore) -> None:
    page = filled.search("alliances")
    assert {h.article_id for h in page.items} == {"m1", "m3", "m4"}  # "alliances" finds "alliance"
    assert page.total == 3 and all(h.rank is not None for h in page.items)
    assert all(h.person_name == "James Mattis" for h in page.items)
    hit = page.items[0]
    assert "\x02" in hit.snippet and hit.article_outlet and hit.article_date
    assert filled.search("allies", speaker="Mattis").total == 1
    assert filled.search("allies", speaker="Donald Trump").total == 1
    assert filled.search("alliance", outlet="planet").total == 2
    assert {
        h.article_id for h in filled.search("alliance", since="2018-12-01", until="2018-12").items
    } == {"m1", "m4"}
    assert [h.article_id for h in filled.search("alliance", type="indirect").items] == ["m4"]
    assert filled.search('"make us strong"').total == 1
    assert filled.search('"strong make us"').total == 0


def test_empty_query_lists_newest_first_with_paging(filled: QuoteStore) -> None:
    page = filled.search("", limit=2)
    assert page.total == 5
    assert [h.article_id for h in page.items] == ["m3", "m4"]
    assert [h.article_id for h in filled.search("", limit=2, offset=2).items] == ["t1", "m1"]


@pytest.mark.parametrize(
    "typed",
    [
        "AND",
        "NOT allies",
        '"',
        "(",
        "text:",
        "speaker_name: x",
        "*",
        "NEAR(",
        "o'clock",
        "-",
        'a"b',
        "alliance OR",
        "^",
    ],
)
def test_typed_queries_never_raise(filled: QuoteStore, typed: str) -> None:
    filled.search(typed)  # escaped: searched as words, whatever they are


@pytest.mark.parametrize(
    "raw", ["AND (", '"unclosed', "nosuchcolumn: x", "NEAR(", "alliance OR", "(alliance"]
)
def test_malformed_raw_queries_raise_a_clear_query_error(filled: QuoteStore, raw: str) -> None:
    with pytest.raises(QueryError, match="malformed search query"):
        filled.search(raw, raw=True)


def test_raw_queries_use_fts5_syntax(filled: QuoteStore) -> None:
    assert filled.search("allies OR alliance", raw=True).total == 5
    assert filled.search("allian*", raw=True).total == 3
    assert filled.search("speaker_name: trump", raw=True).total == 1


def test_unknown_type_is_a_query_error(filled: QuoteStore) -> None:
    with pytest.raises(QueryError, match="unknown quote type"):
        filled.search("x", type="rumour")


def test_people_and_person_detail(filled: QuoteStore) -> None:
    page = filled.people()
    assert [p.name for p in page.items] == ["James Mattis", "Donald Trump"]
    assert page.items[0].quote_count == 4
    assert filled.people("trump").total == 1
    assert filled.people("Jim").items[0].name == "James Mattis"  # matches aliases too
    mattis = filled.person("Mattis")
    assert mattis is not None
    assert mattis.by_month == (("2018-11", 1), ("2018-12", 2), ("2019-01", 1))
    assert mattis.outlets == (("Planet", 2), ("Courier", 1), ("Herald", 1))
    assert filled.person(mattis.id) == mattis and filled.person(str(mattis.id)) == mattis
    assert [h.article_id for h in filled.person_quotes(mattis.id).items] == ["m3", "m4", "m1", "m2"]
    assert filled.person("Nobody Atall") is None


def test_readers_see_committed_data_while_a_writer_is_busy(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    writer = QuoteStore(db)
    writer.ingest([said("a1", "First statement about the harbour budget", "Anna Berg")])
    reader = QuoteStore(db, readonly=True)
    with writer.transaction():
        writer.write_article(*said("a2", "Second statement about the harbour budget", "Anna Berg"))
        assert reader.search("harbour").total == 1  # not blocked, sees the last commit
    assert reader.search("harbour").total == 2
    with pytest.raises(StoreError, match="read-only"):
        with reader.transaction():
            pass
    reader.close()
    writer.close()


def test_not_a_database_is_a_clear_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="not a saidwhat quote database"):
        QuoteStore(bogus)
    with pytest.raises(StoreError, match="no quote database"):
        QuoteStore(tmp_path / "missing.db", readonly=True)


def test_full_text_index_stays_consistent(filled: QuoteStore) -> None:
    filled.ingest([said("m1", "A replaced statement on trade and tariffs", "James Mattis")])
    conn = sqlite3.connect(filled.path)
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_ingest_paths_reads_files_and_reports_unreadable_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    summary = ingest_paths([folder, tmp_path / "missing.txt"], tmp_path / "q.db")
    assert summary.added == 0
    assert sorted(f.reason for f in summary.failed) == [
        "binary file (contains NUL bytes), not text",
        "no such file or directory",
    ]


def test_progress_is_told_about_every_input(store: QuoteStore) -> None:
    items = [said(f"a{i}", f"Statement number {i} about the harbour budget", "Anna Berg") for i in range(5)]
    items.append(ReadFailure("bad.txt", "binary file"))
    ticks: list[int] = []
    store.ingest(items, progress=ticks.append, batch_size=2)
    assert sum(ticks) == 6
    ticks.clear()
    store.ingest(items, progress=ticks.append, batch_size=2)  # all skipped this time
    assert sum(ticks) == 6
