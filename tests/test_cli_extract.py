"""``saidwhat extract``: inputs of every kind, the JSONL schema pinned by golden files, bad input.

Golden files live in tests/golden/: ``NAME.txt`` or ``NAME.jsonl`` is the input (short
articles written for the project), ``NAME.expected.jsonl`` the CLI's output. Only the
stable fields are compared (see :func:`stable`); regenerate after an intended change with

    SAIDWHAT_UPDATE_GOLDEN=1 pytest tests/test_cli_extract.py -k golden

and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from saidwhat.cli import main
from saidwhat.core import schema

pytestmark = pytest.mark.model  # nearly every test here extracts with the model

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SAIDWHAT_UPDATE_GOLDEN") == "1"

VOSS = (
    "Clara Voss, the mayor of Eastwick, announced her resignation on Monday. "
    '"I have done what I came to do," she said.'
)
BRENNER = '"We still need a new boat," Tomas Brenner said on Tuesday.'

# The public JSON schema, as declared once in saidwhat.core.schema.
ARTICLE_KEYS = {f.name for f in schema.ARTICLE if not f.optional}
OPTIONAL_ARTICLE_KEYS = {f.name for f in schema.ARTICLE if f.optional}
QUOTE_KEYS = {f.name for f in schema.QUOTE}
SPEAKER_KEYS = {f.name for f in schema.SPEAKER}
SPAN_KEYS = {f.name for f in schema.SPAN}
PERSON_KEYS = {f.name for f in schema.PERSON}


def run(args: list[str], stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_schema(record: dict[str, Any], text: str) -> None:
    """The public JSONL schema (README), and offsets that index the input text."""
    assert ARTICLE_KEYS <= record.keys() <= ARTICLE_KEYS | OPTIONAL_ARTICLE_KEYS

    def span(data: dict[str, Any] | None) -> None:
        if data is None:
            return
        assert set(data) == SPAN_KEYS
        assert text[data["start"] : data["end"]] == data["text"]

    for q in record["quotes"]:
        assert set(q) == QUOTE_KEYS
        assert q["type"] in {"direct", "mixed", "indirect"}
        assert 0.0 <= q["confidence"] <= 1.0 and isinstance(q["rule"], str) and q["rule"]
        assert isinstance(q["carried_on"], bool)
        span({k: q[k] for k in SPAN_KEYS})  # the content itself
        span(q["cue"])
        for piece in q["spans"]:
            span(piece)
        if q["speaker"] is not None:
            assert set(q["speaker"]) == SPEAKER_KEYS
            assert q["speaker"]["kind"] in {"person", "organisation", "group", "unknown"}
            span(q["speaker"]["mention"])
            span(q["speaker"]["antecedent"])
            assert q["speaker"]["rule"] is None or isinstance(q["speaker"]["rule"], str)
    for p in record["people"]:
        assert set(p) == PERSON_KEYS
        assert all(isinstance(a, str) for a in p["aliases"] + p["descriptors"])
        for mention in p["mentions"]:
            span(mention)


# --- inputs ---------------------------------------------------------------------------------


def test_txt_jsonl_and_stdin_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "voss-resigns.txt").write_text(VOSS, encoding="utf-8")
    lines = [{"id": "boat", "text": BRENNER}, {"id": "quiet", "text": "Nothing happened."}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = run(
        [str(tmp_path / "voss-resigns.txt"), str(tmp_path / "b.jsonl"), "-", "--format", "jsonl"],
        stdin=VOSS,
    )
    assert result.exit_code == 0, result.stderr
    out = records(result)
    assert [r["id"] for r in out] == ["voss-resigns", "boat", "quiet", "stdin"]
    for record, text in zip(out, [VOSS, BRENNER, "Nothing happened.", VOSS], strict=True):
        check_schema(record, text)
    assert [q["speaker"]["name"] for q in out[0]["quotes"]] == ["Clara Voss"]
    assert [q["speaker"]["name"] for q in out[1]["quotes"]] == ["Tomas Brenner"]
    assert out[2]["quotes"] == []
    assert out[3]["quotes"] == out[0]["quotes"]


def test_a_folder_is_walked_for_articles(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(VOSS, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(BRENNER, encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("not an article", encoding="utf-8")
    result = run([str(tmp_path / "in"), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert sorted(r["id"] for r in records(result)) == ["a", "b"]


def test_stdin_jsonl() -> None:
    stdin = json.dumps({"id": "boat", "text": BRENNER}) + "\n" + json.dumps({"id": "v", "text": VOSS}) + "\n"
    result = run(["-", "--format", "jsonl"], stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert [r["id"] for r in records(result)] == ["boat", "v"]


def test_output_is_jsonl_when_not_on_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(VOSS, encoding="utf-8")
    result = run([str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    assert record["id"] == "a"


def test_text_listing_shows_who_cue_and_words(tmp_path: Path) -> None:
    (tmp_path / "voss.txt").write_text(VOSS, encoding="utf-8")
    result = run([str(tmp_path / "voss.txt"), "--format", "text"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "voss" in out and "1 statement" in out
    assert "Clara Voss" in out  # who
    assert "said" in out  # the cue
    assert "I have done what I came to do" in out  # the words


def test_text_listing_names_an_unnamed_source(tmp_path: Path) -> None:
    (tmp_path / "rumour.txt").write_text("It was reported that the factory would close.", encoding="utf-8")
    result = run([str(tmp_path / "rumour.txt"), "--format", "text"])
    assert result.exit_code == 0, result.stderr
    assert "no named source" in result.stdout
    assert "the factory would close" in result.stdout


# --- golden files ------------------------------------------------------------------------


def stable(record: dict[str, Any]) -> dict[str, Any]:
    """The fields a change in tuning must not move silently.

    Pinned: every field of every statement, including which statement rule fired
    (``rule``) and which resolver chose the speaker (``speaker.rule``). Left out: the
    ``confidence`` value, which changes with every tuning of the engine; of the people, only
    who is listed as a person is compared (which places and organisations get listed, and
    every person's aliases, descriptors and mentions, move with tuning; their shape is
    checked by :func:`check_schema`).
    """
    return {
        "id": record["id"],
        "quotes": [{k: v for k, v in q.items() if k != "confidence"} for q in record["quotes"]],
        "people": sorted(p["name"] for p in record["people"] if p["kind"] == "person"),
    }


def golden_inputs() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if p.suffix in {".txt", ".jsonl"} and ".expected" not in p.name)


def input_texts(path: Path) -> dict[str, str]:
    if path.suffix == ".txt":
        return {path.stem: path.read_text(encoding="utf-8")}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: row["text"] for row in rows}


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_golden(path: Path) -> None:
    expected_path = path.with_name(path.name.split(".")[0] + ".expected.jsonl")
    result = run([str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    got = records(result)
    texts = input_texts(path)
    for record in got:
        check_schema(record, texts[record["id"]])
    if UPDATE or not expected_path.exists():
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in got]
        expected_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"wrote missing golden file {expected_path.name}; check it and commit it")
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [stable(r) for r in got] == [stable(r) for r in expected], (
        f"output differs from {expected_path.name}; if intended: SAIDWHAT_UPDATE_GOLDEN=1 pytest {__file__} -k golden"
    )


def test_golden_inputs_exist() -> None:
    assert golden_inputs(), "tests/golden/ holds no input article"


# --- bad input ---------------------------------------------------------------------------


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(VOSS, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le ministre a d\u00e9clar\u00e9 : \u00ab Non. \u00bb".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "ok", "text": "Nothing."}\n{not json\n{"id": "no-text"}\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    last = tmp_path / "last.txt"
    last.write_text(BRENNER, encoding="utf-8")
    paths = [good, binary, latin1, broken, missing, odd, last]
    result = run([str(p) for p in paths] + ["--format", "jsonl"])
    assert result.exit_code == 1
    assert [r["id"] for r in records(result)] == ["good", "ok", "last"]
    errors = result.stderr.splitlines()
    assert len(errors) == 6, errors  # binary, latin-1, 2 bad jsonl lines, missing, unsupported
    assert all(line.startswith("saidwhat: ") for line in errors), errors
    assert "Traceback" not in result.stderr
    for name in ("image.txt", "latin1.txt", "broken.jsonl:2", "broken.jsonl:3", "missing.txt", "notes.docx"):
        assert sum(name in line for line in errors) == 1, (name, errors)


def test_binary_stdin_is_an_error_not_a_crash() -> None:
    result = run(["-"], stdin=b"\xff\xfe\x00\x01binary")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "stdin" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty", ""),
        ("whitespace", " \n\n \t\n"),
        ("no-quotes", "The river rose by two metres overnight. Schools were closed."),
        ("unbalanced", 'Mira Okafor was furious. "We were robbed, she said. ' + BRENNER),
        ("apostrophes", "Dennis Hale's plant isn't ready. 'It will be fixed by Monday,' he said. " + BRENNER),
        ("german", "\u201eWir sind bereit\u201c, sagte Trainer Martin Kessler. Die Mannschaft reist mit dem Zug."),
        ("chinese", "\u5e02\u957f\u8bf4\uff1a\u201c\u6211\u4eec\u4f1a\u4fdd\u6301\u6e2f\u53e3\u5f00\u653e\u3002\u201d"),
        ("byte-order-mark", "\ufeff" + BRENNER),
        ("crlf", VOSS.replace(". ", ".\r\n\r\n")),
    ],
    ids=lambda value: value if value.isascii() and len(value) < 20 else "",
)
def test_odd_but_readable_text_is_processed(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(content.encode("utf-8"))
    result = run([str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    assert record["id"] == name and "error" not in record
    # the reader decodes (utf-8-sig drops a BOM); offsets index the text it hands on
    check_schema(record, content.removeprefix("\ufeff"))
    if name in {"unbalanced", "apostrophes", "byte-order-mark"}:
        assert "Tomas Brenner" in [q["speaker"]["name"] for q in record["quotes"] if q["speaker"]]


def test_nul_and_surrogates_in_jsonl_text_keep_offsets() -> None:
    text = "Mira Okafor rows.\x00 \ud800 " + BRENNER
    line = json.dumps({"id": "odd", "text": text})  # JSON escapes: \u0000 and a lone \ud800
    result = run(["-", "--format", "jsonl"], stdin=line + "\n")
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    check_schema(record, text)
    assert [q["speaker"]["name"] for q in record["quotes"]] == ["Tomas Brenner"]


PARAGRAPH = (
    "Clara Voss, the mayor of Eastwick, spoke on Monday. "
    '"The reservoir is full," she said. Tomas Brenner said the pipes were old.\n\n'
)


def check_long_article(tmp_path: Path, size: int) -> None:
    """A long article (a paragraph repeated): no crash, every quote found, offsets exact."""
    copies = size // len(PARAGRAPH) + 1
    text = PARAGRAPH * copies
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = run([str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    [record] = records(result)
    assert "error" not in record
    check_schema(record, text)
    full = [q for q in record["quotes"] if q["text"] == '"The reservoir is full,"']
    assert len(full) == copies
    assert {q["speaker"]["name"] for q in full} == {"Clara Voss"}


BIG = pytest.mark.skipif(
    os.environ.get("SAIDWHAT_BIG_TESTS") != "1",
    reason="a 5 MB article takes several minutes of parsing; .ci/run sets SAIDWHAT_BIG_TESTS=1",
)


def test_an_article_longer_than_one_parser_chunk(tmp_path: Path) -> None:
    """Past CHUNK_CHARS the API cuts the article at paragraph breaks; offsets still index it."""
    from saidwhat.api import CHUNK_CHARS

    check_long_article(tmp_path, CHUNK_CHARS + 20_000)


@BIG
def test_a_five_megabyte_article_finishes(tmp_path: Path) -> None:
    check_long_article(tmp_path, 5_000_000)


def test_acts_all_adds_the_thoughts_an_article_attributes() -> None:
    text = "Many people in Eastwick think the ferry will never run again. Ana Ruiz said the port would reopen."
    stdin = json.dumps({"id": "acts", "text": text}) + "\n"
    speech = records(run(["-", "--format", "jsonl"], stdin=stdin))[0]
    every = records(run(["-", "--format", "jsonl", "--acts", "all"], stdin=stdin))[0]
    assert [q["act"] for q in speech["quotes"]] == ["said"]
    assert sorted(q["act"] for q in every["quotes"]) == ["said", "thought"]
