"""What the core (statements + speaker resolution) costs next to the parse, on PolNeAR.

    PYTHONPATH=src python benchmarks/speaker_cost.py [--limit N] [--rounds K]

Parses the first N articles of PolNeAR dev + train once with the full pipeline (every
sentence parsed, so every version of the core sees the same parse), then times
``saidwhat.core.extract.extract`` over the parsed Docs, K rounds, and reports the best
round. Run it with ``PYTHONPATH`` pointing at two checkouts of ``src`` (this one and an
older one, e.g. ``git archive <commit> src | tar -x -C /tmp/old``) to compare what a change
to the core costs; the parse time is printed so the share of the whole can be judged.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from saidwhat.core.extract import extract
    from saidwhat.nlp import load_model

    texts: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        with open(DATA / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f]
    texts = texts[: args.limit]
    nlp = load_model(fast=False)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    rounds = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        quotes = sum(len(extract(doc).quotes) for doc in docs)
        rounds.append(time.perf_counter() - start)
    core = min(rounds)
    words = sum(len(t.split()) for t in texts)
    print(
        json.dumps(
            {
                "articles": len(texts),
                "words": words,
                "quotes": quotes,
                "parse_s": round(parse, 2),
                "core_s_best": round(core, 3),
                "core_ms_per_article": round(1000 * core / len(texts), 2),
                "core_share_of_parse_plus_core": round(core / (parse + core), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
