"""Repeated statements are found across the whole store through the fingerprint keys a writer
holds in memory (fingerprint.KeyIndex), read from the ``quote_keys`` column (schema 5)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from saidwhat.store import QuoteStore
from saidwhat.store.columns import read_nonzero
from saidwhat.store.fingerprint import KeyIndex
from saidwhat.store.rows import article_rows

from .helpers import said

WORDS = "We are ready for the vote"  # six words: equal fingerprints only
OTHER = "Nobody has asked us about the harbour"


def groups(store: QuoteStore) -> dict[str, int]:
    return dict(store.conn.execute("SELECT article_id, group_id FROM quotes").fetchall())


def stored_keys(store: QuoteStore) -> list[tuple[int, int]]:
    ids, keys = read_nonzero(store.conn, "quote_keys", "keys")
    return list(zip(ids.tolist(), keys.tolist(), strict=True))


def recounted_keys(store: QuoteStore) -> list[tuple[int, int]]:
    return [
        (int(i), int(k))
        for i, k in store.conn.execute(
            "SELECT id, fingerprint_key FROM quotes WHERE fingerprint_key IS NOT NULL ORDER BY id"
        )
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_candidates_are_the_ids_of_every_key_asked_for(seed: int) -> None:
    rng = random.Random(seed)
    pool = [rng.getrandbits(64) - 2**63 for _ in range(40)]  # few keys: many repeats
    ids = list(range(1, 301))
    keys = [rng.choice(pool) for _ in ids]
    index = KeyIndex(np.array(keys[:200]), np.array(ids[:200]))
    index.add(keys[200:], ids[200:])  # a batch stored later
    assert len(index) == 300
    for _ in range(20):
        wanted = set(rng.sample(pool, rng.randint(0, 8))) | {12345}  # 12345: no statement has it
        expected = sorted(i for i, k in zip(ids, keys, strict=True) if k in wanted)
        assert sorted(index.candidates(wanted)) == expected


def test_the_column_holds_every_statement_s_key_through_a_replaced_article(
    store: QuoteStore,
) -> None:
    store.ingest([said("a1", WORDS, "Anna Berg"), said("a2", OTHER, "Otto Lind")])
    assert stored_keys(store) == recounted_keys(store) and len(stored_keys(store)) == 2
    store.ingest([said("a1", "We were never ready for this vote", "Anna Berg")])  # new text
    assert stored_keys(store) == recounted_keys(store) and len(stored_keys(store)) == 2
    with store.transaction():
        store.recount()
    assert stored_keys(store) == recounted_keys(store)


def test_a_replaced_statement_is_no_longer_a_repeat_of_its_old_words(store: QuoteStore) -> None:
    store.ingest([said("a1", WORDS, "Anna Berg")])
    store.ingest([said("a1", OTHER, "Anna Berg")])  # the article now says other words
    store.ingest([said("a2", WORDS, "Anna Berg", outlet="Herald"), said("a3", OTHER, "Anna Berg", outlet="Herald")])
    found = groups(store)
    assert found["a3"] == found["a1"] and found["a2"] != found["a1"]


def test_a_writer_sees_what_another_writer_stored_since_it_started(tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    with QuoteStore(db) as first, QuoteStore(db) as second:
        first.ingest([said("a1", OTHER, "Otto Lind")])  # the first reads its keys here
        second.ingest([said("a2", WORDS, "Anna Berg")])
        first.ingest([said("a3", WORDS, "Anna Berg", outlet="Herald")])
        found = groups(first)
    assert found["a3"] == found["a2"]


def test_a_rolled_back_batch_leaves_no_key_behind(store: QuoteStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.write_new([article_rows(*said("a1", WORDS, "Anna Berg"))])
        raise RuntimeError("the batch fails after its rows are written")
    assert stored_keys(store) == []
    store.ingest([said("a2", OTHER, "Otto Lind"), said("a3", WORDS, "Anna Berg")])
    store.ingest([said("a4", WORDS, "Anna Berg", outlet="Herald")])
    found = groups(store)
    assert "a1" not in found and found["a4"] == found["a3"] != found["a2"]

