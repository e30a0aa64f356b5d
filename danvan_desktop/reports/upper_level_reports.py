"""The upper level's tables in Excel: completeness of the communes' submissions for a period,
models by field and status per commune, and petitions and the People's Inspection Board per
commune (the same tables as the upper-level screen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext

COMPLETENESS_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 10),
    Column("Xã, phường, đặc khu", 30),
    Column("Tình trạng", 18),
    Column("Số gói đã nhận trong kỳ", 12, "int"),
    Column("Số thứ tự gói mới nhất", 12, "int"),
    Column("Ngày lập gói mới nhất", 16, "datetime"),
    Column("Ngày nhập vào", 16, "datetime"),
    Column("Hạn gửi", 12, "date"),
    Column("Số ngày muộn", 10, "int"),
    Column("Số gói bị thay thế", 11, "int"),
    Column("Gói còn thiếu (số thứ tự)", 22, wrap=True),
    Column("Số bản ghi trong kỳ", 12, "int"),
]


def completeness_rows(rows: list[ul.CompletenessRow]) -> list[list]:
    return [
        [
            i,
            r.code,
            r.name,
            r.status.label,
            r.received,
            r.last_seq,
            r.last_created,
            r.last_imported,
            r.due_on,
            r.days_late or None,
            r.superseded,
            ", ".join(str(n) for n in r.gaps),
            r.records,
        ]
        for i, r in enumerate(rows, start=1)
    ]


def aggregate_sheets(ctx: AppContext, year: int | None = None) -> list[SheetSpec]:
    """Models by status per commune, and by field per commune, with a total line each."""
    aggs = ul.model_aggregates(ctx, year)
    fields = ul.field_list(ctx)
    h = unit_header(ctx)
    when = f" năm {year}" if year else ""
    status_rows = [
        [
            i,
            a.code,
            a.name,
            *[a.by_status.get(s.value, 0) for s in ModelStatus],
            a.total,
            a.recognised,
        ]
        for i, a in enumerate(aggs, start=1)
    ]
    status_rows.append(
        [
            "",
            "",
            "Tổng cộng",
            *[sum(a.by_status.get(s.value, 0) for a in aggs) for s in ModelStatus],
            sum(a.total for a in aggs),
            sum(a.recognised for a in aggs),
        ]
    )
    field_rows = [
        [i, a.code, a.name, *[a.by_field.get(code, 0) for code, _ in fields], a.total]
        for i, a in enumerate(aggs, start=1)
    ]
    field_rows.append(
        [
            "",
            "",
            "Tổng cộng",
            *[sum(a.by_field.get(code, 0) for a in aggs) for code, _ in fields],
            sum(a.total for a in aggs),
        ]
    )
    head = [Column("STT", 6, "int"), Column("Mã đơn vị", 10), Column("Xã, phường, đặc khu", 30)]
    return [
        SheetSpec(
            "Mô hình theo trạng thái",
            head
            + [Column(s.label, 11, "int") for s in ModelStatus]
            + [Column("Tổng", 9, "int"), Column("Đã công nhận", 11, "int")],
            status_rows,
            heading=f'{h.unit_name.upper()}\nMÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" THEO TRẠNG THÁI{when.upper()}',
            landscape=True,
        ),
        SheetSpec(
            "Mô hình theo lĩnh vực",
            head + [Column(name, 16, "int") for _, name in fields] + [Column("Tổng", 9, "int")],
            field_rows,
            heading=f'{h.unit_name.upper()}\nMÔ HÌNH, ĐIỂN HÌNH "DÂN VẬN KHÉO" THEO LĨNH VỰC{when.upper()}',
            landscape=True,
        ),
    ]


ACTIVITY_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Mã đơn vị", 10),
    Column("Xã, phường, đặc khu", 30),
    Column("Đơn thư nhận trong kỳ", 11, "int"),
    Column("Đã giải quyết", 11, "int"),
    Column("Giải quyết đúng hạn", 11, "int"),
    Column("Tỷ lệ đúng hạn (%)", 11, "number", number_format="0.0"),
    Column("Đang quá hạn", 11, "int"),
    Column("Cuộc giám sát, kiểm tra của Ban TTND", 13, "int"),
    Column("Kiến nghị của Ban TTND", 11, "int"),
    Column("Trả lời đúng hạn", 11, "int"),
    Column("Trả lời muộn", 11, "int"),
    Column("Quá hạn chưa trả lời", 11, "int"),
    Column("Tỷ lệ trả lời đúng hạn (%)", 12, "number", number_format="0.0"),
]


def activity_rows(rows: list[ul.CommuneActivity]) -> list[list]:
    """One line per commune and a total line; a rate with nothing to judge it on stays empty
    (not 0), and so does the overdue count of a commune that sent no petition at all."""
    out: list[list] = [
        [
            i,
            a.code,
            a.name,
            a.petitions.received,
            a.petitions.resolved,
            a.petitions.on_time,
            a.petition_rate,
            a.petitions_overdue,
            a.board.activities,
            a.board.recommendations,
            a.board.answers.on_time,
            a.board.answers.late,
            a.board.answers.overdue,
            a.board_rate,
        ]
        for i, a in enumerate(rows, start=1)
    ]
    p = [a.petitions for a in rows]
    b = [a.board.answers for a in rows]
    resolved, on_time = sum(x.resolved for x in p), sum(x.on_time for x in p)
    judged, answered = sum(x.counted for x in b), sum(x.on_time for x in b)
    out.append(
        [
            "",
            "",
            "Tổng cộng",
            sum(x.received for x in p),
            resolved,
            on_time,
            round(100 * on_time / resolved, 1) if resolved else None,
            sum(x.overdue for x in p),
            sum(a.board.activities for a in rows),
            sum(x.total for x in b),
            answered,
            sum(x.late for x in b),
            sum(x.overdue for x in b),
            round(100 * answered / judged, 1) if judged else None,
        ]
    )
    return out


def activity_sheet(
    ctx: AppContext, period: str, today: dt.date, rows: list[ul.CommuneActivity] | None = None
) -> SheetSpec:
    """Petitions and the board's activity per commune for `period` (counted as the screen does)."""
    rows = rows if rows is not None else ul.activity_figures(ctx, period, today)
    span = ul.activity_span(period)
    days = f" ({span[0]:%d/%m/%Y} – {span[1]:%d/%m/%Y})" if span else ""
    h = unit_header(ctx)
    heading = (
        f"{h.unit_name.upper()}\nĐƠN THƯ VÀ HOẠT ĐỘNG CỦA BAN THANH TRA NHÂN DÂN CÁC XÃ, PHƯỜNG, ĐẶC KHU"
        f" — KỲ {period}{days}\nSố đơn đang quá hạn và kiến nghị quá hạn chưa trả lời tính đến ngày "
        f"{today:%d/%m/%Y}; ô tỷ lệ để trống: chưa có đơn, kiến nghị nào để tính"
    )
    return SheetSpec(
        "Đơn thư, Ban TTND", ACTIVITY_COLUMNS, activity_rows(rows), heading=heading, landscape=True
    )


