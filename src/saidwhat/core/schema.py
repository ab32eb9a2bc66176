"""The record fields, declared once.

Everything saidwhat writes outside Python is derived from, or checked by a test against,
the declarations here (tests/test_schema.py fails on any drift):

- the JSON output of one article (``ARTICLE``, ``QUOTE``, ``SPEAKER``, ``PERSON``, ``SPAN``),
  written by ``core/serialize.py``;
- the flat export rows (``TABLES``: ``articles``, ``quotes``, ``article_people``, ``people``)
  of ``saidwhat export``, the Spark job and the Parquet reader, docs/export-schema.md;
- the SQLite store's columns (store/schema.py), the Arrow and Spark types, the web API's
  response models.

The flat rows convert both ways here too (``article_row``, ``quote_rows``, ``person_rows``,
``quote_from_row``, ``person_from_row``), so "flat rows back to articles" exists once. A row
from an older export that lacks a newer column reads as that column's null.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker

EXPORT_SCHEMA_VERSION = 1

# Field types: scalar ones map one to one onto Arrow/Spark/SQLite types; "span" is an object
# {start, end, text}; "spans" a list of them; "strings" a list of strings; "object"/"list"
# nest other fields (JSON only).
SCALAR_TYPES = ("string", "int64", "double", "bool")


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a record: its name, type, whether it may be null, and what it means."""

    name: str
    type: str
    nullable: bool
    doc: str
    optional: bool = False  # JSON only: the key is left out when it has no value


def _f(name: str, type: str, nullable: bool, doc: str, *, optional: bool = False) -> Field:
    return Field(name, type, nullable, doc, optional)


# --- the JSON output (one object per article) --------------------------------------------

SPAN = (
    _f("start", "int64", False, "offset of the first character (Python string index)"),
    _f("end", "int64", False, "offset just past the last character"),
    _f("text", "string", False, "the original text between them: input[start:end]"),
)
SPEAKER = (
    _f("name", "string", False, "canonical name, or the mention's words for an unnamed source"),
    _f("kind", "string", False, "person, organisation, group or unknown"),
    _f("mention", "span", True, "the words tied to the cue; null for a carried-on quote"),
    _f("rule", "string", True, "the speaker resolver that chose the name (name, pronoun, ...)"),
    _f("antecedent", "span", True, "the earlier mention the speaker was resolved through"),
)
QUOTE = (
    _f("start", "int64", False, "start of the content"),
    _f("end", "int64", False, "end of the content"),
    _f("text", "string", False, "the content; a direct quote includes its marks"),
    _f("type", "string", False, "direct, mixed or indirect"),
    _f("speaker", "object", True, "who said it (SPEAKER), or null when no source is named"),
    _f("cue", "span", True, "the reporting words (said, according to), or null"),
    _f("confidence", "double", False, "a number in [0, 1]"),
    _f("rule", "string", False, "the statement rule that fired, e.g. direct:cue-clause"),
    _f("spans", "spans", False, "the content's pieces where a cue interrupts it, else []"),
    _f("carried_on", "bool", False, "continues the previous speaker without a cue of its own"),
    _f("act", "string", False, "the act reported: said, wrote, thought or found"),
)
PERSON = (
    _f("name", "string", False, "canonical name"),
    _f("kind", "string", False, "person, organisation, group or unknown"),
    _f("aliases", "strings", False, "other names the article uses for them"),
    _f("descriptors", "strings", False, "roles and descriptions (the defence secretary)"),
    _f("gender", "string", True, "male, female, or null when the article does not tell"),
    _f("gender_evidence", "string", True, "what decided gender: title, descriptor, pronoun, first-name"),
    _f("mentions", "spans", False, "every mention of them in the article"),
)
ARTICLE = (
    _f("id", "string", True, "the article's id"),
    _f("quotes", "list", False, "the statements (QUOTE), in text order"),
    _f("people", "list", False, "the people and organisations (PERSON)"),
    _f("meta", "object", True, "metadata read with the article", optional=True),
    _f("error", "string", True, "why the article could not be processed", optional=True),
    _f("language", "string", True, "detected language code (en, de, ...)", optional=True),
)
JSON_RECORDS: dict[str, tuple[Field, ...]] = {
    "article": ARTICLE,
    "quote": QUOTE,
    "speaker": SPEAKER,
    "person": PERSON,
    "span": SPAN,
}

