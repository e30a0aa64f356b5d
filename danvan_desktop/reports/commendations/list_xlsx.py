"""The commendation list (danh sách khen thưởng) as an Excel sheet: one row per proposal of the
chosen year, round or status, with its decision."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services.commendations.queries import ProposalRow
from danvan_desktop.services.context import AppContext

COLUMNS = [
    Column("STT", 6, "int"),
    Column("Họ tên / Tập thể", 30, wrap=True),
    Column("Chức vụ", 18, wrap=True),
    Column("Đơn vị", 24, wrap=True),
    Column("Hình thức", 13),
    Column("Cấp", 13),
    Column("Số QĐ", 15),
    Column("Ngày QĐ", 12, "date"),
    Column("Thành tích", 50, wrap=True),
    Column("Năm", 7, "int"),
    Column("Trạng thái", 15),
]


def write_list(
    ctx: AppContext,
    rows: Sequence[ProposalRow],
    out: Path,
    title: str = "DANH SÁCH KHEN THƯỞNG",
    progress: Progress | None = None,
) -> Path:
    h = unit_header(ctx)
    body = [
        (
            i,
            r.subject_name,
            r.position,
            r.subject_unit,
            r.form_label,
            r.level_label,
            r.decision_number,
            r.decision_date,
            r.achievements,
            r.year,
            r.status_label,
        )
        for i, r in enumerate(rows, 1)
    ]
    sheet = SheetSpec(
        "Khen thưởng",
        COLUMNS,
        body,
        heading=f"{h.unit_name.upper()}\n{title}",
        landscape=True,
    )
    return write_table_workbook(
        Path(out), [sheet], **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )
