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
import os
import resource
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


def fastest(command: list[str], runs: int) -> tuple[float, float]:
    """The least wall time and the least CPU time (user + system) of the child over ``runs``:
    on a shared, loaded machine the CPU time is the steadier of the two."""
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


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
        base_wall, base_cpu = fastest(commands['python -c "import sqlite3"'], args.runs)
        print(
            f"| command | wall, fastest of {args.runs} (s) | over `import sqlite3` | "
            "CPU, least (s) | over `import sqlite3` |"
        )
        print("|---|---|---|---|---|")
        worst_wall = worst_cpu = 0.0
        for name, command in commands.items():
            wall, cpu = fastest(command, args.runs) if "sqlite3" not in name else (base_wall, base_cpu)
            if name.startswith("saidwhat"):
                worst_wall = max(worst_wall, wall - base_wall)
                worst_cpu = max(worst_cpu, cpu - base_cpu)
            print(
                f"| `{name}` | {wall:.3f} | {wall - base_wall:+.3f} | {cpu:.3f} | {cpu - base_cpu:+.3f} |"
            )
        print(
            f"\nworst saidwhat command over the baseline: wall {worst_wall:+.3f} s, "
            f"CPU {worst_cpu:+.3f} s (target: within +0.300)"
        )
        print(f"load average while measuring: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
