"""Forms: `FormDialog` builds a form from a list of fields; `FormBase` gives every dialog,
built from fields or by hand, what an officer expects of a form:

- the cursor starts in the first field; Ctrl+S saves;
- a refused save names EVERY bad field and highlights it: the form's own checks (required
  fields, dates that are real dd/mm/yyyy dates) all at once, then the service's refusal, whose
  `field` (if it names one) is highlighted too; the dialog stays open;
- the form scrolls inside the dialog, which never opens taller or wider than the screen.

`hint` recomputes a line under the form as the user types (the notice-period check).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import ERROR_STYLE
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set

EXPECTED = (RuleViolation, PermissionDenied, NotFound)
#: the largest a form opens at, so it fits a 1366×768 screen beside the taskbar
MAX_FORM = (1280, 700)


@dataclass(frozen=True)
class Field:
    """kind: text, multiline, date, date_opt (may stay empty), combo, money (whole đồng), int;
    `required`: the form refuses to save while it is empty."""

    name: str
    label: str
    kind: str = "text"
    choices: Sequence[tuple[str, Any]] = ()
    tooltip: str = ""
    minimum: int = 0
    maximum: int = 9999
    required: bool = False


class MoneyEdit(QDoubleSpinBox):
    """Whole đồng up to thousands of billions (a work's value exceeds a 32-bit spin box)."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(0)
        self.setRange(0, 10_000_000_000_000)
        self.setSingleStep(1_000_000)
        self.setGroupSeparatorShown(True)
        self.setSuffix(translate("kit.forms", " đ"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)


_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def field_label(w: QWidget) -> str:
    """The text of the label a form row shows for `w` (its buddy), without the colon."""
    window = w.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is w:
            return label.text().replace("&", "").replace("(*)", "").strip().rstrip(": *")
    return w.toolTip() or w.objectName()


def is_empty(w: QWidget) -> bool:
    if isinstance(w, QPlainTextEdit):
        return not w.toPlainText().strip()
    if isinstance(w, DateEdit):
        return w.value() is None
    if isinstance(w, QComboBox):
        return w.currentData() is None and not (w.isEditable() and w.currentText().strip())
    if isinstance(w, QLineEdit):
        return not w.text().strip()
    return False


class FormBase(QDialog):
    """What every form shares; see the module docstring. Subclasses name required inputs (by
    object name) in `required` and call `check()` before saving."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required: list[str] = []
        self._marked: list[QWidget] = []
        self._focused_once = False
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_shortcut)

    # ---- layout -----------------------------------------------------------------------------
    @staticmethod
    def scrolling(content: QWidget) -> QScrollArea:
        """`content` inside a frameless scroll area, so a tall form scrolls instead of
        pushing the buttons off a small screen."""
        area = QScrollArea()
        area.setWidget(content)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self._fit_screen()
            QTimer.singleShot(0, self.focus_first)

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(self.width(), room.width() - 40, MAX_FORM[0])
        height = min(self.height(), room.height() - 60)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def first_input(self) -> QWidget | None:
        for w in self.findChildren(QWidget):
            if (
                isinstance(w, _INPUTS)
                and w.isEnabled()
                and w.isVisibleTo(self)
                and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not getattr(w, "isReadOnly", lambda: False)()
                and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
            ):
                return w
        return None

    def focus_first(self) -> None:
        """Put the cursor in the first field (the order the widgets were created in)."""
        w = self.first_input()
        if w is not None:
            w.setFocus(Qt.FocusReason.TabFocusReason)

    # ---- checking ---------------------------------------------------------------------------
    def check(self) -> dict[str, str]:
        """The form's own checks, every one at once: required inputs, dates that are real."""
        errors: dict[str, str] = {}
        for name in self.required:
            w = self.findChild(QWidget, name)
            if w is not None and w.isEnabled() and is_empty(w):
                errors[name] = translate("kit.forms", "{0} không được để trống.").format(
                    field_label(w)
                )
        for w in self.findChildren(DateEdit):
            if w.isEnabled() and not w.hasAcceptableInput() and w.objectName() not in errors:
                errors[w.objectName()] = translate(
                    "kit.forms", "{0}: ngày không hợp lệ (nhập theo dạng ngày/tháng/năm)."
                ).format(field_label(w))
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        """Name every refused field in the error line and highlight each; focus the first."""
        self.clear_errors()
        first: QWidget | None = None
        for name in errors:
            w = self.findChild(QWidget, name) if name else None
            if w is None:
                continue
            w.setStyleSheet(f"{type(w).__name__} {{{ERROR_STYLE}}}")
            w.setProperty("invalid", True)
            self._marked.append(w)
            first = first or w
        messages = list(dict.fromkeys(errors.values()))
        text = (
            messages[0]
            if len(messages) == 1
            else translate("kit.forms", "Chưa lưu được:\n• ") + "\n• ".join(messages)
        )
        error = getattr(self, "error", None)
        if isinstance(error, FieldError):
            error.show_error(text)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        self.show_errors({"": message})

    def clear_errors(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
            w.setProperty("invalid", False)
        self._marked.clear()
        error = getattr(self, "error", None)
        if isinstance(error, FieldError):
            error.clear_error()

    clear_error = clear_errors

    def checked(self) -> bool:
        """Run `check()`; show what failed; True when the form may go to the service."""
        errors = self.check()
        if errors:
            self.show_errors(errors)
            return False
        self.clear_errors()
        return True

    def _save_shortcut(self) -> None:
        """Ctrl+S: the form's save (try_save/save), else its OK or Save button."""
        button = getattr(self, "save_button", None)
        if button is not None and not button.isEnabled():
            return
        save = getattr(self, "try_save", None) or getattr(self, "save", None)
        if callable(save):
            save()
            return
        for box in self.findChildren(QDialogButtonBox):
            for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
                target = box.button(which)
                if target is not None and target.isEnabled():
                    target.click()
                    return


class FormDialog(FormBase):
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
        self.required = [f.name for f in fields if f.required]
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
            form.addRow(f.label + (" *:" if f.required else ":"), w)
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
        content = QWidget()
        content.setLayout(form)
        layout.addWidget(self.scrolling(content), 1)
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
        """Check every field, then save through the service (one operation, see kit.ops); a
        refusal stays in the dialog with every reason and the fields it names highlighted."""
        from danvan_desktop.ui.kit.ops import run_task

        if not self.checked():
            return False
        values = self.values()
        handle = run_task(
            self, self.windowTitle(), lambda _p: self._save(values), quick=True, error=self
        )
        if not handle.ok:
            return False
        self.result_value = handle.result
        self.clear_errors()
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


def combo_box(name: str, items: list[tuple[str, Any]], empty: str | None = None) -> QComboBox:
    """A combo named `name` with (text, data) items; `empty` adds a first "none" item."""
    combo = QComboBox()
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def text_box(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    return edit


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def ask_to_delete(parent: QWidget, what: str) -> bool:
    from danvan_desktop.ui.widgets import confirm

    return confirm(
        parent,
        translate("kit.forms", "Xóa"),
        translate(
            "kit.forms", "Xóa {what}? Hồ sơ được giữ lại trong nhật ký, không thể hoàn tác từ đây."
        ).format(what=what),
    )
