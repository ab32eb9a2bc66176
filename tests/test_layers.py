"""Layers point one way and there are no import cycles: the import-linter contracts in
pyproject.toml (``[tool.importlinter]``) hold for the package as it is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept() -> None:
    """In a child process: import-linter's command configures logging (it disables the
    loggers that exist), which must not leak into the other tests."""
    pytest.importorskip("importlinter.cli", reason="import-linter is a dev dependency")
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(config_filename=sys.argv[1]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, (
        "an import breaks a layer contract (run `lint-imports` for the chain):\n"
        + done.stdout[-3000:] + done.stderr[-2000:]
    )


def test_no_import_cycles() -> None:
    grimp = pytest.importorskip("grimp", reason="import-linter is a dev dependency")
    graph = grimp.build_graph("saidwhat", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if module == imported or imported in _parents(module) or module in _parents(imported):
                continue  # a package and its own submodules
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain:
                cycles.append(" -> ".join((module, *chain)))
    assert cycles == []


def _parents(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}
