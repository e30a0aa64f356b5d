"""What the upper-level screen shows for a period, read in one task off the GUI thread:
completeness, the communes' models and activities, standings and decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext


@dataclass
class PeriodData:
    """Everything the tabs show for a period, read off the GUI thread in one task."""

    period: str
    completeness: list[ul.CompletenessRow] = field(default_factory=list)
    aggregates: list[ul.CommuneModels] = field(default_factory=list)
    activities: list[ul.CommuneActivity] = field(default_factory=list)
    ranks: dict[str, int] = field(default_factory=dict)
    decision_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    decisions: list[ul.DecisionRow] = field(default_factory=list)


def load_period(ctx: AppContext, period: str, today: dt.date) -> PeriodData:
    """The service calls behind a refresh (run on a worker thread)."""
    year = ul.period_year(period)
    data = PeriodData(period)
    data.completeness = ul.completeness(ctx, period, today)
    data.aggregates = ul.model_aggregates(ctx, year)
    data.activities = ul.activity_figures(ctx, period, today, year)
    standings = ul.compute_standings(
        ctx,
        period,
        year=year,
        today=today,
        completeness_rows=data.completeness,
        aggregates=data.aggregates,
        activities=data.activities,
    )
    data.ranks = {f.commune_code: f.rank for f in standings}
    data.decision_counts = ul.decision_counts(ctx)
    data.decisions = ul.decisions(ctx)
    return data
