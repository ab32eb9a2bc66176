"""The same-sentence rule: the nearest cue in a sentence the quotation touches."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan

from ..attribution import Cue
from ..quotes import QuotedSpan


def nearest_cue(q: QuotedSpan, cues: list[Cue], sentences: list[SpacySpan], sent_starts: list[int], text: str) -> Cue | None:
    """A cue in a sentence the quotation touches, or in a short sentence right after it
    ("…" \\n Smith said.), nearest first."""
    first = max(0, bisect_right(sent_starts, q.start) - 1)
    last = max(0, bisect_right(sent_starts, max(q.start, q.end - 1)) - 1)
    window_start = sentences[first].start_char
    window_end = sentences[last].end_char
    if last + 1 < len(sentences):
        following = sentences[last + 1]
        if len(following) <= 10 and "\n" not in text[q.end : following.start_char]:
            window_end = following.end_char
    best: tuple[int, Cue] | None = None
    for cue in cues:
        if cue.belief or cue.passive_unnamed or cue.source is None:
            continue
        verb_char = cue.verb_char
        if not (window_start <= verb_char < window_end) or q.start <= verb_char < q.end:
            continue
        if "\n" in text[min(verb_char, q.end) : max(verb_char, q.start)]:
            continue  # never across a paragraph break
        distance = q.start - verb_char if verb_char < q.start else verb_char - q.end
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None
