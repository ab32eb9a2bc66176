"""The fast pipeline: candidate sentences parsed, names tagged, the rest left bare, offsets intact."""

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
    assert all(t.tag_ == "" and t.lemma_ == t.lower_ for t in traffic)  # no tagger there either


def test_names_outside_candidate_sentences_are_still_entities(fast_nlp: Language) -> None:
    doc = fast_nlp(ARTICLE + " Later, Maria Lindqvist of Saltash Town Council opened the bridge.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Maria Lindqvist", "PERSON") in found
    assert any(text.startswith("Saltash Town Council") for text, _ in found)


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("The United States sent more aid to the region on Tuesday.", False),  # a capitalised cue word is a name
        ("He made a cake.", False),  # "make" reports only with "clear" or "plain"
        ("He made it clear that he would go.", True),
        ("She states her case.", True),
        ("Mattis Says He Will Go\n\nThe rest.", True),  # a headline keeps its cue
    ],
)
def test_candidate_test_is_narrow_where_it_is_safe(
    fast_nlp: Language, sentence: str, candidate: bool
) -> None:
    lean = fast_nlp.get_pipe("saidwhat_lean")
    doc = fast_nlp.make_doc(sentence)
    fast_nlp.get_pipe("senter")(doc)
    runs = lean.candidate_runs(doc)
    assert bool(runs and runs[0][0] == 0) is candidate


def test_memoised_rules_give_what_spacy_gives() -> None:
    """The memoised attribute ruler + lemmatizer against spaCy's own, token for token."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    from saidwhat.fastparse import MemoisedRules
    from saidwhat.nlp import _load_english

    nlp = _load_english()
    text = (
        "There's no way we're gonna let 's say 'em go, ain't that right? He said nothin'. "
        "The officials were meeting; she's been running. Let's go.\n\nThey'd rather not."
    )
    ours = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    theirs = nlp(text, disable=["ner"])
    rules = MemoisedRules(nlp)
    assert rules.supported
    rules(ours)
    attrs = [POS, TAG, MORPH, LEMMA, DEP]
    assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()


def test_fast_pipeline_keeps_sentence_and_paragraph_boundaries(fast_nlp: Language) -> None:
    doc = fast_nlp(ARTICLE)
    starts = {s.text.strip().split()[0] for s in doc.sents}
    assert {"The", "\u201cWe", "Rain", "Berg", "Traffic"} <= starts


@pytest.mark.parametrize(
    "form", ["said", "says", "told", "pointed", "according", "warns", "believed"]
)
def test_cue_forms_are_candidates(fast_nlp: Language, form: str) -> None:
    assert fast_nlp.get_pipe("saidwhat_lean").cue_lemmas(form)


@pytest.mark.parametrize("form", ["bridge", "rain", "the", "monday"])
def test_other_words_are_not(fast_nlp: Language, form: str) -> None:
    assert not fast_nlp.get_pipe("saidwhat_lean").cue_lemmas(form)


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
