"""A person's gender with the evidence that decided it: the article's own words first.

Nothing is inferred from anything but these, in this order of strength:

``title``
    a gendered title on one of the person's mentions: "Ms Varga", "Mr Mattis", "Sir Keir".
``descriptor``
    a description of the person whose head noun is gendered: "the 54-year-old mother",
    "a father of three", "the congresswoman".
``pronoun``
    pronouns outside quotations that refer back to the person: "Varga said she ...",
    "Mattis said his ...", "... said Kaur. She added ...".
``first-name``
    the first-name table (``first_names.py``: US Social Security baby names, public
    domain), only for names that are confidently one sex.

Within one article the strongest kind of evidence that decides clearly wins: one side only,
or at least ``CLEAR_MAJORITY`` times as many votes as the other. A kind that is split
without a clear winner is passed over. Across articles the same rule holds over the
articles' verdicts (see ``combine_articles``): words in the text outweigh the first-name
table, and articles that disagree leave the person ``unknown`` unless one side clearly wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, PERSON_NOUNS

FEMALE = "female"
MALE = "male"
EVIDENCE = ("title", "descriptor", "pronoun", "first-name")  # strongest first
if TYPE_CHECKING:  # the store reads combine_articles without loading spaCy
    from spacy.tokens import Doc, Token

TEXT_EVIDENCE = frozenset(EVIDENCE[:3])
CLEAR_MAJORITY = 3  # one side wins a split when it has at least three times the other's votes

FEMALE_NOUNS = frozenset(
    """
    woman mother daughter wife sister grandmother granddaughter aunt niece widow girl girlfriend
    mum mom grandma bride queen princess actress waitress heiress duchess countess baroness
    spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman
    policewoman sportswoman stateswoman anchorwoman horsewoman servicewoman
    """.split()
)
MALE_NOUNS = frozenset(
    """
    man father son husband brother grandfather grandson uncle nephew widower boy boyfriend
    dad grandpa groom king prince duke count baron
    congressman businessman councilman assemblyman policeman sportsman statesman
    anchorman horseman serviceman
    """.split()
)
_OTHER_SUBJECTS = frozenset({"they", "i", "we", "you"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_DESCRIPTOR_END = re.compile(r"\s+(?:of|who|whose|with|from|at|in|for|to|and)\b|[,;(–—]")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from . import first_names

    return (
        frozenset(first_names.FEMALE.split()),
        frozenset(first_names.MALE.split()),
        frozenset(first_names.AMBIGUOUS.split()),
    )


def first_name_gender(name: str) -> str | None:
    """``"female"``/``"male"`` for a first name the table knows as confidently one sex, else
    None (unknown names and names of both sexes: "Jordan", "Andrea")."""
    word = name.strip().strip(".").lower() if name else ""
    if not word:
        return None
    female, male, _ = _table()
    if word in female:
        return FEMALE
    if word in male:
        return MALE
    if "-" in word and word not in _table()[2]:  # "Anne-Sophie": the first part decides
        return first_name_gender(word.split("-", 1)[0])
    return None


def is_first_name(name: str) -> bool:
    """Whether the table knows the word as a first name at all, of either sex."""
    word = name.strip().strip(".").lower() if name else ""
    female, male, ambiguous = _table()
    return word in female or word in male or word in ambiguous or first_name_gender(word) is not None


def title_gender(word: str) -> str | None:
    """The gender a title says: "Ms" -> female, "Mr." -> male, "Senator" -> None."""
    lower = word.lower()
    if lower in MALE_TITLES:
        return MALE
    if lower in FEMALE_TITLES:
        return FEMALE
    return None


def descriptor_gender(descriptor: str) -> str | None:
    """The gender a description's head noun says: "the 54-year-old mother" -> female,
    "a father of three" -> male, "a friend of the victim's mother" -> None (head: friend)."""
    head_part = _DESCRIPTOR_END.split(descriptor.strip(), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", head_part)
    if not words:
        return None
    head = words[-1].lower()
    if head.endswith("s") and head[:-1] in FEMALE_NOUNS | MALE_NOUNS:
        return None  # a plural: "the mothers" is not one person
    if head in FEMALE_NOUNS:
        return FEMALE
    if head in MALE_NOUNS:
        return MALE
    return None


def pronoun_gender(word: str) -> str | None:
    lower = word.lower()
    if lower in MALE_PRONOUNS:
        return MALE
    if lower in FEMALE_PRONOUNS:
        return FEMALE
    return None


def decide(votes: Iterable[tuple[str, str]]) -> tuple[str | None, str | None]:
    """``(gender, evidence)`` from ``(gender, evidence)`` votes: the strongest kind of
    evidence that decides clearly (one side, or ``CLEAR_MAJORITY`` times the other) wins."""
    tally: dict[str, dict[str, int]] = {kind: {FEMALE: 0, MALE: 0} for kind in EVIDENCE}
    for gender, evidence in votes:
        if evidence in tally and gender in (FEMALE, MALE):
            tally[evidence][gender] += 1
    for kind in EVIDENCE:
        winner = _clear_winner(tally[kind][FEMALE], tally[kind][MALE])
        if winner is not None:
            return winner, kind
    return None, None


def _clear_winner(female: int, male: int) -> str | None:
    if female > 0 and female >= CLEAR_MAJORITY * male:
        return FEMALE
    if male > 0 and male >= CLEAR_MAJORITY * female:
        return MALE
    return None


def combine_articles(verdicts: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """One person's gender across articles from each article's ``(gender, evidence)``.

    Articles whose own words decided (title, descriptor, pronoun) are counted first: the
    side with at least ``CLEAR_MAJORITY`` times as many such articles as the other wins,
    with the strongest evidence any of its articles had; a split without such a winner is
    ``(None, "conflict")``. Only when no article's words decided does the first-name table
    count, by the same rule. No verdict at all is ``(None, None)``.
    """
    counts: dict[tuple[str, str], int] = {}
    for gender, evidence in verdicts:
        if gender is not None and evidence is not None:
            counts[(gender, evidence)] = counts.get((gender, evidence), 0) + 1
    return combine_counts(counts)


def combine_counts(counts: Mapping[tuple[str, str], int]) -> tuple[str | None, str | None]:
    """``combine_articles`` from ``{(gender, evidence): articles}``."""
    text = {FEMALE: 0, MALE: 0}
    strongest: dict[str, str] = {}
    names = {FEMALE: 0, MALE: 0}
    for (gender, evidence), n in counts.items():
        if gender not in (FEMALE, MALE) or n <= 0:
            continue
        if evidence in TEXT_EVIDENCE:
            text[gender] += n
            if gender not in strongest or EVIDENCE.index(evidence) < EVIDENCE.index(strongest[gender]):
                strongest[gender] = evidence
        elif evidence == "first-name":
            names[gender] += n
    if text[FEMALE] or text[MALE]:
        winner = _clear_winner(text[FEMALE], text[MALE])
        return (winner, strongest[winner]) if winner else (None, "conflict")
    if names[FEMALE] or names[MALE]:
        winner = _clear_winner(names[FEMALE], names[MALE])
        return (winner, "first-name") if winner else (None, "conflict")
    return None, None


@dataclass(frozen=True, slots=True)
class PersonMentions:
    """What one article says of one person, as ``article_genders`` reads it."""

    name: str
    is_person: bool
    mentions: tuple[tuple[int, int], ...]  # character spans of the person's mentions
    descriptors: tuple[str, ...] = ()


def article_genders(
    doc: Doc, people: Sequence[PersonMentions], in_quote: Callable[[int], bool]
) -> list[tuple[str | None, str | None]]:
    """``(gender, evidence)`` for each of one article's people (``(None, None)`` for
    organisations and groups), from titles, descriptors, pronouns and the first name."""
    from .doctext import doc_text

    votes: list[list[tuple[str, str]]] = [[] for _ in people]
    text = doc_text(doc)
    for i, person in enumerate(people):
        if not person.is_person:
            continue
        for start, end in person.mentions:
            title = re.match(r"[A-Za-z]+\.?", text[start:end])
            gender = title_gender(title.group(0)) if title else None
            if gender:
                votes[i].append((gender, "title"))
        for descriptor in person.descriptors:
            gender = descriptor_gender(descriptor)
            if gender:
                votes[i].append((gender, "descriptor"))
        words = person.name.split()
        if len(words) >= 2:
            gender = first_name_gender(words[0])
            if gender:
                votes[i].append((gender, "first-name"))
    for i, gender in pronoun_votes(doc, people, in_quote):
        votes[i].append((gender, "pronoun"))
    return [decide(v) if p.is_person else (None, None) for p, v in zip(people, votes, strict=True)]


def pronoun_votes(
    doc: Doc, people: Sequence[PersonMentions], in_quote: Callable[[int], bool]
) -> list[tuple[int, str]]:
    """Pronouns that can only go back to one named person: after a mention of a person
    with nobody else named or described earlier in its sentence, the first
    he/him/his/she/her outside quotations in the rest of the sentence, or the subject
    pronoun that opens the next sentence, with no other person, named or described ("the
    minister"), in between."""
    if not len(doc):
        return []
    token_at = {t.idx: t.i for t in doc}
    starts: dict[int, int] = {}  # token index -> person, for the first token of each mention
    owner: dict[int, int] = {}  # token index -> person, for every token of a mention
    for i, person in enumerate(people):
        for start, end in person.mentions:
            token = token_at.get(start)
            if token is not None:
                starts[token] = i
                k = token
                while k < len(doc) and doc[k].idx < end:
                    owner[k] = i
                    k += 1
    sent_of = [0] * len(doc)
    sent_start: list[int] = []
    for n, sent in enumerate(doc.sents):
        sent_start.append(sent.start)
        for k in range(sent.start, sent.end):
            sent_of[k] = n
    found: list[tuple[int, str]] = []
    for person_index, person in enumerate(people):
        if not person.is_person:
            continue
        for start, end in person.mentions:
            first = token_at.get(start)
            if first is None or in_quote(start):
                continue
            if any(  # someone else named, described or referred to earlier in the sentence could be meant
                _someone_else(doc[k], person_index, owner) or _other_referent(doc[k], in_quote)
                for k in range(sent_start[sent_of[first]], first)
            ):
                continue
            j = first
            while j < len(doc) and doc[j].idx < end:
                j += 1
            if j < len(doc) and doc[j].lower_ in ("'s", "’s", "'", "’"):
                continue  # "Warren's grilling": a possessive name, the pronoun after is someone else's
            gender = _next_pronoun(doc, j, sent_of, sent_start, starts, in_quote, owner, person_index)
            if gender is not None:
                found.append((person_index, gender))
    return found


def _other_referent(token: Token, in_quote: Callable[[int], bool]) -> bool:
    """A subject pronoun before the name ("she said months later, and the reason was Donald
    Trump, who ... she had come to believe"): someone already in the sentence the later
    pronoun can mean."""
    return token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and not in_quote(token.idx)


def _someone_else(token: Token, person: int, owner: dict[int, int]) -> bool:
    """A token that names or describes a person other than ``person``."""
    if token.i in owner:
        return owner[token.i] != person
    lower = token.lower_
    return (
        token.ent_type_ == "PERSON"
        or (token.pos_ == "PROPN" and not token.ent_type_ and token.is_title)  # a name NER missed
        or lower in FEMALE_NOUNS
        or lower in MALE_NOUNS
        or (token.pos_ in ("NOUN", "PROPN") and token.tag_ not in ("NNS", "NNPS") and token.lemma_.lower() in PERSON_NOUNS)
    )


def _next_pronoun(
    doc: Doc,
    j: int,
    sent_of: list[int],
    sent_start: list[int],
    starts: dict[int, int],
    in_quote: Callable[[int], bool],
    owner: dict[int, int],
    person: int,
) -> str | None:
    sentence = sent_of[j - 1] if j > 0 else 0
    while j < len(doc) and sent_of[j] <= sentence + 1:
        token = doc[j]
        j += 1
        if token.i in starts:
            return None  # another mention, of this person or someone else, takes over
        if in_quote(token.idx):
            continue
        lower = token.lower_
        if _someone_else(token, person, owner):
            return None  # another name, or "the minister": a person without a name, stands in between
        gender = pronoun_gender(lower)
        if gender is None:
            if lower in _OTHER_SUBJECTS and token.dep_ in ("nsubj", "nsubjpass"):
                return None  # someone else is the subject now
            continue
        if sent_of[token.i] > sentence:  # the next sentence: only its opening subject
            opening = token.i - sent_start[sent_of[token.i]] <= 2
            return gender if lower in _SUBJECT_PRONOUNS and opening else None
        if not token.dep_ and lower in ("him", "her"):
            continue  # an unparsed sentence: "beside her" may well be someone else
        if token.dep_ == "poss" and token.head.dep_ == "appos":
            return None  # "Donald Trump, her Republican opponent": someone else's
        if token.dep_ in ("dobj", "dative", "iobj", "pobj") and _subject_is(token, owner, person):
            return None  # "Kelly confronted him": the object of her own verb is someone else
        return gender  # in the mention's own sentence, with nobody else in between
    return None


def _subject_is(token: Token, owner: dict[int, int], person: int) -> bool:
    """Whether the verb governing an object pronoun has the person as its subject."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("prep", "acomp", "advmod", "npadvmod") and verb.head.i != verb.i:
        verb = verb.head  # "Kevin fell asleep beside her": the verb "beside" hangs on
    return any(c.dep_ in ("nsubj", "nsubjpass") and owner.get(c.i) == person for c in verb.children)
