"""The fast pipeline: run each model only on the tokens the engine reads.

The engine needs a dependency tree, tags and lemmas only where a statement can be
attributed: a *candidate* sentence, one with a quotation mark or a word that may be a
reporting cue. It needs entities only where a name can be: around capitalised words. So,
after the model's cheap ``senter`` has split the text into sentences (a line break always
ends one), ``LeanAnnotator``:

1. runs ``ner`` on *name windows*: each capitalised word (bar stop words, titles, days and
   months; inside quotation marks only a word also capitalised outside them) with
   ``NAME_CONTEXT`` words either side, overlapping windows merged;
2. runs ``tok2vec``, ``tagger``, ``parser`` and the attribute rules and lemmatizer
   (``MemoisedRules``, exact but memoised) on each run of consecutive candidate sentences,
   plus sentences that introduce a person with a description ("Her deputy, Tomas
   Brenner, ..."), since the people index reads descriptions from the parse;
3. copies TAG, POS, LEMMA, HEAD, DEP and the entities back into the full ``Doc``.

Each run is re-tokenised from its slice of the text (cheaper than ``Span.as_doc``, which
reads the whole Doc each time) and checked to line up token for token. Every other token
keeps its text, its lower-cased form as lemma, no tag, and a missing parse as spaCy marks
partial annotation: no label and each token its own head; only the first token of each
unparsed sentence is a childless ROOT, which is how spaCy keeps a sentence boundary.

Which sentences are candidates is read from the rule registry (``core/rules.py``), never
listed here: each rule's ``Where`` names the cue lemmas it reads, the particles some of
them need, text patterns (a colon before a quotation, a speaker label opening a line) and
sentences found from the entities (a person introduced with a description). So a rule
added there is parsed for here. The test is cheap and generous: a word counts as a
possible cue when any of the lemmas the rule lemmatizer could give it as a verb (its
exception table, its suffix rules, or the word itself) is one the rules read; a verb that
the rules read only with a particle ("point out", "make clear") counts only when one of
its particles follows in the sentence; a capitalised cue word inside a sentence ("United
States", "the Post") counts only on a headline-like line; a form after a determiner ("the
states", "a report") is a noun; a word inside quotation marks is no cue (the engine
ignores cues there).

What it buys and costs is measured by ``benchmarks/throughput.py`` (RESULTS.md, section
throughput): speed against spaCy's full pipeline, accuracy against saidwhat on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from spacy.util import minibatch

from .core import rules
from .core.doctext import doc_text
from .core.lexicon import TITLES
from .core.quotes import QuotedRanges, find_quoted_spans

QUOTE_PATTERN = re.compile(rules.QUOTE_MARK)
# Words of context either side of a capitalised word that the NER model sees.
NAME_CONTEXT = (2, 2)
# The components run on candidate sentences, in pipeline order; ``ner`` runs on name windows.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# Capitalised words that start no entity the engine reads (PERSON, ORG, GPE, NORP) on their
# own, besides stop words ("The", "I"): a title comes with a name, which opens its own window.
NOT_NAME_WORDS = TITLES | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december
    """.split()
)
# Words after which a cue's form is a noun: "the states", "a report", "his claims".
DETERMINERS = frozenset(
    "the a an this these those his her its their our my your every no another".split()
)
# A line this share of whose words are capitalised is a headline: "Mattis Says He Will Go".
HEADLINE_SHARE = 0.6


