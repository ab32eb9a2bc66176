"""The rule registry: every rule a named, documented unit that both pipelines read alike."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import saidwhat
from saidwhat.core import rules
from saidwhat.core.types import QuoteType

ENGINE_DOC = Path(__file__).resolve().parents[2] / "docs" / "engine.md"


@pytest.mark.parametrize("rule", list(rules.all_rules()), ids=lambda r: r.id)
def test_every_rule_is_a_documented_unit(rule: rules.Rule) -> None:
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id)
    assert '"' in rule.description, "the description gives an example sentence in quotation marks"
    assert all(0.0 < c <= 1.0 for c in rule.confidence.values())
    assert rule.finder is None or callable(rule.finder)
    assert f"| `{rule.id}` |" in ENGINE_DOC.read_text(encoding="utf-8"), "docs/engine.md lists every rule"


def test_a_statements_rule_names_a_registered_rule_and_its_base_confidence() -> None:
    text = (
        "Ana Ruiz chairs the harbour board. Ana Ruiz said that the port would reopen in May. "
        '"We are ready," she told reporters. "The cranes are fixed."'
    )
    result = saidwhat.extract(text)
    assert result.quotes
    for q in result.quotes:
        rule = rules.rule_of(q.rule)
        assert rule is not None, q.rule
        assert q.rule == rule.label(q.type)
        assert q.confidence == pytest.approx(rule.base(q.type)) or q.confidence <= rules.NO_SPEAKER_CONFIDENCE
    assert [q.rule for q in result.quotes] == ["indirect:verb", "direct:verb", "direct:carried-on"]


@pytest.fixture
def made_up_rule() -> Iterator[rules.Rule]:
    rule = rules.register(rules.Rule(
        "test-zorble",
        'A made-up cue word, for this test: "Ana Ruiz zorbled that the port would reopen."',
        {QuoteType.INDIRECT: 0.5},
        rules.PARSE,
        rules.Where(lemmas=frozenset({"zorble"})),
    ))
    yield rule
    rules._REGISTRY.pop(rule.id)


@pytest.mark.model
@pytest.mark.both_pipelines
def test_the_fast_pipeline_parses_where_a_newly_registered_rule_reads(made_up_rule: rules.Rule) -> None:
    from saidwhat.fastparse import LeanAnnotator
    from saidwhat.nlp import load_model

    nlp = load_model(fast=True)
    lean = LeanAnnotator(nlp)  # reads the registry when made
    doc = nlp.make_doc("Rain fell all day.\nAna Ruiz zorbled that the port would reopen.")
    nlp.get_pipe("senter")(doc)
    from saidwhat.fastparse import split_paragraphs

    split_paragraphs(doc)
    runs = lean.candidate_runs(doc)
    starts = [doc[a].text for a, _ in runs]
    assert starts == ["Ana"], starts
