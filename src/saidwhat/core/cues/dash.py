"""The dash rule: a quotation signed with a dash and a name, as in a list of reactions."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..attribution import Cue
from ..doctext import doc_text
from ..quotes import QuotedSpan

# '“Donald Trump scares me.” ― Carla Sanchez.': a dash right after the closing mark
_DASH_AFTER = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*")
_NAME_END = re.compile(r"[,.;:!?(\n]")
MAX_NAME_TOKENS = 5


def dash_cue(q: QuotedSpan, doc: Doc) -> Cue | None:
    """'“Donald Trump scares me.” ― Carla Sanchez.': a dash right after the closing mark and
    a capitalised name up to the end of the sentence sign the quotation."""
    text = doc_text(doc)
    dash = _DASH_AFTER.match(text, q.end)
    if dash is None or dash.end() >= len(text) or not text[dash.end()].isupper():
        return None
    stop = _NAME_END.search(text, dash.end())
    end = stop.start() if stop is not None else len(text)
    name = doc.char_span(dash.end(), end, alignment_mode="contract")
    at = next(i for i in range(dash.start(), dash.end()) if text[i] in "\u2015\u2014\u2013")
    mark = doc.char_span(at, at + 1, alignment_mode="expand")
    if name is None or mark is None or not 0 < len(name) <= MAX_NAME_TOKENS:
        return None
    words = [t for t in name if not t.is_punct]
    if not words or not all(t.text[:1].isupper() or t.lower_ in ("de", "van", "von", "da", "del", "la") for t in words):
        return None
    person = [t for t in words if t.ent_type_ == "PERSON"]
    source = (person or words)[-1]
    dash_token = mark[0]
    return Cue(
        verb=dash_token.i,
        tokens=(dash_token.i,),
        source=source.i,
        source_rule="dash",
        content=None,
        passive_unnamed=False,
        belief=False,
    )
