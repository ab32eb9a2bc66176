"""What a user can type reaches SQLite checked: bounded queries, numbers, names, dates;
and a read-only database can be searched, while writing to it says what is read-only."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.core.errors import QueryError
from saidwhat.store import QuoteStore
from saidwhat.store.query import (
    MAX_NAME_CHARS,
    MAX_OFFSET,
    MAX_QUERY_TERMS,
    bound_query,
    check_date,
    check_name,
)

from .helpers import said

WORDS = ["alliances", "allies", "strong", "defence", "respect", "negotiable", "pay", "the"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.db"
    items = [
        said(f"a{i}", f"Our {WORDS[i % 8]} and the {WORDS[(i + 3) % 8]} are what the nation needs {i}",
             "James Mattis" if i % 2 else "Donald Trump", outlet="Planet", date=f"2018-{1 + i % 12:02d}-02")
        for i in range(120)
    ]
    with QuoteStore(path) as store:
        store.ingest(items)
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


# --- the query -----------------------------------------------------------------------------


def test_repeated_terms_are_dropped_without_a_note() -> None:
    assert bound_query("the the THE the") .text == "the"
    assert bound_query('"ready to" fight "ready  to"').text == '"ready to" fight'
    assert bound_query("the " * 20_000).note is None


def test_a_long_query_is_cut_with_a_note() -> None:
    bounded = bound_query(" ".join(f"w{i}" for i in range(100)))
    assert bounded.text.split() == [f"w{i}" for i in range(MAX_QUERY_TERMS)]
    assert bounded.note and "cut" in bounded.note and "68 more" in bounded.note


def test_one_huge_word_is_refused_not_cut_to_nothing() -> None:
    # cut to nothing, the query would list every statement
    with pytest.raises(QueryError, match="over 500 characters"):
        bound_query("y" * 60_000)
    assert bound_query("alliances " + "y" * 600).text == "alliances"


def test_a_raw_query_over_the_bounds_is_refused() -> None:
    with pytest.raises(QueryError, match="limits are"):
        bound_query(" OR ".join(["the"] * 200), raw=True)
    assert bound_query("alliance OR allies", raw=True).text == "alliance OR allies"


def test_a_pathological_query_answers_quickly_on_the_cli(db: Path) -> None:
    query = "the " * 20_000 + " ".join(f"x{i}" for i in range(3000))
    started = time.perf_counter()
    code, _, err = run("search", query, "--db", str(db))
    # Before the bound, 3,000 repeated words took 34 s and 20,000 over ten minutes.
    assert time.perf_counter() - started < 5
    assert code == 0 and "note: the query was cut" in err


def test_repeated_words_find_what_one_word_finds(db: Path) -> None:
    with QuoteStore(db, readonly=True) as store:
        once = store.search(bound_query("the").text).total
    code, _, err = run("search", "the " * 3000, "--db", str(db), "--limit", "1")
    assert code == 0 and f"of {once:,} statements" in err


# --- numbers, patterns, names, dates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["search", "x", "--offset", "9223372036854775808"], "--offset"),
        (["search", "x", "--limit", "99999999999999999999"], "--limit"),
        (["people", "--offset", "9223372036854775808"], "--offset"),
        (["search", "x", "--since", "garbage"], "--since: expected a date"),
        (["search", "x", "--until", "2018-13-45x"], "--until: expected a date"),
        (["search", "x", "--speaker", "%" * 60_000], "limit is 200"),
        (["search", "x", "--speaker", "%"], "no letters or digits"),
        (["search", "x", "--outlet", "a" * 60_000], "limit is 200"),
        (["people", "--query", "_" * 60_000], "limit is 200"),
        (["show", "%"], "no letters or digits"),
        (["show", "?!"], "no letters or digits"),
        (["show", "9223372036854775808"], "no person #9223372036854775808"),
    ],
)
def test_bad_values_get_one_clear_message(db: Path, args: list[str], says: str) -> None:
    code, out, err = run(*args, "--db", str(db))
    assert code == 2, (out, err)
    assert says in err and "Traceback" not in err
    assert out == ""


def test_checks_accept_what_users_type() -> None:
    assert check_name("  Jim Mattis ", "speaker") == "Jim Mattis"
    assert check_name("", "speaker") is None and check_name(None, "speaker") is None
    assert check_date("2018-12", "--until") == "2018-12"
    with pytest.raises(QueryError, match="NUL"):
        check_name("Mat\x00tis", "speaker")
    with pytest.raises(QueryError):
        check_name("M" * (MAX_NAME_CHARS + 1), "speaker")
    with pytest.raises(QueryError, match="NUL"):
        bound_query("a\x00b")
    assert MAX_OFFSET < 2**63


def test_show_says_one_statement_and_no_question_marks(tmp_path: Path) -> None:
    path = tmp_path / "one.db"
    with QuoteStore(path) as store:
        store.ingest([said("s1", "We stand with our allies today", "Ruth Okafor")])
    code, out, _ = run("show", "Ruth Okafor", "--db", str(path))
    assert code == 0
    assert "1 statement in 1 article" in out
    assert "?" not in out and "statements" not in out


# --- read-only databases ---------------------------------------------------------------------

DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
        "--inh-caps", "-dac_override,-dac_read_search,-fowner", "--"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a process where file modes count (as root: without CAP_DAC_OVERRIDE)."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: file modes cannot be tested")
        prefix = DROP
    command = [*prefix, sys.executable, "-c", "from saidwhat.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.fixture
def readonly_folder(db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(db, folder / "quotes.db")
    (folder / "quotes.db").chmod(0o444)
    folder.chmod(0o555)
    yield folder / "quotes.db"
    folder.chmod(0o755)


def test_search_works_on_a_database_in_a_read_only_folder(readonly_folder: Path) -> None:
    done = cli("search", "allies", "--db", str(readonly_folder), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") > 0 and "Traceback" not in done.stderr
    assert sorted(p.name for p in readonly_folder.parent.iterdir()) == ["quotes.db"]


def test_ingest_into_a_read_only_folder_says_the_folder_is_read_only(
    readonly_folder: Path, tmp_path: Path
) -> None:
    article = tmp_path / "a.jsonl"
    article.write_text('{"id": "n", "text": "\\"Yes,\\" she said."}\n', encoding="utf-8")
    done = cli("ingest", str(article), "--db", str(readonly_folder), "--no-progress")
    assert done.returncode == 2
    assert "read-only" in done.stderr and "not a saidwhat quote database" not in done.stderr
    assert "Traceback" not in done.stderr


def test_ingest_into_a_read_only_file_says_the_file_is_read_only(db: Path, tmp_path: Path) -> None:
    db.chmod(0o444)
    article = tmp_path / "a.jsonl"
    article.write_text('{"id": "n", "text": "\\"Yes,\\" she said."}\n', encoding="utf-8")
    done = cli("ingest", str(article), "--db", str(db), "--no-progress")
    assert done.returncode == 2
    assert f"{db} is read-only" in done.stderr and "Traceback" not in done.stderr
    searched = cli("search", "allies", "--db", str(db))
    assert searched.returncode == 0, searched.stderr


def test_serve_answers_on_a_database_in_a_read_only_folder(readonly_folder: Path) -> None:
    import json
    import urllib.request

    prefix = DROP if os.geteuid() == 0 else []
    if prefix and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    server = subprocess.Popen(
        [*prefix, sys.executable, "-c", "from saidwhat.cli import main; main()", "serve",
         "--db", str(readonly_folder), "--port", "0"],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        line = server.stderr.readline() if server.stderr else ""
        assert "serving" in line, line
        url = line.split(" on ", 1)[1].strip()
        with urllib.request.urlopen(url + "api/search?q=allies", timeout=30) as response:
            body = json.loads(response.read())
        assert response.status == 200 and body["items"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert sorted(p.name for p in readonly_folder.parent.iterdir()) == ["quotes.db"]
