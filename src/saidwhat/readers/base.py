"""Records the readers yield."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (``"\\ud800"`` in JSON) replaced by U+FFFD.

    One character for one, so every offset into the result is an offset into the text
    as given. Such text cannot be written as UTF-8 (to a file, a terminal, the store or a
    web response), so the readers decide here, once, what it becomes.
    """
    if _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


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
