"""Official documents as PDF, laid out per NĐ 30/2020/NĐ-CP (state) or HD 36-HD/VPTW (Party).

Data in, file out: callers pass plain values (no database access here). Every later report
builds an :class:`OfficialDocument` whose body mixes :func:`paragraph`, :func:`heading` and
:func:`table_flowables`, then calls :func:`build_pdf`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from danvan_desktop.reports.atomic import Cancelled, atomic_path
from danvan_desktop.reports.fonts import SANS, SERIF, face, register_fonts
from danvan_desktop.reports.pdf_tables import (
    DataTable,
    table_flowables,
)
from danvan_desktop.reports.pdf_text import (
    BODY_LEADING,
    BODY_SIZE,
    FIRST_LINE_INDENT,
    _balanced_lines,
    _nfc,
    _p,
    _rule,
    _upper,
    _widest_line,
    cell_text,
    escape_markup,
    format_date,
    format_number,
    format_place_date,
    heading,
    paragraph,
)

LAYOUT_STATE = "state"
LAYOUT_PARTY = "party"

# Page margins (NĐ 30/2020 Phụ lục I and HD 36 agree: top/bottom 20-25, left 30-35, right 15-20).
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm

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
    number = _p(escape_markup(_number_text(doc.number, doc.issuer.layout)), SERIF, size)
    date = _p(escape_markup(format_place_date(doc.place, doc.date)), face(SERIF, italic=True), 14)
    rows: list[list[object]] = [[left, right], [number, date]]
    if not doc.doc_type.strip() and doc.title.strip():
        # A công văn has no type name: its subject ("V/v …", 12) sits under the number.
        subject = _p(escape_markup("V/v " + doc.title.strip()), face(SERIF, italic=party), 12)
        rows.append([subject, ""])
    return [Table(rows, colWidths=[left_w, right_w], style=_HEADER_STYLE)]


def _title_block(doc: OfficialDocument, frame_w: float) -> list[Flowable]:
    if not doc.doc_type.strip():
        return [Spacer(1, 6 * mm)]
    bold = face(SERIF, bold=True)
    party = doc.issuer.layout == LAYOUT_PARTY
    out: list[Flowable] = [
        Spacer(1, 8 * mm),
        _p(escape_markup(_upper(doc.doc_type)), bold, 16 if party else 14),
    ]
    if doc.title.strip():
        title = _nfc(doc.title.strip())
        out.append(_p(escape_markup(title), bold, 14))
        if party:
            out.append(_p("-----", SERIF, 14))  # HD 36: five hyphens under the subject
        else:
            out.append(_rule(0.4 * _widest_line(title, bold, 14, frame_w), space_before=4))
    out.append(Spacer(1, 5 * mm))
    return out


def recipient_lines(doc: OfficialDocument) -> list[str]:
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
            _p(escape_markup(line), SERIF, item_size, TA_LEFT, leading=item_size * 1.15)
            for line in recipient_lines(doc)
        )
    right: list[Flowable] = []
    sig = doc.signature
    if sig is not None:
        if sig.authority.strip():
            right.append(_p(escape_markup(_upper(sig.authority)), bold, 14))
        if sig.title.strip():
            right.append(_p(escape_markup(_upper(sig.title)), bold, 14))
        right.append(Spacer(1, 24 * mm))  # room for the signature and the seal
        right.append(_p(escape_markup(sig.name), bold, 14))
    if not left and not right:
        return []
    half = frame_w / 2
    table = Table([[left, right]], colWidths=[half, frame_w - half], style=_HEADER_STYLE)
    return [Spacer(1, 4 * mm), table]


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
    "BODY_SIZE",
    "BODY_LEADING",
    "FIRST_LINE_INDENT",
]
