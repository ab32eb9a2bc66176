"""Pathological searches with and without the query bounds of ``saidwhat.store.query``.

    saidwhat ingest ../shared/data/polnear/dev.jsonl --db dev.db
    python benchmarks/search_bounds.py dev.db [--skip-unbounded]

Times ``QuoteStore.search`` on repeated and many-word queries, as typed (unbounded: what
the store does when handed the query directly) and after ``bound_query`` (what the CLI and
the web app hand it).
"""

from __future__ import annotations

import argparse
import time

from saidwhat.store import QuoteStore
from saidwhat.store.query import bound_query

QUERIES = {
    "`the` x 1,000": "the " * 1000,
    "`the` x 20,000 + 3,000 distinct words": "the " * 20_000 + " ".join(f"w{i}" for i in range(3000)),
    "64 distinct common words": " ".join(
        "the to of and a in that is for on he said it was with as his be at by have from "
        "not this but are they has we who will an would been more their had its were about "
        "one which after or than can also people so if could up new what when out there "
        "into just other".split()[:64]
    ),
}


def timed(store: QuoteStore, query: str) -> tuple[float, int]:
    started = time.perf_counter()
    page = store.search(query)
    return time.perf_counter() - started, page.total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--skip-unbounded", action="store_true", help="time only bounded queries")
    args = parser.parse_args()
    with QuoteStore(args.db, readonly=True) as store:
        print("| query | unbounded (s) | bounded (s) | note |")
        print("|---|---|---|---|")
        for label, query in QUERIES.items():
            bounded = bound_query(query)
            raw = "-" if args.skip_unbounded else f"{timed(store, query)[0]:.3f}"
            seconds, _ = timed(store, bounded.text)
            print(f"| {label} | {raw} | {seconds:.3f} | {bounded.note or ''} |", flush=True)


if __name__ == "__main__":
    main()
