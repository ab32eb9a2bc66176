"""Ingest throughput vs extraction alone, side by side in one run.

    python benchmarks/ingest_throughput.py [--limit N] [--batch-size 64]

On the PolNeAR train + dev texts (924 articles, /work/shared/data/polnear/*.jsonl), measures:

1. extraction alone: ``saidwhat.extract_many`` over the texts;
2. ingest: ``QuoteStore.ingest`` of the same articles into a fresh database (hash, skip
   check, extract, store people / quotes / groups / FTS, commit per batch), plus the time
   to read the JSONL files with ``saidwhat.readers``;
3. storing alone: the results of (1) written into another fresh database.

(1) and (2) are interleaved batch by batch, alternating which goes first, so both see the
same machine load (other jobs on a shared machine otherwise swamp the difference). The
model is loaded before any timing. Prints a JSON record and a Markdown table row.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DATA, help="folder with train.jsonl and dev.jsonl"
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N articles (quick run)"
    )
    parser.add_argument(
        "--batch-size", type=int, default=64, help="articles per ingest transaction"
    )
    args = parser.parse_args()

    files = [args.data / "train.jsonl", args.data / "dev.jsonl"]
    if not all(f.exists() for f in files):
        print(f"PolNeAR not found under {args.data}; nothing to measure", file=sys.stderr)
        return 2

    from saidwhat import extract_many
    from saidwhat.ingest import ingest
    from saidwhat.nlp import load_model
    from saidwhat.readers import Document, read_paths
    from saidwhat.store import QuoteStore

    load_model()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = files
        if args.limit is not None:  # a smaller copy, so ingest reads exactly the same articles
            subset = Path(tmp) / "subset.jsonl"
            with subset.open("w", encoding="utf-8") as out:
                for n, doc in enumerate(read_paths(files)):
                    if n >= args.limit:
                        break
                    assert isinstance(doc, Document)
                    out.write(json.dumps({"id": doc.id, "text": doc.text, **doc.meta}) + "\n")
            inputs = [subset]
        start = time.perf_counter()
        docs = [d for d in read_paths(inputs) if isinstance(d, Document)]
        read_s = time.perf_counter() - start
        chars = sum(len(d.text) for d in docs)

        extract_s = ingest_s = 0.0
        results = []
        failed = 0
        with QuoteStore(Path(tmp) / "ingest.db") as store:
            for number, first in enumerate(range(0, len(docs), args.batch_size)):
                chunk = docs[first : first + args.batch_size]
                for step in ("extract", "ingest") if number % 2 == 0 else ("ingest", "extract"):
                    start = time.perf_counter()
                    if step == "extract":
                        results += extract_many([(d.id, d.text) for d in chunk], batch_size=16)
                        extract_s += time.perf_counter() - start
                    else:
                        summary = ingest(store, chunk, batch_size=args.batch_size)
                        ingest_s += time.perf_counter() - start
                        failed += len(summary.failed)
        ingest_s += read_s

        start = time.perf_counter()
        with QuoteStore(Path(tmp) / "store-only.db") as store:
            store.ingest(list(zip(docs, results, strict=True)), batch_size=args.batch_size)
            counts = store.counts()
        store_s = time.perf_counter() - start
        db_mb = (Path(tmp) / "store-only.db").stat().st_size / 1e6

    n = len(docs)
    record = {
        "date": date.today().isoformat(),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip(),
        "cores": os.cpu_count(),
        "articles": n,
        "chars": chars,
        "quotes": counts["quotes"],
        "people": counts["people"],
        "failed": failed,
        "extract_articles_per_s": round(n / extract_s, 2),
        "ingest_articles_per_s": round(n / ingest_s, 2),
        "store_only_articles_per_s": round(n / store_s, 1),
        "ingest_time_over_extract_time": round(ingest_s / extract_s, 3),
        "ingest_throughput_share": round(extract_s / ingest_s, 3),
        "store_share_of_ingest": round(store_s / ingest_s, 3),
        "db_mb": round(db_mb, 1),
    }
    print(json.dumps(record))
    print(
        f"| {record['date']} | {record['commit']} | {record['cores']} | {n} | "
        f"{record['extract_articles_per_s']} | {record['ingest_articles_per_s']} | "
        f"{record['ingest_throughput_share']} | {record['store_only_articles_per_s']} | {record['quotes']} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
