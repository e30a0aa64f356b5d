"""The periodic-reports area's registration (issue 11): per-commune figures at the upper level
(reports due, on time, late, missing), the indicators scoring counts (reports sent on time,
review reports issued) and the reports due upward on the commune's early warning."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import (
    FigureGroup,
    Figures,
    FigureSpan,
    Metric,
    ServiceArea,
    WarningLine,
)
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.indicator_kit import Indicator, bounds, count, rate
from danvan_desktop.services.periodic_reports import periods, upper
from danvan_desktop.services.periodic_reports.upper import Standing
from danvan_desktop.store.periodic_reports import PeriodicReport


def _span(span: FigureSpan) -> tuple[dt.date, dt.date]:
    year = span.year or span.today.year
    return span.start or dt.date(year, 1, 1), span.end or dt.date(year, 12, 31)


def _figures(s: Session, span: FigureSpan) -> dict[str, Figures]:
    start, end = _span(span)
    by_unit = upper.owed(s, span.unit_codes, start, end, span.today)
    keys = ("reports_due", "reports_on_time", "reports_late", "reports_missing")
    out: dict[str, Figures] = {k: {} for k in (*keys, "reports_on_time_rate")}
    for code in span.unit_codes:
        rows = by_unit.get(code, [])
        n = {k: sum(1 for r in rows if r.status == k) for k in ("on_time", "late", "missing")}
        out["reports_due"][code] = len(rows)
        out["reports_on_time"][code] = n["on_time"]
        out["reports_late"][code] = n["late"]
        out["reports_missing"][code] = n["missing"]
        out["reports_on_time_rate"][code] = (
            round(100 * n["on_time"] / len(rows), 1) if rows else None
        )
    return out


FIGURES = FigureGroup(
    key="reports",
    label="Báo cáo định kỳ",
    metrics=(
        Metric("reports_due", "Báo cáo phải gửi", ranked=False),
        Metric("reports_on_time", "Gửi đúng hạn", ranked=False),
        Metric("reports_late", "Gửi chậm", ranked=False, higher_is_better=False),
        Metric("reports_missing", "Chưa gửi", ranked=False, higher_is_better=False),
        Metric(
            "reports_on_time_rate",
            "Tỷ lệ báo cáo gửi đúng hạn (%)",
            kind="rate",
            short="Báo cáo đúng hạn",
            ratio=("reports_on_time", "reports_due"),
            hint="Báo cáo quý, 6 tháng, 9 tháng, năm đến hạn trong kỳ gửi đúng hạn / phải gửi",
            ranked=False,
            width=80,
        ),
    ),
    compute=_figures,
    no_figure="chưa có báo cáo nào đến hạn",
)


def _on_time_c(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = bounds(span)
    by_unit = upper.owed(s, span.unit_codes, start, end, span.today)
    return {
        u: rate(sum(1 for r in rows if r.status == "on_time"), len(rows))
        for u, rows in by_unit.items()
    }


def _on_time_r(s: Session, unit: str, span: FigureSpan) -> list[str]:
    start, end = bounds(span)
    rows = upper.owed(s, [unit], start, end, span.today)[unit]
    return [r.report_id for r in rows if r.report_id and r.status == "on_time"]


def _review_c(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = bounds(span)
    found = upper.review_reports(s, span.unit_codes, start, end)
    return {u: count(len(found.get(u, [])), "báo cáo") for u in span.unit_codes}


def _review_r(s: Session, unit: str, span: FigureSpan) -> list[str]:
    start, end = bounds(span)
    return upper.review_reports(s, [unit], start, end).get(unit, [])


INDICATORS = (
    Indicator(
        "reports_on_time_rate",
        "Tỷ lệ báo cáo định kỳ gửi đúng hạn",
        "Số báo cáo (quý, 6 tháng, 9 tháng, năm) đến hạn trong kỳ gửi cấp trên đúng hoặc trước "
        "hạn trên số báo cáo đến hạn trong kỳ",
        "%",
        "reports",
        _on_time_c,
        "periodic_reports",
        _on_time_r,
        zero_when_empty=False,
    ),
    Indicator(
        "review_reports_sent",
        "Báo cáo sơ kết, tổng kết đã ban hành",
        "Số báo cáo sơ kết, tổng kết phong trào ban hành trong kỳ",
        "báo cáo",
        "reports",
        _review_c,
        "periodic_reports",
        _review_r,
    ),
)


def _warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    """Reports due upward within 10 days or overdue and not yet issued."""
    with ctx.read() as s:
        owed = upper.owed(
            s,
            [ctx.unit_code],
            today - dt.timedelta(days=90),
            today + dt.timedelta(days=10),
            today + dt.timedelta(days=10),
        )[ctx.unit_code]
        drafts = list(
            s.execute(
                select(PeriodicReport.id, PeriodicReport.due_on).where(
                    PeriodicReport.deleted.is_(False),
                    PeriodicReport.unit_code == ctx.unit_code,
                    PeriodicReport.status == "draft",
                )
            )
        )
    missing = [r for r in owed if r.status == "missing"]
    late = [r for r in missing if r.due_on is not None and r.due_on < today]
    soon = [r for r in missing if r not in late]

    def started(owed_: list[Standing]) -> tuple[str, ...]:
        """The drafts already begun for these owed reports (matched by their due date): what
        a click opens; a report not begun has no record yet."""
        due = {r.due_on for r in owed_}
        return tuple(rid for rid, on in drafts if on in due)

    return [
        WarningLine(
            "reports_overdue",
            "Báo cáo định kỳ quá hạn chưa gửi",
            len(late),
            "danger",
            "periodic_reports",
            started(late),
        ),
        WarningLine(
            "reports_due_soon",
            "Báo cáo định kỳ sắp đến hạn",
            len(soon),
            "warn",
            "periodic_reports",
            started(soon),
        ),
    ]


AREA = ServiceArea(
    key="reports",
    label="Báo cáo định kỳ",
    order=77,
    figures=(FIGURES,),
    indicators=INDICATORS,
    warnings=_warnings,
)

__all__ = ["AREA", "FIGURES", "INDICATORS", "periods"]
