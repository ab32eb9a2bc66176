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
