"""Opening the records behind a home-screen line of the commendations area (the registry is
described in ui.early_warning_opening): a round coming up without proposals, or rounds over
the five-year cycle, open the register on that round (every round when the line names none);
recognised models never proposed open the models register showing only those models (the
models area declares no opener of its own: one record type, one opener)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui.early_warning_opening import area_screen

OPENS = {
    "commendation_rounds": "danvan_desktop.ui.commendations.opening:open_rounds",
    "models": "danvan_desktop.ui.commendations.opening:open_models",
}


def open_rounds(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "commendations")
    if screen is None or not hasattr(screen, "show_round"):
        return
    screen.today = today
    # the first of the line's rounds in the register's order (the combo lists them)
    listed = [screen.round_combo.itemData(i) for i in range(screen.round_combo.count())]
    screen.show_round(next((r for r in listed if r and r in line.record_ids), None))


def open_models(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "models")
    if screen is not None and hasattr(screen, "show_ids"):
        screen.show_ids(line.record_ids, line.label)
