"""Small dialogs of a model's record: one step of its life (with date and note) and one review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from danvan_desktop.domain.models import (
    RecognitionLevel,
    ReviewResult,
    Transition,
)
from danvan_desktop.ui.kit.forms import FormBase
from danvan_desktop.ui.widgets import DateEdit, ok_cancel


class StepDialog(FormBase):
    def __init__(self, action: Transition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(action.label)
        self.date = DateEdit(value=dt.date.today())
        self.date.setObjectName("step_date")
        self.note = QPlainTextEdit()
        self.note.setObjectName("step_note")
        self.note.setFixedHeight(70)
        self.level = QComboBox()
        self.level.setObjectName("step_level")
        self.decision = QLineEdit()
        self.decision.setObjectName("step_decision")
        self.decision.setPlaceholderText("Ví dụ: 125/QĐ-UBND")
        form = QFormLayout(self)
        form.addRow("Ngày thực hiện:", self.date)
        if action == Transition.RECOGNISE:
            for lv in RecognitionLevel:
                self.level.addItem(lv.label, lv.value)
            form.addRow("Cấp công nhận:", self.level)
            form.addRow("Số quyết định:", self.decision)
        form.addRow("Ghi chú:", self.note)
        form.addRow(ok_cancel(self))


class ReviewDialog(FormBase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rà soát hằng năm")
        self.year = QSpinBox()
        self.year.setRange(2000, dt.date.today().year)
        self.year.setValue(dt.date.today().year)
        self.result = QComboBox()
        for r in ReviewResult:
            self.result.addItem(r.label, r.value)
        self.date = DateEdit(value=dt.date.today())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow("Năm rà soát:", self.year)
        form.addRow("Kết quả:", self.result)
        form.addRow("Ngày rà soát:", self.date)
        form.addRow("Nhận xét:", self.notes)
        form.addRow(ok_cancel(self))
