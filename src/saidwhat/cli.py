"""The command line: ``saidwhat COMMAND``. Turns domain errors into one clean message.

The library never imports this module.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import click

from .core.errors import SaidwhatError
from .core.serialize import article_to_dict
from .core.types import ArticleQuotes
from .language import is_other_language

EXIT_FAILED_INPUT = 1  # some inputs could not be read; the others were processed
EXIT_ERROR = 2  # nothing useful could be done
MAX_OFFSET = 1_000_000_000  # as saidwhat.store.query (not imported here: the CLI starts fast)
MAX_LIMIT = 1_000_000


_ACTS_HELP = (
    "speech: what was said or written (Quote.act said, wrote); all: also the thoughts and "
    "findings an article attributes (thought, found), as PolNeAR annotates."
)


def _acts(choice: str) -> frozenset[str] | None:
    """The ``acts`` for the API: ``None`` (its default, speech) or every act."""
    if choice == "all":
        from .core.lexicon import ALL_ACTS

        return ALL_ACTS
    return None


def plural(n: int, word: str) -> str:
    """``1 statement``, ``2 statements``, ``1,204 articles``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def date_range(first: str | None, last: str | None) -> str:
    """``, 2018-01-02 .. 2018-12-20``; one date when they are equal; nothing when unknown."""
    if not first and not last:
        return ""
    if first == last or not last:
        return f", {first}"
    if not first:
        return f", until {last}"
    return f", {first} .. {last}"


# `saidwhat --help` lists the commands by task, in the order a user meets them.
COMMAND_SECTIONS = (
    ("Find who said what", ("extract",)),
    ("Keep a quote database", ("ingest", "search", "people", "show", "report", "export", "reindex")),
    ("Explore it in the browser", ("serve",)),
    ("Measure accuracy", ("eval",)),
    ("Scale out", ("spark",)),
)


class SaidwhatGroup(click.Group):
    """Every SaidwhatError becomes ``saidwhat: error: ...`` and a non-zero exit, never a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        order = [name for _, names in COMMAND_SECTIONS for name in names]
        known = [name for name in order if name in self.commands]
        return known + sorted(set(self.commands) - set(known))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Commands by task, each with its whole first sentence (click cuts them at 45 characters)."""
        listed: set[str] = set()
        sections = [*COMMAND_SECTIONS, ("Other commands", tuple(sorted(self.commands)))]
        for title, names in sections:
            rows = []
            for name in names:
                command = self.commands.get(name)
                if command is None or command.hidden or name in listed:
                    continue
                listed.add(name)
                rows.append((name, command.get_short_help_str(limit=1000)))
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

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


# --- extract -----------------------------------------------------------------------------


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
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (each loads the model once); output order is kept.",
)
@click.option(
    "--fast/--full",
    "fast",
    default=None,
    help="--fast runs each model only where the engine reads it; --full runs spaCy's whole "
    "pipeline on every sentence [default: $SAIDWHAT_FAST, else fast].",
)
@click.option("--acts", "acts", type=click.Choice(["speech", "all"]), default="speech", show_default=True, help=_ACTS_HELP)
@click.option(
    "--any-language",
    is_flag=True,
    help="Read articles detected as another language than English too (by default they "
    "are listed with their language and no statements).",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    batch_size: int,
    workers: int,
    fast: bool | None,
    acts: str,
    any_language: bool,
) -> None:
    """Find every attributed statement in PATHS (.txt, .jsonl, folders, or - for stdin).

    Prints who said what. An unreadable input gets a one-line error on stderr; the rest
    are still processed and the exit code is 1.
    """
    from tqdm import tqdm

    from .api import extract_many
    from .readers import Document, ReadFailure, read_paths

    if fmt == "auto":
        fmt = "text" if sys.stdout.isatty() else "jsonl"
    failures = 0
    metas: deque[dict[str, str]] = deque()  # results come back in input order

    def documents() -> Iterator[tuple[str | None, str]]:
        nonlocal failures
        for item in read_paths(paths):
            if isinstance(item, ReadFailure):
                failures += 1
                click.echo(f"saidwhat: skipped {item.source}: {item.reason}", err=True)
                continue
            assert isinstance(item, Document)
            metas.append(item.meta)
            yield item.id, item.text

    # A progress bar only where it cannot mix with the listing: output piped, stderr a terminal.
    quiet = sys.stdout.isatty() or not sys.stderr.isatty()
    total = None
    if not quiet:  # a count for the ETA, when it is quick to get (not for stdin or archives)
        from .ingest import count_articles

        total = count_articles(paths)
    progress = tqdm(
        total=total, unit=" articles", disable=quiet, file=sys.stderr, dynamic_ncols=True
    )
    with progress:
        for result in extract_many(
            documents(),
            batch_size=batch_size,
            workers=workers,
            fast=fast,
            acts=_acts(acts),
            any_language=any_language,
        ):
            meta = metas.popleft() if metas else {}
            if meta:
                result = replace(result, meta=meta)
            progress.update(1)
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
    lines = [click.style(f"== {result.id} ({plural(len(result.quotes), 'statement')})", bold=True)]
    if is_other_language(result.language) and not result.quotes:
        lines.append(f"   (in language '{result.language}': only English is read; --any-language reads it)")
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


