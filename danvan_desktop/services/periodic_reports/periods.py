"""Report periods (DOMAIN §7): month, quarter, 6 and 9 months, year, review (sơ kết / tổng kết)
and ad hoc, with their Vietnamese labels, the period before, and the due date upward.

Due dates are data (resources/rules/report_due.json: a day of a month after the period ends,
per kind); an ad-hoc report's due date is set by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.paths import resources_dir
from danvan_desktop.services.report_parts import PeriodKind, ReportPeriod

KINDS: dict[str, str] = {
    "month": "Báo cáo tháng",
    "quarter": "Báo cáo quý",
    "half": "Báo cáo 6 tháng",
    "nine_months": "Báo cáo 9 tháng",
    "year": "Báo cáo năm",
    "review": "Báo cáo sơ kết, tổng kết",
    "adhoc": "Báo cáo đột xuất",
}
ROMAN = ("I", "II", "III", "IV")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def make_period(
    kind: str,
    year: int,
    number: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ReportPeriod:
    """The period of `kind` in `year`: `number` is the month (1–12) or the quarter (1–4);
    a review or an ad-hoc report takes any `start`–`end` (a review defaults to the year)."""
    if kind not in KINDS:
        raise RuleViolation(f"Loại báo cáo không hợp lệ: {kind!r}.")
    k: PeriodKind = kind  # type: ignore[assignment]
    if kind == "month":
        if number is None or not 1 <= number <= 12:
            raise RuleViolation("Báo cáo tháng cần tháng từ 1 đến 12.")
        return ReportPeriod(
            k, dt.date(year, number, 1), _month_end(year, number), f"tháng {number} năm {year}"
        )
    if kind == "quarter":
        if number is None or not 1 <= number <= 4:
            raise RuleViolation("Báo cáo quý cần quý từ 1 đến 4.")
        first = 3 * (number - 1) + 1
        return ReportPeriod(
            k,
            dt.date(year, first, 1),
            _month_end(year, first + 2),
            f"quý {ROMAN[number - 1]} năm {year}",
        )
    if kind == "half":
        return ReportPeriod(k, dt.date(year, 1, 1), dt.date(year, 6, 30), f"6 tháng đầu năm {year}")
    if kind == "nine_months":
        return ReportPeriod(k, dt.date(year, 1, 1), dt.date(year, 9, 30), f"9 tháng năm {year}")
    if kind == "year" or (kind == "review" and start is None):
        return ReportPeriod(k, dt.date(year, 1, 1), dt.date(year, 12, 31), f"năm {year}")
    if start is None or end is None:
        raise RuleViolation("Báo cáo đột xuất cần ngày bắt đầu và ngày kết thúc kỳ.")
    if end < start:
        raise RuleViolation("Ngày kết thúc kỳ báo cáo không thể trước ngày bắt đầu.")
    return ReportPeriod(k, start, end, f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}")


def parse_period(kind: str, text: str, today: dt.date) -> ReportPeriod:
    """ "9/2026" (a month or quarter with its year), "2026" (a year), or
    "01/01/2026-30/09/2026" (a review or ad-hoc span). Bad text: a clear Vietnamese message."""
    text = text.strip()
    span = re.fullmatch(r"(\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(\d{1,2}/\d{1,2}/\d{4})", text)
    try:
        if span:
            a, b = (dt.datetime.strptime(x, "%d/%m/%Y").date() for x in span.groups())
            return make_period(kind, a.year, start=a, end=b)
        m = re.fullmatch(r"(\d{1,2})/(\d{4})", text)
        if m:
            return make_period(kind, int(m.group(2)), int(m.group(1)))
        if re.fullmatch(r"\d{4}", text or str(today.year)):
            return make_period(kind, int(text or today.year))
    except RuleViolation:
        raise
    except ValueError:  # a date that does not exist (31/02/2026)
        pass
    raise RuleViolation(
        f"Kỳ báo cáo “{text}” không hợp lệ: ghi tháng hoặc quý kèm năm (9/2026), năm (2026) "
        "hoặc khoảng ngày (01/01/2026-30/09/2026)."
    )


def previous(period: ReportPeriod) -> ReportPeriod | None:
    """The period before, of the same kind (None for an ad-hoc report)."""
    p = period
    if p.kind == "month":
        prev = p.start - dt.timedelta(days=1)
        return make_period("month", prev.year, prev.month)
    if p.kind == "quarter":
        q = (p.start.month - 1) // 3 + 1
        return make_period("quarter", p.start.year - (q == 1), 4 if q == 1 else q - 1)
    if p.kind in ("half", "nine_months", "year", "review"):
        return make_period(p.kind, p.start.year - 1)
    return None


@functools.cache
def due_rules() -> dict[str, dict[str, int]]:
    path = resources_dir() / "rules" / "report_due.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))["rules"])


def due_date(period: ReportPeriod) -> dt.date | None:
    """When the report on `period` is owed upward (None: no rule, set by hand)."""
    rule = due_rules().get(period.kind)
    if rule is None:
        return None
    months = period.end.year * 12 + period.end.month - 1 + int(rule["months_after_end"])
    year, month = divmod(months, 12)
    month += 1
    return dt.date(year, month, min(int(rule["day"]), calendar.monthrange(year, month)[1]))


def periods_in(kind: str, start: dt.date, end: dt.date) -> list[ReportPeriod]:
    """Every period of `kind` whose due date falls inside [start, end] (what was owed then)."""
    out = []
    for year in range(start.year - 1, end.year + 1):
        numbers: list[int | None]
        numbers = (
            list(range(1, 13))
            if kind == "month"
            else list(range(1, 5))
            if kind == "quarter"
            else [None]
        )
        for n in numbers:
            p = make_period(kind, year, n)
            due = due_date(p)
            if due is not None and start <= due <= end:
                out.append(p)
    return out
