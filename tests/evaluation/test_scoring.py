"""The protocol of FORMAT.md, pinned on tiny hand-made gold and prediction pairs."""

from __future__ import annotations

import pytest

from saidwhat.core.types import QuoteType
from saidwhat.evaluation import GoldArticle, GoldQuote, evaluate, same_person, score_article

from .helpers import TEXT, article, gold_quote, pred_quote, predicted, span

# A gold quote exactly 100 characters long, so coverage is a count of characters.
LONG = "Lee said that " + "x" * 100 + " today."
GOLD_START = LONG.index("x")


def long_gold() -> GoldArticle:
    quote = GoldQuote(
        start=GOLD_START,
        end=GOLD_START + 100,
        text=LONG[GOLD_START : GOLD_START + 100],
        type=QuoteType.INDIRECT,
        speaker="Lee",
        speaker_span=span(LONG, "Lee"),
        cue=span(LONG, "said"),
    )
    return GoldArticle(id="a1", text=LONG, quotes=(quote,))


@pytest.mark.parametrize(
    ("covered", "threshold", "matched"),
    [
        (31, 0.3, True),  # just above 0.3
        (30, 0.3, False),  # exactly 0.3 is not "above"
        (29, 0.3, False),  # just below
        (81, 0.8, True),
        (80, 0.8, False),
        (79, 0.8, False),
    ],
)
def test_coverage_must_be_strictly_above_the_threshold(
    covered: int, threshold: float, matched: bool
) -> None:
    gold = long_gold()
    pred = pred_quote(GOLD_START, GOLD_START + covered, speaker="Lee", text=LONG)
    result = score_article(gold, [pred], threshold)
    assert (len(result.matches) == 1) is matched
    assert (len(result.missed) == 1) is not matched
    # an unmatched prediction is a false positive
    assert (len(result.invented) == 1) is not matched


def test_prediction_spilling_outside_the_gold_quote_still_covers_it() -> None:
    gold = long_gold()
    pred = pred_quote(0, len(LONG), speaker="Lee", text=LONG)  # the whole sentence
    assert score_article(gold, [pred], 0.8).matches[0].coverage == 1.0


def test_the_prediction_covering_more_of_the_gold_quote_wins() -> None:
    gold = long_gold()
    small = pred_quote(GOLD_START, GOLD_START + 50, speaker="Lee", text=LONG)
    big = pred_quote(GOLD_START + 5, GOLD_START + 100, speaker="Lee", text=LONG)
    for order in ([small, big], [big, small]):
        result = score_article(gold, order, 0.3)
        assert result.matches[0].pred is big
        assert result.invented == (small,)


def test_equal_coverage_prefers_the_tighter_prediction() -> None:
    gold = long_gold()
    wide = pred_quote(0, len(LONG), speaker="Lee", text=LONG)
    exact = pred_quote(GOLD_START, GOLD_START + 100, speaker="Lee", text=LONG)
    assert score_article(gold, [wide, exact], 0.3).matches[0].pred is exact


def test_gold_quotes_are_taken_in_order_and_a_prediction_is_used_once() -> None:
    # one prediction spans both gold quotes: the earlier gold quote takes it
    first = gold_quote("the bridge would reopen in May")
    second = gold_quote('"We have fixed every crack,"', "direct", mention="she", cue="added")
    both = pred_quote(first.start, second.end)
    result = score_article(article(first, second), [both], 0.3)
    assert [m.gold for m in result.matches] == [first]
    assert result.missed == (second,)


@pytest.mark.parametrize(
    ("gold_name", "pred_name", "same"),
    [
        ("Ana Ruiz", "Ana Ruiz", True),
        ("Ana Ruiz", "ana ruiz.", True),  # case and punctuation do not count
        ("Ana Ruiz", "Ruiz", True),  # surname only
        ("Ruiz", "Ana Ruiz", True),
        ("Donald Trump", "Donald J. Trump", True),
        ("Ana Ruiz", "Pedro Ruiz", False),  # same surname, different person
        ("Ana Ruiz", "Ana", False),  # first name only: no shared surname
        ("James Mattis", "Mr Mattis", False),  # "mr" is not one of the gold name's words
        ("Ana Ruiz", "", False),
        (None, None, True),  # no source on either side
        ("Ana Ruiz", None, False),
        (None, "Ana Ruiz", False),
    ],
)
def test_canonical_speaker_rule(gold_name: str | None, pred_name: str | None, same: bool) -> None:
    assert same_person(gold_name, pred_name) is same


def test_speaker_named_by_surname_only_is_right_end_to_end() -> None:
    gold = gold_quote("the bridge would reopen in May")
    pred = pred_quote(gold.start, gold.end, speaker="Ruiz", mention=span(TEXT, "Ana Ruiz"))
    m = evaluate([article(gold)], predicted(pred)).metrics[0.3]
    assert m.speaker_accuracy == 1.0
    assert m.mention_accuracy == 1.0
    assert m.end_to_end_f1 == 1.0


def test_wrong_speaker_keeps_the_quote_but_loses_end_to_end() -> None:
    gold = gold_quote("the bridge would reopen in May")
    pred = pred_quote(gold.start, gold.end, speaker="Pedro Ruiz", mention=span(TEXT, "The mayor"))
    m = evaluate([article(gold)], predicted(pred)).metrics[0.3]
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    assert m.speaker_accuracy == 0.0
    assert m.mention_accuracy == 0.0  # "The mayor" does not overlap "Ana Ruiz"
    assert m.end_to_end_f1 == 0.0


