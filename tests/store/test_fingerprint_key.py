"""Repeated statements are looked up through an 8-byte key of their fingerprint (schema 4),
held in the ``quote_keys`` column since schema 5 (fingerprint.KeyIndex)."""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhat.core.errors import StoreError
from saidwhat.store import QuoteStore
from saidwhat.store import db as store_db
from saidwhat.store.fingerprint import fingerprint, fingerprint_key

from .helpers import said

# six words: equal fingerprints only (containment needs eight)
WORDS = "We are ready for the vote"


def groups(store: QuoteStore) -> dict[str, int]:
    return {
        r[0]: r[1]
        for r in store.conn.execute(
            "SELECT article_id, group_id FROM quotes ORDER BY article_id"
        ).fetchall()
    }


def test_the_key_is_stable_and_stored_with_each_statement(store: QuoteStore) -> None:
    assert fingerprint_key("were ready") == fingerprint_key("were ready")
    assert fingerprint_key("were ready") != fingerprint_key("were ready now")
    store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
    print_, key = store.conn.execute("SELECT fingerprint, fingerprint_key FROM quotes").fetchone()
    assert print_ == fingerprint(WORDS) and key == fingerprint_key(print_)


def test_a_statement_repeated_in_a_later_run_joins_its_group(store: QuoteStore) -> None:
    store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
    store.ingest([said("a2", WORDS.upper() + "!", "Anna Berg", outlet="Courier")])
    found = groups(store)
    assert found["a1"] == found["a2"]


def test_equal_keys_of_other_words_are_not_a_match(
    store: QuoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_db, "fingerprint_key", lambda print_: 7)  # every key collides
    store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
    store.ingest([said("a2", "We are not ready for any vote", "Otto Lind", outlet="Courier")])
    store.ingest([said("a3", WORDS, "Anna Berg", outlet="Herald")])
    found = groups(store)
    assert found["a1"] != found["a2"] and found["a1"] == found["a3"]


def stored_keys(store: QuoteStore) -> list[tuple[int, int]]:
    """What the ``quote_keys`` column holds: (statement id, key) for every key."""
    from saidwhat.store.columns import read_nonzero

    ids, keys = read_nonzero(store.conn, "quote_keys", "keys")
    return list(zip(ids.tolist(), keys.tolist(), strict=True))


def test_a_version_4_store_moves_its_keys_from_the_index(tmp_path: Path) -> None:
    db = tmp_path / "v4.db"
    with QuoteStore(db) as store:
        store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
        keys = stored_keys(store)
        store.conn.executescript(
            "DROP TABLE quote_keys;"
            "CREATE INDEX quotes_fingerprint_key ON quotes(fingerprint_key);"
            "CREATE INDEX report_cells_person ON report_cells(person_id);"
            "CREATE INDEX report_people_person ON report_people(person_id);"
            "UPDATE store_meta SET value = '4' WHERE key = 'schema_version';"
        )
    assert len(keys) == 1
    with QuoteStore(db) as store:
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        # three indexes with random keys that every batch rewrote are gone
        assert not indexes & {"quotes_fingerprint_key", "report_cells_person", "report_people_person"}
        assert stored_keys(store) == keys
        store.ingest([said("a2", WORDS, "Anna Berg", outlet="Herald")])
        found = groups(store)
        assert found["a1"] == found["a2"]


def as_version_3(db: Path) -> None:
    """The store as schema 3 had it: no key column, the fingerprint's text indexed."""
    with QuoteStore(db) as store:
        store.conn.executescript(
            "DROP TABLE quote_keys;"
            "ALTER TABLE quotes DROP COLUMN fingerprint_key;"
            "CREATE INDEX quotes_fingerprint ON quotes(fingerprint);"
            "UPDATE store_meta SET value = '3' WHERE key = 'schema_version';"
        )


def test_a_version_3_store_gets_the_keys_on_its_first_write(tmp_path: Path) -> None:
    db = tmp_path / "v3.db"
    with QuoteStore(db) as store:
        store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
        store.ingest([said("a2", "A statement of more than eight words about the harbour", "Otto Lind")])
        keys = store.conn.execute("SELECT id, fingerprint_key FROM quotes ORDER BY id").fetchall()
    as_version_3(db)
    with pytest.raises(StoreError, match="saidwhat reindex"):
        QuoteStore(db, readonly=True)
    with QuoteStore(db) as store:  # a writable open upgrades
        conn = store.conn
        assert conn.execute("SELECT id, fingerprint_key FROM quotes ORDER BY id").fetchall() == keys
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "quotes_fingerprint_key" not in indexes and "quotes_fingerprint" not in indexes
        assert stored_keys(store) == [(i, k) for i, k in keys if k is not None]
        store.ingest([said("a3", WORDS, "Anna Berg", outlet="Herald")])
        found = groups(store)
        assert found["a1"] == found["a3"]


def test_the_cycle_collector_is_back_on_after_a_bulk_step(store: QuoteStore) -> None:
    """A bulk write pauses Python's cycle collector (rows.collector_paused); it must be on
    again after, also when the write fails, and stay off when the caller had it off."""
    import gc

    from saidwhat.store.rows import collector_paused

    store.ingest([said("a1", WORDS, "Anna Berg", outlet="Planet")])
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a failed batch")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "text",
    [
        "".join(chr(c) for c in range(128)),
        "We're ready,\" she said -- \"for_the vote (2024)!\"\tNo\x1cmore.",
        "Café owners don’t agree: «c'est fini»",
    ],
)
def test_words_are_split_as_the_pattern_splits_them(text: str) -> None:
    """quote_words takes ASCII text through a translation table: the words must be the ones
    the pattern gives (lower case, apostrophes out, other punctuation and _ a space)."""
    import unicodedata

    from saidwhat.store.fingerprint import _NOT_WORD, quote_words

    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("\u2019", "").replace("'", "")
    assert quote_words(text) == _NOT_WORD.sub(" ", plain).split()
    assert "were" in quote_words("We're") and "for" in quote_words("for_the")
