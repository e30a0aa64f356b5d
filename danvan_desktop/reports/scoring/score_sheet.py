"""The scoring sheet out of the app: the phiếu tự chấm điểm (and, with the upper level's column,
the phiếu thẩm định) as an official PDF with its signature block (NĐ 30/2020 or HD 36), and the
same rows as an .xlsx.

Data in, file out: a :class:`ScoreSheet` holds the rubric, the result and who signs where; the
rows (criteria, then bonus and deduction sections, then the total) are built once and written
by both formats."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.scoring.evaluate import CriterionResult, Evaluation
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.reports.common import layout_callbacks, unit_header
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.reports.fonts import SERIF, face, register_fonts
from danvan_desktop.reports.pdf_layout import (
    LAYOUT_PARTY,
    LAYOUT_STATE,
    Issuer,
    OfficialDocument,
    Signature,
    build_pdf,
    format_number,
    heading,
    paragraph,
)
from danvan_desktop.reports.scoring import charts
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import overview
from danvan_desktop.services.scoring.evaluations import Scorecard, scorecard

MOVEMENT = 'phong trào thi đua "Dân vận khéo"'


@dataclass(frozen=True)
class ScoreSheet:
    """One scoring sheet: what was scored, by whom, where and when.

    ``appraised`` (the upper level's result on the same rubric) turns the sheet into a phiếu
    thẩm định with a "Điểm thẩm định" column. ``issuer``/``signature`` replace the commune's
    defaults (e.g. the appraising body signs a phiếu thẩm định). Chart figures are optional:
    {group label: (this year, last year)} and {group label: (commune, province average)}.
    """

    unit_name: str  # "Xã Cẩm Xuyên"
    year: int
    rubric: Rubric
    result: Evaluation
    place: str  # "Cẩm Xuyên", written before the date
    date: dt.date
    signed_by: str = ""
    layout: str = LAYOUT_STATE
    province_name: str = ""  # "Tỉnh Hà Tĩnh": the Party layout's parent line
    appraised: Evaluation | None = None
    number: str = ""  # left blank for the clerk when empty
    issuer: Issuer | None = None
    signature: Signature | None = None
    status_note: str = ""  # e.g. "Đang chấm": printed under the rubric line of a draft
    year_figures: charts.Figures | None = None
    province_figures: charts.Figures | None = None

    def __post_init__(self) -> None:
        if self.layout not in (LAYOUT_STATE, LAYOUT_PARTY):
            raise ValueError(
                f"Kiểu trình bày không hợp lệ: {self.layout!r} (chỉ nhận "
                f"“{LAYOUT_STATE}” hoặc “{LAYOUT_PARTY}”)."
            )

    @property
    def is_appraisal(self) -> bool:
        return self.appraised is not None

    @property
    def doc_type(self) -> str:
        kind = "PHIẾU THẨM ĐỊNH KẾT QUẢ CHẤM ĐIỂM" if self.is_appraisal else "PHIẾU TỰ CHẤM ĐIỂM"
        # Two lines as officers set them, so "DÂN VẬN KHÉO" is never broken across lines.
        return f"{kind}\n{MOVEMENT.upper()} NĂM {self.year}"


@dataclass(frozen=True)
class SheetRow:
    stt: str
    text: str
    max_points: float | None
    points: float | None
    appraised: float | None
    note: str
    bold: bool = False


def from_scorecard(
    card: Scorecard,
    unit_name: str,
    place: str,
    date: dt.date,
    *,
    layout: str = LAYOUT_STATE,
    province_name: str = "",
    appraised: Evaluation | None = None,
) -> ScoreSheet:
    return ScoreSheet(
        unit_name=unit_name,
        year=card.year,
        rubric=card.rubric,
        result=card.result,
        place=place,
        date=date,
        signed_by=card.signed_by,
        layout=layout,
        province_name=province_name,
        appraised=appraised,
        status_note="" if card.status in ("submitted", "locked") else card.status_label,
    )


# --------------------------------------------------------------------------- rows


def _note(r: CriterionResult) -> str:
    if r.is_group:
        return ""
    if r.explanation in ("Chấm trực tiếp.", "Chưa chấm.") and r.points == 0:
        # A manual criterion nobody scored yet: say so, not "chấm trực tiếp".
        return "Chưa chấm." if r.kind == "base" else "Không có."
    if r.kind == "deduction" and r.explanation.startswith("−0:"):
        return "Không bị trừ:" + r.explanation[3:]  # "−0" reads as a misprint
    if r.kind == "bonus" and r.explanation.startswith("+0:"):
        return "Không có điểm thưởng:" + r.explanation[3:]
    return r.explanation


def _keep_units(text: str) -> str:
    # "100 %" must not break into "100" / "%" at the end of a narrow column's line.
    return text.replace(" %", "\u00a0%")


def _shown(points: float, kind: str) -> float:
    # Deductions are stored negative; the sheet's "C. Điểm trừ" column lists points taken off.
    return -points if kind == "deduction" else points


def sheet_rows(sheet: ScoreSheet) -> list[SheetRow]:
    """The table of the sheet: A criteria (groups bold), B bonus, C deduction, the total."""
    res, rub = sheet.result, sheet.rubric
    other = sheet.appraised.by_code() if sheet.appraised is not None else {}
    appr = sheet.appraised

    def row(r: CriterionResult) -> SheetRow:
        a = other.get(r.code)
        return SheetRow(
            r.code,
            r.title,
            r.max_points,
            _shown(r.points, r.kind),
            _shown(a.points, a.kind) if a is not None else None,
            _note(r),
            # Every top-level criterion is bold, a group or not ("6. Sơ kết, tổng kết").
            bold=r.is_group or (r.depth == 0 and r.kind == "base"),
        )

    by_kind = {k: [r for r in res.criteria if r.kind == k] for k in ("base", "bonus", "deduction")}
    rows = [
        SheetRow(
            "A",
            "ĐIỂM CÁC TIÊU CHÍ",
            rub.total_points,
            res.base,
            appr.base if appr else None,
            "",
            bold=True,
        )
    ]
    rows += [row(r) for r in by_kind["base"]]
    for kind, code, label, cap, got, got_appr in (
        ("bonus", "B", "ĐIỂM THƯỞNG", rub.bonus_cap, res.bonus, appr.bonus if appr else None),
        (
            "deduction",
            "C",
            "ĐIỂM TRỪ",
            rub.deduction_cap,
            res.deduction,
            appr.deduction if appr else None,
        ),
    ):
        items = [r for r in by_kind[kind] if not r.is_group]
        if not items:
            continue
        raw = sum(abs(r.points) for r in items)
        note = f"Cộng {format_number(raw)}, tính tối đa {format_number(cap)}." if raw > cap else ""
        rows.append(SheetRow(code, label, cap, got, got_appr, note, bold=True))
        rows += [row(r) for r in items]
    parts = "A + B − C" if by_kind["deduction"] else "A + B" if by_kind["bonus"] else "A"
    rows.append(
        SheetRow(
            "",
            f"TỔNG ĐIỂM ({parts})",
            rub.total_points,
            res.total,
            appr.total if appr else None,
            "",
            bold=True,
        )
    )
    return rows


def _class_words(ev: Evaluation) -> str:
    return ev.score_class.label if ev.score_class is not None else "chưa xếp loại"


def _conditions(rub: Rubric, ev: Evaluation) -> list[str]:
    """Each disqualifying condition met, named, with the class it caps."""
    labels = {d.code: d for d in rub.disqualifiers}
    out = []
    for code in ev.disqualified_by:
        d = labels.get(code)
        if d is None:
            out.append(code)
            continue
        try:
            cap = rub.score_class(d.max_class).label
        except KeyError:
            cap = d.max_class
        out.append(f"{d.label} (không xếp trên loại {cap})")
    return out


def result_lines(sheet: ScoreSheet) -> list[str]:
    """The sentences under the table: total and class (self and appraised), conditions met."""
    res = sheet.result
    lines = [
        f"Tổng điểm tự chấm: {format_number(res.total)} điểm. Tự xếp loại: {_class_words(res)}."
    ]
    conds = _conditions(sheet.rubric, res)
    if conds:
        natural = res.natural_class.label if res.natural_class else "chưa xếp loại"
        lines.append(
            f"Điều kiện hạn chế xếp loại: {'; '.join(conds)}. Theo tổng điểm đạt loại {natural}."
        )
    if sheet.appraised is not None:
        ap = sheet.appraised
        lines.append(
            f"Tổng điểm thẩm định: {format_number(ap.total)} điểm. "
            f"Xếp loại sau thẩm định: {_class_words(ap)}."
        )
        conds = _conditions(sheet.rubric, ap)
        if conds:
            lines.append(f"Điều kiện hạn chế xếp loại khi thẩm định: {'; '.join(conds)}.")
    return lines


# --------------------------------------------------------------------------- PDF

_GRID = colors.black
_HEADER_FILL = colors.Color(0.85, 0.85, 0.85)  # as the shared data tables
_SECTION_FILL = colors.Color(0.94, 0.94, 0.94)
_SIZE = 11


def _pstyle(name: str, bold: bool, align: int, size: float = _SIZE) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=face(SERIF, bold=bold), fontSize=size, leading=size * 1.2, alignment=align
    )


def _widths(appraisal: bool) -> list[float]:
    # 165 mm of text width (A4 portrait, legal margins); point columns wide enough that
    # "100" and "83,5" never wrap and the header words "tối đa", "thẩm định" fit.
    if appraisal:
        return [m * mm for m in (11, 55, 15, 15, 18, 51)]
    return [m * mm for m in (11, 63, 16, 16, 59)]


def _criteria_table(sheet: ScoreSheet) -> Table:
    register_fonts()
    appraisal = sheet.is_appraisal
    head = ["STT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự chấm"]
    if appraisal:
        head.append("Điểm thẩm định")
    head.append("Giải trình")
    th = _pstyle("ss-th", True, TA_CENTER, 10 if appraisal else _SIZE)
    styles = {
        (b, a): _pstyle(f"ss-td-{b}-{a}", b, a) for b in (False, True) for a in (TA_LEFT, TA_CENTER)
    }
    note_style = _pstyle("ss-note", False, TA_LEFT, 10)
    data: list[list[object]] = [[Paragraph(escape(h), th) for h in head]]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), SERIF, _SIZE),  # else empty cells select Helvetica
        ("ALIGN", (2, 1), (-2, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),  # room for a stacked capital accent ("Ủ")
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, r in enumerate(sheet_rows(sheet), start=1):
        nums = [r.max_points, r.points] + ([r.appraised] if appraisal else [])
        cells: list[object] = [
            Paragraph(escape(r.stt), styles[(r.bold, TA_CENTER)]),
            Paragraph(escape(r.text), styles[(r.bold, TA_LEFT)]),
            *[
                Paragraph("" if v is None else format_number(v), styles[(r.bold, TA_CENTER)])
                for v in nums
            ],
            Paragraph(escape(_keep_units(r.note)), note_style),
        ]
        data.append(cells)
        if r.stt in ("A", "B", "C") or r.stt == "":
            commands.append(("BACKGROUND", (0, i), (-1, i), _SECTION_FILL))
    table = Table(
        data,
        colWidths=_widths(appraisal),
        repeatRows=1,
        style=TableStyle(commands),
        hAlign="CENTER",
    )
    table.spaceBefore, table.spaceAfter = 3, 8
    return table


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _issuer(sheet: ScoreSheet) -> Issuer:
    if sheet.issuer is not None:
        return sheet.issuer
    if sheet.layout == LAYOUT_PARTY:
        parent = f"ĐẢNG BỘ {sheet.province_name.upper()}" if sheet.province_name else ""
        return Issuer(parent, f"ĐẢNG ỦY {sheet.unit_name.upper()}", LAYOUT_PARTY)
    return Issuer("", f"ỦY BAN NHÂN DÂN\n{sheet.unit_name.upper()}", LAYOUT_STATE)


def _signature(sheet: ScoreSheet) -> Signature:
    if sheet.signature is not None:
        return sheet.signature
    if sheet.layout == LAYOUT_PARTY:
        return Signature("T/M ĐẢNG ỦY", "BÍ THƯ", sheet.signed_by)
    return Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", sheet.signed_by)


def document(sheet: ScoreSheet) -> OfficialDocument:
    """The sheet as an official document (header, title, table, result lines, signature)."""
    rub = sheet.rubric
    basis = f"Căn cứ {_lower_first(rub.title)}, phiên bản {rub.version}"
    if rub.legal_basis:
        basis += f" ({rub.legal_basis})"
    body: list[Flowable | str] = [paragraph(basis + ".", indent=False)]
    if sheet.status_note:
        # A draft printed for review must not pass for the signed sheet.
        body.append(
            paragraph(
                f"<i>Tình trạng phiếu: {escape(sheet.status_note)} (bản in để rà soát).</i>",
                markup=True,
                indent=False,
            )
        )
    body.append(_criteria_table(sheet))
    # Charts (if any) come before the result lines: the last paragraph travels with the
    # signature block (pdf_layout.story), so the block never stands alone on a page.
    title: Flowable | None = heading("BIỂU ĐỒ SO SÁNH THEO NHÓM TIÊU CHÍ")
    if sheet.year_figures:
        drawing = charts.year_chart(sheet.year_figures, sheet.year)
        # The group key once, under the last chart (both charts have the same groups).
        key = not sheet.province_figures
        body += charts.chart_flowables(drawing, sheet.year_figures, title, key=key)
        title = None
    if sheet.province_figures:
        drawing = charts.province_chart(sheet.province_figures, sheet.unit_name, sheet.year)
        body += charts.chart_flowables(drawing, sheet.province_figures, title)
    # One paragraph, so the class line as a whole stays with the signature block.
    body.append(paragraph("\n".join(result_lines(sheet)), indent=False))
    party = sheet.layout == LAYOUT_PARTY
    return OfficialDocument(
        issuer=_issuer(sheet),
        number=sheet.number,
        place=sheet.place,
        date=sheet.date,
        doc_type=sheet.doc_type,
        title=f"Đơn vị: {sheet.unit_name}",
        body=body,
        recipients=[
            "Ban Tuyên giáo và Dân vận Tỉnh ủy (để thẩm định)"
            if not sheet.is_appraisal
            else f"{sheet.unit_name} (để biết)",
            "Lưu Văn phòng Đảng ủy" if party else "Lưu: VT",
        ],
        signature=_signature(sheet),
    )


def write_score_sheet_pdf(
    sheet: ScoreSheet, out_path: Path, progress: Progress | None = None
) -> Path:
    """Write the sheet as a PDF, all-or-nothing (the file appears only when complete)."""
    return build_pdf(
        document(sheet), Path(out_path), **layout_callbacks(progress, "Đang ghi phiếu…")
    )


# --------------------------------------------------------------------------- Excel


def write_score_sheet_xlsx(
    sheet: ScoreSheet, out_path: Path, progress: Progress | None = None
) -> Path:
    """The same rows as an Excel sheet (points as numbers), the result lines under the table."""
    appraisal = sheet.is_appraisal
    points = Column("Điểm tự chấm", 10, "number", number_format="General")
    columns = [
        Column("STT", 7),
        Column("Nội dung tiêu chí", 50, wrap=True),
        Column("Điểm tối đa", 10, "number", number_format="General"),
        points,
        *([Column("Điểm thẩm định", 11, "number", number_format="General")] if appraisal else []),
        Column("Giải trình", 60, wrap=True),
    ]
    rows: list[list[object]] = []
    for r in sheet_rows(sheet):
        nums = [r.max_points, r.points] + ([r.appraised] if appraisal else [])
        rows.append([r.stt, r.text, *nums, r.note])
    rows.append([])
    blank = [None] * (len(columns) - 2)
    rows += [["", line, *blank] for line in result_lines(sheet)]
    sig = _signature(sheet)
    rows.append(["", f"{sig.authority.replace(chr(10), ' ')} – {sig.title}: {sig.name}"])
    heading_text = (
        f"{sheet.doc_type}\nĐơn vị: {sheet.unit_name} – "
        f"{sheet.rubric.title}, phiên bản {sheet.rubric.version}"
    )
    spec = SheetSpec(
        "Phiếu thẩm định" if appraisal else "Phiếu tự chấm",
        columns,
        rows,
        heading=heading_text,
        landscape=False,
    )
    return write_table_workbook(
        Path(out_path), [spec], **layout_callbacks(progress, "Đang ghi tệp Excel…")
    )


# --------------------------------------------------------------------------- from the app


def export_scorecard_pdf(
    ctx: AppContext,
    evaluation_id: str,
    out_path: Path,
    *,
    layout: str = LAYOUT_STATE,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Path:
    """The unit's evaluation as its phiếu tự chấm điểm, dated the submission (or today)."""
    today = today or dt.date.today()
    card = scorecard(ctx, evaluation_id, today)
    h = unit_header(ctx)
    sheet = from_scorecard(
        card,
        h.unit_name,
        h.place,
        card.submitted_on or today,
        layout=layout,
        province_name=h.province_name,
    )
    # The screen's chart figures: against last year, and against the province's average once
    # the published appraisal brought it down.
    shown = overview.chart_figures(ctx, card, today)
    sheet = replace(sheet, year_figures=shown.year or None, province_figures=shown.province or None)
    return write_score_sheet_pdf(sheet, out_path, progress)


__all__ = [
    "ScoreSheet",
    "SheetRow",
    "document",
    "export_scorecard_pdf",
    "from_scorecard",
    "result_lines",
    "sheet_rows",
    "write_score_sheet_pdf",
    "write_score_sheet_xlsx",
]
