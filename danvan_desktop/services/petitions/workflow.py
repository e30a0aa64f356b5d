"""The petition workflow: one step of handling at a time (illegal moves refused with the
reason by `domain.petitions`), each step dated, attributed and judged late or on time against
the deadline then pending; extension of the time to settle."""

from __future__ import annotations

import datetime as dt

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import Action, check_transition
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import COMPLETING, OPEN_STATES, OWNER, RESOLVING, WHAT
from danvan_desktop.services.petitions.deadlines import (
    apply_deadline,
    clock,
    due_of,
)
from danvan_desktop.services.petitions.register import refresh_search
from danvan_desktop.store.petition_queries import last_step_on, status_before_last
from danvan_desktop.store.petitions import Petition, PetitionExtension, PetitionStep
from danvan_desktop.store.queries import unit_full_name


def take_step(
    ctx: AppContext,
    petition_id: str,
    action: Action | str,
    on: dt.date,
    *,
    note: str = "",
    actor: str = "",
    reason: str = "",
    outcome: str = "",
    transferred_to: str = "",
    today: dt.date | None = None,
) -> str:
    """Record one step of handling; returns the new status. Illegal moves raise RuleViolation."""
    act = Action(action)
    ctx.require(Permission.APPROVE if act == Action.DECIDE else Permission.EDIT)
    cal, rules, warn = clock(ctx)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, Petition, petition_id, WHAT, owner=OWNER)
        last = last_step_on(s, p.id)
        resume_to = (
            status_before_last(s, p.id, Action.SUSPEND.value) if act == Action.RESUME else None
        )
        new = check_transition(
            p.status,
            act,
            petition_type=p.type,
            on=on,
            previous_on=last,
            received_on=p.received_on,
            today=today,
            reason=reason or note,
            resume_to=resume_to,
        )
        if act == Action.TRANSFER and not clean(transferred_to):
            raise RuleViolation(
                "Chuyển đơn: hãy ghi cơ quan có thẩm quyền nhận đơn.", "transferred_to"
            )
        if act == Action.DECIDE and not clean(outcome):
            raise RuleViolation(
                "Hãy ghi tóm tắt kết quả giải quyết (quyết định, kết luận, trả lời).", "outcome"
            )
        old_status, old_due = p.status, p.due_on
        late = act in COMPLETING and old_due is not None and on > old_due
        if act == Action.EXTEND:
            try:
                due = due_of(p, rules, cal, extensions=p.extensions + 1)
            except RuleViolation as exc:
                raise RuleViolation(exc.message, "reason") from None
            added = due.limit - due_of(p, rules, cal).limit
            p.extensions += 1
            ext = records.add(
                s,
                PetitionExtension,
                petition_id=p.id,
                on_date=on,
                days=added,
                reason=reason or note,
                old_due_on=old_due,
                unit_code=p.unit_code,
                by_user=ctx.user.username,
            )
        if act == Action.ACCEPT:
            p.accepted_on = on
        if act in RESOLVING:
            p.resolved_on = on
            p.on_time = not late
        if act == Action.DECIDE:
            p.outcome = records.normalise(Petition, "outcome", outcome)
        if act == Action.TRANSFER:
            p.transferred_to = records.normalise(Petition, "transferred_to", transferred_to)
        if act == Action.SUSPEND:
            p.suspended_on = on
        if act == Action.RESUME and p.suspended_on is not None:
            p.paused_days += (on - p.suspended_on).days
            p.suspended_on = None
        if act == Action.WITHDRAW:
            p.resolved_on, p.on_time = None, None
        if act == Action.CLOSE:
            p.closed_on = on
        p.status = new.value
        p.is_open = new in OPEN_STATES
        apply_deadline(p, rules, cal, warn)
        if act == Action.EXTEND:
            ext.new_due_on = p.due_on
        refresh_search(p, unit_full_name(s, p.hamlet_code))
        records.add(
            s,
            PetitionStep,
            petition_id=p.id,
            action=act.value,
            from_status=old_status,
            to_status=p.status,
            on_date=on,
            by_user=ctx.user.username,
            actor=clean(actor) or ctx.user.full_name,
            note=note or reason,
            due_on=p.due_on,
            late=late,
            unit_code=p.unit_code,
        )
        return p.status


def extend(
    ctx: AppContext,
    petition_id: str,
    on: dt.date,
    reason: str,
    *,
    actor: str = "",
    today: dt.date | None = None,
) -> dt.date | None:
    """Gia hạn giải quyết (with the reason); returns the new deadline."""
    take_step(ctx, petition_id, Action.EXTEND, on, reason=reason, actor=actor, today=today)
    with ctx.read() as s:
        return records.get(s, Petition, petition_id, WHAT).due_on
