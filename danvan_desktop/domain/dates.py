"""Dates as Vietnamese users write them (dd/mm/yyyy) and checks on impossible dates."""

from __future__ import annotations

import datetime as dt

from danvan_desktop.domain.errors import RuleViolation


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def fmt_datetime(t: dt.datetime | None) -> str:
    return t.strftime("%d/%m/%Y %H:%M") if t else ""


def parse_date(text: str, field: str = "Ngày") -> dt.date:
    """Parse dd/mm/yyyy (also d/m/yyyy and yyyy-mm-dd); refuse impossible dates in Vietnamese."""
    raw = (text or "").strip()
    if not raw:
        raise RuleViolation(f"{field}: chưa nhập ngày.", field)
    try:
        if "-" in raw and len(raw.split("-")[0]) == 4:
            return dt.date.fromisoformat(raw)
        day, month, year = (int(p) for p in raw.replace(".", "/").split("/"))
        return dt.date(year, month, day)
    except ValueError:
        raise RuleViolation(
            f'{field}: "{raw}" không phải là ngày hợp lệ (nhập theo dạng ngày/tháng/năm, ví dụ 05/02/2026).',
            field,
        ) from None


def not_in_future(d: dt.date | None, field: str, today: dt.date | None = None) -> None:
    if d and d > (today or dt.date.today()):
        raise RuleViolation(f"{field} không thể là ngày trong tương lai ({fmt_date(d)}).", field)


def not_before(
    later: dt.date | None, earlier: dt.date | None, later_name: str, earlier_name: str
) -> None:
    if later and earlier and later < earlier:
        raise RuleViolation(
            f"{later_name} ({fmt_date(later)}) không thể trước {earlier_name.lower()} ({fmt_date(earlier)}).",
            later_name,
        )


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (what the database stores; shown in local time by the UI)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
