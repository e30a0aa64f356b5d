"""The plans area's counting, once for every use: per commune, the documents from above due in a
span and the plans answering them (made, on time), the items due and done; the upper level's
table of who answered each document; the early-warning lines.

Directives are few (tens a year), so they are read whole and matched in Python; items are counted
with one grouped query over every commune of the span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.areas import Figures, FigureSpan, WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.indicator_kit import bounds
from danvan_desktop.services.plans.common import (
    Directive,
    applies_to,
    directives_for,
    percent,
    warn_days,
)
from danvan_desktop.store.plans import Plan, PlanItem

KEYS = (
    "plans_directives_due",
    "plans_made",
    "plans_on_time",
    "plans_on_time_rate",
    "plans_items_due",
    "plans_items_done",
    "plan_items_done_rate",
)


@dataclass
class UnitPlans:
    """One commune's plans in a span."""

    due: list[Directive] = field(default_factory=list)
    #: directive id -> (plan id, issued on) of the earliest issued plan answering it
    answers: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    items_due: int = 0
    items_done: int = 0

    @property
    def made(self) -> int:
        return sum(1 for d in self.due if d.id in self.answers)

    @property
    def on_time_ids(self) -> list[str]:
        return [d.id for d in self.due if d.id in self.answers and self.on_time(d)]

    def on_time(self, d: Directive) -> bool:
        got = self.answers.get(d.id)
        return got is not None and got[1] <= d.plan_due_on


def issued_answers(
    s: Session, unit_codes: Sequence[str], until: dt.date | None = None
) -> dict[tuple[str, str], tuple[str, dt.date]]:
    """{(unit, directive id): (plan id, issue date)} of the earliest issued plan of each unit
    answering each document (issued by `until`, if given)."""
    q = select(Plan.unit_code, Plan.directive_id, Plan.id, Plan.issued_on).where(
        Plan.deleted.is_(False),
        Plan.issued_on.is_not(None),
        Plan.directive_id.is_not(None),
        Plan.unit_code.in_(list(unit_codes)),
    )
    if until is not None:
        q = q.where(Plan.issued_on <= until)
    out: dict[tuple[str, str], tuple[str, dt.date]] = {}
    for unit, directive, pid, on in s.execute(q.order_by(Plan.issued_on, Plan.created_at)):
        if directive is not None and on is not None:
            out.setdefault((unit, directive), (pid, on))
    return out


def _item_window(start: dt.date, end: dt.date) -> tuple:
    due = and_(PlanItem.due_on.is_not(None), PlanItem.due_on >= start, PlanItem.due_on <= end)
    done = and_(due, PlanItem.done_on.is_not(None), PlanItem.done_on <= end)
    return due, done


def unit_plans(
    s: Session, unit_codes: Sequence[str], start: dt.date, end: dt.date
) -> dict[str, UnitPlans]:
    """Per commune of `unit_codes`: documents due in [start, end], plans answering them issued by
    `end`, items due in [start, end] and those of them done by `end`."""
    out = {u: UnitPlans() for u in unit_codes}
    directives = directives_for(s, unit_codes, start, end)
    answers = issued_answers(s, unit_codes, end)
    for u, up in out.items():
        up.due = [d for d in directives if applies_to(d, u)]
        up.answers = {d.id: answers[(u, d.id)] for d in up.due if (u, d.id) in answers}
    due, done = _item_window(start, end)
    q = (
        select(
            PlanItem.unit_code,
            func.count(),
            func.coalesce(func.sum(case((done, 1), else_=0)), 0),
        )
        .join(Plan, Plan.id == PlanItem.plan_id)
        .where(
            PlanItem.deleted.is_(False),
            Plan.deleted.is_(False),
            PlanItem.unit_code.in_(list(unit_codes)),
            due,
        )
        .group_by(PlanItem.unit_code)
    )
    for unit, n, ok in s.execute(q):
        out[unit].items_due, out[unit].items_done = int(n), int(ok)
    return out


def item_ids(s: Session, unit: str, start: dt.date, end: dt.date) -> list[str]:
    due, _done = _item_window(start, end)
    q = (
        select(PlanItem.id)
        .join(Plan, Plan.id == PlanItem.plan_id)
        .where(PlanItem.deleted.is_(False), Plan.deleted.is_(False), PlanItem.unit_code == unit)
        .where(due)
        .order_by(PlanItem.due_on)
    )
    return list(s.scalars(q))


def compute_figures(s: Session, span: FigureSpan) -> dict[str, Figures]:
    start, end = bounds(span)
    codes = list(span.unit_codes)
    stats = unit_plans(s, codes, start, end)
    q = select(Plan.unit_code).where(Plan.deleted.is_(False), Plan.unit_code.in_(codes))
    sent = set(s.scalars(q.distinct()))
    out: dict[str, Figures] = {k: {} for k in KEYS}
    for code in span.unit_codes:
        st = stats[code]
        n_due, made, on_time = len(st.due), st.made, len(st.on_time_ids)
        out["plans_directives_due"][code] = n_due
        out["plans_made"][code] = made
        out["plans_on_time"][code] = on_time
        # no rate for a commune that has sent no plan at all: at the upper level, sending
        # nothing must not look the same as a commune's record of plans made late
        out["plans_on_time_rate"][code] = percent(on_time, n_due) if code in sent else None
        out["plans_items_due"][code] = st.items_due
        out["plans_items_done"][code] = st.items_done
        out["plan_items_done_rate"][code] = percent(st.items_done, st.items_due)
    return out


