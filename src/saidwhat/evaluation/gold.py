"""Gold files: a small reader interface and the JSONL reader (``../shared/data/FORMAT.md`` beside the repository).

A gold reader is any callable ``(path) -> Iterator[GoldArticle]`` registered under a
format name with :func:`register_gold_reader`; :func:`read_gold` picks one by name or by
file suffix. A malformed file raises ``GoldFormatError`` naming ``file:line``: a scorer
that silently drops half a gold file would report figures nobody can trust.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..core.errors import GoldFormatError
from ..core.types import QuoteType, Span


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One annotated statement. Offsets index the article text."""

    start: int
    end: int
    text: str
    type: QuoteType
    speaker: str | None  # canonical name (seed) or the source mention's words (PolNeAR)
    speaker_span: Span | None  # the source mention tied to the cue; None when carried on
    cue: Span | None
    spans: tuple[Span, ...] = ()  # the content's pieces, where interrupted

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    no_speaker: tuple[str, ...] = ()  # statements the article reports without naming a source
    people: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""  # "path:line", for messages

    @property
    def words(self) -> int:
        return len(self.text.split())


class GoldReader(Protocol):
    """Reads one gold file; raises ``GoldFormatError`` on anything it cannot trust."""

    def __call__(self, path: Path) -> Iterator[GoldArticle]: ...


GOLD_READERS: dict[str, GoldReader] = {}
# suffix -> format name, longest suffix first when dispatching
GOLD_SUFFIXES: dict[str, str] = {}


def register_gold_reader(name: str, reader: GoldReader, suffixes: tuple[str, ...] = ()) -> None:
    """Plug in another gold layout (brat standoff, CoNLL...) under ``name``."""
    GOLD_READERS[name] = reader
    for suffix in suffixes:
        GOLD_SUFFIXES[suffix.lower()] = name


def read_gold(path: str | Path, format: str | None = None) -> list[GoldArticle]:
    """Every article of a gold file, in file order. ``format`` defaults from the suffix."""
    path = Path(path)
    if format is None:
        name = path.name.lower()
        for suffix in sorted(GOLD_SUFFIXES, key=len, reverse=True):
            if name.endswith(suffix):
                format = GOLD_SUFFIXES[suffix]
                break
        else:
            known = ", ".join(sorted(GOLD_SUFFIXES))
            raise GoldFormatError(f"{path}: unknown gold file type (expected one of {known})")
    reader = GOLD_READERS.get(format) or _entry_point_reader(format)
    if reader is None:
        raise GoldFormatError(
            f"unknown gold format {format!r} (known: {', '.join(sorted(GOLD_READERS))})"
        )
    if not path.is_file():
        raise GoldFormatError(f"{path}: no such file")
    articles = list(reader(path))
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise GoldFormatError(
                f"{article.source}: duplicate article id {article.id!r} (first at {seen[article.id]})"
            )
        seen[article.id] = article.source
    return articles


ENTRY_POINT_GROUP = "saidwhat.gold_readers"


def _entry_point_reader(name: str) -> GoldReader | None:
    """A reader another package exposes as an entry point, so the CLI can use it too."""
    from importlib.metadata import entry_points

    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name == name:
            try:
                reader: GoldReader = point.load()
            except Exception as exc:  # a broken plug-in: say which and why
                raise GoldFormatError(f"gold reader {name!r} failed to load: {exc}") from exc
            GOLD_READERS[name] = reader
            return reader
    return None


# --- the JSONL reader ------------------------------------------------------------------


