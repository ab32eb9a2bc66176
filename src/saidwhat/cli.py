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