def test_a_quote_with_no_source() -> None:
    gold = gold_quote("the budget had doubled", speaker=None, mention=None, cue="reported")
    unnamed = pred_quote(gold.start, gold.end, speaker=None, cue=span(TEXT, "reported"))
    named = pred_quote(gold.start, gold.end, speaker="Ana Ruiz", mention=span(TEXT, "Ana Ruiz"))
    right = evaluate([article(gold)], predicted(unnamed)).metrics[0.3]
    assert (right.mention_accuracy, right.speaker_accuracy, right.cue_accuracy) == (1.0, 1.0, 1.0)
    assert right.end_to_end_f1 == 1.0
    wrong = evaluate([article(gold)], predicted(named)).metrics[0.3]
    assert (wrong.mention_accuracy, wrong.speaker_accuracy, wrong.cue_accuracy) == (0.0, 0.0, 0.0)


def test_carried_on_quote_needs_no_mention() -> None:
    gold = gold_quote('"We have fixed every crack,"', "direct", mention=None, cue=None)
    pred = pred_quote(gold.start, gold.end, "direct")
    result = score_article(article(gold), [pred], 0.3)
    assert result.matches[0].mention_ok and result.matches[0].cue_ok


def test_unnamed_source_statement_on_the_no_speaker_list_is_not_counted() -> None:
    gold = gold_quote("the bridge would reopen in May")
    statement = "It was reported that the budget had doubled"
    gold_article = article(gold, no_speaker=(statement,))
    s = span(TEXT, "the budget had doubled")
    ours = pred_quote(gold.start, gold.end)
    unnamed = pred_quote(s.start, s.end, speaker=None)
    result = score_article(gold_article, [ours, unnamed], 0.3)
    assert result.excluded == (unnamed,) and result.invented == ()
    assert evaluate([gold_article], predicted(ours, unnamed)).metrics[0.3].precision == 1.0
    # with a speaker it claims a source the article does not name: a false positive
    named = pred_quote(s.start, s.end, speaker="Ana Ruiz")
    m = evaluate([gold_article], predicted(ours, named)).metrics[0.3]
    assert m.precision == 0.5
    # without a no_speaker list the same unnamed prediction is a false positive too
    assert evaluate([article(gold)], predicted(ours, unnamed)).metrics[0.3].precision == 0.5


def test_cue_accuracy_is_overlap_with_the_gold_cue() -> None:
    gold = gold_quote('"We have fixed every crack,"', "direct", mention="she", cue="added")
    hit = pred_quote(gold.start, gold.end, "direct", cue=span(TEXT, "she added"))
    miss = pred_quote(gold.start, gold.end, "direct", cue=span(TEXT, "said"))
    assert score_article(article(gold), [hit], 0.3).matches[0].cue_ok
    assert not score_article(article(gold), [miss], 0.3).matches[0].cue_ok


def test_micro_average_and_breakdown_by_type() -> None:
    indirect = gold_quote("the bridge would reopen in May")
    direct = gold_quote('"We have fixed every crack,"', "direct", mention="she", cue="added")
    other = GoldArticle(id="a2", text=TEXT, quotes=(indirect,))
    preds = predicted(pred_quote(direct.start, direct.end, "direct", speaker="Ruiz"))
    preds["a2"] = predicted(pred_quote(0, 9, "mixed"), id="a2")["a2"]  # "The mayor": invented
    ev = evaluate([article(indirect, direct), other], preds)
    m = ev.metrics[0.3]
    assert (m.gold, m.predicted, m.matched) == (3, 2, 1)
    assert m.precision == 0.5 and m.recall == pytest.approx(1 / 3)
    assert m.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert m.by_type["direct"].recall == 1.0
    assert m.by_type["indirect"].recall == 0.0 and m.by_type["indirect"].gold == 2
    assert m.by_type["mixed"].precision == 0.0 and m.by_type["mixed"].predicted == 1
    assert m.by_type["direct"].precision == 1.0


def test_article_without_predictions_counts_as_empty() -> None:
    gold = gold_quote("the bridge would reopen in May")
    ev = evaluate([article(gold)], {})
    assert ev.missing_predictions == ("a1",)
    m = ev.metrics[0.3]
    assert m.recall == 0.0 and m.f1 == 0.0 and m.precision is None


def test_error_kinds_of_a_matched_quote() -> None:
    from saidwhat.evaluation.report import article_errors

    gold = gold_quote("the bridge would reopen in May")
    wrong_mention = pred_quote(
        gold.start, gold.end, speaker="Ana Ruiz", mention=span(TEXT, "The mayor")
    )
    partial = pred_quote(
        gold.start, gold.start + 12, speaker="Ana Ruiz", mention=span(TEXT, "Ana Ruiz")
    )
    kinds = [
        e["kind"] for e in article_errors(score_article(article(gold), [wrong_mention], 0.3), 0.8)
    ]
    assert kinds == ["wrong_mention"]
    kinds = [e["kind"] for e in article_errors(score_article(article(gold), [partial], 0.3), 0.8)]
    assert kinds == ["partial"]
