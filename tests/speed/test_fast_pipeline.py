"""The fast pipeline: candidate sentences parsed, the rest left unparsed, offsets intact."""

from __future__ import annotations

import pytest
from spacy.language import Language

import saidwhat
from saidwhat.core.serialize import article_to_dict

pytestmark = pytest.mark.model

ARTICLE = (
    "The old bridge over the Tamar will reopen in May.\n\n"
    "\u201cWe are proud of the work,\u201d said Anna Berg, the mayor of Saltash. "
    "Rain fell on the town all day.\n\n"
    "Berg added that the repairs had cost less than planned. "
    "Traffic was light on Sunday."
)


@pytest.fixture(scope="module")
def fast_nlp() -> Language:
    from saidwhat.nlp import load_model

    return load_model(fast=True)


def test_fast_pipeline_parses_only_candidate_sentences(fast_nlp: Language) -> None:
    doc = fast_nlp(ARTICLE)
    by_text = {s.text.strip(): s for s in doc.sents}
    quoted = by_text["\u201cWe are proud of the work,\u201d said Anna Berg, the mayor of Saltash."]
    assert any(t.dep_ == "ROOT" and t.lemma_ == "say" for t in quoted)
    added = by_text["Berg added that the repairs had cost less than planned."]
    assert any(t.dep_ == "ccomp" for t in added)
    traffic = by_text["Traffic was light on Sunday."]  # no mark, no cue: left unparsed
    assert traffic[0].dep_ == "ROOT" and not list(traffic[0].children)
    assert all(t.dep_ == "" and t.head.i == t.i for t in traffic[1:])
    assert [e.text for e in doc.ents if e.label_ == "PERSON"][:1] == ["Anna Berg"]


def test_fast_pipeline_keeps_sentence_and_paragraph_boundaries(fast_nlp: Language) -> None:
    doc = fast_nlp(ARTICLE)
    starts = {s.text.strip().split()[0] for s in doc.sents}
    assert {"The", "\u201cWe", "Rain", "Berg", "Traffic"} <= starts


@pytest.mark.parametrize(
    "form", ["said", "says", "told", "pointed", "according", "warns", "believed"]
)
def test_cue_forms_are_candidates(fast_nlp: Language, form: str) -> None:
    assert fast_nlp.get_pipe("saidwhat_candidate_parser").is_cue_form(form)


@pytest.mark.parametrize("form", ["bridge", "rain", "the", "monday"])
def test_other_words_are_not(fast_nlp: Language, form: str) -> None:
    assert not fast_nlp.get_pipe("saidwhat_candidate_parser").is_cue_form(form)


def test_fast_extraction_finds_the_statements_with_exact_offsets(fast_nlp: Language) -> None:
    result = saidwhat.extract(ARTICLE, id="bridge", fast=True)
    assert result.quotes, "the fast pipeline found no statement"
    for q in result.quotes:
        assert ARTICLE[q.start : q.end] == q.text
    speakers = {q.speaker.name for q in result.quotes if q.speaker}
    assert "Anna Berg" in speakers
    full = saidwhat.extract(ARTICLE, id="bridge", fast=False)
    assert [q.text for q in result.quotes] == [q.text for q in full.quotes]
    assert (
        article_to_dict(result)["quotes"][0]["speaker"]
        == article_to_dict(full)["quotes"][0]["speaker"]
    )
