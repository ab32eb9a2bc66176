"""The registry of rules: every way saidwhat finds a statement, as a named unit.

A :class:`Rule` has an id, a one-line description with an example sentence, the finder
that implements it, its base confidence for each type of statement it yields, and
:class:`Where`: the parse it reads and on which sentences. ``Quote.rule`` is
``"<type>:<rule id>"`` ("direct:colon", "indirect:verb"); :func:`rule_of` reads it back.

The fast pipeline (``saidwhat.fastparse``) runs the tagger, parser and lemmatizer only on
the sentences that some rule here says it reads (:func:`cue_lemmas`,
:func:`particle_only`, :func:`patterns`, :func:`entity_triggers`), so a rule added here
is parsed for in both pipelines alike. Adding a cue word is one line in
``lexicon.py``: the verb rule's lemmas are that list. ``docs/engine.md`` walks through
adding a rule.

Speaker resolvers may register here too (``kind="speaker"``), with :func:`register`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from . import attribution, cues
from .doctext import doc_text
from .lexicon import (
    BELIEF_VERBS,
    INTRODUCING_VERBS,
    NAMING_VERBS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PHRASAL_CUES,
    QUOTE_MARKS,
    SPEECH_VERBS,
)
from .speakers import PAIR_WINDOW, PLURAL_WINDOW, REPEAT_WINDOW, THING_NOUNS, THING_WINDOW, kin_word
from .types import QuoteType

DIRECT, MIXED, INDIRECT = QuoteType.DIRECT, QuoteType.MIXED, QuoteType.INDIRECT

# What a rule can read from the parse.
TAGS, DEPS, LEMMAS, ENTITIES = "tags", "deps", "lemmas", "entities"
PARSE = frozenset({TAGS, DEPS, LEMMAS})


@dataclass(frozen=True, slots=True)
class Where:
    """The sentences on which a rule reads the parse.

    ``lemmas``: a sentence holding, outside quotation marks, a word that may be a verb of
    one of these lemmas; ``particles`` narrows a lemma to sentences where one of its
    particles follows ("point out"). ``pattern``: a sentence whose text matches.
    ``after_entities``: token starts of sentences found from the entities (run after NER).
    """

    lemmas: frozenset[str] = frozenset()
    particles: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    pattern: re.Pattern[str] | None = None
    after_entities: Callable[[Doc], Iterable[int]] | None = None


NOWHERE = Where()


@dataclass(frozen=True, slots=True)
class Rule:
    """One named way of finding a statement (or, ``kind="speaker"``, its speaker)."""

    id: str
    description: str  # what it finds, with an example sentence
    confidence: Mapping[QuoteType, float]  # base confidence by the type of statement it yields
    needs: frozenset[str] = frozenset()  # TAGS, DEPS, LEMMAS, ENTITIES
    where: Where = NOWHERE
    finder: Callable[..., Any] | None = None  # the function that implements it; None: extract.py itself
    kind: str = "statement"

    def label(self, type: QuoteType) -> str:
        """The value of ``Quote.rule`` for a statement of ``type`` found by this rule."""
        return f"{type.value}:{self.id}"

    def base(self, type: QuoteType) -> float:
        return self.confidence[type]


# A direct quotation with no speaker is worth at most this much, whatever found it.
NO_SPEAKER_CONFIDENCE = 0.4

_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add ``rule`` to the registry; its id must be new."""
    if rule.id in _REGISTRY:
        raise ValueError(f"rule {rule.id!r} is already registered")
    _REGISTRY[rule.id] = rule
    return rule


def get(rule_id: str) -> Rule:
    return _REGISTRY[rule_id]


def all_rules(kind: str | None = None) -> Iterator[Rule]:
    return (r for r in _REGISTRY.values() if kind is None or r.kind == kind)


def rule_of(label: str) -> Rule | None:
    """The rule behind a ``Quote.rule`` value ("direct:colon" -> the colon rule)."""
    return _REGISTRY.get(label.partition(":")[2])


def _confidence(direct: float | None = None, mixed: float | None = None, indirect: float | None = None) -> Mapping[QuoteType, float]:
    pairs = {DIRECT: direct, MIXED: mixed, INDIRECT: indirect}
    return MappingProxyType({t: c for t, c in pairs.items() if c is not None})


# -- the parse the rules read, by sentence -----------------------------------------------

def cue_lemmas() -> frozenset[str]:
    """Every lemma some rule reads as a cue."""
    return frozenset(lemma for r in _REGISTRY.values() for lemma in r.where.lemmas)


def particle_only() -> dict[str, frozenset[str]]:
    """Lemmas that every rule reading them reads only with a particle, with the particles."""
    out: dict[str, frozenset[str]] = {}
    for lemma in cue_lemmas():
        readers = [r.where for r in _REGISTRY.values() if lemma in r.where.lemmas]
        if all(lemma in w.particles for w in readers):
            out[lemma] = frozenset().union(*(w.particles[lemma] for w in readers))
    return out


def patterns() -> list[re.Pattern[str]]:
    """Text patterns that make a sentence one the rules read."""
    return [r.where.pattern for r in _REGISTRY.values() if r.where.pattern is not None]


def entity_triggers() -> list[Callable[[Doc], Iterable[int]]]:
    return [r.where.after_entities for r in _REGISTRY.values() if r.where.after_entities is not None]


def needs() -> frozenset[str]:
    return frozenset(n for r in _REGISTRY.values() for n in r.needs)


# -- the statement rules -------------------------------------------------------------------

_PHRASAL = MappingProxyType(dict(PHRASAL_CUES))
# 'Her deputy was blunt: "We have nothing left."'
QUOTE_MARK = "[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]"
COLON_INTRODUCTION = re.compile(r":\s*" + QUOTE_MARK)
# "WALLACE: Let's start", "Pat Caddell: Voters worried": up to four capitalised words and a
# colon opening a line
LINE_LABEL = re.compile(r"^[ \t]*[\"“]?(?:[A-ZÀ-Þ][^\s:]*[ \t]+){0,3}[A-ZÀ-Þ][^\s:]*[ \t]*:", re.MULTILINE)

VERB = register(Rule(
    "verb",
    'A reporting verb with a reported clause or quotation: "Ana Ruiz said that the port '
    'would reopen." / "\u201cIt is fixed,\u201d she said."',
    _confidence(0.9, 0.8, 0.75),
    PARSE,
    Where(lemmas=SPEECH_VERBS | frozenset(PHRASAL_CUES), particles=_PHRASAL),
    attribution._verb_cue,
))
NAMING = register(Rule(
    "naming",
    'A verb that reports by naming: "She called the plan a disaster." / "He described the '
    'deal as \u201ca betrayal\u201d."',
    _confidence(0.9, 0.8, 0.75),
    PARSE,
    Where(lemmas=NAMING_VERBS),
    attribution._naming_cue,
))
BELIEF = register(Rule(
    "belief",
    'A stance verb with a clause: "Ana Ruiz believes the port will reopen."',
    _confidence(0.9, 0.8, 0.5),
    PARSE,
    Where(lemmas=BELIEF_VERBS),
    attribution._verb_cue,
))
ACCORDING_TO = register(Rule(
    "according-to",
    '"according to" and its source: "The port will reopen, according to Ana Ruiz."',
    _confidence(0.9, 0.8, 0.7),
    PARSE,
    Where(lemmas=frozenset({"according"})),
    attribution._according_to,
))
LABEL = register(Rule(
    "label",
    'A speaker label opening a line, as in a transcript: "WALLACE: Let\'s start with Syria." '
    'Only a name (not "WATCH:", "READ MORE:"), and in an article with two such labels '
    'unless the label is a person\'s name: "Pat Caddell: Voters are worried"',
    _confidence(0.9, 0.8, 0.75),
    frozenset({TAGS, ENTITIES}),
    Where(pattern=LINE_LABEL),
    attribution._label_cues,
))
INTERVIEW = register(Rule(
    "interview",
    'A question-and-answer interview: each answer is the words of the person the introduction '
    'names ("Marta Lind has captained the ferry for 22 years." ... "A: For a lot of people '
    'here it\'s the only way to the hospital.")',
    _confidence(0.85, 0.8, 0.75),
    frozenset({ENTITIES}),
    NOWHERE,
    attribution.interview_cues,
))
COLON = register(Rule(
    "colon",
    'A clause ending in a colon introduces the quotation: "Her deputy was blunt: \u201cWe '
    'have nothing left.\u201d"',
    _confidence(direct=0.8),
    PARSE,
    Where(pattern=COLON_INTRODUCTION),
    cues.colon_cue,
))
# '“Donald Trump scares me.” ― Carla Sanchez.': a dash and two capitalised words
DASH_SIGNATURE = re.compile(r"[\u2015\u2014\u2013][ \t\u00a0]*[A-ZÀ-Þ][^\s,.;:]*[ \t\u00a0]+[A-ZÀ-Þ]")
DASH = register(Rule(
    "dash",
    'A dash and a name right after the closing mark sign the quotation: "\u201cThe river '
    'will flood again.\u201d \u2015 Ana Ruiz."',
    _confidence(direct=0.8),
    PARSE | {ENTITIES},
    Where(pattern=DASH_SIGNATURE),
    cues.dash_cue,
))
SAME_SENTENCE = register(Rule(
    "same-sentence",
    'The nearest cue in a sentence the quotation touches, or in a short sentence right '
    'after it: "\u201cWe lost,\u201d the coach told reporters after the game, \u201cand we '
    'deserved it.\u201d"',
    _confidence(direct=0.8),
    PARSE,
    NOWHERE,  # reads the cues the verb rules found
    cues.nearest_cue,
))
AFTER_QUOTE = register(Rule(
    "after-quote",
    'A speech verb in the words right after the closing mark, where the parse did not tie '
    'it: "\u201cNever again,\u201d the 52-year-old told reporters."',
    _confidence(direct=0.8),
    frozenset({TAGS, LEMMAS}),
    Where(lemmas=SPEECH_VERBS),
    cues.after_quote_cue,
))
INTERRUPTED = register(Rule(
    "interrupted",
    'A quotation interrupted by its cue within one sentence, one statement in two pieces: '
    '"\u201cWe are ready,\u201d he said, \u201cand we are not afraid.\u201d"',
    _confidence(direct=0.8),
))
CARRIED_ON = register(Rule(
    "carried-on",
    'A quotation with no cue of its own carries on the speaker quoted just before, with no '
    'mention: "\u201cWe sold out,\u201d said Hanna Lind. \u201cNext year we need a bigger '
    'field.\u201d", and the same in the next paragraph',
    _confidence(direct=0.75),
))
INTRODUCED = register(Rule(
    "introduced",
    'A paragraph of quotation after a sentence that introduces its speaker: "Ingrid '
    'Solberg spoke to the workers. \\n \u201cThe cranes are fixed.\u201d"',
    _confidence(direct=0.6),
    PARSE,
    Where(lemmas=INTRODUCING_VERBS),
    cues.introducing_subject,
))
HEADLINE = register(Rule(
    "headline",
    'A headline quoting someone named before its colon: "Sanders: Clinton must ‘get away from '
    'the personality stuff’" and "A lesson from Ana Ruiz: ‘Be the voice people hear.’"',
    _confidence(direct=0.6, mixed=0.6),
))
UNCUED = register(Rule(
    "uncued",
    'A quotation long enough to be speech that no cue claims and no speaker carries on: '
    '"\u201cThe river will flood again before the winter is out.\u201d"',
    _confidence(direct=0.3),
))


