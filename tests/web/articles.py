"""Short hand-written articles with hand-made results: the web tests need no model.

``build(text, statements, people)`` finds each piece by its words, so the offsets are
right by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

from saidwhat.core.types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from saidwhat.readers.base import Document


@dataclass(frozen=True)
class S:
    """One statement: its words, who, the cue and the mention (first occurrence after ``after``)."""

    words: str
    speaker: str | None
    cue: str | None = None
    mention: str | None = None
    type: QuoteType = QuoteType.DIRECT
    after: str = ""  # find the words after this text (to pick a later occurrence)
    kind: PersonKind = PersonKind.PERSON
    rule: str = "verb"  # the statement rule's id, as the engine names it (core/rules.py)


def span(text: str, words: str, after: str = "") -> Span:
    start = text.index(words, text.index(after) if after else 0)
    return Span(start, start + len(words), words)


def build(id: str, text: str, statements: list[S], people: list[Person]) -> ArticleQuotes:
    quotes = []
    for s in statements:
        where = span(text, s.words, s.after)
        cue = span(text, s.cue, s.after) if s.cue else None
        mention = span(text, s.mention, s.after) if s.mention else None
        speaker = Speaker(s.speaker, mention, s.kind) if s.speaker else None
        quotes.append(
            Quote(where.start, where.end, where.text, s.type, speaker, cue, 0.9, f"{s.type.value}:{s.rule}")
        )
    return ArticleQuotes(id=id, quotes=tuple(quotes), people=tuple(people))


BRIDGE_TEXT = """Council approves river bridge after long fight

Mayor Ana Lindqvist said the new bridge would open in 2027.

"This is the day the east side stops waiting," Lindqvist told reporters on Tuesday.

Opposition leader Marcus Obi called the cost "a blank cheque" and said he would keep pushing for an audit.

Some residents said the noise would be unbearable. It was reported that the contract had been signed in March.
"""

BRIDGE = build(
    "bridge-vote",
    BRIDGE_TEXT,
    [
        S("the new bridge would open in 2027", "Ana Lindqvist", "said", "Mayor Ana Lindqvist", QuoteType.INDIRECT),
        S('"This is the day the east side stops waiting,"', "Ana Lindqvist", "told", "Lindqvist", after='"This'),
        S('the cost "a blank cheque"', "Marcus Obi", "called", "Opposition leader Marcus Obi", QuoteType.MIXED,
          rule="naming"),
        S("he would keep pushing for an audit", "Marcus Obi", "said", "Opposition leader Marcus Obi",
          QuoteType.INDIRECT, after="Opposition"),
        S("the noise would be unbearable", "Some residents", "said", "Some residents", QuoteType.INDIRECT,
          after="Some residents", kind=PersonKind.GROUP),
        S("that the contract had been signed in March", None, "reported", None, QuoteType.INDIRECT),
    ],
    [
        Person("Ana Lindqvist", aliases=("Lindqvist", "Mayor Ana Lindqvist"), descriptors=("the mayor",), gender="female"),
        Person("Marcus Obi", aliases=("Obi",), descriptors=("opposition leader",), gender="male"),
    ],
)

FERRY_TEXT = """Mayor defends bridge budget

Ana Lindqvist said on Friday that the bridge budget was "fully funded and fully audited".

"We will not cut a single bus route to pay for it," she said.
"""

FERRY = build(
    "bridge-budget",
    FERRY_TEXT,
    [
        S('that the bridge budget was "fully funded and fully audited"', "Ana Lindqvist", "said",
          "Ana Lindqvist", QuoteType.MIXED),
        S('"We will not cut a single bus route to pay for it,"', "Ana Lindqvist", "said", "she",
          after='"We will'),
    ],
    [Person("Ana Lindqvist", aliases=("Lindqvist",), descriptors=("mayor",), gender="female")],
)

# Markup everywhere a page shows text: article text, title, outlet, quote, speaker name, url.
NASTY_TEXT = """<script>alert("pwned-text")</script> Markup week

"<img src=x onerror=alert('pwned-quote')> is not a picture," said Dr <b>Bold</b> Evans.

She added that </mark></p><script>alert('pwned-close')</script> was "just text & nothing more".
"""

NASTY = build(
    "nasty-<script>",
    NASTY_TEXT,
    [
        S("\"<img src=x onerror=alert('pwned-quote')> is not a picture,\"", "Dr <b>Bold</b> Evans",
          "said", "Dr <b>Bold</b> Evans"),
        S("that </mark></p><script>alert('pwned-close')</script> was \"just text & nothing more\"",
          "Dr <b>Bold</b> Evans", "added", "She", QuoteType.MIXED),
    ],
    [Person("Dr <b>Bold</b> Evans", aliases=("<i>Evans</i>",), descriptors=("<script>x</script>",))],
)

DOCUMENTS = [
    (Document("bridge-vote", BRIDGE_TEXT, {"title": "Council approves river bridge after long fight",
                                           "outlet": "Riverside Gazette", "date": "2024-03-05",
                                           "url": "https://example.org/bridge-vote"}), BRIDGE),
    (Document("bridge-budget", FERRY_TEXT, {"title": "Mayor defends bridge budget",
                                            "outlet": "Harbour Herald", "date": "2024-06-14",
                                            "url": "https://example.org/budget"}), FERRY),
    (Document("nasty-<script>", NASTY_TEXT, {"title": '<script>alert("pwned-title")</script>',
                                             "outlet": "<i>Tag Times</i>", "date": "2024-05-01",
                                             "url": "javascript:alert('pwned-url')"}), NASTY),
]

PASTE_TEXT = """Library to stay open on Sundays

"Reading rooms should never close on the one day people are free," said librarian Ruth Okafor.

The council's finance chief, Peter Hale, said the extra hours would cost little.
"""
