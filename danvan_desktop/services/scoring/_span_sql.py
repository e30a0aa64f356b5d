"""Small pieces the indicator queries share: the span's bounds and grouped counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan


def bounds(span: FigureSpan) -> tuple[dt.date, dt.date]:
    """The span's first and last day, the last never after today (a year in progress)."""
    year = span.year or span.today.year
    start = span.start or dt.date(year, 1, 1)
    end = min(span.end or dt.date(year, 12, 31), span.today)
    return start, end


def within(col: Any, span: FigureSpan) -> Any:
    start, end = bounds(span)
    return and_(col.is_not(None), col >= start, col <= end)


def grouped_count(
    s: Session, entity: Any, span: FigureSpan, *conds: Any, unit: str
) -> dict[str, IndicatorValue]:
    """{unit code: count} of live rows of `entity` meeting `conds`, for the span's units."""
    q = (
        select(entity.unit_code, func.count())
        .where(entity.deleted.is_(False), entity.unit_code.in_(list(span.unit_codes)), *conds)
        .group_by(entity.unit_code)
    )
    return {u: IndicatorValue(float(n), unit=unit) for u, n in s.execute(q)}


def ids(s: Session, entity: Any, unit: str, *conds: Any, order: Any = None) -> list[str]:
    q = select(entity.id).where(entity.deleted.is_(False), entity.unit_code == unit, *conds)
    return list(s.scalars(q.order_by(order if order is not None else entity.created_at)))
