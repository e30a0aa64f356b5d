"""Bench: shared report layout against bare reportlab / openpyxl doing the same cells.

Run: ``python tests/bench/bench_report_layout.py`` (prints figures; no pass/fail).
Targets (DESIGN §6): PDF of a 2,000-row register and xlsx of 100,000 rows × 10 columns,
each within 1.5× of the bare library on the same machine in the same run.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from danvan_desktop.reports import excel_layout, pdf_layout  # noqa: E402
from danvan_desktop.reports.fonts import SERIF, face, register_fonts  # noqa: E402

PDF_ROWS = 2_000
XLSX_ROWS = 100_000
REPEATS = 3

PDF_HEADERS = ["STT", "Số đơn", "Ngày nhận", "Người gửi", "Nội dung", "Loại đơn", "Hạn xử lý"]
PDF_WIDTHS_MM = [10, 18, 21, 30, 50, 18, 21]
KINDS = ["Khiếu nại", "Tố cáo", "Kiến nghị", "Phản ánh"]
NAMES = ["Nguyễn Thị Hường", "Trần Văn Ủy", "Lê Thị Ngọc Ẩn", "Phạm Quốc Khánh"]
TOPICS = [
    "đất đai ở thôn Đông",
    "Quốc phòng – an ninh",
    "bồi thường giải phóng mặt bằng",
    "Ủy ban xã chậm trả lời đơn về cấp giấy chứng nhận quyền sử dụng đất",
]


def pdf_rows(n: int) -> list[tuple]:
    base = dt.date(2025, 1, 1)
    return [
        (
            i + 1,
            f"{i + 1:05d}/ĐT",
            base + dt.timedelta(days=i % 365),
            NAMES[i % 4],
            f"Đơn về {TOPICS[i % 4]}",
            KINDS[i % 4],
            base + dt.timedelta(days=i % 365 + 45),
        )
        for i in range(n)
    ]


def bare_pdf(
    path: Path,
    rows: list[tuple],
    headers: list[str] | None = None,
    widths_mm: list[float] | None = None,
    landscape: bool = False,
) -> None:
    """What a careful programmer writes with reportlab alone: 500-row Tables, same fonts/cells."""
    register_fonts()
    size, leading = 11, 13.2
    widths = [w * mm for w in (widths_mm or PDF_WIDTHS_MM)]
    head_style = ParagraphStyle(
        "h", fontName=face(SERIF, bold=True), fontSize=size, leading=leading, alignment=1
    )
    cell_style = ParagraphStyle("c", fontName=SERIF, fontSize=size, leading=leading)
    header = [Paragraph(h, head_style) for h in (headers or PDF_HEADERS)]

    def cell(value: object, width: float) -> object:
        text = f"{value:%d/%m/%Y}" if isinstance(value, dt.date) else str(value)
        if stringWidth(text, SERIF, size) > width - 6:
            return Paragraph(text, cell_style)
        return text

    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), SERIF, size, leading),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ]
    )
    story = []
    for lo in range(0, len(rows), 500):
        data = [header] + [
            [cell(v, w) for v, w in zip(r, widths, strict=True)] for r in rows[lo : lo + 500]
        ]
        story.append(Table(data, colWidths=widths, repeatRows=1, style=style))
    page = (A4[1], A4[0]) if landscape else A4
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story)


def ours_pdf(path: Path, rows: list[tuple]) -> None:
    doc = pdf_layout.OfficialDocument(
        issuer=pdf_layout.Issuer("Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân xã Thạch Hà"),
        number="05/BC-UBND",
        place="Hà Tĩnh",
        date=dt.date(2026, 2, 5),
        doc_type="Sổ",
        title="Sổ theo dõi đơn thư năm 2025",
        body=pdf_layout.table_flowables(PDF_HEADERS, rows, PDF_WIDTHS_MM),
        recipients=[],
        signature=None,
    )
    pdf_layout.build_pdf(doc, path)


XLSX_COLS = [
    excel_layout.Column("Mã hồ sơ", 14),
    excel_layout.Column("Họ và tên", 24),
    excel_layout.Column("Ngày nhận", 12, "date"),
    excel_layout.Column("Số người", 9, "int"),
    excel_layout.Column("Kinh phí", 14, "number"),
    excel_layout.Column("Lĩnh vực", 22),
    excel_layout.Column("Đã xử lý", 9, "bool"),
    excel_layout.Column("Hạn xử lý", 12, "date"),
    excel_layout.Column("Thôn", 16),
    excel_layout.Column("Ghi chú", 30),
]


def xlsx_rows(n: int) -> list[tuple]:
    base = dt.date(2025, 1, 1)
    return [
        (
            f"{i:07d}",
            NAMES[i % 4],
            base + dt.timedelta(days=i % 365),
            i % 50,
            1234.5 * (i % 7),
            TOPICS[i % 4],
            i % 3 == 0,
            base + dt.timedelta(days=i % 400),
            f"Thôn {i % 12 + 1}",
            "Quốc phòng – an ninh" if i % 5 == 0 else None,
        )
        for i in range(n)
    ]


def bare_xlsx(path: Path, rows: list[tuple]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dữ liệu")
    ws.append([c.header for c in XLSX_COLS])
    for r in rows:
        ws.append(r)
    wb.save(path)


def ours_xlsx(path: Path, rows: list[tuple]) -> None:
    sheet = excel_layout.SheetSpec(
        "Dữ liệu", XLSX_COLS, rows, heading="ỦY BAN NHÂN DÂN XÃ THẠCH HÀ\nDANH SÁCH HỒ SƠ"
    )
    excel_layout.write_table_workbook(path, [sheet])


def timed(fn: Callable[[Path, list[tuple]], None], path: Path, rows: list[tuple]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn(path, rows)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = pdf_rows(PDF_ROWS)
        ours_pdf(folder / "warm.pdf", rows[:50])  # font loading and imports out of the timing
        bare = timed(bare_pdf, folder / "bare.pdf", rows)
        ours = timed(ours_pdf, folder / "ours.pdf", rows)
        print(
            f"PDF  {PDF_ROWS:>7,} rows × {len(PDF_HEADERS)} cols: bare reportlab "
            f"{bare:6.2f} s, table_flowables+build_pdf {ours:6.2f} s, ratio {ours / bare:4.2f}× "
            f"(target ≤ 1.5×)"
        )
        for n in (1_000, 4_000, 8_000):
            t = timed(ours_pdf, folder / "scale.pdf", pdf_rows(n))
            print(f"PDF  {n:>7,} rows: {t:6.2f} s = {t / n * 1e3:5.2f} ms/row")

        rows = xlsx_rows(XLSX_ROWS)
        bare = timed(bare_xlsx, folder / "bare.xlsx", rows)
        ours = timed(ours_xlsx, folder / "ours.xlsx", rows)
        print(
            f"XLSX {XLSX_ROWS:>7,} rows × {len(XLSX_COLS)} cols: bare write-only "
            f"{bare:6.2f} s ({XLSX_ROWS / bare:,.0f} rows/s), write_table_workbook "
            f"{ours:6.2f} s ({XLSX_ROWS / ours:,.0f} rows/s), ratio {ours / bare:4.2f}× "
            f"(target ≤ 1.5×)"
        )


if __name__ == "__main__":
    main()
