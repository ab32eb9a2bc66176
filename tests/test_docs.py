"""Every command registered on `saidwhat` is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.cli import main

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"saidwhat {name}" in README, f"README.md does not show `saidwhat {name}`"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name: str) -> None:
    command = main.commands[name]
    assert command.help and command.help.strip(), f"`saidwhat {name}` has no help text"


# --- the README's commands run as written -------------------------------------------------

REPO = Path(__file__).parents[1]
RUN_SECTIONS = ("extract", "eval", "store", "web", "report", "scale")
NEEDS_SPARK = ("saidwhat spark", "spark-submit", "python -m saidwhat.spark", "saidwhat ingest out/")


def readme_commands() -> list[tuple[str, str]]:
    """(section, command) for every saidwhat command line in a ```sh block of the user
    sections, in README order; Spark's lines need Java and the extra and are left out."""
    import re

    found = []
    for part in re.split(r"<!-- section: ", README)[1:]:
        section = part.split(" -->", 1)[0]
        if section not in RUN_SECTIONS:
            continue
        for block in re.findall(r"```sh\n(.*?)```", part, flags=re.S):
            for line in block.splitlines():
                command = re.split(r"\s#\s", " " + line + " ", maxsplit=1)[0].strip()
                if not command or "saidwhat" not in command.split("|")[-1]:
                    continue
                if command.startswith(NEEDS_SPARK):
                    continue
                found.append((section, command))
    return found


def test_the_readme_shows_commands_on_the_example_files() -> None:
    commands = [c for _, c in readme_commands()]
    assert len(commands) >= 15
    assert any("examples/crawl.warc.gz" in c for c in commands)
    for name in ("minister.txt", "island-news.jsonl", "harbour-herald.html", "crawl.warc.gz", "gold.jsonl"):
        assert (REPO / "examples" / name).is_file(), name


@pytest.mark.model
def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    """From a copy of the repository's root (examples/ and what the commands write)."""
    import os
    import shutil
    import subprocess
    import sys
    import urllib.request

    shutil.copytree(REPO / "examples", tmp_path / "examples")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "100"}
    env.pop("SAIDWHAT_DB", None)
    for section, command in readme_commands():
        if command.startswith("saidwhat serve"):
            server = subprocess.Popen(
                ["bash", "-c", f"exec {command} --port 0"], cwd=tmp_path, env=env,
                stderr=subprocess.PIPE, text=True,
            )
            try:
                line = server.stderr.readline() if server.stderr else ""
                assert "serving" in line, (command, line)
                url = line.split(" on ", 1)[1].strip()
                with urllib.request.urlopen(url, timeout=30) as page:
                    assert page.status == 200
            finally:
                server.terminate()
                server.wait(timeout=30)
            continue
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
            capture_output=True, text=True, timeout=600,
        )
        assert done.returncode == 0, f"[{section}] {command}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr, f"[{section}] {command}\n{done.stderr[-2000:]}"
