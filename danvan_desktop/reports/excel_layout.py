"""Excel exports: one streamed (write-only) sheet per table, ready to filter and to print.

Data in, file out: callers pass plain values (no database access here). Each sheet gets
optional bold title rows, a bold filled header row that is frozen, filtered and repeated on
every printed page, column widths, real dates shown dd/mm/yyyy, IDs kept as text, and an A4
page set-up fitted to the page width. The file appears only when complete (atomic write).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from danvan_desktop.reports.atomic import Cancelled, atomic_path

KINDS = ("text", "int", "number", "date", "datetime", "bool")

_FORMATS = {
    "text": "@",  # Excel keeps "00123" as typed and does not offer to turn it into a number
    # Group thousands from 10,000 up only, so years (2025) and row numbers stay as typed.
    "int": "[>=10000]#,##0;[<=-10000]-#,##0;0",
    "number": "#,##0.00",
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm",
    "bool": "General",
}

# Sum of column widths (Excel character units) above which a sheet prints landscape.
_PORTRAIT_MAX_WIDTH = 100
_PROGRESS_EVERY = 1000

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    """One column: header text, width in Excel characters, and the kind of its values.

    kind: text (also IDs: kept as text), int, number, date, datetime, bool (Có/Không).
    ``wrap`` wraps long text inside the cell; ``number_format`` overrides the kind's format.
    """

    header: str
    width: float
    kind: str = "text"
    wrap: bool = False
    number_format: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(
                f"Kiểu cột không hợp lệ: {self.kind!r} (cho phép: {', '.join(KINDS)})."
            )


@dataclass
class SheetSpec:
    """One sheet: title (tab name), columns, rows (any iterable, streamed once).

    ``heading``: title lines above the header ("\\n" separates lines), e.g. the unit name and
    the report title. ``landscape``: None chooses by the total column width.
    """

    title: str
    columns: list[Column]
    rows: Iterable[Sequence[object]]
    heading: str | None = None
    landscape: bool | None = None


# --------------------------------------------------------------------------- values


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _clean_text(text: str) -> str:
    # Control characters make openpyxl refuse the cell (and Excel the file).
    return ILLEGAL_CHARACTERS_RE.sub("", _nfc(text))


def _naive(value: dt.datetime) -> dt.datetime:
    # Excel has no time zones: show an aware time in the computer's local zone.
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def _to_text(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.datetime):
        value = _naive(value)
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return _clean_text(str(value))


def _to_number(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, Decimal)):
        if isinstance(value, float) and not math.isfinite(value):
            return None  # Excel has no NaN/inf; an empty cell is the honest equivalent
        return value
    if isinstance(value, str):
        try:
            return int(value) if value.strip().lstrip("-").isdigit() else float(value)
        except ValueError:
            return _clean_text(value)
    return _to_text(value)


def _parsed_or_text(value: str, parse: Callable[[str], object]) -> object:
    # An unreadable date stays visible as the text it was, rather than vanishing.
    try:
        return parse(value)
    except ValueError:
        return _clean_text(value)


def _to_date(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _naive(value).date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parsed_or_text(value, dt.date.fromisoformat)
    return _to_text(value)


def _to_datetime(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _naive(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        return _parsed_or_text(value, lambda v: _naive(dt.datetime.fromisoformat(v)))
    return _to_text(value)


def _to_bool(value: object) -> object:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _clean_text(value)
    return "Có" if value else "Không"


_CONVERTERS: dict[str, Callable[[object], object]] = {
    "text": _to_text,
    "int": _to_number,
    "number": _to_number,
    "date": _to_date,
    "datetime": _to_datetime,
    "bool": _to_bool,
}

# --------------------------------------------------------------------------- styles

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TITLE_FONTS = (Font(bold=True, size=14), Font(bold=True, size=12))
_TITLE_ALIGN = Alignment(horizontal="center", vertical="center")
_ALIGN = {
    "text": Alignment(vertical="top"),
    "wrap": Alignment(vertical="top", wrap_text=True),
    "bool": Alignment(horizontal="center", vertical="top"),
    "date": Alignment(horizontal="center", vertical="top"),
    "number": Alignment(horizontal="right", vertical="top"),
}

_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str, used: set[str]) -> str:
    """A legal, unique tab name: no []:*?/\\, at most 31 characters (Excel's rules)."""
    text = _BAD_TITLE_CHARS.sub("-", _nfc(title).replace(":", " "))
    base = " ".join(text.split()).strip("'") or "Trang tính"
    base = base[:31]
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def _template_cell(ws, column: Column) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    cell.number_format = column.number_format or _FORMATS[column.kind]
    if column.wrap:
        cell.alignment = _ALIGN["wrap"]
    elif column.kind in ("int", "number"):
        cell.alignment = _ALIGN["number"]
    elif column.kind in ("date", "datetime"):
        cell.alignment = _ALIGN["date"]
    else:
        cell.alignment = _ALIGN["bool" if column.kind == "bool" else "text"]
    return cell


def _use_cells_as_given(ws) -> None:
    """Let ws.append take our ready cells as they are.

    openpyxl's write-only append first tries each item as a plain value (a Cell fails that
    with a ValueError whose message repr()s the cell) and then makes a fresh cell for the
    next value: half the export time went there. Rows we append are always complete lists of
    our own cells, so placing them is all that is needed. Private hook: if a later openpyxl
    lacks it, the ordinary (slower, same output) path is used. Items are our cells or None.
    """
    if not callable(getattr(ws, "_values_to_row", None)):
        return

    def place(cells: Sequence[WriteOnlyCell | None], row_idx: int) -> Iterator[WriteOnlyCell]:
        for col_idx, cell in enumerate(cells, 1):
            if cell is None:
                continue
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = place


def _header_height(columns: list[Column]) -> float:
    # Write-only files carry no autofit: size the header row for its longest wrapped header.
    lines = max((math.ceil(len(c.header) * 1.1 / max(c.width - 1, 1)) for c in columns), default=1)
    return 15.0 * max(1, min(lines, 5))


# --------------------------------------------------------------------------- writing


def _write_sheet(
    wb: Workbook,
    spec: SheetSpec,
    used_titles: set[str],
    done: int,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> int:
    columns = spec.columns
    if not columns:
        raise ValueError(f"Trang tính “{spec.title}” không có cột nào.")
    ws = wb.create_sheet(_sheet_title(spec.title, used_titles))
    ncols = len(columns)
    last_col = get_column_letter(ncols)
    heading_lines = [_nfc(line).strip() for line in (spec.heading or "").split("\n")]
    heading_lines = [line for line in heading_lines if line]
    # Title rows, then one blank row, then the header row.
    header_row = len(heading_lines) + 2 if heading_lines else 1

    # Write-only mode writes properties, views and column widths before the first row,
    # so everything of that kind must be set now; filter and page set-up go at the end.
    for i, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    ws.freeze_panes = f"A{header_row + 1}"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.row_dimensions[header_row].height = _header_height(columns)

    for i, line in enumerate(heading_lines):
        cell = WriteOnlyCell(ws, value=_clean_text(line))
        cell.font = _TITLE_FONTS[min(i, 1)]
        cell.alignment = _TITLE_ALIGN
        ws.append([cell])
        if ncols > 1:
            ws.merged_cells.add(f"A{i + 1}:{last_col}{i + 1}")
    if heading_lines:
        ws.append([])

    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=_clean_text(column.header))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _BORDER
        header.append(cell)
    ws.append(header)

    converters = [_CONVERTERS[c.kind] for c in columns]
    # One styled cell per column, reused for every row: write-only mode serialises a row as
    # soon as it is appended, so the cells are free again for the next row. Empty values are
    # not written at all (a tenth of the cells in a typical export); the grid on paper comes
    # from printing gridlines rather than from borders on every cell.
    templates = [_template_cell(ws, c) for c in columns]
    _use_cells_as_given(ws)
    count = 0
    for row in spec.rows:
        n = len(row)
        out: list[WriteOnlyCell | None] = []
        for i in range(ncols):
            value = converters[i](row[i]) if i < n else None
            if value is None:
                out.append(None)
                continue
            cell = templates[i]
            cell.value = value
            if cell.data_type == "f":
                cell.data_type = "s"  # "=…" typed by a user is text, never a formula
            out.append(cell)
        ws.append(out)
        count += 1
        if count % _PROGRESS_EVERY == 0:
            if progress is not None:
                progress(done + count, total)
            if cancelled is not None and cancelled():
                raise Cancelled()

    last_row = header_row + max(count, 1)
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    landscape = spec.landscape
    if landscape is None:
        landscape = sum(c.width for c in columns) > _PORTRAIT_MAX_WIDTH
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.page_margins = PageMargins(left=0.6, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True  # the table's grid on paper (data cells carry no borders)
    ws.oddFooter.center.text = "Trang &P/&N"
    return count


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files write-only sheets stream into (else kept to exit)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if ws._rows is not None:
                ws._rows.close()
            writer.xf.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def write_table_workbook(
    out_path: Path,
    sheets: list[SheetSpec],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write ``sheets`` to an .xlsx at ``out_path``, streaming rows; all-or-nothing.

    ``progress(done_rows, total_rows)`` is called every 1,000 rows and at the end
    (``total_rows`` is 0 when a sheet's rows have no length); when ``cancelled()`` returns
    True the export stops with :class:`Cancelled` and no file is left behind. OSError passes
    through: show it with ``atomic.friendly_os_error``.
    """
    if not sheets:
        raise ValueError("Không có trang tính nào để xuất.")
    out_path = Path(out_path)
    if cancelled is not None and cancelled():
        raise Cancelled()
    sized = all(hasattr(s.rows, "__len__") for s in sheets)
    total = sum(len(s.rows) for s in sheets) if sized else 0  # type: ignore[arg-type]
    wb = Workbook(write_only=True)
    used: set[str] = set()
    done = 0
    try:
        for spec in sheets:
            done += _write_sheet(wb, spec, used, done, total, progress, cancelled)
        with atomic_path(out_path) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    if progress is not None:
        progress(done, total or done)
    return out_path


__all__ = ["KINDS", "Column", "SheetSpec", "write_table_workbook"]
