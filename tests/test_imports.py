"""The dependency rule at run time: ``saidwhat.core`` is pure, the package root imports no
web or Spark code, and the package root, the store, the web app and the CLI start without
spaCy (the import-linter contracts in pyproject.toml check the same statically).

Checked in fresh interpreters (started together, to keep this quick), since this test
session has long since imported everything. spaCy itself imports jinja2 (for its CLI's
config templates), so what ``import spacy`` alone loads is the baseline: the rule is
about what saidwhat adds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORE_FORBIDDEN = (
    "sqlite3", "fastapi", "pyspark", "uvicorn", "jinja2", "starlette", "trafilatura", "warcio",
    "saidwhat.store", "saidwhat.web", "saidwhat.spark", "saidwhat.readers", "saidwhat.cli",
    "saidwhat.evaluation",
)
ROOT_FORBIDDEN = (
    "fastapi", "pyspark", "uvicorn", "starlette", "saidwhat.web", "saidwhat.spark", "saidwhat.cli",
)
NO_SPACY = ("spacy", "thinc", "saidwhat.api", "saidwhat.nlp", "saidwhat.core.extract")
STATEMENTS = {
    "baseline": "import spacy",
    "core-alone": "import saidwhat.core",
    "core": "import saidwhat.core, saidwhat.core.extract, saidwhat.core.serialize",
    "root": "import saidwhat",
    "store": "import saidwhat.store",
    "web": "import saidwhat.web",
    "cli": "import saidwhat.cli",
}


@pytest.fixture(scope="module")
def imported() -> dict[str, set[str]]:
    """The modules each statement leaves in ``sys.modules`` of a fresh interpreter."""
    running = {
        name: subprocess.Popen(
            [sys.executable, "-c", f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, code in STATEMENTS.items()
    }
    out = {}
    for name, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{STATEMENTS[name]!r} failed: {stderr}"
        out[name] = set(json.loads(stdout.splitlines()[-1]))
    return out


def loaded(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


def test_core_imports_no_store_web_spark_or_adapter(imported: dict[str, set[str]]) -> None:
    assert "saidwhat.core.extract" in imported["core"]
    added = imported["core"] - imported["baseline"]
    assert loaded(added, CORE_FORBIDDEN) == []


def test_core_baseline_is_spacy_alone(imported: dict[str, set[str]]) -> None:
    """If spaCy stops importing these, the rule above holds without a baseline."""
    assert loaded(imported["baseline"], ("sqlite3", "fastapi", "pyspark", "uvicorn")) == []


def test_package_root_imports_no_web_or_spark(imported: dict[str, set[str]]) -> None:
    assert loaded(imported["root"], ROOT_FORBIDDEN) == []


@pytest.mark.parametrize("statement", ["core-alone", "root", "store", "web", "cli"])
def test_starts_without_spacy(imported: dict[str, set[str]], statement: str) -> None:
    """``import saidwhat`` and the store, web and CLI modules leave the model unloaded."""
    assert loaded(imported[statement], NO_SPACY) == []


@pytest.mark.parametrize("statement", ["store", "cli"])
def test_store_commands_start_without_numpy(imported: dict[str, set[str]], statement: str) -> None:
    """numpy (and the thread pool it starts) cost the store commands 0.1 s of start-up: the
    writer's containment window and the report import it where they use it."""
    assert loaded(imported[statement], ("numpy",)) == []


def test_extract_is_still_there_when_asked_for() -> None:
    code = "import saidwhat, sys; f = saidwhat.extract; print('spacy' in sys.modules, callable(f))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


def test_store_commands_run_without_loading_spacy(tmp_path: Path) -> None:
    """``saidwhat search``, ``people``, ``show``, ``export`` and ``serve --help`` answer from
    the store without importing spaCy (the engine loads only for extraction)."""
    from saidwhat.core.types import ArticleQuotes, Person, Quote, QuoteType, Span, Speaker
    from saidwhat.readers import Document
    from saidwhat.store import QuoteStore

    text = '"The quay will be rebuilt," said Anna Berg.'
    quote = Quote(0, 28, text[:28], QuoteType.DIRECT, Speaker("Anna Berg", Span(34, 43, "Anna Berg")),
                  Span(29, 33, "said"), 0.9, "direct:verb")
    db = tmp_path / "q.db"
    with QuoteStore(db) as store:
        store.ingest([(Document("a1", text, {"date": "2026-11-02"}),
                       ArticleQuotes("a1", (quote,), (Person("Anna Berg"),)))])
    commands = [
        ["search", "quay", "--db", str(db)],
        ["people", "--db", str(db)],
        ["show", "Anna Berg", "--db", str(db)],
        ["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path / "out")],
        ["serve", "--help"],
    ]
    code = (
        "import sys\n"
        "from saidwhat.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n"
    )
    for command in commands:
        done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, (command, done.stderr[-1000:])
        assert done.stdout.strip().splitlines()[-1] == "NO-SPACY", command