# --- eval --------------------------------------------------------------------------------


def _threshold(ctx: click.Context, param: click.Parameter, values: tuple[float, ...]) -> tuple[float, ...]:
    for value in values:
        if not 0.0 <= value < 1.0:
            raise click.BadParameter(f"{value} is not in [0, 1)", ctx=ctx, param=param)
    return values


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--pred", "pred_path", type=click.Path(dir_okay=False), help="Score this saidwhat JSONL output instead of running extraction.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="table: readable figures; json: every figure (with --errors, the error list).")
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
@click.option(
    "--only",
    "only_kinds",
    type=click.Choice(["missed", "invented", "wrong_speaker", "wrong_mention", "partial"]),
    multiple=True,
    help="With --errors: list only errors of this kind (repeatable). Implies --errors.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N gold articles.")
@click.option("--gold-format", default=None, help="Gold reader to use (default: from the file suffix; jsonl).")
@click.option("--save-pred", type=click.Path(dir_okay=False), default=None, help="Also write the predictions made here as JSONL.")
@click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Force colours on or off (default: only on a terminal); --color for `| less -R`.",
)
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the extraction (each loads the model once).",
)
@click.option("--acts", "acts", type=click.Choice(["speech", "all"]), default="speech", show_default=True, help=_ACTS_HELP)
def eval_command(
    gold: str,
    pred_path: str | None,
    fmt: str,
    show_errors: bool,
    thresholds: tuple[float, ...],
    only_kinds: tuple[str, ...],
    limit: int | None,
    gold_format: str | None,
    save_pred: str | None,
    color: bool | None,
    batch_size: int,
    workers: int,
    acts: str,
) -> None:
    """Score saidwhat against the gold file GOLD (the format of FORMAT.md: .jsonl, or one .json object).

    Without --pred, runs extraction on every gold article first. Quote P/R/F1 at each
    coverage threshold, mention, speaker and cue accuracy over matched quotes, and
    end-to-end F1 (matched and speaker right), broken down by quote type.
    """
    from .evaluation import (
        errors_to_dicts,
        evaluate,
        format_errors,
        format_table,
        read_gold,
        read_predictions,
    )

    articles = read_gold(gold, gold_format)
    if limit is not None:
        articles = articles[:limit]
    if pred_path is not None:
        predictions = read_predictions(pred_path)
    else:
        predictions = _extract_for_eval(articles, batch_size, workers, _acts(acts))
    if save_pred is not None:
        with open(save_pred, "w", encoding="utf-8") as handle:
            for result in predictions.values():
                handle.write(json.dumps(article_to_dict(result), ensure_ascii=False) + "\n")
    evaluation = evaluate(articles, predictions, thresholds)
    kinds = set(only_kinds) or None
    show_errors = show_errors or kinds is not None
    if fmt == "json":
        out = evaluation.to_dict()
        out["gold"] = gold
        out["predictions"] = pred_path if pred_path is not None else "saidwhat extract"
        if show_errors:
            out["errors"] = errors_to_dicts(evaluation, kinds)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if show_errors:
        click.echo(format_errors(evaluation, kinds), color=color)
        click.echo()
    click.echo(format_table(evaluation), color=color)


def _extract_for_eval(
    articles: list[Any], batch_size: int, workers: int, acts: frozenset[str] | None = None
) -> dict[str, ArticleQuotes]:
    from tqdm import tqdm

    from .api import extract_many

    pairs = ((a.id, a.text) for a in articles)
    progress = tqdm(
        extract_many(pairs, batch_size=batch_size, workers=workers, acts=acts),
        total=len(articles),
        unit="article",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
    )
    return {str(result.id): result for result in progress}


# --- store -------------------------------------------------------------------------------

