"""Hand-built engine results for store tests: exact quotes, no model needed."""

from __future__ import annotations

from saidwhat import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from saidwhat.readers import Document


def span_of(text: str, words: str, after: int = 0) -> Span:
    start = text.find(words, after)
    if start == -1:
        start = text.index(words)
    return Span(start, start + len(words), words)


def quote(
    text: str,
    words: str,
    speaker: str | None,
    *,
    mention: str | None = None,
    cue: str = "said",
    type: QuoteType = QuoteType.DIRECT,
    kind: PersonKind = PersonKind.PERSON,
) -> Quote:
    content = span_of(text, words)
    who = None
    if speaker is not None:
        who = Speaker(speaker, span_of(text, mention or speaker, content.end), kind)
    return Quote(
        start=content.start,
        end=content.end,
        text=content.text,
        type=type,
        speaker=who,
        cue=span_of(text, cue, content.end) if cue in text else None,
        confidence=0.9,
        rule="test",
    )


def article(
    article_id: str,
    text: str,
    quotes: list[Quote],
    people: list[Person] = (),  # type: ignore[assignment]
    **meta: str,
) -> tuple[Document, ArticleQuotes]:
    doc = Document(id=article_id, text=text, meta=dict(meta), source=f"test:{article_id}")
    return doc, ArticleQuotes(
        id=article_id, quotes=tuple(quotes), people=tuple(people), meta=dict(meta)
    )


def said(
    article_id: str,
    words: str,
    speaker: str,
    *,
    aliases: tuple[str, ...] = (),
    descriptors: tuple[str, ...] = (),
    kind: PersonKind = PersonKind.PERSON,
    listed: bool = True,
    **meta: str,
) -> tuple[Document, ArticleQuotes]:
    """A one-statement article: ``"WORDS," SPEAKER said.`` with SPEAKER among its people."""
    text = f'"{words}," {speaker} said on Thursday.\n\nThe talks go on next week.'
    people = (
        [Person(speaker, kind=kind, aliases=aliases, descriptors=descriptors)] if listed else []
    )
    return article(
        article_id, text, [quote(text, f'"{words},"', speaker, kind=kind)], people, **meta
    )
