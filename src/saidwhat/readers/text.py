"""Plain-text and JSON Lines readers."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .base import Document, ReadFailure, ReadResult, replace_surrogates

META_FIELDS = ("title", "date", "outlet", "url")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: UTF-8, or UTF-16 with a byte-order mark or the telltale NUL
    of every other byte; raise ``ValueError`` on binary or undecodable data."""
    utf16 = _utf16_codec(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not valid UTF-16 text ({exc.reason} at byte {exc.start})") from exc
        head = text[:4096]
        if "\x00" in head or sum(ch < "\x80" for ch in head) < len(head) / 2:
            # English news in UTF-16 is mostly ASCII; bytes after a stray FF FE are not
            raise ValueError("binary file (not text, though it starts like UTF-16)")
        return text
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return text


def _utf16_codec(data: bytes) -> str | None:
    """``"utf-16"`` when ``data`` starts with a UTF-16 byte-order mark; ``"utf-16-le"``/
    ``"utf-16-be"`` when, without one, every other byte of mostly-ASCII text is NUL."""
    if data.startswith(_UTF16_BOMS) and not data.startswith(b"\xff\xfe\x00\x00"):  # UTF-32
        return "utf-16"
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) == half and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == half and odd.count(0) == 0:
        return "utf-16-be"
    return None


def read_txt(path: Path) -> Iterator[ReadResult]:
    """A ``.txt`` file is one article; its id is the file name without the extension."""
    try:
        text = decode_bytes(path.read_bytes())
    except (OSError, ValueError) as exc:
        yield ReadFailure(str(path), _reason(exc))
        return
    yield Document(id=path.stem, text=text, source=str(path))


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    """One ``{"id", "text", "title"?, "date"?, "outlet"?, "url"?}`` object per line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadFailure(str(path), _reason(exc))
        return
    with handle:
        yield from _jsonl_lines(handle, str(path), default_id=path.stem)


def read_stdin(stream: IO[bytes] | None = None) -> Iterator[ReadResult]:
    """Standard input: JSON Lines when every line is an object, else one plain-text article."""
    raw = (stream or sys.stdin.buffer).read()
    try:
        text = decode_bytes(raw)
    except ValueError as exc:
        yield ReadFailure("<stdin>", str(exc))
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from _jsonl_lines(iter(raw.splitlines()), "<stdin>", default_id="stdin")
    else:
        yield Document(id="stdin", text=text, source="<stdin>")


def _jsonl_lines(lines: IO[bytes] | Iterator[bytes], source: str, default_id: str) -> Iterator[ReadResult]:
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_bytes(raw))
        except (ValueError, json.JSONDecodeError) as exc:
            yield ReadFailure(where, f"not a JSON object: {_reason(exc)}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadFailure(where, 'expected an object with a string "text" field')
            continue
        doc_id = record.get("id")
        meta = {k: str(record[k]) for k in META_FIELDS if record.get(k) is not None}
        if isinstance(record.get("meta"), dict):
            meta.update({k: str(v) for k, v in record["meta"].items() if v is not None})
        yield Document(
            id=replace_surrogates(str(doc_id) if doc_id is not None else f"{default_id}-{number}"),
            text=replace_surrogates(record["text"]),
            meta={k: replace_surrogates(v) for k, v in meta.items()},
            source=where,
        )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
