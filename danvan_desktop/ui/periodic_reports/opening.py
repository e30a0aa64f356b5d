"""Opening the records behind a home-screen line of the periodic reports area (the registry
is described in ui.early_warning_opening): reports overdue or due soon open the "Báo cáo" tab
with the line's reports (the drafts not yet sent) selected; a line without ids opens the tab,
where "Lập báo cáo…" makes the missing one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui.early_warning_opening import area_screen

OPENS = {
    "periodic_reports": "danvan_desktop.ui.periodic_reports.opening:open_line",
}


def open_line(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "periodic_reports")
    if screen is not None and hasattr(screen, "show_ids"):
        screen.today = today
        screen.show_ids(line.record_ids)
