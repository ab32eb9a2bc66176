"""saidwhat side by side with textacy 0.13's ``direct_quotations``, on one gold file.

    python benchmarks/compare.py GOLD [--limit N] [--markdown] [--json OUT.json]

Both systems run in this one process on the same spaCy model (``saidwhat.nlp.load_model``),
loaded once before any clock starts. Each system's time covers its whole run over the
gold texts, parsing included. Both are scored by ``saidwhat.evaluation`` (FORMAT.md).

textacy raises ``ValueError`` on any article with an odd number of quotation marks; such
an article is counted as one where textacy found no quotes, and the count is printed.
textacy is a dev dependency (``pip install -e '.[dev]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from saidwhat import extract_many
from saidwhat.core.types import ArticleQuotes, Quote, QuoteType, Span, Speaker
from saidwhat.evaluation import Evaluation, GoldArticle, evaluate, read_gold
from saidwhat.nlp import load_model

BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Run:
    system: str
    predictions: dict[str, ArticleQuotes]
    seconds: float
    note: str = ""


def run_saidwhat(articles: Sequence[GoldArticle]) -> Run:
    started = time.perf_counter()
    results = list(extract_many(((a.id, a.text) for a in articles), batch_size=BATCH_SIZE))
    seconds = time.perf_counter() - started
    failed = sum(1 for r in results if r.error)
    note = f"{failed} articles failed" if failed else ""
    return Run("saidwhat", {str(r.id): r for r in results}, seconds, note)


def _tokens_span(tokens: Sequence[Any], text: str) -> Span | None:
    """The character span from the first token's start to the last token's end."""
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start, end, text[start:end])


def triple_to_quote(triple: Any, text: str) -> Quote:
    """textacy's (speaker tokens, cue tokens, content span) in saidwhat's prediction schema."""
    content = triple.content  # includes the quotation marks
    start, end = content.start_char, content.end_char
    speaker_tokens = sorted(triple.speaker, key=lambda t: t.i)
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        type=QuoteType.DIRECT,  # textacy finds direct quotations only
        speaker=Speaker(
            " ".join(t.text for t in speaker_tokens), _tokens_span(speaker_tokens, text)
        ),
        cue=_tokens_span(sorted(triple.cue, key=lambda t: t.i), text),
        confidence=1.0,
        rule="textacy.direct_quotations",
    )


def run_textacy(articles: Sequence[GoldArticle]) -> Run:
    from textacy.extract.triples import direct_quotations

    nlp = load_model()
    raised = 0
    predictions: dict[str, ArticleQuotes] = {}
    started = time.perf_counter()
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH_SIZE)
    for doc, article in docs:
        try:
            quotes = tuple(triple_to_quote(t, article.text) for t in direct_quotations(doc))
        except ValueError:  # unbalanced quotation marks: textacy gives up on the article
            raised += 1
            quotes = ()
        predictions[article.id] = ArticleQuotes(id=article.id, quotes=quotes)
    seconds = time.perf_counter() - started
    note = f"raised on {raised} of {len(articles)} articles (scored as no quotes)"
    return Run("textacy 0.13", predictions, seconds, note)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


HEADER = (
    "system", "P>0.3", "R>0.3", "F1>0.3", "F1>0.8", "mention", "speaker", "cue",
    "e2e F1>0.3", "e2e F1>0.8", "R direct", "R mixed", "R indirect", "words/s",
)  # fmt: skip


def row(run: Run, ev: Evaluation) -> list[str]:
    low, high = ev.metrics[0.3], ev.metrics[0.8]
    return [
        run.system,
        _pct(low.precision),
        _pct(low.recall),
        _pct(low.f1),
        _pct(high.f1),
        _pct(low.mention_accuracy),
        _pct(low.speaker_accuracy),
        _pct(low.cue_accuracy),
        _pct(low.end_to_end_f1),
        _pct(high.end_to_end_f1),
        _pct(low.by_type["direct"].recall),
        _pct(low.by_type["mixed"].recall),
        _pct(low.by_type["indirect"].recall),
        f"{ev.words / run.seconds:,.0f}" if run.seconds > 0 else "-",
    ]


def render(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADER)]
    fmt = lambda cells: "  ".join(  # noqa: E731
        c.ljust(w) if i == 0 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )
    return "\n".join([fmt(HEADER), *(fmt(r) for r in rows)])


def _commit() -> str:
    """The commit, marked when the package source differs from it (others edit the tree live)."""
    here = Path(__file__).resolve().parents[1]

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=here, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        # only the code a run depends on: the engine, the API, the model loader, the scorer
        dirty = git(
            "status", "--porcelain", "--", "src/saidwhat/core", "src/saidwhat/api.py",
            "src/saidwhat/nlp.py", "src/saidwhat/evaluation",
        )  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} + uncommitted engine changes" if dirty else head


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold file in the format of FORMAT.md")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", type=Path, default=None, help="also write every metric as JSON")
    args = parser.parse_args(argv)

    articles = read_gold(args.gold)
    if args.limit is not None:
        articles = articles[: args.limit]
    words = sum(a.words for a in articles)
    print(
        f"gold: {args.gold} ({len(articles)} articles, {words:,} words); date {date.today()}, "
        f"commit {_commit()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
    )
    # Load the model and run both systems once on a scrap of text before any clock
    # starts, so neither pays for loading or first-call set-up.
    warm = [GoldArticle(id="warm-up", text='"We are ready," the minister said.', quotes=())]
    load_model()
    import textacy.extract.triples  # noqa: F401  (its import is slow; keep it off the clock)

    run_saidwhat(warm), run_textacy(warm)
    runs = [run_saidwhat(articles), run_textacy(articles)]
    evaluations = [evaluate(articles, run.predictions) for run in runs]
    print(render([row(r, e) for r, e in zip(runs, evaluations, strict=True)], args.markdown))
    print()
    print(
        f"{len(articles)} articles, {words:,} words. Figures in %; P/R/F1 at coverage >0.3 "
        "unless marked; mention, speaker and cue accuracy over quotes matched at >0.3; "
        "R by gold quote type at >0.3; words/s includes parsing."
    )
    for run in runs:
        if run.note:
            print(f"{run.system}: {run.note}")
    if args.json is not None:
        payload = {
            "gold": str(args.gold),
            "articles": len(articles),
            "words": words,
            "systems": {
                r.system: {"seconds": round(r.seconds, 3), "note": r.note, **e.to_dict()}
                for r, e in zip(runs, evaluations, strict=True)
            },
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
