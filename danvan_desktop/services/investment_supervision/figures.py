"""The figures provincial report forms on community investment supervision ask for, per
quarter and year and per commune, and the register of every supervision."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.inspection import Period
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.investment_supervision.supervisions import SupervisionRow
from danvan_desktop.store.inspection import (
    InvestmentProject,
    ProjectRecommendation,
    ProjectSupervision,
    ProjectViolation,
)
from danvan_desktop.store.queries import owner_codes, unit_names

# ---- figures for the provincial forms -----------------------------------------------------


@dataclass
class InvestmentFigures:
    """One period's figures, as provincial report forms on community supervision ask them."""

    boards_active: int = 0
    boards_established: int = 0
    boards_dissolved: int = 0
    works_supervised: int = 0
    supervisions: int = 0
    violations: int = 0
    violation_value_vnd: int = 0
    recommendations: int = 0
    recommendations_answered: int = 0
    recovered_vnd: int = 0
    reduced_vnd: int = 0
    works_value_vnd: int = 0


def figures(ctx: AppContext, p: Period, unit_code: str | None = None) -> InvestmentFigures:
    """Works supervised = projects with at least one supervision in the period; money recovered
    and reductions count on the day the violation was handled."""
    code = unit_code or ctx.unit_code
    with ctx.read() as s:

        def scoped(q: Any, model: Any) -> Any:
            q = q.where(model.deleted.is_(False))
            return q.where(model.unit_code == code) if code else q

        projects = s.execute(scoped(select(InvestmentProject), InvestmentProject)).scalars().all()
        sups = (
            s.execute(
                scoped(
                    select(ProjectSupervision.project_id).where(
                        ProjectSupervision.on_date.between(p.start, p.end)
                    ),
                    ProjectSupervision,
                )
            )
            .scalars()
            .all()
        )
        viols = s.execute(
            scoped(
                select(
                    ProjectViolation.found_on,
                    ProjectViolation.value_vnd,
                    ProjectViolation.handled_on,
                    ProjectViolation.recovered_vnd,
                    ProjectViolation.reduced_vnd,
                ),
                ProjectViolation,
            )
        ).all()
        recs = (
            s.execute(
                scoped(
                    select(ProjectRecommendation.answered_on).where(
                        ProjectRecommendation.sent_on.between(p.start, p.end)
                    ),
                    ProjectRecommendation,
                )
            )
            .scalars()
            .all()
        )
    supervised = set(sups)
    f = InvestmentFigures(
        boards_active=sum(
            1
            for x in projects
            if x.board_established_on
            and x.board_established_on <= p.end
            and (x.dissolved_on is None or x.dissolved_on >= p.start)
        ),
        boards_established=sum(1 for x in projects if p.contains(x.board_established_on)),
        boards_dissolved=sum(1 for x in projects if p.contains(x.dissolved_on)),
        works_supervised=len(supervised),
        works_value_vnd=sum(x.value_vnd for x in projects if x.id in supervised),
        supervisions=len(sups),
        violations=sum(1 for v in viols if p.contains(v.found_on)),
        violation_value_vnd=sum(v.value_vnd for v in viols if p.contains(v.found_on)),
        recommendations=len(recs),
        recommendations_answered=sum(1 for a in recs if a is not None),
        recovered_vnd=sum(v.recovered_vnd for v in viols if p.contains(v.handled_on)),
        reduced_vnd=sum(v.reduced_vnd for v in viols if p.contains(v.handled_on)),
    )
    return f


@dataclass(frozen=True)
class QuarterFigures:
    period: Period
    figures: InvestmentFigures


def year_by_quarter(
    ctx: AppContext, year: int, unit_code: str | None = None
) -> list[QuarterFigures]:
    """Quarters I–IV and the whole year: the rows of the yearly summary table."""
    periods = [rules.period("quarter", year, q) for q in (1, 2, 3, 4)] + [
        rules.period("year", year)
    ]
    return [QuarterFigures(p, figures(ctx, p, unit_code)) for p in periods]


@dataclass(frozen=True)
class UnitInvestmentFigures:
    unit_code: str
    unit_name: str
    figures: InvestmentFigures


def figures_by_unit(ctx: AppContext, p: Period) -> list[UnitInvestmentFigures]:
    """For the upper level: each commune whose projects reached this database."""
    with ctx.read() as s:
        codes = owner_codes(s, InvestmentProject)
        names = unit_names(s, codes)
    return [UnitInvestmentFigures(c, names.get(c, c), figures(ctx, p, unit_code=c)) for c in codes]


def iter_all_supervisions(ctx: AppContext, p: Period | None = None) -> Iterator[dict]:
    """Every supervision with its project's name (for the Excel register)."""
    with ctx.read() as s:
        q = (
            select(ProjectSupervision, InvestmentProject.name)
            .join(InvestmentProject, InvestmentProject.id == ProjectSupervision.project_id)
            .where(ProjectSupervision.deleted.is_(False), InvestmentProject.deleted.is_(False))
        )
        if ctx.unit_code:
            q = q.where(ProjectSupervision.unit_code == ctx.unit_code)
        if p is not None:
            q = q.where(ProjectSupervision.on_date.between(p.start, p.end))
        rows = s.execute(q.order_by(ProjectSupervision.on_date)).all()
    for sup, name in rows:
        yield {
            "project": name,
            **asdict(
                SupervisionRow(
                    sup.on_date,
                    sup.content,
                    sup.findings,
                    sup.minutes_ref,
                    id=sup.id,
                    project_id=sup.project_id,
                )
            ),
        }
