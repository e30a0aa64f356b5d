"""Opening the records behind an early-warning line of this area: the main window shows the
area, and the screen filters its tab to the line's records (as the early warning opens the
petitions register and the receptions' commitments tab)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

#: the record types (WarningLine.record_type) this area opens
RECORD_TYPES = ("answers_owed", "answers_followups", "answers_self_inspections")


def open_records(
    origin: QWidget, record_type: str, ids: Sequence[str], title: str = ""
) -> QWidget | None:
    """From any screen of the main window: show the answers area filtered to `ids`."""
    window = origin.window()
    if record_type not in RECORD_TYPES or not hasattr(window, "open_area"):
        return None
    try:
        screen = window.open_area("answers")
    except ValueError:
        return None
    screen.show_records(record_type, ids, title)
    return screen
