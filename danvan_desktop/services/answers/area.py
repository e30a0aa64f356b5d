"""Answers owed to others and self-inspection (issue 11) as one area of the kernel: voters'
petitions and the Fatherland Front's recommendations with their deadlines, beside the
Inspection Board's in the early warning; the movement's self-inspections and follow-ups; the
indicators scoring counts; the per-commune figures; a periodic report's section and the
consolidated workbook's sheets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.services.answers.figures import FIGURES, INDICATORS
from danvan_desktop.services.answers.owed import recompute_open_deadlines
from danvan_desktop.services.answers.report import report_section, sheets
from danvan_desktop.services.answers.rules import DUE_SOON_WORKING_DAYS, status
from danvan_desktop.services.areas import ServiceArea, WarningLine
from danvan_desktop.services.calendar import work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.answers import FollowUpAction, OwedAnswer

#: the record type a warning line opens (ui.answers opens these)
OWED = "answers_owed"
FOLLOWUPS = "answers_followups"

_LABELS = {
    ("voters", "overdue"): "Kiến nghị cử tri quá hạn chưa trả lời",
    ("voters", "due_soon"): (
        f"Kiến nghị cử tri đến hạn trả lời trong {DUE_SOON_WORKING_DAYS} ngày làm việc"
    ),
    ("front", "overdue"): "Kiến nghị của MTTQ quá hạn chưa trả lời",
    ("front", "due_soon"): (
        f"Kiến nghị của MTTQ đến hạn trả lời trong {DUE_SOON_WORKING_DAYS} ngày làm việc"
    ),
}
_KEYS = {"voters": "voter_answers", "front": "front_answers"}


def warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    """Open items overdue or due within 5 working days, and follow-ups past their deadline;
    each line carries the ids of its records so a click opens them."""
    cal = work_calendar(ctx)
    with ctx.read() as s:
        open_items = s.execute(
            select(OwedAnswer.id, OwedAnswer.source, OwedAnswer.due_on)
            .where(
                OwedAnswer.deleted.is_(False),
                OwedAnswer.unit_code == ctx.unit_code,
                OwedAnswer.answered_on.is_(None),
            )
            .order_by(OwedAnswer.due_on)
        ).all()
        late_ups = s.scalars(
            select(FollowUpAction.id)
            .where(
                FollowUpAction.deleted.is_(False),
                FollowUpAction.unit_code == ctx.unit_code,
                FollowUpAction.done_on.is_(None),
                FollowUpAction.due_on < today,
            )
            .order_by(FollowUpAction.due_on)
        ).all()
    found: dict[tuple[str, str], list[str]] = {k: [] for k in _LABELS}
    for item_id, source, due_on in open_items:
        st = status(due_on, None, today, cal)
        if st == DeadlineStatus.OVERDUE:
            found[(source, "overdue")].append(item_id)
        elif st == DeadlineStatus.DUE_SOON:
            found[(source, "due_soon")].append(item_id)
    lines = [
        WarningLine(
            f"{_KEYS[source]}_{state}",
            _LABELS[(source, state)],
            len(ids),
            "danger" if state == "overdue" else "warn",
            OWED,
            tuple(ids),
        )
        for (source, state), ids in found.items()
    ]
    lines.append(
        WarningLine(
            "self_inspection_followups_overdue",
            "Việc khắc phục sau tự kiểm tra quá hạn",
            len(late_ups),
            "danger",
            FOLLOWUPS,
            tuple(late_ups),
        )
    )
    return lines


AREA = ServiceArea(
    key="answers",
    label="Trả lời kiến nghị cử tri, MTTQ; tự kiểm tra",
    order=45,
    figures=(FIGURES,),
    warnings=warnings,
    indicators=INDICATORS,
    report_section=report_section,
    sheets=sheets,
    calendar_changed=recompute_open_deadlines,  # a day off moves the open items' due days
)
