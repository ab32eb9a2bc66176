"""The Python API: ``saidwhat.extract`` / ``extract_many`` on good and bad input, and ``__all__``."""

from __future__ import annotations
import __future__

import importlib
from pathlib import Path

import pytest

import saidwhat
from core.helpers import assert_offsets
from saidwhat import ArticleQuotes, QuoteType

pytestmark = pytest.mark.model  # nearly every test here extracts with the model

ARTICLE = (
    "Clara Voss, the mayor of Eastwick, announced her resignation on Monday. "
    '"I have done what I came to do," she said. Tomas Brenner said the harbour would stay open.'
)


def speakers(result: ArticleQuotes) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in result.quotes]


def test_extract_returns_typed_results_with_the_id() -> None:
    result = saidwhat.extract(ARTICLE, id="water")
    assert isinstance(result, ArticleQuotes)
    assert result.id == "water" and result.error is None
    assert_offsets(result, ARTICLE)
    assert speakers(result) == ["Clara Voss", "Tomas Brenner"]
    assert [q.type for q in result.quotes] == [QuoteType.DIRECT, QuoteType.INDIRECT]
    assert all(0.0 <= q.confidence <= 1.0 and q.rule for q in result.quotes)


def test_extract_many_keeps_order_and_ids_for_strings_and_pairs() -> None:
    items: list[str | tuple[str | None, str]] = [
        ("a", ARTICLE),
        "No one said anything today.",
        ("c", ""),
        ("d", '"We are closed," the Millbrook Bakery said.'),
    ]
    results = list(saidwhat.extract_many(items, batch_size=2))
    assert [r.id for r in results] == ["a", None, "c", "d"]
    assert speakers(results[0]) == ["Clara Voss", "Tomas Brenner"]
    assert results[1].quotes == () and results[2].quotes == ()
    assert speakers(results[3]) == ["Millbrook Bakery"]


def test_extract_many_is_lazy_over_a_generator() -> None:
    texts = (f'"Day {n} is over," Owen Park said.' for n in range(5))
    results = saidwhat.extract_many(texts)
    first = next(results)
    assert first.quotes[0].text == '"Day 0 is over,"'
    assert len(list(results)) == 4


def test_batching_does_not_change_results() -> None:
    """An article gives the same statements alone or in a batch with others."""
    golden = (Path(__file__).parent / "golden" / "ferry.txt").read_text(encoding="utf-8")
    texts = [ARTICLE, golden, "Nothing happened.", ARTICLE]
    alone = [saidwhat.extract(t) for t in texts]
    batched = list(saidwhat.extract_many(texts, batch_size=3))
    assert [r.quotes for r in batched] == [r.quotes for r in alone]
    assert [r.people for r in batched] == [r.people for r in alone]


def test_a_failing_article_is_flagged_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = importlib.import_module("saidwhat.pipeline")
    real = pipeline.core_extract

    def flaky(doc, *, id=None):  # type: ignore[no-untyped-def]
        if id == "bad":
            raise RuntimeError("boom")
        return real(doc, id=id)

    monkeypatch.setattr(pipeline, "core_extract", flaky)
    results = list(saidwhat.extract_many([("ok1", ARTICLE), ("bad", ARTICLE), ("ok2", ARTICLE)]))
    assert [r.id for r in results] == ["ok1", "bad", "ok2"]
    assert results[1].error is not None and "boom" in results[1].error and results[1].quotes == ()
    assert results[0].quotes and results[2].quotes


