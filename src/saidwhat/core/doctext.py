"""The text of a Doc, read once.

spaCy rebuilds ``Doc.text`` from every token on each access, so reading it inside a
per-token loop makes extraction quadratic in the article's length.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_KEY = "saidwhat.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


# "WASHINGTON --", "TOLEDO, Ohio —", "LONDON (Reuters) -": where a story was filed, not who speaks
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:\s*\([^()\n]{1,30}\))?\s*(?:--|—|–|-)\s"
)


def dateline_end(text: str, char: int) -> int | None:
    """Where the dateline opening the paragraph around ``char`` ends, if ``char`` sits in one."""
    start = text.rfind("\n", max(0, char - 61), char) + 1  # bounded: a long line is searched once, not per call
    if start == 0 and char > 60 or char - start > 60:
        return None
    match = _DATELINE.match(text, start)
    if match is None or char >= match.end():
        return None
    return match.end()
