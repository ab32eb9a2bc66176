"""How many articles of a corpus the language check would flag as not English.

    python benchmarks/language_check.py FILE.jsonl [FILE.jsonl ...]

Each line is a JSON object with a "text" (FORMAT.md's gold files, `saidwhat extract`
input). Prints the count per detected language; ``None`` is undetermined (read as English).
On an English corpus every article flagged is one saidwhat would wrongly skip.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from saidwhat.language import detect


def main() -> None:
    counts: Counter[str] = Counter()
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    counts[str(detect(json.loads(line)["text"]))] += 1
    for language, n in counts.most_common():
        print(f"{language}\t{n}")


if __name__ == "__main__":
    main()
