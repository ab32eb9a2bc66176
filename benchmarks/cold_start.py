"""Cold start of the commands that answer from the store, next to ``python -c "import sqlite3"``.

    python benchmarks/cold_start.py [--runs 10]

Builds a small quote database from hand-written results (no model), then runs each command
``--runs`` times as a fresh process and reports the fastest wall time (the run least
disturbed by other work on the machine) and its difference from the sqlite3 baseline. The
target: every command within 0.3 s of the baseline, which holds only while the store, the
web app and these CLI paths import no spaCy. ``serve --help`` builds no app; the import of
``saidwhat.web`` is timed as its own row (FastAPI and pydantic alone take most of it, so it
is left out of the worst case).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = (
    'Anna Berg, the harbour master, spoke on Monday. "The quay will be rebuilt by spring," '
    "she said. Otto Lind said that the council had not seen the plans."
)


def build_db(path: Path) -> None:
    from saidwhat.core.types import ArticleQuotes, Person, Quote, QuoteType, Span, Speaker
    from saidwhat.readers import Document
    from saidwhat.store import QuoteStore

    start = ARTICLE.index('"')
    end = ARTICLE.index('"', start + 1) + 1
    who = ARTICLE.index("Anna Berg")
    quote = Quote(
        start, end, ARTICLE[start:end], QuoteType.DIRECT,
        Speaker("Anna Berg", Span(who, who + 9, "Anna Berg")), None, 0.9, "direct:cue-clause",
    )
    items = [
        (Document(f"a{n}", ARTICLE, {"outlet": "Example News", "date": "2026-11-02"}),
         ArticleQuotes(id=f"a{n}", quotes=(quote,), people=(Person("Anna Berg"),)))
        for n in range(20)
    ]
    with QuoteStore(path) as store:
        store.ingest(items)


def fastest(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    saidwhat = [sys.executable, "-c", "from saidwhat.cli import main; main()"]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "quotes.db")
        build_db(Path(db))
        commands = {
            'python -c "import sqlite3"': [sys.executable, "-c", "import sqlite3"],
            "saidwhat --version": [*saidwhat, "--version"],
            "saidwhat --help": [*saidwhat, "--help"],
            "saidwhat search quay": [*saidwhat, "search", "quay", "--db", db],
            "saidwhat people": [*saidwhat, "people", "--db", db],
            'saidwhat show "Anna Berg"': [*saidwhat, "show", "Anna Berg", "--db", db],
            "saidwhat export --format jsonl": [
                *saidwhat, "export", "--db", db, "--format", "jsonl", "-o", str(Path(tmp) / "out"),
            ],
            "saidwhat serve --help": [*saidwhat, "serve", "--help"],
            'python -c "import saidwhat.web"': [sys.executable, "-c", "import saidwhat.web"],
        }
        baseline = fastest(commands['python -c "import sqlite3"'], args.runs)
        print(f"| command | fastest of {args.runs} (s) | over `import sqlite3` (s) |")
        print("|---|---|---|")
        worst = 0.0
        for name, command in commands.items():
            seconds = fastest(command, args.runs) if "sqlite3" not in name else baseline
            if name.startswith("saidwhat"):
                worst = max(worst, seconds - baseline)
            print(f"| `{name}` | {seconds:.3f} | {seconds - baseline:+.3f} |")
        print(f"\nworst saidwhat command: {worst:+.3f} s over the baseline (target: within +0.300)")


if __name__ == "__main__":
    main()
