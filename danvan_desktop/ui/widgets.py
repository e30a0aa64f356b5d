"""Small widgets every screen shares: a dd/mm/yyyy date field that may stay empty, a field
error shown in place, and Vietnamese message boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

DATE_FORMAT = "dd/MM/yyyy"
_EMPTY = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date entered as dd/mm/yyyy with a calendar; `optional` allows "no date" (shown blank)."""

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, value: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self._optional = optional
        if optional:
            self.setMinimumDate(_EMPTY)
            self.setSpecialValueText(" ")  # the minimum shows as blank: "no date"
        else:
            self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value if value is not None or optional else dt.date.today())

    def value(self) -> dt.date | None:
        d = self.date()
        if self._optional and d == _EMPTY:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


class FieldError(QLabel):
    """A red line under a form that says which input was refused and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def combo_set(combo: QComboBox, data: object) -> None:
    """Select the item whose userData equals `data` (first item if none)."""
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None] | None = None) -> QDialogButtonBox:
    """The dialog's Đồng ý/Hủy buttons; `on_ok` validates before accepting (default: accept)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
