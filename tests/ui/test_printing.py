"""Printing a PDF the app wrote (ui.kit.printing), with no real printer: the preview dialog
shows every page of a generated report, printing to a PDF-file printer writes a file with the
document's pages, and any PDF export finished through run_task is offered for printing in the
main window's status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from danvan_desktop.reports.pdf_layout import Issuer, OfficialDocument, Signature, build_pdf
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.kit import printing
from danvan_desktop.ui.kit.ops import run_task


def _report(path: Path, pages: int = 3) -> Path:
    """A real report of the app's layout, long enough to run over `pages` pages."""
    text = "Kết quả thực hiện phong trào “Dân vận khéo” ở xã, phường trong năm. " * 6
    doc = OfficialDocument(
        issuer=Issuer("ỦY BAN NHÂN DÂN", "XÃ CẨM XUYÊN"),
        number="12/BC-UBND",
        place="Cẩm Xuyên",
        date=dt.date(2026, 11, 20),
        doc_type="Báo cáo",
        title="Kết quả thực hiện phong trào",
        body=[text for _ in range(12 * pages)],
        signature=Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"),
    )
    return build_pdf(doc, path)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = _report(tmp_path / "bao-cao.pdf")
    assert len(PdfReader(path).pages) >= 3
    return path


def test_preview_shows_every_page(qtbot, report: Path) -> None:  # noqa: ANN001
    make_app()
    dialog = printing.preview_dialog(report)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == len(PdfReader(report).pages)
    assert "Xem trước khi in" in dialog.windowTitle()
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == len(PdfReader(report).pages)


def test_printing_to_a_pdf_printer_writes_the_documents_pages(
    qtbot, report: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    make_app()
    doc = printing.open_pdf(report)
    printer = printing.new_printer(doc)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "da-in.pdf"
    printer.setOutputFileName(str(out))
    assert printing.render(doc, printer) == doc.pageCount()
    assert len(PdfReader(out).pages) == doc.pageCount()
    # a page range chosen in the print dialog prints those pages only
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    out2 = tmp_path / "trang-2-3.pdf"
    printer.setOutputFileName(str(out2))
    assert printing.render(doc, printer) == 2
    assert len(PdfReader(out2).pages) == 2


def test_unreadable_file_is_refused_in_vietnamese(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    make_app()
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(ValueError, match="Không đọc được tệp PDF"):
        printing.open_pdf(bad)


def test_any_pdf_export_is_offered_for_printing(qtbot, ctx, report: Path, tmp_path: Path) -> None:  # noqa: ANN001
    from danvan_desktop.ui.main_window import MainWindow

    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    offer = window.print_offer
    assert offer.isHidden()
    handle = run_task(window, "Xuất", lambda _p: report)  # an export returning its PDF
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    assert not offer.isHidden() and offer.path == report
    assert offer.text() == f"In {report.name}…"
    xlsx = tmp_path / "so.xlsx"
    xlsx.write_bytes(b"x")
    handle = run_task(window, "Xuất", lambda _p: xlsx)  # not a PDF: the offer stays as it was
    qtbot.waitUntil(lambda: handle.finished, timeout=10000)
    assert offer.path == report


def test_print_preview_and_dialog_speak_vietnamese(qtbot, report: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar

    make_app()  # installs the app's translation of Qt's own texts (ui.translator)
    preview = printing.preview_dialog(report)
    qtbot.addWidget(preview)
    texts = {a.text() for tb in preview.findChildren(QToolBar) for a in tb.actions() if a.text()}
    assert {"Trang sau", "Trang trước", "Phóng to", "Thu nhỏ", "Thiết lập trang", "In"} <= texts
    assert not {"Next page", "Print", "Zoom in"} & texts
    dialog = printing.print_dialog(report)
    qtbot.addWidget(dialog)
    shown = {w.text() for w in dialog.findChildren(QLabel)} | {
        w.text() for w in dialog.findChildren(QAbstractButton)
    }
    assert {"Tên:", "Thuộc tính", "Tùy chọn >>", "Số bản:", "Hủy"} <= shown
    assert not {"&Name:", "P&roperties", "&Options >>", "Copies:"} & shown
