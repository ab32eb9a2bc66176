"""Name keys for merging one person across articles.

A person's name is reduced to a key ``(first, surname)``: titles and lower-case words are
taken off the front ("Defense Secretary James Mattis" -> "James Mattis"), suffixes off the
end ("Jr."), middle names dropped, accents and punctuation removed, and the first name
mapped through the nickname table ("Jim" -> "james"). A name of one word after that is a
surname alone ("Mattis"); a first name of one letter is an initial ("J. Mattis").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .nicknames import NAME_SUFFIXES, NICKNAMES, TITLE_WORDS

_NON_WORD = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accents and punctuation off, spaces collapsed: "José  O'Neil" -> "jose oneil"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'")
    text = _NON_WORD.sub("", text.lower())
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class NameKey:
    display: str  # the name as written, titles and suffixes off: "James Mattis"
    surname: str  # folded: "mattis"
    first: str | None  # folded and through the nickname table: "james"; None for a surname alone

    @property
    def is_initial(self) -> bool:
        return self.first is not None and len(self.first) == 1


def _token_key(token: str) -> str:
    token = token.strip(".,;:")
    if token.lower().endswith(("'s", "\u2019s")):
        token = token[:-2]
    return fold(token)


def parse_name(name: str) -> NameKey | None:
    """The key of a person's name, or None when it is no proper name ("the spokesman", "he")."""
    tokens = [t for t in name.replace(",", " ").split() if _token_key(t)]
    while tokens and (_token_key(tokens[0]) in TITLE_WORDS or not tokens[0][:1].isupper()):
        tokens.pop(0)
    while len(tokens) > 1 and _token_key(tokens[-1]) in NAME_SUFFIXES:
        tokens.pop()
    if not tokens or not tokens[-1][:1].isupper():
        return None
    surname = _token_key(tokens[-1])
    display = " ".join(tokens).rstrip(".,")
    if display.lower().endswith(("'s", "\u2019s")):
        display = display[:-2]
    if len(tokens) == 1:
        return NameKey(display=display, surname=surname, first=None)
    first = _token_key(tokens[0])
    return NameKey(display=display, surname=surname, first=NICKNAMES.get(first, first))


def best_name(names: list[str]) -> NameKey | None:
    """The fullest proper name among the ways one article names a person."""
    keys = [k for k in (parse_name(n) for n in names) if k is not None]
    if not keys:
        return None
    # A full name beats an initial beats a surname alone; then more words win.
    return max(
        keys,
        key=lambda k: (
            k.first is not None and not k.is_initial,
            k.first is not None,
            len(k.display.split()),
        ),
    )


def spelling_variant(a: str, b: str) -> bool:
    """Two folded surnames one letter apart, as transliterations drift ("medvedchuk" and
    "medvedchouk", "zelenskyy" and "zelensky"): long names only, and the same first three
    letters, so "Johnson" and "Jonson" stay two people."""
    if a == b or min(len(a), len(b)) < 7 or a[:3] != b[:3] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]
