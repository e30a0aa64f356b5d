"""The working-day calendar every deadline counts on (petitions, the inspection board's
answers): the shipped holidays of `domain.workdays` plus this commune's own days off and
make-up working days from the database, and the deadline rule table. One for the whole app.

Deadlines follow calendar edits: `add_day` and `remove_day` end by calling, for every area
(services.areas) that declares one, its `ServiceArea.calendar_changed(ctx)` (petitions and
answers recompute their open deadlines there). This module imports no area: an area whose
deadlines count working days opts in from its own `area.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineRules
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.petition_queries import calendar_day_on, calendar_rows
from danvan_desktop.store.petitions import CalendarDay
from danvan_desktop.store.queries import live_rows

KINDS = {"day_off": "Ngày nghỉ bổ sung", "make_up": "Ngày làm bù"}


@dataclass(frozen=True)
class CalendarEntry:
    id: str
    on_date: dt.date
    kind: str
    name: str


def deadline_rules(ctx: AppContext) -> DeadlineRules:
    """The deadline rule table (every version), loaded once per context."""
    rules = ctx.extra.get("deadline_rules")
    if rules is None:
        rules = ctx.extra["deadline_rules"] = DeadlineRules.load()
    return rules


def calendar_from(rows: list[tuple[dt.date, str, str]]) -> WorkCalendar:
    return WorkCalendar(
        extra_days_off={d: n for d, k, n in rows if k == "day_off"},
        make_up_days={d: n for d, k, n in rows if k == "make_up"},
    )


def work_calendar(ctx: AppContext, s: Session | None = None) -> WorkCalendar:
    """The shipped holiday calendar plus this commune's days off and make-up days (cached)."""
    if s is None:
        with ctx.read() as rs:
            return work_calendar(ctx, rs)
    rows = sorted(calendar_rows(s))
    cached = ctx.extra.get("work_calendar")
    if cached is not None and cached[0] == rows:
        return cached[1]
    cal = calendar_from(rows)
    ctx.extra["work_calendar"] = (rows, cal)
    return cal


def calendar_days(ctx: AppContext, year: int | None = None) -> list[CalendarEntry]:
    with ctx.read() as s:
        return [
            CalendarEntry(c.id, c.on_date, c.kind, c.name)
            for c in live_rows(s, CalendarDay, order_by=CalendarDay.on_date)
            if year is None or c.on_date.year == year
        ]


def add_day(ctx: AppContext, on: dt.date, kind: str, name: str = "") -> str:
    """Add an extra day off ("day_off") or a make-up working day ("make_up"). Deadlines that
    count on the calendar follow (every area's `calendar_changed`)."""
    ctx.require(Permission.EDIT)
    if kind not in KINDS:
        raise RuleViolation("Loại ngày phải là ngày nghỉ hoặc ngày làm bù.", "kind")
    with ctx.session() as s:
        if calendar_day_on(s, on):
            raise RuleViolation(f"Ngày {fmt_date(on)} đã có trong lịch điều chỉnh.", "on_date")
        calendar_from([*calendar_rows(s), (on, kind, clean(name))])  # refuses a bad day
        c = records.add(
            s,
            CalendarDay,
            on_date=on,
            kind=kind,
            unit_code=ctx.unit_code,
            name=clean(name) or KINDS[kind],
        )
        s.flush()
        entry_id = c.id
    calendar_changed(ctx)
    return entry_id


def remove_day(ctx: AppContext, entry_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        records.get(s, CalendarDay, entry_id, "ngày điều chỉnh").deleted = True
    calendar_changed(ctx)


def calendar_changed(ctx: AppContext) -> None:
    """Let every area recompute what it counts on the calendar (after the edit committed)."""
    # imported here: discovering the areas imports them, and several import this module
    from danvan_desktop.services import areas

    for area in areas.areas():
        if area.calendar_changed is not None:
            area.calendar_changed(ctx)
