"""Hand-written articles and what a reader expects saidwhat to find in them.

A :class:`Case` names one statement in one short article by a piece of its content;
:func:`check_case` finds the predicted statement that covers that piece and checks what
a user relies on: its type, its speaker's canonical name, its cue and its offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pytest

import saidwhat
from saidwhat import ArticleQuotes, Quote, QuoteType, Span

ANY = object()  # "do not check this field"


@dataclass(frozen=True, slots=True)
class Case:
    """One expected statement.

    ``content`` is a piece of the statement's content, found in ``text`` (its first
    occurrence, or the one after ``after``); ``cue`` is a word or phrase the cue must
    contain; ``mention`` the words the speaker mention must contain (``None``: no mention).
    """

    id: str
    text: str
    content: str
    type: QuoteType
    speaker: str | None
    cue: str | None | object = ANY
    mention: str | None | object = ANY
    carried_on: bool | object = ANY
    after: str = ""
    rule: str | object = ANY  # the speaker resolver that must have decided (Speaker.rule)
    xfail: str = ""  # why the engine gets this wrong today ("" = it should pass)

    def position(self) -> Span:
        base = self.text.index(self.after) + len(self.after) if self.after else 0
        start = self.text.index(self.content, base)
        return Span(start, start + len(self.content), self.content)


def params(cases: Iterable[Case]) -> list[object]:
    """Cases as pytest params: the id is the case id, known engine faults are xfail."""
    out: list[object] = []
    for case in cases:
        marks = [pytest.mark.xfail(reason=f"engine: {case.xfail}", strict=False)] if case.xfail else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def spans_of(result: ArticleQuotes) -> Iterable[tuple[str, Span]]:
    """Every span saidwhat returns for an article, with where it sits, for offset checks."""
    for n, q in enumerate(result.quotes):
        yield f"quote {n}", q.span
        for piece in q.spans:
            yield f"quote {n} piece", piece
        if q.cue is not None:
            yield f"quote {n} cue", q.cue
        if q.speaker is not None and q.speaker.mention is not None:
            yield f"quote {n} mention", q.speaker.mention
    for person in result.people:
        for mention in person.mentions:
            yield f"person {person.name!r} mention", mention


def assert_offsets(result: ArticleQuotes, text: str) -> None:
    """Offsets are sacred: every span's text is exactly ``text[start:end]``."""
    for where, span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text), f"{where}: {span} outside the text"
        assert text[span.start : span.end] == span.text, f"{where}: {span} does not index the input"


def statement_at(result: ArticleQuotes, at: Span) -> Quote:
    """The predicted statement covering the most of ``at``; fails listing what was found."""
    best: Quote | None = None
    best_share = 0
    for q in result.quotes:
        share = max(0, min(q.end, at.end) - max(q.start, at.start))
        if share > best_share:
            best, best_share = q, share
    found = [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]
    assert best is not None, f"no statement covers {at.text!r}; found {found}"
    assert best_share * 2 > len(at), f"no statement covers most of {at.text!r}; found {found}"
    return best


def describe(q: Quote) -> str:
    who = q.speaker.name if q.speaker else None
    mention = q.speaker.mention.text if q.speaker and q.speaker.mention else None
    cue = q.cue.text if q.cue else None
    return f"{q.type.value} {q.text!r} speaker={who!r} mention={mention!r} cue={cue!r} carried_on={q.carried_on}"


def check_case(case: Case) -> Quote:
    """Extract ``case.text`` and check the statement ``case`` names; returns it."""
    result = saidwhat.extract(case.text, id=case.id)
    assert result.error is None, result.error
    assert_offsets(result, case.text)
    q = statement_at(result, case.position())
    seen = describe(q)
    assert q.type == case.type, seen
    assert (q.speaker.name if q.speaker else None) == case.speaker, seen
    if case.cue is not ANY:
        if case.cue is None:
            assert q.cue is None, seen
        else:
            assert q.cue is not None and str(case.cue).lower() in q.cue.text.lower(), seen
    if case.mention is not ANY:
        mention = q.speaker.mention if q.speaker else None
        if case.mention is None:
            assert mention is None, seen
        else:
            assert mention is not None and str(case.mention) in mention.text, seen
    if case.carried_on is not ANY:
        assert q.carried_on is case.carried_on, seen
    if case.rule is not ANY:
        assert q.speaker is not None and q.speaker.rule == case.rule, f"{seen} resolver={q.speaker.rule if q.speaker else None!r}"
    return q
