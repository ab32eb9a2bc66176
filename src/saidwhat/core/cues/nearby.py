"""The same-sentence rule: the nearest cue in a sentence the quotation touches."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan

from ..attribution import Cue
from ..quotes import QuotedSpan
from .after_quote import ends_its_sentence

BARE_CUE_TOKENS = 25  # a sentence after the quote that only names its speaker, however long the name


def nearest_cue(q: QuotedSpan, cues: list[Cue], sentences: list[SpacySpan], sent_starts: list[int], text: str) -> Cue | None:
    """A cue in a sentence the quotation touches, or in a short sentence right after it
    ("…" \\n Smith said.), nearest first."""
    first = max(0, bisect_right(sent_starts, q.start) - 1)
    last = max(0, bisect_right(sent_starts, max(q.start, q.end - 1)) - 1)
    window_start = sentences[first].start_char
    window_end = quote_end = sentences[last].end_char
    bare_end = window_end  # where a sentence reporting nothing of its own may reach
    if last + 1 < len(sentences) and not ends_its_sentence(q, sentences[0].doc, text):
        following = sentences[last + 1]
        if "\n" not in text[q.end : following.start_char]:
            if len(following) <= 10:
                window_end = following.end_char
            if len(following) <= BARE_CUE_TOKENS:
                # '"…!" Scott's niece, state Del. Marcia Price (D-Va.), shouted to the crowd.'
                bare_end = following.end_char
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if cue.belief or cue.passive_unnamed or cue.source is None:
            continue
        verb_char = cue.verb_char
        reach = bare_end if cue.content is None and verb_char >= quote_end else window_end
        if not (window_start <= verb_char < max(window_end, reach)) or q.start <= verb_char < q.end:
            continue
        if "\n" in text[min(verb_char, q.end) : max(verb_char, q.start)]:
            continue  # never across a paragraph break
        distance = q.start - verb_char if verb_char < q.start else verb_char - q.end
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None
