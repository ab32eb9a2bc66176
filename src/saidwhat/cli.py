"""The command line: ``saidwhat COMMAND``. Turns domain errors into one clean message.

The library never imports this module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from .core.errors import SaidwhatError
from .core.serialize import article_to_dict
from .core.types import ArticleQuotes

EXIT_FAILED_INPUT = 1  # some inputs could not be read; the others were processed
EXIT_ERROR = 2  # nothing useful could be done


class SaidwhatGroup(click.Group):
    """Every SaidwhatError becomes ``saidwhat: error: ...`` and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SaidwhatError as exc:
            click.echo(f"saidwhat: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


@click.group(cls=SaidwhatGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhat")
def main() -> None:
    """saidwhat: who said what, in any pile of news."""


# --- extract (issue 2) -------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "text", "jsonl"]),
    default="auto",
    show_default=True,
    help="text: a readable listing; jsonl: one JSON object per article. auto: text on a terminal, jsonl otherwise.",
)
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
def extract(paths: tuple[str, ...], fmt: str, batch_size: int) -> None:
    """Find every attributed statement in PATHS (.txt, .jsonl, folders, or - for stdin).

    Prints who said what. An unreadable input gets a one-line error on stderr; the rest
    are still processed and the exit code is 1.
    """
    from .api import extract_many
    from .readers import Document, ReadFailure, read_paths

    if fmt == "auto":
        fmt = "text" if sys.stdout.isatty() else "jsonl"
    failures = 0
    metas: dict[int, dict[str, str]] = {}

    def documents() -> Iterator[tuple[str | None, str]]:
        nonlocal failures
        for number, item in enumerate(read_paths(paths)):
            if isinstance(item, ReadFailure):
                failures += 1
                click.echo(f"saidwhat: skipped {item.source}: {item.reason}", err=True)
                continue
            assert isinstance(item, Document)
            metas[id(item)] = item.meta
            yield item.id, item.text

    for result in extract_many(documents(), batch_size=batch_size):
        if result.error:
            failures += 1
            click.echo(f"saidwhat: failed {result.id}: {result.error}", err=True)
        if fmt == "jsonl":
            click.echo(json.dumps(article_to_dict(result), ensure_ascii=False))
        else:
            click.echo(format_listing(result))
    if failures:
        sys.exit(EXIT_FAILED_INPUT)


def format_listing(result: ArticleQuotes) -> str:
    """A readable listing: one block per statement, who / cue / words."""
    lines = [click.style(f"== {result.id} ({len(result.quotes)} statements)", bold=True)]
    for q in result.quotes:
        who = q.speaker.name if q.speaker else "(no named source)"
        mention = q.speaker.mention.text if q.speaker and q.speaker.mention else "-"
        cue = q.cue.text if q.cue else "-"
        words = " ".join(q.text.split())
        if len(words) > 200:
            words = words[:197] + "..."
        lines.append(
            f"{click.style(who, fg='cyan', bold=True)}  [{q.type.value}; cue: {cue}; mention: {mention}; {q.confidence:.2f}]"
        )
        lines.append(f"    {words}")
    return "\n".join(lines)


# --- eval (issue 3) ----------------------------------------------------------------------


def _threshold(ctx: click.Context, param: click.Parameter, values: tuple[float, ...]) -> tuple[float, ...]:
    for value in values:
        if not 0.0 <= value < 1.0:
            raise click.BadParameter(f"{value} is not in [0, 1)", ctx=ctx, param=param)
    return values


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--pred", "pred_path", type=click.Path(dir_okay=False), help="Score this saidwhat JSONL output instead of running extraction.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every missed, invented, wrongly attributed and partial quote, in context.")
@click.option(
    "--threshold",
    "thresholds",
    type=float,
    multiple=True,
    default=(0.3, 0.8),
    show_default=True,
    callback=_threshold,
    help="Coverage a prediction must exceed to match a gold quote; repeat for several.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N gold articles.")
@click.option("--gold-format", default=None, help="Gold reader to use (default: from the file suffix; jsonl).")
@click.option("--save-pred", type=click.Path(dir_okay=False), default=None, help="Also write the predictions made here as JSONL.")
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
def eval_command(
    gold: str,
    pred_path: str | None,
    fmt: str,
    show_errors: bool,
    thresholds: tuple[float, ...],
    limit: int | None,
    gold_format: str | None,
    save_pred: str | None,
    batch_size: int,
) -> None:
    """Score saidwhat against the gold file GOLD (the format of FORMAT.md: .jsonl, or one .json object).

    Without --pred, runs extraction on every gold article first. Quote P/R/F1 at each
    coverage threshold, mention, speaker and cue accuracy over matched quotes, and
    end-to-end F1 (matched and speaker right), broken down by quote type.
    """
    from .evaluation import errors_to_dicts, evaluate, format_errors, format_table, read_gold, read_predictions

    articles = read_gold(gold, gold_format)
    if limit is not None:
        articles = articles[:limit]
    if pred_path is not None:
        predictions = read_predictions(pred_path)
    else:
        predictions = _extract_for_eval(articles, batch_size)
    if save_pred is not None:
        with open(save_pred, "w", encoding="utf-8") as handle:
            for result in predictions.values():
                handle.write(json.dumps(article_to_dict(result), ensure_ascii=False) + "\n")
    evaluation = evaluate(articles, predictions, thresholds)
    if fmt == "json":
        out = evaluation.to_dict()
        out["gold"] = gold
        out["predictions"] = pred_path if pred_path is not None else "saidwhat extract"
        if show_errors:
            out["errors"] = errors_to_dicts(evaluation)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if show_errors:
        click.echo(format_errors(evaluation))
        click.echo()
    click.echo(format_table(evaluation))


def _extract_for_eval(articles: list[Any], batch_size: int) -> dict[str, ArticleQuotes]:
    from tqdm import tqdm

    from .api import extract_many

    pairs = ((a.id, a.text) for a in articles)
    progress = tqdm(
        extract_many(pairs, batch_size=batch_size),
        total=len(articles),
        unit="article",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
    )
    return {str(result.id): result for result in progress}


# --- spark (issue 6) ---------------------------------------------------------------------


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Output folder: local, hdfs:// or s3a://.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=int, default=None, help="Extraction tasks [default: 4 per core].")
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder.")
def spark(
    inputs: tuple[str, ...],
    output: str,
    master: str,
    partitions: int | None,
    batch_size: int,
    overwrite: bool,
) -> None:
    """Run extraction as a Spark job over JSONL or WARC INPUTS (files, folders, globs, URLs).

    Writes OUTPUT/{articles,quotes,article_people,errors} as Parquet in the export schema
    (docs/export-schema.md); `saidwhat ingest OUTPUT` loads it into the store. A bad record
    goes to OUTPUT/errors with its reason; the job goes on. Needs `pip install 'saidwhat[spark]'`.
    """
    from .spark import require_pyspark

    require_pyspark()
    from .spark.job import format_summary, run

    summary = run(
        inputs,
        output,
        master=master,
        partitions=partitions,
        batch_size=batch_size,
        overwrite=overwrite,
    )
    click.echo(format_summary(summary))


# --- web (issue 5) -----------------------------------------------------------------------


@main.command()
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="The quote database (from `saidwhat ingest`).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; the default serves only this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Explore the quote database DB in the browser: search, articles, people, paste box.

    The database is opened read-only. The JSON API lives under /api (docs at /api/docs).
    """
    import uvicorn

    from .store import QuoteStore
    from .web import create_app

    QuoteStore(db, readonly=True).close()  # a missing or foreign file fails here, cleanly
    app = create_app(db)
    click.echo(f"saidwhat: serving {db} (read-only) on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
