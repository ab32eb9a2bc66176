"""The containment window matches a batch at a time what quotes added one by one would match.

``ContainWindow.best_matches`` looks a whole batch up in numpy; the reference here reads the
window's definition literally, one quote at a time: the latest ``capacity`` quotes held, a
shingle counting only its ``POSTINGS`` latest holders, the best match the highest
containment, then the latest quote.
"""

from __future__ import annotations

import math
import random

import pytest

from saidwhat.store.fingerprint import (
    CONTAINMENT,
    MIN_SHINGLES,
    POSTINGS,
    ContainWindow,
    shingles,
)


class OneByOne:
    """The window's definition, a quote at a time."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.held: list[tuple[int, frozenset[int]]] = []  # oldest first

    def best(self, new: set[int]) -> int | None:
        shared: dict[int, int] = {}
        for shingle in new:
            holders = [quote_id for quote_id, theirs in self.held if shingle in theirs]
            for quote_id in holders[-POSTINGS:]:
                shared[quote_id] = shared.get(quote_id, 0) + 1
        sizes = dict(self.held)
        needed = max(1, math.ceil(CONTAINMENT * MIN_SHINGLES))
        found = [
            (count / max(1, min(len(new), len(sizes[quote_id]))), quote_id)
            for quote_id, count in shared.items()
            if count >= needed
        ]
        found = [f for f in found if f[0] >= CONTAINMENT]
        return max(found)[1] if found else None

    def add(self, quote_id: int, new: set[int]) -> None:
        if new:
            self.held.append((quote_id, frozenset(new)))
            del self.held[: max(0, len(self.held) - self.capacity)]

    def discard(self, quote_id: int) -> None:
        self.held = [h for h in self.held if h[0] != quote_id]


def _quote(rng: random.Random, pool: list[set[int]]) -> set[int]:
    """A new quote's shingles: fresh, a stock phrase or two from a small universe, or most of
    an earlier quote (repeated, trimmed or extended)."""
    roll = rng.random()
    if pool and roll < 0.35:
        base = sorted(rng.choice(pool))
        kept = set(rng.sample(base, max(1, int(len(base) * rng.uniform(0.7, 1.0)))))
        return kept | {rng.randrange(10**9) for _ in range(rng.randrange(0, 4))}
    size = rng.choice([0, 0, 3, 5, 6, 8, 12, 25])
    new = {rng.randrange(10**9) for _ in range(size)}
    if size and rng.random() < 0.6:  # stock phrases many quotes share (past POSTINGS)
        new |= set(rng.sample(range(12), rng.randrange(1, 6)))
    return new


@pytest.mark.parametrize("seed", range(12))
def test_a_batch_matches_what_one_by_one_adding_matches(seed: int) -> None:
    rng = random.Random(seed)
    capacity = rng.choice([5, 30, 200])
    window, reference = ContainWindow(capacity), OneByOne(capacity)
    groups: dict[int, int] = {}
    pool: list[set[int]] = []
    next_id = 1
    matched = 0
    for _batch in range(25):
        sets = [_quote(rng, pool) for _ in range(rng.choice([1, 3, 20, 60]))]
        ids = list(range(next_id, next_id + len(sets)))
        got = window.best_matches(ids, sets)
        expected: dict[int, int] = {}
        for quote_id, new in zip(ids, sets, strict=True):
            best = reference.best(new) if new else None
            if best is not None:
                expected[quote_id] = best
            reference.add(quote_id, new)
        assert got == expected
        matched += len(expected)
        for quote_id in ids:
            groups[quote_id] = groups.get(got.get(quote_id, -1), quote_id)
        window.extend(ids, [groups[i] for i in ids], sets)
        assert len(window) == len(reference.held)
        for quote_id, _ in reference.held:
            assert window.group(quote_id) == groups[quote_id]
        pool.extend(s for s in sets if s)
        next_id += len(sets)
        if reference.held and rng.random() < 0.3:  # an article replaced: its quotes go
            gone = rng.choice(reference.held)[0]
            window.discard(gone)
            reference.discard(gone)
        if reference.held and rng.random() < 0.2:  # the newest article replaced: its ids reused
            gone = reference.held[-1][0]
            window.discard(gone)
            reference.discard(gone)
            next_id = gone
    assert matched > 0  # the batches did hold repeats to find


def test_a_trimmed_repeat_is_found_and_a_stock_phrase_alone_is_not() -> None:
    said = "We will not raise taxes on working families this year or next, the mayor said"
    window = ContainWindow()
    window.extend([7], [70], [shingles(said)])
    trimmed = shingles("we will not raise taxes on working families this year or next")
    other = shingles("we will not be drawn on what the committee decides about it")
    assert window.best_matches([8, 9], [trimmed, other]) == {8: 7}
    assert window.group(7) == 70


def test_quotes_beyond_the_capacity_are_no_longer_matched() -> None:
    said = shingles("the bridge will reopen to traffic before the end of the month")
    window = ContainWindow(capacity=2)
    window.extend(
        [1, 2, 3], [1, 2, 3], [said, shingles("a b c d e f g h i"), shingles("j k l m n o p q r")]
    )
    assert len(window) == 2
    assert window.best_matches([4], [said]) == {}