class CueForms:
    """Memoised "could this word form be a reporting cue?" over lower-cased forms.

    Returns the set of cue lemmas the form may have (empty when none)."""

    def __init__(self, nlp: Language, lemmas: frozenset[str]) -> None:
        self.lemmas = lemmas
        self._exceptions: dict[str, list[str]] = {}
        self._rules: list[tuple[str, str]] = []
        if "lemmatizer" in nlp.component_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")  # noqa: B009  (typed as a callable)
            if lookups.has_table("lemma_exc"):
                self._exceptions = dict(lookups.get_table("lemma_exc").get("verb", {}))
            if lookups.has_table("lemma_rules"):
                self._rules = [tuple(r) for r in lookups.get_table("lemma_rules").get("verb", [])]
        self._memo: dict[str, frozenset[str]] = {}

    def __call__(self, lower: str) -> frozenset[str]:
        known = self._memo.get(lower)
        if known is None:
            known = self._memo[lower] = frozenset(
                lemma for lemma in self._lemmas(lower) if lemma in self.lemmas
            )
        return known

    def _lemmas(self, form: str) -> Iterator[str]:
        yield form
        yield from self._exceptions.get(form, ())
        for old, new in self._rules:
            if form.endswith(old):
                yield form[: len(form) - len(old)] + new


