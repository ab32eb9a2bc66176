"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English spaCy model, loaded once per test session.

    ``saidwhat.extract`` loads the same cached pipeline through ``saidwhat.nlp``, so
    asking for this fixture first also warms the API.
    """
    from saidwhat.nlp import load_model

    return load_model()
