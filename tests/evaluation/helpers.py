"""Tiny hand-made gold articles and predictions for pinning the scoring protocol."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from saidwhat.core.types import ArticleQuotes, Quote, QuoteType, Span, Speaker
from saidwhat.evaluation import GoldArticle, GoldQuote

TEXT = (
    "The mayor, Ana Ruiz, said the bridge would reopen in May. "
    '"We have fixed every crack," she added. '
    "It was reported that the budget had doubled. "
    "The plan is ambitious, the report concluded."
)


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def gold_quote(
    words: str,
    qtype: str = "indirect",
    speaker: str | None = "Ana Ruiz",
    mention: str | None = "Ana Ruiz",
    cue: str | None = "said",
    text: str = TEXT,
) -> GoldQuote:
    s = span(text, words)
    return GoldQuote(
        start=s.start,
        end=s.end,
        text=s.text,
        type=QuoteType(qtype),
        speaker=speaker,
        speaker_span=span(text, mention) if mention else None,
        cue=span(text, cue) if cue else None,
    )


def pred_quote(
    start: int,
    end: int,
    qtype: str = "indirect",
    speaker: str | None = "Ana Ruiz",
    mention: Span | None = None,
    cue: Span | None = None,
    text: str = TEXT,
) -> Quote:
    who = None if speaker is None else Speaker(speaker, mention)
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        type=QuoteType(qtype),
        speaker=who,
        cue=cue,
        confidence=0.9,
        rule="test",
    )


def article(*quotes: GoldQuote, text: str = TEXT, no_speaker: tuple[str, ...] = ()) -> GoldArticle:
    return GoldArticle(id="a1", text=text, quotes=quotes, no_speaker=no_speaker)


def predicted(*quotes: Quote, id: str = "a1") -> dict[str, ArticleQuotes]:
    return {id: ArticleQuotes(id=id, quotes=quotes)}


def gold_record(a: GoldArticle) -> dict[str, Any]:
    """A GoldArticle back in the FORMAT.md layout."""
    return {
        "id": a.id,
        "text": a.text,
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "type": q.type.value,
                "speaker": q.speaker,
                "speaker_span": [q.speaker_span.start, q.speaker_span.end]
                if q.speaker_span
                else None,
                "cue": q.cue.text if q.cue else None,
                "cue_span": [q.cue.start, q.cue.end] if q.cue else None,
            }
            for q in a.quotes
        ],
        "no_speaker": list(a.no_speaker),
    }


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
