"""Readers on the inputs that used to slip through: lone surrogates, UTF-16, empty files and
folders, a `.warc` that is not an archive. Each gives a Document or a ReadFailure with a word."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from saidwhat.readers import Document, ReadFailure, read_paths, replace_surrogates

ARTICLE = '"We will build the bridge," the minister said on Monday.'


def only(results: list) -> Document | ReadFailure:
    assert len(results) == 1, results
    return results[0]


def test_lone_surrogates_become_one_replacement_character_each(tmp_path: Path) -> None:
    # json.dumps writes "\ud800" as an escape, as a careless producer would.
    text = 'The minister said "a\ud800b" and left.\udc00'
    (tmp_path / "s.jsonl").write_text(
        json.dumps({"id": "s\udfff", "text": text, "title": "T\ud800"}) + "\n", encoding="ascii"
    )
    doc = only(list(read_paths([tmp_path / "s.jsonl"])))
    assert isinstance(doc, Document)
    assert doc.text == 'The minister said "a\ufffdb" and left.\ufffd'
    assert len(doc.text) == len(text)  # one for one: offsets into the input still hold
    assert doc.id == "s\ufffd" and doc.meta["title"] == "T\ufffd"
    doc.text.encode("utf-8")  # writable to a file, a terminal, the store


def test_replace_surrogates_keeps_valid_text_and_pairs() -> None:
    assert replace_surrogates("café 😀 “x”") == "café 😀 “x”"
    assert replace_surrogates("\ud83d") == "\ufffd"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_files_are_read(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode(encoding))
    doc = only(list(read_paths([tmp_path / "a.txt"])))
    assert isinstance(doc, Document) and doc.text == ARTICLE


def test_binary_is_still_binary(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    bad = only(list(read_paths([tmp_path / "b.txt"])))
    assert isinstance(bad, ReadFailure) and "binary" in bad.reason


def test_an_empty_text_file_is_an_article_with_no_text(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("  \n", encoding="utf-8")
    doc = only(list(read_paths([tmp_path / "e.txt"])))
    assert isinstance(doc, Document) and doc.text == "  \n"


def test_bytes_after_a_stray_utf16_mark_are_binary(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    bad = only(list(read_paths([tmp_path / "b.txt"])))
    assert isinstance(bad, ReadFailure) and "binary" in bad.reason


@pytest.mark.parametrize("content", [b"", gzip.compress(b"")])
def test_an_empty_web_archive_is_reported(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(content)
    bad = only(list(read_paths([tmp_path / "crawl.warc.gz"])))
    assert isinstance(bad, ReadFailure), bad
    assert bad.source.endswith("crawl.warc.gz")


@pytest.mark.parametrize("content", ["\nthis is not a web archive\n", "\n\n\n", "\r\nWARCish\r\n"])
def test_a_warc_starting_with_a_newline_is_not_an_empty_archive(
    tmp_path: Path, content: str
) -> None:
    (tmp_path / "x.warc").write_text(content, encoding="utf-8")
    bad = only(list(read_paths([tmp_path / "x.warc"])))
    assert isinstance(bad, ReadFailure) and "web archive" in bad.reason


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    bad = only(list(read_paths([tmp_path / "empty"])))
    assert isinstance(bad, ReadFailure) and "nothing to read" in bad.reason


def test_a_folder_of_unsupported_files_is_reported(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.csv", "c.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    bad = only(list(read_paths([tmp_path])))
    assert isinstance(bad, ReadFailure)
    assert "3 files of other types" in bad.reason and ".txt" in bad.reason


def test_a_folder_with_articles_says_nothing_about_other_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    doc = only(list(read_paths([tmp_path])))
    assert isinstance(doc, Document) and doc.id == "a"