def read_gold_jsonl(path: Path) -> Iterator[GoldArticle]:
    """One article object per line; a ``.json`` file holding one object (the seed) also works."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read: {exc}") from exc
    stripped = raw.lstrip()
    if path.suffix.lower() == ".json" or (stripped.startswith("{") and "\n{" not in stripped):
        # a single (possibly pretty-printed) object, or a list of them
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
        records = data if isinstance(data, list) else [data]
        for number, record in enumerate(records, 1):
            yield article_from_record(
                record, f"{path}:{number}" if len(records) > 1 else f"{path}:1"
            )
        return
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from exc
        yield article_from_record(record, f"{path}:{lineno}")


def article_from_record(record: Any, source: str) -> GoldArticle:
    """Build and check one article; every offset must index ``text`` exactly."""
    if not isinstance(record, dict):
        raise GoldFormatError(f"{source}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise GoldFormatError(f"{source}: missing or non-string 'text'")
    article_id = record.get("id")
    if article_id is None:
        raise GoldFormatError(f"{source}: missing 'id'")
    raw_quotes = record.get("quotes", [])
    if not isinstance(raw_quotes, list):
        raise GoldFormatError(f"{source}: 'quotes' must be a list")
    quotes = tuple(_quote(q, text, f"{source}: quote {n}") for n, q in enumerate(raw_quotes))
    no_speaker = record.get("no_speaker") or []
    if not isinstance(no_speaker, list) or not all(isinstance(s, str) for s in no_speaker):
        raise GoldFormatError(f"{source}: 'no_speaker' must be a list of strings")
    for statement in no_speaker:
        if statement not in text:
            raise GoldFormatError(
                f"{source}: no_speaker statement not found in text: {statement[:60]!r}"
            )
    people = record.get("people") or {}
    if not isinstance(people, dict):
        raise GoldFormatError(f"{source}: 'people' must be an object")
    meta = record.get("meta") or {}
    return GoldArticle(
        id=str(article_id),
        text=text,
        quotes=tuple(sorted(quotes, key=lambda q: (q.start, q.end))),
        no_speaker=tuple(no_speaker),
        people={str(k): tuple(str(x) for x in v) for k, v in people.items()},
        meta={str(k): str(v) for k, v in meta.items()} if isinstance(meta, dict) else {},
        source=source,
    )


def _span(pair: Any, text: str, where: str, what: str) -> Span | None:
    if pair is None:
        return None
    if not (
        isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(x, int) for x in pair)
    ):
        raise GoldFormatError(f"{where}: {what} must be [start, end] or null, got {pair!r:.60}")
    start, end = pair
    if not 0 <= start <= end <= len(text):
        raise GoldFormatError(
            f"{where}: {what} [{start}, {end}] is outside the text (length {len(text)})"
        )
    return Span(start, end, text[start:end])


def _quote(data: Any, text: str, where: str) -> GoldQuote:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: expected an object")
    try:
        start, end = int(data["start"]), int(data["end"])
        qtype = QuoteType(data["type"])
    except KeyError as exc:
        raise GoldFormatError(f"{where}: missing field {exc}") from exc
    except (TypeError, ValueError) as exc:
        raise GoldFormatError(f"{where}: {exc}") from exc
    content = _span([start, end], text, where, "start/end")
    assert content is not None
    if "text" in data and data["text"] != content.text:
        raise GoldFormatError(
            f"{where}: text does not match article[{start}:{end}] "
            f"({data['text'][:40]!r} vs {content.text[:40]!r})"
        )
    speaker = data.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise GoldFormatError(f"{where}: speaker must be a string or null")
    spans = tuple(
        s for s in (_span(p, text, where, "spans item") for p in data.get("spans") or []) if s
    )
    return GoldQuote(
        start=start,
        end=end,
        text=content.text,
        type=qtype,
        speaker=speaker,
        speaker_span=_span(data.get("speaker_span"), text, where, "speaker_span"),
        cue=_span(data.get("cue_span"), text, where, "cue_span"),
        spans=spans,
    )


register_gold_reader("jsonl", read_gold_jsonl, suffixes=(".jsonl", ".json"))


# --- predictions -----------------------------------------------------------------------


def read_predictions(path: str | Path) -> dict[str, Any]:
    """saidwhat's JSONL output (``saidwhat extract --format jsonl``) keyed by article id.

    Returns ``{id: ArticleQuotes}``. A malformed line raises ``GoldFormatError`` with file:line.
    """
    from ..core.serialize import article_from_dict

    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read predictions: {exc}") from exc
    out: dict[str, Any] = {}
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not valid JSON: {exc.msg}") from exc
        if not isinstance(record, dict) or record.get("id") is None:
            raise GoldFormatError(f"{where}: expected an article object with an 'id'")
        try:
            article = article_from_dict(record)
        except GoldFormatError as exc:
            raise GoldFormatError(f"{where}: {exc}") from exc
        key = str(record["id"])
        if key in out:
            raise GoldFormatError(f"{where}: duplicate article id {key!r}")
        out[key] = article
    return out
