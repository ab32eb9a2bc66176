"""How many articles of a corpus the language check would flag as not English.

    python benchmarks/language_check.py FILE.jsonl [FILE.jsonl ...]

Also prints the CPU time of loading the detector's model (once per process) and of
detecting per article.

Each line is a JSON object with a "text" (FORMAT.md's gold files, `saidwhat extract`
input). Prints the count per detected language; ``None`` is undetermined (read as English).
On an English corpus every article flagged is one saidwhat would wrongly skip.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter

from saidwhat.language import detect


def main() -> None:
    started = time.process_time()
    detect("Loading the model takes a moment, once per process, before the first article.")
    load = time.process_time() - started
    texts = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    started = time.process_time()
    counts = Counter(str(detect(text)) for text in texts)
    per_article = (time.process_time() - started) / max(1, len(texts))
    for language, n in counts.most_common():
        print(f"{language}\t{n}")
    print(f"model load {load:.2f} s CPU; {per_article * 1000:.2f} ms CPU per article")


if __name__ == "__main__":
    main()
