"""One schema: the JSON output, the store's tables, the export files, the Spark and Arrow
types, the web API's models and docs/export-schema.md agree with ``saidwhat.core.schema``.

Each test fails when one of them drifts (a field added to a dataclass but not declared, a
column declared but not written, a document that no longer says what the files hold).
``SAIDWHAT_UPDATE_DOCS=1`` rewrites the document's tables from the declaration.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import pytest

from saidwhat.core import schema
from saidwhat.core.serialize import article_from_dict, article_to_dict
from saidwhat.core.types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from saidwhat.readers import Document

DOC = Path(__file__).resolve().parents[1] / "docs" / "export-schema.md"
TEXT = 'Anna Berg spoke on Monday. "The quay will be rebuilt," she said. Otto Lind agreed.'


def full_article() -> ArticleQuotes:
    """An article with every optional field set, so nothing is left out of the JSON."""
    quote = Quote(
        27, 55, TEXT[27:55], QuoteType.DIRECT,
        Speaker("Anna Berg", Span(56, 59, "she"), PersonKind.PERSON, "pronoun", Span(0, 9, "Anna Berg")),
        Span(60, 64, "said"), 0.875, "direct:cue-clause", (Span(27, 40, TEXT[27:40]),), True, "said",
    )
    person = Person(
        "Anna Berg", PersonKind.PERSON, ("Berg",), ("the harbour master",), "female", "pronoun",
        (Span(0, 9, "Anna Berg"),),
    )
    return ArticleQuotes(
        "a1", (quote,), (person,), meta={"outlet": "Example News", "date": "2026-11-02"},
        error="none", language="en",
    )


def names(fields: tuple[schema.Field, ...]) -> list[str]:
    return [f.name for f in fields]


# --- JSON ---------------------------------------------------------------------------------


def test_json_output_has_exactly_the_declared_fields_in_order() -> None:
    out = article_to_dict(full_article())
    assert list(out) == names(schema.ARTICLE)
    quote = out["quotes"][0]
    assert list(quote) == names(schema.QUOTE)
    assert list(quote["speaker"]) == names(schema.SPEAKER)
    assert list(quote["cue"]) == names(schema.SPAN)
    assert list(out["people"][0]) == names(schema.PERSON)


def test_every_dataclass_field_is_declared() -> None:
    """A field added to a domain type must be declared (and so reach every output)."""
    for cls, fields in [
        (ArticleQuotes, schema.ARTICLE), (Quote, schema.QUOTE), (Speaker, schema.SPEAKER),
        (Person, schema.PERSON), (Span, schema.SPAN),
    ]:
        assert {f.name for f in dataclasses.fields(cls)} == set(names(fields)), cls.__name__


def test_json_round_trip_keeps_every_field() -> None:
    article = full_article()
    again = article_from_dict(json.loads(json.dumps(article_to_dict(article))))
    assert again == article
    assert again.meta == article.meta and again.language == "en"


# --- flat rows ----------------------------------------------------------------------------


def test_rows_have_exactly_the_declared_columns_and_read_back() -> None:
    article = full_article()
    meta = dict(article.meta)
    assert list(schema.article_row(article, TEXT, "t.txt", meta)) == list(schema.columns("articles"))
    [row] = schema.quote_rows(article, meta)
    assert list(row) == list(schema.columns("quotes"))
    [person] = schema.person_rows(article)
    assert list(person) == list(schema.columns("article_people"))
    assert schema.quote_from_row(row, TEXT) == article.quotes[0]
    assert schema.person_from_row(person) == article.people[0]


def test_a_row_from_an_older_export_reads_with_nulls() -> None:
    row = schema.quote_rows(full_article(), {})[0]
    for added in ("act", "speaker_rule", "antecedent_start", "antecedent_end", "antecedent_text"):
        del row[added]
    quote = schema.quote_from_row(row, TEXT)
    assert quote.act == "said" and quote.speaker is not None
    assert quote.speaker.rule is None and quote.speaker.antecedent is None


# --- the store, the export, the docs ------------------------------------------------------


def test_the_store_keeps_every_field_and_exports_every_column(tmp_path: Path) -> None:
    from saidwhat.store import QuoteStore, export_store
    from saidwhat.store.parquet import read_export

    article = full_article()
    doc = Document("a1", TEXT, dict(article.meta), "t.txt")
    with QuoteStore(tmp_path / "q.db") as store:
        store.ingest([(doc, replace_error(article))])
        stored = store.article("a1")
        assert stored is not None
        assert stored.result.quotes == article.quotes
        assert stored.result.language == "en"
        assert [p.gender_evidence for p in stored.result.people] == ["pronoun"]
        export_store(store, "jsonl", tmp_path / "out")
        for table in schema.TABLES:
            lines = (tmp_path / "out" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
            assert lines, table
            assert list(json.loads(lines[0])) == list(schema.columns(table)), table
        pytest.importorskip("pyarrow")
        export_store(store, "parquet", tmp_path / "pq")
    [(read_doc, result)] = list(read_export(tmp_path / "pq"))  # type: ignore[misc]
    assert result.quotes == article.quotes and result.language == "en"
    assert result.people[0].gender_evidence == "pronoun"


def replace_error(article: ArticleQuotes) -> ArticleQuotes:
    return dataclasses.replace(article, error=None)


def test_the_store_has_a_column_for_every_stored_field(tmp_path: Path) -> None:
    """Every export column of articles, quotes and article_people is a column of the store
    (the people table's counts and lists are computed)."""
    from saidwhat.store import QuoteStore

    with QuoteStore(tmp_path / "q.db"):
        pass
    conn = sqlite3.connect(tmp_path / "q.db")
    denormalised = {"articles": {"article_id"}, "quotes": {"date", "outlet"}, "article_people": set()}
    for table, skip in denormalised.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        missing = set(schema.columns(table)) - skip - have
        assert not missing, (table, missing)


def test_the_document_is_the_declaration() -> None:
    text = DOC.read_text(encoding="utf-8")
    expected = text
    for table in schema.TABLES:
        start = text.index(f"## {table}: ")
        end = text.index("\n## ", start + 3)
        expected = expected.replace(text[start:end], schema.markdown_table(table).rstrip("\n") + "\n")
    if os.environ.get("SAIDWHAT_UPDATE_DOCS") == "1":
        DOC.write_text(expected, encoding="utf-8")
    assert text == expected, "docs/export-schema.md differs from core/schema.py"


# --- Spark, Arrow, web ----------------------------------------------------------------------


def test_arrow_types_follow_the_declaration() -> None:
    pytest.importorskip("pyarrow")
    from saidwhat.store.export import arrow_schema

    for table in schema.TABLES:
        assert arrow_schema(table).names == list(schema.columns(table))


def test_spark_types_follow_the_declaration() -> None:
    pytest.importorskip("pyspark")
    from saidwhat.spark import job

    for struct, table in [(job.ARTICLE, "articles"), (job.QUOTE, "quotes"), (job.PERSON, "article_people")]:
        assert struct.names == list(schema.columns(table))
        for field, declared in zip(struct.fields, schema.TABLES[table], strict=True):
            if not declared.nullable and table != "articles":
                assert field.nullable is False or field.name in {"article_id", "text", "rule", "act"}


def test_web_models_follow_the_declaration() -> None:
    pytest.importorskip("fastapi")
    from saidwhat.web import schemas as web

    for model, fields in [
        (web.ArticleQuotesOut, schema.ARTICLE), (web.QuoteOut, schema.QUOTE),
        (web.SpeakerOut, schema.SPEAKER), (web.PersonOut, schema.PERSON), (web.SpanOut, schema.SPAN),
    ]:
        assert list(model.model_fields) == names(fields), model.__name__
