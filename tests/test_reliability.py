"""A fast subset of the reliability harness (benchmarks/reliability/): the full runs, with
their summary lines, are in benchmarks/RESULTS.md (section reliability)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
HARNESS = REPO / "benchmarks" / "reliability"
CLI = Path(sys.executable).parent / "saidwhat"


def run(script: str, *args: str, timeout: float = 900) -> str:
    done = subprocess.run(
        [sys.executable, str(HARNESS / script), *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
    )
    summary = [line for line in done.stdout.splitlines() if line.startswith("SUMMARY")]
    assert summary, done.stdout[-3000:] + done.stderr[-3000:]
    assert done.returncode == 0 and summary[-1].endswith("PASS"), done.stdout[-4000:]
    return summary[-1]


@pytest.mark.model
def test_fuzzed_texts_keep_exact_offsets_and_raise_nothing() -> None:
    # 100 generated texts in-process, 12 through `saidwhat extract` (JSONL, .txt folder,
    # stdin), mutating an article of our own; the full run takes 3,000 and three big ones.
    run("fuzz_extract.py", "--seed-text", str(REPO / "tests" / "golden" / "ferry.txt"),
        "--n", "100", "--cli-n", "12", "--no-big", "--cli", str(CLI))


@pytest.mark.model
def test_hostile_requests_get_clean_answers() -> None:
    run("web_probes.py", "--cli", str(CLI))
