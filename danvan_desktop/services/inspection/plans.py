"""The board's plans (kế hoạch) per quarter, half-year, year or term."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection import (
    PeriodKind,
)
from danvan_desktop.domain.text import clean
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import (
    TERM,
    non_negative,
)
from danvan_desktop.store.inspection import (
    BoardActivity,
    BoardPlan,
    BoardTerm,
)
from danvan_desktop.store.queries import counts_by

# ---- plans --------------------------------------------------------------------------------


@dataclass
class PlanInput:
    period_kind: str
    title: str
    year: int | None = None
    period_no: int | None = None
    doc_no: str = ""
    issued_on: dt.date | None = None
    purpose: str = ""
    content: str = ""
    timing: str = ""
    budget_vnd: int = 0


@dataclass
class PlanRow(PlanInput):
    id: str = ""
    term_id: str = ""
    revision: int = 0
    activities: int = 0

    @property
    def period_label(self) -> str:
        return plan_period_label(self.period_kind, self.year, self.period_no)


def plan_period_label(kind: str, year: int | None, number: int | None) -> str:
    k = PeriodKind(kind)
    if k == PeriodKind.TERM:
        return "Cả nhiệm kỳ"
    try:
        return rules.period(k, year, number).label
    except RuleViolation:
        return k.label


def _validate_plan(term: BoardTerm, data: PlanInput) -> None:
    if data.period_kind not in {p.value for p in rules.PLAN_PERIODS}:
        raise RuleViolation("Kỳ kế hoạch phải là quý, 6 tháng, năm hoặc nhiệm kỳ.", "period_kind")
    if not clean(data.title):
        raise RuleViolation("Tên kế hoạch không được để trống.", "title")
    if data.period_kind != PeriodKind.TERM:
        p = rules.period(data.period_kind, data.year, data.period_no)
        if p.end < term.starts_on or p.start > term.ends_on:
            raise RuleViolation(f"{p.label} nằm ngoài nhiệm kỳ {term.name}.", "year")
    non_negative(data.budget_vnd, "Kinh phí", "budget_vnd")


def _save_plan(s: Session, term: BoardTerm, data: PlanInput, row: BoardPlan | None) -> BoardPlan:
    return records.save(
        s,
        BoardPlan,
        data,
        lambda d: _validate_plan(term, d),
        row=row,
        values=lambda d: {
            **TERM.values(term),
            # A term plan has no year; only quarters and halves have a number.
            "year": None if d.period_kind == PeriodKind.TERM else d.year,
            "period_no": d.period_no
            if d.period_kind in (PeriodKind.QUARTER, PeriodKind.HALF)
            else None,
            "budget_vnd": int(d.budget_vnd or 0),
        },
    )


def create_plan(ctx: AppContext, term_id: str, data: PlanInput) -> str:
    return records.create_child(ctx, TERM, term_id, lambda s, t, _: _save_plan(s, t, data, None))


def update_plan(
    ctx: AppContext, plan_id: str, data: PlanInput, expected_revision: int | None = None
) -> int:
    return records.update_child(
        ctx,
        TERM,
        BoardPlan,
        plan_id,
        "kế hoạch",
        expected_revision,
        lambda s, term, p: _save_plan(s, term, data, p),
    )


def delete_plan(ctx: AppContext, plan_id: str) -> None:
    records.tombstone(ctx, BoardPlan, plan_id, "kế hoạch")


def list_plans(ctx: AppContext, term_id: str, year: int | None = None) -> list[PlanRow]:
    kind_order = {
        PeriodKind.TERM.value: 0,
        PeriodKind.YEAR.value: 1,
        PeriodKind.HALF.value: 2,
        PeriodKind.QUARTER.value: 3,
    }
    with ctx.read() as s:
        q = select(BoardPlan).where(BoardPlan.term_id == term_id, BoardPlan.deleted.is_(False))
        if year:
            q = q.where(or_(BoardPlan.year == year, BoardPlan.year.is_(None)))
        counts = counts_by(s, BoardActivity.plan_id, BoardActivity.term_id == term_id)
        rows = [
            PlanRow(
                **{f.name: getattr(p, f.name) for f in fields(PlanInput)},
                id=p.id,
                term_id=p.term_id,
                revision=p.revision,
                activities=counts.get(p.id, 0),
            )
            for p in s.execute(q).scalars()
        ]
    rows.sort(key=lambda r: (r.year or 0, kind_order.get(r.period_kind, 9), r.period_no or 0))
    return rows
