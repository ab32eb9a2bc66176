"""People across the store: spelling variants of one person join, different people who
share a surname stay apart."""

from __future__ import annotations

import pytest

from saidwhat.store import QuoteStore
from saidwhat.store.names import spelling_variant

from .helpers import said


def names(store: QuoteStore) -> dict[str, int]:
    return {p.name: p.quote_count for p in store.people().items}


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        pytest.param("Viktor Medvedchuk", "Viktor Medvedchouk", "Viktor Medvedchuk", id="transliteration"),
        pytest.param("Ana Kovač", "Ana Kovac", "Ana Kovač", id="accents"),
        pytest.param("Robert Hale", "Bob Hale", "Robert Hale", id="nickname"),
        pytest.param("Marta Lindqvist", "Lindqvist", "Marta Lindqvist", id="surname-alone"),
    ],
)
def test_spelling_variants_of_one_person_join(store: QuoteStore, first: str, second: str, merged: str) -> None:
    store.ingest(
        [
            said("m1", "The harbour will reopen before the winter storms", first),
            said("m2", "We have no money left for the second bridge", second),
        ]
    )
    assert names(store) == {merged: 2}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Bill Okafor", "Hillary Okafor", id="spouses"),
        pytest.param("Lucia Ferri", "Marco Ferri", id="siblings"),
        pytest.param("Anna Johnson", "Anna Jonson", id="short-surnames-one-letter-apart"),
        pytest.param("Ivan Petrenko", "Oleg Petrenka", id="different-first-names"),
    ],
)
def test_different_people_sharing_a_surname_stay_apart(store: QuoteStore, first: str, second: str) -> None:
    store.ingest(
        [
            said("d1", "The harbour will reopen before the winter storms", first),
            said("d2", "We have no money left for the second bridge", second),
        ]
    )
    assert names(store) == {first: 1, second: 1}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("medvedchuk", "medvedchouk", True),
        ("zelenskyy", "zelensky", True),
        ("johnson", "jonson", False),  # short names: too many real pairs
        ("petrenko", "petrenka", True),
        ("petrenko", "kovalenko", False),
    ],
)
def test_spelling_variant(a: str, b: str, same: bool) -> None:
    assert spelling_variant(a, b) is same


def test_the_article_canonical_name_is_the_store_name(store: QuoteStore) -> None:
    """A surface alias with a word run into it does not become the person's name."""
    store.ingest(
        [
            said("c1", "The harbour will reopen before the winter storms", "Hillary Okafor",
                 aliases=("Crooked Hillary Okafor", "Ms Okafor")),
            said("c2", "We have no money left for the second bridge", "Okafor"),
        ]
    )
    assert names(store) == {"Hillary Okafor": 2}