def export_completeness_xlsx(
    ctx: AppContext,
    out: Path,
    period: str,
    *,
    year: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    rows: list[ul.CompletenessRow] | None = None,
    activities: list[ul.CommuneActivity] | None = None,
) -> Path:
    """Completeness for `period`, the aggregated model tables, and petitions and the board's
    activity per commune, in one workbook."""
    today = today or dt.date.today()
    rows = rows if rows is not None else ul.completeness(ctx, period, today)
    s = ul.summarise(rows)
    h = unit_header(ctx)
    due = f"hạn gửi {s.due_on:%d/%m/%Y}" if s.due_on else "chưa đặt hạn gửi"
    heading = (
        f"{h.unit_name.upper()}\nTÌNH HÌNH GỬI DỮ LIỆU CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU — KỲ {period} ({due})\n"
        f"Đến ngày {today:%d/%m/%Y}: {s.communes} đơn vị; đúng hạn {s.on_time}, muộn {s.late}, "
        f"quá hạn chưa gửi {s.missing}, chưa đến hạn {s.pending}; {s.with_gaps} đơn vị còn thiếu gói"
    )
    sheets = [
        SheetSpec(
            "Tình hình gửi dữ liệu",
            COMPLETENESS_COLUMNS,
            completeness_rows(rows),
            heading=heading,
            landscape=True,
        )
    ]
    sheets += aggregate_sheets(ctx, year if year is not None else ul.period_year(period))
    sheets.append(activity_sheet(ctx, period, today, activities))
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )
