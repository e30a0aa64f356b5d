"""Small dialogs of a petition's record: one handling step, and the likely duplicates shown
before a new petition is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.petitions import Action, PetitionState
from danvan_desktop.services import petitions
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import Field, FormBase, FormDialog
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import DateEdit, ok_cancel

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]


class StepDialog(FormDialog):
    """One handling step: its date, who took it, a note or reason; the decision's outcome; where
    a transfer goes. `save(values)` records it; a refusal stays in this form."""

    def __init__(
        self,
        action: Action,
        petition_type: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        save: Callable[[dict[str, Any]], Any] | None = None,
    ) -> None:
        self.action = action
        fields = [
            Field("step_date", translate("petition_steps", "Ngày thực hiện"), "date"),
            Field("step_actor", translate("petition_steps", "Người thực hiện")),
        ]
        if action == Action.DECIDE:
            fields.append(
                Field(
                    "step_outcome", translate("petition_steps", "Kết quả giải quyết"), "multiline"
                )
            )
        if action == Action.TRANSFER:
            fields.append(Field("step_transferred_to", translate("petition_steps", "Chuyển đến")))
        reason = action in (Action.EXTEND, Action.SUSPEND)
        fields.append(
            Field(
                "step_note",
                translate("petition_steps", "Lý do")
                if reason
                else translate("petition_steps", "Ghi chú"),
                "multiline",
            )
        )
        super().__init__(
            action.label_for(petition_type),
            fields,
            {"step_date": today or dt.date.today()},
            save or (lambda _v: None),
            parent,
        )
        self.setMinimumWidth(520)
        self.date: DateEdit = self.widgets["step_date"]
        self.actor: QLineEdit = self.widgets["step_actor"]
        self.actor.setPlaceholderText(
            translate("petition_steps", "Người thực hiện (để trống: tài khoản đang dùng)")
        )
        self.note: QPlainTextEdit = self.widgets["step_note"]
        # absent rows keep a hidden input, so callers read "" from them
        self.outcome: QPlainTextEdit = self.widgets.get("step_outcome") or QPlainTextEdit(self)
        self.transferred_to: QLineEdit = self.widgets.get("step_transferred_to") or QLineEdit(self)
        self.outcome.setVisible("step_outcome" in self.widgets)
        self.transferred_to.setVisible("step_transferred_to" in self.widgets)
        if "step_transferred_to" in self.widgets:
            self.transferred_to.setPlaceholderText(
                translate("petition_steps", "Cơ quan có thẩm quyền")
            )


class DuplicatesDialog(FormBase):
    """Likely repeats found at entry: link the new petition to one, or register it as new."""

    def __init__(self, hits: list[petitions.DuplicateHit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits = hits
        self.setWindowTitle(translate("petition_steps", "Có thể là đơn trùng"))
        self.table = make_table(
            [
                translate("petition_steps", "Số đơn"),
                translate("petition_steps", "Ngày nhận"),
                translate("petition_steps", "Người gửi"),
                translate("petition_steps", "Nội dung"),
                translate("petition_steps", "Trạng thái"),
                translate("petition_steps", "Mức giống"),
            ],
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
            translate(
                "petition_steps",
                "Liên kết đơn mới với đơn đã chọn (đơn gửi lại, không thụ lý hai lần)",
            )
        )
        self.link_choice.setObjectName("link_choice")
        self.link_choice.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "petition_steps",
                    "Đã có đơn giống đơn đang nhập (cùng người, số CCCD, địa chỉ hoặc nội dung):",
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.link_choice)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("petition_steps", "Tiếp tục lưu")
        )
        layout.addWidget(buttons)
        self.resize(820, 320)

    def chosen_id(self) -> str | None:
        row = self.table.currentRow()
        if not self.link_choice.isChecked() or row < 0:
            return None
        return self.hits[row].id
