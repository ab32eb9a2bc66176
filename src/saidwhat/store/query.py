"""Search query syntax: what users type, turned into FTS5.

By default every word is searched as typed (each term quoted, as sqlite-utils' ``quote_fts``
does), so ``AND``, ``-``, ``:``, ``*`` or a stray ``"`` never raise a syntax error:

- ``alliances allies``  both words, anywhere in the statement or its speaker's name;
- ``"ready to fight"``  the phrase, words in this order;
- stemming is on: ``alliances`` also finds ``alliance``.

With ``raw=True`` the query is FTS5 syntax, passed through:
``alliance OR allies``, ``nato NOT russia``, ``"ready to" fight``, ``allian*``,
``NEAR(troops syria, 5)``, ``text: syria``, ``speaker_name: mattis``.

Bounds. FTS5's time grows with the number of terms that match many rows (a word repeated
a thousand times takes seconds), so a plain query is cut to its first ``MAX_QUERY_TERMS``
distinct terms and ``MAX_QUERY_CHARS`` characters, with a note saying so; repeated terms
are dropped (they never change what matches). A raw query cannot be cut without changing
its meaning, so one over the bounds is refused. ``check_*`` below validate the other
values a user can type (names, outlets, dates, limits, offsets) before they reach SQLite;
each raises ``QueryError`` with one sentence saying what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.errors import QueryError

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
MAX_NAME_CHARS = 200  # a speaker, outlet or people filter: matched with LIKE
MAX_OFFSET = 1_000_000_000  # well inside SQLite's 64-bit integers
MAX_LIMIT = 1_000_000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class BoundedQuery:
    """A search query within the bounds; ``note`` says what was cut, if anything."""

    text: str
    note: str | None = None


def _terms(query: str) -> list[str]:
    terms = []
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        term = phrase if phrase is not None else word
        if term is not None and term.strip():
            terms.append(" ".join(term.split()))
    return terms


def bound_query(query: str | None, *, raw: bool = False) -> BoundedQuery:
    """``query`` with repeated terms dropped and cut to the bounds (a raw query is refused).

    The result is what to pass to the store's search; it is plain text again (phrases keep
    their double quotes), so ``escape_fts`` applies to it as to any query.
    """
    query = check_text(query or "", "search query")
    if raw:
        words = len(query.split())
        if len(query) > MAX_QUERY_CHARS or words > MAX_QUERY_TERMS:
            raise QueryError(
                f"the raw query is {len(query):,} characters and {words:,} words long; the "
                f"limits are {MAX_QUERY_CHARS} characters and {MAX_QUERY_TERMS} words"
            )
        return BoundedQuery(query.strip())
    kept: list[str] = []
    seen: set[str] = set()
    cut_terms = cut_chars = 0
    length = 0
    for term in _terms(query):
        key = term.casefold()
        if key in seen:
            continue
        seen.add(key)
        piece = f'"{term.replace(chr(34), " ")}"' if " " in term or '"' in term else term
        if len(kept) >= MAX_QUERY_TERMS:
            cut_terms += 1
        elif length + len(piece) > MAX_QUERY_CHARS:
            cut_chars += 1
        else:
            kept.append(piece)
            length += len(piece) + 1
    if not kept and cut_chars:  # one huge word: cutting it all would match everything
        raise QueryError(
            f"the search query's first word is over {MAX_QUERY_CHARS} characters long; "
            "no word is that long"
        )
    note = None
    if cut_terms or cut_chars:
        note = (
            f"the query was cut to its first {len(kept)} distinct terms "
            f"(limits: {MAX_QUERY_TERMS} terms, {MAX_QUERY_CHARS} characters); "
            f"{cut_terms + cut_chars} more were left out"
        )
    return BoundedQuery(" ".join(kept), note)


def check_text(value: str, what: str, max_chars: int | None = None) -> str:
    """``value`` if it holds no NUL character and is at most ``max_chars`` long."""
    if "\x00" in value:
        raise QueryError(f"the {what} contains a NUL character (\\0); remove it")
    if max_chars is not None and len(value) > max_chars:
        raise QueryError(
            f"the {what} is {len(value):,} characters long; the limit is {max_chars}"
        )
    return value


def check_name(value: str | None, what: str) -> str | None:
    """A person, speaker or outlet as typed, checked: ``None`` or blank means "not set".

    A name must hold at least one letter or digit: ``%`` or ``--`` would otherwise fold
    to nothing and match whoever has an empty key.
    """
    if value is None or not value.strip():
        return None
    value = check_text(value.strip(), what, MAX_NAME_CHARS)
    if not any(ch.isalnum() for ch in value):
        raise QueryError(f"the {what} {value!r} has no letters or digits to match")
    return value


def check_date(value: str | None, what: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or ``None``/blank for "not set"."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE.fullmatch(value):
        raise QueryError(
            f"{what}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got {value[:40]!r}"
        )
    return value


def check_page(limit: int, offset: int, *, max_limit: int = MAX_LIMIT) -> None:
    """Raise unless ``0 <= limit <= max_limit`` and ``0 <= offset <= MAX_OFFSET``."""
    if not 0 <= limit <= max_limit:
        raise QueryError(f"limit: must be between 0 and {max_limit:,}, got {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset: must be between 0 and {MAX_OFFSET:,}, got {offset}")


def escape_fts(query: str) -> str:
    """The query with each word, and each double-quoted phrase, quoted for FTS5."""
    parts = []
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        term = phrase if phrase is not None else word
        if term is None or not term.strip():
            continue
        parts.append('"' + term.replace('"', '""') + '"')
    return " ".join(parts)


def is_query_error(message: str) -> bool:
    """Whether an SQLite error message is about the FTS query rather than the database."""
    message = message.lower()
    return any(
        marker in message
        for marker in (
            "fts5",
            "syntax error",
            "no such column",
            "unterminated",
            "unknown special query",
        )
    )
