"""Records the readers yield."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """One article's text, exactly as read, with its metadata (title, date, outlet, url...)."""

    id: str
    text: str
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""  # where it came from: a path, "path:line", a WARC record


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read, and why. Batches report it and go on."""

    source: str
    reason: str


ReadResult = Document | ReadFailure
