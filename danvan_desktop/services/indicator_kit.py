"""What an indicator is (an entry of scoring's catalogue) and what the queries behind
indicators share: value helpers, the span's bounds, grouped counts. Each area declares its
indicators in its own package (`ServiceArea.indicators`) on this kit; scoring collects them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan

#: (session, span) -> {unit code: value}; units without records may be left out (no value)
Compute = Callable[[Session, FigureSpan], dict[str, IndicatorValue]]
#: (session, unit code, span) -> ids of the records behind the value (of `entity`)
Records = Callable[[Session, str, FigureSpan], list[str]]


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    definition: str
    unit: str  # "%", "ngày", "đơn", "mô hình", "cuộc"
    area: str
    compute: Compute
    entity: str = ""  # entity (bundle name) of the records behind it
    records: Records | None = None
    #: a count with nothing recorded is 0; a rate with nothing to judge on has no value
    zero_when_empty: bool = True


def rate(num: int, den: int) -> IndicatorValue:
    """A percentage with the counts behind it; no value when there is nothing to judge on."""
    if not den:
        return IndicatorValue(None, num, den, "%")
    return IndicatorValue(round(100.0 * num / den, 1), num, den, "%")


def count(n: int, unit: str) -> IndicatorValue:
    return IndicatorValue(float(n), unit=unit)


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
