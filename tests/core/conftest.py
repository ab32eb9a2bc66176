"""Every rule test runs under both pipelines, fast (the default) and full.

The fast pipeline parses only the sentences the rule registry says the rules read
(``saidwhat.core.rules``); running each test under both holds that the registry is right:
a rule that reads the parse somewhere new fails here until its ``Where`` says so.
A test marked ``both_pipelines`` compares the two itself and runs once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

PIPELINES = ("fast", "full")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_pipelines: the test runs both pipelines itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "pipeline" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_pipelines") is None:
        metafunc.parametrize("pipeline", PIPELINES, indirect=True, scope="module")


@pytest.fixture(scope="module", autouse=True)
def pipeline(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The pipeline ``saidwhat.extract`` uses in this test (through ``$SAIDWHAT_FAST``)."""
    chosen = getattr(request, "param", None)
    if chosen is None:
        yield None
        return
    before = os.environ.get("SAIDWHAT_FAST")
    os.environ["SAIDWHAT_FAST"] = "1" if chosen == "fast" else "0"
    try:
        yield str(chosen)
    finally:
        if before is None:
            os.environ.pop("SAIDWHAT_FAST", None)
        else:
            os.environ["SAIDWHAT_FAST"] = before
