"""Fixtures shared by the whole test suite, and the rule behind ``-m "not model"``.

Every test that loads the spaCy model carries the ``model`` marker, so that
``pytest -m "not model"`` runs the rest quickly without it. Tests that ask for the ``nlp``
fixture, and the rule tests run under both pipelines (tests/core), are marked here; any other test that gets to the model without the marker fails
with a message that says so (the guard sits on ``saidwhat.nlp``'s loader, so it holds
whatever ran before and in whatever order the tests run).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English spaCy model, loaded once per test session (``saidwhat.nlp.load_model``)."""
    from saidwhat.nlp import load_model

    return load_model()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("model") is not None:
            continue
        callspec = getattr(item, "callspec", None)
        runs_a_pipeline = callspec is not None and "pipeline" in callspec.params  # tests/core
        if "nlp" in getattr(item, "fixturenames", ()) or runs_a_pipeline:
            item.add_marker(pytest.mark.model)


@pytest.fixture(autouse=True)
def _model_only_with_the_marker(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("model") is not None:
        yield
        return
    import saidwhat.nlp as models

    real = models._cached

    def refuse(*args: Any, **kwargs: Any) -> Language:
        raise RuntimeError(
            f"{request.node.nodeid} loads the spaCy model: mark it with @pytest.mark.model"
        )

    models._cached = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        models._cached = real  # type: ignore[assignment]
