"""A small quotes-over-time bar chart as inline SVG, drawn on the server (no JS, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH = 560
HEIGHT = 140
PAD_LEFT = 28
PAD_BOTTOM = 22
PAD_TOP = 10
MAX_MONTHS = 120  # beyond ten years the bars get too thin; keep the latest


def _parse_month(month: str) -> tuple[int, int] | None:
    try:
        year, mon = month[:7].split("-")
        y, m = int(year), int(mon)
    except ValueError:
        return None
    return (y, m) if 1 <= m <= 12 else None


def fill_months(by_month: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last, with zero where nothing was said."""
    counts: dict[tuple[int, int], int] = {}
    for month, count in by_month:
        parsed = _parse_month(month)
        if parsed is not None:
            counts[parsed] = counts.get(parsed, 0) + int(count)
    if not counts:
        return []
    (y, m), last = min(counts), max(counts)
    out: list[tuple[str, int]] = []
    while (y, m) <= last:
        out.append((f"{y:04d}-{m:02d}", counts.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-MAX_MONTHS:]


def month_chart(by_month: Sequence[tuple[str, int]], *, hue: int = 210) -> Markup:
    """An accessible SVG bar chart; an empty string when there are no dated quotes."""
    months = fill_months(by_month)
    if not months:
        return Markup("")
    top = max(c for _, c in months) or 1
    plot_w = WIDTH - PAD_LEFT - 4
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = plot_w / len(months)
    bar = max(1.0, slot * 0.78)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Quotes per month, {escape(months[0][0])} to {escape(months[-1][0])}" '
        f'style="--hue:{int(hue)}">',
        f'<line class="axis" x1="{PAD_LEFT}" y1="{PAD_TOP + plot_h}" x2="{WIDTH - 2}" y2="{PAD_TOP + plot_h}"/>',
        f'<text class="tick" x="{PAD_LEFT - 6}" y="{PAD_TOP + 8}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{PAD_LEFT - 6}" y="{PAD_TOP + plot_h}" text-anchor="end">0</text>',
    ]
    for i, (month, count) in enumerate(months):
        h = plot_h * count / top
        x = PAD_LEFT + i * slot + (slot - bar) / 2
        y = PAD_TOP + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}">'
            f"<title>{escape(month)}: {count} quote{'s' if count != 1 else ''}</title></rect>"
        )
    # Label the first and last month, and each January in between when there is room.
    labels = {0, len(months) - 1}
    if len(months) > 6:
        labels |= {i for i, (m, _) in enumerate(months) if m.endswith("-01")}
    chosen: list[int] = []
    for i in sorted(labels):
        x = PAD_LEFT + i * slot + slot / 2
        if chosen and x - (PAD_LEFT + chosen[-1] * slot + slot / 2) < 52:
            if i != len(months) - 1:
                continue
            chosen.pop()  # the last month always gets its label
        chosen.append(i)
    for i in chosen:
        x = PAD_LEFT + i * slot + slot / 2
        anchor = "middle"
        if len(months) > 1 and i == 0:
            anchor = "start"
        elif len(months) > 1 and i == len(months) - 1:
            anchor = "end"
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 6}" text-anchor="{anchor}">'
            f"{escape(months[i][0])}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