# --- the flat export rows (docs/export-schema.md) ----------------------------------------
# Column order is part of the contract: a new column goes at the end of its table.

ARTICLE_META = ("title", "date", "outlet", "url")

ARTICLE_ROW = (
    _f("article_id", "string", False, "the article's id (unique)"),
    _f("text_hash", "string", False, "`sha256` of the UTF-8 text, lower-case hex"),
    _f("title", "string", True, "headline"),
    _f("date", "string", True, "publication date, `YYYY-MM-DD` where it could be parsed, else as given"),
    _f("outlet", "string", True, "publisher / site name"),
    _f("url", "string", True, "where the article came from on the web"),
    _f("source", "string", True, "where it was read from: a path, `path:line`, a WARC record"),
    _f("text", "string", False, "the article text exactly as extracted; every offset indexes it"),
    _f("error", "string", True, "set when extraction failed on this article (it then has no quotes)"),
    _f("language", "string", True, "detected language (`en`, `de`, ...); null when too short to tell. Only English articles yield statements"),
)
QUOTE_ROW = (
    _f("article_id", "string", False, "the article it was found in"),
    _f("quote_index", "int64", False, "its position in the article's result, from 0"),
    _f("start", "int64", False, "start of the statement; a direct quote includes its quotation marks"),
    _f("end", "int64", False, "end of the statement"),
    _f("text", "string", False, "`articles.text[start:end]`"),
    _f("type", "string", False, "`direct`, `mixed` or `indirect`"),
    _f("speaker_name", "string", True, 'canonical speaker name as the article resolves it ("James Mattis"), or the source\'s own words ("officials"); null if no source'),
    _f("speaker_kind", "string", True, "`person`, `organisation`, `group`, `unknown`"),
    _f("mention_start", "int64", True, 'start of the speaker mention tied to the cue ("he", "Mattis")'),
    _f("mention_end", "int64", True, "end of the speaker mention"),
    _f("mention_text", "string", True, "its text"),
    _f("cue_start", "int64", True, 'start of the reporting words ("said", "according to")'),
    _f("cue_end", "int64", True, "end of the reporting words"),
    _f("cue_text", "string", True, "their text"),
    _f("confidence", "double", False, "0..1"),
    _f("rule", "string", False, "the statement rule that fired (`direct:cue-clause`, ...)"),
    _f("carried_on", "bool", False, "continues the previous quote's speaker without a cue of its own"),
    _f("spans", "spans", False, 'the pieces where the content is interrupted ("...," he said, "..."); empty otherwise'),
    _f("person_id", "int64", True, "the store's cross-article person (see `people`); the Spark job writes null"),
    _f("group_id", "int64", True, "the store's repeated-quote group; the Spark job writes null"),
    _f("date", "string", True, "copy of `articles.date`, for convenience"),
    _f("outlet", "string", True, "copy of `articles.outlet`, for convenience"),
    _f("act", "string", False, "what act it reports: `said`, `wrote`, `thought` or `found`"),
    _f("speaker_rule", "string", True, "the speaker resolver that chose the name (`name`, `pronoun`, `description`, ...)"),
    _f("antecedent_start", "int64", True, "start of the earlier mention the speaker was resolved through (for a pronoun, the name it stands for)"),
    _f("antecedent_end", "int64", True, "end of that mention"),
    _f("antecedent_text", "string", True, "its text"),
)
ARTICLE_PEOPLE_ROW = (
    _f("article_id", "string", False, "the article"),
    _f("person_index", "int64", False, "position in the article's `people`, from 0"),
    _f("name", "string", False, "canonical name in this article"),
    _f("kind", "string", False, "`person`, `organisation`, `group`, `unknown`"),
    _f("aliases", "strings", False, "other ways the article names them"),
    _f("descriptors", "strings", False, 'roles and descriptions ("the defence secretary")'),
    _f("gender", "string", True, "`male`, `female` or null"),
    _f("mentions", "spans", False, "every mention in the article"),
    _f("person_id", "int64", True, "the store's cross-article person; the Spark job writes null"),
    _f("gender_evidence", "string", True, "what decided the gender: `title`, `descriptor`, `pronoun`, `first-name`"),
)
PEOPLE_ROW = (
    _f("person_id", "int64", False, "the store's id (stable within one database, not across databases)"),
    _f("name", "string", False, 'display name ("James Mattis")'),
    _f("kind", "string", False, "`person`, `organisation`, `group`, `unknown`"),
    _f("aliases", "strings", False, 'every form seen ("Mattis", "Jim Mattis", "Defense Secretary James Mattis")'),
    _f("descriptors", "strings", False, "every descriptor seen"),
    _f("quote_count", "int64", False, "statements attributed to them"),
    _f("article_count", "int64", False, "articles they are quoted or mentioned in"),
    _f("gender", "string", True, "`male`, `female` or null, across articles"),
    _f("gender_evidence", "string", True, "what decided it across articles (`conflict` when articles disagree)"),
)
TABLES: dict[str, tuple[Field, ...]] = {
    "articles": ARTICLE_ROW,
    "quotes": QUOTE_ROW,
    "article_people": ARTICLE_PEOPLE_ROW,
    "people": PEOPLE_ROW,
}


