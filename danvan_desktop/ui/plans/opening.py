"""Opening the records behind a home-screen line of the plans area (the registry is described
in ui.early_warning_opening): an item overdue or due soon opens its plan with the item
selected; a document from above still without a plan opens the "Văn bản cấp trên" tab with it
selected. A line without ids opens the right tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui.early_warning_opening import area_screen

OPENS = {
    "plan_items": "danvan_desktop.ui.plans.opening:open_line",
    "plan_directives": "danvan_desktop.ui.plans.opening:open_line",
}


def open_line(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "plans")
    if screen is None or not hasattr(screen, "show_records"):  # the upper level's view
        return
    if screen.today != today:
        screen.today = today
        screen.refresh()
    screen.show_records(line.record_type, line.record_ids)
