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
from saidwhat.core.schema import ARTICLE_PEOPLE_ROW, ARTICLE_ROW, QUOTE_ROW, Field
from saidwhat.spark import require_pyspark

require_pyspark()

from pyspark import StorageLevel  # noqa: E402
from pyspark.sql import DataFrame, SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402
from pyspark.sql.types import (  # noqa: E402
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from saidwhat.spark.partition import RESULT_FIELDS, extract_partition, read_items  # noqa: E402
from saidwhat.spark.records import (  # noqa: E402
    ARTICLE_COLUMNS,
    ERROR_COLUMNS,
    PERSON_COLUMNS,
    QUOTE_COLUMNS,
)

if TYPE_CHECKING:
    from pyspark.rdd import RDD

# docs/export-schema.md tables, plus the job's own errors table.
OUTPUTS = ("articles", "quotes", "article_people", "errors")


def _field(name: str, kind: DataType, nullable: bool = True) -> StructField:
    return StructField(name, kind, nullable)


SPAN = StructType(
    [
        _field("start", LongType(), False),
        _field("end", LongType(), False),
        _field("text", StringType()),
    ]
)
# The table types follow the one declaration of the export rows (core/schema.py).
_TYPES: dict[str, DataType] = {
    "string": StringType(),
    "int64": LongType(),
    "double": DoubleType(),
    "bool": BooleanType(),
    "spans": ArrayType(SPAN, False),
    "strings": ArrayType(StringType(), False),
}


# Text columns stay nullable in Spark as they were in version 1 of the job's output; the
# article columns are shared by the rows of records that failed (no id, no text).
_NULLABLE_IN_SPARK = {"article_id", "text_hash", "text", "rule", "act"}


def _struct(fields: Sequence[Field], *, all_nullable: bool = False) -> StructType:
    return StructType(
        [
            _field(f.name, _TYPES[f.type], all_nullable or f.nullable or f.name in _NULLABLE_IN_SPARK)
            for f in fields
        ]
    )


ARTICLE = _struct(ARTICLE_ROW, all_nullable=True)
QUOTE = _struct(QUOTE_ROW)
PERSON = _struct(ARTICLE_PEOPLE_ROW)
RESULT = StructType(
    [
        *ARTICLE.fields,
        _field("is_article", BooleanType(), False),
        _field("stage", StringType()),
        _field("reason", StringType()),
        _field("quotes", ArrayType(QUOTE, False), False),
        _field("people", ArrayType(PERSON, False), False),
    ]
)
# The Spark schemas and the pure row builders must agree column for column.
assert tuple(RESULT.names) == RESULT_FIELDS
assert tuple(ARTICLE.names) == ARTICLE_COLUMNS
assert tuple(QUOTE.names) == QUOTE_COLUMNS
assert tuple(PERSON.names) == PERSON_COLUMNS


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
        articles = results.where(F.col("is_article"))
        tables: dict[str, DataFrame] = {
            "articles": articles.select(*ARTICLE_COLUMNS),
            "quotes": articles.select(F.explode("quotes").alias("q")).select("q.*"),
            "article_people": articles.select(F.explode("people").alias("p")).select("p.*"),
            "errors": results.where(F.col("stage").isNotNull()).select(*ERROR_COLUMNS),
        }
        mode = "overwrite" if overwrite else "errorifexists"
        for name in OUTPUTS:
            tables[name].write.mode(mode).parquet(_join(output, name))
        counts = results.agg(
            F.sum(F.col("is_article").cast("int")).alias("articles"),
            F.sum(F.size("quotes")).alias("quotes"),
            F.sum(F.size("people")).alias("people"),
            F.sum(F.col("stage").isNotNull().cast("int")).alias("errors"),
        ).first()
    except Exception as exc:
        raise _translate(exc) from exc
    finally:
        results.unpersist()
    assert counts is not None  # an aggregate always has one row
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
        f"{summary.people} article people, {summary.errors} errors -> {summary.output}"
    )


if __name__ == "__main__":
    sys.exit(main())
