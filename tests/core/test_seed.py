"""The seed end to end: the project's defining article, scored by the protocol of FORMAT.md.

Reads ../shared/data/seed (never committed: the article is copyrighted news); skips,
saying so, where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import saidwhat
from saidwhat.evaluation import Evaluation, evaluate, read_gold

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "seed"
GOLD = SEED / "mattis.gold.json"
TEXT = SEED / "mattis.txt"

pytestmark = pytest.mark.skipif(
    not (GOLD.is_file() and TEXT.is_file()),
    reason=f"seed article not found at {SEED.resolve()} (the shared data folder is not mounted)",
)


@pytest.fixture(scope="module")
def scored() -> Evaluation:
    [article] = read_gold(GOLD)
    text = TEXT.read_text(encoding="utf-8")
    assert article.text == text, "mattis.txt and the gold's text differ: offsets would not line up"
    result = saidwhat.extract(text, id=article.id)
    assert result.error is None, result.error
    return evaluate([article], {article.id: result}, thresholds=(0.3,))


def test_seed_offsets_index_the_article(scored: Evaluation) -> None:
    assert scored.misaligned == 0


def test_seed_every_statement_found(scored: Evaluation) -> None:
    [article] = scored.results[0.3]
    missed = [(g.start, g.type.value, g.speaker) for g in article.missed]
    assert len(article.article.quotes) == 24
    assert missed == [], f"missed at 0.3 overlap (start, type, speaker): {missed}"


def test_seed_speakers_right(scored: Evaluation) -> None:
    [article] = scored.results[0.3]
    right = sum(m.speaker_ok for m in article.matches)
    wrong = [
        (m.gold.start, m.gold.speaker, m.pred.speaker.name if m.pred.speaker else None)
        for m in article.matches
        if not m.speaker_ok
    ]
    assert right >= 23, f"{right} of 24 with the right canonical speaker; wrong (start, gold, predicted): {wrong}"


def test_seed_nothing_invented(scored: Evaluation) -> None:
    metrics = scored.metrics[0.3]
    [article] = scored.results[0.3]
    invented = [(q.start, q.type.value, q.speaker.name if q.speaker else None) for q in article.invented]
    assert metrics.precision is not None and metrics.precision >= 0.95, (
        f"precision {metrics.precision:.3f}; invented (start, type, speaker): {invented}"
    )
