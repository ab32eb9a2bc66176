"""The saidwhat Spark job: JSONL or WARC files in, quotes / people / articles / errors Parquet out.

Run it from the CLI (``saidwhat spark``), as a module (``python -m saidwhat.spark``) or
with ``spark-submit src/saidwhat/spark/job.py INPUT... --output DIR``. Inputs are any
Hadoop-compatible paths or globs (local, ``hdfs://``, ``s3a://``); Spark reads them.

Stages: ``binaryFiles`` (whole files, so ids match ``saidwhat extract``) -> parse records ->
``repartition`` (spreads a few big files over every core) -> ``mapPartitions`` extraction,
the model loaded once per Python worker -> one cached result table -> four Parquet outputs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from saidwhat.core.errors import InputError, SaidwhatError
from saidwhat.spark import require_pyspark

require_pyspark()

from pyspark import StorageLevel  # noqa: E402
from pyspark.sql import DataFrame, SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402
from pyspark.sql.types import (  # noqa: E402
    ArrayType,
    BooleanType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from saidwhat.spark.partition import RESULT_FIELDS, extract_partition, read_items  # noqa: E402

if TYPE_CHECKING:
    from pyspark.rdd import RDD

OUTPUTS = ("quotes", "people", "articles", "errors")

SPAN = StructType(
    [
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("text", StringType(), True),
    ]
)
QUOTE = StructType(
    [
        StructField("article_id", StringType(), True),
        StructField("quote_index", IntegerType(), False),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("text", StringType(), True),
        StructField("type", StringType(), False),
        StructField("speaker_name", StringType(), True),
        StructField("speaker_kind", StringType(), True),
        StructField("speaker_start", LongType(), True),
        StructField("speaker_end", LongType(), True),
        StructField("speaker_text", StringType(), True),
        StructField("cue_start", LongType(), True),
        StructField("cue_end", LongType(), True),
        StructField("cue_text", StringType(), True),
        StructField("confidence", DoubleType(), False),
        StructField("rule", StringType(), True),
        StructField("carried_on", BooleanType(), False),
        StructField("spans", ArrayType(SPAN, False), False),
    ]
)
PERSON = StructType(
    [
        StructField("article_id", StringType(), True),
        StructField("person_index", IntegerType(), False),
        StructField("name", StringType(), False),
        StructField("kind", StringType(), False),
        StructField("aliases", ArrayType(StringType(), False), False),
        StructField("descriptors", ArrayType(StringType(), False), False),
        StructField("gender", StringType(), True),
        StructField("mentions", ArrayType(SPAN, False), False),
    ]
)
RESULT = StructType(
    [
        StructField("article_id", StringType(), True),
        StructField("source", StringType(), True),
        StructField("title", StringType(), True),
        StructField("date", StringType(), True),
        StructField("outlet", StringType(), True),
        StructField("url", StringType(), True),
        StructField("meta", StringType(), True),
        StructField("n_quotes", IntegerType(), True),
        StructField("n_people", IntegerType(), True),
        StructField("stage", StringType(), True),
        StructField("reason", StringType(), True),
        StructField("quotes", ArrayType(QUOTE, False), False),
        StructField("people", ArrayType(PERSON, False), False),
    ]
)
assert tuple(f.name for f in RESULT.fields) == RESULT_FIELDS


@dataclass(frozen=True, slots=True)
class JobSummary:
    """What one run wrote."""

    output: str
    articles: int
    quotes: int
    people: int
    errors: int


def build_session(master: str | None = None, *, app_name: str = "saidwhat") -> SparkSession:
    """A session for the job. Under spark-submit the master comes from spark-submit itself."""
    # Local executors must run this same interpreter (the one with saidwhat and spaCy).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def _as_tuple(row: dict[str, Any]) -> tuple[Any, ...]:
    """A result dict as the tuple ``RESULT`` expects (createDataFrame is fastest on tuples)."""
    values = [row[name] for name in RESULT_FIELDS]
    values[RESULT_FIELDS.index("quotes")] = [
        tuple(q[c] for c in QUOTE.names) for q in row["quotes"]
    ]
    values[RESULT_FIELDS.index("people")] = [
        tuple(p[c] for c in PERSON.names) for p in row["people"]
    ]
    return tuple(values)


def results_rdd(
    spark: SparkSession, inputs: Sequence[str], partitions: int, batch_size: int
) -> RDD[Any]:
    files = spark.sparkContext.binaryFiles(",".join(inputs))
    items = files.flatMap(read_items).repartition(partitions)
    return items.mapPartitions(lambda part: map(_as_tuple, extract_partition(part, batch_size)))


def run(
    inputs: Sequence[str],
    output: str,
    *,
    spark: SparkSession | None = None,
    master: str | None = None,
    partitions: int | None = None,
    batch_size: int = 16,
    overwrite: bool = False,
) -> JobSummary:
    """Extract from every article under ``inputs``; write ``output``/{quotes,people,articles,errors}."""
    if not inputs:
        raise InputError("no input paths given")
    spark = spark or build_session(master)
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism * 4)
    try:
        results = spark.createDataFrame(results_rdd(spark, inputs, partitions, batch_size), RESULT)
    except Exception as exc:
        raise _translate(exc) from exc
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        ok = F.col("stage").isNull()
        tables: dict[str, DataFrame] = {
            "quotes": results.where(ok).select(F.explode("quotes").alias("q")).select("q.*"),
            "people": results.where(ok).select(F.explode("people").alias("p")).select("p.*"),
            "articles": results.where(ok).select(
                "article_id",
                "source",
                "title",
                "date",
                "outlet",
                "url",
                "meta",
                "n_quotes",
                "n_people",
            ),
            "errors": results.where(~ok).select("source", "article_id", "stage", "reason"),
        }
        mode = "overwrite" if overwrite else "errorifexists"
        for name in OUTPUTS:
            tables[name].write.mode(mode).parquet(_join(output, name))
        counts = results.agg(
            F.sum(F.when(ok, 1).otherwise(0)).alias("articles"),
            F.sum(F.when(ok, F.col("n_quotes")).otherwise(0)).alias("quotes"),
            F.sum(F.when(ok, F.col("n_people")).otherwise(0)).alias("people"),
            F.sum(F.when(ok, 0).otherwise(1)).alias("errors"),
        ).first()
    except Exception as exc:
        raise _translate(exc) from exc
    finally:
        results.unpersist()
    return JobSummary(
        output=output,
        articles=int(counts["articles"] or 0),
        quotes=int(counts["quotes"] or 0),
        people=int(counts["people"] or 0),
        errors=int(counts["errors"] or 0),
    )


def _join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


def _translate(exc: Exception) -> Exception:
    """Spark's errors for a user's mistake become one-line SaidwhatErrors; others pass."""
    if isinstance(exc, SaidwhatError):
        return exc
    text = str(exc)
    if "PATH_ALREADY_EXISTS" in text or "already exists" in text:
        return SaidwhatError(
            f"output already exists (use --overwrite to replace it): {text.splitlines()[0]}"
        )
    if "Input path does not exist" in text or "PATH_NOT_FOUND" in text:
        first = next(
            (ln for ln in text.splitlines() if "does not exist" in ln), text.splitlines()[0]
        )
        return InputError(first.strip())
    return exc


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="saidwhat-spark",
        description="Extract attributed statements from JSONL or WARC files with Spark; write Parquet.",
    )
    parser.add_argument("inputs", nargs="+", help="files, folders or globs: local, hdfs://, s3a://")
    parser.add_argument("--output", "-o", required=True, help="output folder (any Hadoop path)")
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    parser.add_argument("--partitions", type=int, default=None, help="extraction tasks")
    parser.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``spark-submit`` and ``python -m saidwhat.spark``."""
    args = parse_args(argv)
    try:
        summary = run(
            args.inputs,
            args.output,
            master=args.master,
            partitions=args.partitions,
            batch_size=args.batch_size,
            overwrite=args.overwrite,
        )
    except SaidwhatError as exc:
        print(f"saidwhat: error: {exc}", file=sys.stderr)
        return 2
    print(format_summary(summary))
    return 0


def format_summary(summary: JobSummary) -> str:
    return (
        f"saidwhat spark: {summary.articles} articles, {summary.quotes} quotes, "
        f"{summary.people} people, {summary.errors} errors -> {summary.output}"
    )


if __name__ == "__main__":
    sys.exit(main())
