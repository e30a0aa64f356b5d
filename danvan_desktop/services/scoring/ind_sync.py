"""Indicator of reporting upward: data sent by the deadlines the upper level set."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import Indicator, rate, within
from danvan_desktop.store.sync_state import ExportLog, ImportLedger
from danvan_desktop.store.units import Unit
from danvan_desktop.store.upper_level import SubmissionDeadline


def _local_day(moment: dt.datetime) -> dt.date:
    # Stored times are UTC; a commune works on Vietnam's day (UTC+7), as completeness judges it.
    return (moment + dt.timedelta(hours=7)).date()


def _on_time(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    """Periods whose deadline fell in the span with a data bundle made by the deadline, over
    those periods: at the province from its import ledger, at a commune from its export log."""
    q = select(Unit.code, Unit.parent_code).where(Unit.code.in_(list(span.unit_codes)))
    parents = {code: parent for code, parent in s.execute(q)}
    deadlines: dict[str, dict[str, dt.date]] = defaultdict(dict)
    for owner, period, due in s.execute(
        select(
            SubmissionDeadline.unit_code, SubmissionDeadline.period, SubmissionDeadline.due_on
        ).where(SubmissionDeadline.deleted.is_(False), within(SubmissionDeadline.due_on, span))
    ):
        deadlines[owner][period] = due
    first: dict[tuple[str, str], dt.date] = {}
    for unit, period, created in s.execute(
        select(ImportLedger.sender_unit, ImportLedger.period, ImportLedger.created_at).where(
            ImportLedger.kind == "data", ImportLedger.sender_unit.in_(list(span.unit_codes))
        )
    ):
        day = _local_day(created)
        first[(unit, period)] = min(first.get((unit, period), day), day)
    mine = [u for u in span.unit_codes if not any(k[0] == u for k in first)]
    for period, created in s.execute(
        select(ExportLog.period, ExportLog.created_at).where(ExportLog.kind == "data")
    ):
        for unit in mine:
            day = _local_day(created)
            first[(unit, period)] = min(first.get((unit, period), day), day)
    out: dict[str, IndicatorValue] = {}
    for unit in span.unit_codes:
        due_by_period = deadlines.get(parents.get(unit) or "", {})
        ok = sum(
            1 for p, d in due_by_period.items() if (unit, p) in first and first[(unit, p)] <= d
        )
        out[unit] = rate(ok, len(due_by_period))
    return out


INDICATORS = (
    Indicator(
        "bundles_on_time_rate",
        "Gửi dữ liệu lên cấp trên đúng hạn",
        "Số kỳ có gói dữ liệu lập trước hạn gửi trên số kỳ có hạn gửi trong năm",
        "%",
        "sync",
        _on_time,
        zero_when_empty=False,
    ),
)
