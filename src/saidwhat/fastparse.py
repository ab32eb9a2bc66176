"""Parse only the sentences that can hold or attribute a statement.

The engine needs tokens, tags, lemmas, entities and sentence boundaries on every sentence,
but a dependency tree only where a statement can be: a sentence with a quotation mark or a
word that may be a reporting cue. ``CandidateParser`` sits where the parser was (after the
tagger and the ``senter``, before ``attribute_ruler``, so the rules that read ``DEP`` still
see real labels on the sentences that matter). For every run of candidate sentences it
parses ``doc[a:b].as_doc()`` with the pipeline's own parser, reusing the shared ``tok2vec``
output already in ``doc.tensor``, and copies HEAD and DEP back into the full ``Doc``. Every
other sentence keeps its ``senter`` boundaries (plus one at every line break) and a missing
parse, as spaCy marks partial annotation: no label (so the ``attribute_ruler`` rules that
read ``DEP`` skip it) and each token its own head (so no subtree reaches past the token
itself); only its first token is a childless ROOT, which is how spaCy keeps the boundary.

The candidate test is cheap and generous: a word counts as a possible cue when any of the
lemmas the rule lemmatizer could give it as a verb (its exception table, its suffix rules,
or the word itself) is a reporting cue of ``core.lexicon``. That is a superset of what
``attribution.find_cues`` accepts, so no cue the full pipeline would parse is left unparsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from .core.lexicon import ALL_MARKS, PHRASAL_CUES, REPORTING_VERBS

CUE_LEMMAS = frozenset(REPORTING_VERBS | set(PHRASAL_CUES) | {"according"})
# Double marks always; curly singles too (straight ' is mostly an apostrophe).
QUOTE_CHARS = frozenset(ALL_MARKS | {"‘", "’", "‹", "›"})


class CueForms:
    """Memoised "could this word form be a reporting cue?" over lower-cased forms."""

    def __init__(self, nlp: Language) -> None:
        self._exceptions: dict[str, list[str]] = {}
        self._rules: list[tuple[str, str]] = []
        if "lemmatizer" in nlp.component_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009  (typed as a callable)
            if lookups.has_table("lemma_exc"):
                self._exceptions = dict(lookups.get_table("lemma_exc").get("verb", {}))
            if lookups.has_table("lemma_rules"):
                self._rules = [tuple(r) for r in lookups.get_table("lemma_rules").get("verb", [])]
        self._memo: dict[str, bool] = {}

    def __call__(self, lower: str) -> bool:
        known = self._memo.get(lower)
        if known is None:
            known = self._memo[lower] = any(lemma in CUE_LEMMAS for lemma in self._lemmas(lower))
        return known

    def _lemmas(self, form: str) -> Iterator[str]:
        yield form
        yield from self._exceptions.get(form, ())
        for old, new in self._rules:
            if form.endswith(old):
                yield form[: len(form) - len(old)] + new


class CandidateParser:
    """Dependency-parse only candidate sentences; flat trees elsewhere."""

    def __init__(
        self, nlp: Language, name: str = "saidwhat_candidate_parser", *, parser: str = "parser"
    ) -> None:
        self.name = name
        self.parser: Any = nlp.get_pipe(parser)  # a TrainablePipe; typed as a plain callable
        self.is_cue_form = CueForms(nlp)
        self.root_id = nlp.vocab.strings.add("ROOT")

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def candidate_runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges ``[start, end)`` of consecutive candidate sentences."""
        runs: list[tuple[int, int]] = []
        for sent in doc.sents:
            if not self._is_candidate(sent.text, (t.lower_ for t in sent)):
                continue
            if runs and runs[-1][1] == sent.start:
                runs[-1] = (runs[-1][0], sent.end)
            else:
                runs.append((sent.start, sent.end))
        return runs

    def _is_candidate(self, text: str, lowers: Iterable[str]) -> bool:
        if any(ch in QUOTE_CHARS for ch in text):
            return True
        return any(self.is_cue_form(w) for w in lowers)

    def _process(self, docs: list[Doc]) -> Iterator[Doc]:
        for doc in docs:
            split_paragraphs(doc)
        runs = [self.candidate_runs(doc) if len(doc) else [] for doc in docs]
        pieces: list[Doc] = []
        for doc, doc_runs in zip(docs, runs, strict=True):
            for start, end in doc_runs:
                piece = doc[start:end].as_doc()
                if doc.tensor is not None and len(doc.tensor) == len(doc):
                    piece.tensor = doc.tensor[start:end]  # the parser's listener reads it
                pieces.append(piece)
        parsed = iter(self.parser.pipe(pieces, batch_size=max(1, len(pieces))) if pieces else [])
        for doc, doc_runs in zip(docs, runs, strict=True):
            if len(doc):
                self._write(doc, [(start, end, next(parsed)) for start, end in doc_runs])
            yield doc

    def _write(self, doc: Doc, parsed: list[tuple[int, int, Doc]]) -> None:
        heads = numpy.zeros(len(doc), dtype="int64")  # relative offsets, as to_array gives them
        deps = numpy.zeros(len(doc), dtype="uint64")  # 0: no label, a missing head
        covered = numpy.zeros(len(doc), dtype=bool)
        for start, end, piece in parsed:
            arr = piece.to_array([HEAD, DEP])
            heads[start:end] = arr[:, 0].astype("int64")
            deps[start:end] = arr[:, 1]
            covered[start:end] = True
        # spaCy derives sentence starts from the trees: the first token of each unparsed
        # sentence becomes a childless ROOT, so the sentence keeps its start.
        for sent in doc.sents:
            if not covered[sent.start]:
                deps[sent.start] = self.root_id
        array = numpy.stack([heads.astype("uint64"), deps], axis=1)
        doc.from_array([HEAD, DEP], array)  # type: ignore[arg-type]


def split_paragraphs(doc: Doc) -> None:
    """A line break always ends a sentence (the small ``senter`` often runs over one)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True


@Language.factory("saidwhat_candidate_parser", default_config={"parser": "parser"})
def make_candidate_parser(nlp: Language, name: str, parser: str) -> CandidateParser:
    return CandidateParser(nlp, name, parser=parser)
