"""What the democracy services share: the search filter over a folded column, the years in use,
checks on counts and dates, and the hamlet a record names (from the commune's unit list)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.text import fold
from danvan_desktop.store.queries import like_words, live_unit


def search_conds(col: Any, text: str | None) -> list[Any]:
    """Every word of `text` in the folded column: "hoi nghi" finds "Hội nghị"."""
    return like_words(col, text) if text and text.strip() else []


def folded(*parts: str | None) -> str:
    return fold(" ".join(p for p in parts if p))


def years_of(s: Session, col: Any, today: dt.date) -> list[int]:
    """Years that have records (newest first), always with this year."""
    cls = col.class_
    found = {d.year for (d,) in s.execute(select(col).where(cls.deleted.is_(False))) if d}
    found.add(today.year)
    return sorted(found, reverse=True)


def not_negative(data: Any, labels: dict[str, str]) -> None:
    for name, label in labels.items():
        value = getattr(data, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise RuleViolation(f"{label} phải là số nguyên.", name)
        if value < 0:
            raise RuleViolation(f"{label} không thể là số âm.", name)
        if value > 10_000_000:
            raise RuleViolation(f"{label} quá lớn ({value}).", name)


def real_date(value: Any, name: str, label: str, *, required: bool = True) -> None:
    if value is None:
        if required:
            raise RuleViolation(f"Chưa nhập {label.lower()}.", name)
        return
    if not isinstance(value, dt.date) or value.year < 1945:
        raise RuleViolation(f"{label} không hợp lệ.", name)


def not_after_today(value: dt.date | None, name: str, label: str, today: dt.date) -> None:
    if value is not None and value > today:
        raise RuleViolation(f"{label} không thể là ngày trong tương lai ({fmt_date(value)}).", name)


def ordered(
    later: dt.date | None, earlier: dt.date | None, name: str, later_label: str, earlier_label: str
) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise RuleViolation(
            f"{later_label} ({fmt_date(later)}) không thể trước {earlier_label} "
            f"({fmt_date(earlier)}).",
            name,
        )


def hamlet_name(s: Session, unit_code: str, code: str | None, typed: str) -> tuple[str | None, str]:
    """(hamlet code, its name): a hamlet chosen from the commune's list, else the typed name."""
    if code:
        u = live_unit(s, code)
        if u is None or u.parent_code != unit_code:
            raise RuleViolation("Thôn, tổ dân phố đã chọn không thuộc xã này.", "hamlet_code")
        return code, u.full_name
    if not typed.strip():
        raise RuleViolation("Chưa chọn hoặc nhập thôn, tổ dân phố.", "hamlet_code")
    return None, typed
