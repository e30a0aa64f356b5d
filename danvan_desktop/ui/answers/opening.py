"""Opening the records behind an early-warning / home-screen line of this area.

`OPENS` follows the openers' registry of the home screen (ui.early_warning_opening on the
"today" branch: every ui module may declare `OPENS = {record type: "module:function"}` with
string literals, read from the source; the function is called as `fn(window, line, today)`).
The main window shows this area and its screen filters the right tab to the line's records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.areas import WarningLine

OPENS = {
    "answers_owed": "danvan_desktop.ui.answers.opening:open_line",
    "answers_followups": "danvan_desktop.ui.answers.opening:open_line",
    "answers_self_inspections": "danvan_desktop.ui.answers.opening:open_line",
}


def _screen(window: QWidget) -> Any:
    if not hasattr(window, "open_area"):
        return None
    try:
        return window.open_area("answers")
    except ValueError:  # the area is not shown at this level
        return None


def open_line(window: QWidget, line: WarningLine, today: dt.date) -> None:
    """Show the answers area filtered to the line's records (as of the caller's day)."""
    screen = _screen(window)
    if screen is None:
        return
    if screen.today != today:
        screen.today = today
        screen.refresh()
    screen.show_records(line.record_type, line.record_ids, line.label)
