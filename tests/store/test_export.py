"""Export: the stable, documented schema pandas and DuckDB users (and the Spark job) rely on."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from saidwhat import StoreError
from saidwhat.ingest import ingest_paths
from saidwhat.store import QuoteStore, export_store
from saidwhat.store.export import TABLES, arrow_schema

from .helpers import said

SCHEMA_DOC = Path(__file__).parents[2] / "docs" / "export-schema.md"


@pytest.fixture
def filled(store: QuoteStore) -> QuoteStore:
    store.ingest(
        [
            said(
                "m1",
                "Our alliances are what make us strong",
                "James Mattis",
                aliases=("Mattis",),
                descriptors=("the defense secretary",),
                outlet="Planet",
                date="2018-12-20",
            ),
            said(
                "m2",
                "Respect for allies is not negotiable at all",
                "Jim Mattis",
                outlet="Courier",
                date="2018-11-02",
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
    return store


def test_the_schema_document_lists_every_exported_column() -> None:
    doc = SCHEMA_DOC.read_text(encoding="utf-8")
    sections = re.split(r"^## ", doc, flags=re.M)
    for table, columns in TABLES.items():
        [section] = [s for s in sections if s.startswith(f"{table}:")]
        documented = []
        for line in section.splitlines():
            if line.startswith("| `"):
                documented += re.findall(r"`(\w+)`", line.split("|")[1])
        assert documented == [name for name, _ in columns], table


def test_parquet_export_has_the_documented_types(filled: QuoteStore, tmp_path: Path) -> None:
    written = export_store(filled, "parquet", tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in TABLES)
    for table in TABLES:
        got = pq.read_table(tmp_path / "out" / f"{table}.parquet")
        assert got.schema.equals(arrow_schema(table), check_metadata=False), table
    quotes = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    articles = {
        a["article_id"]: a for a in pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()
    }
    assert len(quotes) == 3
    for q in quotes:  # offsets index the exported article text
        assert articles[q["article_id"]]["text"][q["start"] : q["end"]] == q["text"]
    people = pq.read_table(tmp_path / "out" / "people.parquet").to_pylist()
    mattis = [p for p in people if p["name"] == "James Mattis"][0]
    assert mattis["quote_count"] == 2 and "Jim Mattis" in mattis["aliases"]


def test_duckdb_reads_the_parquet_export(filled: QuoteStore, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    export_store(filled, "parquet", tmp_path / "out")
    rows = duckdb.sql(
        f"SELECT speaker_name, count(*) FROM '{tmp_path / 'out' / 'quotes.parquet'}' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert rows == [("Donald Trump", 1), ("James Mattis", 1), ("Jim Mattis", 1)]


def test_csv_and_jsonl_exports_share_the_columns(filled: QuoteStore, tmp_path: Path) -> None:
    export_store(filled, "csv", tmp_path / "csv")
    export_store(filled, "jsonl", tmp_path / "jsonl")
    for table, columns in TABLES.items():
        names = [n for n, _ in columns]
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0].keys()) == names
        records = [
            json.loads(line)
            for line in (tmp_path / "jsonl" / f"{table}.jsonl").open(encoding="utf-8")
        ]
        assert list(records[0].keys()) == names
        assert len(records) == len(rows)
    [quote] = [
        r
        for r in csv.DictReader((tmp_path / "csv" / "quotes.csv").open(encoding="utf-8"))
        if r["article_id"] == "t1"
    ]
    assert quote["carried_on"] == "false" and json.loads(quote["spans"]) == [] and quote["group_id"]


def test_an_export_folder_ingests_back_without_extraction(
    filled: QuoteStore, tmp_path: Path
) -> None:
    export_store(filled, "parquet", tmp_path / "out")
    summary = ingest_paths([tmp_path / "out"], tmp_path / "copy.db")
    assert (summary.added, summary.failed) == (3, ())
    with QuoteStore(tmp_path / "copy.db", readonly=True) as copy:
        for article_id in ("m1", "m2", "t1"):
            original, restored = filled.article(article_id), copy.article(article_id)
            assert original is not None and restored is not None
            assert restored.result == original.result and restored.text == original.text
            assert restored.outlet == original.outlet and restored.date == original.date
        assert [p.name for p in copy.people().items] == [p.name for p in filled.people().items]
    again = ingest_paths([tmp_path / "out"], tmp_path / "copy.db")
    assert (again.added, again.skipped) == (0, 3)


def test_spark_style_part_folders_are_read(filled: QuoteStore, tmp_path: Path) -> None:
    export_store(filled, "parquet", tmp_path / "flat")
    spark = tmp_path / "spark"
    for table in ("articles", "quotes", "article_people"):
        rows = pq.read_table(tmp_path / "flat" / f"{table}.parquet").to_pylist()
        (spark / table).mkdir(parents=True)
        for part, chunk in enumerate((rows[:1], rows[1:])):
            pq.write_table(
                pa.Table.from_pylist(chunk, schema=arrow_schema(table)),
                spark / table / f"part-{part:05d}.parquet",
            )
    summary = ingest_paths([spark], tmp_path / "spark.db")
    assert (summary.added, summary.failed) == (3, ())


def test_a_quote_outside_its_article_is_a_failure_not_a_crash(
    filled: QuoteStore, tmp_path: Path
) -> None:
    export_store(filled, "parquet", tmp_path / "out")
    table = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    table[0]["end"] = 10_000
    pq.write_table(
        pa.Table.from_pylist(table, schema=arrow_schema("quotes")),
        tmp_path / "out" / "quotes.parquet",
    )
    summary = ingest_paths([tmp_path / "out"], tmp_path / "copy.db")
    assert summary.added == 2
    [failure] = summary.failed
    assert "outside the article text" in failure.reason


def test_export_refuses_a_file_as_destination(filled: QuoteStore, tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    target.write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        export_store(filled, "csv", target)
    with pytest.raises(StoreError, match="unknown export format"):
        export_store(filled, "xlsx", tmp_path / "x")


def test_the_spark_jobs_errors_are_reported_by_ingest(filled: QuoteStore, tmp_path: Path) -> None:
    export_store(filled, "parquet", tmp_path / "out")
    errors = [{"source": "crawl.warc.gz@512", "article_id": None, "stage": "read", "reason": "no article text"}]
    pq.write_table(pa.Table.from_pylist(errors), tmp_path / "out" / "errors.parquet")
    summary = ingest_paths([tmp_path / "out"], tmp_path / "copy.db")
    assert summary.added == 3
    assert [(f.source, f.reason) for f in summary.failed] == [("crawl.warc.gz@512 (read)", "no article text")]


def test_the_spark_job_writes_the_same_columns() -> None:
    records = pytest.importorskip("saidwhat.spark.records")
    assert list(records.ARTICLE_COLUMNS) == [n for n, _ in TABLES["articles"]]
    assert list(records.QUOTE_COLUMNS) == [n for n, _ in TABLES["quotes"]]
    assert list(records.PERSON_COLUMNS) == [n for n, _ in TABLES["article_people"]]
