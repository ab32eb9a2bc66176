"""The Spark job's pure parts: reading records from bytes, flat export rows and back.

No Spark and no model needed: these run everywhere.
"""

from __future__ import annotations

import io
import json

import pytest

from saidwhat.core.serialize import article_to_dict
from saidwhat.core.types import ArticleQuotes, Person, PersonKind, Quote, QuoteType, Span, Speaker
from saidwhat.readers.base import Document, ReadFailure
from saidwhat.spark.partition import read_items
from saidwhat.spark.records import (
    ARTICLE_COLUMNS,
    PERSON_COLUMNS,
    QUOTE_COLUMNS,
    article_row,
    articles_from_rows,
    file_stem,
    person_rows,
    quote_rows,
    read_file_bytes,
)

TEXT = '"We will rebuild," Mayor Anna Berg said. She added that the work starts in May.'


def _span(start: int, end: int) -> Span:
    return Span(start, end, TEXT[start:end])


def sample_article() -> ArticleQuotes:
    direct = Quote(
        start=0,
        end=18,
        text=TEXT[0:18],
        type=QuoteType.DIRECT,
        speaker=Speaker("Anna Berg", _span(19, 34), PersonKind.PERSON),
        cue=_span(35, 39),
        confidence=0.9,
        rule="quote-cue-name",
        spans=(_span(0, 18),),
    )
    indirect = Quote(
        start=51,
        end=79,
        text=TEXT[51:79],
        type=QuoteType.INDIRECT,
        speaker=Speaker("Anna Berg", _span(41, 44)),
        cue=_span(45, 50),
        confidence=0.75,
        rule="indirect-that",
    )
    nobody = Quote(0, 5, TEXT[0:5], QuoteType.DIRECT, None, None, 0.3, "orphan")
    berg = Person(
        "Anna Berg",
        aliases=("Berg",),
        descriptors=("Mayor",),
        gender="female",
        mentions=(_span(25, 34), _span(41, 44)),
    )
    return ArticleQuotes(
        id="berg-1",
        quotes=(direct, indirect, nobody),
        people=(berg, Person("the city", kind=PersonKind.ORGANISATION)),
        meta={"title": "Rebuild", "date": "2024-03-01", "outlet": "Gazette"},
    )


def test_rows_follow_the_export_schema_column_for_column() -> None:
    article = sample_article()
    assert tuple(article_row(article, TEXT, "x.jsonl:1", dict(article.meta))) == ARTICLE_COLUMNS
    assert all(tuple(row) == QUOTE_COLUMNS for row in quote_rows(article, dict(article.meta)))
    assert all(tuple(row) == PERSON_COLUMNS for row in person_rows(article))


def test_rows_turn_back_into_the_same_article() -> None:
    article = sample_article()
    meta = dict(article.meta)
    rebuilt = list(
        articles_from_rows(
            quote_rows(article, meta), person_rows(article), [article_row(article, TEXT, "s", meta)]
        )
    )
    assert [article_to_dict(a) for a in rebuilt] == [article_to_dict(article)]


def test_quote_rows_carry_speaker_mention_and_cue_offsets_into_the_text() -> None:
    row = quote_rows(sample_article(), {})[0]
    assert (
        TEXT[row["mention_start"] : row["mention_end"]] == row["mention_text"] == "Mayor Anna Berg"
    )
    assert TEXT[row["cue_start"] : row["cue_end"]] == row["cue_text"] == "said"
    assert row["spans"] == [{"start": 0, "end": 18, "text": TEXT[0:18]}]
    assert row["person_id"] is None and row["group_id"] is None


def test_jsonl_bytes_read_like_the_local_reader_and_report_bad_lines() -> None:
    data = b"\n".join(
        [
            json.dumps({"id": "a", "text": "One.", "outlet": "Gazette"}).encode(),
            b"{not json",
            json.dumps({"text": "No id here."}).encode(),
            json.dumps({"id": "c"}).encode(),
        ]
    )
    results = list(read_file_bytes("hdfs://nn/news/day-01.jsonl", data))
    assert [type(r) for r in results] == [Document, ReadFailure, Document, ReadFailure]
    assert results[0].meta == {"outlet": "Gazette"}
    assert results[1].source == "hdfs://nn/news/day-01.jsonl:2"
    assert results[2].id == "day-01-3"  # the same default id `saidwhat extract` gives


def test_gzipped_jsonl_is_read() -> None:
    import gzip

    data = gzip.compress(json.dumps({"id": "z", "text": "Zipped."}).encode() + b"\n")
    (doc,) = read_file_bytes("s3a://bucket/part.jsonl.gz", data)
    assert isinstance(doc, Document) and doc.text == "Zipped."


@pytest.mark.parametrize(
    ("path", "stem"),
    [
        ("s3a://b/x/news-01.jsonl.gz", "news-01"),
        ("file:/tmp/a.jsonl", "a"),
        ("crawl.warc.gz", "crawl"),
    ],
)
def test_file_stem(path: str, stem: str) -> None:
    assert file_stem(path) == stem


def test_unknown_file_types_and_reader_crashes_become_error_items() -> None:
    assert list(read_items(("file:/x/picture.png", b"\x89PNG"))) == [
        (
            "error",
            "file:/x/picture.png",
            list(read_file_bytes("file:/x/picture.png", b""))[0].reason,
        )
    ]
    (item,) = read_items(("file:/x/bad.jsonl.gz", b"not gzip at all"))
    assert item[0] == "error" and "gzip" in item[2]


def test_warc_records_are_read_through_the_project_reader() -> None:
    pytest.importorskip("saidwhat.readers.warc", reason="saidwhat.readers.warc is not in this tree")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Bridge to reopen</title></head><body><article>"
        "<p>The old bridge over the river will reopen in May after two years of repairs, "
        "the city council said on Tuesday.</p>"
        "<p>\u201cWe are proud of the work,\u201d said Anna Berg, the mayor of the town.</p>"
        "</article></body></html>"
    ).encode()
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/bridge",
            "response",
            payload=io.BytesIO(page),
            http_headers=headers,
        )
    )
    results = list(read_file_bytes("s3a://crawl/seg-1.warc.gz", buffer.getvalue()))
    docs = [r for r in results if isinstance(r, Document)]
    assert len(docs) == 1, results
    assert "reopen in May" in docs[0].text
    assert docs[0].meta["url"] == "https://news.example/bridge"
    assert docs[0].source.startswith("s3a://crawl/seg-1.warc.gz@")


def test_missing_pyspark_gives_one_line_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from click.testing import CliRunner

    from saidwhat.cli import main

    monkeypatch.setitem(sys.modules, "pyspark", None)  # as if the extra were not installed
    result = CliRunner().invoke(main, ["spark", "in.jsonl", "--output", "out"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "saidwhat: error: the Spark job needs pyspark, which is not installed; "
        "install it with `pip install 'saidwhat[spark]'`"
    ]
