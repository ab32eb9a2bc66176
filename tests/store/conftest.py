from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from saidwhat.store import QuoteStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QuoteStore]:
    with QuoteStore(tmp_path / "quotes.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The spaCy model, loaded once per test session (extraction caches it in-process)."""
    from saidwhat.nlp import load_model

    return load_model()
