"""Forms of the inspection-board screen, built from a list of fields: one dialog class serves
terms, members, plans, activities, recommendations, answers, projects and their records.

A refused input is shown in place (the service's Vietnamese message) and the dialog stays open;
`hint` recomputes a line under the form as the user types (the notice-period check).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set

EXPECTED = (RuleViolation, PermissionDenied, NotFound)


@dataclass(frozen=True)
class Field:
    """kind: text, multiline, date, date_opt (may stay empty), combo, money (whole đồng), int."""

    name: str
    label: str
    kind: str = "text"
    choices: Sequence[tuple[str, Any]] = ()
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 9999


class MoneyEdit(QDoubleSpinBox):
    """Whole đồng up to thousands of billions (a work's value exceeds a 32-bit spin box)."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(0)
        self.setRange(0, 10_000_000_000_000)
        self.setSingleStep(1_000_000)
        self.setGroupSeparatorShown(True)
        self.setSuffix(" đ")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        values: dict[str, Any] | None,
        save: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        *,
        intro: str = "",
        hint: Callable[[dict[str, Any]], tuple[str, bool]] | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self._save, self._hint = save, hint
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        self.fields = list(fields)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for f in self.fields:
            w = self._widget(f)
            w.setObjectName(f.name)
            if f.tooltip:
                w.setToolTip(f.tooltip)
            self.widgets[f.name] = w
            form.addRow(f.label + ":", w)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.error = FieldError()
        self.error.setObjectName("form_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(editable)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if values:
            self.set_values(values)
        if hint is not None:
            for w in self.widgets.values():
                signal = _changed_signal(w)
                if signal is not None:
                    signal.connect(lambda *_: self.update_hint())
            self.update_hint()

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "multiline":
            w = QPlainTextEdit()
            w.setFixedHeight(72)
            w.setTabChangesFocus(True)
            return w
        if f.kind in ("date", "date_opt"):
            return DateEdit(optional=f.kind == "date_opt")
        if f.kind == "combo":
            w = QComboBox()
            for text, data in f.choices:
                w.addItem(text, data)
            return w
        if f.kind == "money":
            return MoneyEdit()
        if f.kind == "int":
            w = QSpinBox()
            w.setRange(f.minimum, f.maximum)
            return w
        return QLineEdit()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.widgets[f.name]
            if isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText()
            elif isinstance(w, DateEdit):
                out[f.name] = w.value()
            elif isinstance(w, QComboBox):
                out[f.name] = w.currentData()
            elif isinstance(w, QDoubleSpinBox):
                out[f.name] = int(w.value())
            elif isinstance(w, QSpinBox):
                out[f.name] = w.value()
            elif isinstance(w, QLineEdit):
                out[f.name] = w.text()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            w = self.widgets.get(name)
            if w is None:
                continue
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, DateEdit):
                w.set_value(value)
            elif isinstance(w, QComboBox):
                combo_set(w, value)
            elif isinstance(w, (QDoubleSpinBox, QSpinBox)):
                w.setValue(value or 0)
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))

    def update_hint(self) -> None:
        if self._hint is None:
            return
        try:
            text, warning = self._hint(self.values())
        except EXPECTED:
            text, warning = "", False
        self.hint_label.setVisible(bool(text))
        self.hint_label.setText(text)
        colour = "#b00020" if warning else "#1b5e20"
        self.hint_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def try_save(self) -> bool:
        """Save through the service; a refusal stays in the dialog with its reason."""
        try:
            self.result_value = self._save(self.values())
        except EXPECTED as exc:
            self.error.show_error(exc.message)
            return False
        self.error.clear_error()
        self.accept()
        return True


def _changed_signal(w: QWidget) -> Any:
    if isinstance(w, QPlainTextEdit):
        return w.textChanged
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, DateEdit):
        return w.dateChanged
    if isinstance(w, (QDoubleSpinBox, QSpinBox)):
        return w.valueChanged
    if isinstance(w, QLineEdit):
        return w.textChanged
    return None


def subset(values: dict[str, Any], cls: type) -> Any:
    """Build a service input dataclass from the dialog's values (extra keys ignored)."""
    names = cls.__dataclass_fields__.keys()
    return cls(**{k: v for k, v in values.items() if k in names})


def as_values(obj: Any, cls: type) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in cls.__dataclass_fields__}


def today_or(value: dt.date | None) -> dt.date:
    return value or dt.date.today()
