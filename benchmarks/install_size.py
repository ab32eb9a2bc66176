"""Installed size of saidwhat and each of its extras, in fresh virtualenvs.

    python benchmarks/install_size.py [--extras "" web spark dev] [--workdir DIR]

For each extra set, makes a virtualenv, installs this checkout (not editable) with pip
(from PyPI, through pip's cache) and measures the disk use of its site-packages folder,
less that of an empty virtualenv (pip itself). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += (Path(root) / name).lstat().st_size
            except OSError:
                pass
    return total


def site_packages(env: Path) -> Path:
    [found] = list((env / "lib").glob("python3*/site-packages"))
    return found


def measure(extra: str, work: Path, baseline: int) -> tuple[int, int]:
    env = work / (extra or "base")
    venv.create(env, with_pip=True, clear=True)
    target = f"{REPO}[{extra}]" if extra else str(REPO)
    subprocess.run(
        [str(env / "bin" / "python"), "-m", "pip", "install", "-q", "--no-compile", target],
        check=True,
    )
    packages = subprocess.run(
        [str(env / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    return folder_size(site_packages(env)) - baseline, len(packages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", nargs="*", default=["", "web", "spark", "dev"])
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="saidwhat-size-"))
    empty = work / "empty"
    venv.create(empty, with_pip=True, clear=True)
    baseline = folder_size(site_packages(empty))
    print(f"Python {sys.version.split()[0]}; sizes exclude pip itself ({baseline / 1e6:.0f} MB)")
    print("| install | packages | size on disk |")
    print("|---|---|---|")
    for extra in args.extras:
        size, count = measure(extra, work, baseline)
        name = f"`pip install 'saidwhat[{extra}]'`" if extra else "`pip install saidwhat`"
        print(f"| {name} | {count} | {size / 1e6:,.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
