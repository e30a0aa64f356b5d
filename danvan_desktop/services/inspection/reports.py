"""The board's reports: figures drawn from the records and a narrative the officer edits."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection import (
    BoardFigures,
    Period,
    PeriodKind,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.services import records, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.board import TermInfo, current_term, list_terms
from danvan_desktop.services.inspection.figures import board_figures
from danvan_desktop.store.inspection import (
    BoardReport,
    BoardTerm,
)
from danvan_desktop.store.queries import date_span


def board_name(ctx: AppContext) -> str:
    unit = units.get(ctx, ctx.unit_code)
    where = unit.full_name if unit else ctx.unit_code
    return f"Ban Thanh tra nhân dân {where[:1].lower()}{where[1:]}"


@dataclass
class ReportInput:
    period_kind: str
    year: int | None = None
    period_no: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    report_date: dt.date | None = None
    doc_no: str = ""
    title: str = ""


@dataclass
class ReportInfo:
    id: str
    term_id: str | None
    period: Period
    title: str
    doc_no: str
    report_date: dt.date
    narrative: str
    figures: dict
    sent_on: dt.date | None
    revision: int
    unit_code: str

    @property
    def period_kind(self) -> str:
        return self.period.kind.value


def report_period(data: ReportInput, term: TermInfo | None = None) -> Period:
    kind = PeriodKind(data.period_kind)
    if kind == PeriodKind.TERM:
        if term is None:
            raise RuleViolation("Chưa có nhiệm kỳ để lập báo cáo nhiệm kỳ.", "period_kind")
        return rules.period(kind, start=term.starts_on, end=term.ends_on, label=term.name)
    return rules.period(kind, data.year, data.period_no, start=data.start, end=data.end)


def figures_dict(f: BoardFigures) -> dict:
    d = asdict(f)
    d["answers"]["on_time_rate"] = f.answers.on_time_rate
    return d


def figures_from_dict(d: dict) -> BoardFigures:
    d = dict(d)
    answers = {k: v for k, v in (d.pop("answers", {}) or {}).items() if k != "on_time_rate"}
    known = {f.name for f in fields(BoardFigures)}
    return BoardFigures(
        **{k: v for k, v in d.items() if k in known}, answers=rules.AnswerFigures(**answers)
    )


def create_report(ctx: AppContext, data: ReportInput, today: dt.date | None = None) -> str:
    """A report for the period: figures counted now, and a draft narrative to edit."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    term = current_term(ctx, today)
    p = report_period(data, term)
    if p.start > today:
        raise RuleViolation(f"{p.label} chưa bắt đầu: chưa thể lập báo cáo.", "year")
    figures = board_figures(ctx, p, today)
    term_id = next(
        (t.id for t in list_terms(ctx, today) if t.starts_on <= p.end and t.ends_on >= p.start),
        None,
    )
    title = (
        clean(data.title)
        or f"Kết quả hoạt động của Ban Thanh tra nhân dân {p.label[:1].lower()}{p.label[1:]}"
    )
    if p.kind == PeriodKind.ADHOC and not clean(data.title):
        title = f"Báo cáo đột xuất của Ban Thanh tra nhân dân ({p.label[:1].lower()}{p.label[1:]})"
    with ctx.session() as s:
        r = records.add(
            s,
            BoardReport,
            unit_code=ctx.unit_code,
            term_id=term_id,
            period_kind=p.kind.value,
            year=p.year,
            period_no=p.number,
            period_start=p.start,
            period_end=p.end,
            title=title,
            doc_no=data.doc_no,
            report_date=data.report_date or today,
            narrative=rules.draft_narrative(board_name(ctx), p, figures),
            figures_json=json.dumps(figures_dict(figures), ensure_ascii=False),
        )
        s.flush()
        return r.id


def update_report(
    ctx: AppContext,
    report_id: str,
    *,
    narrative: str,
    title: str,
    doc_no: str = "",
    report_date: dt.date | None = None,
    expected_revision: int | None = None,
) -> int:
    ctx.require(Permission.EDIT)
    if not clean(title):
        raise RuleViolation("Tiêu đề báo cáo không được để trống.", "title")
    with ctx.session() as s:
        r = records.get_owned(ctx, s, BoardReport, report_id, "báo cáo", expected_revision)
        edits: dict[str, Any] = {"narrative": narrative, "title": title, "doc_no": doc_no}
        if report_date:
            edits["report_date"] = report_date
        return records.save(s, BoardReport, edits, row=r).revision


def refresh_report_figures(
    ctx: AppContext, report_id: str, today: dt.date | None = None
) -> BoardFigures:
    """Count the figures again (records added since); the narrative is left as the officer wrote it."""
    ctx.require(Permission.EDIT)
    info = get_report(ctx, report_id)
    figures = board_figures(ctx, info.period, today)
    with ctx.session() as s:
        r = records.get_owned(ctx, s, BoardReport, report_id, "báo cáo")
        r.figures_json = json.dumps(figures_dict(figures), ensure_ascii=False)
    return figures


def mark_report_sent(
    ctx: AppContext, report_id: str, on: dt.date, today: dt.date | None = None
) -> None:
    ctx.require(Permission.EDIT)
    not_in_future(on, "Ngày gửi báo cáo", today)
    with ctx.session() as s:
        records.get_owned(ctx, s, BoardReport, report_id, "báo cáo").sent_on = on


def delete_report(ctx: AppContext, report_id: str) -> None:
    records.tombstone(ctx, BoardReport, report_id, "báo cáo")


def _report_info(r: BoardReport) -> ReportInfo:
    kind = PeriodKind(r.period_kind)
    if kind in (PeriodKind.TERM, PeriodKind.ADHOC):
        p = rules.period(kind, start=r.period_start, end=r.period_end)
    else:
        p = rules.period(kind, r.year, r.period_no)
    return ReportInfo(
        r.id,
        r.term_id,
        p,
        r.title,
        r.doc_no,
        r.report_date,
        r.narrative,
        json.loads(r.figures_json or "{}"),
        r.sent_on,
        r.revision,
        r.unit_code,
    )


def get_report(ctx: AppContext, report_id: str) -> ReportInfo:
    with ctx.read() as s:
        return _report_info(records.get(s, BoardReport, report_id, "báo cáo"))


def list_reports(ctx: AppContext, year: int | None = None) -> list[ReportInfo]:
    with ctx.read() as s:
        q = select(BoardReport).where(BoardReport.deleted.is_(False))
        if ctx.unit_code:
            q = q.where(BoardReport.unit_code == ctx.unit_code)
        if year:
            q = q.where(
                BoardReport.period_end >= dt.date(year, 1, 1),
                BoardReport.period_start <= dt.date(year, 12, 31),
            )
        return [
            _report_info(r)
            for r in s.execute(
                q.order_by(BoardReport.report_date.desc(), BoardReport.created_at.desc())
            ).scalars()
        ]


def activity_years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        first, latest = date_span(s, BoardTerm.starts_on, BoardTerm.ends_on)
    # ends_on is NOT NULL: a live term gives both dates, none gives neither
    if first is None or latest is None:
        return [dt.date.today().year]
    last = min(latest.year, dt.date.today().year + 1)
    return list(range(last, first.year - 1, -1))
