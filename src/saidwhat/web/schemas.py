"""Pydantic models that describe the JSON API in the OpenAPI schema.

They mirror the store's dataclasses (``saidwhat.store.models``) and the public article
schema declared in ``saidwhat.core.schema`` (tests/test_schema.py fails when the article,
quote, speaker, person or span models drift from it); the views build plain dicts and
FastAPI checks them against these models on the way out.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class SpanOut(BaseModel):
    start: int = Field(description="code-point offset into the article text")
    end: int
    text: str


class QuoteHitOut(BaseModel):
    quote_id: int
    article_id: str
    quote_index: int
    start: int
    end: int
    text: str
    type: str = Field(description="direct, mixed or indirect")
    speaker_name: str | None
    speaker_kind: str | None
    mention: SpanOut | None
    cue: SpanOut | None
    confidence: float
    rule: str
    carried_on: bool
    spans: list[SpanOut]
    group_id: int | None
    person_id: int | None
    person_name: str | None
    article_title: str | None
    article_date: str | None
    article_outlet: str | None
    article_url: str | None
    rank: float | None = Field(default=None, description="bm25, lower is better")
    snippet: str = Field(
        default="", description="the quote with matches between \\u0002 and \\u0003"
    )


class SearchPageOut(BaseModel):
    total: int = Field(description="matches in all, not just this page")
    limit: int
    offset: int
    items: list[QuoteHitOut]
    next_cursor: str | None = Field(
        default=None, description="pass as `after` for the next page; null on the last page"
    )
    total_exact: bool = Field(
        default=True, description="false when there are more matches than counted (total - 1)"
    )
    note: str | None = Field(
        default=None, description="present when an over-long query was cut, saying what was left out"
    )


class SpeakerOut(BaseModel):
    name: str
    kind: str
    mention: SpanOut | None
    rule: str | None = Field(default=None, description="the speaker resolver that chose the name")
    antecedent: SpanOut | None = Field(
        default=None, description="the earlier mention the speaker was resolved through"
    )


class QuoteOut(BaseModel):
    start: int
    end: int
    text: str
    type: str
    speaker: SpeakerOut | None
    cue: SpanOut | None
    confidence: float
    rule: str
    spans: list[SpanOut]
    carried_on: bool
    act: str = Field(default="said", description="said, wrote, thought or found")


class PersonOut(BaseModel):
    name: str
    kind: str
    aliases: list[str]
    descriptors: list[str]
    gender: str | None
    gender_evidence: str | None = None
    mentions: list[SpanOut]


class ArticleQuotesOut(BaseModel):
    """The same shape as ``saidwhat extract --format jsonl`` prints."""

    id: str | None
    quotes: list[QuoteOut]
    people: list[PersonOut]
    meta: dict[str, str] | None = None
    error: str | None = None
    language: str | None = None


class StoredArticleOut(BaseModel):
    id: str
    text: str
    text_hash: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    source: str | None
    result: ArticleQuotesOut


class PersonSummaryOut(BaseModel):
    id: int
    name: str
    kind: str
    aliases: list[str]
    descriptors: list[str]
    quote_count: int
    article_count: int


class PeoplePageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[PersonSummaryOut]
    next_cursor: str | None = Field(
        default=None, description="pass as `after` for the next page; null on the last page"
    )


class PersonDetailOut(PersonSummaryOut):
    by_month: list[tuple[str, int]] = Field(description='("YYYY-MM", quotes) in date order')
    outlets: list[tuple[str, int]] = Field(description="(outlet, quotes), most first")
    first_date: str | None
    last_date: str | None
    gender: str = Field(default="unknown", description="female, male or unknown")
    gender_evidence: str | None = Field(
        default=None,
        description="what decided it: title, descriptor, pronoun, first-name; conflict when articles disagree",
    )
    quotes: SearchPageOut = Field(description="their quotes, newest first")


class ErrorBody(BaseModel):
    status: int
    title: str
    message: str


class ErrorOut(BaseModel):
    """Every error, whatever the endpoint."""

    error: ErrorBody


class ExtractIn(BaseModel):
    text: str = Field(description="the article text, at most 200,000 characters")
    id: str | None = Field(default=None, description="an id to give the article")


ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorOut, "description": why}
    for code, why in (
        (400, "bad query"),
        (404, "not found"),
        (413, "text too long"),
        (422, "invalid parameters"),
        (500, "server error"),
    )
}
