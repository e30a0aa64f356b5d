"""Which communes an upper unit oversees, and the periods and deadlines of their submissions."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, nfc, sort_key
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.units import Unit
from danvan_desktop.store.upper_level import (
    SubmissionDeadline,
)

UPPER_LEVELS = ("province", "cluster")

#: Without a deadline set for a period, bundles are due this many days after the period ends.
#: A working assumption, not a rule found in the seeds: the province sets real dates with
#: `set_deadline`, and those travel down to the communes.
DEFAULT_GRACE_DAYS = 10
_PERIOD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,31}")

LEVEL_LABELS = {"province": "cấp tỉnh", "cluster": "cấp cụm", "commune": "cấp xã"}


# ---- units in scope -----------------------------------------------------------------------


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str  # full name: "Xã Cẩm Xuyên"


def is_upper_level(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return get_setting(s, "unit_level", "commune") in UPPER_LEVELS


def require_upper(ctx: AppContext) -> None:
    if not is_upper_level(ctx):
        raise RuleViolation(
            "Chức năng này chỉ dành cho cơ sở dữ liệu của cấp tỉnh hoặc cấp trung gian."
        )


def member_communes(session: Session, upper_code: str) -> list[CommuneInfo]:
    """Communes anywhere below `upper_code` (no fixed depth: a cluster level may sit between)."""
    rows = session.execute(
        select(Unit.code, Unit.name, Unit.kind_label, Unit.level, Unit.parent_code).where(
            Unit.deleted.is_(False), Unit.parent_code.is_not(None)
        )
    ).all()
    kids: dict[str, list] = defaultdict(list)
    for row in rows:
        kids[row.parent_code].append(row)
    out: list[CommuneInfo] = []
    todo, seen = [upper_code], {upper_code}
    while todo:
        for row in kids.get(todo.pop(), ()):
            if row.code in seen:
                continue
            seen.add(row.code)
            if row.level == "commune":
                label = row.kind_label
                name = (
                    row.name
                    if not label or row.name.lower().startswith(label.lower())
                    else f"{label} {row.name}"
                )
                out.append(CommuneInfo(row.code, name))
            elif row.level in UPPER_LEVELS:
                todo.append(row.code)
    return sorted(out, key=lambda c: sort_key(c.name))


def communes(ctx: AppContext) -> list[CommuneInfo]:
    with ctx.read() as s:
        return member_communes(s, ctx.unit_code)


def _names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    codes = list(set(codes))
    out: dict[str, str] = {}
    for i in range(0, len(codes), 500):
        for u in session.execute(select(Unit).where(Unit.code.in_(codes[i : i + 500]))).scalars():
            out[u.code] = u.full_name
    return out


# ---- periods and deadlines ----------------------------------------------------------------


def check_period(period: str) -> str:
    period = clean(period)
    if not _PERIOD_RE.fullmatch(period):
        raise RuleViolation(
            f'Kỳ báo cáo "{period}" không hợp lệ: dùng dạng 2026, 2026-11, 2026-Q4 hoặc 2026-H2.',
            "period",
        )
    return period


def period_end(period: str) -> dt.date | None:
    """Last day of a period written 2026, 2026-11, 2026-Q4 or 2026-H2; None for other labels."""
    m = re.fullmatch(r"(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12])))?", period)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
    elif m.group(3):
        month = int(m.group(3)) * 3
    elif m.group(4):
        month = int(m.group(4)) * 6
    else:
        month = 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_span(period: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a period written 2026, 2026-11, 2026-Q4 or 2026-H2; None otherwise."""
    end = period_end(period)
    if end is None:
        return None
    m = re.fullmatch(r"\d{4}(?:-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12])))?", period)
    assert m is not None  # period_end parsed it
    if m.group(1):
        first = int(m.group(1))
    elif m.group(2):
        first = int(m.group(2)) * 3 - 2
    elif m.group(3):
        first = int(m.group(3)) * 6 - 5
    else:
        first = 1
    return dt.date(end.year, first, 1), end


def period_year(period: str) -> int | None:
    m = re.match(r"(\d{4})", period)
    return int(m.group(1)) if m else None


def due_date(session: Session, upper_code: str, period: str) -> dt.date | None:
    row = session.execute(
        select(SubmissionDeadline.due_on).where(
            SubmissionDeadline.unit_code == upper_code,
            SubmissionDeadline.period == period,
            SubmissionDeadline.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if row is not None:
        return row
    end = period_end(period)
    return end + dt.timedelta(days=DEFAULT_GRACE_DAYS) if end else None


def set_deadline(ctx: AppContext, period: str, due_on: dt.date, note: str = "") -> str:
    """Set (or move) the date by which communes send their bundle for `period`."""
    ctx.require(Permission.EDIT)
    require_upper(ctx)
    period = check_period(period)
    with ctx.session() as s:
        row = s.execute(
            select(SubmissionDeadline).where(
                SubmissionDeadline.unit_code == ctx.unit_code, SubmissionDeadline.period == period
            )
        ).scalar_one_or_none()
        if row is None:
            row = SubmissionDeadline(period=period, unit_code=ctx.unit_code)
            s.add(row)
        row.due_on, row.note, row.deleted = due_on, nfc(note).strip(), False
        s.flush()
        return row.id


def deadlines(ctx: AppContext) -> list[tuple[str, dt.date, str, str]]:
    """(period, due date, note, owner) of every deadline known here (set here or received)."""
    with ctx.read() as s:
        rows = s.execute(
            select(SubmissionDeadline)
            .where(SubmissionDeadline.deleted.is_(False))
            .order_by(SubmissionDeadline.due_on.desc())
        ).scalars()
        return [(r.period, r.due_on, r.note, r.unit_code) for r in rows]
