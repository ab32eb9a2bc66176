"""Accuracy with each set of acts: what was said or written (the default) or every act.

PolNeAR annotates every attribution, beliefs and findings too ("many people think...",
"they found..."); saidwhat outputs by default only what was said or written (``Quote.act``
in ``said``/``wrote``). This scores both on a gold file, so the figures can be set side by
side, with the speech-verb part of the gold (as ``speech_subset.py`` selects it) for the
default.

    python benchmarks/acts.py ../shared/data/polnear/dev.jsonl

The public API has no ``acts`` option yet, so this sets the core's default for the run.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

import saidwhat
from saidwhat.core import extract as _core  # noqa: F401  (the module, for its defaults)
from saidwhat.core.lexicon import ALL_ACTS, DEFAULT_ACTS, SPEECH_VERBS
from saidwhat.evaluation import evaluate, read_gold
from saidwhat.evaluation.report import format_table
from saidwhat.nlp import load_model


def _set_default_acts(acts: frozenset[str]) -> None:
    import saidwhat.core.extract as module

    defaults = module.extract.__kwdefaults__
    assert defaults is not None and "acts" in defaults
    defaults["acts"] = acts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    articles = read_gold(args.gold)[: args.limit]
    nlp = load_model()
    speech_cache: dict[str, bool] = {}

    def is_speech(cue: str | None) -> bool:
        if not cue:
            return False
        key = cue.lower()
        if key not in speech_cache:
            speech_cache[key] = key.startswith("according") or any(t.lemma_.lower() in SPEECH_VERBS for t in nlp(key))
        return speech_cache[key]

    subset = [replace(a, quotes=tuple(q for q in a.quotes if is_speech(q.cue.text if q.cue else None))) for a in articles]
    for name, acts in (("said or written (default)", DEFAULT_ACTS), ("every act (thought, found too)", ALL_ACTS)):
        _set_default_acts(frozenset(acts))
        predictions = {r.id: r for r in saidwhat.extract_many((a.id, a.text) for a in articles) if r.id is not None}
        print(f"== acts: {name}")
        print(format_table(evaluate(articles, predictions)))
        speech = evaluate(subset, predictions)
        for threshold, m in sorted(speech.metrics.items()):
            recall = "-" if m.recall is None else f"{100 * m.recall:.1f}"
            print(f"speech-verb part >{threshold}: gold {m.gold}, matched {m.matched}, recall {recall}")
        print()
    _set_default_acts(DEFAULT_ACTS)


if __name__ == "__main__":
    main()
