"""Recall and mention accuracy on the speech-verb part of a gold file.

PolNeAR annotates every attribution, beliefs and nominal ones ("concerns about X") too.
Quote datasets such as the Gender Gap Tracker's annotate speech. This keeps the gold
quotes whose cue is a speech verb (by lemma, from saidwhat's lexicon) or "according to",
runs saidwhat on the whole articles and reports recall and mention accuracy on that
subset. Precision is not reported: predictions outside the subset are not errors.

    python benchmarks/speech_subset.py ../shared/data/polnear/dev.jsonl
"""

from __future__ import annotations

import argparse
from dataclasses import replace

import saidwhat
from saidwhat.core.lexicon import SPEECH_VERBS
from saidwhat.evaluation import evaluate, read_gold
from saidwhat.nlp import load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    nlp = load_model()
    articles = read_gold(args.gold)[: args.limit]
    lemmas: dict[str, bool] = {}

    def is_speech(cue: str | None) -> bool:
        if not cue:
            return False
        key = cue.lower()
        if key not in lemmas:
            lemmas[key] = key.startswith("according") or any(
                t.lemma_.lower() in SPEECH_VERBS for t in nlp(key)
            )
        return lemmas[key]

    subset = [
        replace(a, quotes=tuple(q for q in a.quotes if is_speech(q.cue.text if q.cue else None)))
        for a in articles
    ]
    predictions = {
        r.id: r for r in saidwhat.extract_many((a.id, a.text) for a in articles) if r.id is not None
    }
    evaluation = evaluate(subset, predictions)
    total = sum(len(a.quotes) for a in articles)
    print(
        f"{len(articles)} articles; {sum(len(a.quotes) for a in subset)} of {total} gold quotes have a speech cue"
    )
    print("coverage  gold  matched  recall  mention  e2e recall")
    for threshold, m in sorted(evaluation.metrics.items()):

        def pct(x: float | None) -> str:
            return "-" if x is None else f"{100 * x:.1f}"

        print(
            f">{threshold:<8} {m.gold:5} {m.matched:8} {pct(m.recall):>7} {pct(m.mention_accuracy):>8} {pct(m.end_to_end_recall):>11}"
        )


if __name__ == "__main__":
    main()
