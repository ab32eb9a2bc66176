"""The spaCy component: ``nlp.add_pipe("saidwhat")`` fills ``doc._.saidwhat_quotes``.

    >>> from saidwhat.nlp import load_model
    >>> nlp = load_model()          # your own pipeline; saidwhat.extract runs its own
    >>> nlp.add_pipe("saidwhat")
    >>> doc = nlp(text)
    >>> doc._.saidwhat_quotes, doc._.saidwhat_people

As spaCy's own ``SpanRuler``: a factory with a ``default_config`` and the attributes it
``assigns``, keyword-only settings, compute (``match``) and write (``set_annotations``)
kept apart, and errors through the pipe's error handler, so one bad document never stops
``nlp.pipe``. The extensions are prefixed and registered once, when this module is
imported (spaCy imports it through the ``spacy_factories`` entry point).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .core.extract import extract
from .core.types import ArticleQuotes, Person, Quote

RESULT_ATTR = "saidwhat_result"
QUOTES_ATTR = "saidwhat_quotes"
PEOPLE_ATTR = "saidwhat_people"
ASSIGNS = [f"doc._.{RESULT_ATTR}", f"doc._.{QUOTES_ATTR}", f"doc._.{PEOPLE_ATTR}"]
DEFAULT_CONFIG: dict[str, Any] = {"min_confidence": 0.0}


def _quotes(doc: Doc) -> tuple[Quote, ...]:
    result = doc._.get(RESULT_ATTR)
    return result.quotes if result is not None else ()


def _people(doc: Doc) -> tuple[Person, ...]:
    result = doc._.get(RESULT_ATTR)
    return result.people if result is not None else ()


def register_extensions() -> None:
    """Register the Doc extensions (once; a second call changes nothing):
    ``saidwhat_result`` (the ``ArticleQuotes``), and the getters ``saidwhat_quotes`` and
    ``saidwhat_people`` over it."""
    if not Doc.has_extension(RESULT_ATTR):
        Doc.set_extension(RESULT_ATTR, default=None)
    if not Doc.has_extension(QUOTES_ATTR):
        Doc.set_extension(QUOTES_ATTR, getter=_quotes)
    if not Doc.has_extension(PEOPLE_ATTR):
        Doc.set_extension(PEOPLE_ATTR, getter=_people)


register_extensions()


class QuoteAttributor:
    """Finds attributed statements and their speakers in each Doc.

    ``min_confidence`` drops statements the engine is less sure of than that (0 keeps all).
    """

    def __init__(self, nlp: Language, name: str = "saidwhat", *, min_confidence: float = 0.0) -> None:
        self.name = name
        self.min_confidence = float(min_confidence)

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.set_annotations(doc, self.match(doc))
        except Exception as exc:
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def match(self, doc: Doc) -> ArticleQuotes:
        result = extract(doc)
        if self.min_confidence > 0:
            kept = tuple(q for q in result.quotes if q.confidence >= self.min_confidence)
            result = replace(result, quotes=kept)
        return result

    def set_annotations(self, doc: Doc, result: ArticleQuotes) -> None:
        doc._.set(RESULT_ATTR, result)

    # The same error-handler protocol as spaCy's TrainablePipe.
    def get_error_handler(self) -> Callable[..., Any]:
        return getattr(self, "_error_handler", _raise_error)

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self._error_handler = error_handler


def _raise_error(proc_name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
    raise e


@Language.factory(
    "saidwhat",
    default_config=DEFAULT_CONFIG,
    assigns=ASSIGNS,
)
def make_saidwhat(nlp: Language, name: str, min_confidence: float) -> QuoteAttributor:
    return QuoteAttributor(nlp, name=name, min_confidence=min_confidence)
