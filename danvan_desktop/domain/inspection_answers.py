"""Time rules of the People's Inspection Board: the 5-working-day notice of an inspection plan and
the 15-day answer to a board recommendation, with the answer figures a report counts (DOMAIN §5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineRules, DeadlineStatus, Due, Step
from danvan_desktop.domain.inspection_vocabulary import (
    DUE_SOON_DAYS,
    NOTICE_WORKING_DAYS,
    NoticeRecipient,
    WorkingDays,
)
from danvan_desktop.domain.workdays import WorkCalendar

# ---- notice of an inspection --------------------------------------------------------------


@dataclass(frozen=True)
class NoticeCheck:
    """Whether the plan reached everyone in time; `latest` is the last day it could be sent."""

    latest: dt.date
    late: tuple[NoticeRecipient, ...]
    missing: tuple[NoticeRecipient, ...]

    @property
    def ok(self) -> bool:
        return not self.late and not self.missing

    @property
    def too_late(self) -> bool:
        return bool(self.late)

    def message(self) -> str:
        if self.ok:
            return ""
        parts = []
        if self.late:
            who = ", ".join(r.label for r in self.late)
            parts.append(
                f"Kế hoạch gửi {who} quá muộn: phải gửi chậm nhất ngày {fmt_date(self.latest)} "
                f"(trước ngày bắt đầu ít nhất {NOTICE_WORKING_DAYS:02d} ngày làm việc)."
            )
        if self.missing:
            who = ", ".join(r.label for r in self.missing)
            parts.append(
                f"Chưa ghi ngày gửi kế hoạch cho {who} (hạn chót {fmt_date(self.latest)})."
            )
        return " ".join(parts)


def latest_notice_day(starts_on: dt.date, calendar: WorkingDays) -> dt.date:
    """The last day the plan may be sent: the 5th working day before the start.

    Sent that day, the 5 working days before the start are the day of sending and the 4 after
    it (sent Monday for a start the next Monday is in time; sent Tuesday is not).
    """
    return calendar.add_working_days(starts_on, -NOTICE_WORKING_DAYS)


def check_notice(
    starts_on: dt.date, sent: dict[NoticeRecipient, dt.date | None], calendar: WorkingDays
) -> NoticeCheck:
    latest = latest_notice_day(starts_on, calendar)
    late, missing = [], []
    for who in NoticeRecipient:
        day = sent.get(who)
        if day is None:
            missing.append(who)
        elif day > latest:
            late.append(who)
    return NoticeCheck(latest, tuple(late), tuple(missing))


# ---- the answer to a recommendation -------------------------------------------------------


def answer_due(
    received_on: dt.date, calendar: WorkCalendar, rules: DeadlineRules | None = None
) -> Due:
    """The last day the commune may answer a recommendation received on `received_on`.

    The limit is the deadline table's step "answer_board_recommendation" in force that day.
    """
    rules = rules or DeadlineRules.load()
    return rules.compute_due(Step.ANSWER_BOARD_RECOMMENDATION, received_on, calendar=calendar)


def answer_status(
    due_on: dt.date,
    answered_on: dt.date | None,
    today: dt.date,
    calendar: WorkingDays | None = None,
    warn_working_days: int = DUE_SOON_DAYS,
) -> DeadlineStatus:
    """Where the answer stands; "due soon" within `warn_working_days` working days of the due day
    (calendar days when no calendar is given), as for petitions."""
    if answered_on is not None:
        return (
            DeadlineStatus.CLOSED_ON_TIME if answered_on <= due_on else DeadlineStatus.CLOSED_LATE
        )
    if today > due_on:
        return DeadlineStatus.OVERDUE
    left = calendar.working_days_between(today, due_on) if calendar else (due_on - today).days
    return DeadlineStatus.DUE_SOON if left <= warn_working_days else DeadlineStatus.ON_TRACK


@dataclass(frozen=True)
class AnswerFigures:
    total: int = 0
    answered: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    waiting: int = 0

    @property
    def counted(self) -> int:
        """Recommendations whose answer could be judged: answered, or past due."""
        return self.answered + self.overdue

    @property
    def on_time_rate(self) -> float | None:
        """Share answered within the limit among those that could be judged (None: nothing yet)."""
        return self.on_time / self.counted if self.counted else None


def answer_figures(
    items: Iterable[tuple[dt.date, dt.date | None]], today: dt.date
) -> AnswerFigures:
    """Figures over (due_on, answered_on) pairs; the rate leaves out those not yet due."""
    total = answered = on_time = late = overdue = waiting = 0
    for due_on, answered_on in items:
        total += 1
        status = answer_status(due_on, answered_on, today)
        if status == DeadlineStatus.CLOSED_ON_TIME:
            answered += 1
            on_time += 1
        elif status == DeadlineStatus.CLOSED_LATE:
            answered += 1
            late += 1
        elif status == DeadlineStatus.OVERDUE:
            overdue += 1
        else:
            waiting += 1
    return AnswerFigures(total, answered, on_time, late, overdue, waiting)


def format_rate(rate: float | None) -> str:
    if rate is None:
        return "—"
    text = f"{rate * 100:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"
