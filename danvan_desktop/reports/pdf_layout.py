"""Official documents as PDF, laid out per NĐ 30/2020/NĐ-CP (state) or HD 36-HD/VPTW (Party).

Data in, file out: callers pass plain values (no database access here). Every later report
builds an :class:`OfficialDocument` whose body mixes :func:`paragraph`, :func:`heading` and
:func:`table_flowables`, then calls :func:`build_pdf`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from danvan_desktop.reports.atomic import Cancelled, atomic_path
from danvan_desktop.reports.fonts import SANS, SERIF, face, register_fonts

LAYOUT_STATE = "state"
LAYOUT_PARTY = "party"

# Page margins (NĐ 30/2020 Phụ lục I and HD 36 agree: top/bottom 20-25, left 30-35, right 15-20).
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

BODY_SIZE = 14
BODY_LEADING = 17  # about Word's "single" spacing for Times 14
FIRST_LINE_INDENT = 10 * mm

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class Issuer:
    """Who issues the document. ``layout`` is "state" (NĐ 30/2020) or "party" (HD 36)."""

    parent_agency: str
    issuing_agency: str
    layout: str = LAYOUT_STATE

    def __post_init__(self) -> None:
        if self.layout not in (LAYOUT_STATE, LAYOUT_PARTY):
            raise ValueError(
                f"Kiểu trình bày không hợp lệ: {self.layout!r} (chỉ nhận "
                f"“{LAYOUT_STATE}” hoặc “{LAYOUT_PARTY}”)."
            )


@dataclass(frozen=True)
class Signature:
    """E.g. ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A") or ("T/M ĐẢNG ỦY", "BÍ THƯ", …)."""

    authority: str
    title: str
    name: str