DB_OPTION = click.option(
    "--db",
    "db",
    envvar="SAIDWHAT_DB",
    default="quotes.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The quote database (also $SAIDWHAT_DB).",
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--batch-size",
    type=int,
    default=None,
    help="Articles per committed transaction [default: 64 to extract, 2000 from an export folder].",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar [default: on a terminal].")
def ingest(paths: tuple[str, ...], db: str, batch_size: int | None, progress: bool | None) -> None:
    """Extract and store every article in PATHS (.txt, .jsonl, .html, .warc, .warc.gz, folders,
    export or `saidwhat spark` output folders) in the quote database.

    Idempotent and crash-safe: articles already stored with the same text are skipped, a
    changed article replaces its old quotes, and a killed run can simply be run again.
    Exit code 1 when some input failed; the rest is stored.
    """
    from .ingest import count_articles, ingest_paths
    from .store import QuoteStore

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=count_articles(paths), unit="article", dynamic_ncols=True, file=sys.stderr)
    try:
        with QuoteStore(db) as store:
            summary = ingest_paths(
                paths, store, batch_size=batch_size, progress=bar.update if bar is not None else None
            )
    finally:
        if bar is not None:
            bar.close()
    click.echo(
        f"saidwhat ingest: {summary.read} read, {summary.added} added, {summary.replaced} replaced, "
        f"{summary.skipped} skipped (unchanged), {len(summary.failed)} failed -> {db}",
        err=True,
    )
    for failure in summary.failed:
        click.echo(f"saidwhat: failed {failure.source}: {failure.reason}", err=True)
    if summary.failed:
        sys.exit(EXIT_FAILED_INPUT)


def _hit_json(hit: Any) -> dict[str, Any]:
    from dataclasses import asdict

    from .store import SNIPPET_END, SNIPPET_START

    data = asdict(hit)
    data["snippet"] = data["snippet"].replace(SNIPPET_START, "").replace(SNIPPET_END, "")
    return data


def _format_hit(hit: Any) -> str:
    from .store import SNIPPET_END, SNIPPET_START

    who = hit.person_name or hit.speaker_name or "(no named source)"
    where = " · ".join(x for x in (hit.article_date, hit.article_outlet, hit.article_id) if x)
    words = " ".join(hit.snippet.split())
    words = words.replace(SNIPPET_START, "\x1b[1m" if sys.stdout.isatty() else "").replace(
        SNIPPET_END, "\x1b[0m" if sys.stdout.isatty() else ""
    )
    return f"{click.style(who, fg='cyan', bold=True)}  [{hit.type}] {where}\n    {words}"


@main.command()
@click.argument("query", default="")
@DB_OPTION
@click.option("--speaker", help="Only statements by this person (any name or alias).")
@click.option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD, inclusive).")
@click.option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive).")
@click.option("--outlet", help="Only articles from this outlet (case does not matter).")
@click.option("--type", "quote_type", type=click.Choice(["direct", "mixed", "indirect"]), help="Only this kind of statement.")
@click.option("--raw", is_flag=True, help="QUERY is FTS5 syntax (OR, NOT, NEAR, prefix*), not words to match as typed.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0, MAX_LIMIT), help="Statements to list.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0, MAX_OFFSET), help="Statements to skip first (the next page).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True, help="text: a readable listing; jsonl: one JSON object per statement.")
def search(
    query: str,
    db: str,
    speaker: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    quote_type: str | None,
    raw: bool,
    limit: int,
    offset: int,
    fmt: str,
) -> None:
    """Full-text search of the stored statements, best match first.

    Words match as typed (stemmed: "alliances" finds "alliance"); "double quotes" make a
    phrase. With --raw, QUERY is SQLite FTS5 syntax. An empty QUERY lists statements newest
    first.
    """
    from .store import QuoteStore
    from .store.query import bound_query, check_date, check_name

    bounded = bound_query(query, raw=raw)
    speaker, outlet = check_name(speaker, "speaker"), check_name(outlet, "outlet")
    since, until = check_date(since, "--since"), check_date(until, "--until")
    if bounded.note:
        click.echo(f"saidwhat: note: {bounded.note}", err=True)
    with QuoteStore(db, readonly=True) as store:
        page = store.search(
            bounded.text, speaker=speaker, outlet=outlet, since=since, until=until,
            type=quote_type, raw=raw, limit=limit, offset=offset,
        )
    if fmt == "jsonl":
        for hit in page.items:
            click.echo(json.dumps(_hit_json(hit), ensure_ascii=False))
        return
    for hit in page.items:
        click.echo(_format_hit(hit))
    click.echo(f"-- {len(page.items)} of {plural(page.total, 'statement')}", err=True)


