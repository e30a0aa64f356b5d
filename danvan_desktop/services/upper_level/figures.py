"""Figures per commune: the models by field and status (the upper level's own view), and
every registered area's figures (services.areas) as one mapping per commune."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.services import areas
from danvan_desktop.services.areas import Figures, FigureSpan
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.upper_level.scope import (
    CommuneInfo,
    check_period,
    member_communes,
    period_span,
    period_year,
)
from danvan_desktop.store.model_register import DvkModel, Field
from danvan_desktop.store.settings import get_setting

#: statuses counted as "recognised" (recognised and still standing).
RECOGNISED = (
    ModelStatus.RECOGNISED.value,
    ModelStatus.REPLICATED.value,
    ModelStatus.MAINTAINED.value,
    ModelStatus.DECLINING.value,
)


# ---- aggregates across communes -----------------------------------------------------------


@dataclass(frozen=True)
class CommuneModels:
    """Models and exemplars of one commune, by field and status."""

    code: str
    name: str
    total: int
    registered: int  # every status but draft
    recognised: int
    by_status: dict[str, int]
    by_field: dict[str, int]
    cells: dict[tuple[str, str], int]  # (field_code, status) -> count


def model_aggregates(ctx: AppContext, year: int | None = None) -> list[CommuneModels]:
    """Models by field and status for every commune below this unit (zeros included)."""
    with ctx.read() as s:
        return _model_aggregates(s, member_communes(s, ctx.unit_code), year)


def model_cells_by_unit(s: Session, year: int | None) -> dict[str, dict[tuple[str, str], int]]:
    """unit code -> {(field code, status): count} of live models (of `year`), in one grouped
    query over every unit's records (the models area's figures and the models view share it)."""
    # One pass over the table. `deleted` and `year` are wrapped so SQLite does not pick the
    # (deleted, year, status) or year index: with nearly every row matching, hopping from index
    # to rows is 2-4 times slower than reading the rows in unit order (850 k rows: ~1 s).
    q = select(DvkModel.unit_code, DvkModel.field_code, DvkModel.status, func.count()).where(
        func.coalesce(DvkModel.deleted, False).is_(False)
    )
    if year:
        q = q.where(DvkModel.year + 0 == int(year))
    cells: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for unit, fc, st, n in s.execute(
        q.group_by(DvkModel.unit_code, DvkModel.field_code, DvkModel.status)
    ):
        cells[unit][(fc, st)] = n
    return cells


def _model_aggregates(
    s: Session, members: list[CommuneInfo], year: int | None
) -> list[CommuneModels]:
    cells = model_cells_by_unit(s, year)
    out = []
    for c in members:
        mine = cells.get(c.code, {})
        by_status: dict[str, int] = defaultdict(int)
        by_field: dict[str, int] = defaultdict(int)
        for (fc, st), n in mine.items():
            by_status[st] += n
            by_field[fc] += n
        total = sum(mine.values())
        out.append(
            CommuneModels(
                c.code,
                c.name,
                total,
                total - by_status.get(ModelStatus.DRAFT.value, 0),
                sum(by_status.get(st, 0) for st in RECOGNISED),
                dict(by_status),
                dict(by_field),
                dict(mine),
            )
        )
    return out


def field_list(ctx: AppContext) -> list[tuple[str, str]]:
    """(code, name) of the fields, in their order (columns of the aggregated views)."""
    with ctx.read() as s:
        return [
            (c, n)
            for c, n in s.execute(
                select(Field.code, Field.name)
                .where(Field.deleted.is_(False))
                .order_by(Field.sort_order, Field.code)
            )
        ]


# ---- every area's figures per commune ----------------------------------------------------

#: Below this on-time rate (%) a commune's rate is coloured on the upper-level screen. A working
#: assumption (no target found in the seeds): a province sets its own in the setting
#: `upper_rate_threshold`.
DEFAULT_RATE_THRESHOLD = 80.0


@dataclass(frozen=True)
class CommuneActivity(Mapping[str, float | None]):
    """One commune's figures from every registered area (services.areas), read as a mapping:
    `row["petitions_overdue"]`. Counted over the records the commune sent up (counts only:
    petitioners' identities never leave the commune). None: no figure (shown "—")."""

    code: str
    name: str
    figures: dict[str, float | None] = field(default_factory=dict)  # metric key -> value

    def __getitem__(self, key: str) -> float | None:
        return self.figures[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.figures)

    def __len__(self) -> int:
        return len(self.figures)


def activity_span(period: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a period's figures count: the period's own (a month, a quarter…), or the whole
    `year` when one is given that the period does not fall in, or everything (None) for a
    period label without dates and no year."""
    span = period_span(period)
    if span is not None and (year is None or span[0].year == year):
        return span
    return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None


def _activity(
    s: Session,
    members: list[CommuneInfo],
    span: tuple[dt.date, dt.date] | None,
    today: dt.date,
    year: int | None,
) -> dict[str, CommuneActivity]:
    start, end = span if span else (None, None)
    by_group = areas.commune_figures(
        s, FigureSpan([c.code for c in members], year, start, end, today)
    )
    merged: dict[str, Figures] = {}
    for figures in by_group.values():
        merged.update(figures)
    return {
        c.code: CommuneActivity(c.code, c.name, {k: v.get(c.code) for k, v in merged.items()})
        for c in members
    }


def activity_figures(
    ctx: AppContext, period: str, today: dt.date | None = None, year: int | None = None
) -> list[CommuneActivity]:
    """Every commune below this unit (zeros included), in Vietnamese order of names, with the
    figures of every registered area for the period (see `activity_span`; models of `year`,
    by default the period's). One grouped query per figure group whatever the number of
    communes."""
    period = check_period(period)
    year = year if year is not None else period_year(period)
    with ctx.read() as s:
        members = member_communes(s, ctx.unit_code)
        rows = _activity(s, members, activity_span(period, year), today or dt.date.today(), year)
    return [rows[c.code] for c in members]


def rate_threshold(ctx: AppContext) -> float:
    """The on-time rate (%) under which the screen colours a commune."""
    with ctx.read() as s:
        raw = get_setting(s, "upper_rate_threshold").strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_RATE_THRESHOLD
    return value if 0 <= value <= 100 else DEFAULT_RATE_THRESHOLD