@dataclass
class OfficialDocument:
    issuer: Issuer
    number: str  # "05/BC-UBND" (state) or "152-BC/ĐU" (Party); "Số" is added
    place: str  # "Hà Tĩnh"
    date: dt.date
    doc_type: str  # "Báo cáo"; empty for a công văn (the title then goes under the number)
    title: str  # trích yếu
    body: list[Flowable | str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signature: Signature | None = None
    landscape: bool = False


# --------------------------------------------------------------------------- text helpers


def _nfc(text: str) -> str:
    # Decomposed (NFD) text puts reportlab's accents in the wrong place.
    return unicodedata.normalize("NFC", text)


def _markup(text: str) -> str:
    return escape(_nfc(text)).replace("\n", "<br/>")


def _upper(text: str) -> str:
    return _nfc(text).upper()


def format_date(value: dt.date) -> str:
    """dd/mm/yyyy (and hh:mm for a datetime), as every date shown to users."""
    text = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, dt.datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def format_place_date(place: str, date: dt.date) -> str:
    """ "Hà Tĩnh, ngày 05 tháng 02 năm 2026".

    NĐ 30/2020 Phụ lục I (and HD 36 the same): a day below 10 and the months 1 and 2 take a
    leading zero, so "1" cannot later be turned into "11" or "12"; months 3-12 are written as is.
    """
    day = f"{date.day:02d}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{_nfc(place)}, ngày {day} tháng {month} năm {date.year}"


def format_number(value: int | float | Decimal) -> str:
    """Vietnamese number style: 12.345.678 and 12,5 (at most two decimals).

    Four-digit whole numbers stay ungrouped so a year (2025) or a row number (1196) never
    reads "2.025"; from 10.000 up the thousands are grouped.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) or value == int(value):
        whole = int(value)
        return f"{whole:,}".replace(",", ".") if abs(whole) >= 10_000 else str(whole)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if abs(value) < 10_000:
        text = text.replace(",", "")
    return text.translate(str.maketrans({",": ".", ".": ","}))


def cell_text(value: object) -> str:
    """How one table cell reads: dates dd/mm/yyyy, numbers Vietnamese style, bool Có/Không."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, (int, float, Decimal)):
        return format_number(value)
    return _nfc(str(value))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


# --------------------------------------------------------------------------- styles


@functools.cache
def _style(
    name: str,
    font: str,
    size: float,
    *,
    align: int = TA_CENTER,
    leading: float = 0,
    indent: float = 0,
    space_after: float = 0,
    space_before: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.2,
        alignment=align,
        firstLineIndent=indent,
        spaceAfter=space_after,
        spaceBefore=space_before,
    )


def _p(
    text_markup: str, font: str, size: float, align: int = TA_CENTER, leading: float = 0
) -> Paragraph:
    return Paragraph(
        text_markup, _style(f"{font}-{size}-{align}", font, size, align=align, leading=leading)
    )


def paragraph(text: str, *, markup: bool = False, indent: bool = True) -> Paragraph:
    """Body text: serif 14, justified, first-line indent 1 cm, 6 pt after.

    ``text`` is plain text (escaped) unless ``markup=True`` (reportlab's <b>, <i>, <u>).
    """
    register_fonts()
    body = _nfc(text) if markup else _markup(text)
    style = _style(
        "body" if indent else "body-flat",
        SERIF,
        BODY_SIZE,
        align=TA_JUSTIFY,
        leading=BODY_LEADING,
        indent=FIRST_LINE_INDENT if indent else 0,
        space_after=6,
    )
    return Paragraph(body, style)


def heading(text: str) -> Paragraph:
    """A section heading ("I. MỤC ĐÍCH, YÊU CẦU"): bold body text kept with what follows."""
    register_fonts()
    style = _style(
        "heading",
        face(SERIF, bold=True),
        BODY_SIZE,
        align=TA_JUSTIFY,
        leading=BODY_LEADING,
        indent=FIRST_LINE_INDENT,
        space_after=6,
        space_before=6,
    )
    para = Paragraph(_markup(text), style)
    para.keepWithNext = True
    return para


def _rule(
    width: float, thickness: float = 0.6, space_before: float = 3, space_after: float = 2
) -> HRFlowable:
    # 3 pt clears the dot below "Ạ"/"Ộ" of the line above.
    return HRFlowable(
        width=width,
        thickness=thickness,
        color=colors.black,
        lineCap="butt",
        spaceBefore=space_before,
        spaceAfter=space_after,
        hAlign="CENTER",
    )


# Words that start the place part of a Vietnamese agency name: the natural line break.
_PLACE_WORDS = (
    "TỈNH",
    "THÀNH PHỐ",
    "XÃ",
    "PHƯỜNG",
    "ĐẶC KHU",
    "HUYỆN",
    "QUẬN",
    "THỊ XÃ",
    "THÔN",
    "TỔ DÂN PHỐ",
)


def _balanced_lines(text: str, font: str, size: float, width: float) -> str:
    """Markup for an agency name: explicit "\n" kept; one too-long line split in two.

    "ỦY BAN NHÂN DÂN XÃ THẠCH HÀ" is split before the place ("ỦY BAN NHÂN DÂN" / "XÃ THẠCH HÀ")
    as officers write it; failing that into two even halves, never a full line plus one word.
    """
    if "\n" in text or stringWidth(text, font, size) <= width:
        return _markup(text)
    words = text.split()

    def fits(k: int) -> float:
        return max(
            stringWidth(" ".join(words[:k]), font, size),
            stringWidth(" ".join(words[k:]), font, size),
        )

    for k in range(len(words) - 1, 0, -1):  # the last place word, so "THỊ XÃ" stays whole
        tail = " ".join(words[k:])
        if any(tail.startswith(w + " ") for w in _PLACE_WORDS) and fits(k) <= width:
            break
    else:
        k = min(range(1, len(words)), key=fits, default=0)
        if not k or fits(k) > width:
            return _markup(text)  # too long for two lines: let the paragraph wrap it
    return _markup(" ".join(words[:k])) + "<br/>" + _markup(" ".join(words[k:]))


def _widest_line(text: str, font: str, size: float, width: float) -> float:
    lines = text.split("\n")
    return min(width, max(stringWidth(line, font, size) for line in lines))


# --------------------------------------------------------------------------- document parts

_HEADER_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the rules (HRFlowable) inside the cells
        ("FONT", (0, 0), (-1, -1), SERIF, 13),  # else the cells select Helvetica (unembedded)
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _number_text(number: str, layout: str) -> str:
    raw = _nfc(number).rstrip()
    # A number left blank for the clerk ("      /BC-UBND") keeps its room: the leading spaces
    # become non-breaking, which a Paragraph does not collapse.
    blank = "\u00a0" * (2 * (len(raw) - len(raw.lstrip())))
    number = raw.strip()
    if number.lower().startswith("số"):
        return number
    # NĐ 30 writes "Số: 05/BC-UBND"; HD 36 writes "Số 152-BC/ĐU" (no colon).
    return f"Số: {blank}{number}" if layout == LAYOUT_STATE else f"Số {blank}{number}"


def _header(doc: OfficialDocument, frame_w: float) -> list[Flowable]:
    """The two-column block on top of page 1: agency | national (or Party) title; number | date.

    Number and date share the second table row, so they stay on one line whatever the
    heights of the blocks above them.
    """
    party = doc.issuer.layout == LAYOUT_PARTY
    bold = face(SERIF, bold=True)
    # State: agency names 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold 13 (95.7 mm wide);
    # Party: agency names 14, "ĐẢNG CỘNG SẢN VIỆT NAM" bold 15 (73 mm wide).
    size = 14 if party else 13
    right_w = (90 if party else 100) * mm
    left_w = frame_w - right_w
    left: list[Flowable] = []
    if doc.issuer.parent_agency.strip():
        parent = _upper(doc.issuer.parent_agency)
        left.append(_p(_balanced_lines(parent, SERIF, size, left_w), SERIF, size))
    issuing = _upper(doc.issuer.issuing_agency)
    left.append(_p(_balanced_lines(issuing, bold, size, left_w), bold, size))
    if party:
        left.append(_p("*", SERIF, size))  # HD 36: a star parts the agency from the number
        title = "ĐẢNG CỘNG SẢN VIỆT NAM"
        right: list[Flowable] = [_p(title, bold, 15), _rule(stringWidth(title, bold, 15))]
    else:
        # NĐ 30: a short rule under the agency, a third to a half of the line (we take 40%);
        # under the motto a rule as long as the motto.
        left.append(_rule(0.4 * _widest_line(issuing, bold, size, left_w), space_before=4))
        motto = "Độc lập - Tự do - Hạnh phúc"
        right = [
            _p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 13),
            _p(motto, bold, 14),
            _rule(stringWidth(motto, bold, 14)),
        ]
    number = _p(_markup(_number_text(doc.number, doc.issuer.layout)), SERIF, size)
    date = _p(_markup(format_place_date(doc.place, doc.date)), face(SERIF, italic=True), 14)
    rows: list[list[object]] = [[left, right], [number, date]]
    if not doc.doc_type.strip() and doc.title.strip():
        # A công văn has no type name: its subject ("V/v …", 12) sits under the number.
        subject = _p(_markup("V/v " + doc.title.strip()), face(SERIF, italic=party), 12)
        rows.append([subject, ""])
    return [Table(rows, colWidths=[left_w, right_w], style=_HEADER_STYLE)]


