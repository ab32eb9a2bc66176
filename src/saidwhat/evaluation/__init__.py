"""Evaluation: read gold files, score predictions by the protocol in FORMAT.md, report.

Pure scoring: nothing here loads a model. ``saidwhat eval`` (cli.py) and
``benchmarks/compare.py`` run the extractors and hand their output to :func:`evaluate`.
"""

from __future__ import annotations

from .gold import (
    GOLD_READERS,
    GoldArticle,
    GoldQuote,
    GoldReader,
    read_gold,
    read_gold_jsonl,
    read_predictions,
    register_gold_reader,
)
from .report import errors_to_dicts, format_errors, format_table
from .scoring import (
    THRESHOLDS,
    ArticleResult,
    Evaluation,
    Match,
    Metrics,
    TypeMetrics,
    coverage,
    evaluate,
    gold_as_predictions,
    same_person,
    score_article,
)

__all__ = [
    "GOLD_READERS",
    "THRESHOLDS",
    "ArticleResult",
    "Evaluation",
    "GoldArticle",
    "GoldQuote",
    "GoldReader",
    "Match",
    "Metrics",
    "TypeMetrics",
    "coverage",
    "errors_to_dicts",
    "evaluate",
    "format_errors",
    "format_table",
    "gold_as_predictions",
    "read_gold",
    "read_gold_jsonl",
    "read_predictions",
    "register_gold_reader",
    "same_person",
    "score_article",
]
