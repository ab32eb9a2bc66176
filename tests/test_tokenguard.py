"""Long runs without spaces are tokenised in pieces, so a paste of 20,000 quotation marks
cannot hold the server's extraction lock for a minute; offsets still index the input."""

from __future__ import annotations

import time

import pytest

from saidwhat.tokenguard import LONG_RUN, PIECE, GuardedTokenizer, parts, split_points


def test_text_without_long_runs_is_not_cut() -> None:
    assert split_points("He said “yes.” " * 100) == []
    assert split_points("x" * LONG_RUN) == []


def test_a_long_run_is_cut_into_pieces_and_the_parts_rebuild_the_text() -> None:
    text = "He said " + "“" * 1000 + "  and left."
    points = split_points(text)
    pieces = list(parts(text, points))
    assert "".join(pieces) == text
    assert max(len(p.strip()) for p in pieces) <= max(PIECE, len("He said "))
    assert pieces[-1] == "and left."


def test_the_inner_tokenizer_never_sees_a_long_run() -> None:
    import spacy

    blank = spacy.blank("en").tokenizer
    seen: list[int] = []

    def inner(text: str):  # type: ignore[no-untyped-def]
        seen.append(len(text))
        return blank(text)

    text = "He said " + "." * 10_000 + " and left."
    doc = GuardedTokenizer(inner)(text)
    assert doc.text == text
    assert max(seen) <= PIECE + 1
    assert [t.text for t in doc][:2] == ["He", "said"] and doc[-1].text == "."


@pytest.mark.model
def test_the_model_tokenizer_is_guarded_and_exact(nlp) -> None:  # type: ignore[no-untyped-def]
    from saidwhat.nlp import load_model

    assert isinstance(load_model().tokenizer, GuardedTokenizer)
    plain = nlp.tokenizer.inner if isinstance(nlp.tokenizer, GuardedTokenizer) else nlp.tokenizer
    article = 'The minister said "we will build it," and left.\n\n“Yes,” she said.'
    assert [t.text for t in load_model().tokenizer(article)] == [t.text for t in plain(article)]
    for text in ("“" * 5_000, ".," * 3_000, "a " + "!?" * 2_000 + "\n\n b", "x" * 300 + " y"):
        doc = load_model().tokenizer(text)
        assert doc.text == text
        assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.model
def test_extraction_of_20000_quotation_marks_does_not_stall() -> None:
    import saidwhat

    saidwhat.extract("warm up")
    text = 'He said "yes." ' + "“" * 20_000 + ' Then "no," she said.'
    started = time.perf_counter()
    result = saidwhat.extract(text)
    # Unguarded, spaCy's tokenizer alone took about 39 s on this machine; guarded, 0.4 s.
    assert time.perf_counter() - started < 10
    assert result.error is None
    assert all(text[q.start : q.end] == q.text for q in result.quotes)
