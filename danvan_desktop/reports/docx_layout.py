"""Official documents as Word files (.docx), laid out like the PDFs of `pdf_layout` (NĐ 30/2020
for the state, HD 36-HD/VPTW for the Party): officers finish their documents in Word.

The same :class:`~danvan_desktop.reports.pdf_layout.OfficialDocument` goes in; its body items
are plain text (a paragraph), :class:`DocHeading` or :class:`DocTable` (reportlab flowables
have no Word form and are refused). A4; margins 20/20/30/15 mm; Times New Roman (Liberation
Serif has its metrics where Word's font is absent); the header a borderless two-column table;
body 14 pt justified with a 1 cm first-line indent; "Nơi nhận:" bold italic 12, items 11; the
signature block; the page number centred in the header from page 2 (a PAGE field in a header
with a different first page).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from danvan_desktop.reports.atomic import atomic_path
from danvan_desktop.reports.pdf_layout import LAYOUT_PARTY, OfficialDocument
from danvan_desktop.reports.pdf_text import format_place_date

FONT = "Times New Roman"
BODY_PT = 14


@dataclass(frozen=True)
class DocHeading:
    """A section heading ("I. KẾT QUẢ ĐẠT ĐƯỢC"): bold body text."""

    text: str


@dataclass(frozen=True)
class DocTable:
    """A data table with a header row that repeats on every page."""

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[float] = field(default_factory=tuple)  # relative
    title: str = ""


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def _font(run_or_style, size: float | None = None, bold=None, italic=None) -> None:  # noqa: ANN001
    f = run_or_style.font
    f.name = FONT
    # Word takes the East Asian and complex-script fonts from their own attributes: set all.
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic


def _para(
    container,  # noqa: ANN001 - a Document or a table cell
    text: str = "",
    size: float = BODY_PT,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
    indent: bool = False,
    after: float = 0,
    before: float = 0,
    underline: bool = False,
) -> Paragraph:
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = align
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.first_line_indent = Cm(1) if indent else None
    for i, line in enumerate(_nfc(text).split("\n")):
        if i:
            p.add_run().add_break()
        run = p.add_run(line)
        _font(run, size, bold, italic)
        run.font.underline = underline or None
    return p


def _first_para(cell: _Cell) -> Paragraph:
    """A new cell holds one empty paragraph: use it, then add more."""
    return cell.paragraphs[0]


def _cell_lines(
    cell: _Cell, lines: list[tuple[str, float, bool, bool]], rule: bool = False
) -> None:
    first = True
    for text, size, bold, italic in lines:
        if first:
            p = _first_para(cell)
            run = p.add_run(_nfc(text))
            _font(run, size, bold, italic)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            first = False
        else:
            _para(cell, text, size, bold=bold, italic=italic)
    if rule:
        _para(cell, "―――――", 8)  # the short rule under the agency or motto


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths: the grid (what LibreOffice reads) and every cell (what Word reads)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for col, w in zip(table.columns, widths_mm, strict=False):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(w)


def _header(d: DocxDocument, doc: OfficialDocument, text_w: float) -> None:
    party = doc.issuer.layout == LAYOUT_PARTY
    size = 14 if party else 13
    right_w = 90 if party else 100
    t = d.add_table(rows=2, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left: list[tuple[str, float, bool, bool]] = []
    if doc.issuer.parent_agency.strip():
        left.append((doc.issuer.parent_agency.upper(), size, False, False))
    left.append((doc.issuer.issuing_agency.upper(), size, True, False))
    if party:
        left.append(("*", size, False, False))
        _cell_lines(t.cell(0, 0), left)
        _cell_lines(t.cell(0, 1), [("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True, False)], rule=True)
    else:
        _cell_lines(t.cell(0, 0), left, rule=True)
        _cell_lines(
            t.cell(0, 1),
            [
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False),
                ("Độc lập - Tự do - Hạnh phúc", 14, True, False),
            ],
            rule=True,
        )
    number = doc.number.strip()
    if not number.lower().startswith("số"):
        number = f"Số: {number}" if not party else f"Số {number}"
    _cell_lines(t.cell(1, 0), [(number, size, False, False)])
    _cell_lines(t.cell(1, 1), [(format_place_date(doc.place, doc.date), 14, False, True)])
    _widths(t, [text_w - right_w, right_w])


def _title(d: DocxDocument, doc: OfficialDocument) -> None:
    party = doc.issuer.layout == LAYOUT_PARTY
    _para(d, "", before=6)
    _para(d, doc.doc_type.upper(), 16 if party else 14, bold=True)
    if doc.title.strip():
        _para(d, doc.title.strip(), 14, bold=True)
        _para(d, "-----" if party else "―――――", 14 if party else 8)
    _para(d, "", after=6)


def _data_table(d: DocxDocument, block: DocTable, text_w: float) -> None:
    if block.title:
        _para(d, block.title, 13, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=3)
    t = d.add_table(rows=1, cols=len(block.headers))
    t.style = d.styles["Table Grid"]
    weights = list(block.widths) or [1.0] * len(block.headers)
    total = sum(weights) or 1.0
    for cell, text in zip(t.rows[0].cells, block.headers, strict=False):
        p = _first_para(cell)
        _font(p.add_run(_nfc(text)), 12, True)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # the header row repeats on every page
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    head = OxmlElement("w:tblHeader")
    head.set(qn("w:val"), "true")
    tr_pr.append(head)
    for values in block.rows:
        cells = t.add_row().cells
        for i, (cell, value) in enumerate(zip(cells, values, strict=False)):
            p = _first_para(cell)
            _font(p.add_run(_nfc(value)), 12)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER
    _widths(t, [text_w * w / total for w in weights])
    _para(d, "", 6)


def _closing(d: DocxDocument, doc: OfficialDocument, text_w: float) -> None:
    from danvan_desktop.reports.pdf_layout import recipient_lines

    party = doc.issuer.layout == LAYOUT_PARTY
    if d.paragraphs:  # the signature page carries the text's last lines, never the name alone
        d.paragraphs[-1].paragraph_format.keep_with_next = True
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    # "Nơi nhận" and the signature block are one row that never breaks across pages (seen in
    # LibreOffice: the signer's name alone on a last page)
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = t.cell(0, 0), t.cell(0, 1)
    if doc.recipients:
        p = _first_para(left)
        run = p.add_run("Nơi nhận" if party else "Nơi nhận:")
        if party:
            _font(run, 14)
            run.font.underline = True
            _font(p.add_run(":"), 14)
        else:
            _font(run, 12, True, True)
        for line in recipient_lines(doc):
            _para(left, line, 12 if party else 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    sig = doc.signature
    if sig is not None:
        lines = [(x.upper(), 14, True, False) for x in (sig.authority, sig.title) if x.strip()]
        _cell_lines(right, lines or [("", 14, False, False)])
        for _ in range(4):  # room for the signature and the seal
            _para(right, "", 14)
        _para(right, sig.name, 14, bold=True)
    _widths(t, [text_w / 2, text_w / 2])


def _page_numbers(section) -> None:  # noqa: ANN001
    """The page number, centred at the top, from page 2 on (a PAGE field)."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    _font(run, 13)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
            if kind == "separate":
                shown = OxmlElement("w:t")
                shown.text = "2"
                run._r.append(shown)


