"""The register's Excel and PDF, read back from real files."""

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from danvan_desktop.domain.errors import Cancelled, Progress
from danvan_desktop.reports import model_register
from danvan_desktop.services import models


def test_xlsx_register_has_every_model_real_dates_and_print_setup(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    out = model_register.export_xlsx(demo_ctx, tmp_path / "so.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Sổ mô hình"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    headers = [c.value for c in ws[header_row]]
    assert headers[:3] == ["STT", "Tên mô hình, điển hình", "Loại"]
    data = list(ws.iter_rows(min_row=header_row + 1, values_only=True))
    assert len(data) == models.count_models(demo_ctx)
    names = {r[1] for r in data}
    assert "Chính quyền chủ động: dự liệu từ sớm, can thiệp từ đầu, giải quyết từ gốc" in names
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    start_col = headers.index("Ngày bắt đầu")
    assert all(isinstance(r[start_col], dt.datetime) for r in data if r[start_col] is not None)
    assert any(r[start_col] is not None for r in data)
    id_col = headers.index("Mã hồ sơ")
    assert all(isinstance(r[id_col], str) and len(r[id_col]) == 36 for r in data)
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith(f"A{header_row}")
    assert ws.page_setup.paperSize in (9, "9")  # A4
    assert ws.column_dimensions["B"].width >= 40
    stats = wb["Thống kê"]
    totals = [row for row in stats.iter_rows(values_only=True) if row and row[0] == "Tổng cộng"][0]
    assert totals[-1] == models.count_models(demo_ctx)


def test_pdf_list_keeps_vietnamese_and_embeds_fonts(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    out = model_register.export_pdf(demo_ctx, tmp_path / "ds.pdf", today=dt.date(2026, 11, 20))
    reader = PdfReader(out)
    # Whitespace folded: table cells wrap long phrases across lines.
    text = " ".join(
        unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages)).split()
    )
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ CẨM XUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "DANH SÁCH",
        "Cẩm Xuyên, ngày 20 tháng 11 năm 2026",
        "Quốc phòng – an ninh",
        "Nơi nhận",
        "CHỦ TỊCH",
        "Lê Văn Hùng",
    ):
        assert expected in text, expected
    assert len(reader.pages) >= 2
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                assert "/FontFile2" in descriptor, f"{font.get('/BaseFont')} is not embedded"
                fonts.add(str(font.get("/BaseFont")))
    assert any("LiberationSerif" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)


def test_cancelled_export_leaves_no_file(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    progress = Progress()
    progress.cancel()
    target = tmp_path / "huy.xlsx"
    with pytest.raises(Cancelled):
        model_register.export_xlsx(demo_ctx, target, progress=progress)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [
        p for p in tmp_path.iterdir() if not p.name.startswith(".~")
    ]
