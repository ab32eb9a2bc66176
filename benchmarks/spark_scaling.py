"""Does the Spark job scale with cores? Articles per second with local[1] vs local[2].

    python benchmarks/spark_scaling.py [--limit N] [--partitions P] [--json OUT.json]

Input: PolNeAR train + dev (../shared/data/polnear/*.jsonl, 924 articles), copied as one
JSONL file to a temporary folder (removed afterwards). Each master gets a fresh Spark
session, started before the clock; the clock covers the whole job (read, extract with the
model loaded in each Python worker, write the four Parquet outputs).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from saidwhat.spark.job import run

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def write_corpus(folder: Path, limit: int | None) -> tuple[Path, int]:
    lines: list[str] = []
    for name in ("train.jsonl", "dev.jsonl"):
        with (POLNEAR / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                lines.append(json.dumps({"id": record["id"], "text": record["text"]}))
    lines = lines[:limit] if limit else lines
    path = folder / "polnear.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(lines)


def run_master(master: str, corpus: Path, out: Path, partitions: int) -> tuple[float, int]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master)
        .appName(f"saidwhat-scaling-{master}")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        started = time.perf_counter()
        summary = run([str(corpus)], str(out), spark=spark, partitions=partitions, overwrite=True)
        return time.perf_counter() - started, summary.articles
    finally:
        spark.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"PolNeAR not found at {POLNEAR}", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory(prefix="saidwhat-spark-bench-") as tmp:
        corpus, count = write_corpus(Path(tmp), args.limit)
        for master, cores in (("local[1]", 1), ("local[2]", 2)):
            seconds, articles = run_master(master, corpus, Path(tmp) / master, args.partitions)
            rows.append(
                {"master": master, "cores": cores, "seconds": seconds, "articles": articles}
            )
            print(f"[spark] {master}: {articles / seconds:.2f} articles/s", file=sys.stderr)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    lines = [
        f"{count} articles; {date.today().isoformat()}; commit {commit}; {os.cpu_count()} cores; "
        f"{args.partitions} partitions; load average at the end {os.getloadavg()[0]:.1f}",
        "",
        "| master | seconds | articles/s | articles/s per core |",
        "|---|---|---|---|",
    ]
    for r in rows:
        rate = r["articles"] / r["seconds"]
        lines.append(
            f"| {r['master']} | {r['seconds']:.0f} | {rate:.2f} | {rate / r['cores']:.2f} |"
        )
    speedup = (rows[1]["articles"] / rows[1]["seconds"]) / (
        rows[0]["articles"] / rows[0]["seconds"]
    )
    lines += ["", f"local[2] vs local[1]: {speedup:.2f}x"]
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "speedup": speedup}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
