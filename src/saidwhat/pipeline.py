"""Text to statements in one process: clean, cut long articles into chunks, ``nlp.pipe``,
run the core on each ``Doc``, put the chunks' results back together, flag failures.

``api.py`` is the public face over this module; ``parallel.py`` runs it in worker processes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace

from .core.extract import extract as core_extract
from .core.types import ArticleQuotes, Person, Quote, Span
from .language import detect, is_other_language
from .nlp import engine_model

# Longer articles are cut at paragraph breaks into chunks of at most this many characters.
# nlp.pipe parses a batch of chunks at once and its memory grows with the batch's length:
# 16 chunks of 100k characters peaked at 6.5 GB; of 20k, about a fifth of that. Nearly all
# news articles fit in one chunk.
CHUNK_CHARS = 20_000
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def extract_batch(
    items: Iterable[tuple[str | None, str]],
    *,
    batch_size: int = 16,
    fast: bool | None = None,
    any_language: bool = False,
    acts: Collection[str] | None = None,
) -> Iterator[ArticleQuotes]:
    """Extract from ``(id, text)`` pairs in this process; one result per input, in order.

    An article that fails is returned with ``error`` set and no quotes; the batch goes on.
    Each result carries the article's detected language (``language.py``); an article in
    another language than English is not parsed and yields nothing, unless ``any_language``.
    ``acts`` are the kinds of act to output (``Quote.act``; ``None``: the core's default,
    what was said or written).
    """
    options = {} if acts is None else {"acts": frozenset(acts)}
    nlp = engine_model(fast=fast)

    originals: dict[int, str] = {}
    not_text: dict[int, str] = {}
    languages: dict[int, str | None] = {}
    skipped: set[int] = set()

    def chunks() -> Iterator[tuple[str, tuple[int, str | None, int, int]]]:
        for index, (doc_id, text) in enumerate(items):
            if not isinstance(text, str):
                # flagged, not guessed at: str(b"...") would give offsets into its repr
                not_text[index] = f"InputError: article text must be str, got {type(text).__name__}"
                yield "", (index, doc_id, 0, 0)
                continue
            cleaned = clean_text(text)
            languages[index] = language = detect(cleaned)
            if is_other_language(language) and not any_language:
                skipped.add(index)  # flagged by its language, not parsed
                yield "", (index, doc_id, 0, 0)
                continue
            if cleaned is not text:
                originals[index] = text
            pieces = split_long_text(cleaned)
            for number, (offset, piece) in enumerate(pieces):
                yield piece, (index, doc_id, offset, len(pieces) - number - 1)

    pending: list[ArticleQuotes] = []
    for doc, (index, doc_id, offset, remaining) in nlp.pipe(
        chunks(), as_tuples=True, batch_size=batch_size
    ):
        if index in skipped:
            result = ArticleQuotes(id=doc_id)
            skipped.discard(index)
        else:
            try:
                result = core_extract(doc, id=doc_id, **options)
            except Exception as exc:  # a bug on one article must not stop a batch
                result = ArticleQuotes(id=doc_id, error=f"{type(exc).__name__}: {exc}")
        if index in not_text:
            result = ArticleQuotes(id=doc_id, error=not_text.pop(index))
        pending.append(shift(result, offset))
        if remaining == 0:
            merged = merge(pending)
            original = originals.pop(index, None)
            if original is not None:
                merged = reslice(merged, original)
            yield replace(merged, language=languages.pop(index, None))
            pending = []


def reslice(result: ArticleQuotes, original: str) -> ArticleQuotes:
    """Re-read every span's text from the original string (after ``clean_text`` swapped characters)."""
    return remap_spans(result, lambda span: Span(span.start, span.end, original[span.start : span.end]))


def remap_spans(result: ArticleQuotes, fix: Callable[[Span], Span]) -> ArticleQuotes:
    """Apply ``fix`` to every span of a result: quote bodies, pieces, cues, mentions."""
    quotes = []
    for q in result.quotes:
        body = fix(q.span)
        speaker = q.speaker
        if speaker is not None:
            speaker = replace(
                speaker,
                mention=None if speaker.mention is None else fix(speaker.mention),
                antecedent=None if speaker.antecedent is None else fix(speaker.antecedent),
            )
        quotes.append(
            replace(
                q,
                start=body.start,
                end=body.end,
                text=body.text,
                speaker=speaker,
                cue=None if q.cue is None else fix(q.cue),
                spans=tuple(fix(piece) for piece in q.spans),
            )
        )
    people = tuple(replace(p, mentions=tuple(fix(m) for m in p.mentions)) for p in result.people)
    return replace(result, quotes=tuple(quotes), people=people)


def clean_text(text: str) -> str:
    """Make any str safe for spaCy without moving a single offset.

    Lone surrogates (from undecodable bytes) and NULs are swapped one-for-one for
    spaces, so every offset computed on the copy indexes the original string too.
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(" ", text)


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` chunks of at most ``limit`` characters at paragraph breaks."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut != -1:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def shift(result: ArticleQuotes, offset: int) -> ArticleQuotes:
    """Move a chunk's result to its place in the whole article."""
    if offset == 0:
        return result
    return remap_spans(result, lambda span: Span(span.start + offset, span.end + offset, span.text))


def merge(parts: list[ArticleQuotes]) -> ArticleQuotes:
    if len(parts) == 1:
        return parts[0]
    quotes: list[Quote] = []
    people: dict[str, Person] = {}
    errors = [p.error for p in parts if p.error]
    for part in parts:
        quotes.extend(part.quotes)
        for person in part.people:
            known = people.get(person.name)
            if known is None:
                people[person.name] = person
            else:
                people[person.name] = replace(
                    known,
                    aliases=tuple(dict.fromkeys(known.aliases + person.aliases)),
                    descriptors=tuple(dict.fromkeys(known.descriptors + person.descriptors)),
                    mentions=known.mentions + person.mentions,
                )
    return ArticleQuotes(
        id=parts[0].id,
        quotes=tuple(quotes),
        people=tuple(people.values()),
        error="; ".join(errors) if errors else None,
    )
