"""Render an ``Evaluation``: a compact table, JSON, and an error listing to read every day.

Text comes back with ``click.style`` colours; ``click.echo`` drops them when the output is
not a terminal. click is a core dependency, so this module stays importable without the CLI.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Any

import click

from ..core.serialize import span_to_dict
from ..core.types import Quote, Span
from .gold import GoldQuote
from .scoring import ArticleResult, Evaluation, Metrics, threshold_key

CONTEXT = 40  # characters of text shown either side of a span (~80 in all)
LONG_SPAN = 160  # spans longer than this are shown as their head ... tail


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)
    ]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest])

    return [click.style(line(header), bold=True), *(line(r) for r in rows)]


METRIC_HEADER = ("P", "R", "F1", "mention", "speaker", "cue", "e2e F1")


def metric_cells(m: Metrics) -> list[str]:
    return [
        _pct(m.precision),
        _pct(m.recall),
        _pct(m.f1),
        _pct(m.mention_accuracy),
        _pct(m.speaker_accuracy),
        _pct(m.cue_accuracy),
        _pct(m.end_to_end_f1),
    ]


def format_table(ev: Evaluation) -> str:
    """The summary (one row per threshold) and the per-type breakdown, in percent."""
    lines = [
        f"{ev.articles} articles, {ev.words:,} words. Figures in %; mention, speaker and "
        "cue accuracy are over matched quotes."
    ]
    rows = []
    for t, m in ev.metrics.items():
        rows.append(
            [
                f">{threshold_key(t)}",
                str(m.gold),
                str(m.predicted),
                str(m.matched),
                *metric_cells(m),
            ]
        )
    lines += _table(("coverage", "gold", "pred", "match", *METRIC_HEADER), rows)

    lines.append("")
    header = ["type", "gold"]
    for t in ev.thresholds:
        header.append(f"R>{threshold_key(t)}")
    header.append("pred")
    for t in ev.thresholds:
        header.append(f"P>{threshold_key(t)}")
    low = ev.thresholds[0]
    header.append(f"e2e R>{threshold_key(low)}")
    type_rows = []
    first = ev.metrics[low]
    for name, tm in first.by_type.items():
        row = [name, str(tm.gold)]
        row += [_pct(ev.metrics[t].by_type[name].recall) for t in ev.thresholds]
        row.append(str(tm.predicted))
        row += [_pct(ev.metrics[t].by_type[name].precision) for t in ev.thresholds]
        row.append(_pct(tm.end_to_end_recall))
        type_rows.append(row)
    lines += _table(header, type_rows)

    lines.append("")
    lines += resolver_table(ev)

    notes = []
    if first.excluded:
        notes.append(
            f"{first.excluded} predicted unnamed-source statements on the gold's no_speaker list were not counted"
        )
    if ev.missing_predictions:
        notes.append(f"{len(ev.missing_predictions)} articles had no predictions (scored as empty)")
    if ev.failed:
        notes.append(f"{len(ev.failed)} articles failed in extraction (scored as empty)")
    if ev.misaligned:
        notes.append(
            click.style(
                f"{ev.misaligned} predicted quotes do not match the gold text at their offsets",
                fg="red",
            )
        )
    if notes:
        lines.append("")
        lines += [f"note: {n}" for n in notes]
    return "\n".join(lines)


def speaker_rule(q: Quote) -> str:
    """The speaker resolver behind a prediction ("pronoun", "name", ...), "none" without a speaker."""
    if q.speaker is None:
        return "none"
    return q.speaker.rule or "-"


def resolver_counts(ev: Evaluation) -> dict[str, tuple[int, int]]:
    """Matched quotes at the lowest threshold by speaker resolver: (count, speaker right)."""
    counts: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for result in ev.results[ev.thresholds[0]]:
        for m in result.matches:
            rule = speaker_rule(m.pred)
            counts[rule] += 1
            right[rule] += m.speaker_ok
    return {rule: (n, right[rule]) for rule, n in counts.most_common()}


def resolver_table(ev: Evaluation) -> list[str]:
    """Speaker accuracy by the resolver that chose the speaker: where wrong speakers come from."""
    rows = [
        [rule, str(n), str(n - ok), _pct(ok / n if n else None)]
        for rule, (n, ok) in resolver_counts(ev).items()
    ]
    return _table((f"speaker by resolver (>{threshold_key(ev.thresholds[0])})", "matched", "wrong", "speaker"), rows)


# --- the error listing -------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split()) if text.strip() else text.replace("\n", " ")


def _shorten(text: str) -> str:
    text = _flat(text)
    if len(text) <= LONG_SPAN:
        return text
    half = LONG_SPAN // 2 - 3
    return f"{text[:half]} … {text[-half:]}"


def in_context(
    text: str, start: int, end: int, colour: str, marks: Sequence[tuple[int, int, str]] = ()
) -> str:
    """``…left [span] right…`` with the span coloured; ``marks`` underline a speaker or cue inside the window."""
    left_start = max(0, start - CONTEXT)
    right_end = min(len(text), end + CONTEXT)

    def painted(lo: int, hi: int) -> str:
        # underline marks (speaker mention, cue) that fall in the context windows
        out, at = [], lo
        for m_start, m_end, m_colour in sorted(marks):
            m_start, m_end = max(m_start, at), min(m_end, hi)
            if m_start >= m_end:
                continue
            out.append(_flat_keep(text[at:m_start]))
            out.append(click.style(_flat_keep(text[m_start:m_end]), fg=m_colour, underline=True))
            at = m_end
        out.append(_flat_keep(text[at:hi]))
        return "".join(out)

    left = ("…" if left_start > 0 else "") + painted(left_start, start)
    right = painted(end, right_end) + ("…" if right_end < len(text) else "")
    middle = click.style(f"[{_shorten(text[start:end])}]", fg=colour, bold=True)
    return f"{left}{middle}{right}"


def _flat_keep(text: str) -> str:
    # keep the length of context stable: newlines and tabs become single spaces
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _gold_who(q: GoldQuote) -> str:
    return f"{q.speaker or '(no source)'} [mention: {_at(q.speaker_span)}]"


def _pred_who(q: Quote) -> str:
    if q.speaker is None:
        return "(no source)"
    return f"{q.speaker.name} [mention: {_at(q.speaker.mention)}]"


def _at(span: Any) -> str:
    """A mention's words and where they start: the same name often occurs more than once."""
    return "-" if span is None else f"{_flat(span.text)} @{span.start}"


