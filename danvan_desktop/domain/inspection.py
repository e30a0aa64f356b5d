"""People's Inspection Board (BTTND) and community investment supervision boards (DOMAIN §5).

Pure rules, no storage: the composition checks of a board term (Luật 10/2022/QH15 Đ.36–40,
NĐ 59/2023/NĐ-CP Đ.13–14) and of a supervision board (Đ.41–45, NĐ 59/2023 Đ.17–19) return
plain Vietnamese warnings, never exceptions: a commune may well be mid-way through electing
members, and the officer needs to see what is missing, not be stopped from saving.

Time rules:
- an inspection plan goes to the Fatherland Front (MTTQ), the commune chairman and the
  inspected party at least 5 working days before the inspection starts;
- the commune answers a board recommendation within 15 days of receiving it (Luật 10/2022
  Đ.40). "15 ngày" with no "làm việc" means calendar days; the day received is not counted
  (Bộ luật Dân sự 2015 Đ.147) and a last day falling on a day off moves to the next working
  day (Đ.148). The limit is data: deadlines.json, step "answer_board_recommendation", computed
  by the shared deadline engine (domain.deadlines) like every petition deadline.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineRules, DeadlineStatus, Due, Step
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.workdays import WorkCalendar

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


def check_board_members(
    members: Sequence[MemberFacts],
    hamlets: Sequence[tuple[str, str]],
    term_start: dt.date,
    term_end: dt.date,
    on: dt.date | None = None,
) -> list[RuleWarning]:
    """Warnings on a BTTND term's membership as it stands on `on` (default: today, within the term).

    `hamlets` are (code, name) of the commune's hamlets and residential groups.
    """
    day = min(max(on or dt.date.today(), term_start), term_end)
    active = [m for m in members if m.active_on(day)]
    out: list[RuleWarning] = []
    if len(active) < MIN_MEMBERS:
        out.append(
            RuleWarning(
                "too_few",
                f"Ban mới có {len(active)} thành viên; cần ít nhất {MIN_MEMBERS:02d} thành viên "
                "(Nghị định 59/2023/NĐ-CP, Điều 13).",
            )
        )
    covered = {m.hamlet_code for m in active if m.hamlet_code}
    missing = [name for code, name in hamlets if code not in covered]
    if missing:
        out.append(
            RuleWarning(
                "hamlet_missing",
                f"{len(missing)} thôn, tổ dân phố chưa có thành viên: {', '.join(missing)}. "
                "Mỗi thôn, tổ dân phố phải có người trong Ban.",
            )
        )
    heads = [m for m in active if m.role == MemberRole.HEAD]
    if not heads:
        out.append(RuleWarning("no_head", "Ban chưa có Trưởng ban."))
    elif len(heads) > 1:
        names = ", ".join(m.full_name for m in heads)
        out.append(
            RuleWarning(
                "many_heads", f"Ban có {len(heads)} Trưởng ban ({names}); chỉ được một Trưởng ban."
            )
        )
    deputies = [m for m in active if m.role == MemberRole.DEPUTY]
    if len(deputies) > MAX_DEPUTIES:
        out.append(
            RuleWarning(
                "many_deputies",
                f"Ban có {len(deputies)} Phó Trưởng ban; tối đa {MAX_DEPUTIES:02d} Phó Trưởng ban.",
            )
        )
    for m in active:
        if m.commune_post == CommunePost.OFFICIAL:
            out.append(
                RuleWarning(
                    "commune_official",
                    f"{m.full_name} là cán bộ, công chức cấp xã: không được là thành viên Ban "
                    "Thanh tra nhân dân.",
                )
            )
        elif m.commune_post == CommunePost.PART_TIME:
            out.append(
                RuleWarning(
                    "part_time_worker",
                    f"{m.full_name} là người hoạt động không chuyên trách ở cấp xã: "
                    "không được là thành viên Ban Thanh tra nhân dân.",
                )
            )
    names_by_hamlet = dict(hamlets)
    for v in vacancies_to_refill(members, term_end, day):
        left = v.left_on or day
        where = names_by_hamlet.get(v.hamlet_code or "", "")
        where = f" ({where})" if where else ""
        out.append(
            RuleWarning(
                "vacancy",
                f"Vị trí của {v.full_name}{where} khuyết từ {fmt_date(left)}, nhiệm kỳ còn "
                f"{months_between(left, term_end)} tháng: phải bầu bổ sung thành viên.",
            )
        )
    return out


def vacancies_to_refill(
    members: Sequence[MemberFacts], term_end: dt.date, on: dt.date
) -> list[MemberFacts]:
    """Members who left by `on` with ≥ 6 months of the term left, and no one elected in their place.

    A replacement is a member recorded as replacing them, or failing that one elected from the
    same hamlet on or after the day they left.
    """
    out = []
    for m in members:
        if m.left_on is None or m.left_on > on:
            continue
        if add_months(m.left_on, VACANCY_REFILL_MONTHS) > term_end:
            continue
        replaced = any(
            r.id != m.id
            and (
                r.replaces_id == m.id
                or (
                    r.replaces_id is None
                    and m.hamlet_code
                    and r.hamlet_code == m.hamlet_code
                    and r.elected_on is not None
                    and r.elected_on >= m.left_on
                )
            )
            for r in members
        )
        if not replaced:
            out.append(m)
    return out


def check_term_dates(starts_on: dt.date, ends_on: dt.date) -> None:
    if ends_on <= starts_on:
        raise RuleViolation(
            f"Ngày kết thúc nhiệm kỳ ({fmt_date(ends_on)}) phải sau ngày bắt đầu ({fmt_date(starts_on)}).",
            "ends_on",
        )
    if ends_on > add_months(starts_on, 12 * 6):
        raise RuleViolation(
            "Nhiệm kỳ dài hơn 6 năm: hãy kiểm tra lại ngày bắt đầu, ngày kết thúc.", "ends_on"
        )


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


# ---- supervision boards -------------------------------------------------------------------


@dataclass(frozen=True)
class SupervisorFacts:
    full_name: str
    side: str
    joined_on: dt.date | None = None
    left_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        started = self.joined_on is None or self.joined_on <= day
        return started and (self.left_on is None or self.left_on > day)


def check_supervision_board(
    members: Sequence[SupervisorFacts], on: dt.date | None = None
) -> list[RuleWarning]:
    """At least 5 members, including MTTQ's and BTTND's representatives and residents."""
    day = on or dt.date.today()
    active = [m for m in members if m.active_on(day)]
    out: list[RuleWarning] = []
    if len(active) < MIN_SUPERVISION_MEMBERS:
        out.append(
            RuleWarning(
                "too_few",
                f"Ban giám sát mới có {len(active)} thành viên; cần ít nhất {MIN_SUPERVISION_MEMBERS:02d} "
                "thành viên (Nghị định 59/2023/NĐ-CP).",
            )
        )
    sides = {m.side for m in active}
    for side, code in (
        (Side.MTTQ, "no_mttq"),
        (Side.BTTND, "no_bttnd"),
        (Side.RESIDENT, "no_resident"),
    ):
        if side not in sides:
            out.append(
                RuleWarning(code, f"Ban giám sát chưa có {side.label[0].lower()}{side.label[1:]}.")
            )
    return out


# ---- periods ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: dt.date
    end: dt.date
    label: str
    year: int | None = None
    number: int | None = None

    def contains(self, d: dt.date | None) -> bool:
        return d is not None and self.start <= d <= self.end


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period(
    kind: PeriodKind | str,
    year: int | None = None,
    number: int | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    label: str = "",
) -> Period:
    """The dates of "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026", a term or an ad-hoc range."""
    kind = PeriodKind(kind)
    if kind in (PeriodKind.TERM, PeriodKind.ADHOC):
        if start is None or end is None:
            raise RuleViolation("Cần ngày bắt đầu và ngày kết thúc của kỳ báo cáo.", "start")
        if end < start:
            raise RuleViolation("Ngày kết thúc kỳ báo cáo không thể trước ngày bắt đầu.", "end")
        text = label or (
            f"Nhiệm kỳ {start.year}–{end.year}"
            if kind == PeriodKind.TERM
            else f"Từ {fmt_date(start)} đến {fmt_date(end)}"
        )
        return Period(kind, start, end, text, year, number)
    if year is None or not 1900 < year < 2200:
        raise RuleViolation("Năm của kỳ báo cáo không hợp lệ.", "year")
    if kind == PeriodKind.YEAR:
        return Period(kind, dt.date(year, 1, 1), dt.date(year, 12, 31), f"Năm {year}", year, None)
    if kind == PeriodKind.NINE_MONTHS:
        return Period(
            kind, dt.date(year, 1, 1), dt.date(year, 9, 30), f"9 tháng năm {year}", year, None
        )
    if kind == PeriodKind.HALF:
        if number not in (1, 2):
            raise RuleViolation(
                "6 tháng: chọn 6 tháng đầu năm (1) hoặc 6 tháng cuối năm (2).", "number"
            )
        if number == 1:
            return Period(
                kind, dt.date(year, 1, 1), dt.date(year, 6, 30), f"6 tháng đầu năm {year}", year, 1
            )
        return Period(
            kind, dt.date(year, 7, 1), dt.date(year, 12, 31), f"6 tháng cuối năm {year}", year, 2
        )
    if number not in (1, 2, 3, 4):
        raise RuleViolation("Quý phải từ 1 đến 4.", "number")
    first = dt.date(year, 3 * number - 2, 1)
    last = add_months(first, 3) - dt.timedelta(days=1)
    return Period(kind, first, last, f"Quý {_ROMAN[number]} năm {year}", year, number)


# ---- report narrative ---------------------------------------------------------------------


@dataclass
class BoardFigures:
    """What a BTTND report counts for one period (also what the upper level rolls up)."""

    members: int = 0
    plans: int = 0
    activities: int = 0
    supervisions: int = 0
    inspections: int = 0
    verifications: int = 0
    notice_late: int = 0
    minutes_confirmed: int = 0
    petitions_verified: int = 0
    recommendations: int = 0
    answers: AnswerFigures = field(default_factory=AnswerFigures)
    follow_up_done: int = 0


def draft_narrative(board_name: str, p: Period, f: BoardFigures) -> str:
    """A first draft of the report's text from the figures; the officer edits it freely."""
    a = f.answers
    rate = format_rate(a.on_time_rate)
    late_line = (
        [
            f"Có {f.notice_late} cuộc gửi kế hoạch chậm so với quy định (ít nhất 05 ngày làm việc "
            "trước khi tiến hành)."
        ]
        if f.notice_late
        else []
    )
    return "\n".join(
        [
            "I. TÌNH HÌNH TỔ CHỨC",
            f"{board_name} hiện có {f.members} thành viên. Ban hoạt động dưới sự chỉ đạo trực tiếp của "
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
            "",
            "II. KẾT QUẢ HOẠT ĐỘNG",
            f"Trong {p.label[0].lower()}{p.label[1:]}, Ban đã xây dựng {f.plans} kế hoạch; tiến hành "
            f"{f.activities} cuộc giám sát, kiểm tra, xác minh ({f.supervisions} cuộc giám sát, "
            f"{f.inspections} cuộc kiểm tra, {f.verifications} vụ việc xác minh), trong đó "
            f"{f.minutes_confirmed} "
            f"biên bản đã được Ủy ban MTTQ xã xác nhận; xác minh {f.petitions_verified} đơn thư "
            "của công dân.",
            f"Ban đã gửi {f.recommendations} kiến nghị đến Ủy ban nhân dân xã; đã được trả lời "
            f"{a.answered} kiến "
            f"nghị ({a.on_time} đúng hạn, {a.late} chậm); còn {a.overdue} kiến nghị quá hạn chưa "
            "được trả lời. "
            f"Tỷ lệ kiến nghị được trả lời đúng hạn 15 ngày: {rate}. {f.follow_up_done} kiến nghị "
            "đã được thực hiện.",
            *late_line,
            "",
            "III. ĐÁNH GIÁ CHUNG",
            "1. Ưu điểm: ",
            "2. Hạn chế, nguyên nhân: ",
            "",
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
            "",
            "V. ĐỀ XUẤT, KIẾN NGHỊ",
            "",
        ]
    )
