"""Printing any PDF the app writes: a print preview (Qt's QPrintPreviewDialog, the pages
rendered by QtPdf's QPdfDocument) with Qt's print dialog behind its "In" button.

Every PDF export goes through `run_task` (ui.kit.ops) and returns the written path: `install`
hooks that, so after any PDF export the main window's status bar shows "In <tệp>…" for the
file just written (non-modal: an export never stops to ask). Nothing per screen: a new PDF
export is printable as soon as it returns its path.

Pages are drawn as images at the printer's resolution (capped at 300 dpi: a page of an A4
report is about 8 MP), scaled to the paper keeping their proportions; the PDF carries its own
margins, so the printer's are not added again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QPushButton, QStatusBar, QWidget

from danvan_desktop.ui.i18n import translate

MAX_DPI = 300


def open_pdf(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    """The document, loaded; a file QtPdf cannot read raises ValueError with a message."""
    doc = QPdfDocument(parent)
    status = doc.load(str(path))
    if status != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        raise ValueError(
            translate("kit.printing", "Không đọc được tệp PDF “{0}” để in.").format(Path(path).name)
        )
    return doc


def new_printer(doc: QPdfDocument) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF has its margins already
    printer.setDocName(doc.metaData(QPdfDocument.MetaDataField.Title) or "danvan")
    first = doc.pagePointSize(0)
    if first.width() > first.height():
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def render(doc: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of `doc` (or the range chosen in the print dialog) on `printer`;
    the number of pages drawn."""
    first, last = 0, doc.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(last, max(first, printer.toPage() - 1))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("kit.printing", "Không mở được máy in để in."))
    dpi = min(printer.resolution(), MAX_DPI)
    drawn = 0
    try:
        for index in range(first, last + 1):
            if drawn:
                printer.newPage()
            points = doc.pagePointSize(index)
            image = doc.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h)
            painter.drawImage(target, image)
            drawn += 1
    finally:
        painter.end()
    return drawn


def preview_dialog(path: Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of the PDF at `path` (its "In" button opens the print dialog)."""
    doc = open_pdf(path, parent)
    printer = new_printer(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        translate("kit.printing", "Xem trước khi in — {0}").format(Path(path).name)
    )
    dialog.document = doc  # kept alive with the dialog
    dialog.printer = printer
    dialog.paintRequested.connect(lambda p: render(doc, p))
    dialog.resize(900, 700)
    return dialog


def print_dialog(path: Path, parent: QWidget | None = None) -> QPrintDialog:
    """Qt's print dialog for the PDF at `path`: accepted, it prints the pages chosen."""
    doc = open_pdf(path, parent)
    printer = new_printer(doc)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("kit.printing", "In {0}").format(Path(path).name))
    dialog.setMinMax(1, doc.pageCount())
    dialog.document = doc
    dialog.accepted.connect(lambda: render(doc, printer))
    return dialog


def print_preview(path: Path, parent: QWidget | None = None) -> None:
    """Show the print preview of a PDF (modal); a file that cannot be read says so."""
    try:
        dialog = preview_dialog(path, parent)
    except ValueError as exc:
        QMessageBox.warning(parent, translate("kit.printing", "Không in được"), str(exc))
        return
    dialog.exec()


class PrintOffer(QPushButton):
    """The status bar's "In …" button for the PDF written last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_last_pdf")
        self.path: Path | None = None
        self.setIcon(QIcon.fromTheme("document-print"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.path is not None and print_preview(self.path, self))
        self.hide()

    def offer(self, path: Path) -> None:
        self.path = path
        name = path.name if len(path.name) <= 40 else path.name[:28] + "…" + path.name[-10:]
        self.setText(translate("kit.printing", "In {0}…").format(name))
        self.setToolTip(
            translate("kit.printing", "Xem trước và in tệp PDF vừa xuất:\n{0}").format(path)
        )
        self.show()


def install(status_bar: QStatusBar) -> PrintOffer:
    """Offer every PDF a task writes for printing in `status_bar` (the main window's)."""
    from danvan_desktop.ui.kit import ops

    button = PrintOffer(status_bar)
    status_bar.addPermanentWidget(button)

    def heard(result: object) -> None:
        if isinstance(result, Path) and result.suffix.lower() == ".pdf" and result.is_file():
            button.offer(result)

    ops.add_result_hook(heard)
    button.destroyed.connect(lambda: ops.remove_result_hook(heard))
    return button
