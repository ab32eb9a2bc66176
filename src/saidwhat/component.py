"""The spaCy component: ``nlp.add_pipe("saidwhat")`` fills ``doc._.saidwhat_quotes``.

Compute (``match``) and write (``set_annotations``) are kept apart, as in spaCy's own
``SpanRuler``. A document that fails goes through the pipe's error handler, so one bad
document never stops ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .core.extract import extract
from .core.types import ArticleQuotes, Person, Quote

RESULT_ATTR = "saidwhat_result"


def _quotes(doc: Doc) -> tuple[Quote, ...]:
    result = doc._.get(RESULT_ATTR)
    return result.quotes if result is not None else ()


def _people(doc: Doc) -> tuple[Person, ...]:
    result = doc._.get(RESULT_ATTR)
    return result.people if result is not None else ()


def register_extensions() -> None:
    """Register the Doc extensions once: ``saidwhat_result`` and the getters ``quotes``, ``people``."""
    if not Doc.has_extension(RESULT_ATTR):
        Doc.set_extension(RESULT_ATTR, default=None)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_quotes)
    if not Doc.has_extension("saidwhat_quotes"):
        Doc.set_extension("saidwhat_quotes", getter=_quotes)
    if not Doc.has_extension("saidwhat_people"):
        Doc.set_extension("saidwhat_people", getter=_people)


class QuoteAttributor:
    """Finds attributed statements and their speakers in each Doc."""

    def __init__(self, nlp: Language, name: str = "saidwhat") -> None:
        self.name = name
        register_extensions()

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
        return extract(doc)

    def set_annotations(self, doc: Doc, result: ArticleQuotes) -> None:
        doc._.set(RESULT_ATTR, result)

    # The same error-handler protocol as spaCy's TrainablePipe.
    def get_error_handler(self) -> Callable[..., Any]:
        return getattr(self, "_error_handler", _raise_error)

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self._error_handler = error_handler


def _raise_error(proc_name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
    raise e


@Language.factory("saidwhat")
def make_saidwhat(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name=name)
