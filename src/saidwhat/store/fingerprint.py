"""Recognising one statement repeated across articles.

Two occurrences are the same statement when

1. their **fingerprints** are equal: the text lower-cased, accents, quotation marks and all
   punctuation taken off, spaces collapsed ("We're ready," -> "were ready"); or
2. one **contains** the other after trimming: at least ``CONTAINMENT`` of the shorter one's
   word 4-shingles (runs of four words) occur in the longer one. This catches an outlet
   quoting only part of a sentence, or cutting words with an ellipsis.

Fingerprints need ``MIN_WORDS`` words, containment ``MIN_CONTAIN_WORDS`` (so that short
stock phrases such as "we will see" do not tie unrelated articles together).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

SHINGLE_WORDS = 4
MIN_WORDS = 4
MIN_CONTAIN_WORDS = 8
CONTAINMENT = 0.8

_NOT_WORD = re.compile(r"[^\w\s]|_")


def quote_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "").replace("'", "")  # "we're" -> "were", not "we re"
    return _NOT_WORD.sub(" ", text).split()


def fingerprint(text: str) -> str | None:
    words = quote_words(text)
    return " ".join(words) if len(words) >= MIN_WORDS else None


def shingles(text: str) -> set[int]:
    """Hashes of the word 4-shingles of a quote long enough for containment, else empty."""
    words = quote_words(text)
    if len(words) < MIN_CONTAIN_WORDS:
        return set()
    out = set()
    for i in range(len(words) - SHINGLE_WORDS + 1):
        digest = hashlib.blake2b(
            " ".join(words[i : i + SHINGLE_WORDS]).encode(), digest_size=8
        ).digest()
        out.add(int.from_bytes(digest, "big", signed=True))  # fits SQLite's INTEGER
    return out