@main.command()
@DB_OPTION
@click.option("--query", "-q", help="Only people whose name or an alias contains this.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0, MAX_LIMIT), help="People to list.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0, MAX_OFFSET), help="People to skip first (the next page).")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True, help="text: a readable listing; jsonl: one JSON object per person.")
def people(db: str, query: str | None, limit: int, offset: int, fmt: str) -> None:
    """People ranked by how often they are quoted, with their aliases and descriptors."""
    from dataclasses import asdict

    from .store import QuoteStore
    from .store.query import MAX_NAME_CHARS, check_text

    if query is not None:
        query = check_text(query, "--query", MAX_NAME_CHARS)

    with QuoteStore(db, readonly=True) as store:
        page = store.people(query, limit=limit, offset=offset)
    for person in page.items:
        if fmt == "jsonl":
            click.echo(json.dumps(asdict(person), ensure_ascii=False))
            continue
        line = f"{person.quote_count:6d} quotes {person.article_count:5d} articles  #{person.id} "
        line += click.style(person.name, bold=True) + f" ({person.kind})"
        if person.aliases:
            line += "  aka " + "; ".join(person.aliases[:6])
        if person.descriptors:
            line += "  — " + "; ".join(person.descriptors[:4])
        click.echo(line)
    if fmt == "text":
        click.echo(f"-- {len(page.items)} of {page.total} people", err=True)


@main.command()
@DB_OPTION
@click.option("--outlet", help="Only articles from this outlet (case does not matter).")
@click.option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD, inclusive).")
@click.option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive).")
@click.option("--query", "-q", help="Only statements matching this topic search (words as in `saidwhat search`).")
@click.option("--raw", is_flag=True, help="--query is FTS5 syntax.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(0, 1000), help="Most-quoted people and organisations to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True, help="table: readable; json: the schema of docs/report-schema.md; csv: one row per total, outlet, month, top speaker.")
def report(
    db: str, outlet: str | None, since: str | None, until: str | None, query: str | None,
    raw: bool, top: int, fmt: str,
) -> None:
    """Who gets quoted: statements and speakers by kind, persons by gender (female, male,
    unknown), by outlet and by month, and the most-quoted people and organisations."""
    import csv

    from .store import QuoteStore
    from .store.report import build_report, report_json, report_rows, report_table

    with QuoteStore(db, readonly=True) as store:
        result = build_report(store.conn, outlet=outlet, since=since, until=until, query=query, raw=raw, top=top)
    if fmt == "json":
        click.echo(json.dumps(report_json(result), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows(report_rows(result))
    else:
        click.echo(report_table(result))


@main.command()
@click.argument("person")
@DB_OPTION
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0, MAX_LIMIT), help="Statements to list.")
def show(person: str, db: str, limit: int) -> None:
    """One PERSON (an id, a name or an alias): aliases, quotes per month and outlet, and their
    latest statements."""
    from .core.errors import StoreError
    from .store import QuoteStore
    from .store.query import MAX_OFFSET, check_name

    person = check_name(person, "person") or ""
    if not person:
        raise StoreError("give a person: an id, a name or an alias")
    if person.isdigit() and int(person) > MAX_OFFSET:
        raise StoreError(f"no person #{person} in {db}; ids are small numbers")
    with QuoteStore(db, readonly=True) as store:
        detail = store.person(person)
        if detail is None:
            raise StoreError(f"no person {person!r} in {db}; try `saidwhat people --query`")
        quotes = store.person_quotes(detail.id, limit=limit)
    click.echo(click.style(f"{detail.name}", bold=True) + f"  #{detail.id} ({detail.kind})")
    click.echo(f"{plural(detail.quote_count, 'statement')} in "
               f"{plural(detail.article_count, 'article')}{date_range(detail.first_date, detail.last_date)}")
    if detail.aliases:
        click.echo("aliases: " + "; ".join(detail.aliases))
    if detail.descriptors:
        click.echo("described as: " + "; ".join(detail.descriptors))
    if detail.by_month:
        top = max(n for _, n in detail.by_month)
        click.echo("by month:")
        for month, n in detail.by_month:
            click.echo(f"  {month:>7}  {'#' * max(1, round(30 * n / top))} {n}")
    if detail.outlets:
        click.echo("outlets: " + ", ".join(f"{o} ({n})" for o, n in detail.outlets))
    click.echo("")
    for hit in quotes.items:
        click.echo(_format_hit(hit))


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True, help="File format of the tables (parquet needs pyarrow: `pip install 'saidwhat[parquet]'`).")
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False), help="Folder to write one file per table into.")
def export(db: str, fmt: str, output: str) -> None:
    """Write the database as articles, quotes, article_people and people tables (JSONL, CSV or
    Parquet) into a folder, in the schema of docs/export-schema.md."""
    from .store import QuoteStore, export_store

    with QuoteStore(db, readonly=True) as store:
        written = export_store(store, fmt, output)
        counts = store.counts()
    click.echo(
        f"saidwhat export: {counts['articles']} articles, {counts['quotes']} quotes, "
        f"{counts['people']} people -> " + ", ".join(str(p) for p in written),
        err=True,
    )


