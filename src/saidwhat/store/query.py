"""Search query syntax: what users type, turned into FTS5.

By default every word is searched as typed (each term quoted, as sqlite-utils' ``quote_fts``
does), so ``AND``, ``-``, ``:``, ``*`` or a stray ``"`` never raise a syntax error:

- ``alliances allies``  both words, anywhere in the statement or its speaker's name;
- ``"ready to fight"``  the phrase, words in this order;
- stemming is on: ``alliances`` also finds ``alliance``.

With ``raw=True`` the query is FTS5 syntax, passed through:
``alliance OR allies``, ``nato NOT russia``, ``"ready to" fight``, ``allian*``,
``NEAR(troops syria, 5)``, ``text: syria``, ``speaker_name: mattis``.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


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
