"""The spaCy component: ``nlp.add_pipe("saidwhat")`` fills ``doc._.saidwhat_quotes``.

Each test works on its own copy of the pipeline, made from the session model's config
and bytes, so the model is read from disk only once and no test changes the pipeline
that ``saidwhat.extract`` uses.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import entry_points
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

import saidwhat
from core.helpers import assert_offsets

ARTICLE = (
    "Clara Voss, the mayor of Eastwick, announced her resignation on Monday. "
    '"I have done what I came to do," she said.'
)


@pytest.fixture(scope="module")
def shared_pipeline(nlp: Language) -> Language:
    """A private copy of the English pipeline with the saidwhat pipe added last."""
    copy = type(nlp).from_config(nlp.config, vocab=nlp.vocab)
    copy.from_bytes(nlp.to_bytes())
    copy.add_pipe("saidwhat")
    return copy


@pytest.fixture
def pipeline(shared_pipeline: Language) -> Iterator[Language]:
    """The copy, with the saidwhat pipe's error handler put back to raising after each test."""
    yield shared_pipeline
    shared_pipeline.get_pipe("saidwhat").set_error_handler(raise_error)


def test_add_pipe_fills_doc_quotes(pipeline: Language) -> None:
    assert pipeline.pipe_names[-1] == "saidwhat"
    doc = pipeline(ARTICLE)
    assert len(doc._.saidwhat_quotes) == 1
    q = doc._.saidwhat_quotes[0]
    assert q.speaker is not None and q.speaker.name == "Clara Voss"
    assert q.text == '"I have done what I came to do,"'
    assert doc.text[q.start : q.end] == q.text
    assert doc._.saidwhat_result is not None and doc._.saidwhat_result.quotes == doc._.saidwhat_quotes
    assert [p.name for p in doc._.saidwhat_people][:1] == ["Clara Voss"]


def test_the_component_agrees_with_the_api(pipeline: Language) -> None:
    doc = pipeline(ARTICLE)
    result = saidwhat.extract(ARTICLE)
    assert_offsets(result, ARTICLE)
    assert tuple(doc._.saidwhat_quotes) == result.quotes


def test_a_doc_without_the_component_has_no_quotes(nlp: Language) -> None:
    """The extensions exist as soon as the module is imported, before any pipe is made."""
    import saidwhat.component  # noqa: F401

    doc = nlp("No pipe ran here.")
    assert doc._.saidwhat_people == () and doc._.saidwhat_result is None
    assert doc._.saidwhat_quotes == ()


def test_spacy_factories_entry_point_is_registered() -> None:
    points = {p.name: p for p in entry_points(group="spacy_factories")}
    assert "saidwhat" in points, sorted(points)
    assert points["saidwhat"].load().__name__ == "make_saidwhat"


def test_spacy_finds_the_factory_without_importing_saidwhat() -> None:
    """spaCy resolves unknown factories through the entry point, so a config naming it just works."""
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('saidwhat')\n"
        "print(nlp.pipe_names)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['saidwhat']"


def explode_on(component: Any, monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """Make the component fail on every doc holding ``word``; other docs go through as usual."""
    real = component.match

    def match(doc: Doc) -> Any:
        if word in doc.text:
            raise RuntimeError(f"boom in saidwhat on {word!r}")
        return real(doc)

    monkeypatch.setattr(component, "match", match)


class Collect:
    """An error handler that records what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[str], str]] = []

    def __call__(self, name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
        self.calls.append((name, [d.text for d in docs], str(error)))


TEXTS = [ARTICLE, "This one will explode.", ARTICLE]


def test_nlp_set_error_handler_reaches_the_component(monkeypatch: pytest.MonkeyPatch) -> None:
    """``nlp.set_error_handler`` on a pipeline of pipes that support it (spaCy 3.8's parser
    and NER do not: they raise AttributeError, so the full model is tested below)."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    component = blank.add_pipe("saidwhat")
    explode_on(component, monkeypatch, "explode")
    handler = Collect()
    blank.set_error_handler(handler)
    docs = list(blank.pipe(TEXTS))
    assert [d.text for d in docs] == TEXTS  # nothing lost, the pipe went on
    assert handler.calls == [("saidwhat", ["This one will explode."], "boom in saidwhat on 'explode'")]


def test_one_bad_doc_never_stops_nlp_pipe(pipeline: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    component = pipeline.get_pipe("saidwhat")
    explode_on(component, monkeypatch, "explode")
    handler = Collect()
    component.set_error_handler(handler)
    docs = list(pipeline.pipe(TEXTS, batch_size=2))
    assert [d.text for d in docs] == TEXTS
    assert handler.calls == [("saidwhat", ["This one will explode."], "boom in saidwhat on 'explode'")]
    assert len(docs[0]._.saidwhat_quotes) == 1 and len(docs[2]._.saidwhat_quotes) == 1
    assert docs[1]._.saidwhat_quotes == ()


def test_without_a_handler_the_error_is_raised(
    pipeline: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    component = pipeline.get_pipe("saidwhat")

    explode_on(component, monkeypatch, "Clara")
    with pytest.raises(RuntimeError, match="boom in saidwhat"):
        pipeline(ARTICLE)


def test_the_factory_declares_its_config_and_what_it_assigns() -> None:
    from saidwhat.component import ASSIGNS

    meta = Language.get_factory_meta("saidwhat")
    assert meta.default_config == {"min_confidence": 0.0}
    assert meta.assigns == ASSIGNS == [
        "doc._.saidwhat_result", "doc._.saidwhat_quotes", "doc._.saidwhat_people"
    ]


def test_min_confidence_drops_less_certain_statements(nlp: Language) -> None:
    copy = type(nlp).from_config(nlp.config, vocab=nlp.vocab)
    copy.from_bytes(nlp.to_bytes())
    copy.add_pipe("saidwhat", config={"min_confidence": 1.01})
    assert copy(ARTICLE)._.saidwhat_quotes == ()


def test_the_readme_example_leaves_saidwhat_extract_alone() -> None:
    """README: ``nlp = load_model(); nlp.add_pipe("saidwhat")``. That pipeline is the
    caller's; ``saidwhat.extract`` runs its own, unchanged: the component does not run in it."""
    code = (
        "import saidwhat\n"
        "from saidwhat.nlp import load_model, engine_model\n"
        "nlp = load_model()\n"
        "nlp.add_pipe('saidwhat')\n"
        f"doc = nlp({ARTICLE!r})\n"
        "calls = []\n"
        "import saidwhat.component as component\n"
        "real = component.QuoteAttributor.match\n"
        "component.QuoteAttributor.match = lambda self, d: calls.append(1) or real(self, d)\n"
        f"result = saidwhat.extract({ARTICLE!r})\n"
        "print('saidwhat' in engine_model().pipe_names, len(calls), len(doc._.saidwhat_quotes),\n"
        "      tuple(doc._.saidwhat_quotes) == result.quotes)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "0", "1", "True"]
