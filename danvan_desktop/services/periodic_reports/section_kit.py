"""What the areas' report sections share: a count over the report's units and a rate as people
write it ("83,9 %")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.report_parts import SectionQuery


def n(s: Session, entity: Any, q: SectionQuery, *conds: Any) -> int:
    """Live rows of `entity` owned by the report's units and meeting `conds`."""
    return int(
        s.scalar(
            select(func.count())
            .select_from(entity)
            .where(entity.deleted.is_(False), entity.unit_code.in_(list(q.unit_codes)), *conds)
        )
        or 0
    )


def within(col: Any, q: SectionQuery) -> Any:
    return col.between(q.period.start, q.period.end)


def pct(num: float, den: float) -> str:
    return "–" if not den else f"{100 * num / den:.1f}".replace(".", ",") + " %"


def rate(num: float, den: float) -> float:
    return round(100 * num / den, 1) if den else 0.0
