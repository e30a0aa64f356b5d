"""What the commune's scoring screen shows for a year, read in one call: the scorecard, the
appraisal its upper level sent down, last year's points by criterion group for the chart (and
the province's averages, when the published appraisal brought them), and the years it has
evaluations for. `figures` gives the charts' numbers to the screen and the PDF alike."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select

from danvan_desktop.domain.scoring.evaluate import Evaluation
from danvan_desktop.domain.scoring.rubric import Criterion
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import appraisals, evaluations
from danvan_desktop.services.scoring.evaluations import Scorecard
from danvan_desktop.store.scoring import ScoringEvaluation


@dataclass(frozen=True)
class Received:
    """The upper level's appraisal of this evaluation, as the commune received it."""

    status: str  # appraised, returned, published
    total: float
    class_label: str
    rank: int | None
    peers: int | None
    tie_break: str
    comments: str
    points: dict[str, float] = field(default_factory=dict)  # criterion -> appraised points
    notes: dict[str, str] = field(default_factory=dict)  # criterion -> appraiser's comment
    #: the province's averages over the communes it published: {group code | "total": points}
    averages: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class YearView:
    card: Scorecard
    received: Received | None
    last_year: Evaluation | None  # last year's result (None: no evaluation)

    @property
    def averages(self) -> dict[str, float]:
        """The province's averages received with the published appraisal ({} before)."""
        return self.received.averages if self.received else {}


Figures = dict[str, tuple[float | None, float | None]]


@dataclass(frozen=True)
class ChartFigures:
    """{group label: (this year, last year)} and {group label: (the commune as appraised, the
    province's average)}, the groups labelled "1. Lãnh đạo…" in the rubric's order."""

    year: Figures
    province: Figures


def years(ctx: AppContext) -> list[int]:
    """Years the unit has an evaluation for, with the current year, newest first."""
    with ctx.read() as s:
        found = set(
            s.scalars(
                select(ScoringEvaluation.year).where(
                    ScoringEvaluation.unit_code == ctx.unit_code,
                    ScoringEvaluation.subject == "unit_year",
                    ScoringEvaluation.deleted.is_(False),
                )
            )
        )
    found.add(dt.date.today().year)
    return sorted(found, reverse=True)


def _existing(ctx: AppContext, year: int) -> str | None:
    with ctx.read() as s:
        return s.scalars(
            select(ScoringEvaluation.id).where(
                ScoringEvaluation.unit_code == ctx.unit_code,
                ScoringEvaluation.subject == "unit_year",
                ScoringEvaluation.year == year,
                ScoringEvaluation.deleted.is_(False),
            )
        ).first()


def _received(ctx: AppContext, evaluation_id: str) -> Received | None:
    a = appraisals.received(ctx, evaluation_id)
    if a is None:
        return None
    detail = json.loads(a.criteria or "{}")
    return Received(
        a.status,
        a.total,
        a.class_label,
        a.rank,
        a.peers,
        a.tie_break,
        a.comments,
        {c: float(d.get("points", 0)) for c, d in detail.items()},
        {c: str(d.get("comment", "")) for c, d in detail.items() if d.get("comment")},
        {c: float(v) for c, v in json.loads(a.averages or "{}").items()},
    )


def appraised_points(card: Scorecard, got: Received) -> dict[str, float]:
    """The appraised points of every criterion: those the upper level changed, the rest as
    claimed (the appraisal accepts them), groups as the sum of their criteria."""
    claimed = card.result.by_code()
    out: dict[str, float] = {}

    def total(c: Criterion) -> float:
        if not c.children:
            out[c.code] = got.points.get(c.code, claimed[c.code].points)
        else:
            out[c.code] = sum(total(child) for child in c.children)
        return out[c.code]

    for c in card.rubric.criteria:
        total(c)
    return out


def figures(card: Scorecard, last_year: Evaluation | None, got: Received | None) -> ChartFigures:
    """The charts' numbers: this year against last year (when there is one), and the commune's
    appraised points against the province's average (when the publication brought averages:
    the average is of appraised points, so the commune's own appraised points stand beside it)."""
    groups = [r for r in card.result.criteria if r.depth == 0 and r.kind == "base"]
    last = last_year.by_code() if last_year else {}
    year: Figures = {}
    if last_year is not None:
        year = {
            f"{r.code}. {r.title}": (r.points, last[r.code].points if r.code in last else None)
            for r in groups
        }
    province: Figures = {}
    if got is not None and got.averages:
        mine = appraised_points(card, got)
        province = {
            f"{r.code}. {r.title}": (mine.get(r.code), got.averages.get(r.code)) for r in groups
        }
    return ChartFigures(year, province)


def chart_figures(ctx: AppContext, card: Scorecard, today: dt.date | None = None) -> ChartFigures:
    """`figures` for an evaluation read from the database (the PDF's path)."""
    last_id = _existing(ctx, card.year - 1) if card.unit_code == ctx.unit_code else None
    last = evaluations.scorecard(ctx, last_id, today).result if last_id else None
    return figures(card, last, _received(ctx, card.id))


def year_view(ctx: AppContext, year: int, today: dt.date | None = None) -> YearView:
    """The year's evaluation (opened on first use), what was received, and last year's."""
    evaluation_id = evaluations.open_year(ctx, year)
    card = evaluations.scorecard(ctx, evaluation_id, today)
    last_id = _existing(ctx, year - 1)
    last = evaluations.scorecard(ctx, last_id, today).result if last_id else None
    return YearView(card, _received(ctx, evaluation_id), last)
