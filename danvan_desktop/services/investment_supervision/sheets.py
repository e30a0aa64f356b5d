"""Community investment supervision's sheet of the consolidated workbook: the projects with the
screen's columns (ui/inspection/investment), counted as the screen counts them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.investment_supervision.projects import project_counts
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.inspection import InvestmentProject

HEADERS = (
    "Công trình, dự án",
    "Giá trị (đ)",
    "Tình trạng Ban",
    "Thành viên",
    "Cuộc giám sát",
    "Vi phạm",
    "Kiến nghị",
    "Đã trả lời",
    "Thu hồi (đ)",
    "Giảm trừ (đ)",
)
WIDTHS = (44, 16, 22, 10, 10, 9, 9, 10, 16, 16)


def _status(p: InvestmentProject) -> str:
    # the words of ProjectRow.status_label
    if p.dissolved_on:
        return f"Đã giải thể ({fmt_date(p.dissolved_on)})"
    return "Đang giám sát" if p.board_established_on else "Chưa thành lập Ban"


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    projects = list(
        session.execute(
            select(InvestmentProject)
            .where(
                InvestmentProject.deleted.is_(False),
                InvestmentProject.unit_code.in_(list(unit_codes)),
            )
            .order_by(InvestmentProject.unit_code, InvestmentProject.sort_name)
        ).scalars()
    )
    counts = project_counts(session, [p.id for p in projects])
    rows = []
    for p in projects:
        c = counts.get(p.id, {})
        rows.append(
            units.row(
                p.unit_code,
                [
                    p.name,
                    int(p.value_vnd or 0),
                    _status(p),
                    c.get("members", 0),
                    c.get("supervisions", 0),
                    c.get("violations", 0),
                    c.get("recommendations", 0),
                    c.get("answered", 0),
                    c.get("recovered_vnd", 0),
                    c.get("reduced_vnd", 0),
                ],
            )
        )
    return [Sheet("Giám sát đầu tư cộng đồng", units.headers(HEADERS), rows, units.widths(WIDTHS))]