def test_a_long_article_cut_into_chunks_keeps_offsets_and_people(monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles past CHUNK_CHARS are parsed in pieces; the result must not show the seams.

    The chunk size is shrunk so that a short article is cut into several pieces.
    """
    pipeline = importlib.import_module("saidwhat.pipeline")
    real = pipeline.split_long_text
    monkeypatch.setattr(pipeline, "split_long_text", lambda text, limit=600: real(text, limit))
    paragraph = (
        "Clara Voss, the mayor of Eastwick, spoke on Monday. "
        '"The reservoir is full," she said. Tomas Brenner said the pipes were old.\n\n'
    )
    text = "\x00" + paragraph * 12  # a NUL too: cleaned copy and chunks together
    assert len(pipeline.split_long_text(text)) > 2
    result = saidwhat.extract(text)
    assert result.error is None
    assert_offsets(result, text)
    assert speakers(result) == ["Clara Voss", "Tomas Brenner"] * 12
    assert sorted(p.name for p in result.people if p.kind.value == "person") == ["Clara Voss", "Tomas Brenner"]


SPEAKERS_LISTED = [
    pytest.param(ARTICLE, id="people"),
    pytest.param("Reuters reported that the talks had collapsed.", id="organisation"),
    pytest.param(
        (Path(__file__).parent / "golden" / "ferry.txt").read_text(encoding="utf-8"),
        id="golden-ferry",
    ),
]


@pytest.mark.parametrize("text", SPEAKERS_LISTED)
def test_every_named_speaker_is_listed_in_people(text: str) -> None:
    """A user indexing ``people`` finds everyone the quotes name (persons and organisations)."""
    result = saidwhat.extract(text)
    listed = {p.name for p in result.people}
    named = {
        q.speaker.name
        for q in result.quotes
        if q.speaker is not None and q.speaker.kind.value in {"person", "organisation"}
    }
    assert named, "no named speaker found"
    assert named <= listed, f"speakers missing from people: {sorted(named - listed)}"


# --- bad input -------------------------------------------------------------------------

OKAFOR = '"We will win next year," Mira Okafor told reporters.'

BAD_INPUT = {
    "empty": "",
    "whitespace": "  \n\n\t \r\n ",
    "no-quotes": "The river rose by two metres overnight. Schools in Millbrook were closed.",
    "unbalanced": 'Mira Okafor was furious. "We were robbed, she said. ' + OKAFOR,
    "stray-marks": 'The 6" pipe burst on Monday; a lone \u201d and a lone \u00ab sit here. ' + OKAFOR,
    "apostrophes-and-single-quotes": (
        "Dennis Hale's plant isn't ready. 'It will be fixed by Monday,' he said. "
        "It's the '90s all over again, and the workers' union is 'not amused'. " + OKAFOR
    ),
    "german": "\u201eWir sind bereit\u201c, sagte Trainer Martin Kessler am Montag. Die Mannschaft reist mit dem Zug.",
    "chinese": "\u5e02\u957f\u514b\u62c9\u62c9\u8bf4\uff1a\u201c\u6211\u4eec\u4f1a\u4fdd\u6301\u6e2f\u53e3\u5f00\u653e\u3002\u201d",
    "nul-characters": "Mira Okafor rows.\x00\x00 " + OKAFOR + "\x00",
    "lone-surrogates": "Mira Okafor rows \udcff\udcfe\ud800. " + OKAFOR + " \udfff",
    "control-characters": "Mira Okafor rows.\x07\x1b[31m\x0c " + OKAFOR,
}

# articles whose quote must survive the oddities around it
KEEPS_OKAFOR = {
    "unbalanced", "stray-marks", "apostrophes-and-single-quotes", "nul-characters",
    "lone-surrogates", "control-characters",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUT))
def test_bad_input_gives_a_result_never_a_crash(name: str) -> None:
    text = BAD_INPUT[name]
    result = saidwhat.extract(text, id=name)
    assert result.id == name and result.error is None
    assert_offsets(result, text)  # even after NULs and surrogates: offsets index the original str
    if name in {"empty", "whitespace", "no-quotes"}:
        assert result.quotes == ()
    if name in KEEPS_OKAFOR:
        found = [q for q in result.quotes if "We will win next year" in q.text]
        assert found, f"the well-formed quote was lost: {[q.text for q in result.quotes]}"
        assert found[0].speaker is not None and found[0].speaker.name == "Mira Okafor"


NOT_TEXT = [
    pytest.param(b'"We are ready," Clara Voss said.', id="utf8-bytes"),
    pytest.param(b"\xff\xfe\x00\x89PNG binary", id="binary-bytes"),
    pytest.param(None, id="none"),
]


@pytest.mark.parametrize("value", NOT_TEXT)
def test_input_that_is_not_text_gets_a_clear_error(value: object) -> None:
    """Bytes or None are not article text: an InputError, or a result flagged with an error."""
    try:
        result = saidwhat.extract(value, id="x")  # type: ignore[arg-type]
    except saidwhat.InputError:
        return
    assert result.error is not None and result.quotes == (), result


def test_a_non_text_item_in_a_batch_is_flagged_and_the_batch_goes_on() -> None:
    items = [("ok", ARTICLE), ("bytes", b"\xff\xfe binary"), ("ok2", ARTICLE)]
    results = list(saidwhat.extract_many(items))  # type: ignore[arg-type]
    assert [r.id for r in results] == ["ok", "bytes", "ok2"]
    assert results[1].error is not None and results[1].quotes == ()
    assert results[0].quotes and results[2].quotes


def test_apostrophes_are_not_quotation_marks() -> None:
    text = BAD_INPUT["apostrophes-and-single-quotes"]
    result = saidwhat.extract(text)
    for q in result.quotes:
        for word in ("Hale's", "isn't", "'90s", "workers'"):
            assert word not in q.text, f"{word!r} was read as a quotation mark in {q.text!r}"


def test_single_quotes_are_quotation_marks() -> None:
    text = "Dennis Hale runs the plant. 'It will be fixed by Monday,' he said."
    [q] = saidwhat.extract(text).quotes
    assert q.text == "'It will be fixed by Monday,'"
    assert q.speaker is not None and q.speaker.name == "Dennis Hale"


# --- package contracts -----------------------------------------------------------------


def test_all_is_complete_and_importable() -> None:
    exported = set(saidwhat.__all__)
    for name in exported:
        assert hasattr(saidwhat, name), f"saidwhat.__all__ names {name!r}, which is missing"
    public = {
        name
        for name, value in vars(saidwhat).items()
        if not name.startswith("_")
        and not isinstance(value, type(saidwhat) | __future__._Feature)  # submodules, `annotations`
    }
    assert public <= exported, f"public names missing from __all__: {sorted(public - exported)}"
    assert len(saidwhat.__all__) == len(exported), "duplicates in __all__"
    namespace: dict[str, object] = {}
    exec("from saidwhat import *", namespace)
    assert exported <= namespace.keys()
