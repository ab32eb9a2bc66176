"""What kind of act a statement reports: said, wrote, thought, found.

By default saidwhat outputs what was said or written. Beliefs, knowledge and findings that
the journalist reports are attributions of stance, not statements: they come only when asked
for (``acts=ALL_ACTS``). Inside speech they stay: "she told reporters she believes..." is
a statement, of what she told reporters.
"""

from __future__ import annotations

import pytest

from saidwhat import ArticleQuotes
from saidwhat.core.extract import extract as core_extract
from saidwhat.core.lexicon import ALL_ACTS
from saidwhat.nlp import load_model

from .helpers import assert_offsets

pytestmark = pytest.mark.model


def run(text: str, *, every_act: bool = False) -> ArticleQuotes:
    doc = load_model()(text)
    result = core_extract(doc, acts=ALL_ACTS) if every_act else core_extract(doc)
    assert_offsets(result, text)
    return result


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Many people in Eastwick think the ferry will never run again.", "thought"),
        ("Ella Brandt believes the club will be sold before the summer.", "thought"),
        ("Now the mayor knows that the harbour wall will not hold another storm.", "thought"),
        ("The inspectors found that the bridge had not been painted for twenty years.", "found"),
    ],
    ids=["many-people-think", "believes", "knows", "found"],
)
def test_thoughts_and_findings_are_not_statements_by_default(text: str, act: str) -> None:
    assert run(text).quotes == ()
    every = run(text, every_act=True)
    assert [q.act for q in every.quotes] == [act], [(q.text, q.act) for q in every.quotes]


@pytest.mark.parametrize(
    ("text", "act", "content"),
    [
        ("Ella Brandt said that the club would be sold before the summer.", "said", "the club would be sold"),
        ("Ella Brandt wrote in her column that the club would be sold.", "wrote", "the club would be sold"),
        ('"The club will be sold," Ella Brandt tweeted on Monday.', "wrote", "The club will be sold"),
    ],
    ids=["said", "wrote", "tweeted"],
)
def test_what_was_said_or_written_is_output_with_its_act(text: str, act: str, content: str) -> None:
    result = run(text)
    [q] = [q for q in result.quotes if content in q.text]
    assert q.act == act


def test_a_belief_inside_speech_stays_a_statement() -> None:
    text = "Ella Brandt told reporters on Monday that she believes the club will be sold."
    result = run(text)
    found = [(q.text, q.act, q.speaker.name if q.speaker else None) for q in result.quotes]
    assert any("the club will be sold" in t and act == "said" and who == "Ella Brandt" for t, act, who in found), found


def test_a_quote_carried_on_keeps_the_act_of_the_one_before() -> None:
    text = '"The club will be sold," Ella Brandt wrote. "Nobody will stop it now, not even the fans."'
    result = run(text)
    assert [q.act for q in result.quotes] == ["wrote", "wrote"], [(q.text, q.act, q.rule) for q in result.quotes]
