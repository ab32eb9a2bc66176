"""Pick a reader by file suffix; walk folders."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .base import ReadFailure, ReadResult
from .html import read_html
from .text import read_jsonl, read_stdin, read_txt
from .warc import read_warc

Reader = Callable[[Path], Iterator[ReadResult]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):  # ".warc.gz" before ".gz"
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def _read_folder(folder: Path) -> Iterator[ReadResult]:
    """Every readable file under ``folder``; other files are passed over, but a folder with
    nothing to read is a ``ReadFailure`` (not a silent success)."""
    readable = other = 0
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
    except OSError as exc:  # a folder we may not list, a symlink loop
        yield ReadFailure(str(folder), exc.strerror or str(exc))
        return
    for child in files:
        reader = reader_for(child)
        if reader is None:  # other files in a folder are not articles
            other += 1
            continue
        readable += 1
        yield from reader(child)
    if not readable:
        known = ", ".join(sorted(READERS))
        found = f"{other} file{'s' if other != 1 else ''} of other types" if other else "no files"
        yield ReadFailure(str(folder), f"nothing to read in the folder ({found}; expected {known})")


def read_paths(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Read every path in turn; ``-`` is standard input; folders are walked recursively."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
            continue
        if not path.exists():
            yield ReadFailure(str(path), "no such file or directory")
            continue
        reader = reader_for(path)
        if reader is None:
            known = ", ".join(sorted(READERS))
            yield ReadFailure(str(path), f"unsupported file type (expected one of {known})")
            continue
        yield from reader(path)
