"""Readers: turn files into ``Document(id, text, meta)`` records.

Every reader yields ``Document`` for each article it can read and ``ReadFailure`` for
each one it cannot, so one bad file never stops a batch. ``read_paths`` dispatches on
the file's suffix and walks folders recursively: ``.txt``, ``.jsonl``, ``.html``/``.htm``
(trafilatura), ``.warc``/``.warc.gz`` (warcio, HTML responses only).
"""

from __future__ import annotations

from .base import Document, ReadFailure, ReadResult, replace_surrogates
from .dispatch import read_paths, reader_for
from .html import extract_html, read_html
from .text import read_jsonl, read_stdin, read_txt
from .warc import read_warc

__all__ = [
    "Document",
    "ReadFailure",
    "ReadResult",
    "extract_html",
    "read_html",
    "read_jsonl",
    "read_paths",
    "read_stdin",
    "read_txt",
    "read_warc",
    "reader_for",
    "replace_surrogates",
]
