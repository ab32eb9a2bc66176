"""Every reader on small files written here: what a user feeds `saidwhat ingest`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from saidwhat.readers import Document, ReadFailure, read_paths
from saidwhat.readers.dispatch import READERS, reader_for

PARAGRAPHS = [
    "The harbour minister resigned on Thursday after a long dispute with the cabinet over the budget for the new port.",
    '"We are ready for what comes next," Anna Berg said in a statement to reporters outside the ministry.',
    "Officials said the government would name a successor within days, according to people familiar with the matter.",
]


def page(title: str, outlet: str, date: str, url: str, paragraphs: list[str] = PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta name="date" content="{date}">'
        f'<link rel="canonical" href="{url}"></head>'
        f"<body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )


def build_warc(path: Path, pages: list[tuple[str, str]], *, gz: bool = True) -> None:
    """A real web archive: a request and an HTML response per page, plus an image response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for uri, html in pages:
            request = writer.create_warc_record(
                uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/a.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )


def docs(results: list) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def failures(results: list) -> list[ReadFailure]:
    return [r for r in results if isinstance(r, ReadFailure)]


def test_every_ingest_suffix_has_a_reader() -> None:
    for suffix in (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz"):
        assert suffix in READERS
    assert reader_for(Path("crawl.warc.gz")) is READERS[".warc.gz"]


def test_txt_is_one_article_named_after_the_file(tmp_path: Path) -> None:
    (tmp_path / "port.txt").write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    [doc] = list(read_paths([tmp_path / "port.txt"]))
    assert isinstance(doc, Document)
    assert doc.id == "port" and doc.text.startswith("The harbour minister")


def test_jsonl_keeps_metadata_and_reports_a_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": PARAGRAPHS[0],
                "title": "T",
                "date": "2018-12-20",
                "outlet": "Planet",
            }
        ),
        "{not json",
        json.dumps({"id": "a2", "text": PARAGRAPHS[1]}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = list(read_paths([tmp_path / "batch.jsonl"]))
    assert [d.id for d in docs(results)] == ["a1", "a2"]
    assert docs(results)[0].meta == {"title": "T", "date": "2018-12-20", "outlet": "Planet"}
    [bad] = failures(results)
    assert bad.source.endswith("batch.jsonl:2")


def test_html_gives_article_text_title_date_outlet_url(tmp_path: Path) -> None:
    html = page(
        "Harbour minister resigns", "Daily Planet", "2018-12-20", "https://planet.example/harbour"
    )
    (tmp_path / "harbour.html").write_text(html, encoding="utf-8")
    [doc] = list(read_paths([tmp_path / "harbour.html"]))
    assert isinstance(doc, Document)
    assert doc.id == "harbour"
    assert '"We are ready for what comes next," Anna Berg said' in doc.text
    assert "Home | News" not in doc.text and "All rights reserved" not in doc.text
    assert "\n\n" in doc.text  # paragraphs stay apart
    assert doc.meta["title"] == "Harbour minister resigns"
    assert doc.meta["date"] == "2018-12-20"
    assert doc.meta["outlet"] == "Daily Planet"
    assert doc.meta["url"] == "https://planet.example/harbour"


def test_html_without_an_article_is_a_failure_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    [bad] = list(read_paths([tmp_path / "empty.htm"]))
    assert isinstance(bad, ReadFailure)
    assert "no article text" in bad.reason


@pytest.mark.parametrize("gz", [True, False])
def test_warc_reads_html_responses_only(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    build_warc(
        path,
        [
            (
                "https://planet.example/harbour",
                page(
                    "Harbour minister resigns",
                    "Daily Planet",
                    "2018-12-20",
                    "https://planet.example/harbour",
                ),
            ),
            (
                "https://courier.example/port",
                page("Port row", "The Courier", "2018-12-21", "https://courier.example/port"),
            ),
        ],
        gz=gz,
    )
    results = list(read_paths([path]))
    assert failures(results) == []
    found = docs(results)
    assert [d.meta["url"] for d in found] == [
        "https://planet.example/harbour",
        "https://courier.example/port",
    ]
    assert [d.meta["outlet"] for d in found] == ["Daily Planet", "The Courier"]
    assert found[0].id != found[1].id and found[0].id.startswith("warc-")
    assert "Anna Berg said" in found[0].text
    # Reading the archive again gives the same ids: re-ingest stays idempotent.
    assert [d.id for d in docs(list(read_paths([path])))] == [d.id for d in found]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) * 2 // 3], id="truncated"),
        pytest.param(
            lambda data: data[: len(data) * 2 // 3] + b"\x00garbage\xff" * 50, id="garbage-tail"
        ),
    ],
)
@pytest.mark.parametrize("gz", [True, False])
def test_corrupt_warc_keeps_what_was_read_before(tmp_path: Path, damage, gz: bool) -> None:
    good = tmp_path / ("good.warc.gz" if gz else "good.warc")
    pages = [
        (
            f"https://planet.example/{n}",
            page(f"Story {n}", "Daily Planet", "2018-12-20", f"https://planet.example/{n}"),
        )
        for n in range(3)
    ]
    build_warc(good, pages, gz=gz)
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(damage(good.read_bytes()))
    results = list(read_paths([cut]))
    assert 1 <= len(docs(results)) < 3
    assert [d.meta["url"] for d in docs(results)] == [u for u, _ in pages[: len(docs(results))]]
    [bad] = failures(results)
    assert "corrupt web archive" in bad.reason


def test_not_an_archive_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "junk.warc.gz").write_bytes(b"hello world " * 40)
    [bad] = list(read_paths([tmp_path / "junk.warc.gz"]))
    assert isinstance(bad, ReadFailure) and "corrupt web archive" in bad.reason


def test_a_folder_is_walked_and_a_bad_file_does_not_stop_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.html").write_text(
        page("C", "Planet", "2018-12-20", "https://p.example/c"), encoding="utf-8"
    )
    (sub / "notes.md").write_text("not an article", encoding="utf-8")
    results = list(read_paths([tmp_path]))
    assert sorted(d.id for d in docs(results)) == ["a", "c"]
    [bad] = failures(results)
    assert bad.source.endswith("b.txt")
