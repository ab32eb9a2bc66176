"""Which language an article is in, so that only English is read for statements.

saidwhat's rules, word lists and model are English. A German or French article read as
English gives invented quotes and persons, so the pipeline detects the language first and
an article in another language yields no statements and no people: its result says the
language (``ArticleQuotes.language``), it is not an error.

Detection is py3langid (BSD-3-Clause; a fork of langid.py with its model, 97 languages,
inside the wheel; nothing is downloaded). The model loads on the first article (about a
second), not at import. A text is only called non-English when the detector is sure:
at least ``MIN_LETTERS`` letters and a probability of at least ``MIN_PROBABILITY``; a
shorter or uncertain text is ``None`` (undetermined) and read as English, so headlines,
captions and one-line items are never dropped for being short.
"""

from __future__ import annotations

import threading
from typing import Any

ENGLISH = "en"
MIN_LETTERS = 40
MIN_PROBABILITY = 0.95
SAMPLE_CHARS = 2_000  # the article's start is enough (same answers on PolNeAR as 5,000), and cheap

_lock = threading.Lock()
_identifier: Any = None


def _classifier() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language (``en``, ``de``, ``fr``...), or ``None``
    when the text is too short or too mixed to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _classifier().classify(sample)
    if float(probability) < MIN_PROBABILITY:
        return None
    return str(code)


def is_other_language(language: str | None) -> bool:
    """True for a detected language that is not English (such articles are not read)."""
    return language is not None and language != ENGLISH
