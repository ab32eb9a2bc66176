"""Quotation-mark spans in raw text, robust to mixed, stray and unbalanced marks.

Works paragraph by paragraph on the original string, so every span indexes it exactly.
A quote left open at the end of a paragraph is closed there: news style leaves the mark
off when the quote carries on into the next paragraph, and a stray mark must never
swallow the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import DOUBLE_CLOSERS, DOUBLE_OPENERS, SINGLE_CLOSERS, SINGLE_OPENERS

_PARAGRAPH = re.compile(r"[^\n]+")
# Two apostrophes or backticks stand for a double mark in some wire and NYT text; some
# outlets close with two right single marks.
_DOUBLE_MARKS = re.compile("''|``|’’|‘‘|[\"“”„«»]")
_SINGLE_MARKS = re.compile("['‘’]")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks, marks included."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    single: bool = False  # 'single' marks rather than "double"
    mark_width: int = 1  # 2 for '' and `` marks

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the words inside the marks."""
        start = self.start + self.mark_width
        end = self.end - self.mark_width if self.closed else self.end
        return start, max(start, end)

    def word_count(self, text: str) -> int:
        a, b = self.inner(text)
        return len(text[a:b].split())


class QuotedRanges:
    """Where a text's quotations are, for "is this character offset quoted?" by bisection."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges: list[tuple[int, int]] = sorted(ranges)
        self._starts = [a for a, _ in self._ranges]

    def inside(self, char: int) -> bool:
        k = bisect_right(self._starts, char) - 1
        return k >= 0 and self._ranges[k][0] <= char < self._ranges[k][1]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-empty lines: news text puts one paragraph per line."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted stretch in ``text``, in order, never overlapping."""
    spans: list[QuotedSpan] = []
    for start, end in paragraphs(text):
        found = _double_spans(text, start, end)
        found += [s for s in _single_spans(text, start, end) if not any(_overlap(s, d) for d in found)]
        spans.extend(sorted(found, key=lambda s: s.start))
    return spans


def _overlap(a: QuotedSpan, b: QuotedSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _is_opening_straight(text: str, i: int, para_start: int, width: int = 1) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + width] if i + width < len(text) else " "
    if before.isspace() or before in "([{—–―-/:":
        return not after.isspace()
    return False


def _double_spans(text: str, start: int, end: int) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    open_width = 1
    marks = list(_DOUBLE_MARKS.finditer(text, start, end))
    skip_to = -1
    for n, match in enumerate(marks):
        if n <= skip_to:
            continue
        i = match.start()
        mark = match.group()
        width = len(mark)
        straight = mark in ('"', "''")
        if open_at is None:
            if mark in ("“", "„", "«", "``", "‘‘") or (
                (straight or mark == "”") and _is_opening_straight(text, i, start, width)
            ):
                open_at, open_width = i, width
            elif straight and i == start:
                open_at, open_width = i, width
            elif mark in ('"', "”") and (single := _single_opener_before(text, start, i, spans)) is not None:
                # 'Stop it," a startled Ana Ruiz told her brother: opened with ', closed with "
                spans.append(QuotedSpan(single, i + width, closed=True))
            # otherwise a lone closer with nothing open is a stray mark: ignore it
            continue
        # something is open
        if mark in DOUBLE_CLOSERS or mark in ("''", "’’") or (mark == "“" and not _is_opening_straight(text, i, start)):
            spans.append(QuotedSpan(open_at, i + width, closed=True, mark_width=open_width))
            open_at = None
        elif mark in DOUBLE_OPENERS or mark in ("``", "‘‘"):
            outer = _nested_close(text, marks, n)
            if outer is not None:
                # “I'd rather live in what he calls “hell” than here.”: a quotation inside the quote
                close = marks[outer]
                spans.append(QuotedSpan(open_at, close.end(), closed=True, mark_width=open_width))
                open_at, skip_to = None, outer
                continue
            # a new opener while one is open: the first was never closed
            spans.append(QuotedSpan(open_at, _trim_end(text, open_at, i), closed=False, mark_width=open_width))
            open_at, open_width = i, width
    if open_at is not None:
        spans.append(QuotedSpan(open_at, _trim_end(text, open_at, end), closed=False, mark_width=open_width))
    return [s for s in spans if s.end - s.start > 2 * s.mark_width]


NESTED_WORDS = 12  # the longest quotation inside a quotation taken for one ("he calls “hell”")


def _nested_close(text: str, marks: list[re.Match[str]], n: int) -> int | None:
    """The index of the mark closing the outer quotation when the curly opener ``marks[n]``
    starts a short quotation inside an open one: “ ... “word” ... ” with the inner quote
    closed by the next mark and the outer by the one after it. ``None`` otherwise."""
    if marks[n].group() != "“" or n + 2 >= len(marks):
        return None
    inner, outer = marks[n + 1], marks[n + 2]
    if inner.group() != "”" or outer.group() != "”":
        return None
    if len(text[marks[n].end() : inner.start()].split()) > NESTED_WORDS:
        return None
    between = text[inner.end() : outer.start()]
    return n + 2 if between.strip() else None


def _single_opener_before(text: str, start: int, at: int, spans: list[QuotedSpan]) -> int | None:
    """Where a quotation closed by a double mark at ``at`` opened with a single mark: a ' or ‘
    opening the paragraph or a sentence, three words or more before ``at``, no other mark
    between. ``None`` when there is none."""
    after_last = spans[-1].end if spans else start
    for k in range(after_last, at):
        if text[k] not in "'‘":
            continue
        before = text[k - 1] if k > start else " "
        if (k == start or before.isspace()) and text[k + 1 : k + 2].isalpha():
            inner = text[k + 1 : at]
            opens_sentence = k == start or text[:k].rstrip()[-1:] in ".!?:"
            marks = [j for j, c in enumerate(inner) if c in "'‘’\"“”"]
            apostrophes = all(0 < j < len(inner) - 1 and inner[j - 1].isalpha() and inner[j + 1].isalpha() for j in marks)
            if opens_sentence and len(inner.split()) >= 3 and apostrophes:
                return k
            return None
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _single_spans(text: str, start: int, end: int) -> list[QuotedSpan]:
    """'Single' quotes (British style). Apostrophes make these ambiguous, so a span must
    open before a word, close after one, and hold at least three words."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    for match in _SINGLE_MARKS.finditer(text, start, end):
        i = match.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if before == "'" or after == "'":
            continue  # '' is a double mark
        if open_at is None:
            if text[i] in SINGLE_OPENERS and (before.isspace() or before in "([—–\"“") and after.isalpha():
                open_at = i
            continue
        if text[i] in SINGLE_CLOSERS and not (before.isalpha() and after.isalpha()):
            closes = after.isspace() or after in ",.;:!?)—–\"”" or i + 1 >= end
            if closes and (before.isalnum() or before in ".,!?"):
                candidate = QuotedSpan(open_at, i + 1, closed=True, single=True)
                if len(text[open_at + 1 : i].split()) >= 3:
                    spans.append(candidate)
                    open_at = None
                elif before in ".,!?" or after in ",.;:!?":
                    open_at = None  # a short quoted word or title: not a quote
    return spans
