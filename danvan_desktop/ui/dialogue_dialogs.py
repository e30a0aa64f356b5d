"""Dialogs of a dialogue (đối thoại) with its issues and commitments, and a commitment's
follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date, parse_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import dialogues
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormBase, combo_box, line_edit, text_box
from danvan_desktop.ui.kit.ops import call
from danvan_desktop.ui.widgets import DateEdit, FieldError, combo_set, ok_cancel

STEP_ACTIONS = [a for a in Action if a not in (Action.RECEIVE,)]


# ---- dialogues and commitments --------------------------------------------------------------


class DialogueDialog(FormBase):
    """A dialogue conference with the issues raised (and answers) and the commitments made."""

    def __init__(
        self,
        ctx: AppContext,
        dialogue_id: str | None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = ["presider"]
        self.ctx = ctx
        self.dialogue_id = dialogue_id
        self.today = today or dt.date.today()
        self.setWindowTitle(translate("dialogue_dialogs", "Hội nghị đối thoại"))
        self.setMinimumSize(700, 480)
        self.resize(820, 640)
        self.held_on = DateEdit(value=self.today)
        self.held_on.setObjectName("held_on")
        self.kind = combo_box("kind", [(v, k) for k, v in dialogues.KINDS.items()])
        self.title = line_edit(
            "title", translate("dialogue_dialogs", "Tên hội nghị (để trống: theo loại)")
        )
        self.presider = line_edit("presider", translate("dialogue_dialogs", "Người chủ trì"))
        self.place = line_edit("place")
        self.participants = text_box("participants", 50)
        self.count = QSpinBox()
        self.count.setObjectName("participant_count")
        self.count.setRange(0, 100000)
        self.basis = line_edit(
            "legal_basis", translate("dialogue_dialogs", "Để trống: căn cứ theo loại đối thoại")
        )
        self.issues = QTableWidget(3, 4)
        self.issues.setObjectName("issues")
        self.issues.setHorizontalHeaderLabels(
            [
                translate("dialogue_dialogs", "Người nêu"),
                translate("dialogue_dialogs", "Ý kiến, kiến nghị"),
                translate("dialogue_dialogs", "Trả lời"),
                translate("dialogue_dialogs", "Người trả lời"),
            ]
        )
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.commitments = QTableWidget(3, 3)
        self.commitments.setObjectName("commitments")
        self.commitments.setHorizontalHeaderLabels(
            [
                translate("dialogue_dialogs", "Nội dung cam kết"),
                translate("dialogue_dialogs", "Người, cơ quan thực hiện"),
                translate("dialogue_dialogs", "Hạn (dd/mm/yyyy)"),
            ]
        )
        self.commitments.horizontalHeader().setStretchLastSection(True)
        for t in (self.issues, self.commitments):
            t.setColumnWidth(0, 180)
            t.setColumnWidth(1, 260)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(translate("dialogue_dialogs", "Ngày:"), self.held_on)
        form.addRow(translate("dialogue_dialogs", "Loại đối thoại:"), self.kind)
        form.addRow(translate("dialogue_dialogs", "Tên hội nghị:"), self.title)
        form.addRow(translate("dialogue_dialogs", "Người chủ trì:"), self.presider)
        form.addRow(translate("dialogue_dialogs", "Địa điểm:"), self.place)
        form.addRow(translate("dialogue_dialogs", "Thành phần:"), self.participants)
        form.addRow(translate("dialogue_dialogs", "Số người dự:"), self.count)
        form.addRow(translate("dialogue_dialogs", "Căn cứ:"), self.basis)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                translate(
                    "dialogue_dialogs",
                    "<b>Ý kiến của nhân dân và trả lời</b> (mỗi dòng một ý kiến)",
                )
            )
        )
        layout.addWidget(self.issues)
        layout.addWidget(
            QLabel(translate("dialogue_dialogs", "<b>Cam kết, kết luận sau đối thoại</b>"))
        )
        layout.addWidget(self.commitments)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.save))
        if dialogue_id:
            self._load()

    def _load(self) -> None:
        d = dialogues.get_dialogue(self.ctx, self.dialogue_id)
        self.held_on.set_value(d.held_on)
        combo_set(self.kind, d.kind)
        self.title.setText(d.title)
        self.presider.setText(d.presider)
        self.place.setText(d.place)
        self.participants.setPlainText(d.participants)
        self.count.setValue(d.participant_count)
        self.basis.setText(d.legal_basis)
        self.issues.setRowCount(len(d.issues))
        for r, i in enumerate(d.issues):
            for c, key in enumerate(("raised_by", "issue", "answer", "answered_by")):
                self.issues.setItem(r, c, QTableWidgetItem(i[key]))
        self.commitments.setRowCount(len(d.commitments))
        for r, c in enumerate(d.commitments):
            for col, value in enumerate((c["what"], c["owner"], fmt_date(c["due_on"]))):
                self.commitments.setItem(r, col, QTableWidgetItem(value))
        # Saved issues and commitments are read here; commitments are followed up in their list.
        for t in (self.issues, self.commitments):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item else ""

    def save(self) -> None:
        if not self.checked():
            return
        data = dialogues.DialogueInput(
            held_on=self.held_on.value(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            legal_basis=self.basis.text(),
            place=self.place.text(),
            presider=self.presider.text(),
            participants=self.participants.toPlainText(),
            participant_count=self.count.value(),
        )
        if self.dialogue_id:
            if call(
                self, dialogues.update_dialogue, self.ctx, self.dialogue_id, data, today=self.today
            ):
                self.accept()
            return
        issues = [
            dialogues.IssueInput(
                self._cell(self.issues, r, 1),
                self._cell(self.issues, r, 0),
                self._cell(self.issues, r, 2),
                self._cell(self.issues, r, 3),
            )
            for r in range(self.issues.rowCount())
            if self._cell(self.issues, r, 1)
        ]
        commitments = []
        try:
            for r in range(self.commitments.rowCount()):
                if not self._cell(self.commitments, r, 0):
                    continue
                due_text = self._cell(self.commitments, r, 2)
                due = (
                    parse_date(due_text, translate("dialogue_dialogs", "Hạn thực hiện cam kết"))
                    if due_text
                    else None
                )
                commitments.append(
                    dialogues.CommitmentInput(
                        self._cell(self.commitments, r, 0), self._cell(self.commitments, r, 1), due
                    )
                )
        except RuleViolation as exc:
            self.error.show_error(exc.message)
            return
        new_id = call(
            self, dialogues.create_dialogue, self.ctx, data, issues, commitments, today=self.today
        )
        if new_id:
            self.dialogue_id = new_id
            self.accept()


class CommitmentDialog(FormBase):
    """Follow a commitment up: a dated note, or close it (done / dropped) with the result."""

    def __init__(
        self,
        ctx: AppContext,
        row: dialogues.CommitmentRow,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.today = today or dt.date.today()
        self.setWindowTitle(translate("dialogue_dialogs", "Theo dõi cam kết"))
        self.on = DateEdit(value=self.today)
        self.on.setObjectName("on")
        self.status = combo_box(
            "status", [(v, k) for k, v in dialogues.COMMITMENT_STATUSES.items()]
        )
        combo_set(self.status, row.status)
        self.note = text_box("note")
        self.error = FieldError()
        f = QFormLayout(self)
        f.addRow(
            QLabel(
                translate("dialogue_dialogs", "<b>{what}</b><br>{owner} — hạn {0}").format(
                    fmt_date(row.due_on), what=row.what, owner=row.owner
                )
            )
        )
        f.addRow(translate("dialogue_dialogs", "Ngày:"), self.on)
        f.addRow(translate("dialogue_dialogs", "Trạng thái:"), self.status)
        f.addRow(translate("dialogue_dialogs", "Tiến độ / kết quả:"), self.note)
        f.addRow(self.error)
        f.addRow(ok_cancel(self, self.save))

    def save(self) -> None:
        if not self.checked():
            return
        status = self.status.currentData()
        if status in dialogues.OPEN_COMMITMENT:
            ok = call(
                self,
                dialogues.add_commitment_note,
                self.ctx,
                self.row.id,
                self.on.value(),
                self.note.toPlainText(),
                today=self.today,
            )
            if ok and status != self.row.status:
                ok = call(
                    self,
                    dialogues.set_commitment_status,
                    self.ctx,
                    self.row.id,
                    status,
                    today=self.today,
                )
        else:
            ok = call(
                self,
                dialogues.set_commitment_status,
                self.ctx,
                self.row.id,
                status,
                self.on.value(),
                self.note.toPlainText(),
                today=self.today,
            )
        if ok:
            self.accept()
