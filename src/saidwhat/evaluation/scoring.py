"""The scoring protocol of ``../shared/data/FORMAT.md`` beside the repository, as pure functions.

No model is loaded here: gold articles and predicted ``Quote`` values go in, counts come
out. How we read each ambiguous point of the protocol is written in README.md ("How we
read the protocol"); the short version sits next to the code that decides it.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.types import ArticleQuotes, Quote, QuoteType, Span
from .gold import GoldArticle, GoldQuote

THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
TYPES: tuple[QuoteType, ...] = (QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT)


# --- the building blocks -----------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def coverage(gold: GoldQuote, pred: Quote) -> float:
    """The share of the gold span the prediction covers: ``|gold ∩ pred| / |gold|``.

    Both are taken as their whole ``[start, end)`` character range, quotation marks
    included; a gold quote's ``spans`` pieces are not used (see README).
    """
    length = gold.end - gold.start
    if length <= 0:
        return 0.0
    return overlap(gold.start, gold.end, pred.start, pred.end) / length


def name_words(name: str) -> list[str]:
    """Lower-cased words of a name with punctuation removed ("Mr. O'Neill" -> ["mr", "oneill"])."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in name.lower()
        if not unicodedata.category(ch).startswith("P")
    )
    return kept.split()


def same_person(gold_name: str | None, pred_name: str | None) -> bool:
    """The protocol's canonical-name rule.

    After lower-casing and removing punctuation the names are equal, or they share the
    surname (last word) and one name's words are all among the other's:
    "Mattis" ~ "James Mattis", "Donald J. Trump" ~ "Donald Trump", but not
    "Mr Mattis" ~ "James Mattis". No source on both sides also counts as the same.
    """
    if gold_name is None or pred_name is None:
        return gold_name is None and pred_name is None
    gold_words, pred_words = name_words(gold_name), name_words(pred_name)
    if not gold_words or not pred_words:
        return False
    if gold_words == pred_words:
        return True
    if gold_words[-1] != pred_words[-1]:
        return False
    g, p = set(gold_words), set(pred_words)
    return g <= p or p <= g


def _spans_agree(gold: Span | None, pred: Span | None) -> bool:
    """Overlap, or both none."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return overlap(gold.start, gold.end, pred.start, pred.end) > 0


def unnamed_statement_spans(article: GoldArticle) -> tuple[tuple[int, int], ...]:
    """Where the article's ``no_speaker`` statements sit (every occurrence)."""
    found: list[tuple[int, int]] = []
    for statement in article.no_speaker:
        at = article.text.find(statement)
        while at != -1 and statement:
            found.append((at, at + len(statement)))
            at = article.text.find(statement, at + 1)
    return tuple(found)


