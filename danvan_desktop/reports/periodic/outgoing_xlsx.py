"""The outgoing-documents register (sổ văn bản đi) as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from danvan_desktop.reports.common import unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services import outgoing
from danvan_desktop.services.context import AppContext

COLUMNS = [
    Column("Số, ký hiệu", 16),
    Column("Ngày", 12, "date"),
    Column("Loại văn bản", 12),
    Column("Trích yếu", 60, wrap=True),
    Column("Người ký", 22),
    Column("Nơi nhận", 40, wrap=True),
    Column("Số thứ tự", 9, "int"),
]


def export_outgoing_xlsx(ctx: AppContext, out: Path, year: int | None = None) -> Path:
    rows = outgoing.list_outgoing(ctx, year)
    h = unit_header(ctx)
    title = "SỔ VĂN BẢN ĐI" + (f" NĂM {year}" if year else "")
    return write_table_workbook(
        Path(out),
        [
            SheetSpec(
                "Sổ văn bản đi",
                COLUMNS,
                [
                    (
                        r.number_label,
                        r.day,
                        r.type_label,
                        r.summary,
                        r.signer,
                        "; ".join(r.recipients),
                        r.number,
                    )
                    for r in sorted(rows, key=lambda r: (r.day, r.body, r.number))
                ],
                heading=f"{h.unit_name}\n{title}",
            )
        ],
    )
