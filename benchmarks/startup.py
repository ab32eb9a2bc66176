"""How long the CLI takes to start, next to a bare Python start.

    python benchmarks/startup.py [--runs 10]

Runs each command ``--runs`` times and prints the least wall time and the least CPU time
(user + system, which other work on a shared machine disturbs less) of each, and their
differences from ``python -c pass``.
"""

from __future__ import annotations

import argparse
import resource
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


def fastest(command: list[str], runs: int) -> tuple[float, float]:
    """(least wall seconds, least CPU seconds) over ``runs`` runs."""
    wall = cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=Path(__file__).parents[1])
        wall = min(wall, time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    bare_wall, bare_cpu = fastest(COMMANDS["python -c pass"], args.runs)
    print(f"| command (least of {args.runs} runs) | wall (s) | over bare Python | CPU (s) | over bare Python |")
    print("|---|---|---|---|---|")
    for name, command in COMMANDS.items():
        if name == "python -c pass":
            wall, cpu = bare_wall, bare_cpu
        else:
            wall, cpu = fastest(command, args.runs)
        print(f"| `{name}` | {wall:.3f} | {wall - bare_wall:+.3f} | {cpu:.3f} | {cpu - bare_cpu:+.3f} |")


if __name__ == "__main__":
    main()
