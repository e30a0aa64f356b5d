"""The upper level's consolidated report: the same report sections as a commune's, over every
commune below (SectionQuery.unit_codes), opened by who reported on time, late or not at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports import upper
from danvan_desktop.services.periodic_reports.reports import (
    ReportView,
    compute_sections,
    default_header,
    default_title,
)
from danvan_desktop.services.report_parts import ReportPeriod
from danvan_desktop.services.scoring.appraisals import communes_below


@dataclass(frozen=True)
class CommuneStanding:
    code: str
    name: str
    standing: upper.Standing


def standing_below(ctx: AppContext, period: ReportPeriod, today: dt.date) -> list[CommuneStanding]:
    """Every commune below this unit and its report on `period`."""
    with ctx.read() as s:
        below = communes_below(s, ctx.unit_code)
        rows = upper.standing(s, [c for c, _ in below], period, today)
    names = dict(below)
    return [CommuneStanding(r.unit_code, names.get(r.unit_code, r.unit_code), r) for r in rows]


def consolidated(
    ctx: AppContext, period: ReportPeriod, layout: str = "state", today: dt.date | None = None
) -> ReportView:
    """A report of this unit on `period` built from its communes' figures (not stored)."""
    today = today or dt.date.today()
    unit = units.get(ctx, ctx.unit_code)
    name = unit.full_name if unit else ctx.unit_code
    with ctx.read() as s:
        below = communes_below(s, ctx.unit_code)
        codes = [c for c, _ in below]
        sections = compute_sections(s, codes, period, today, name)
        header = default_header(ctx, s, layout)
        standing = upper.standing(s, codes, period, today)
    sent = [x for x in standing if x.status != "missing"]
    on_time = [x for x in sent if x.status == "on_time"]
    intro = (
        f"Có {len(sent)}/{len(codes)} xã, phường gửi báo cáo {period.label} "
        f"({len(on_time)} đúng hạn, {len(sent) - len(on_time)} chậm); "
        f"{len(codes) - len(sent)} đơn vị chưa gửi báo cáo. Số liệu dưới đây tổng hợp từ dữ "
        "liệu các xã, phường đã gửi lên."
    )
    recipients = header.pop("recipients")
    return ReportView(
        id="",
        revision=0,
        unit_code=ctx.unit_code,
        kind=period.kind,
        period=period,
        title=default_title(period.kind, period).replace("Kết quả thực hiện", "Tổng hợp kết quả"),
        layout=layout,
        recipients=list(recipients),  # type: ignore[call-overload]
        due_on=None,
        status="draft",
        issued_on=None,
        sent_on=None,
        number_label="",
        generated_on=today,
        sections=sections,
        narratives={"intro": intro},
        **header,  # type: ignore[arg-type]
    )