@main.command()
@DB_OPTION
@click.option(
    "--reextract",
    is_flag=True,
    help="Run the current engine again over every stored article (in batches; a killed run "
    "goes on where it stopped when started again), replacing its statements and people.",
)
@click.option("--batch-size", default=64, show_default=True, help="Articles per committed transaction (--reextract).")
@click.option("--progress/--no-progress", default=None, help="Progress bar [default: on a terminal].")
def reindex(db: str, reextract: bool, batch_size: int, progress: bool | None) -> None:
    """Rebuild what the store derives from its articles: merge the people across articles again
    with today's rules, recount their statements, articles, dates, outlets and months, and
    compact the full-text index. Upgrades a store written by an older saidwhat.

    With --reextract, first extract every stored article again (the sources are not needed).
    """
    from pathlib import Path

    from .core.errors import StoreError
    from .store import QuoteStore

    if not Path(db).is_file():
        raise StoreError(f"no quote database at {db}; create one with `saidwhat ingest`")
    show = sys.stderr.isatty() if progress is None else progress

    def bar(total: int, what: str) -> Any:
        from tqdm import tqdm

        return tqdm(total=total, unit=what, dynamic_ncols=True, file=sys.stderr, disable=not show)

    failed = 0
    with QuoteStore(db) as store:
        if reextract:
            from .api import extract_many
            from .store.reextract import pending
            from .store.reextract import reextract as run_reextract

            todo, resumed = pending(store)
            if resumed:
                click.echo(f"saidwhat reindex: resuming a re-extract, {todo} articles to go", err=True)
            with bar(todo, "article") as shown:
                summary = run_reextract(
                    store, extract_many, batch_size=batch_size, progress=shown.update
                )
            failed = len(summary.failed)
            click.echo(
                f"saidwhat reindex: {summary.done} articles re-extracted, {failed} failed", err=True
            )
            for failure in summary.failed:
                click.echo(f"saidwhat: failed {failure.source}: {failure.reason}", err=True)
        articles = store.counts()["articles"]
        with bar(articles, "article") as shown:
            store.reindex(progress=shown.update)
        counts = store.counts()
    click.echo(
        f"saidwhat reindex: {counts['articles']} articles, {counts['quotes']} quotes, "
        f"{counts['people']} people -> {db}",
        err=True,
    )
    if failed:
        sys.exit(EXIT_FAILED_INPUT)


# --- spark -------------------------------------------------------------------------------


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


# --- web ---------------------------------------------------------------------------------


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; the default serves only this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
def serve(db: str, host: str, port: int) -> None:
    """Explore the quote database in the browser: search, articles, people, paste box.

    The database is opened read-only (a read-only file or folder works). The JSON API lives
    under /api; its reference is the page /api-docs.
    """
    import socket
    from importlib.util import find_spec

    from .core.errors import SaidwhatError

    if any(find_spec(name) is None for name in ("fastapi", "uvicorn", "jinja2")):
        raise SaidwhatError("`saidwhat serve` needs the web extra: pip install 'saidwhat[web]'")
    import uvicorn

    from .store import QuoteStore
    from .web import create_app
    from .web.app import LOOPBACK_NAMES, is_loopback

    QuoteStore(db, readonly=True).close()  # a missing or foreign file fails here, cleanly
    # Bound to loopback, answer only to loopback names: a DNS name rebound to 127.0.0.1
    # by another site's page gets 421, not the data.
    hosts = LOOPBACK_NAMES | {host.lower()} if is_loopback(host) else None
    app = create_app(db, allowed_hosts=hosts)
    try:  # bind first, so a port in use is one line, not "serving on" and a traceback
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)  # connections wait from now on, even before uvicorn is up
    except OSError as exc:
        raise SaidwhatError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    port = sock.getsockname()[1]
    click.echo(f"saidwhat: serving {db} (read-only) on http://{host}:{port}/", err=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="info")
    uvicorn.Server(config).run(sockets=[sock])
