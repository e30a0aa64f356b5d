"""The upper level's tables in Excel: completeness of the communes' submissions for a period,
models by field and status per commune, and one sheet per figure group the areas register
(petitions, the People's Inspection Board …: the same tables as the upper-level screen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services import areas
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.areas import FigureGroup
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


def group_columns(group: FigureGroup) -> list[Column]:
    """STT, code, name, then every metric of the group (the screen's columns and those it
    leaves out)."""
    return [
        Column("STT", 6, "int"),
        Column("Mã đơn vị", 10),
        Column("Xã, phường, đặc khu", 30),
        *[
            Column(m.label, 12, "number", number_format="0.0")
            if m.kind == "rate"
            else Column(m.label, 11, "int")
            for m in group.metrics
        ],
    ]


def group_total(group: FigureGroup, rows: list[ul.CommuneActivity]) -> list:
    """The total line: counts added up; a rate recomputed from its ratio's totals (empty when
    it has none, or nothing to judge on)."""

    def total(key: str) -> int:
        return sum(int(v) for a in rows if (v := a.get(key)) is not None)

    out: list = ["", "", "Tổng cộng"]
    for m in group.metrics:
        if m.kind == "rate":
            if m.ratio is None:
                out.append(None)
                continue
            num, den = (total(k) for k in m.ratio)
            out.append(round(100 * num / den, 1) if den else None)
        else:
            out.append(total(m.key))
    return out


def group_rows(group: FigureGroup, rows: list[ul.CommuneActivity]) -> list[list]:
    """One line per commune and a total line; a figure that cannot be computed (a rate with
    nothing to judge it on, the backlog of a commune that sent nothing) stays empty, not 0."""
    out: list[list] = [
        [i, a.code, a.name, *[a.get(m.key) for m in group.metrics]]
        for i, a in enumerate(rows, start=1)
    ]
    out.append(group_total(group, rows))
    return out


def group_sheets(
    ctx: AppContext, period: str, today: dt.date, rows: list[ul.CommuneActivity] | None = None
) -> list[SheetSpec]:
    """One sheet per registered figure group (services.areas) for `period`, counted as the
    screen does; groups with a view of their own (models) have their own sheets."""
    rows = rows if rows is not None else ul.activity_figures(ctx, period, today)
    span = ul.activity_span(period)
    days = f" ({span[0]:%d/%m/%Y} – {span[1]:%d/%m/%Y})" if span else ""
    h = unit_header(ctx)
    sheets = []
    for group in areas.figure_groups():
        if not group.generic_view:
            continue
        heading = (
            f"{h.unit_name.upper()}\n{group.label.upper()} CÁC XÃ, PHƯỜNG, ĐẶC KHU — KỲ {period}"
            f"{days}\nSố quá hạn tính đến ngày {today:%d/%m/%Y}; ô để trống: {group.no_figure}"
        )
        sheets.append(
            SheetSpec(
                group.label[:31],
                group_columns(group),
                group_rows(group, rows),
                heading=heading,
                landscape=True,
            )
        )
    return sheets


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
    """Completeness for `period`, the aggregated model tables, and one sheet per registered
    figure group (petitions, the People's Inspection Board …) per commune, in one workbook."""
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
    sheets += group_sheets(ctx, period, today, activities)
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )
