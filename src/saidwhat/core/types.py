"""The domain: frozen, slotted dataclasses that every layer of saidwhat passes around.

All offsets are Python string indices (code points) into the original article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class QuoteType(str, Enum):
    """How the statement is reported."""

    DIRECT = "direct"  # wholly inside quotation marks
    MIXED = "mixed"  # a reported clause holding a quoted fragment
    INDIRECT = "indirect"  # reported speech, no quotation marks


class PersonKind(str, Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # "officials", "sources", "Democrats": a source that is not one person
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span offsets: {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to.

    ``name`` is the canonical name of the person the article means ("James Mattis"),
    or the mention's own words when the source is not a named person ("officials").
    ``mention`` is the words in the text tied to the cue ("he", "the retired general"),
    or ``None`` where the quote carries on from the one before without its own cue.
    ``rule`` names the speaker resolver that chose ``name`` ("name", "pronoun", ...);
    ``antecedent`` is the earlier mention it was resolved through, where one was used.
    """

    name: str
    mention: Span | None
    kind: PersonKind = PersonKind.PERSON
    rule: str | None = None
    antecedent: Span | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """One person (or organisation) as one article refers to them."""

    name: str
    kind: PersonKind = PersonKind.PERSON
    aliases: tuple[str, ...] = ()  # other ways of naming them: "Mattis", "Mr Mattis", "Jim Mattis"
    descriptors: tuple[str, ...] = ()  # roles and descriptions: "the defence secretary"
    gender: str | None = None  # "male", "female" or None when the article does not tell
    gender_evidence: str | None = None  # what decided gender: "pronoun", "title", "first-name"
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement."""

    start: int
    end: int
    text: str
    type: QuoteType
    speaker: Speaker | None
    cue: Span | None
    confidence: float
    rule: str  # provenance: which rule decided this statement
    spans: tuple[Span, ...] = ()  # the pieces, where the content is interrupted
    carried_on: bool = False  # continues the previous quote's speaker without a cue of its own
    act: str = "said"  # what kind of act it reports: "said", "wrote", "thought" or "found"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    """Everything saidwhat found in one article."""

    id: str | None
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    error: str | None = None  # set when the article could not be processed; quotes are then empty
    language: str | None = None  # detected language code ("en"); non-English articles yield nothing