TABLE_TITLES = {
    "articles": "one row per article",
    "quotes": "one row per attributed statement",
    "article_people": "one row per person as one article refers to them",
    "people": "one row per person across articles (written by the store only)",
}
_DOC_TYPES = {
    "spans": "list<struct<start: int64, end: int64, text: string>>",
    "strings": "list<string>",
}


def markdown_table(table: str) -> str:
    """The docs/export-schema.md section of one export table."""
    lines = [
        f"## {table}: {TABLE_TITLES[table]}",
        "",
        "| column | type | meaning |",
        "|---|---|---|",
    ]
    for f in TABLES[table]:
        kind = _DOC_TYPES.get(f.type, f.type) + ("?" if f.nullable else "")
        lines.append(f"| `{f.name}` | {kind} | {f.doc} |")
    return "\n".join(lines) + "\n"


def columns(table: str) -> tuple[str, ...]:
    """The column names of an export table, in order."""
    return tuple(f.name for f in TABLES[table])


def text_hash(text: str) -> str:
    """An article's identity in the store and the exports: the sha256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- values -> rows ----------------------------------------------------------------------


def _parts(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _span_list(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text} for s in spans]


def article_row(
    article: ArticleQuotes, text: str, source: str | None, meta: Mapping[str, str]
) -> dict[str, Any]:
    """The ``articles`` row: the text every offset indexes, its hash, metadata, any error."""
    return {
        "article_id": article.id,
        "text_hash": text_hash(text),
        **{name: meta.get(name) for name in ARTICLE_META},
        "source": source,
        "text": text,
        "error": article.error,
        "language": article.language,
    }


def quote_rows(article: ArticleQuotes, meta: Mapping[str, str]) -> list[dict[str, Any]]:
    """One ``quotes`` row per statement; ``person_id`` and ``group_id`` are the store's."""
    rows = []
    for index, q in enumerate(article.quotes):
        speaker = q.speaker
        m_start, m_end, m_text = _parts(speaker.mention if speaker else None)
        a_start, a_end, a_text = _parts(speaker.antecedent if speaker else None)
        c_start, c_end, c_text = _parts(q.cue)
        rows.append(
            {
                "article_id": article.id,
                "quote_index": index,
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "type": q.type.value,
                "speaker_name": speaker.name if speaker else None,
                "speaker_kind": speaker.kind.value if speaker else None,
                "mention_start": m_start,
                "mention_end": m_end,
                "mention_text": m_text,
                "cue_start": c_start,
                "cue_end": c_end,
                "cue_text": c_text,
                "confidence": round(float(q.confidence), 3),
                "rule": q.rule,
                "carried_on": q.carried_on,
                "spans": _span_list(q.spans),
                "person_id": None,
                "group_id": None,
                "date": meta.get("date"),
                "outlet": meta.get("outlet"),
                "act": q.act,
                "speaker_rule": speaker.rule if speaker else None,
                "antecedent_start": a_start,
                "antecedent_end": a_end,
                "antecedent_text": a_text,
            }
        )
    return rows