class MemoisedRules:
    """The model's ``attribute_ruler`` and rule ``lemmatizer``, with their answers memoised.

    Both are pure functions of a few token attributes, but spaCy runs them token by token
    through a Matcher of 179 patterns and a Python loop: about a fifth of the fast
    pipeline's time. A one-token pattern of the ruler reads only LOWER, TAG, DEP and
    IS_SPACE, so which of them match is memoised by those four values; the few longer
    patterns ("gon na", "let 's") go through a Matcher of their own. Matching patterns are
    applied in the ruler's order, later ones winning, as the ruler does. Lemmas are memoised
    by ORTH, POS and MORPH, the lemmatizer's own cache key, and tokens that already have one
    keep it. ``supported`` is False when a pattern uses something else; then the components
    run as they are.
    """

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        # typed as callables by spaCy; cast so the checker does not narrow them back
        self.ruler: Any = cast(Any, nlp.get_pipe("attribute_ruler"))
        self.lemmatizer: Any = cast(Any, nlp.get_pipe("lemmatizer"))
        self.replaces = (self.ruler, self.lemmatizer)  # the components this stands for
        # One-token patterns, split by how they read LOWER, so that a new word costs a few
        # dictionary look-ups: (pattern number, the spec's other conditions).
        self.by_shape: list[tuple[int, dict[str, Any]]] = []  # no LOWER condition
        self.by_word: dict[str, list[tuple[int, dict[str, Any]]]] = {}  # LOWER is or is IN
        self.by_other: list[tuple[int, dict[str, Any]]] = []  # LOWER REGEX or NOT_IN
        self.multi = Matcher(nlp.vocab)
        self.multi_openers: list[dict[str, Any]] = []  # first tokens of the longer patterns
        self.supported = getattr(self.lemmatizer, "mode", None) == "rule" and not self.lemmatizer.overwrite
        for number, entry in enumerate(self.ruler.patterns):
            alternatives = entry["patterns"]
            if any(len(tokens) != 1 for tokens in alternatives):
                self.multi.add(str(number), alternatives)
                self.multi_openers.extend(tokens[0] for tokens in alternatives)
                self.supported &= all(_supported_spec(tokens[0]) for tokens in alternatives)
                continue
            for tokens in alternatives:
                spec = tokens[0]
                self.supported &= _supported_spec(spec)
                lower = spec.get("LOWER")
                if lower is None:
                    self.by_shape.append((number, spec))
                elif isinstance(lower, str) or (isinstance(lower, dict) and set(lower) == {"IN"}):
                    for word in [lower] if isinstance(lower, str) else lower["IN"]:
                        self.by_word.setdefault(word, []).append((number, spec))
                else:
                    self.by_other.append((number, spec))
        self.multi_length = max((len(t) for e in self.ruler.patterns for t in e["patterns"]), default=1)
        self._shape_matches: dict[tuple[int, int, int], list[int]] = {}
        # (LOWER, TAG, DEP, IS_SPACE) -> (matching one-token patterns, may open a longer one)
        self._matching: dict[tuple[int, int, int, int], tuple[tuple[int, ...], bool]] = {}
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        if self.supported:
            self.lemmatizer = _with_set_index(self.lemmatizer, nlp)

    def __call__(self, doc: Doc) -> Doc:
        self._apply_rules(doc)
        self._lemmatize(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        return map(self, docs)

    def _apply_rules(self, doc: Doc) -> None:
        per_token = []
        openers = []
        for i, key in enumerate(map(tuple, doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist())):
            found = self._matching.get(key)
            if found is None:
                found = self._matching[key] = self._match_one(*key)
            per_token.append(found[0])
            if found[1]:
                openers.append(i)
        # the longer patterns ("gon na", "let 's"), tried only where their first token is
        for i in openers:
            for match_id, start, end in self.multi(doc[i : i + self.multi_length]):
                if start:
                    continue  # a match further on is found from its own opener
                number = int(self.vocab.strings[match_id])
                target = range(i, i + end)[self.ruler.indices[number]]
                per_token[target] = tuple(sorted({*per_token[target], number}))
        for i, numbers in enumerate(per_token):
            if numbers:
                set_token_attrs(doc[i], self._attrs(numbers))

    def _match_one(self, lower: int, tag: int, dep: int, is_space: int) -> tuple[tuple[int, ...], bool]:
        strings = self.vocab.strings
        values = {"LOWER": strings[lower], "TAG": strings[tag], "DEP": strings[dep], "IS_SPACE": bool(is_space)}
        shape = (tag, dep, is_space)
        numbers = self._shape_matches.get(shape)
        if numbers is None:
            numbers = self._shape_matches[shape] = [n for n, spec in self.by_shape if _spec_matches(spec, values)]
        lexical = self.by_word.get(str(values["LOWER"]), []) + self.by_other
        found = set(numbers) | {n for n, spec in lexical if _spec_matches(spec, values)}
        may_open = any(_spec_matches(spec, values) for spec in self.multi_openers)
        return tuple(sorted(found)), may_open

    def _attrs(self, numbers: tuple[int, ...]) -> dict[int, int]:
        merged = self._merged.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:  # in pattern order: later patterns win
                merged.update(self.ruler.attrs[number])
            self._merged[numbers] = merged
        return merged

    def _lemmatize(self, doc: Doc) -> None:
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                found = self._lemmas[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # uint64 at run time


def _with_set_index(lemmatizer: Any, nlp: Language) -> Any:
    """A private copy of a rule lemmatizer whose word index holds sets, not lists.

    spaCy's rule lemmatizer tests ``form in index`` against lists of up to 57,000 words
    (about 0.2 ms a new word); the same words as sets give the same answers at once. The
    copy shares every other table; the model's own lemmatizer is left as it is (its tables
    must stay serialisable)."""
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            data = {pos: frozenset(words) for pos, words in table.items()}
            lookups.add_table(name, data)
        else:
            lookups.set_table(name, table)
    copy = type(lemmatizer)(nlp.vocab, None, name=f"{lemmatizer.name}_memoised", mode="rule")
    copy.lookups = lookups
    return copy


def _supported_spec(spec: dict[str, Any]) -> bool:
    for name, want in spec.items():
        if name not in ("LOWER", "TAG", "DEP", "IS_SPACE"):
            return False
        if isinstance(want, dict) and not set(want) <= {"IN", "NOT_IN", "REGEX"}:
            return False
    return True


def _spec_matches(spec: dict[str, Any], values: dict[str, Any]) -> bool:
    return all(_value_matches(want, values[name]) for name, want in spec.items())


def _value_matches(want: Any, value: Any) -> bool:
    if isinstance(want, dict):
        if "IN" in want and value not in want["IN"]:
            return False
        if "REGEX" in want and not (isinstance(value, str) and re.search(want["REGEX"], value)):
            return False  # spaCy's REGEX is re.search on the string
        return not ("NOT_IN" in want and value in want["NOT_IN"])
    return bool(want == value)


class LeanAnnotator:
    """Parse candidate sentences, tag entities in name windows, leave the rest bare."""

    def __init__(self, nlp: Language, name: str = "saidwhat_lean") -> None:
        self.name = name
        self.nlp = nlp
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.root_id = nlp.vocab.strings.add("ROOT")
        self._parse_stages: list[Any] | None = None
        self._cue_lemmas: CueForms | None = None
        self._by_hash: dict[int, frozenset[str]] = {}  # LOWER hash -> cue lemmas it may have
        self._particle_hashes: dict[str, set[int]] = {}
        self._capitalised_memo: dict[int, bool] = {}
        self._quoted_by_doc: dict[int, tuple[str, QuotedRanges]] = {}  # id(doc) -> its quotations
        self._determiners = {nlp.vocab.strings.add(w) for w in DETERMINERS}
        self._not_names = {nlp.vocab.strings.add(w) for w in self.stop_words | NOT_NAME_WORDS}
        # Where the rules read the parse, from their registry (core/rules.py): lemmas read
        # only with a particle ("point out"), text patterns, sentences found from entities.
        self.particle_only = rules.particle_only()
        self.patterns = tuple(rules.patterns())
        self.entity_triggers = tuple(rules.entity_triggers())

    # Built on first use, not here: a pipeline made with ``from_config`` creates this
    # component before ``from_bytes``/``from_disk`` fill the lemmatizer's tables.

    @property
    def parse_stages(self) -> list[Any]:
        """The components run on candidate sentences (TrainablePipes, typed as callables)."""
        if self._parse_stages is None:
            nlp = self.nlp
            stages = [nlp.get_pipe(n) for n in PARSE_COMPONENTS if n in nlp.component_names]
            if {"attribute_ruler", "lemmatizer"} <= set(nlp.component_names):
                rules = MemoisedRules(nlp)
                if rules.supported:
                    stages = [stage for stage in stages if stage not in rules.replaces] + [rules]
            self._parse_stages = stages
        return self._parse_stages

    @property
    def ner(self) -> Any:
        return self.nlp.get_pipe("ner") if "ner" in self.nlp.component_names else None

    @property
    def cue_lemmas(self) -> CueForms:
        if self._cue_lemmas is None:
            self._cue_lemmas = CueForms(self.nlp, rules.cue_lemmas())
        return self._cue_lemmas

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):  # type: ignore[no-untyped-call]
            yield from self._process(list(batch))

    # -- where to look ------------------------------------------------------------------

    def candidate_runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges ``[start, end)`` of consecutive candidate sentences."""
        runs: list[tuple[int, int]] = []
        text = doc_text(doc)
        lowers: list[int] = doc.to_array(LOWER).tolist()
        cue_tokens = [i for i, lower in enumerate(lowers) if self._cue_lemmas_of(lower)]
        quoted: QuotedRanges | None = None
        triggered = {start for trigger in self.entity_triggers for start in trigger(doc)}
        for sent in doc.sents:
            first = bisect_left(cue_tokens, sent.start)
            last = bisect_left(cue_tokens, sent.end)
            cues = [i for i in cue_tokens[first:last] if self._is_cue(doc, text, i, lowers, sent)]
            if cues and QUOTE_PATTERN.search(text, sent.start_char, sent.end_char):
                # words inside a quotation are not the article's cues
                quoted = quoted or self._quoted_text(doc)
                cues = [i for i in cues if not quoted.inside(doc[i].idx)]
            candidate = bool(cues) or any(
                # 'Her deputy was blunt: "We have nothing left."', "WALLACE: Let's start"
                pattern.search(text, sent.start_char, sent.end_char) for pattern in self.patterns
            )
            if not (candidate or sent.start in triggered):
                continue
            if runs and runs[-1][1] == sent.start:
                runs[-1] = (runs[-1][0], sent.end)
            else:
                runs.append((sent.start, sent.end))
        return runs

    def _cue_lemmas_of(self, lower: int) -> frozenset[str]:
        found = self._by_hash.get(lower)
        if found is None:
            found = self._by_hash[lower] = self.cue_lemmas(self.nlp.vocab.strings[lower])
        return found

    def _is_cue(self, doc: Doc, text: str, i: int, lowers: list[int], sent: Span) -> bool:
        """Could token ``i``, whose form may be a cue, be one in its sentence?"""
        token = doc[i]
        if i > sent.start and token.text[:1].isupper() and not _on_headline(text, token.idx):
            return False  # "the United States", "the Washington Post": a name, not a verb
        if i > sent.start and lowers[i - 1] in self._determiners:
            return False  # "the states", "a report", "his claims": a noun
        lemmas = self._cue_lemmas_of(lowers[i])
        if lemmas <= self.particle_only.keys():
            later = set(lowers[i + 1 : sent.end])
            return any(later & self._particles(lemma) for lemma in lemmas)
        return True

    def _particles(self, lemma: str) -> set[int]:
        if lemma not in self._particle_hashes:
            strings = self.nlp.vocab.strings
            self._particle_hashes[lemma] = {strings.add(p) for p in self.particle_only[lemma]}
        return self._particle_hashes[lemma]

    def name_windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges around capitalised words: where an entity can be.

        A name inside a quotation counts only when the same word is also capitalised outside
        one: a speaker is never inside the quotes, but "Jim Mattis" there completes the
        "Mattis" who speaks outside."""
        quoted = self._quoted_text(doc)
        rows = doc.to_array([ORTH, LOWER, IDX]).tolist()
        triggers = [
            (i, orth, quoted.inside(idx))
            for i, (orth, lower, idx) in enumerate(rows)
            if lower not in self._not_names and self._capitalised(orth)
        ]  # "The", "I", "Tuesday", "Sen.": names start elsewhere, if at all
        outside = {orth for _, orth, inside in triggers if not inside}
        windows: list[tuple[int, int]] = []
        n = len(doc)
        for i, orth, inside in triggers:
            if inside and orth not in outside:
                continue
            start = max(0, i - NAME_CONTEXT[0])
            end = min(n, i + NAME_CONTEXT[1] + 1)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    def _quoted_text(self, doc: Doc) -> QuotedRanges:
        """The quotations of a Doc of the current batch, found once."""
        text = doc_text(doc)
        found = self._quoted_by_doc.get(id(doc))
        if found is None or found[0] != text:  # an id can come back for a later Doc
            ranges = QuotedRanges((q.start, q.end) for q in find_quoted_spans(text))
            found = self._quoted_by_doc[id(doc)] = (text, ranges)
        return found[1]

    def _capitalised(self, orth: int) -> bool:
        found = self._capitalised_memo.get(orth)
        if found is None:
            found = self._capitalised_memo[orth] = self.nlp.vocab.strings[orth][:1].isupper()
        return found

    # -- running the models -------------------------------------------------------------

    def _process(self, docs: list[Doc]) -> Iterator[Doc]:
        self._quoted_by_doc.clear()  # ids are only unique among live Docs: one batch at a time
        for doc in docs:
            split_paragraphs(doc)
        # entities first: a sentence that introduces a person is parsed for the description
        windows = [self.name_windows(doc) if len(doc) else [] for doc in docs]
        tagged = self._run([self.ner] if self.ner is not None else [], docs, windows, paragraphs=False)
        for doc, doc_windows in zip(docs, windows, strict=True):
            self._write_entities(doc, [(a, next(tagged)) for a, _ in doc_windows])
        runs = [self.candidate_runs(doc) if len(doc) else [] for doc in docs]
        parsed = self._run(self.parse_stages, docs, runs, paragraphs=True)
        for doc, doc_runs in zip(docs, runs, strict=True):
            if len(doc):
                self._write_parse(doc, [(a, next(parsed)) for a, _ in doc_runs])
            yield doc

    def _run(
        self, stages: list[Any], docs: list[Doc], ranges: list[list[tuple[int, int]]], *, paragraphs: bool
    ) -> Iterator[Doc]:
        pieces = [
            piece for doc, spans in zip(docs, ranges, strict=True) for piece in self._pieces(doc, spans, paragraphs)
        ]
        size = max(1, len(pieces))
        for stage in stages:
            pieces = list(stage.pipe(pieces, batch_size=size))
        return iter(pieces)

    def _pieces(self, doc: Doc, spans: list[tuple[int, int]], paragraphs: bool) -> Iterator[Doc]:
        """``doc[a:b]`` as new Docs. Re-tokenising the slice of text is much cheaper than
        ``Span.as_doc`` (which reads the whole Doc each time); where the tokens would not
        line up, ``as_doc`` it is."""
        if not spans:
            return
        text = doc_text(doc)
        starts = doc.to_array([IDX])
        for a, b in spans:
            first = int(starts[a])
            last = doc[b - 1]
            piece = self.nlp.tokenizer(text[first : last.idx + len(last.text)])
            if not (len(piece) == b - a and numpy.array_equal(piece.to_array([IDX]) + first, starts[a:b])):
                piece = doc[a:b].as_doc()
            if paragraphs:
                split_paragraphs(piece)  # as in the full pipeline: no arc across a line break
            yield piece

    def _write_parse(self, doc: Doc, parsed: list[tuple[int, Doc]]) -> None:
        attrs = [TAG, POS, LEMMA, HEAD, DEP]
        array = doc.to_array([TAG, POS, LOWER, HEAD, DEP])  # unparsed: no tag, lemma = lower
        array[:, 0] = 0
        array[:, 1] = 0
        array[:, 3] = 0  # each token its own head
        array[:, 4] = 0  # no label
        covered = numpy.zeros(len(doc), dtype=bool)
        for start, piece in parsed:
            array[start : start + len(piece)] = piece.to_array(attrs)
            covered[start : start + len(piece)] = True
        # spaCy derives sentence starts from the trees: the first token of each unparsed
        # sentence becomes a childless ROOT, so the sentence keeps its start.
        for sent in doc.sents:
            if not covered[sent.start]:
                array[sent.start, 4] = self.root_id
        doc.from_array(attrs, array)  # type: ignore[arg-type]  # uint64 at run time

    @staticmethod
    def _write_entities(doc: Doc, tagged: list[tuple[int, Doc]]) -> None:
        ents = [
            Span(doc, start + e.start, start + e.end, label=e.label)
            for start, piece in tagged
            for e in piece.ents
        ]
        doc.set_ents(ents, default="outside")


def split_paragraphs(doc: Doc) -> None:
    """A line break always ends a sentence (the small ``senter`` often runs over one); and
    a paragraph's first word does not make a sentence of its own (the parser, told where a
    paragraph starts, otherwise cuts "Health | Canada has expanded a recall")."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            if i + 2 < len(doc) and not doc[i + 1].is_space and not doc[i + 2].is_space and doc[i + 1].is_alpha:
                doc[i + 2].is_sent_start = False


def _on_headline(text: str, char: int) -> bool:
    """Is ``char`` on a line whose words are mostly capitalised ("Mattis Says He Will Go")?"""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 2 and capitalised >= HEADLINE_SHARE * len(words)


@Language.component("saidwhat_paragraphs")
def paragraph_splitter(doc: Doc) -> Doc:
    """The full pipeline's first step: a line break ends a sentence there too, as in the fast
    one, so both parse the same sentences (the parser keeps boundaries set before it)."""
    split_paragraphs(doc)
    return doc


@Language.factory("saidwhat_lean")
def make_lean_annotator(nlp: Language, name: str) -> LeanAnnotator:
    return LeanAnnotator(nlp, name)
