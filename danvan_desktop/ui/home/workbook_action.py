"""“Xuất sổ tổng hợp Excel…”: the consolidated workbook (reports.workbook) from the home screen
and the main window's file menu: a save dialog, then the export on a worker thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import TaskHandle, run_task

TITLE = translate("home.workbook_action", "Xuất sổ tổng hợp Excel…")


def ask_path(parent: QWidget | None, today: dt.date) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("home.workbook_action", "Xuất sổ tổng hợp Excel"),
        str(Path.home() / f"so-tong-hop-{today:%Y-%m-%d}.xlsx"),
        translate("home.workbook_action", "Bảng tính Excel (*.xlsx)"),
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")


def export_workbook(
    parent: QWidget | None,
    ctx: AppContext,
    target: Path | None = None,
    today: dt.date | None = None,
) -> TaskHandle | None:
    """Ask where (unless `target` is given) and write the workbook; the status bar of the
    window says where it went."""
    from danvan_desktop.reports.workbook import export_workbook as write

    today = today or dt.date.today()
    target = target or ask_path(parent, today)
    if target is None:
        return None

    def done(result) -> None:  # noqa: ANN001
        window = parent.window() if parent is not None else None
        rows = sum(n for _t, n in result.sheets)
        message = translate(
            "home.workbook_action", "Đã xuất sổ tổng hợp ({0} trang tính, {1} dòng): {2}"
        ).format(len(result.sheets), rows, result.path)
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 15000)

    return run_task(
        parent,
        translate("home.workbook_action", "Xuất sổ tổng hợp Excel"),
        lambda progress: write(ctx, target, today, progress),
        done,
    )