def _title_block(doc: OfficialDocument, frame_w: float) -> list[Flowable]:
    if not doc.doc_type.strip():
        return [Spacer(1, 6 * mm)]
    bold = face(SERIF, bold=True)
    party = doc.issuer.layout == LAYOUT_PARTY
    out: list[Flowable] = [
        Spacer(1, 8 * mm),
        _p(_markup(_upper(doc.doc_type)), bold, 16 if party else 14),
    ]
    if doc.title.strip():
        title = _nfc(doc.title.strip())
        out.append(_p(_markup(title), bold, 14))
        if party:
            out.append(_p("-----", SERIF, 14))  # HD 36: five hyphens under the subject
        else:
            out.append(_rule(0.4 * _widest_line(title, bold, 14, frame_w), space_before=4))
    out.append(Spacer(1, 5 * mm))
    return out


def _recipient_lines(doc: OfficialDocument) -> list[str]:
    party = doc.issuer.layout == LAYOUT_PARTY
    items = [_nfc(r).strip().lstrip("-–").strip().rstrip(";,.").strip() for r in doc.recipients]
    items = [i for i in items if i]
    archive = ""
    if items and items[-1].startswith("Lưu"):
        archive = items.pop()
    if not archive:
        archive = "Lưu Văn phòng Đảng ủy" if party else "Lưu: VT"
    # NĐ 30 ends each line with ";", HD 36 with ","; the archive line ends with ".".
    end = "," if party else ";"
    return [f"- {i}{end}" for i in items] + [f"- {archive}."]


