"""What the plans area's services share: the statuses of an item and their labels, how money is
shown, the settings, and the documents from above (both kinds) as one view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.store.plans import PlanDirective, ReceivedDirective
from danvan_desktop.store.settings import get_setting

NOT_STARTED, IN_PROGRESS, DONE, OVERDUE = "not_started", "in_progress", "done", "overdue"
ITEM_STATUS_LABELS = {
    NOT_STARTED: "Chưa bắt đầu",
    IN_PROGRESS: "Đang thực hiện",
    DONE: "Hoàn thành",
    OVERDUE: "Quá hạn",
}
#: how many days ahead an item's deadline starts to show in the early warning (setting)
WARN_DAYS_SETTING = "plan_warn_days"
DEFAULT_WARN_DAYS = 7

ROLE_LABELS = {
    "head": "Trưởng ban",
    "deputy": "Phó Trưởng ban",
    "standing": "Thường trực",
    "member": "Thành viên",
}
ROLE_ORDER = {"head": 0, "deputy": 1, "standing": 2, "member": 3}
PURPOSE_LABELS = {"movement": "Phong trào", "model": "Mô hình"}
ISSUERS = ("UBND xã", "Đảng ủy xã", "Ban Chỉ đạo phong trào xã", "Ủy ban MTTQ Việt Nam xã")

SOURCE_UPPER, SOURCE_COMMUNE = "upper", "commune"
SOURCE_LABELS = {SOURCE_UPPER: "Cấp trên gửi", SOURCE_COMMUNE: "Văn bản giấy"}
#: the two tables of documents from above and the source each stands for
_KINDS: tuple[tuple[Any, str], ...] = (
    (PlanDirective, SOURCE_UPPER),
    (ReceivedDirective, SOURCE_COMMUNE),
)


def item_status(
    due_on: dt.date | None, started_on: dt.date | None, done_on: dt.date | None, today: dt.date
) -> str:
    """An item's status is computed, never stored: done once it has a completion date; overdue
    when its deadline has passed without one; in progress once work was recorded."""
    if done_on is not None:
        return DONE
    if due_on is not None and due_on < today:
        return OVERDUE
    return IN_PROGRESS if started_on is not None else NOT_STARTED


def money(amount: int | None) -> str:
    """Whole đồng as officers write them: 15.000.000 đ."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".") + " đ"


def percent(num: int, den: int) -> float | None:
    return round(100.0 * num / den, 1) if den else None


def fmt_percent(value: float | None) -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}".replace(".", ",")
    return (text[:-2] if text.endswith(",0") else text) + " %"


def warn_days(s: Session) -> int:
    try:
        return max(0, int(get_setting(s, WARN_DAYS_SETTING, str(DEFAULT_WARN_DAYS))))
    except ValueError:
        return DEFAULT_WARN_DAYS


# ---- documents from above, both kinds --------------------------------------------------------


@dataclass(frozen=True)
class Directive:
    """A document from above, whichever way it reached the commune."""

    id: str
    source: str  # SOURCE_UPPER, SOURCE_COMMUNE
    unit_code: str  # who recorded it (the upper level, or the commune itself)
    number: str
    issued_on: dt.date
    issuer: str
    title: str
    plan_due_on: dt.date
    report_due_on: dt.date | None
    note: str
    revision: int
    received_on: dt.date | None = None  # a paper document: the day it reached the commune

    @property
    def label(self) -> str:
        return f"{self.number} ngày {self.issued_on:%d/%m/%Y} – {self.title}"

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]


def _view(row: PlanDirective | ReceivedDirective, source: str) -> Directive:
    return Directive(
        row.id,
        source,
        row.unit_code,
        row.number,
        row.issued_on,
        row.issuer,
        row.title,
        row.plan_due_on,
        row.report_due_on,
        row.note,
        row.revision,
        getattr(row, "received_on", None),
    )


def directives_for(
    s: Session,
    unit_codes: Sequence[str] | None,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
) -> list[Directive]:
    """The documents from above the units of `unit_codes` must answer (None: every unit's): the
    upper level's (they apply to every unit below it) and the units' own paper notes; with
    `due_from`/`due_to`, only those whose plan deadline falls between them."""
    out: list[Directive] = []
    for cls, source in _KINDS:
        q = select(cls).where(cls.deleted.is_(False))
        if cls is ReceivedDirective and unit_codes is not None:
            q = q.where(cls.unit_code.in_(list(unit_codes)))
        if due_from is not None:
            q = q.where(cls.plan_due_on >= due_from)
        if due_to is not None:
            q = q.where(cls.plan_due_on <= due_to)
        out += [_view(r, source) for r in s.scalars(q)]
    return sorted(out, key=lambda d: (d.plan_due_on, d.issued_on, d.number))


def applies_to(d: Directive, unit_code: str) -> bool:
    """An upper-level document applies to every unit below; a paper note to its commune only."""
    return d.source == SOURCE_UPPER or d.unit_code == unit_code


def directive_by_id(s: Session, directive_id: str | None) -> Directive | None:
    if not directive_id:
        return None
    for cls, source in _KINDS:
        row = s.get(cls, directive_id)
        if row is not None and not row.deleted:
            return _view(row, source)
    return None


def directives_by_ids(s: Session, ids: Iterable[str | None]) -> dict[str, Directive]:
    wanted = [i for i in set(ids) if i]
    out: dict[str, Directive] = {}
    if not wanted:
        return out
    for cls, source in _KINDS:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            q = select(cls).where(cls.id.in_(chunk), cls.deleted.is_(False))
            out.update({r.id: _view(r, source) for r in s.scalars(q)})
    return out
