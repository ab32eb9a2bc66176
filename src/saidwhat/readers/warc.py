"""Web archives (``.warc``, ``.warc.gz``) -> one article per HTML ``response`` record.

Other records (requests, metadata, images, PDFs) are passed over silently: a crawl is mostly
not articles. A record whose page holds no article is a ``ReadFailure``; a corrupt archive
yields one ``ReadFailure`` and stops, keeping every article read before the damage.

warcio stops quietly at a truncated gzip member, so the reader checks itself that it reached
the end of the file and that each record's body was read in full.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from .base import Document, ReadFailure, ReadResult
from .html import extract_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_article_id(target_uri: str | None, record_id: str | None) -> str:
    """A stable id from the page's URI (the same page archived twice keeps one id)."""
    key = target_uri or record_id or ""
    return "warc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def read_warc(path: Path) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = path.open("rb")
        size = path.stat().st_size
    except OSError as exc:
        yield ReadFailure(str(path), exc.strerror or str(exc))
        return
    if size == 0:
        handle.close()
        yield ReadFailure(str(path), "empty file (no web archive records)")
        return
    with handle:
        where = str(path)
        end = 0  # where the last whole record ended
        records_seen = 0
        try:
            records = ArchiveIterator(handle, check_digests=True)
            for record in records:
                if record.format != "warc":  # warcio would read stray text as an old ARC file
                    raise ValueError(f"not a WARC record (looks like {record.format!r})")
                if not (record.rec_headers.protocol or "").upper().startswith("WARC/"):
                    raise ValueError("not a WARC record (no WARC/1.x header line)")
                is_html = False
                if record.rec_type == "response" and record.http_headers is not None:
                    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                    is_html = content_type.startswith(HTML_TYPES)
                page = record.content_stream().read() if is_html else b""
                missing = getattr(record.raw_stream, "limit", 0) if is_html else 0
                where = f"{path}@{records.get_record_offset()}"  # reads the rest of the record
                if missing:
                    yield ReadFailure(
                        where,
                        f"corrupt web archive, stopped reading: record truncated ({missing} bytes missing)",
                    )
                    return
                end = records.get_record_offset() + records.get_record_length()
                records_seen += 1
                if not is_html:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                label = f"{where} {uri or record_id}"
                if record.digest_checker.passed is False:
                    yield ReadFailure(label, "corrupt record: digest does not match its content")
                    continue
                found = extract_html(page, url=uri)
                if isinstance(found, str):
                    yield ReadFailure(label, found)
                    continue
                meta = dict(found.meta)
                if uri:
                    meta["url"] = uri  # the archived address, not a canonical-link guess
                yield Document(
                    id=warc_article_id(uri, record_id), text=found.text, meta=meta, source=where
                )
        except Exception as exc:  # warcio and zlib raise many kinds on a damaged archive
            yield ReadFailure(
                where, f"corrupt web archive, stopped reading: {type(exc).__name__}: {exc}"
            )
            return
        if end < size:
            handle.seek(end)
            rest = handle.read()
            if records_seen == 0 and len(rest) < 4096 and rest[:2] == b"\x1f\x8b" and not _gunzip(rest).strip():
                rest = b""  # a compressed empty file: said below
            if rest.strip():  # records are separated by blank lines; anything else is damage
                yield ReadFailure(
                    f"{path}@{end}",
                    f"corrupt web archive, stopped reading: {len(rest)} bytes after the last whole record could not be read",
                )
                return
        if records_seen == 0:
            yield ReadFailure(str(path), "no web archive records in the file (an empty archive)")


def _gunzip(data: bytes) -> bytes:
    """``data`` decompressed (all members), or ``b"?"`` when it is not whole gzip data."""
    import gzip
    import zlib

    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return b"?"
