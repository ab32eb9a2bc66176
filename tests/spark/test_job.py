"""The Spark job on a local[2] master: same results as one machine, bad records reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import saidwhat
from saidwhat.core.serialize import article_to_dict

pytestmark = [pytest.mark.spark, pytest.mark.model]

# Short articles written for these tests, each with the kinds of statements the engine finds.
ARTICLES = [
    {
        "id": "bridge",
        "title": "Bridge to reopen",
        "outlet": "Riverside Gazette",
        "date": "2024-03-05",
        "text": "The old bridge will reopen in May, the city council said on Tuesday.\n\n"
        "\u201cWe are proud of the work,\u201d said Anna Berg, the mayor. \u201cIt took two years.\u201d\n\n"
        "Berg added that the repairs had cost less than planned.",
    },
    {
        "id": "strike",
        "text": "Nurses at St Mary's hospital will strike next week.\n\n"
        '"We have no choice," said Tom Okafor, a union representative. '
        "He said talks with managers had broken down.\n\n"
        "A hospital spokeswoman said patients would not be affected.",
    },
    {
        "id": "budget",
        "outlet": "Daily Ledger",
        "text": "Finance Minister Karen Lund defended the budget on Monday. "
        'She told reporters the plan was "fair and responsible".\n\n'
        "Opposition leaders said it would hurt families, according to a statement.",
    },
    {
        "id": "weather",
        "text": "Heavy rain is expected across the region this weekend. "
        "Forecasters warned that rivers could burst their banks.",
    },
    {
        "id": "football",
        "text": '"It was a fair result," coach Luis Ortega said after the 1-1 draw.\n\n'
        '"The players gave everything," he added.',
    },
    {"id": "empty-ish", "text": "No one said anything here."},
]


@pytest.fixture(scope="module")
def job_output(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from saidwhat.cli import main

    folder = tmp_path_factory.mktemp("spark")
    corpus = folder / "corpus.jsonl"
    lines = [json.dumps(a) for a in ARTICLES[:3]]
    lines.append('{"id": "broken", "text": "an unterminated')  # a malformed record
    lines.append(json.dumps({"id": "no-text", "title": "missing its text"}))
    lines += [json.dumps(a) for a in ARTICLES[3:]]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(
        main,
        ["spark", str(corpus), "--output", str(out), "--master", "local[2]", "--partitions", "2"],
    )
    assert result.exit_code == 0, result.output
    assert "6 articles" in result.output and "2 errors" in result.output
    return out


def _table(out: Path, name: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return pq.read_table(out / name).to_pylist()


def test_output_equals_single_machine_extraction_record_for_record(job_output: Path) -> None:
    from saidwhat.spark.records import articles_from_rows

    spark_results = list(
        articles_from_rows(
            _table(job_output, "quotes"),
            _table(job_output, "article_people"),
            _table(job_output, "articles"),
        )
    )
    expected = {}
    for article in ARTICLES:
        meta = {k: article[k] for k in ("title", "date", "outlet") if k in article}
        result = saidwhat.extract(article["text"], id=article["id"])
        expected[article["id"]] = {**article_to_dict(result), **({"meta": meta} if meta else {})}
    got = {a.id: article_to_dict(a) for a in spark_results}
    assert sum(len(a["quotes"]) for a in expected.values()) > 0  # a comparison with substance
    assert got == expected


def test_articles_keep_the_text_every_offset_indexes(job_output: Path) -> None:
    texts = {row["article_id"]: row["text"] for row in _table(job_output, "articles")}
    assert texts == {a["id"]: a["text"] for a in ARTICLES}
    for quote in _table(job_output, "quotes"):
        assert texts[quote["article_id"]][quote["start"] : quote["end"]] == quote["text"]


def test_malformed_records_go_to_errors_with_source_and_reason(job_output: Path) -> None:
    errors = sorted(_table(job_output, "errors"), key=lambda row: row["source"])
    assert [(e["source"].rsplit("/", 1)[-1], e["stage"]) for e in errors] == [
        ("corpus.jsonl:4", "read"),
        ("corpus.jsonl:5", "read"),
    ]
    assert "not a JSON object" in errors[0]["reason"]
    assert '"text"' in errors[1]["reason"]


def test_output_loads_into_duckdb_and_pandas(job_output: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    rows = duckdb.sql(f"SELECT count(*) FROM '{job_output}/articles/*.parquet'").fetchall()
    assert rows == [(len(ARTICLES),)]
    quotes = pd.read_parquet(job_output / "quotes")
    assert list(quotes.columns)[:6] == ["article_id", "quote_index", "start", "end", "text", "type"]


def test_existing_output_is_refused_with_one_clear_line(job_output: Path) -> None:
    from click.testing import CliRunner

    from saidwhat.cli import main

    result = CliRunner().invoke(
        main, ["spark", str(job_output / "nothing.jsonl"), "-o", str(job_output)]
    )
    assert result.exit_code != 0
    assert result.output.startswith("saidwhat: error:")


def test_saidwhat_ingest_takes_the_output_folder(job_output: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from saidwhat.cli import main

    db = tmp_path / "quotes.db"
    result = CliRunner().invoke(main, ["ingest", str(job_output), "--db", str(db), "--no-progress"])
    # The two bad records of the corpus come back as reported failures (exit 1); the rest is stored.
    assert result.exit_code == 1, result.output
    import sqlite3

    with sqlite3.connect(db) as conn:
        stored = {row[0] for row in conn.execute("SELECT id FROM articles")}
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert stored == {a["id"] for a in ARTICLES}
    assert quotes == len(_table(job_output, "quotes"))
