"""Vocabulary of the People's Inspection Board and supervision boards: limits, roles, posts,
periods, activity kinds, follow-ups, the facts the checks read and month arithmetic (DOMAIN §5).
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from danvan_desktop.domain.deadlines import DeadlineStatus

MIN_MEMBERS = 5
MAX_DEPUTIES = 2
VACANCY_REFILL_MONTHS = 6
NOTICE_WORKING_DAYS = 5
MIN_SUPERVISION_MEMBERS = 5
#: Warn this many days before an answer falls due.
DUE_SOON_DAYS = 3


class WorkingDays(Protocol):
    """What the rules need of the working-day calendar (domain.workdays.WorkCalendar)."""

    def add_working_days(self, start: dt.date, n: int) -> dt.date: ...

    def working_days_between(self, a: dt.date, b: dt.date) -> int: ...


# ---- vocabularies -------------------------------------------------------------------------


class MemberRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return {"head": "Trưởng ban", "deputy": "Phó Trưởng ban", "member": "Thành viên"}[
            self.value
        ]


class CommunePost(StrEnum):
    """Whether a member holds a post at the commune (which bars them from the board)."""

    NONE = "none"
    OFFICIAL = "official"  # cán bộ, công chức cấp xã
    PART_TIME = "part_time"  # người hoạt động không chuyên trách ở cấp xã

    @property
    def label(self) -> str:
        return {
            "none": "Không giữ chức vụ ở xã",
            "official": "Cán bộ, công chức cấp xã",
            "part_time": "Người hoạt động không chuyên trách cấp xã",
        }[self.value]


class PeriodKind(StrEnum):
    """Plan and report periods (DOMAIN §5, §7)."""

    QUARTER = "quarter"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    YEAR = "year"
    TERM = "term"
    ADHOC = "adhoc"

    @property
    def label(self) -> str:
        return {
            "quarter": "Quý",
            "half": "6 tháng",
            "nine_months": "9 tháng",
            "year": "Năm",
            "term": "Nhiệm kỳ",
            "adhoc": "Đột xuất",
        }[self.value]


PLAN_PERIODS = (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR, PeriodKind.TERM)
REPORT_PERIODS = (
    PeriodKind.QUARTER,
    PeriodKind.HALF,
    PeriodKind.NINE_MONTHS,
    PeriodKind.YEAR,
    PeriodKind.TERM,
    PeriodKind.ADHOC,
)


class ActivityKind(StrEnum):
    SUPERVISION = "supervision"  # giám sát
    INSPECTION = "inspection"  # kiểm tra
    VERIFICATION = "verification"  # xác minh vụ việc của công dân

    @property
    def label(self) -> str:
        return {
            "supervision": "Giám sát",
            "inspection": "Kiểm tra",
            "verification": "Xác minh vụ việc",
        }[self.value]


class NoticeRecipient(StrEnum):
    MTTQ = "mttq"
    CHAIRMAN = "chairman"
    SUBJECT = "subject"

    @property
    def label(self) -> str:
        return {
            "mttq": "Ban Thường trực Ủy ban MTTQ xã",
            "chairman": "Chủ tịch UBND xã",
            "subject": "đối tượng được giám sát, kiểm tra",
        }[self.value]


class FollowUp(StrEnum):
    """What became of a recommendation after it was answered."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"

    @property
    def label(self) -> str:
        return {
            "pending": "Chưa theo dõi",
            "in_progress": "Đang thực hiện",
            "done": "Đã thực hiện",
            "not_done": "Không thực hiện",
        }[self.value]


ANSWER_LABELS: dict[DeadlineStatus, str] = {
    DeadlineStatus.ON_TRACK: "Đang chờ trả lời",
    DeadlineStatus.DUE_SOON: "Sắp đến hạn trả lời",
    DeadlineStatus.OVERDUE: "Quá hạn chưa trả lời",
    DeadlineStatus.CLOSED_ON_TIME: "Đã trả lời đúng hạn",
    DeadlineStatus.CLOSED_LATE: "Đã trả lời quá hạn",
}
ANSWERED = (DeadlineStatus.CLOSED_ON_TIME, DeadlineStatus.CLOSED_LATE)


class Side(StrEnum):
    """Whom a supervision-board member represents."""

    MTTQ = "mttq"
    BTTND = "bttnd"
    RESIDENT = "resident"

    @property
    def label(self) -> str:
        return {
            "mttq": "Đại diện Ủy ban MTTQ xã",
            "bttnd": "Đại diện Ban Thanh tra nhân dân",
            "resident": "Người dân ở cộng đồng",
        }[self.value]


# ---- warnings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleWarning:
    """A rule the records do not (yet) meet: `code` for code and tests, `message` for people."""

    code: str
    message: str


@dataclass(frozen=True)
class MemberFacts:
    id: str
    full_name: str
    hamlet_code: str | None
    role: str
    elected_on: dt.date | None = None
    left_on: dt.date | None = None
    commune_post: str = CommunePost.NONE.value
    replaces_id: str | None = None

    def active_on(self, day: dt.date) -> bool:
        started = self.elected_on is None or self.elected_on <= day
        return started and (self.left_on is None or self.left_on > day)


def add_months(d: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's last day (31/8 + 6 months = 28/2)."""
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


def months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from a to b (0 when b < a + 1 month)."""
    n = (b.year - a.year) * 12 + (b.month - a.month)
    while n > 0 and add_months(a, n) > b:
        n -= 1
    return max(n, 0)
