"""One consolidated Excel workbook (issue 11, "Today"): a cover sheet, then every area's sheets
(services.areas.workbook_sheets, the same columns as the screens), over this commune, or at the
upper level over every commune below it (a first column names the commune).

Rows are streamed: the areas hand lazy row sequences read inside one read session, and
excel_layout writes them into write-only sheets (bold filled header row, frozen and filtered,
real dates shown dd/mm/yyyy, column widths, A4 page set-up); the file appears only complete
(atomic write). A column's kind (date, whole number, number, text) is taken from the first
values it holds.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import (
    Column,
    SheetSpec,
    _sheet_title,
    write_table_workbook,
)
from danvan_desktop.services import areas
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.install import unit_level
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.upper_level.scope import member_communes

COVER_TITLE = "Mục lục"
#: rows read ahead to tell each column's kind
_PEEK = 200


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    #: (tab name, rows written) per area sheet, in order
    sheets: tuple[tuple[str, int], ...]


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "number"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    return "text"


def _columns(sheet: Sheet, ahead: Sequence[Sequence[object]]) -> list[Column]:
    out = []
    for i, header in enumerate(sheet.headers):
        seen = (r[i] for r in ahead if i < len(r) and r[i] not in (None, ""))
        first = next(seen, None)
        kind = "text" if first is None else _kind(first)
        width = sheet.widths[i] if i < len(sheet.widths) else max(10, min(40, len(header) + 2))
        # points and rates: "19,5", "4,75", not "19,50" (whole numbers keep one decimal: "5,0")
        number_format = "#,##0.0#" if kind == "number" else None
        wrap = kind == "text" and width >= 30
        out.append(Column(header, width, kind, wrap=wrap, number_format=number_format))
    return out


def _spec(sheet: Sheet, title: str, heading: str) -> SheetSpec:
    rows: Iterator[Sequence[object]] = iter(sheet.rows)
    ahead = list(itertools.islice(rows, _PEEK))
    return SheetSpec(title, _columns(sheet, ahead), itertools.chain(ahead, rows), heading=heading)


def scope_codes(ctx: AppContext) -> tuple[list[str], bool]:
    """The units the workbook covers: this commune, or (upper level) every commune below."""
    if unit_level(ctx) == "commune":
        return [ctx.unit_code], False
    with ctx.read() as s:
        return [c.code for c in member_communes(s, ctx.unit_code)], True


def export_workbook(
    ctx: AppContext,
    out: Path,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> WorkbookResult:
    """Write the consolidated workbook to `out` (all or nothing)."""
    today = today or dt.date.today()
    h = unit_header(ctx)
    codes, upper = scope_codes(ctx)
    made = f"Lập ngày {today:%d/%m/%Y}"
    with ctx.read() as s:
        sheets = areas.workbook_sheets(s, codes, today)
        used = {COVER_TITLE.lower()}
        titles = [_sheet_title(sh.title, used) for sh in sheets]
        counts = [len(sh.rows) for sh in sheets]
        scope = f"{len(codes)} xã, phường, đặc khu trực thuộc" if upper else h.unit_name
        cover_rows: Iterable[Sequence[object]] = [
            [i, title, n] for i, (title, n) in enumerate(zip(titles, counts, strict=True), 1)
        ]
        cover = SheetSpec(
            COVER_TITLE,
            [Column("STT", 6, "int"), Column("Trang tính", 44), Column("Số dòng", 12, "int")],
            cover_rows,
            heading=(
                f"{h.unit_name.upper()}\nSỔ TỔNG HỢP SỐ LIỆU CÁC LĨNH VỰC\nPhạm vi: {scope}. {made}"
            ),
            landscape=False,
        )
        specs = [cover] + [
            _spec(sh, title, f"{h.unit_name.upper()}\n{sh.title.upper()}\n{made}")
            for sh, title in zip(sheets, titles, strict=True)
        ]
        write_table_workbook(
            Path(out), specs, **layout_callbacks(progress, "Đang ghi sổ tổng hợp Excel…")
        )
    return WorkbookResult(Path(out), tuple(zip(titles, counts, strict=True)))
