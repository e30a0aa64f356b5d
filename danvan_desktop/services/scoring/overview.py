"""What the commune's scoring screen shows for a year, read in one call: the scorecard, the
appraisal its upper level sent down, last year's points by criterion group for the chart, and
the years it has evaluations for."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select

from danvan_desktop.domain.scoring.evaluate import Evaluation
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


@dataclass(frozen=True)
class YearView:
    card: Scorecard
    received: Received | None
    last_year: Evaluation | None  # last year's result (None: no evaluation)


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
    )


def year_view(ctx: AppContext, year: int, today: dt.date | None = None) -> YearView:
    """The year's evaluation (opened on first use), what was received, and last year's."""
    evaluation_id = evaluations.open_year(ctx, year)
    card = evaluations.scorecard(ctx, evaluation_id, today)
    last_id = _existing(ctx, year - 1)
    last = evaluations.scorecard(ctx, last_id, today).result if last_id else None
    return YearView(card, _received(ctx, evaluation_id), last)
