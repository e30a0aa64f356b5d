"""Report periods of the People's Inspection Board (quarter, half-year, year, term) and the first
draft of a period report's narrative from its figures (DOMAIN §5).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection_answers import AnswerFigures, format_rate
from danvan_desktop.domain.inspection_vocabulary import PeriodKind, add_months

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
