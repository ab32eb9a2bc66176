"""Article text -> escaped HTML with every attributed statement highlighted.

The markup is built from a sorted list of boundaries, never by inserting tags into the
text: statements, cues and speaker mentions may overlap or nest (a mention inside
another quote, a quote inside a quote), and a paragraph break may fall inside a
statement. Every stretch between two boundaries is escaped on its own, and the open
elements are kept on a stack: when an element ends below the top of the stack, the
ones above it are closed and re-opened after it, so the HTML always nests properly.

Offsets are Python string indices (code points) into the original text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..core.types import ArticleQuotes, Person, Quote

# Hues that stay apart on a light background. A speaker's hue comes from a stable hash of
# the name, so the same person has the same colour on every page and in every run.
PALETTE_HUES = (210, 28, 135, 275, 350, 185, 50, 305, 95, 240, 10, 160)
MIN_HUE_GAP = 35  # two speakers of one article closer than this look alike
UNATTRIBUTED = "unattributed"

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


def colour_slot(name: str) -> int:
    digest = hashlib.sha1(name.casefold().encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % len(PALETTE_HUES)


def speaker_hue(name: str) -> int:
    """The hue (0-359) a speaker is drawn in, the same everywhere."""
    return PALETTE_HUES[colour_slot(name)]


def _gap(a: int, b: int) -> int:
    d = abs(a - b) % 360
    return min(d, 360 - d)


def assign_hues(names: Iterable[str]) -> dict[str, int]:
    """Hues for the speakers of one article, most frequent first: each keeps their own
    hue unless it looks like one already taken; then the free hue farthest from the
    taken ones. Deterministic for a given list of names."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    taken: list[int] = []
    hues: dict[str, int] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n.casefold(), n)):
        own = speaker_hue(name)
        if taken and min(_gap(own, t) for t in taken) < MIN_HUE_GAP:
            free = [h for h in PALETTE_HUES if h not in taken] or list(PALETTE_HUES)
            own = max(free, key=lambda h: (min(_gap(h, t) for t in taken), -PALETTE_HUES.index(h)))
        taken.append(own)
        hues[name] = own
    return hues


@dataclass(frozen=True, slots=True)
class _Element:
    """One element to draw over ``[start, end)``; ``level`` decides nesting on ties."""

    start: int
    end: int
    level: int  # 0 paragraph, 1 statement, 2 cue or mention
    tag: str
    attrs: tuple[tuple[str, str], ...]
    first_attrs: tuple[tuple[str, str], ...] = ()  # only on the first piece (tabindex, id)

    def open_tag(self, first: bool) -> str:
        attrs = self.attrs + (self.first_attrs if first else (("data-cont", "1"),))
        rendered = "".join(f' {k}="{escape(v)}"' for k, v in attrs)
        return f"<{self.tag}{rendered}>"

    def close_tag(self) -> str:
        return f"</{self.tag}>"


@dataclass(frozen=True, slots=True)
class StatementInfo:
    """What the popover and the statement list say about one statement."""

    index: int  # 1, 2, ... in reading order
    anchor: str  # the element id: "quote-N", N the quote's position in the result
    speaker: str | None
    kind: str | None
    type: str
    rule: str
    confidence: float
    cue: str | None
    mention: str | None
    carried_on: bool
    hue: int | None
    text: str

    @property
    def tip(self) -> str:
        who = self.speaker or "No named source (unattributed)"
        lines = [
            who,
            f"{self.type} statement · confidence {self.confidence:.2f}",
            f"rule: {self.rule or 'none given'}",
        ]
        if self.cue:
            lines.append(f"cue: {self.cue}")
        if self.mention:
            lines.append(f"mention: {self.mention}")
        if self.carried_on:
            lines.append("carries on from the previous statement")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person of the article as the side panel shows them."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    hue: int
    statements: int


@dataclass(frozen=True, slots=True)
class RenderedArticle:
    html: Markup
    statements: tuple[StatementInfo, ...]
    people: tuple[PersonInfo, ...]
    unattributed: int


def _valid(start: int, end: int, length: int) -> bool:
    return 0 <= start < end <= length


def _statement_pieces(quote: Quote) -> list[tuple[int, int]]:
    if quote.spans:
        return [(s.start, s.end) for s in quote.spans]
    return [(quote.start, quote.end)]