def _cue(span: Any) -> str:
    return span.text if span is not None else "-"


def _marks_gold(q: GoldQuote) -> list[tuple[int, int, str]]:
    out = []
    if q.speaker_span is not None:
        out.append((q.speaker_span.start, q.speaker_span.end, "cyan"))
    if q.cue is not None:
        out.append((q.cue.start, q.cue.end, "magenta"))
    return out


def _marks_pred(q: Quote) -> list[tuple[int, int, str]]:
    out = []
    if q.speaker is not None and q.speaker.mention is not None:
        out.append((q.speaker.mention.start, q.speaker.mention.end, "cyan"))
    if q.cue is not None:
        out.append((q.cue.start, q.cue.end, "magenta"))
    return out


def article_errors(
    result: ArticleResult, partial_below: float | None = None
) -> list[dict[str, Any]]:
    """The errors of one article, in text order, as JSON-ready records."""
    errors: list[dict[str, Any]] = []
    for g in result.missed:
        errors.append(
            {
                "kind": "missed",
                "start": g.start,
                "end": g.end,
                "type": g.type.value,
                "text": g.text,
                "gold_speaker": g.speaker,
                "gold_mention": _text(g.speaker_span),
                "gold_cue": _text(g.cue),
                "_obj": g,
            }
        )
    for p in result.invented:
        errors.append(
            {
                "kind": "invented",
                "start": p.start,
                "end": p.end,
                "type": p.type.value,
                "text": p.text,
                "pred_speaker": p.speaker.name if p.speaker else None,
                "pred_mention": _text(p.speaker.mention if p.speaker else None),
                "pred_cue": _text(p.cue),
                "rule": p.rule,
                "resolver": speaker_rule(p),
                "_obj": p,
            }
        )
    for m in result.matches:
        if not m.speaker_ok:
            kind = "wrong_speaker"
        elif not m.mention_ok:  # right person, but tied to the wrong words in the text
            kind = "wrong_mention"
        elif partial_below is not None and m.coverage <= partial_below:
            kind = "partial"
        else:
            continue
        errors.append(
            {
                "kind": kind,
                "start": m.gold.start,
                "end": m.gold.end,
                "type": m.gold.type.value,
                "text": m.gold.text,
                "coverage": round(m.coverage, 3),
                "gold_speaker": m.gold.speaker,
                "gold_mention": _text(m.gold.speaker_span),
                "pred_speaker": m.pred.speaker.name if m.pred.speaker else None,
                "pred_mention": _text(m.pred.speaker.mention if m.pred.speaker else None),
                "pred_start": m.pred.start,
                "pred_end": m.pred.end,
                "pred_type": m.pred.type.value,
                "gold_cue": _text(m.gold.cue),
                "pred_cue": _text(m.pred.cue),
                "rule": m.pred.rule,
                "resolver": speaker_rule(m.pred),
                "_obj": m,
            }
        )
    errors.sort(key=lambda e: (e["start"], e["end"]))
    return errors


def _text(span: Span | None) -> dict[str, Any] | None:
    """A span as in saidwhat's output schema: {start, end, text}."""
    return span_to_dict(span)


