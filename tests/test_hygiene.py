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


def test_the_changelog_keeps_its_form() -> None:
    """Keep a Changelog: versions newest first as ``## [X.Y.Z] - date|unreleased``, each with
    ``### Added|Changed|Deprecated|Removed|Fixed|Security`` groups of ``- `` entries."""
    text = (SRC.parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (.*)$", text, re.MULTILINE)
    assert versions and all(re.fullmatch(r"\[\d+\.\d+\.\d+\] - (unreleased|\d{4}-\d\d-\d\d)", v) for v in versions), versions
    assert len(versions) == len(set(versions)), "a version appears twice"
    for block in re.split(r"^## .*$", text, flags=re.MULTILINE)[1:]:
        groups = re.findall(r"^### (.*)$", block, re.MULTILINE)
        assert groups and set(groups) <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
        entries = [line for line in block.splitlines() if line.strip() and not line.startswith(("###", "<!--"))]
        assert all(line.startswith(("- ", "  ")) for line in entries), entries[:3]  # entries, continued