def person_rows(article: ArticleQuotes) -> list[dict[str, Any]]:
    """One ``article_people`` row per (article, person)."""
    return [
        {
            "article_id": article.id,
            "person_index": index,
            "name": p.name,
            "kind": p.kind.value,
            "aliases": list(p.aliases),
            "descriptors": list(p.descriptors),
            "gender": p.gender,
            "mentions": _span_list(p.mentions),
            "person_id": None,
            "gender_evidence": p.gender_evidence,
        }
        for index, p in enumerate(article.people)
    ]


# --- rows -> values ----------------------------------------------------------------------


def span_of(start: Any, end: Any, text: Any) -> Span | None:
    """A span from its three columns; null when ``start`` or ``end`` is."""
    if start is None or end is None:
        return None
    return Span(int(start), int(end), "" if text is None else str(text))


def spans_of(value: Any) -> tuple[Span, ...]:
    """A list of spans as Arrow gives it (dicts), as JSON text, or as ``[start, end, text]``."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = json.loads(value or "[]")
    out = []
    for item in value:
        if isinstance(item, Mapping):
            found = span_of(item.get("start"), item.get("end"), item.get("text"))
        else:
            found = span_of(*item)
        if found is not None:
            out.append(found)
    return tuple(out)


def strings_of(value: Any) -> tuple[str, ...]:
    """A list of strings as Arrow gives it, or as JSON text."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return tuple(str(v) for v in value)


def quote_from_row(row: Mapping[str, Any], text: str | None = None) -> Quote:
    """A ``Quote`` from a ``quotes`` row (export, Parquet, Spark or the store's own table).

    With the article ``text``, the offsets are checked against it and the content is read
    from it (offsets are the contract; the text follows from them).
    """
    start, end = int(row["start"]), int(row["end"])
    if text is not None and not 0 <= start <= end <= len(text):
        raise ValueError(f"quote offsets {start}..{end} outside the article text")
    speaker = None
    if row.get("speaker_name") is not None:
        speaker = Speaker(
            name=str(row["speaker_name"]),
            mention=span_of(row.get("mention_start"), row.get("mention_end"), row.get("mention_text")),
            kind=PersonKind(row.get("speaker_kind") or "person"),
            rule=row.get("speaker_rule"),
            antecedent=span_of(
                row.get("antecedent_start"), row.get("antecedent_end"), row.get("antecedent_text")
            ),
        )
    confidence = row.get("confidence")
    return Quote(
        start=start,
        end=end,
        text=text[start:end] if text is not None else str(row.get("text") or ""),
        type=QuoteType(row["type"]),
        speaker=speaker,
        cue=span_of(row.get("cue_start"), row.get("cue_end"), row.get("cue_text")),
        confidence=float(confidence) if confidence is not None else 1.0,
        rule=str(row.get("rule") or ""),
        spans=spans_of(row.get("spans")),
        carried_on=bool(row.get("carried_on")),
        act=str(row.get("act") or "said"),
    )


def person_from_row(row: Mapping[str, Any]) -> Person:
    """A ``Person`` from an ``article_people`` row."""
    return Person(
        name=str(row["name"]),
        kind=PersonKind(row.get("kind") or "person"),
        aliases=strings_of(row.get("aliases")),
        descriptors=strings_of(row.get("descriptors")),
        gender=row.get("gender"),
        gender_evidence=row.get("gender_evidence"),
        mentions=spans_of(row.get("mentions")),
    )


def meta_of(row: Mapping[str, Any]) -> dict[str, str]:
    """An ``articles`` row's metadata fields that are set."""
    return {k: str(row[k]) for k in ARTICLE_META if row.get(k) is not None}
