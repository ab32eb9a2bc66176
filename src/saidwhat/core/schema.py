"""The record fields, declared once.

Everything saidwhat writes outside Python (JSON output, the SQLite store, the export files,
Parquet/Arrow and Spark tables, the web API's response models, docs/export-schema.md) is
derived from, or checked by a test against, the declarations in this module.
"""

from __future__ import annotations

import hashlib


def text_hash(text: str) -> str:
    """An article's identity in the store and the exports: the sha256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
