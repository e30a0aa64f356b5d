"""Deadlines of the petition register: which step's clock runs now, its due date (by
`domain.deadlines`, from the rule version in force on the receipt date, on the working-day
calendar of `services.calendar`), where a petition stands against it, and recomputing open
deadlines after the commune edits its calendar."""

from __future__ import annotations

import datetime as dt

from danvan_desktop.domain.deadlines import DeadlineRules, DeadlineStatus, Step
from danvan_desktop.domain.petitions import Channel, PetitionState, PetitionType
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services import calendar
from danvan_desktop.services.calendar import deadline_rules, work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import DEFAULT_WARN_DAYS, St
from danvan_desktop.store.petition_queries import running_clocks
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.settings import get_setting


def clock(ctx: AppContext) -> tuple[WorkCalendar, DeadlineRules, int]:
    """What a deadline is computed with: the calendar, the rule table and the warning days
    (read before a write transaction opens, each in its own short read)."""
    return work_calendar(ctx), deadline_rules(ctx), warn_days(ctx)


def warn_days(ctx: AppContext) -> int:
    with ctx.read() as s:
        raw = get_setting(s, "petition_warn_days")
    return int(raw) if raw.strip().isdigit() else DEFAULT_WARN_DAYS


def pending_step(p: Petition) -> tuple[Step, dt.date | None] | None:
    """The step whose deadline runs now, and the date it counts from (None: from receipt)."""
    state = PetitionState(p.status)
    ptype = PetitionType(p.type)
    board = p.channel == Channel.INSPECTION_BOARD and ptype == PetitionType.RECOMMENDATION
    if state in (St.RECEIVED, St.CLASSIFIED):
        if board:
            return Step.ANSWER_BOARD_RECOMMENDATION, None
        if ptype in (PetitionType.COMPLAINT, PetitionType.MIXED):
            return Step.ACCEPT_COMPLAINT, None
        if ptype == PetitionType.DENUNCIATION:
            return Step.HANDLE_DENUNCIATION, None
        return Step.INFORM_CITIZEN, None
    if state in (St.ACCEPTED, St.VERIFYING, St.DIALOGUE):
        if board:
            return Step.ANSWER_BOARD_RECOMMENDATION, None
        if ptype in (PetitionType.COMPLAINT, PetitionType.MIXED):
            step = (
                Step.SETTLE_SECOND_COMPLAINT
                if p.complaint_round == 2
                else Step.SETTLE_FIRST_COMPLAINT
            )
            return step, p.accepted_on
        if ptype == PetitionType.DENUNCIATION:
            return Step.SETTLE_DENUNCIATION, p.accepted_on
        return Step.HANDLE_RECOMMENDATION_FEEDBACK, None
    return None


def due_of(p: Petition, rules: DeadlineRules, cal: WorkCalendar, extensions: int | None = None):  # noqa: ANN202
    pending = pending_step(p)
    if pending is None:
        return None
    step, start = pending
    return rules.compute_due(
        step,
        p.received_on,
        petition_type=p.type,
        calendar=cal,
        complex=p.complexity in ("complex", "especially_complex"),
        especially_complex=p.complexity == "especially_complex",
        remote=p.remote_area,
        multi_site=p.multi_site,
        extensions=p.extensions if extensions is None else extensions,
        start=start,
    )


def apply_deadline(p: Petition, rules: DeadlineRules, cal: WorkCalendar, warn: int) -> None:
    """Store on the petition the deadline of the step now pending (None when no clock runs)."""
    if p.status == St.SUSPENDED:
        p.due_on = p.warn_on = None
        return
    due = due_of(p, rules, cal)
    if due is None:
        p.due_on = p.warn_on = None
        p.due_step = ""
        return
    when = due.due
    if p.paused_days and due.starts_from == "acceptance":
        # Time suspended is not counted: push the deadline on, to a working day.
        when = cal.next_working_day(when + dt.timedelta(days=p.paused_days))
    p.due_on = p.last_due_on = when
    p.due_step = due.step.value
    p.rule_version = f"{due.rule_set_id} {due.version}"
    p.warn_on = cal.add_working_days(when, -warn) if warn > 0 else when


def deadline_state(
    due_on: dt.date | None,
    warn_on: dt.date | None,
    on_time: bool | None,
    resolved_on: dt.date | None,
    today: dt.date,
) -> str:
    """Where a petition stands against its deadline (a DeadlineStatus value, or "")."""
    if due_on is not None:
        if today > due_on:
            return DeadlineStatus.OVERDUE.value
        if warn_on is not None and today >= warn_on:
            return DeadlineStatus.DUE_SOON.value
        return DeadlineStatus.ON_TRACK.value
    if resolved_on is not None and on_time is not None:
        return (DeadlineStatus.CLOSED_ON_TIME if on_time else DeadlineStatus.CLOSED_LATE).value
    return ""


def add_calendar_day(ctx: AppContext, on: dt.date, kind: str, name: str = "") -> str:
    """Add an extra day off ("day_off") or a make-up working day ("make_up"); open deadlines
    follow through `calendar_changed` (petitions' own: `recompute_open_deadlines`, declared
    in petitions/area.py)."""
    return calendar.add_day(ctx, on, kind, name)


def remove_calendar_day(ctx: AppContext, entry_id: str) -> None:
    calendar.remove_day(ctx, entry_id)


def recompute_open_deadlines(ctx: AppContext, batch: int = 500) -> int:
    """Recompute the deadline of every petition whose clock runs (after a calendar edit)."""
    cal, rules, warn = clock(ctx)
    changed = 0
    last_id = ""
    while True:
        with ctx.session() as s:
            rows = running_clocks(s, after_id=last_id, limit=batch)
            if not rows:
                return changed
            for p in rows:
                before = p.due_on
                apply_deadline(p, rules, cal, warn)
                changed += p.due_on != before
            last_id = rows[-1].id
