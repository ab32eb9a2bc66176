"""The introduced rule: a sentence closing a paragraph introduces the next paragraph's quotation."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ..lexicon import INTRODUCING_VERBS


def introducing_subject(start: int, doc: Doc, paras: list[tuple[int, int]]) -> Token | None:
    """"Ingrid Solberg spoke to the workers." followed by a paragraph of quotation: the
    previous paragraph's last sentence introduces the speaker."""
    k = max(0, bisect_right([a for a, _ in paras], start) - 1)
    if k == 0:
        return None
    prev_start, prev_end = paras[k - 1]
    span = doc.char_span(prev_start, prev_end, alignment_mode="expand")
    if span is None:
        return None
    if len(span) == 0:
        return None
    root = doc[span.end - 1].sent.root
    if root.lemma_.lower() not in INTRODUCING_VERBS:
        return None
    return next((c for c in root.children if c.dep_ == "nsubj"), None)
