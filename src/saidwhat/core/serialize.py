"""To and from JSON-ready dicts: the public output schema (documented in README.md).

One article:
    {"id", "quotes": [QUOTE...], "people": [PERSON...], "meta"?: {...}, "error"?: str, "language"?: str}
QUOTE:
    {"start", "end", "text", "type", "speaker": {"name", "kind", "mention": SPAN|null, "rule", "antecedent": SPAN|null}|null,
     "cue": SPAN|null, "confidence", "rule", "spans": [SPAN...], "carried_on", "act"}
PERSON:
    {"name", "kind", "aliases": [...], "descriptors": [...], "gender", "gender_evidence", "mentions": [SPAN...]}
SPAN:
    {"start", "end", "text"}
"""

from __future__ import annotations

from typing import Any

from .errors import GoldFormatError
from .types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker

SCHEMA_VERSION = 1


def span_to_dict(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def span_from_dict(data: dict[str, Any] | None) -> Span | None:
    if data is None:
        return None
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    speaker = None
    if quote.speaker is not None:
        speaker = {
            "name": quote.speaker.name,
            "kind": quote.speaker.kind.value,
            "mention": span_to_dict(quote.speaker.mention),
            "rule": quote.speaker.rule,
            "antecedent": span_to_dict(quote.speaker.antecedent),
        }
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "type": quote.type.value,
        "speaker": speaker,
        "cue": span_to_dict(quote.cue),
        "confidence": round(quote.confidence, 3),
        "rule": quote.rule,
        "spans": [span_to_dict(s) for s in quote.spans],
        "carried_on": quote.carried_on,
        "act": quote.act,
    }


def quote_from_dict(data: dict[str, Any]) -> Quote:
    try:
        speaker_data = data.get("speaker")
        speaker = None
        if speaker_data is not None:
            speaker = Speaker(
                name=str(speaker_data["name"]),
                mention=span_from_dict(speaker_data.get("mention")),
                kind=PersonKind(speaker_data.get("kind", "person")),
                rule=speaker_data.get("rule"),
                antecedent=span_from_dict(speaker_data.get("antecedent")),
            )
        return Quote(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            type=QuoteType(data["type"]),
            speaker=speaker,
            cue=span_from_dict(data.get("cue")),
            confidence=float(data.get("confidence", 1.0)),
            rule=str(data.get("rule", "")),
            spans=tuple(s for s in (span_from_dict(x) for x in data.get("spans", [])) if s),
            carried_on=bool(data.get("carried_on", False)),
            act=str(data.get("act", "said")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldFormatError(f"malformed quote {data!r:.120}: {exc}") from exc


def person_to_dict(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "kind": person.kind.value,
        "aliases": list(person.aliases),
        "descriptors": list(person.descriptors),
        "gender": person.gender,
        "gender_evidence": person.gender_evidence,
        "mentions": [span_to_dict(s) for s in person.mentions],
    }


def person_from_dict(data: dict[str, Any]) -> Person:
    return Person(
        name=str(data["name"]),
        kind=PersonKind(data.get("kind", "person")),
        aliases=tuple(data.get("aliases", ())),
        descriptors=tuple(data.get("descriptors", ())),
        gender=data.get("gender"),
        gender_evidence=data.get("gender_evidence"),
        mentions=tuple(s for s in (span_from_dict(x) for x in data.get("mentions", [])) if s),
    )


def article_to_dict(article: ArticleQuotes) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": article.id,
        "quotes": [quote_to_dict(q) for q in article.quotes],
        "people": [person_to_dict(p) for p in article.people],
    }
    if article.meta:
        out["meta"] = dict(article.meta)
    if article.error is not None:
        out["error"] = article.error
    if article.language is not None:
        out["language"] = article.language
    return out


def article_from_dict(data: dict[str, Any]) -> ArticleQuotes:
    try:
        return ArticleQuotes(
            id=data.get("id"),
            quotes=tuple(quote_from_dict(q) for q in data.get("quotes", [])),
            people=tuple(person_from_dict(p) for p in data.get("people", [])),
            meta=dict(data.get("meta") or {}),
            error=data.get("error"),
            language=data.get("language"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldFormatError(f"malformed article record: {exc}") from exc
