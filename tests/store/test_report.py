"""`saidwhat report`: a store built from fixture articles with known answers, checked to the
count (tests/store/report_articles.jsonl; the answers below are counted by hand)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.core.errors import QueryError, StoreError
from saidwhat.store import QuoteStore, columns, report
from saidwhat.store.report import (
    build_report,
    count_articles,
    refresh_genders,
    report_json,
    report_speakers,
)

ARTICLES = Path(__file__).with_name("report_articles.jsonl")

# (statements, distinct speakers) by kind; (statements, people) by gender
EXPECTED: dict[str, dict[str, Any]] = {
    "total": {
        "statements": 16,
        "kinds": {"person": (11, 6), "organisation": (2, 2), "group": (2, 2), "none": (1, 0)},
        # women: Elena Varga (Ms), Harriet Cole (her), Kowalczyk (she); man: Tomas Berg (Mr);
        # unknown: Jordan Ellis and Andrea Russo, whose gender the text never says
        "genders": {"female": (6, 3), "male": (2, 1), "unknown": (3, 2)},
    },
    "Harbour Herald": {
        "statements": 8,
        "kinds": {"person": (5, 3), "organisation": (1, 1), "group": (1, 1), "none": (1, 0)},
        "genders": {"female": (3, 1), "male": (1, 1), "unknown": (1, 1)},
    },
    "Valley Times": {
        "statements": 8,
        "kinds": {"person": (6, 4), "organisation": (1, 1), "group": (1, 1), "none": (0, 0)},
        "genders": {"female": (3, 2), "male": (1, 1), "unknown": (2, 1)},
    },
}
EXPECTED["2024-03"] = EXPECTED["Harbour Herald"]
EXPECTED["2024-04"] = EXPECTED["Valley Times"]
TOP_PEOPLE = [
    ("Elena Varga", 3, "female", "title"),
    ("Andrea Russo", 2, "unknown", None),
    ("Harriet Cole", 2, "female", "pronoun"),
    ("Tomas Berg", 2, "male", "title"),
    ("Jordan Ellis", 1, "unknown", None),
    ("Kowalczyk", 1, "female", "pronoun"),
]
TOP_ORGANISATIONS = [("Northwind Ltd", 1), ("The Harbour Authority", 1)]


def ingest(path: Path, db: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "quotes.db"
    ingest(ARTICLES, path)
    return path


def check_figures(data: dict[str, Any], expected: dict[str, Any]) -> None:
    """One row of the JSON report against the hand count, shares included."""
    assert data["statements"] == expected["statements"]
    total_speakers = sum(s for _, s in expected["kinds"].values())
    for kind, (statements, speakers) in expected["kinds"].items():
        got = data["kinds"][kind]
        assert (got["statements"], got["speakers"]) == (statements, speakers), kind
        assert got["statement_share"] == pytest.approx(statements / expected["statements"])
        assert got["speaker_share"] == pytest.approx(speakers / total_speakers)
    persons = sum(p for _, p in expected["genders"].values())
    person_statements = sum(s for s, _ in expected["genders"].values())
    assert list(data["genders"]) == ["female", "male", "unknown"]  # unknown always shown
    for gender, (statements, people) in expected["genders"].items():
        got = data["genders"][gender]
        assert (got["statements"], got["people"]) == (statements, people), gender
        assert got["people_share"] == pytest.approx(people / persons)
        assert got["statement_share"] == pytest.approx(statements / person_statements)


def check_report(data: dict[str, Any]) -> None:
    assert data["schema"] == "saidwhat.report/1"
    check_figures(data["total"], EXPECTED["total"])
    assert [row["outlet"] for row in data["by_outlet"]] == ["Harbour Herald", "Valley Times"]
    assert [row["month"] for row in data["by_month"]] == ["2024-03", "2024-04"]
    for row in data["by_outlet"]:
        check_figures(row, EXPECTED[row["outlet"]])
    for row in data["by_month"]:
        check_figures(row, EXPECTED[row["month"]])
    people = [(p["name"], p["statements"], p["gender"], p["gender_evidence"]) for p in data["top_people"]]
    assert people == TOP_PEOPLE
    assert [(o["name"], o["statements"]) for o in data["top_organisations"]] == TOP_ORGANISATIONS


@pytest.mark.model
def test_cli_json_report_matches_the_hand_count(db: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    check_report(json.loads(result.output))


@pytest.mark.model
def test_cli_table_shows_every_figure(db: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    assert "Who gets quoted: 16 statements" in lines
    assert "person 11 68.8% 6" in lines
    assert "group/unnamed source 2 12.5% 2" in lines
    assert "no source 1 6.2% -" in lines
    assert "female 6 54.5% 3 50.0%" in lines
    assert "unknown 3 27.3% 2 33.3%" in lines
    assert "Valley Times 8 6 1 1 0 2 1 1 50.0% 25.0%" in lines
    assert "2024-03 8 5 1 1 1 1 1 1 33.3% 33.3%" in lines
    assert "Elena Varga 3 female (title)" in lines
    assert "Jordan Ellis 1 unknown" in lines


@pytest.mark.model
def test_cli_csv_has_a_row_per_total_outlet_month_and_top_speaker(db: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["section"], r["key"]) for r in rows[:5]] == [
        ("total", ""), ("outlet", "Harbour Herald"), ("outlet", "Valley Times"),
        ("month", "2024-03"), ("month", "2024-04"),
    ]
    total = rows[0]
    assert (total["statements"], total["female_people"], total["male_people"], total["unknown_people"]) == (
        "16", "3", "1", "2"
    )
    assert total["female_people_share"] == "0.5000" and total["unknown_people_share"] == "0.3333"
    assert [r["key"] for r in rows if r["section"] == "top_person"][:2] == ["Elena Varga", "Andrea Russo"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("filters", "statements", "female_people"),
    [
        ({"outlet": "valley TIMES"}, 8, 2),  # case does not matter
        ({"since": "2024-04"}, 8, 2),
        ({"until": "2024-03"}, 8, 1),
        ({"since": "2024"}, 16, 3),
        ({"since": "2024-03-10", "until": "2024-04-05"}, 9, 2),  # by day: herald-bridge, valley-shops
        ({"query": "port"}, 1, 1),  # "The port is safe," said Harriet Cole
        ({"outlet": "Nowhere"}, 0, 0),
        # combinations: outlet and month, outlet and day and topic, day and topic
        ({"outlet": "valley times", "until": "2024-03"}, 0, 0),
        ({"outlet": "Valley Times", "since": "2024-04-10", "until": "2024-04"}, 3, 2),  # valley-strike
        ({"outlet": "Harbour Herald", "since": "2024-03-10", "query": "bridge"}, 1, 0),  # "Officials said"
        ({"since": "2024-04-20", "query": "port"}, 1, 1),
        ({"since": "2024-04-21", "query": "port"}, 0, 0),
    ],
)
def test_filters(db: Path, filters: dict[str, str], statements: int, female_people: int) -> None:
    with QuoteStore(db, readonly=True) as store:
        report = build_report(store.conn, **filters)
        assert not store.conn.in_transaction  # its read transaction is over: ingest can go on
    assert report.total.statements == statements
    assert report.total.genders["female"].speakers == female_people
    assert list(report.total.genders) == ["female", "male", "unknown"]


@pytest.mark.model
def test_a_store_reports_the_same_after_reindexing_its_counts(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    with QuoteStore(copy) as store:
        before = report_json(build_report(store.conn))
        with store.transaction():
            store.recount()
        assert report_json(build_report(store.conn)) == before


@pytest.mark.model
def test_a_replaced_article_leaves_no_counts_behind(tmp_path: Path) -> None:
    path = tmp_path / "quotes.db"
    ingest(ARTICLES, path)
    changed = tmp_path / "changed.jsonl"
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["text"] = "Ms Elena Varga said the ferry was late."
    changed.write_text(json.dumps(first) + "\n", encoding="utf-8")
    ingest(changed, path)
    with QuoteStore(path, readonly=True) as store:
        report = build_report(store.conn)
    assert report.total.statements == 16 - 4 + 1


def test_bad_dates_and_queries_are_one_clean_error(store: QuoteStore) -> None:
    with pytest.raises(QueryError, match="--since"):
        build_report(store.conn, since="2024-3")
    with pytest.raises(QueryError, match="malformed search query"):
        build_report(store.conn, query="port AND", raw=True)
    empty = build_report(store.conn, query='"port')  # typed words are never syntax
    assert empty.total.statements == 0
    assert empty.total.genders["unknown"].speaker_share is None  # no persons: no share, not 0%


def _without_filters(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "filters"}


@pytest.mark.model
def test_maintained_totals_equal_counting_the_statements(db: Path) -> None:
    """The unfiltered and one-outlet reports read the totals ingest keeps; a date filter
    counts the cells. Where both cover the same statements they agree to the count."""
    with QuoteStore(db, readonly=True) as store:
        for outlet in (None, "Valley Times"):
            kept = report_json(build_report(store.conn, outlet=outlet))
            counted = report_json(build_report(store.conn, outlet=outlet, since="1000"))
            assert _without_filters(kept) == _without_filters(counted)


@pytest.mark.model
def test_totals_follow_a_person_whose_gender_changes(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "a", "outlet": "Gazette", "date": "2024-05-01",
                                 "text": "Jordan Ellis said the bakery would close."}) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "b", "outlet": "Courier", "date": "2024-06-01",
                                  "text": "Ms Jordan Ellis said the bakery would reopen."}) + "\n", encoding="utf-8")
    path = tmp_path / "quotes.db"
    ingest(first, path)
    with QuoteStore(path, readonly=True) as store:
        assert build_report(store.conn).total.genders["unknown"].speakers == 1
    ingest(second, path)
    with QuoteStore(path, readonly=True) as store:
        report = build_report(store.conn)
        assert (report.total.genders["female"].speakers, report.total.genders["unknown"].speakers) == (1, 0)
        assert report.total.genders["female"].statements == 2  # both articles' statements move
        gazette = next(f for f in report.by_outlet if f.key == "Gazette")
        assert gazette.genders["female"].statements == 1
        assert _without_filters(report_json(report)) == _without_filters(
            report_json(build_report(store.conn, since="1000"))
        )


DAY_RANGE = {"since": "2024-03-10", "until": "2024-04-05"}  # herald-bridge and valley-shops


@pytest.mark.model
def test_a_day_range_counts_every_figure_and_the_speakers_behind_a_bar(db: Path) -> None:
    with QuoteStore(db, readonly=True) as store:
        report = build_report(store.conn, **DAY_RANGE)
        female = report_speakers(store.conn, kind="person", gender="female", **DAY_RANGE)
        groups = report_speakers(store.conn, kind="group", **DAY_RANGE)
    check_figures(report_json(report)["total"], {
        "statements": 9,
        "kinds": {"person": (6, 5), "organisation": (0, 0), "group": (2, 2), "none": (1, 0)},
        "genders": {"female": (2, 2), "male": (1, 1), "unknown": (3, 2)},  # Ellis 1, Russo 2
    })
    assert [(f.key, f.statements) for f in report.by_month] == [("2024-03", 4), ("2024-04", 5)]
    assert [(t.name, t.statements) for t in report.top_people][:2] == [("Andrea Russo", 2), ("Elena Varga", 1)]
    statements, speakers, page = female
    assert (statements, speakers) == (2, 2)
    assert [(t.name, t.statements, t.gender_evidence) for t in page] == [
        ("Elena Varga", 1, "title"), ("Harriet Cole", 1, "pronoun")  # a tie goes by name
    ]
    assert groups[:2] == (2, 2)  # 'Officials' and 'A spokesman' (an unnamed source)


FILTERS: list[dict[str, str]] = [
    {}, {"outlet": "Valley Times"}, {"since": "2024-04"}, DAY_RANGE, {"query": "port"},
    {"outlet": "Harbour Herald", "since": "2024-03-01", "until": "2024-03-31", "query": "ferry"},
    {"query": "ferry"},
]


@pytest.mark.model
def test_what_ingest_keeps_for_every_filter_equals_a_recount(tmp_path: Path) -> None:
    """The statements' columns (and the totals) that ingest keeps article by article, a
    replaced article included, give the same report for every filter as a recount."""
    path = tmp_path / "quotes.db"
    ingest(ARTICLES, path)
    changed = tmp_path / "changed.jsonl"
    first = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    first["text"] = "Ms Elena Varga said the ferry was late."
    changed.write_text(json.dumps(first) + "\n", encoding="utf-8")
    ingest(changed, path)
    with QuoteStore(path) as store:
        kept = [report_json(build_report(store.conn, **f)) for f in FILTERS]
        assert kept[3]["total"]["statements"] == 9 and kept[6]["total"]["statements"] == 1
        with store.transaction():
            store.recount()
        assert [report_json(build_report(store.conn, **f)) for f in FILTERS] == kept


@pytest.mark.model
def test_a_version_2_store_gets_the_report_columns_on_its_first_write(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "v2.db"
    copy.write_bytes(db.read_bytes())
    with QuoteStore(copy) as store:
        before = [report_json(build_report(store.conn, **f)) for f in FILTERS]
        store.conn.executescript(
            "DROP TABLE report_columns; DROP TABLE report_places; "
            "UPDATE store_meta SET value = '2' WHERE key = 'schema_version';"
        )
    with pytest.raises(StoreError, match="saidwhat reindex"):
        QuoteStore(copy, readonly=True)
    with QuoteStore(copy) as store:  # a writable open upgrades and recounts
        assert [report_json(build_report(store.conn, **f)) for f in FILTERS] == before


@pytest.mark.model
def test_a_batch_of_articles_is_counted_as_one_by_one(db: Path, tmp_path: Path) -> None:
    """``count_articles`` on the whole batch at once (what a bulk writer calls) keeps the
    same report as ingest counting article by article; taking the batch out leaves nothing."""
    copy = tmp_path / "batch.db"
    copy.write_bytes(db.read_bytes())
    with QuoteStore(copy) as store:
        conn = store.conn
        one_by_one = [report_json(build_report(conn, **f)) for f in FILTERS]
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY rowid")]
        people = [r[0] for r in conn.execute("SELECT id FROM people")]
        with store.transaction():
            for table in ("report_cells", "report_people", "report_totals", "person_genders",
                          "report_columns", "report_places"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("UPDATE people SET gender = NULL, gender_evidence = NULL")
            count_articles(conn, articles, +1)
            refresh_genders(conn, people)
        assert [report_json(build_report(conn, **f)) for f in FILTERS] == one_by_one
        with store.transaction():
            count_articles(conn, articles, -1)
        assert conn.execute("SELECT count(*) FROM report_cells").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM report_people").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM person_genders").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM report_totals WHERE statements != 0 OR speakers != 0").fetchone()[0] == 0
        assert [build_report(conn, **f).total.statements for f in FILTERS] == [0] * len(FILTERS)


@pytest.mark.model
def test_the_paths_for_large_stores_count_the_same(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a large store takes (statements in many chunks, a topic that reads only its own
    chunks, speaker ids too large to mark in an array, genders read in one pass over
    people) gives the report the small fixture store gives."""
    with QuoteStore(db, readonly=True) as store:
        small = [report_json(build_report(store.conn, **f)) for f in FILTERS]
        behind = [report_speakers(store.conn, kind="person", gender="female", **f) for f in FILTERS]
    monkeypatch.setattr(columns, "CHUNK", 4)  # ids 1-16 in 5 chunks; "port" is in the last
    monkeypatch.setattr(report, "_DENSE", 1)  # sort instead of marking
    monkeypatch.setattr(report, "_FEW_PERSONS", 0)  # genders from one pass over people
    path = tmp_path / "chunked.db"
    ingest(ARTICLES, path)
    with QuoteStore(path, readonly=True) as store:
        assert store.conn.execute("SELECT count(*) FROM report_columns").fetchone()[0] == 5
        assert [report_json(build_report(store.conn, **f)) for f in FILTERS] == small
        assert [report_speakers(store.conn, kind="person", gender="female", **f) for f in FILTERS] == behind
