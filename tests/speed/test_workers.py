"""extract_many(workers=2): the same results, in the same order, as one process."""

from __future__ import annotations

import pytest

import saidwhat
from saidwhat.core.serialize import article_to_dict

pytestmark = pytest.mark.model

TEXTS = [
    (
        f"day-{n}",
        f'"We will finish the bridge by May," Mayor Anna Berg said on day {n}. '
        f"She added that {n} workers were on site.",
    )
    for n in range(6)
] + [("empty", ""), ("plain", "Rain fell all day.")]


def test_two_workers_give_the_single_process_results_in_order() -> None:
    one = [article_to_dict(r) for r in saidwhat.extract_many(TEXTS, batch_size=2)]
    two = [article_to_dict(r) for r in saidwhat.extract_many(TEXTS, batch_size=2, workers=2)]
    assert [r["id"] for r in two] == [doc_id for doc_id, _ in TEXTS]
    assert two == one
