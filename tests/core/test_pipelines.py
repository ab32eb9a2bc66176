"""Fast and full pipelines find the same statements in every hand-written article."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat import ArticleQuotes

from . import test_cues, test_quotes, test_speakers
from .helpers import Case

pytestmark = [pytest.mark.model, pytest.mark.both_pipelines]


def _cases() -> list[Case]:
    found: dict[str, Case] = {}
    for module in (test_cues, test_quotes, test_speakers):
        for value in vars(module).values():
            if isinstance(value, list) and value and all(isinstance(c, Case) for c in value):
                for case in value:
                    found.setdefault(case.text, case)
    return list(found.values())


def _statements(result: ArticleQuotes) -> list[tuple[object, ...]]:
    return [
        (
            q.type.value,
            q.start,
            q.end,
            q.rule,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.cue.text if q.cue else None,
        )
        for q in result.quotes
    ]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in _cases()])
def test_fast_and_full_find_the_same_statements(case: Case) -> None:
    fast = saidwhat.extract(case.text, fast=True)
    full = saidwhat.extract(case.text, fast=False)
    assert _statements(fast) == _statements(full)
