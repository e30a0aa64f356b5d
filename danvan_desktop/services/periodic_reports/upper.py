"""The upper level's side of periodic reports: for a period, which communes below reported,
on time, late or not at all; each report as it came up (its narratives and frozen figures);
and the consolidated figures: the same report sections over every commune below.

"On time" compares the day a report was sent (or, if none recorded, issued) with its due date.
What was owed in a span: every expected kind (data: `EXPECTED`) whose due date falls in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.report_parts import ReportPeriod
from danvan_desktop.store.periodic_reports import PeriodicReport

#: the kinds a commune owes upward (the others are made for its own use or on demand)
EXPECTED = ("quarter", "half", "nine_months", "year")


@dataclass(frozen=True)
class Standing:
    unit_code: str
    report_id: str | None
    status: str  # on_time, late, missing
    due_on: dt.date | None
    sent_on: dt.date | None  # sent, else issued
    number_label: str = ""
    title: str = ""

    @property
    def label(self) -> str:
        return {"on_time": "Đúng hạn", "late": "Chậm", "missing": "Chưa báo cáo"}[self.status]


def _delivered(r: PeriodicReport) -> dt.date | None:
    return r.sent_on or r.issued_on


def standing(
    s: Session, unit_codes: Sequence[str], period: ReportPeriod, today: dt.date
) -> list[Standing]:
    """Per commune: its issued report on `period` (of the period's kind), on time or late;
    missing when none was issued (a draft does not count)."""
    due_default = periods.due_date(period)
    rows = s.scalars(
        select(PeriodicReport).where(
            PeriodicReport.deleted.is_(False),
            PeriodicReport.unit_code.in_(list(unit_codes)),
            PeriodicReport.kind == period.kind,
            PeriodicReport.period_start == period.start,
            PeriodicReport.period_end == period.end,
            PeriodicReport.status.in_(("issued", "sent")),
        )
    ).all()
    best: dict[str, PeriodicReport] = {}
    for r in rows:
        have = best.get(r.unit_code)
        if have is None or (_delivered(r) or today) < (_delivered(have) or today):
            best[r.unit_code] = r
    out = []
    for code in unit_codes:
        found = best.get(code)
        if found is None:
            out.append(Standing(code, None, "missing", due_default, None))
            continue
        r = found
        due = r.due_on or due_default
        sent = _delivered(r)
        ok = due is None or (sent is not None and sent <= due)
        out.append(
            Standing(code, r.id, "on_time" if ok else "late", due, sent, r.number_label, r.title)
        )
    return out


def owed(
    s: Session, unit_codes: Sequence[str], start: dt.date, end: dt.date, today: dt.date
) -> dict[str, list[Standing]]:
    """Every expected report due in [start, end], per commune (a period not yet due is not
    owed: `end` is capped at today)."""
    end = min(end, today)
    out: dict[str, list[Standing]] = {c: [] for c in unit_codes}
    for kind in EXPECTED:
        for p in periods.periods_in(kind, start, end):
            for st in standing(s, unit_codes, p, today):
                out[st.unit_code].append(st)
    return out


def review_reports(
    s: Session, unit_codes: Sequence[str], start: dt.date, end: dt.date
) -> dict[str, list[str]]:
    """Issued sơ kết / tổng kết reports per commune, issued in [start, end]: their ids."""
    out: dict[str, list[str]] = {}
    for code, rid in s.execute(
        select(PeriodicReport.unit_code, PeriodicReport.id)
        .where(
            PeriodicReport.deleted.is_(False),
            PeriodicReport.unit_code.in_(list(unit_codes)),
            PeriodicReport.kind == "review",
            PeriodicReport.status.in_(("issued", "sent")),
            PeriodicReport.issued_on >= start,
            PeriodicReport.issued_on <= end,
        )
        .order_by(PeriodicReport.issued_on)
    ):
        out.setdefault(code, []).append(rid)
    return out
