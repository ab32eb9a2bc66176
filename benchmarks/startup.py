"""How long the CLI takes to start, next to a bare Python start.

    python benchmarks/startup.py [--runs 10]

Runs each command ``--runs`` times and prints the fastest wall time of each (the least
disturbed by other work on the machine) and its difference from ``python -c pass``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-c", "from saidwhat.cli import main; main()"]
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "saidwhat --version": [*CLI, "--version"],
    "saidwhat --help": [*CLI, "--help"],
    "saidwhat search --help": [*CLI, "search", "--help"],
}


def fastest(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=Path(__file__).parents[1])
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    bare = fastest(COMMANDS["python -c pass"], args.runs)
    print(f"| command | fastest of {args.runs} (s) | over a bare Python start (s) |")
    print("|---|---|---|")
    for name, command in COMMANDS.items():
        seconds = bare if name == "python -c pass" else fastest(command, args.runs)
        print(f"| `{name}` | {seconds:.3f} | {seconds - bare:+.3f} |")


if __name__ == "__main__":
    main()