def _closing_block(doc: OfficialDocument, frame_w: float) -> list[Flowable]:
    party = doc.issuer.layout == LAYOUT_PARTY
    bold = face(SERIF, bold=True)
    left: list[Flowable] = []
    if doc.recipients:
        if party:
            left.append(_p("<u>Nơi nhận</u>:", SERIF, 14, TA_LEFT))
            item_size = 12
        else:
            left.append(_p("Nơi nhận:", face(SERIF, True, True), 12, TA_LEFT))
            item_size = 11
        left.extend(
            _p(_markup(line), SERIF, item_size, TA_LEFT, leading=item_size * 1.15)
            for line in _recipient_lines(doc)
        )
    right: list[Flowable] = []
    sig = doc.signature
    if sig is not None:
        if sig.authority.strip():
            right.append(_p(_markup(_upper(sig.authority)), bold, 14))
        if sig.title.strip():
            right.append(_p(_markup(_upper(sig.title)), bold, 14))
        right.append(Spacer(1, 24 * mm))  # room for the signature and the seal
        right.append(_p(_markup(sig.name), bold, 14))
    if not left and not right:
        return []
    half = frame_w / 2
    table = Table([[left, right]], colWidths=[half, frame_w - half], style=_HEADER_STYLE)
    return [Spacer(1, 4 * mm), table]


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
            _style(
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
                style = _style(f"th-{self.font}-{size}", bold, size, leading=round(size * 1.2, 2))
                self.header.append(Paragraph(_markup(text), style))
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
            style = _style(
                f"{style.name}-fit{size}",
                self.font,
                size,
                align=style.alignment,
                leading=round(size * 1.2, 2),
            )
        return Paragraph(_markup(text), style)

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
            numeric = bool(values) and all(_is_number(v) for v in values)
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


# --------------------------------------------------------------------------- building


def _draw_page_number(canv, template: BaseDocTemplate) -> None:
    # From page 2 on: centred over the text in the top margin (NĐ 30 and HD 36 alike).
    canv.saveState()
    canv.setFont(SERIF, 13)
    x = template.leftMargin + template.width / 2
    y = template.pagesize[1] - MARGIN_TOP / 2 - 4
    canv.drawCentredString(x, y, str(canv.getPageNumber()))
    canv.restoreState()


class _OfficialTemplate(BaseDocTemplate):
    def __init__(
        self,
        filename: str,
        *,
        total: int,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
        **kw: object,
    ) -> None:
        super().__init__(filename, **kw)
        # Zero frame padding: the text area is exactly the legal margins (the default frame
        # would take another 6 pt on every side).
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [frame], autoNextPageTemplate="later"),
                PageTemplate("later", [frame], onPage=_draw_page_number),
            ]
        )
        self._total = max(1, total)
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab hook
        self._done = min(self._total, self._done + getattr(flowable, "progress_units", 1))
        if self._progress is not None:
            self._progress(self._done, self._total)
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()


def page_size(doc: OfficialDocument) -> tuple[float, float]:
    return _landscape(A4) if doc.landscape else A4


def story(doc: OfficialDocument) -> list[Flowable]:
    """All flowables of the document, in order (header, title, body, closing block)."""
    register_fonts()
    frame_w = page_size(doc)[0] - MARGIN_LEFT - MARGIN_RIGHT
    header = _header(doc, frame_w)
    body = [paragraph(item) if isinstance(item, str) else item for item in doc.body]
    closing = _closing_block(doc, frame_w)
    if closing and body and isinstance(body[-1], Paragraph):
        # The signature never stands alone on a page: it moves with the last paragraph.
        return [
            *header,
            *_title_block(doc, frame_w),
            *body[:-1],
            KeepTogether([body[-1], *closing]),
        ]
    return [*header, *_title_block(doc, frame_w), *body, *closing]


def build_pdf(
    doc: OfficialDocument,
    out_path: Path,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write ``doc`` to ``out_path`` (A4, fonts embedded) all-or-nothing.

    ``progress(done, total)`` is called as the layout advances (table rows count one each);
    when ``cancelled()`` returns True the build stops with :class:`Cancelled` and no file is
    left behind. OSError passes through: show it with ``atomic.friendly_os_error``.
    """
    out_path = Path(out_path)
    if cancelled is not None and cancelled():
        raise Cancelled()
    flowables = story(doc)
    total = sum(getattr(f, "progress_units", 1) for f in flowables)
    with atomic_path(out_path) as tmp:
        template = _OfficialTemplate(
            str(tmp),
            total=total,
            progress=progress,
            cancelled=cancelled,
            pagesize=page_size(doc),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_nfc(doc.title or doc.doc_type),
            author=_nfc(doc.issuer.issuing_agency),
            subject=_nfc(doc.doc_type),
            creator="danvan-desktop",
            lang="vi-VN",
            # Else the canvas starts in Helvetica and the PDF references an unembedded font.
            initialFontName=SERIF,
            initialFontSize=BODY_SIZE,
            initialLeading=BODY_LEADING,
        )
        template.build(flowables)
    if progress is not None:
        progress(total, total)
    return out_path


__all__ = [
    "LAYOUT_PARTY",
    "LAYOUT_STATE",
    "SANS",
    "SERIF",
    "DataTable",
    "Issuer",
    "OfficialDocument",
    "Signature",
    "build_pdf",
    "cell_text",
    "format_date",
    "format_number",
    "format_place_date",
    "heading",
    "page_size",
    "paragraph",
    "story",
    "table_flowables",
]
