"""Recognising one statement repeated across articles.

Two occurrences are the same statement when

1. their **fingerprints** are equal: the text lower-cased, accents, quotation marks and all
   punctuation taken off, spaces collapsed ("We're ready," -> "were ready"); or
2. one **contains** the other after trimming: at least ``CONTAINMENT`` of the shorter one's
   word 4-shingles (runs of four words) occur in the longer one. This catches an outlet
   quoting only part of a sentence, or cutting words with an ellipsis.

Fingerprints need ``MIN_WORDS`` words, containment ``MIN_CONTAIN_WORDS`` (so that short
stock phrases such as "we will see" do not tie unrelated articles together).

Equal fingerprints are found across the whole store (an index). Containment is looked for
among the latest ``WINDOW`` quotes stored (``ContainWindow``, in memory while a process
writes): outlets repeat a statement within days, and an index of every quote's shingles
made each write touch pages all over a table twenty times the size of the statements, so
ingest slowed as the store grew.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, OrderedDict

SHINGLE_WORDS = 4
MIN_WORDS = 4
MIN_CONTAIN_WORDS = 8
MIN_SHINGLES = MIN_CONTAIN_WORDS - SHINGLE_WORDS + 1  # the fewest a quote with shingles has
CONTAINMENT = 0.8
POSTINGS = 16  # the latest quotes per shingle a new occurrence is compared with
WINDOW = 50_000  # containment is looked for among the latest stored quotes (ContainWindow)

_NOT_WORD = re.compile(r"[^\w\s]|_")
# The same for ASCII text (most news) as one str.translate: every ASCII character the pattern
# takes off becomes a space, the apostrophe goes (a third less time than the pattern)
_ASCII_NOT_WORD: dict[int, str | None] = {c: " " for c in range(128) if _NOT_WORD.match(chr(c))}
_ASCII_NOT_WORD[ord("'")] = None


def quote_words(text: str) -> list[str]:
    if text.isascii():  # no accents to take off
        return text.lower().translate(_ASCII_NOT_WORD).split()
    text = unicodedata.normalize("NFKD", text)  # accents off
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    text = text.replace("\u2019", "").replace("'", "")  # "we're" -> "were", not "we re"
    return _NOT_WORD.sub(" ", text).split()


def fingerprint(text: str) -> str | None:
    return fingerprint_of(quote_words(text))


def fingerprint_of(words: list[str]) -> str | None:
    """The fingerprint of a quote already split by ``quote_words``."""
    return " ".join(words) if len(words) >= MIN_WORDS else None


def fingerprint_key(print_: str) -> int:
    """The fingerprint as a signed 8-byte integer (blake2b), what the store indexes: an index
    of long texts with random keys dirtied most of its pages at every batch, and it is several
    times the size of an index of integers. Stored, so the same in every process; equal keys
    are compared on the text too (a collision is then no match)."""
    digest = hashlib.blake2b(print_.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def shingles(text: str) -> set[int]:
    """Hashes of the word 4-shingles of a quote long enough for containment, else empty."""
    return shingles_of(quote_words(text))


def shingles_of(words: list[str]) -> set[int]:
    """The shingle hashes of a quote already split by ``quote_words``.

    Python's own hash of the words' tuple: the shingles live only in this process's memory
    (``ContainWindow``, rebuilt from the texts when a process starts writing), so they need
    not be the same in another process, and hashing four strings whose hashes Python keeps
    costs a fraction of a digest of their bytes (a writer rebuilds 50,000 quotes' shingles)."""
    if len(words) < MIN_CONTAIN_WORDS:
        return set()
    # runs of SHINGLE_WORDS (4) words; the shorter lists end it; hashed in C through map
    runs = zip(words, words[1:], words[2:], words[3:], strict=False)
    return set(map(hash, runs))


class ContainWindow:
    """The shingles of the latest ``capacity`` quotes, for finding the group of a quote that
    contains, or is contained in, a new one.

    Bounded: each shingle keeps its ``POSTINGS`` latest quotes, so a stock phrase found in
    thousands of statements costs no more than a rare one; a statement repeated more often
    than that is still found through its latest copies, which belong to its group.
    """

    def __init__(self, capacity: int = WINDOW) -> None:
        self.capacity = capacity
        # shingle -> the quote holding it, or a list of them (oldest first) when several
        # do: most shingles are in one quote, and a million small lists made the window slow
        # to build (each a container the garbage collector walks); ints and tuples are not
        self._postings: dict[int, int | list[int]] = {}
        self._quotes: OrderedDict[int, tuple[int, tuple[int, ...]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._quotes)

    def add(self, quote_id: int, group_id: int, shingle_set: set[int] | frozenset[int]) -> None:
        if not shingle_set:
            return
        self._quotes[quote_id] = (group_id, tuple(shingle_set))
        postings = self._postings
        for shingle in shingle_set:
            posting = postings.get(shingle)
            if posting is None:
                postings[shingle] = quote_id
            elif isinstance(posting, int):
                postings[shingle] = [posting, quote_id]
            else:
                posting.append(quote_id)
                if len(posting) > POSTINGS:
                    del posting[0]
        while len(self._quotes) > self.capacity:
            self.discard(next(iter(self._quotes)))

    def discard(self, quote_id: int) -> None:
        entry = self._quotes.pop(quote_id, None)
        if entry is None:
            return
        postings = self._postings
        for shingle in entry[1]:
            posting = postings.get(shingle)
            if posting is None:
                continue
            if isinstance(posting, int):
                if posting == quote_id:
                    del postings[shingle]
            elif quote_id in posting:
                posting.remove(quote_id)
                if len(posting) == 1:
                    postings[shingle] = posting[0]

    def group_of(self, shingle_set: set[int]) -> int | None:
        """The group of the quote that best contains or is contained in this one, if any."""
        if not shingle_set:
            return None
        postings = self._postings
        # the shingles some stored quote holds, found in C: a quote that contains or is
        # contained in this one shares at least ``needed`` of them, and most statements
        # share none or a few stock phrases
        common = postings.keys() & shingle_set
        needed = max(1, math.ceil(CONTAINMENT * MIN_SHINGLES))
        if len(common) < needed:
            return None
        shared: Counter[int] = Counter()
        for shingle in common:
            posting = postings[shingle]
            if isinstance(posting, int):
                shared[posting] += 1
            else:
                shared.update(posting)
        best: tuple[float, int, int] | None = None
        for quote_id, count in shared.items():
            if count < needed:
                continue
            group_id, theirs = self._quotes[quote_id]
            containment = count / max(1, min(len(shingle_set), len(theirs)))
            if containment >= CONTAINMENT and (
                best is None or (containment, quote_id) > (best[0], best[1])
            ):
                best = (containment, quote_id, group_id)
        return best[2] if best else None