def errors_to_dicts(ev: Evaluation, kinds: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Every error at the lowest threshold, grouped by article, for ``--format json``."""
    low, high = ev.thresholds[0], ev.thresholds[-1]
    out = []
    for result in ev.results[low]:
        errs = article_errors(result, partial_below=high if high > low else None)
        errs = [e for e in errs if kinds is None or e["kind"] in kinds]
        if errs:
            out.append(
                {
                    "id": result.article.id,
                    "errors": [{k: v for k, v in e.items() if k != "_obj"} for e in errs],
                }
            )
    return out


ERROR_KINDS = ("missed", "invented", "wrong_speaker", "wrong_mention", "partial")
KIND_STYLE = {
    "missed": ("MISSED", "red"),
    "invented": ("INVENTED", "yellow"),
    "wrong_speaker": ("WRONG SPEAKER", "magenta"),
    "wrong_mention": ("WRONG MENTION", "cyan"),
    "partial": ("PARTIAL", "blue"),
}


def format_errors(ev: Evaluation, kinds: Collection[str] | None = None) -> str:
    """Each missed, invented, misattributed and (below the top threshold) partial quote, by article.

    ``kinds`` keeps only some of ``ERROR_KINDS``. A summary by kind, type and rule ends the listing.
    """
    low, high = ev.thresholds[0], ev.thresholds[-1]
    partial_below = high if high > low else None
    blocks = [
        click.style(
            f"Errors at coverage >{threshold_key(low)}"
            + (
                f"; PARTIAL = matched but covering at most {threshold_key(high)} of the gold quote"
                if partial_below
                else ""
            )
            + ". [brackets] = the quote; underlined: cyan speaker mention, magenta cue.",
            dim=True,
        )
    ]
    every: list[dict[str, Any]] = []
    for result in ev.results[low]:
        errs = [
            e for e in article_errors(result, partial_below) if kinds is None or e["kind"] in kinds
        ]
        if not errs:
            continue
        every += errs
        text = result.article.text
        head = (
            f"== {result.article.id}  "
            f"(gold {len(result.article.quotes)}, matched {len(result.matches)}, "
            f"missed {len(result.missed)}, invented {len(result.invented)})"
        )
        lines = [click.style(head, bold=True)]
        for e in errs:
            label, colour = KIND_STYLE[e["kind"]]
            obj = e["_obj"]
            tag = click.style(f"{label:<13}", fg=colour, bold=True)
            if e["kind"] == "missed":
                lines.append(f"  {tag} {e['type']:<8} gold: {_gold_who(obj)}  cue: {_cue(obj.cue)}")
                lines.append(
                    f"      {in_context(text, obj.start, obj.end, colour, _marks_gold(obj))}"
                )
            elif e["kind"] == "invented":
                who = _pred_who(obj)
                lines.append(
                    f"  {tag} {e['type']:<8} pred: {who}  cue: {_cue(obj.cue)}  rule: {obj.rule or '-'}"
                )
                lines.append(
                    f"      {in_context(text, obj.start, obj.end, colour, _marks_pred(obj))}"
                )
            else:
                g, p = obj.gold, obj.pred
                lines.append(f"  {tag} {g.type.value:<8} gold: {_gold_who(g)}  cue: {_cue(g.cue)}")
                pred_type = "" if p.type == g.type else f" as {p.type.value}"
                lines.append(
                    f"  {'':13} {'':8} pred: {_pred_who(p)}  cue: {_cue(p.cue)}  "
                    f"coverage {obj.coverage:.2f}{pred_type}  rule: {p.rule or '-'}  "
                    f"resolver: {speaker_rule(p)}"
                )
                lines.append(
                    f"      gold {in_context(text, g.start, g.end, colour, _marks_gold(g))}"
                )
                if (p.start, p.end) != (g.start, g.end):
                    lines.append(
                        f"      pred {in_context(text, p.start, p.end, colour, _marks_pred(p))}"
                    )
        blocks.append("\n".join(lines))
    if len(blocks) == 1:
        blocks.append("No errors.")
    else:
        blocks.append(error_summary(every))
    return "\n\n".join(blocks)


def error_summary(errors: Sequence[dict[str, Any]]) -> str:
    """How many errors of each kind, by quote type and by the rule that fired: where to look first."""
    lines = [click.style("Summary", bold=True)]
    for kind in ERROR_KINDS:
        these = [e for e in errors if e["kind"] == kind]
        if not these:
            continue
        label, colour = KIND_STYLE[kind]
        by_type = Counter(e["type"] for e in these)
        parts = ", ".join(f"{t} {n}" for t, n in by_type.most_common())
        line = f"  {click.style(f'{label:<13}', fg=colour, bold=True)} {len(these):>5}  ({parts})"
        rules = Counter(e["rule"] or "-" for e in these if "rule" in e)
        if rules:
            line += "; by rule: " + ", ".join(f"{r} {n}" for r, n in rules.most_common(6))
        lines.append(line)
        if kind == "wrong_speaker":
            resolvers = Counter(e.get("resolver", "-") for e in these)
            lines.append(
                f"  {'':13} {'':>5}  by speaker resolver: "
                + ", ".join(f"{r} {n}" for r, n in resolvers.most_common())
            )
    return "\n".join(lines)
