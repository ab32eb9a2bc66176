"""The /report page and /api/report: who gets quoted, as bars that link to the speakers
behind them. Bars are HTML drawn on the server (no JS, no chart library, no network)."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field

from ..store.report import GENDERS, KINDS, Figures, Report

KIND_LABELS = {
    "person": "Named people",
    "organisation": "Organisations",
    "group": "Groups and unnamed sources",
    "none": "No source",
}
GENDER_LABELS = {"female": "Women", "male": "Men", "unknown": "Unknown"}
FILTERS = ("outlet", "since", "until", "q")


# --- the JSON schema (OpenAPI) ---------------------------------------------------------


class KindCountOut(BaseModel):
    statements: int
    speakers: int = Field(description="distinct speakers (0 for statements with no source)")
    statement_share: float | None = Field(description="of all statements; null when there are none")
    speaker_share: float | None = Field(description="of all distinct speakers")


class GenderCountOut(BaseModel):
    statements: int = Field(description="statements by persons of this gender")
    people: int = Field(description="distinct persons of this gender")
    statement_share: float | None = Field(description="of all statements by persons")
    people_share: float | None = Field(description="of all persons quoted, unknown included")


class FiguresOut(BaseModel):
    statements: int
    kinds: dict[str, KindCountOut] = Field(description="person, organisation, group, none")
    genders: dict[str, GenderCountOut] = Field(description="female, male, unknown (always all three)")


class OutletFiguresOut(FiguresOut):
    outlet: str | None = Field(description="null for articles with no outlet")


class MonthFiguresOut(FiguresOut):
    month: str | None = Field(description="YYYY-MM; null for undated articles")


class TopPersonOut(BaseModel):
    id: int
    name: str
    statements: int
    gender: str = Field(description="female, male or unknown")
    gender_evidence: str | None = Field(description="title, descriptor, pronoun or first-name")


class TopOrganisationOut(BaseModel):
    id: int
    name: str
    statements: int


class ReportOut(BaseModel):
    """The source-diversity report (docs/report-schema.md)."""

    model_config = ConfigDict(populate_by_name=True)

    schema_id: str = Field(alias="schema", description="saidwhat.report/1")
    filters: dict[str, str | None]
    total: FiguresOut
    by_outlet: list[OutletFiguresOut] = Field(description="most statements first")
    by_month: list[MonthFiguresOut] = Field(description="in date order, undated last")
    top_people: list[TopPersonOut]
    top_organisations: list[TopOrganisationOut]


# --- the page ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    key: str  # a kind or a gender: the CSS class
    label: str
    count: int
    share: float  # of the bar, 0..1
    href: str


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    note: str  # "40% women, 20% unknown (5 people)"
    segments: tuple[Segment, ...]
    href: str | None = None  # the row's own filter (an outlet or a month)


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{100 * share:.0f}%"


def speakers_url(filters: dict[str, str | None], **more: str | None) -> str:
    params = {k: v for k, v in {**filters, **more}.items() if v}
    return "/report/speakers?" + urlencode(params)


def report_url(filters: dict[str, str | None], **more: str | None) -> str:
    params = {k: v for k, v in {**filters, **more}.items() if v}
    return "/report" + ("?" + urlencode(params) if params else "")


def _month_range(month: str) -> dict[str, str | None]:
    return {"since": month, "until": month}


def gender_bar(label: str, figures: Figures, filters: dict[str, str | None], href: str | None = None) -> Bar:
    """Persons quoted, split women / men / unknown (distinct people), each part a link."""
    persons = sum(figures.genders[g].speakers for g in GENDERS)
    segments = tuple(
        Segment(
            g, GENDER_LABELS[g], figures.genders[g].speakers,
            figures.genders[g].speakers / persons if persons else 0.0,
            speakers_url(filters, kind="person", gender=g),
        )
        for g in GENDERS
    )
    women, unknown = figures.genders["female"].speaker_share, figures.genders["unknown"].speaker_share
    note = (
        f"{_pct(women)} women, {_pct(unknown)} unknown of {persons} {'person' if persons == 1 else 'people'}"
        if persons else "no persons quoted"
    )
    return Bar(label, note, segments, href)


def kinds_bar(label: str, figures: Figures, filters: dict[str, str | None]) -> Bar:
    """Statements split by kind of source, each part a link."""
    total = figures.statements
    segments = tuple(
        Segment(
            k, KIND_LABELS[k], figures.kinds[k].statements,
            figures.kinds[k].statements / total if total else 0.0,
            speakers_url(filters, kind=k),
        )
        for k in KINDS
    )
    note = f"{total} statement{'' if total == 1 else 's'}"
    return Bar(label, note, segments)


def page_context(report: Report, filters: dict[str, str | None]) -> dict[str, Any]:
    """What report.html draws."""
    outlet_bars = [
        gender_bar(f.key or "(no outlet)", f, {**filters, "outlet": f.key or None},
                   report_url(filters, outlet=f.key or None) if f.key else None)
        for f in report.by_outlet
    ]
    month_bars = [
        gender_bar(f.key or "(undated)", f, {**filters, **_month_range(f.key)} if f.key else filters,
                   report_url(filters, **_month_range(f.key)) if f.key else None)
        for f in report.by_month
    ]
    return {
        "report": report,
        "filters": filters,
        "total_gender": gender_bar("All persons", report.total, filters),
        "kinds": kinds_bar("All statements", report.total, filters),
        "kind_labels": KIND_LABELS,
        "gender_labels": GENDER_LABELS,
        "outlet_bars": outlet_bars,
        "month_bars": month_bars,
        "csv_url": "/report.csv" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values()) else ""),
        "json_url": "/api/report" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values()) else ""),
        "speakers_url": lambda **kw: speakers_url(filters, **kw),
    }


def locked(store: Any) -> Any:
    """The store's lock (one connection, many request threads)."""
    return getattr(store, "_lock", nullcontext())


def blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None
