"""Recognising one statement repeated across articles.

Two occurrences are the same statement when

1. their **fingerprints** are equal: the text lower-cased, accents, quotation marks and all
   punctuation taken off, spaces collapsed ("We're ready," -> "were ready"); or
2. one **contains** the other after trimming: at least ``CONTAINMENT`` of the shorter one's
   word 4-shingles (runs of four words) occur in the longer one. This catches an outlet
   quoting only part of a sentence, or cutting words with an ellipsis.

Fingerprints need ``MIN_WORDS`` words, containment ``MIN_CONTAIN_WORDS`` (so that short
stock phrases such as "we will see" do not tie unrelated articles together).

Equal fingerprints are found across the whole store (``KeyIndex``, in memory while a process
writes). Containment is looked for
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
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: numpy costs the store commands 0.1 s of start-up
    import numpy as np

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
    """The shingles of the latest ``capacity`` quotes, for finding the quote that contains, or
    is contained in, a new one.

    Bounded: a shingle counts only its ``POSTINGS`` latest quotes, so a stock phrase found in
    thousands of statements costs no more than a rare one; a statement repeated more often
    than that is still found through its latest copies, which belong to its group.

    Held as numpy arrays sorted by shingle, and matched a batch at a time: a dict of a
    million shingles, updated a quote at a time, was a sixth of a bulk ingest's time (each
    update a cache miss in a large table); a batch now costs two sorts and a few passes.
    ``best_matches`` gives each new quote what the window would give it had the quotes
    before it in the batch been added one by one (``tests/store/test_contain_window.py``
    checks it against that one-by-one reading).
    """

    def __init__(self, capacity: int = WINDOW) -> None:
        import numpy as np

        self.capacity = capacity
        # the held quotes, oldest first: id, group, shingle count
        self._ids = np.zeros(0, np.int64)
        self._groups = np.zeros(0, np.int64)
        self._sizes = np.zeros(0, np.int64)
        # one row per (shingle, quote), sorted by shingle, then quote id
        self._shingles = np.zeros(0, np.int64)
        self._owners = np.zeros(0, np.int64)
        self._dropped: set[int] = set()  # discarded, in the arrays until the next batch arrives
        self._looked_up: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._ids) - len(self._dropped)

    def group(self, quote_id: int) -> int:
        """The group of a held quote."""
        import numpy as np

        return int(self._groups[np.searchsorted(self._ids, quote_id)])

    def discard(self, quote_id: int) -> None:
        """Forget a quote (its article was replaced)."""
        import numpy as np

        at = int(np.searchsorted(self._ids, quote_id))
        if at < len(self._ids) and self._ids[at] == quote_id:
            self._dropped.add(quote_id)

    def _arrive(
        self, ids: Sequence[int], shingle_sets: Sequence[AbstractSet[int]]
    ) -> tuple[np.ndarray, list[AbstractSet[int]], np.ndarray]:
        """New quotes' ids, shingle sets and sizes, those without shingles left out (the
        window does not hold them), after the quotes no longer stored leave the arrays."""
        import numpy as np

        sets = [one for one in shingle_sets if one]
        new_ids = np.fromiter(
            (i for i, one in zip(ids, shingle_sets, strict=True) if one), np.int64, len(sets)
        )
        if len(new_ids) and len(self._ids) and self._ids[-1] >= new_ids[0]:
            # new ids follow the highest stored one, so an id is used again only after its
            # quote was deleted: the held ones from there on are gone
            self._dropped.update(self._ids[np.searchsorted(self._ids, new_ids[0]) :].tolist())
        if self._dropped:
            gone = np.fromiter(self._dropped, np.int64, len(self._dropped))
            self._dropped = set()
            self._looked_up = None
            kept = ~np.isin(self._ids, gone)
            self._ids, self._groups, self._sizes = (
                self._ids[kept],
                self._groups[kept],
                self._sizes[kept],
            )
            rows = ~np.isin(self._owners, gone)
            self._shingles, self._owners = self._shingles[rows], self._owners[rows]
        return new_ids, sets, np.fromiter(map(len, sets), np.int64, len(sets))

    def extend(
        self, ids: Sequence[int], groups: Sequence[int], shingle_sets: Sequence[AbstractSet[int]]
    ) -> None:
        """Add quotes, in id order, each id above every held one; those without shingles are
        not held. The oldest go once more than ``capacity`` are held."""
        import numpy as np

        new_ids, sets, sizes = self._arrive(ids, shingle_sets)
        looked_up, self._looked_up = self._looked_up, None
        if looked_up is not None and np.array_equal(looked_up[0], new_ids):
            self._shingles, self._owners = looked_up[1], looked_up[2]
        else:
            self._shingles, self._owners = _merged(
                self._shingles, self._owners, *_rows(new_ids, sets, sizes)
            )
        held_groups = (g for g, one in zip(groups, shingle_sets, strict=True) if one)
        self._ids = np.concatenate([self._ids, new_ids])
        self._groups = np.concatenate([self._groups, np.fromiter(held_groups, np.int64, len(sets))])
        self._sizes = np.concatenate([self._sizes, sizes])
        cut = len(self._ids) - self.capacity
        if cut > 0:  # the oldest go: ids rise, so a cut by id
            rows = self._owners >= self._ids[cut]
            self._ids, self._groups, self._sizes = (
                self._ids[cut:],
                self._groups[cut:],
                self._sizes[cut:],
            )
            self._shingles, self._owners = self._shingles[rows], self._owners[rows]

    def best_matches(
        self, ids: Sequence[int], shingle_sets: Sequence[AbstractSet[int]]
    ) -> dict[int, int]:
        """For new quotes (ids in order, above every held one), the quote each best contains
        or is contained in, among the held ones and the new ones before it, as the window
        would hold them after adding those one by one; quotes with no match are left out."""
        import numpy as np

        new_ids, sets, sizes = self._arrive(ids, shingle_sets)
        if not len(new_ids):
            return {}
        live_ids, live_sizes = self._ids, self._sizes
        shingles, owners = _merged(self._shingles, self._owners, *_rows(new_ids, sets, sizes))
        # what ``extend`` with these quotes then holds, before the oldest go: kept, so the
        # batch's rows are sorted and merged once
        self._looked_up = (new_ids, shingles, owners)
        every_id = np.concatenate([live_ids, new_ids])  # in id order: a quote's rank
        every_size = np.concatenate([live_sizes, sizes])
        # the oldest quote still held when each new one is looked up: the window then holds
        # the ``capacity`` quotes before it
        first_held = every_id[
            np.maximum(np.arange(len(new_ids)) + len(live_ids) - self.capacity, 0)
        ]
        # rows of a new quote whose shingle an earlier quote has (the row before it)
        at = np.flatnonzero(owners[1:] >= new_ids[0]) + 1
        at = at[shingles[at] == shingles[at - 1]]
        rank = np.searchsorted(new_ids, owners[at])
        oldest = first_held[rank]
        pairs_new: list[np.ndarray] = []
        pairs_old: list[np.ndarray] = []
        for back in range(1, POSTINGS + 1):  # a shingle's latest POSTINGS quotes
            before = at - back
            ok = before >= 0
            at, rank, oldest, before = at[ok], rank[ok], oldest[ok], before[ok]
            ok = (shingles[before] == shingles[at]) & (owners[before] >= oldest)
            at, rank, oldest, before = at[ok], rank[ok], oldest[ok], before[ok]
            if not len(at):
                break
            pairs_new.append(rank)
            pairs_old.append(owners[before])
        if not pairs_new:
            return {}
        new_rank = np.concatenate(pairs_new)
        old_id = np.concatenate(pairs_old)
        # count the shingles each pair shares
        base = int(every_id[0])
        span = int(every_id[-1]) - base + 1
        key = new_rank * span + (old_id - base)
        pair, shared = np.unique(key, return_counts=True)
        needed = max(1, math.ceil(CONTAINMENT * MIN_SHINGLES))
        enough = shared >= needed
        pair, shared = pair[enough], shared[enough]
        new_rank, old_id = pair // span, pair % span + base
        theirs = every_size[np.searchsorted(every_id, old_id)]
        containment = shared / np.maximum(1, np.minimum(sizes[new_rank], theirs))
        close = containment >= CONTAINMENT
        new_rank, old_id, containment = new_rank[close], old_id[close], containment[close]
        if not len(new_rank):
            return {}
        # the best of each: the highest containment, then the latest quote
        order = np.lexsort((old_id, containment, new_rank))
        last = np.flatnonzero(np.append(new_rank[order][1:] != new_rank[order][:-1], True))
        best = order[last]
        return dict(zip(new_ids[new_rank[best]].tolist(), old_id[best].tolist(), strict=True))


class KeyIndex:
    """Every stored statement's fingerprint key with its statement id, sorted by key: where a
    writer finds the statements said before, across the whole store (``candidates``; the
    store then compares their fingerprints' texts, so a stale or colliding entry is no match).

    Read once per writing process from the store's ``quote_keys`` column (store/columns.py;
    8 bytes a statement) and kept up to date by the writer. It replaced an index on the key
    in SQLite: random keys, so each batch of 2,000 articles rewrote nearly every page of it,
    4,700 at a million statements against 760 at 130,000, and ingest slowed as the store grew.
    """

    def __init__(self, keys: np.ndarray, ids: np.ndarray) -> None:
        import numpy as np

        order = np.argsort(keys, kind="stable")
        self._keys = np.asarray(keys, np.int64)[order]
        self._ids = np.asarray(ids, np.int64)[order]

    def __len__(self) -> int:
        return len(self._keys)

    def candidates(self, keys: Iterable[int]) -> list[int]:
        """The ids of the statements whose key is one of ``keys``."""
        import numpy as np

        wanted = np.unique(np.fromiter(keys, np.int64))
        low = np.searchsorted(self._keys, wanted, "left")
        counts = np.searchsorted(self._keys, wanted, "right") - low
        low, counts = low[counts > 0], counts[counts > 0]
        # the positions low .. low + count - 1 of each key found, as one array
        positions = np.repeat(low - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
        return [int(i) for i in self._ids[positions]]

    def add(self, keys: Sequence[int], ids: Sequence[int]) -> None:
        """Statements just stored (their ids above those held)."""
        import numpy as np

        more_keys = np.asarray(keys, np.int64)
        order = np.argsort(more_keys, kind="stable")
        more_ids = np.asarray(ids, np.int64)[order]
        self._keys, self._ids = _merged(self._keys, self._ids, more_keys[order], more_ids)


def _rows(
    ids: np.ndarray, sets: Sequence[AbstractSet[int]], sizes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The (shingle, quote) rows of quotes given in id order (``sizes``: each set's length),
    sorted by shingle then id."""
    import numpy as np

    shingles = np.fromiter(chain.from_iterable(sets), np.int64, int(sizes.sum()))
    owners = np.repeat(ids, sizes)
    order = np.argsort(shingles, kind="stable")  # stable: a shingle's quotes stay in id order
    return shingles[order], owners[order]


def _merged(
    shingles: np.ndarray, owners: np.ndarray, more_shingles: np.ndarray, more_owners: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two row sets sorted by shingle then id, the second's ids above the first's, as one."""
    import numpy as np

    if not len(shingles):
        return more_shingles, more_owners
    every_shingle = np.concatenate([shingles, more_shingles])
    order = np.argsort(every_shingle, kind="stable")  # two sorted runs: a merge
    return every_shingle[order], np.concatenate([owners, more_owners])[order]