def _described_people(doc: Doc) -> Iterator[int]:
    """Starts of sentences that name a person with a description: "Her deputy, Tomas
    Brenner, was calm", "Defense Secretary Jim Mattis met them". The people index reads
    those descriptions from the parse."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        before = doc[ent.start - 1] if ent.start else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if (before is not None and (before.text == "," or (before.is_title and not before.is_sent_start))) or (
            after is not None and after.text == ","
        ):
            yield ent.sent.start


DESCRIPTION = register(Rule(
    "description",
    'A person introduced with a description the people index reads: "Her deputy, Tomas '
    'Brenner, was calm."',
    MappingProxyType({}),
    PARSE | {ENTITIES},
    Where(after_entities=_described_people),
    None,
    kind="people",
))


# "the poll said", "according to the poll": a bare description as the subject of a cue
_BARE_SOURCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his) ([a-z]{3,}) (?:[a-z]+ ){0,2}?"
    r"(?:said|says|say|added|adds|told|tells|wrote|writes|stated|states|noted|notes|reported|reports"
    r"|found|finds|concluded|concludes|argued|argues|claimed|claims|warned|warns|mentions|mentioned|read|reads)\b"
    r"|\baccording to (?:the|this) ([a-z]{3,})\b"
)


def _repeated_descriptions(doc: Doc) -> Iterator[int]:
    """Starts of the sentences where a bare "the poll" that reports something was described
    in full ("A Bloomberg poll of wealthy voters came out"): the speaker resolvers read that
    description from the parse."""
    text = doc_text(doc)
    for match in _BARE_SOURCE.finditer(text):
        word = match.group(1) or match.group(2)
        at = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if at is None:
            continue
        sentence = at.sent.start
        seen = 0
        for i in range(at.start - 1, -1, -1):
            token = doc[i]
            if token.is_sent_start:
                seen += 1
                if seen > REPEAT_WINDOW:
                    break
            if kin_word(token.lower_) == kin_word(word) and i > 0 and doc[i - 1].lower_ not in ("the", "this") and i < sentence:
                yield token.sent.start
                break


REPEATED = register(Rule(
    "repeated",
    'A bare description reporting ("according to the poll") goes to its fuller form before '
    '("A Bloomberg poll of wealthy voters"), which the speaker resolvers read from the parse.',
    MappingProxyType({}),
    PARSE,
    Where(after_entities=_repeated_descriptions),
    None,
    kind="speaker",
))


_THING_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Aa]n?) (?:[\w’'-]+ ){0,3}?(?:" + "|".join(sorted(THING_NOUNS)) + r")\b")
_OWNED_ORGANISATION = re.compile(r"\b[A-Z][\w.-]*['’]s (?:" + "|".join(sorted(ORG_NOUNS)) + r")\b")  # "Trump's campaign"
_IT = re.compile(r"\b[Ii]t\b")


def _thing_subjects(doc: Doc) -> Iterator[int]:
    """Starts of the sentences naming an ad, a study, a report or someone's organisation
    ("Trump's campaign") within ``THING_WINDOW`` sentences before an "it": the
    ``thing-pronoun`` resolver reads their subject."""
    text = doc_text(doc)
    yield from _before(
        list(doc.sents), THING_WINDOW,
        trigger=lambda sent: _IT.search(text, sent.start_char, sent.end_char) is not None,
        wanted=lambda _, sent: (
            _THING_SUBJECT.search(text, sent.start_char, sent.end_char) is not None
            or _OWNED_ORGANISATION.search(text, sent.start_char, sent.end_char) is not None
        ),
        own=True,
    )


def _before(
    sentences: list[SpacySpan], window: int, *,
    trigger: Callable[[SpacySpan], bool], wanted: Callable[[int, SpacySpan], bool], own: bool = False,
) -> Iterator[int]:
    """Starts of the sentences ``wanted`` (given their number and the sentence) within
    ``window`` sentences before one that ``trigger`` picks (and that one too when ``own``)."""
    for k, sent in enumerate(sentences):
        if not trigger(sent):
            continue
        for j in range(max(0, k - window), k + 1 if own else k):
            if wanted(j, sentences[j]):
                yield sentences[j].start


THING_PRONOUN = register(Rule(
    "thing-pronoun",
    'The ad, study or report that was the subject just before, read from the parse, for an '
    '"it" that reports: "The ad then references her emails. It also mentions her health."',
    MappingProxyType({}),
    PARSE,
    Where(after_entities=_thing_subjects),
    None,
    kind="speaker",
))


_THEY = re.compile(r"\b[Tt]hey\b")


def _organisations_before_they(doc: Doc) -> Iterator[int]:
    """Starts of the sentences naming an organisation within ``PLURAL_WINDOW`` sentences
    before a "they": the plural-pronoun resolver reads whether it is the subject."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    with_org = [False] * len(starts)
    for ent in doc.ents:  # once over the entities: Span.ents per sentence would rescan them all
        if ent.label_ == "ORG":
            with_org[bisect_right(starts, ent.start) - 1] = True
    yield from _before(
        sentences, PLURAL_WINDOW,
        trigger=lambda sent: _THEY.search(text, sent.start_char, sent.end_char) is not None,
        wanted=lambda j, _: with_org[j],
    )


