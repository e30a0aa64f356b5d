"""Data tables of an official PDF document: a grid that repeats its header row on every page,
shrinks a too-wide word before breaking it and draws accented capitals clear of the rules.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from danvan_desktop.reports.fonts import SERIF, face, register_fonts
from danvan_desktop.reports.pdf_text import (
    _nfc,
    cell_text,
    escape_markup,
    is_number,
    paragraph_style,
)

# --------------------------------------------------------------------------- data tables

_HEADER_FILL = colors.Color(0.85, 0.85, 0.85)
_MIN_FIT_SIZE = 7.0  # smallest size a too-wide word is shrunk to before it may break
_PADDING = 3.0
_V_PADDING = 3.0  # room above a stacked capital accent ("Ủ", "Ẩ") under the grid line


def _fit_size(text: str, font: str, size: float, room: float) -> float:
    """The font size at which the widest word of ``text`` fits ``room`` (at least 7 pt).

    A date, a number, "Không" or "STT" in a narrow column must not be cut mid-word: it is
    drawn smaller instead; the words of longer text still wrap at spaces.
    """
    widest = max((stringWidth(word, font, size) for word in text.split()), default=0)
    if widest <= room:
        return size
    return max(_MIN_FIT_SIZE, math.floor(size * room / widest * 2) / 2)


class _TableSource:
    """The rows of one data table, turned into cells lazily for the widths the page gives."""

    def __init__(
        self,
        headers: list[str],
        rows: list[Sequence[object]],
        widths_pt: list[float],
        font: str,
        size: float,
        align: list[str],
        chunk: int,
    ) -> None:
        self.rows = rows
        self.n = len(rows)
        self.ncols = len(headers)
        self.widths_pt = widths_pt
        self.font = font
        self.size = size
        self.leading = round(size * 1.2, 2)
        self.chunk = max(1, chunk)
        self.headers = headers
        self.header: list[Paragraph] = []
        self.cell_styles = [
            paragraph_style(
                f"td-{font}-{size}-{a}",
                font,
                size,
                leading=self.leading,
                align={"RIGHT": TA_RIGHT, "CENTER": TA_CENTER}.get(a, TA_LEFT),
            )
            for a in align
        ]
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), font, size, self.leading),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), _V_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PADDING),
        ]
        commands += [("ALIGN", (c, 1), (c, -1), a) for c, a in enumerate(align) if a != "LEFT"]
        self.style = TableStyle(commands)
        self._widths: list[float] | None = None
        self._cells: list[list[object] | None] = []
        # Row heights measured once and handed to every later Table holding the row: without
        # this each window re-measures (re-wraps) the same Paragraph cells several times.
        self._heights: list[float | None] = []
        self.header_height: float | None = None

    def widths(self, avail: float) -> list[float]:
        total = sum(self.widths_pt)
        # Wider than the frame: shrink every column in proportion rather than run off the page.
        scale = avail / total if total > avail else 1.0
        widths = [w * scale for w in self.widths_pt]
        if widths != self._widths:
            self._widths = widths
            bold = face(self.font, bold=True)
            self.header = []
            for text, width in zip(self.headers, widths, strict=True):
                size = _fit_size(text, bold, self.size, width - 2 * _PADDING)
                style = paragraph_style(
                    f"th-{self.font}-{size}", bold, size, leading=round(size * 1.2, 2)
                )
                self.header.append(Paragraph(escape_markup(text), style))
            self._cells = [None] * self.n
            self._heights = [None] * self.n
            self.header_height = None
        return widths

    def release(self, start: int, stop: int) -> None:
        """Forget the cells of rows already placed on a page (their Table still holds them)."""
        for i in range(start, min(stop, self.n)):
            self._cells[i] = None

    def known_height(self, i: int) -> float | None:
        return self._heights[i] if 0 <= i < self.n else None

    def remember_heights(self, table: Table, start: int) -> None:
        """Keep the row heights ``table`` (header + rows from ``start``) has measured."""
        heights = getattr(table, "_rowHeights", None)  # set by Table._calc_height
        if not heights:
            return
        if heights[0] is not None:
            self.header_height = heights[0]
        for offset, h in enumerate(heights[1:]):
            if h is not None and start + offset < self.n:
                self._heights[start + offset] = h

    def _cell(self, value: object, col: int, room: float) -> object:
        text = cell_text(value)
        # Plain strings draw far faster than Paragraphs; only text too wide for its column wraps.
        # No glyph of these fonts is wider than 1 em, so short texts need no measuring.
        if len(text) * self.size <= room:
            return text
        width = max(stringWidth(line, self.font, self.size) for line in text.split("\n"))
        if width <= room:
            return text
        size = _fit_size(text, self.font, self.size, room)
        style = self.cell_styles[col]
        if size < self.size:
            # Leading in proportion, so VALIGN MIDDLE really centres the smaller text.
            style = paragraph_style(
                f"{style.name}-fit{size}",
                self.font,
                size,
                align=style.alignment,
                leading=round(size * 1.2, 2),
            )
        return Paragraph(escape_markup(text), style)

    def row_cells(self, i: int) -> list[object]:
        cells = self._cells[i]
        if cells is None:
            widths = self._widths or self.widths_pt
            row = self.rows[i]
            cells = [
                self._cell(row[c] if c < len(row) else None, c, widths[c] - 2 * _PADDING)
                for c in range(self.ncols)
            ]
            self._cells[i] = cells
        return cells

    def table(self, start: int, stop: int, avail: float) -> Table:
        widths = self.widths(avail)
        data: list[list[object]] = [self.header]
        if self.n == 0:
            data.append(["Không có dữ liệu"] + [""] * (self.ncols - 1))
            style = TableStyle(
                [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")], parent=self.style
            )
            return Table(data, colWidths=widths, repeatRows=1, style=style, hAlign="CENTER")
        data.extend(self.row_cells(i) for i in range(start, stop))
        heights = [self.header_height, *self._heights[start:stop]]
        return Table(
            data,
            colWidths=widths,
            rowHeights=heights,
            repeatRows=1,
            style=self.style,
            hAlign="CENTER",
        )


# reportlab measures a KeepTogether's content with an available height of 0xfffffff.
_MEASURE_ONLY = 1e6


class DataTable(Flowable):
    """A data table laid out one page at a time, with its header row on every page.

    reportlab's Table re-measures everything left each time it splits, so one big Table costs
    O(rows²) and even 500-row chunks cost O(rows × chunk). Here each page measures only a
    window a little larger than one page of rows (at most ``chunk`` rows at first, more only
    if a page really holds more), so the cost is linear; and unlike separate chunk Tables no
    header row turns up in the middle of a page.
    """

    _INITIAL_GUESS = 60  # rows tried for the first page; later pages use what fitted before

    def __init__(self, source: _TableSource, start: int = 0, guess: int = _INITIAL_GUESS) -> None:
        super().__init__()
        self.source = source
        self.start = start
        self.guess = max(4, guess)
        self.hAlign = "CENTER"
        self.spaceBefore = 3
        self.spaceAfter = 8
        self._whole: Table | None = None

    @property
    def progress_units(self) -> int:
        return max(1, self.source.n - self.start)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        remaining = self.source.n - self.start
        if remaining <= self.guess:
            self._whole = self.source.table(self.start, self.source.n, availWidth)
            size = self._whole.wrap(availWidth, availHeight)
            self.source.remember_heights(self._whole, self.start)
            return size
        self._whole = None
        if availHeight >= _MEASURE_ONLY:
            # Measured, not placed (KeepTogether, e.g. a heading with keepWithNext): what must
            # stay with the heading is the header row and the first two rows, not the table.
            head = self.source.table(self.start, self.start + 2, availWidth)
            size = head.wrap(availWidth, availHeight)
            self.source.remember_heights(head, self.start)
            return size
        # Too long for one page anyway: claim more than the room so the frame calls split().
        return availWidth, availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        src = self.source
        start = self.start
        src.widths(availWidth)  # (re)sets the height cache for these widths
        head, first_row = src.header_height, src.known_height(start)
        if head is not None and first_row is not None and head + first_row > availHeight:
            return []  # the page is full: skip building a table only to learn that
        window = min(self.guess, src.chunk)
        while True:
            stop = min(src.n, start + window)
            table = src.table(start, stop, availWidth)
            parts = table.split(availWidth, availHeight)
            src.remember_heights(table, start)
            if not parts:
                return []  # not even the header and one row fit here: go to the next page
            if len(parts) == 1:  # the whole window fits
                if stop < src.n:
                    window *= 2  # more rows fit on this page than guessed: measure more
                    continue
                table.progress_units = stop - start
                src.release(start, stop)
                table.spaceBefore = self.spaceBefore
                table.spaceAfter = self.spaceAfter
                return [table]
            first = parts[0]
            fitted = len(first._cellvalues) - 1  # rows on this page, less the header row
            first.progress_units = fitted
            src.release(start, start + fitted)  # keeps memory flat in the number of rows
            first.spaceBefore = self.spaceBefore  # the frame reserved it when asking to split
            rest = DataTable(src, start + fitted, max(fitted + 8, self.guess))
            rest.spaceBefore = 0
            return [first, rest]

    def draw(self) -> None:
        if self._whole is not None:
            self._whole.drawOn(self.canv, 0, 0)


def table_flowables(
    headers: list[str],
    rows: Iterable[Sequence[object]],
    col_widths_mm: list[float],
    chunk: int = 500,
    *,
    font: str = SERIF,
    font_size: float = 11,
    align: list[str] | None = None,
) -> list[Flowable]:
    """A data table whose header row repeats on every page; time grows linearly with rows.

    Cells: dates dd/mm/yyyy, numbers Vietnamese style and right-aligned (a column whose values
    are all numbers), bool "Có"/"Không"; long text wraps, a single word too wide is shrunk.
    The table is laid out page by page (see :class:`DataTable`); ``chunk`` caps the rows
    measured for a first try on each page. ``align`` ("LEFT"/"CENTER"/"RIGHT" per column) overrides the guess.
    Columns wider in total than the page are shrunk in proportion.
    """
    register_fonts()
    if len(headers) != len(col_widths_mm):
        raise ValueError("Số cột tiêu đề và số độ rộng cột không khớp nhau.")
    data = list(rows)
    if align is None:
        align = []
        for c in range(len(headers)):
            values = [r[c] for r in data if c < len(r) and r[c] is not None and r[c] != ""]
            numeric = bool(values) and all(is_number(v) for v in values)
            align.append("RIGHT" if numeric else "LEFT")
    elif len(align) != len(headers):
        raise ValueError("Số cách căn lề không khớp với số cột.")
    source = _TableSource(
        [_nfc(h) for h in headers],
        data,
        [w * mm for w in col_widths_mm],
        font,
        font_size,
        [a.upper() for a in align],
        chunk,
    )
    return [DataTable(source)]
