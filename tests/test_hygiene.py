"""Source hygiene: no issue numbers and no machine paths in the package's code comments,
and one version (from the package metadata)."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import saidwhat

SRC = Path(__file__).resolve().parents[1] / "src" / "saidwhat"
ISSUE = re.compile(r"\bissue ?#?\d+", re.IGNORECASE)
MACHINE_PATH = re.compile(r"(/work/|/home/\w|/root/|/tmp/[\w.-]+/|[A-Z]:\\\\)")


def test_no_issue_numbers_or_machine_paths_in_the_code() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ISSUE.search(line) or MACHINE_PATH.search(line):
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == []


def test_the_version_has_one_source() -> None:
    assert saidwhat.__version__ == version("saidwhat")
    pyproject = (SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert len(re.findall(r'^version = "', pyproject, re.MULTILINE)) == 1  # [project] only
    assert not re.search(r"__version__ = ['\"]\d", "".join(
        p.read_text(encoding="utf-8") for p in SRC.rglob("*.py")
    ))
