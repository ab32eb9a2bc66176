"""The colon rule: 'Her deputy was blunt: "We have nothing left."'."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..attribution import Cue
from ..doctext import doc_text
from ..lexicon import PERSON_NOUNS, SPEAKER_PRONOUNS
from ..quotes import QuotedSpan

_INVERTED_OPENERS = frozenset({"said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "recalled", "recalls"})


def colon_cue(q: QuotedSpan, doc: Doc, in_quote: Callable[[int], bool]) -> Cue | None:
    """"Her deputy was blunt: "We have nothing left."": a clause ending in a colon right
    before the quotation introduces it, and its subject is the source."""
    text = doc_text(doc)
    before = text[max(0, q.start - 3) : q.start].rstrip()
    if not before.endswith(":"):
        return None
    at = text.rfind(":", 0, q.start)
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None or colon.start == 0:
        return None
    head = doc[colon.start - 1]
    opener = head.sent[0]
    if opener.lower_ in _INVERTED_OPENERS and opener.i < head.i <= opener.i + 4 and head.pos_ == "PROPN":
        # "Said Ellis: "I doubt it."": the verb first, the name after it
        return Cue(verb=opener.i, tokens=(opener.i,), source=head.i, source_rule="colon", content=None, passive_unnamed=False, belief=False)
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or in_quote(subject.idx) or subject.idx > q.start:
        return None
    personal = (
        subject.pos_ == "PROPN"
        or subject.lower_ in SPEAKER_PRONOUNS
        or subject.lemma_.lower() in PERSON_NOUNS
        or subject.ent_type_ in ("PERSON", "ORG")
    )
    if not personal:
        return None  # "The verdict was clear:" introduces words, not a speaker
    if "\n" in text[subject.idx : at]:
        return None  # a subject in another paragraph; "He said:" closing a paragraph still introduces the next
    return Cue(verb=colon.start, tokens=(colon.start,), source=subject.i, source_rule="colon", content=None, passive_unnamed=False, belief=False)