def render_article(text: str, result: ArticleQuotes) -> RenderedArticle:
    """The article as HTML (a run of ``<p>``), plus what the side panel and popovers need."""
    speakers = [q.speaker.name for q in result.quotes if q.speaker is not None]
    hues = assign_hues(speakers + [p.name for p in result.people])
    length = len(text)
    elements: list[_Element] = []

    for match in _PARAGRAPH.finditer(text):
        elements.append(_Element(match.start(), match.end(), 0, "p", ()))

    infos: list[StatementInfo] = []
    marked: set[tuple[str, int, int]] = set()
    ordered = sorted(enumerate(result.quotes), key=lambda iq: (iq[1].start, -iq[1].end))
    for number, (position, quote) in enumerate(ordered, start=1):
        speaker = quote.speaker
        hue = hues.get(speaker.name) if speaker is not None else None
        mention = speaker.mention if speaker is not None else None
        info = StatementInfo(
            index=number,
            anchor=f"quote-{position}",
            speaker=speaker.name if speaker is not None else None,
            kind=speaker.kind.value if speaker is not None else None,
            type=quote.type.value,
            rule=quote.rule,
            confidence=quote.confidence,
            cue=quote.cue.text if quote.cue else None,
            mention=mention.text if mention else None,
            carried_on=quote.carried_on,
            hue=hue,
            text=quote.text,
        )
        infos.append(info)
        style = f"--hue:{hue}" if hue is not None else ""
        classes = f"stmt stmt-{quote.type.value}" + ("" if speaker else " stmt-none")
        attrs: tuple[tuple[str, str], ...] = (
            ("class", classes),
            ("data-q", str(number)),
            ("data-speaker", info.speaker or UNATTRIBUTED),
            ("data-tip", info.tip),
        )
        if style:
            attrs += (("style", style),)
        first = (
            ("id", info.anchor),
            ("tabindex", "0"),
            ("aria-label", f"Statement {number}, by {info.speaker or 'no named source'}"),
        )
        pieces = sorted(p for p in _statement_pieces(quote) if _valid(*p, length))
        for piece_number, (start, end) in enumerate(pieces):
            elements.append(
                _Element(start, end, 1, "mark", attrs, first if piece_number == 0 else ())
            )
        if quote.cue is not None and _valid(quote.cue.start, quote.cue.end, length):
            key = ("cue", quote.cue.start, quote.cue.end)
            if key not in marked:
                marked.add(key)
                elements.append(
                    _Element(quote.cue.start, quote.cue.end, 2, "span", (("class", "cue"),))
                )
        if mention is not None and _valid(mention.start, mention.end, length):
            key = ("mention", mention.start, mention.end)
            if key not in marked:
                marked.add(key)
                mention_attrs: tuple[tuple[str, str], ...] = (
                    ("class", "mention"),
                    ("data-speaker", info.speaker or UNATTRIBUTED),
                )
                if style:
                    mention_attrs += (("style", style),)
                elements.append(_Element(mention.start, mention.end, 2, "span", mention_attrs))

    html = Markup(_build(text, elements))
    counts: dict[str, int] = {}
    kinds: dict[str, str] = {}  # a speaker's kind as its statements give it ("Some residents": group)
    for info in infos:
        if info.speaker is not None:
            counts[info.speaker] = counts.get(info.speaker, 0) + 1
            kinds.setdefault(info.speaker, info.kind or "unknown")
    people = _people(result.people, hues, counts, kinds)
    return RenderedArticle(
        html=html,
        statements=tuple(infos),
        people=people,
        unattributed=sum(1 for i in infos if i.speaker is None),
    )


def _people(
    people: Sequence[Person], hues: dict[str, int], counts: dict[str, int], kinds: dict[str, str]
) -> tuple[PersonInfo, ...]:
    out: list[PersonInfo] = []
    seen: set[str] = set()
    for person in people:
        seen.add(person.name)
        out.append(
            PersonInfo(
                name=person.name,
                kind=person.kind.value,
                aliases=tuple(a for a in person.aliases if a != person.name),
                descriptors=person.descriptors,
                hue=hues.get(person.name, speaker_hue(person.name)),
                statements=counts.get(person.name, 0),
            )
        )
    # A speaker the people list does not hold still gets a row.
    for name, count in counts.items():
        if name not in seen:
            out.append(PersonInfo(name, kinds.get(name, "unknown"), (), (), hues[name], count))
    out.sort(key=lambda p: (-p.statements, p.name.casefold()))
    return tuple(out)


def _build(text: str, elements: list[_Element]) -> str:
    """Emit properly nested markup for possibly overlapping elements (see module docstring)."""
    if not text:
        return ""
    points = sorted({0, len(text)} | {e.start for e in elements} | {e.end for e in elements})
    order = sorted(elements, key=lambda e: e.start)
    out: list[str] = []
    stack: list[_Element] = []
    opened: set[int] = set()  # ids of elements whose first piece was emitted
    cursor = 0  # elements in ``order`` before this index start before the current segment
    live: list[_Element] = []
    for a, b in zip(points, points[1:], strict=False):
        while cursor < len(order) and order[cursor].start <= a:
            live.append(order[cursor])
            cursor += 1
        live = [e for e in live if e.end > a]
        active = {id(e) for e in live if e.start <= a and e.end >= b}
        keep = 0
        while keep < len(stack) and id(stack[keep]) in active:
            keep += 1
        for element in reversed(stack[keep:]):
            out.append(element.close_tag())
        del stack[keep:]
        in_paragraph = any(e.level == 0 for e in live if id(e) in active)
        if not in_paragraph:
            continue  # whitespace between paragraphs: nothing to draw
        on_stack = {id(e) for e in stack}
        to_open = [e for e in live if id(e) in active and id(e) not in on_stack]
        # Paragraphs always sit at the bottom of the stack; among the rest, longer first.
        to_open.sort(key=lambda e: (e.level != 0, -e.end, e.level))
        for element in to_open:
            out.append(element.open_tag(first=id(element) not in opened))
            opened.add(id(element))
            stack.append(element)
        out.append(str(escape(text[a:b])))
    for element in reversed(stack):
        out.append(element.close_tag())
    return "".join(out)
