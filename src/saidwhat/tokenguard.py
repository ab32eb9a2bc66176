"""Keep spaCy's tokenizer linear on long runs without spaces.

spaCy's tokenizer strips prefixes and suffixes from a space-free run one at a time, each
time copying the rest of the run, so a run of punctuation takes time in the square of its
length: 10,000 ``“`` in a row take about 9 s, 20,000 about 39 s. Such runs are not prose
(a pasted separator line, a broken encoding, an attack on the paste box), and no quote or
speaker is found inside one.

``GuardedTokenizer`` wraps the model's tokenizer. Text without a space-free run longer than
``LONG_RUN`` characters goes to the model's tokenizer unchanged (the same Doc as before).
Otherwise the text is cut just before each such run and into pieces of ``PIECE`` characters
inside it; each part is tokenised on its own and the parts are joined into one Doc whose
text is the input, character for character, so every offset still indexes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

LONG_RUN = 256  # no word, URL or number in news is longer without a space
PIECE = 128  # a run is tokenised in pieces of this many characters

_RUN = re.compile(r"\S{" + str(LONG_RUN + 1) + ",}")


def split_points(text: str) -> list[int]:
    """Offsets where ``text`` is cut before tokenising; empty when it needs no cut.

    Each long run starts a part and is cut every ``PIECE`` characters; the whitespace that
    follows a run stays with its last piece (as the token's trailing space).
    """
    points: list[int] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        if start > 0:
            points.append(start)
        points.extend(range(start + PIECE, end, PIECE))
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        if after < len(text):
            points.append(after)
    return sorted(set(points))


def parts(text: str, points: list[int]) -> Iterator[str]:
    last = 0
    for point in points:
        yield text[last:point]
        last = point
    yield text[last:]


class GuardedTokenizer:
    """A tokenizer that behaves as ``inner`` but stays linear on long space-free runs.

    Everything else (``vocab``, ``to_bytes``, ``rules``, ...) is the inner tokenizer's.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        points = split_points(text) if len(text) > LONG_RUN else []
        if not points:
            return self.inner(text)
        from spacy.tokens import Doc

        docs = [self.inner(part) for part in parts(text, points) if part]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # never hand on a Doc whose offsets differ from the input
            return self.inner(text)
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def guard(nlp: Any) -> None:
    """Wrap ``nlp.tokenizer`` in a ``GuardedTokenizer`` (once)."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
