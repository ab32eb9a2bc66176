"""Readers: turn files into ``Document(id, text, meta)`` records.

Every reader yields ``Document`` for each article it can read and ``ReadFailure`` for
each one it cannot, so one bad file never stops a batch. ``read_paths`` dispatches on
the file's suffix and walks folders recursively.
"""

from __future__ import annotations

from .base import Document, ReadFailure, ReadResult
from .dispatch import read_paths, reader_for
from .text import read_jsonl, read_stdin, read_txt

__all__ = [
    "Document",
    "ReadFailure",
    "ReadResult",
    "read_jsonl",
    "read_paths",
    "read_stdin",
    "read_txt",
    "reader_for",
]
