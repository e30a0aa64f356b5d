"""The petitions' periodic report in the GUI takes any period (issue 11): the period dialog's
choice reaches the PDF, whose figures and listed cases belong to it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from danvan_desktop.ui.periodic_reports.period_chooser import PeriodDialog
from danvan_desktop.ui.petitions_screen import PetitionsScreen


def test_the_report_dialog_chooses_the_period(qtbot, demo_ctx, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    screen = PetitionsScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.today = dt.date(2026, 11, 20)
    target = tmp_path / "q2.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def choose() -> None:
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PeriodDialog))
        dlg.chooser.set_kind("quarter")
        dlg.chooser.year.setValue(2026)
        dlg.chooser.number.setValue(2)
        dlg.accept()

    QTimer.singleShot(0, choose)
    screen.export_report()
    qtbot.waitUntil(lambda: screen.task is not None and screen.task.finished, timeout=30000)
    assert screen.task.error is None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "từ ngày 01/04/2026 đến ngày 30/06/2026" in text
    said = re.search(r"Đến ngày 30/06/2026 có (\d+) đơn quá hạn", text)
    assert said is not None
