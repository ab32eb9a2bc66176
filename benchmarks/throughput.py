"""Throughput and accuracy of saidwhat's pipelines, in one process and one run.

    python benchmarks/throughput.py [--limit N] [--rounds K] [--skip-accuracy] [--json OUT.json]

Texts: PolNeAR train + dev (../shared/data/polnear/*.jsonl, 924 articles). Stages, each
timed over the same texts:

1. saidwhat, one worker (this process; the default pipeline, ``nlp.fast_default()``);
2. saidwhat, full pipeline, one worker (``fast=False``), to show what the fast one saves;
3. saidwhat, two workers (``extract_many(workers=2)``: two spawned processes; their start,
   model load included, is inside the clock);
4. spaCy's full en_core_web_sm pipeline alone (``nlp.pipe``, default batch size);
5. textacy 0.13 ``extract.triples.direct_quotations`` on the full pipeline, parse included.

The one-process stages (1, 2, 4, 5) take turns over ``--rounds`` slices of the texts
(every K-th article), and each stage's figures are the sums over its slices: the shared
machine's speed drifts over minutes, and taking turns spreads the drift over all stages.
Stage 3 runs once over all texts, after the rounds.

Models are loaded before any clock starts (except the workers' own, see 3). Words are
whitespace-separated words of the input. Per core = wall-clock rate / processes used.
The machine is shared, so CPU seconds (this process + its children, from getrusage) are
reported too: words per CPU-second is the rate one core would give if it were yours.
Peak memory: ru_maxrss of this process after stage 1's first round (one worker; nothing
but the models and the texts loaded before it) and of the largest child (stage 3, per worker).

Accuracy (``saidwhat.evaluation``, FORMAT.md protocol): fast vs full pipeline on PolNeAR
dev and on the seed article.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import saidwhat
from saidwhat.nlp import fast_default, load_model

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR = DATA / "polnear"
SEED = DATA / "seed" / "mattis.gold.json"
BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    processes: int
    articles: int
    words: int
    wall_seconds: float
    cpu_seconds: float
    note: str = ""

    @property
    def words_per_second_per_core(self) -> float:
        return self.words / self.wall_seconds / self.processes

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds


def cpu_now() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(
    name: str, processes: int, texts: Sequence[tuple[str, str]], run: Callable[[], str]
) -> Stage:
    words = sum(len(t.split()) for _, t in texts)
    print(f"[throughput] {name} ...", file=sys.stderr, flush=True)
    cpu, wall = cpu_now(), time.perf_counter()
    note = run()
    wall, cpu = time.perf_counter() - wall, cpu_now() - cpu
    stage = Stage(name, processes, len(texts), words, wall, cpu, note)
    print(
        f"[throughput] {name}: {stage.words_per_second_per_core:,.0f} words/s/core, "
        f"{stage.words_per_cpu_second:,.0f} words/CPU-s",
        file=sys.stderr,
        flush=True,
    )
    return stage


def _sum(name: str, runs: list[Stage]) -> Stage:
    notes = [r.note for r in runs]
    return Stage(
        name,
        runs[0].processes,
        sum(r.articles for r in runs),
        sum(r.words for r in runs),
        sum(r.wall_seconds for r in runs),
        sum(r.cpu_seconds for r in runs),
        _sum_notes(notes),
    )


def _sum_notes(notes: list[str]) -> str:
    """Add up the numbers in notes of the same shape ("12 statements" + "3 statements")."""
    import re

    shapes = {re.sub(r"\d+", "#", n) for n in notes}
    if len(shapes) != 1:
        return "; ".join(notes)
    numbers = [list(map(int, re.findall(r"\d+", n))) for n in notes]
    totals = [sum(col) for col in zip(*numbers, strict=True)]
    parts = re.split(r"\d+", notes[0])
    return "".join(p + (str(t) if k < len(totals) else "") for k, (p, t) in enumerate(zip(parts, [*totals, 0], strict=True)))


def read_texts(limit: int | None) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for name in ("train.jsonl", "dev.jsonl"):
        with (POLNEAR / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.append((str(record["id"]), record["text"]))
    return texts[:limit] if limit else texts


def saidwhat_run(
    texts: Sequence[tuple[str, str]], *, workers: int, fast: bool
) -> Callable[[], str]:
    def run() -> str:
        results = list(
            saidwhat.extract_many(texts, batch_size=BATCH_SIZE, workers=workers, fast=fast)
        )
        failed = sum(1 for r in results if r.error)
        quotes = sum(len(r.quotes) for r in results)
        return f"{quotes} statements" + (f", {failed} articles failed" if failed else "")

    return run


def spacy_run(texts: Sequence[tuple[str, str]]) -> Callable[[], str]:
    nlp = load_model(fast=False)

    def run() -> str:
        tokens = sum(len(doc) for doc in nlp.pipe(t for _, t in texts))
        return f"{tokens} tokens"

    return run


def textacy_run(texts: Sequence[tuple[str, str]]) -> Callable[[], str]:
    from textacy.extract.triples import direct_quotations

    nlp = load_model(fast=False)

    def run() -> str:
        found = failed = 0
        for doc in nlp.pipe(t for _, t in texts):
            try:
                found += len(list(direct_quotations(doc)))
            except ValueError:  # odd number of quotation marks: textacy gives up on the article
                failed += 1
        return f"{found} quotations, {failed} articles raised ValueError"

    return run


def accuracy() -> dict[str, Any]:
    """Fast vs full pipeline on PolNeAR dev and the seed: the FORMAT.md protocol."""
    try:
        from saidwhat.evaluation import evaluate, read_gold
    except ImportError:  # the hook: nothing to score with
        return {"skipped": "saidwhat.evaluation is not installed"}
    out: dict[str, Any] = {}
    for label, path in (("polnear-dev", POLNEAR / "dev.jsonl"), ("seed", SEED)):
        if not path.exists():
            out[label] = {"skipped": f"{path} not found"}
            continue
        gold = read_gold(path)
        out[label] = {}
        for pipeline, fast in (("fast", True), ("full", False)):
            preds = saidwhat.extract_many(((a.id, a.text) for a in gold), fast=fast)
            ev = evaluate(gold, {str(r.id): r for r in preds})
            out[label][pipeline] = {
                str(t): {
                    "precision": m.precision,
                    "recall": m.recall,
                    "f1": m.f1,
                    "speaker_accuracy": m.speaker_accuracy,
                    "end_to_end_f1": m.end_to_end_f1,
                }
                for t, m in ev.metrics.items()
            }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--rounds", type=int, default=4, help="slices the one-process stages take turns over"
    )
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"PolNeAR not found at {POLNEAR}", file=sys.stderr)
        return 2

    texts = read_texts(args.limit)
    fast = fast_default()
    load_model(fast=fast)
    load_model(fast=not fast)
    # The machine's speed drifts by a quarter over minutes (shared host), so the one-process
    # stages take turns over ``--rounds`` slices of the texts and each sums its own slices:
    # drift then falls on every stage alike.
    one_process = [
        ("saidwhat, one worker", lambda part: saidwhat_run(part, workers=1, fast=fast)),
        (
            f"saidwhat, {'full' if fast else 'fast'} pipeline, one worker",
            lambda part: saidwhat_run(part, workers=1, fast=not fast),
        ),
        ("spaCy en_core_web_sm, full pipeline (nlp.pipe)", spacy_run),
        ("textacy 0.13 direct_quotations, parse included", textacy_run),
    ]
    parts = [texts[k :: args.rounds] for k in range(args.rounds)]
    totals: dict[str, list[Stage]] = {name: [] for name, _ in one_process}
    one_worker_rss_mb = 0.0
    for number, part in enumerate(parts, 1):
        for name, make in one_process:
            totals[name].append(timed(f"{name} [round {number}/{args.rounds}]", 1, part, make(part)))
            if number == 1 and name == "saidwhat, one worker":  # before any other stage ran
                one_worker_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = [_sum(name, runs) for name, runs in totals.items()]
    stages.insert(
        2, timed("saidwhat, two workers", 2, texts, saidwhat_run(texts, workers=2, fast=fast))
    )
    worker_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    report = {
        "date": date.today().isoformat(),
        "commit": _commit(),
        "cores": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "python": platform.python_version(),
        "fast_default": fast,
        "articles": len(texts),
        "stages": [
            {
                **asdict(s),
                "words_per_second_per_core": s.words_per_second_per_core,
                "words_per_cpu_second": s.words_per_cpu_second,
            }
            for s in stages
        ],
        "peak_rss_mb": {
            "one_worker_process": one_worker_rss_mb,
            "per_worker_of_two": worker_rss_mb,
        },
        "accuracy": {} if args.skip_accuracy else accuracy(),
    }
    print(format_markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def format_markdown(report: dict[str, Any]) -> str:
    stages = report["stages"]
    spacy = next(s for s in stages if s["name"].startswith("spaCy"))
    one = stages[0]
    two = next(s for s in stages if s["name"] == "saidwhat, two workers")
    lines = [
        f"{report['articles']} articles; {report['date']}; commit {report['commit']}; "
        f"{report['cores']} cores; load average at the end {report['load_average_at_end'][0]:.1f}",
        "",
        "| run | processes | words/s per core (wall) | words per CPU-second | note |",
        "|---|---|---|---|---|",
    ]
    for s in stages:
        lines.append(
            f"| {s['name']} | {s['processes']} | {s['words_per_second_per_core']:,.0f} | "
            f"{s['words_per_cpu_second']:,.0f} | {s['note']} |"
        )
    lines += [
        "",
        f"- one worker vs spaCy full pipeline: {one['words_per_second_per_core'] / spacy['words_per_second_per_core']:.2f}x wall, "
        f"{one['words_per_cpu_second'] / spacy['words_per_cpu_second']:.2f}x per CPU-second (target 2x)",
        f"- two workers vs one worker (total wall rate): "
        f"{two['words_per_second_per_core'] * 2 / one['words_per_second_per_core']:.2f}x (target 1.7x)",
        f"- peak RSS: one-worker process {report['peak_rss_mb']['one_worker_process']:.0f} MB; "
        f"largest of the two workers {report['peak_rss_mb']['per_worker_of_two']:.0f} MB",
    ]
    acc = report["accuracy"]
    if acc:
        lines += [
            "",
            "| gold | pipeline | threshold | P | R | F1 | speaker acc. | end-to-end F1 |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for gold, by_pipeline in acc.items():
            if "skipped" in by_pipeline:
                lines.append(f"| {gold} | skipped: {by_pipeline['skipped']} | | | | | | |")
                continue
            for pipeline, by_threshold in by_pipeline.items():
                for threshold, m in by_threshold.items():
                    cells = [
                        _pct(m[k])
                        for k in ("precision", "recall", "f1", "speaker_accuracy", "end_to_end_f1")
                    ]
                    lines.append(
                        f"| {gold} | {pipeline} | {threshold} | " + " | ".join(cells) + " |"
                    )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
