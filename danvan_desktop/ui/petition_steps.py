"""Small dialogs of a petition's record: one handling step, and the likely duplicates shown
before a new petition is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.petitions import Action, PetitionState
from danvan_desktop.services import petitions
from danvan_desktop.ui.kit.forms import FormBase, line_edit, text_box
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import DateEdit, ok_cancel

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]


class StepDialog(FormBase):
    """One handling step: its date, who took it, a note or reason; the decision's outcome; where
    a transfer goes."""

    def __init__(
        self,
        action: Action,
        petition_type: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(action.label_for(petition_type))
        self.date = DateEdit(value=today or dt.date.today())
        self.date.setObjectName("step_date")
        self.actor = line_edit("step_actor", "Người thực hiện (để trống: tài khoản đang dùng)")
        self.note = text_box("step_note")
        self.outcome = text_box("step_outcome")
        self.transferred_to = line_edit("step_transferred_to", "Cơ quan có thẩm quyền")
        form = QFormLayout(self)
        form.addRow("Ngày thực hiện:", self.date)
        form.addRow("Người thực hiện:", self.actor)
        if action == Action.DECIDE:
            form.addRow("Kết quả giải quyết:", self.outcome)
        if action == Action.TRANSFER:
            form.addRow("Chuyển đến:", self.transferred_to)
        label = "Lý do:" if action in (Action.EXTEND, Action.SUSPEND) else "Ghi chú:"
        form.addRow(label, self.note)
        form.addRow(ok_cancel(self))


class DuplicatesDialog(FormBase):
    """Likely repeats found at entry: link the new petition to one, or register it as new."""

    def __init__(self, hits: list[petitions.DuplicateHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.setWindowTitle("Có thể là đơn trùng")
        self.table = make_table(
            ["Số đơn", "Ngày nhận", "Người gửi", "Nội dung", "Trạng thái", "Mức giống"],
            "duplicates",
        )
        fill_table(
            self.table,
            [
                [
                    h.number_label,
                    fmt_date(h.received_on),
                    h.citizen,
                    h.summary,
                    PetitionState(h.status).label,
                    f"{round(h.score * 100)}%",
                ]
                for h in hits
            ],
        )
        self.table.selectRow(0)
        self.link_choice = QCheckBox(
            "Liên kết đơn mới với đơn đã chọn (đơn gửi lại, không thụ lý hai lần)"
        )
        self.link_choice.setObjectName("link_choice")
        self.link_choice.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Đã có đơn giống đơn đang nhập (cùng người, số CCCD, địa chỉ hoặc nội dung):")
        )
        layout.addWidget(self.table)
        layout.addWidget(self.link_choice)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Tiếp tục lưu")
        layout.addWidget(buttons)
        self.resize(820, 320)

    def chosen_id(self) -> str | None:
        row = self.table.currentRow()
        if not self.link_choice.isChecked() or row < 0:
            return None
        return self.hits[row].id