def build_docx(doc: OfficialDocument, out_path: Path) -> Path:
    """Write `doc` as a .docx at `out_path`, all-or-nothing."""
    for item in doc.body:
        if not isinstance(item, str | DocHeading | DocTable):
            raise TypeError(f"Không ghi được phần tử {type(item).__name__} vào tệp Word.")
    d = Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if doc.landscape else WD_ORIENT.PORTRAIT
    w, h = (Mm(297), Mm(210)) if doc.landscape else (Mm(210), Mm(297))
    section.page_width, section.page_height = w, h
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin = Mm(30)
    section.right_margin = Mm(15)
    section.header_distance = Mm(10)
    text_w = (297 if doc.landscape else 210) - 45
    normal = d.styles["Normal"]
    _font(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(0)
    d.core_properties.title = _nfc(doc.title or doc.doc_type)
    d.core_properties.author = _nfc(doc.issuer.issuing_agency.replace("\n", " "))
    d.core_properties.language = "vi-VN"
    _page_numbers(section)
    _header(d, doc, text_w)
    if doc.doc_type.strip():
        _title(d, doc)
    for item in doc.body:
        if isinstance(item, DocHeading):
            _para(
                d,
                item.text,
                bold=True,
                align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                indent=True,
                before=6,
                after=6,
            )
        elif isinstance(item, DocTable):
            _data_table(d, item, text_w)
        else:
            _para(d, item, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, after=6)
    _closing(d, doc, text_w)
    out_path = Path(out_path)
    with atomic_path(out_path) as tmp:
        d.save(str(tmp))
    return out_path


__all__ = ["FONT", "DocHeading", "DocTable", "build_docx"]
