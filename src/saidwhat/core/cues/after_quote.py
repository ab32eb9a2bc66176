"""The after-quote rule: a speech verb in the words right after the closing mark."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..attribution import Cue
from ..doctext import doc_text
from ..lexicon import SPEECH_VERBS
from ..quotes import QuotedSpan

_NP_POS = frozenset({"NOUN", "PROPN", "PRON"})


def after_quote_cue(q: QuotedSpan, doc: Doc) -> Cue | None:
    """When the parse fails to link them: `"…," the 52-year-old told reporters` or
    `"…," said Ana Ruiz`, read off the words right after the closing mark."""
    text = doc_text(doc)
    if ends_its_sentence(q, doc, text):
        return None
    after = doc.char_span(q.end, min(len(text), q.end + 120), alignment_mode="contract")
    if after is None:
        return None
    window: list[Token] = []
    for t in after:
        if t.is_space and "\n" in t.text:
            break
        if t.text in (".", "!", "?", ";") or len(window) >= 9:
            break
        if not window and t.is_punct:
            continue  # the comma after the closing mark
        window.append(t)
    if not window:
        return None
    first_verb = next((k for k, t in enumerate(window) if t.tag_.startswith("VB") and t.lemma_.lower() in SPEECH_VERBS), None)
    if first_verb is None:
        return None
    verb = window[first_verb]
    if first_verb == 0:  # "said Ana Ruiz, a lawyer"
        phrase = []
        for t in window[1:]:
            if t.text == ",":
                break
            phrase.append(t)
    else:  # "the 52-year-old told"
        phrase = window[:first_verb]
    heads = [t for t in phrase if t.pos_ in _NP_POS or t.lower_ == "old"]
    if not heads or len(phrase) > 7:
        return None
    source = heads[-1]
    return Cue(
        verb=verb.i,
        tokens=(verb.i,),
        source=source.i,
        source_rule="lexical",
        content=None,
        passive_unnamed=False,
        belief=False,
    )


def ends_its_sentence(q: QuotedSpan, doc: Doc, text: str) -> bool:
    """'Japan branded it an "outlaw nation." Russia insisted ...': a quotation closing with a
    full stop inside a sentence that began before it ends that sentence; the words after
    the mark start the next one and are not its cue."""
    a, b = q.inner(text)
    if not text[a:b].rstrip().endswith("."):
        return False
    opening = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if opening is None:
        return False
    sentence_start = opening[0].sent.start_char
    paragraph_start = text.rfind("\n", 0, q.start) + 1
    before = text[max(sentence_start, paragraph_start) : q.start]
    return any(ch.isalpha() for ch in before)
