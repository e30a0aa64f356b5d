"""Opening the records behind a home-screen line of the democracy area (the registry is
described in ui.early_warning_opening): publicity ending soon or posted too briefly opens the
"Công khai" tab, charters not reviewed the "Hương ước, quy ước" tab, with every year shown
and the line's records selected."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui.early_warning_opening import area_screen

OPENS = {
    "democracy_publicity": "danvan_desktop.ui.democracy.opening:open_line",
    "democracy_charters": "danvan_desktop.ui.democracy.opening:open_line",
}


def open_line(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "democracy")
    if screen is None or not hasattr(screen, "show_records"):
        return
    if screen.today != today:
        screen.today = today
    screen.show_records(line.record_type, line.record_ids)