# --- one article -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldQuote
    pred: Quote
    coverage: float
    mention_ok: bool
    speaker_ok: bool
    cue_ok: bool

    @property
    def type_ok(self) -> bool:
        return self.gold.type == self.pred.type


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article scored at one threshold."""

    article: GoldArticle
    threshold: float
    matches: tuple[Match, ...]
    missed: tuple[GoldQuote, ...]
    invented: tuple[Quote, ...]  # unmatched predictions: false positives
    excluded: tuple[Quote, ...]  # unmatched, no source, on a no_speaker statement: not counted


def score_article(article: GoldArticle, preds: Sequence[Quote], threshold: float) -> ArticleResult:
    """Match gold quotes in order, each to the unused prediction covering most of it."""
    used = [False] * len(preds)
    matches: list[Match] = []
    missed: list[GoldQuote] = []
    for gold in sorted(article.quotes, key=lambda q: (q.start, q.end)):
        best_index = -1
        best_key: tuple[float, float] = (-1.0, -1.0)
        for index, pred in enumerate(preds):
            if used[index]:
                continue
            share = coverage(gold, pred)
            if share <= threshold:  # "above the threshold": strictly
                continue
            # Equal coverage: prefer the tighter prediction (less text outside the gold
            # quote), then the earlier one; the protocol leaves ties open.
            width = max(1, pred.end - pred.start)
            tightness = overlap(gold.start, gold.end, pred.start, pred.end) / width
            key = (share, tightness)
            if key > best_key:
                best_key, best_index = key, index
        if best_index < 0:
            missed.append(gold)
            continue
        used[best_index] = True
        pred = preds[best_index]
        speaker = pred.speaker
        matches.append(
            Match(
                gold=gold,
                pred=pred,
                coverage=best_key[0],
                mention_ok=_spans_agree(gold.speaker_span, speaker.mention if speaker else None),
                speaker_ok=same_person(gold.speaker, speaker.name if speaker else None),
                cue_ok=_spans_agree(gold.cue, pred.cue),
            )
        )
    unnamed = unnamed_statement_spans(article)
    invented: list[Quote] = []
    excluded: list[Quote] = []
    for index, pred in enumerate(preds):
        if used[index]:
            continue
        if pred.speaker is None and any(
            overlap(s, e, pred.start, pred.end) > 0 for s, e in unnamed
        ):
            excluded.append(pred)
        else:
            invented.append(pred)
    return ArticleResult(
        article=article,
        threshold=threshold,
        matches=tuple(matches),
        missed=tuple(missed),
        invented=tuple(invented),
        excluded=tuple(excluded),
    )


# --- micro-averaged counts ---------------------------------------------------------------


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(correct: int, predicted: int, gold: int) -> float | None:
    # 2PR/(P+R) written on counts, so that P = 0/0 with gold > 0 still gives F1 = 0
    return 2 * correct / (predicted + gold) if predicted + gold else None


@dataclass(slots=True)
class Tally:
    """Counts summed over articles (micro-averaging)."""

    gold: int = 0
    predicted: int = 0  # counted predictions: excluded ones are not
    matched: int = 0
    excluded: int = 0
    mention_ok: int = 0
    speaker_ok: int = 0
    cue_ok: int = 0
    type_ok: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    matched_by_gold_type: Counter[str] = field(default_factory=Counter)
    correct_by_gold_type: Counter[str] = field(default_factory=Counter)
    pred_by_type: Counter[str] = field(default_factory=Counter)
    matched_by_pred_type: Counter[str] = field(default_factory=Counter)

    def add(self, result: ArticleResult) -> None:
        self.gold += len(result.article.quotes)
        self.predicted += len(result.matches) + len(result.invented)
        self.matched += len(result.matches)
        self.excluded += len(result.excluded)
        for gold in result.article.quotes:
            self.gold_by_type[gold.type.value] += 1
        for pred in result.invented:
            self.pred_by_type[pred.type.value] += 1
        for m in result.matches:
            self.mention_ok += m.mention_ok
            self.speaker_ok += m.speaker_ok
            self.cue_ok += m.cue_ok
            self.type_ok += m.type_ok
            self.matched_by_gold_type[m.gold.type.value] += 1
            self.correct_by_gold_type[m.gold.type.value] += m.speaker_ok
            self.pred_by_type[m.pred.type.value] += 1
            self.matched_by_pred_type[m.pred.type.value] += 1

    def metrics(self) -> Metrics:
        by_type = {}
        for qtype in TYPES:
            t = qtype.value
            by_type[t] = TypeMetrics(
                gold=self.gold_by_type[t],
                matched=self.matched_by_gold_type[t],
                recall=_ratio(self.matched_by_gold_type[t], self.gold_by_type[t]),
                end_to_end_recall=_ratio(self.correct_by_gold_type[t], self.gold_by_type[t]),
                predicted=self.pred_by_type[t],
                predicted_matched=self.matched_by_pred_type[t],
                precision=_ratio(self.matched_by_pred_type[t], self.pred_by_type[t]),
            )
        return Metrics(
            gold=self.gold,
            predicted=self.predicted,
            matched=self.matched,
            excluded=self.excluded,
            precision=_ratio(self.matched, self.predicted),
            recall=_ratio(self.matched, self.gold),
            f1=_f1(self.matched, self.predicted, self.gold),
            mention_accuracy=_ratio(self.mention_ok, self.matched),
            speaker_accuracy=_ratio(self.speaker_ok, self.matched),
            cue_accuracy=_ratio(self.cue_ok, self.matched),
            type_accuracy=_ratio(self.type_ok, self.matched),
            end_to_end_correct=self.speaker_ok,
            end_to_end_precision=_ratio(self.speaker_ok, self.predicted),
            end_to_end_recall=_ratio(self.speaker_ok, self.gold),
            end_to_end_f1=_f1(self.speaker_ok, self.predicted, self.gold),
            by_type=by_type,
        )


@dataclass(frozen=True, slots=True)
class TypeMetrics:
    gold: int  # gold quotes of this type
    matched: int
    recall: float | None
    end_to_end_recall: float | None
    predicted: int  # counted predictions of this type
    predicted_matched: int
    precision: float | None


@dataclass(frozen=True, slots=True)
class Metrics:
    """Every figure at one threshold. ``None`` where a ratio has nothing to divide by."""

    gold: int
    predicted: int
    matched: int
    excluded: int
    precision: float | None
    recall: float | None
    f1: float | None
    mention_accuracy: float | None
    speaker_accuracy: float | None
    cue_accuracy: float | None
    type_accuracy: float | None
    end_to_end_correct: int
    end_to_end_precision: float | None
    end_to_end_recall: float | None
    end_to_end_f1: float | None
    by_type: dict[str, TypeMetrics]


# --- a whole gold file -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evaluation:
    thresholds: tuple[float, ...]
    articles: int
    words: int
    missing_predictions: tuple[str, ...]  # gold ids with no prediction record: scored as empty
    failed: tuple[str, ...]  # ids whose prediction carries an ``error``
    misaligned: int  # predicted quotes whose text is not article[start:end]
    metrics: dict[float, Metrics]
    results: dict[float, tuple[ArticleResult, ...]] = field(compare=False)

    def to_dict(self) -> dict[str, Any]:
        return evaluation_to_dict(self)


def evaluate(
    gold: Sequence[GoldArticle],
    predictions: Mapping[str, ArticleQuotes],
    thresholds: Sequence[float] = THRESHOLDS,
) -> Evaluation:
    """Score predictions (keyed by article id) against gold; micro-averaged over articles.

    An article with no prediction record, or whose prediction failed, counts as one
    with no predicted quotes.
    """
    thresholds = tuple(sorted(set(thresholds)))
    missing: list[str] = []
    failed: list[str] = []
    misaligned = 0
    per_article: list[tuple[GoldArticle, tuple[Quote, ...]]] = []
    for article in gold:
        pred = predictions.get(article.id)
        if pred is None:
            missing.append(article.id)
            quotes: tuple[Quote, ...] = ()
        else:
            if pred.error:
                failed.append(article.id)
            quotes = pred.quotes
            misaligned += sum(1 for q in quotes if article.text[q.start : q.end] != q.text)
        per_article.append((article, quotes))

    metrics: dict[float, Metrics] = {}
    results: dict[float, tuple[ArticleResult, ...]] = {}
    for threshold in thresholds:
        tally = Tally()
        scored = []
        for article, quotes in per_article:
            result = score_article(article, quotes, threshold)
            tally.add(result)
            scored.append(result)
        metrics[threshold] = tally.metrics()
        results[threshold] = tuple(scored)
    return Evaluation(
        thresholds=thresholds,
        articles=len(gold),
        words=sum(a.words for a in gold),
        missing_predictions=tuple(missing),
        failed=tuple(failed),
        misaligned=misaligned,
        metrics=metrics,
        results=results,
    )


def gold_as_predictions(article: GoldArticle) -> ArticleQuotes:
    """The gold itself in the prediction schema: scoring it must give 1.0 everywhere."""
    from ..core.types import Speaker

    quotes = tuple(
        Quote(
            start=g.start,
            end=g.end,
            text=g.text,
            type=g.type,
            speaker=None if g.speaker is None else Speaker(g.speaker, g.speaker_span),
            cue=g.cue,
            confidence=1.0,
            rule="gold",
            spans=g.spans,
        )
        for g in article.quotes
    )
    return ArticleQuotes(id=article.id, quotes=quotes)


# --- JSON --------------------------------------------------------------------------------


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def threshold_key(threshold: float) -> str:
    return f"{threshold:g}"


def metrics_to_dict(m: Metrics) -> dict[str, Any]:
    return {
        "gold": m.gold,
        "predicted": m.predicted,
        "matched": m.matched,
        "excluded": m.excluded,
        "precision": _round(m.precision),
        "recall": _round(m.recall),
        "f1": _round(m.f1),
        "mention_accuracy": _round(m.mention_accuracy),
        "speaker_accuracy": _round(m.speaker_accuracy),
        "cue_accuracy": _round(m.cue_accuracy),
        "type_accuracy": _round(m.type_accuracy),
        "end_to_end": {
            "correct": m.end_to_end_correct,
            "precision": _round(m.end_to_end_precision),
            "recall": _round(m.end_to_end_recall),
            "f1": _round(m.end_to_end_f1),
        },
        "by_type": {
            name: {
                "gold": t.gold,
                "matched": t.matched,
                "recall": _round(t.recall),
                "end_to_end_recall": _round(t.end_to_end_recall),
                "predicted": t.predicted,
                "predicted_matched": t.predicted_matched,
                "precision": _round(t.precision),
            }
            for name, t in m.by_type.items()
        },
    }


def evaluation_to_dict(ev: Evaluation) -> dict[str, Any]:
    return {
        "thresholds": list(ev.thresholds),
        "articles": ev.articles,
        "words": ev.words,
        "missing_predictions": len(ev.missing_predictions),
        "failed_articles": len(ev.failed),
        "misaligned_predictions": ev.misaligned,
        "metrics": {threshold_key(t): metrics_to_dict(m) for t, m in ev.metrics.items()},
    }