# ---- the upper level's view: who answered each document ------------------------------------------


@dataclass(frozen=True)
class CommuneAnswer:
    code: str
    name: str
    plan_id: str | None
    plan_number: str
    issued_on: dt.date | None
    on_time: bool | None  # None: no plan issued
    items_total: int
    items_done: int

    @property
    def share_done(self) -> float | None:
        return percent(self.items_done, self.items_total)

    def state(self, due: dt.date, today: dt.date) -> str:
        if self.issued_on is None:
            return "Chưa có kế hoạch – quá hạn" if due < today else "Chưa có kế hoạch"
        return "Đúng hạn" if self.on_time else "Ban hành chậm"


@dataclass(frozen=True)
class DirectiveAnswers:
    directive: Directive
    communes: tuple[CommuneAnswer, ...]

    @property
    def made(self) -> int:
        return sum(1 for c in self.communes if c.issued_on is not None)

    @property
    def on_time(self) -> int:
        return sum(1 for c in self.communes if c.on_time)


def directive_answers(
    s: Session, communes: Sequence[tuple[str, str]], year: int | None = None
) -> list[DirectiveAnswers]:
    """Per document from above, each commune's answer: its plan, when, on time or late, and the
    share of its items done. `communes`: (code, name)."""
    codes = [c for c, _n in communes]
    names = dict(communes)
    directives = [
        d
        for d in directives_for(s, codes)
        if year is None or year in (d.plan_due_on.year, d.issued_on.year)
    ]
    answers = issued_answers(s, codes)
    plan_ids = [pid for pid, _on in answers.values()]
    counts: dict[str, tuple[int, int]] = {}
    if plan_ids:
        q = (
            select(
                PlanItem.plan_id,
                func.count(),
                func.coalesce(func.sum(case((PlanItem.done_on.is_not(None), 1), else_=0)), 0),
            )
            .where(PlanItem.deleted.is_(False), PlanItem.plan_id.in_(plan_ids))
            .group_by(PlanItem.plan_id)
        )
        counts = {pid: (int(n), int(ok)) for pid, n, ok in s.execute(q)}
    numbers: dict[str, str] = {}
    if plan_ids:
        q2 = select(Plan.id, Plan.number).where(Plan.id.in_(plan_ids))
        numbers = {pid: number for pid, number in s.execute(q2)}
    out = []
    for d in directives:
        rows = []
        for code in codes:
            if not applies_to(d, code):
                continue
            got = answers.get((code, d.id))
            pid, on = got if got else (None, None)
            total, done = counts.get(pid or "", (0, 0))
            rows.append(
                CommuneAnswer(
                    code,
                    names[code],
                    pid,
                    numbers.get(pid or "", ""),
                    on,
                    None if on is None else on <= d.plan_due_on,
                    total,
                    done,
                )
            )
        out.append(DirectiveAnswers(d, tuple(rows)))
    return sorted(out, key=lambda a: a.directive.plan_due_on, reverse=True)


# ---- early warning ---------------------------------------------------------------------------


def warning_lines(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    """Items overdue and due within the setting's days; documents whose plan is not issued and
    whose deadline has passed or is within those days."""
    with ctx.read() as s:
        days = warn_days(s)
        limit = today + dt.timedelta(days=days)
        unit = ctx.unit_code
        rows = s.execute(
            select(PlanItem.id, PlanItem.due_on)
            .join(Plan, Plan.id == PlanItem.plan_id)
            .where(
                PlanItem.deleted.is_(False),
                Plan.deleted.is_(False),
                PlanItem.unit_code == unit,
                PlanItem.done_on.is_(None),
                PlanItem.due_on.is_not(None),
                PlanItem.due_on <= limit,
            )
            .order_by(PlanItem.due_on)
        ).all()
        answered = {d for (_u, d) in issued_answers(s, [unit])}
        waiting = [
            d
            for d in directives_for(s, [unit], None, limit)
            if applies_to(d, unit) and d.id not in answered
        ]
    overdue = tuple(i for i, due in rows if due is not None and due < today)
    soon = tuple(i for i, due in rows if due is not None and due >= today)
    return [
        WarningLine(
            "plan_items_overdue",
            "Việc trong kế hoạch quá hạn",
            len(overdue),
            "danger",
            "plan_items",
            overdue,
        ),
        WarningLine(
            "plan_items_due_soon",
            f"Việc trong kế hoạch đến hạn trong {days} ngày",
            len(soon),
            "warn",
            "plan_items",
            soon,
        ),
        WarningLine(
            "plan_directives_waiting",
            "Văn bản cấp trên chưa có kế hoạch thực hiện (quá hạn hoặc sắp đến hạn)",
            len(waiting),
            "danger" if any(d.plan_due_on < today for d in waiting) else "warn",
            "plan_directives",
            tuple(d.id for d in waiting),
        ),
    ]


def answers_below(ctx: AppContext, year: int | None = None) -> list[DirectiveAnswers]:
    """`directive_answers` for every commune below this upper level (its screen's read)."""
    from danvan_desktop.services.upper_level import communes

    units = [(c.code, c.name) for c in communes(ctx)]
    with ctx.read() as s:
        return directive_answers(s, units, year)
