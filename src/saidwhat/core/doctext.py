"""The text of a Doc, read once.

spaCy rebuilds ``Doc.text`` from every token on each access, so reading it inside a
per-token loop makes extraction quadratic in the article's length.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "saidwhat.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text
