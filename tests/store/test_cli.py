"""The store's commands as a user types them (hand-built database, no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.store import QuoteStore

from .helpers import said


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.db"
    with QuoteStore(path) as store:
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
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_who_said_what(db: Path) -> None:
    code, out, err = run("search", "allies", "--db", str(db), "--speaker", "Mattis")
    assert code == 0
    assert "James Mattis" in out and "Respect for allies" in out and "Trump" not in out
    assert "1 of 1 statement" in err


def test_search_jsonl_is_one_object_per_statement(db: Path) -> None:
    code, out, _ = run(
        "search",
        "allies",
        "--db",
        str(db),
        "--format",
        "jsonl",
        "--outlet",
        "courier",
        "--since",
        "2018-12",
    )
    assert code == 0
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["article_id"] == "t1" and record["person_name"] == "Donald Trump"
    assert record["snippet"].count("allies") == 1 and "\x02" not in record["snippet"]


def test_malformed_raw_query_is_one_clean_line(db: Path) -> None:
    code, out, err = run("search", "AND (", "--raw", "--db", str(db))
    assert code == 2 and out == ""
    assert err.startswith("saidwhat: error: malformed search query") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_the_database_path_comes_from_the_environment(db: Path) -> None:
    code, out, _ = run("people", env={"SAIDWHAT_DB": str(db)})
    assert code == 0
    first = out.splitlines()[0]
    assert "James Mattis" in first and "2 quotes" in first and "Jim Mattis" in first


def test_show_a_person_by_any_alias(db: Path) -> None:
    code, out, _ = run("show", "Jim Mattis", "--db", str(db))
    assert code == 0
    assert out.startswith("James Mattis")
    assert "2018-11" in out and "2018-12" in out and "Planet (1)" in out
    code, _, err = run("show", "Nobody", "--db", str(db))
    assert code == 2 and "no person 'Nobody'" in err


def test_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    code, _, err = run("search", "x", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no quote database" in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_every_table(db: Path, tmp_path: Path, fmt: str) -> None:
    code, _, err = run("export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / "out"))
    assert code == 0 and "3 articles, 3 quotes" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.{fmt}" for t in ("articles", "quotes", "article_people", "people")
    )