ORGANISATION_THEY = register(Rule(
    "organisation-they",
    'An organisation named as a subject, read from the parse, for a "they" after it: '
    '"The Harbour Authority did a check. On Tuesday they published the result."',
    MappingProxyType({}),
    PARSE,
    Where(after_entities=_organisations_before_they),
    None,
    kind="speaker",
))


_BARE_PLURAL = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Bb]oth) ([a-z]+(?:s|men))\b")
_NAMED_PAIR = re.compile(r"\b[A-Z][\w.’'-]+ and (?:(?:Mr|Ms|Mrs|Dr|Sen|Rep)\.? )?[A-Z]")


def _named_pairs(doc: Doc) -> Iterator[int]:
    """Starts of the sentences naming two people together ("Mr. Grassley and Mr. Leahy")
    within ``PAIR_WINDOW`` sentences before a bare plural of people ("the senators"): the
    ``group`` speaker resolver reads the pair from the parse."""
    text = doc_text(doc)

    def people_plural(sent: SpacySpan) -> bool:
        plural = _BARE_PLURAL.search(text, sent.start_char, sent.end_char)
        return plural is not None and _singular(plural.group(1)) in PERSON_NOUNS

    yield from _before(
        list(doc.sents), PAIR_WINDOW,
        trigger=people_plural,
        wanted=lambda _, sent: _NAMED_PAIR.search(text, sent.start_char, sent.end_char) is not None,
    )


def _singular(word: str) -> str:
    return word[:-3] + "man" if word.endswith("men") else word[:-1]


NAMED_PAIR = register(Rule(
    "named-pair",
    'Two people named together, read from the parse, for a bare plural that means them: '
    '"Mr. Grassley and Mr. Leahy met the builders. The senators said the zones were too broad."',
    MappingProxyType({}),
    PARSE,
    Where(after_entities=_named_pairs),
    None,
    kind="speaker",
))


# "the former premier", "The 71-year-old": a definite description of a person
_DEFINITE_PERSON = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}?(?:" + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True)) + r"|\d+-year-old)\b"
)
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er)\b")


def _described_subjects(doc: Doc) -> Iterator[int]:
    """Starts of sentences with a definite description of a person ("The former premier
    laughed.") followed by a sentence with a he or she: the people index reads the
    description as a mention of the person it describes, for the pronoun after it."""
    text = doc_text(doc)
    sentences = list(doc.sents)
    for sent, following in zip(sentences, sentences[1:], strict=False):
        if _DEFINITE_PERSON.search(text, sent.start_char, sent.end_char) and (
            _THIRD_PERSON.search(text, following.start_char, following.end_char)
        ):
            yield sent.start


DESCRIBED_SUBJECT = register(Rule(
    "described-subject",
    'A definite description as a subject, read as a mention of the person it describes, '
    'for a pronoun after it: "The former premier laughed. \u201cI am younger than the plan,\u201d she said."',
    MappingProxyType({}),
    PARSE,
    Where(after_entities=_described_subjects),
    None,
    kind="people",
))


def describe() -> list[dict[str, Any]]:
    """The registry as rows, for documentation and tests."""
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "confidence": {t.value: c for t, c in r.confidence.items()},
            "needs": sorted(r.needs),
            "finder": f"{r.finder.__module__}.{r.finder.__name__}" if r.finder else "saidwhat.core.extract",
            "description": r.description,
        }
        for r in _REGISTRY.values()
    ]


__all__ = [
    "NOWHERE",
    "Rule",
    "Where",
    "all_rules",
    "cue_lemmas",
    "describe",
    "entity_triggers",
    "get",
    "needs",
    "particle_only",
    "patterns",
    "register",
    "rule_of",
]
