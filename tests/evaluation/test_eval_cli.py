"""``saidwhat eval``: gold files, predictions, output shapes and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.core.errors import GoldFormatError
from saidwhat.core.serialize import article_to_dict
from saidwhat.core.types import ArticleQuotes
from saidwhat.evaluation import evaluate, gold_as_predictions, read_gold

from .helpers import TEXT, article, gold_quote, gold_record, pred_quote, span, write_jsonl

SHARED = Path(__file__).parents[1].parent.parent / "shared"
SEED_GOLD = SHARED / "data" / "seed" / "mattis.gold.json"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    said = gold_quote("the bridge would reopen in May")
    added = gold_quote('"We have fixed every crack,"', "direct", mention="she", cue="added")
    concluded = gold_quote(
        "The plan is ambitious", speaker="the report", mention="the report", cue="concluded"
    )
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_record(article(said, added, concluded))])
    quotes = (
        pred_quote(said.start, said.end, speaker="Ruiz", mention=span(TEXT, "Ana Ruiz")),
        pred_quote(
            added.start, added.end, "direct", speaker="Pedro Gil", mention=span(TEXT, "she")
        ),
        pred_quote(0, 9, "indirect", speaker="Ana Ruiz"),  # "The mayor": invented
    )
    pred = write_jsonl(
        tmp_path / "pred.jsonl", [article_to_dict(ArticleQuotes(id="a1", quotes=quotes))]
    )
    return gold, pred


def test_json_output_shape(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--pred", str(pred), "--format", "json", "--errors"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) >= {
        "thresholds",
        "articles",
        "words",
        "metrics",
        "errors",
        "missing_predictions",
    }
    assert out["thresholds"] == [0.3, 0.8]
    assert set(out["metrics"]) == {"0.3", "0.8"}
    m = out["metrics"]["0.3"]
    assert set(m) == {
        "gold", "predicted", "matched", "excluded", "precision", "recall", "f1",
        "mention_accuracy", "speaker_accuracy", "cue_accuracy", "type_accuracy",
        "end_to_end", "by_type",
    }  # fmt: skip
    assert set(m["end_to_end"]) == {"correct", "precision", "recall", "f1"}
    assert set(m["by_type"]) == {"direct", "mixed", "indirect"}
    assert set(m["by_type"]["direct"]) == {
        "gold", "matched", "recall", "end_to_end_recall", "predicted", "predicted_matched", "precision",
    }  # fmt: skip
    assert (m["gold"], m["predicted"], m["matched"]) == (3, 3, 2)
    assert m["end_to_end"]["correct"] == 1
    kinds = sorted(e["kind"] for e in out["errors"][0]["errors"])
    assert kinds == ["invented", "missed", "wrong_speaker"]
    (wrong,) = [e for e in out["errors"][0]["errors"] if e["kind"] == "wrong_speaker"]
    assert (wrong["gold_speaker"], wrong["pred_speaker"]) == ("Ana Ruiz", "Pedro Gil")
    assert wrong["pred_mention"] == {"start": TEXT.index("she"), "end": TEXT.index("she") + 3, "text": "she"}
    assert {"start", "end", "text", "type", "coverage", "gold_cue", "pred_cue", "rule"} <= set(wrong)


def test_table_and_error_listing(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred), "--errors"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "MISSED" in out and "INVENTED" in out and "WRONG SPEAKER" in out
    assert "[The plan is ambitious]" in out  # the missed quote, bracketed in its context
    assert "Pedro Gil" in out and "gold: Ana Ruiz" in out  # who we said vs who it was
    assert "\x1b[" not in out  # no colour codes when not on a terminal
    coloured = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred), "--errors", "--color"])
    assert "\x1b[" in coloured.output  # forced, for `| less -R`
    assert ">0.3" in out and "e2e F1" in out


def test_threshold_option(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--pred", str(pred), "--format", "json", "--threshold", "0.5"]
    )
    assert list(json.loads(result.output)["metrics"]) == ["0.5"]
    bad = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred), "--threshold", "1.5"])
    assert bad.exit_code != 0 and "not in [0, 1)" in bad.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x", "quotes": []}\n{"id": "b", "text": \n', "gold.jsonl:2: not valid JSON"),
        ('{"id": "a", "text": "Hi there", "quotes": [{"start": 0, "end": 2, "text": "Ho", "type": "direct"}]}\n',
         "gold.jsonl:1: quote 0: text does not match"),
        ('{"id": "a", "text": "Hi", "quotes": [{"start": 0, "end": 9, "type": "direct"}]}\n',
         "gold.jsonl:1: quote 0: start/end [0, 9] is outside the text"),
        ('{"id": "a", "text": "Hi", "quotes": [{"start": 0, "end": 2, "type": "quoted"}]}\n',
         "gold.jsonl:1: quote 0: 'quoted' is not a valid QuoteType"),
        ('{"text": "Hi"}\n', "gold.jsonl:1: missing 'id'"),
    ],
)  # fmt: skip
def test_malformed_gold_file_gives_a_clean_error(
    tmp_path: Path, content: str, message: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(gold)])
    assert result.exit_code == 2
    assert message in result.output
    assert result.output.startswith("saidwhat: error: ")
    assert "Traceback" not in result.output


def test_malformed_prediction_file_names_the_line(tmp_path: Path) -> None:
    gold, _ = _files(tmp_path)
    pred = tmp_path / "bad.jsonl"
    pred.write_text('{"id": "a1", "quotes": [{"start": 1}]}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2 and "bad.jsonl:1:" in result.output


def test_single_object_json_gold_is_read(tmp_path: Path) -> None:
    gold = tmp_path / "one.gold.json"
    record = gold_record(article(gold_quote("the bridge would reopen in May")))
    gold.write_text(json.dumps(record, indent=2), encoding="utf-8")
    (only,) = read_gold(gold)
    assert only.id == "a1" and len(only.quotes) == 1


def test_no_speaker_statement_missing_from_the_text_is_a_gold_error(tmp_path: Path) -> None:
    record = gold_record(article())
    record["no_speaker"] = ["a sentence this article does not hold"]
    gold = write_jsonl(tmp_path / "gold.jsonl", [record])
    with pytest.raises(GoldFormatError, match="gold.jsonl:1: no_speaker"):
        read_gold(gold)


def test_seed_gold_scored_against_itself_agrees_everywhere(tmp_path: Path) -> None:
    if not SEED_GOLD.exists():
        pytest.skip(f"seed gold not found at {SEED_GOLD} (/work/shared absent)")
    articles = read_gold(SEED_GOLD)
    assert len(articles[0].quotes) == 24
    preds = {a.id: gold_as_predictions(a) for a in articles}
    ev = evaluate(articles, preds)
    for m in ev.metrics.values():
        figures = [m.precision, m.recall, m.f1, m.mention_accuracy, m.speaker_accuracy,
                   m.cue_accuracy, m.type_accuracy, m.end_to_end_f1]  # fmt: skip
        assert figures == [1.0] * len(figures)
        assert all(t.recall == 1.0 and t.precision == 1.0 for t in m.by_type.values())
    # and the same through the CLI, from a prediction file in saidwhat's output schema
    pred = write_jsonl(tmp_path / "pred.jsonl", [article_to_dict(p) for p in preds.values()])
    result = CliRunner().invoke(
        main, ["eval", str(SEED_GOLD), "--pred", str(pred), "--format", "json"]
    )
    out = json.loads(result.output)
    assert out["metrics"]["0.8"]["end_to_end"]["f1"] == 1.0
    assert out["metrics"]["0.3"]["speaker_accuracy"] == 1.0


@pytest.mark.model
def test_eval_runs_extraction_without_pred(tmp_path: Path, nlp: object) -> None:
    # ``nlp``: the session's model, which the CLI's extraction reuses
    gold, _ = _files(tmp_path)
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--format", "json", "--save-pred", str(tmp_path / "p.jsonl")]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["metrics"]["0.3"]["gold"] == 3
    assert json.loads((tmp_path / "p.jsonl").read_text())["id"] == "a1"


def test_another_gold_layout_plugs_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from collections.abc import Iterator

    from saidwhat.evaluation import GOLD_READERS, GoldArticle, register_gold_reader
    from saidwhat.evaluation.gold import GOLD_SUFFIXES

    monkeypatch.setattr("saidwhat.evaluation.gold.GOLD_READERS", dict(GOLD_READERS))
    monkeypatch.setattr("saidwhat.evaluation.gold.GOLD_SUFFIXES", dict(GOLD_SUFFIXES))

    def read_plain(path: Path) -> Iterator[GoldArticle]:  # text only: an article with no quotes
        yield GoldArticle(id=path.stem, text=path.read_text(), quotes=())

    register_gold_reader("plain", read_plain, suffixes=(".plain",))
    source = tmp_path / "story.plain"
    source.write_text("Nobody said anything.")
    assert [a.id for a in read_gold(source)] == ["story"]
    assert [a.id for a in read_gold(source, "plain")] == ["story"]
    with pytest.raises(GoldFormatError, match="unknown gold format 'nope'"):
        read_gold(source, "nope")


def test_only_one_kind_of_error_with_a_summary(tmp_path: Path) -> None:
    gold, pred = _files(tmp_path)
    result = CliRunner().invoke(
        main, ["eval", str(gold), "--pred", str(pred), "--only", "invented"]
    )
    assert result.exit_code == 0, result.output
    assert "INVENTED" in result.output and "MISSED" not in result.output
    assert "by rule: test 1" in result.output  # the summary says which rule to look at
    as_json = CliRunner().invoke(
        main, ["eval", str(gold), "--pred", str(pred), "--only", "missed", "--format", "json"]
    )
    assert [e["kind"] for e in json.loads(as_json.output)["errors"][0]["errors"]] == ["missed"]
