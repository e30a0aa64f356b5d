"""One register of answers owed: voters' petitions (Kiến nghị cử tri) or the Fatherland Front's
recommendations (Kiến nghị MTTQ): search without diacritics, a status filter, the due date
column, rows coloured by status; add, edit, answer ("Trả lời"), delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.answers import owed
from danvan_desktop.ui.answers import forms
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import DEADLINE_COLOURS
from danvan_desktop.ui.kit.forms import ask_to_delete
from danvan_desktop.ui.kit.ops import act, run_task
from danvan_desktop.ui.kit.register import RegisterScreen
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import info, warn

if TYPE_CHECKING:
    from danvan_desktop.ui.answers.screen import AnswersScreen

STATES = [
    (translate("answers.owed_tab", "Chưa trả lời"), "open"),
    (translate("answers.owed_tab", "Sắp đến hạn"), "due_soon"),
    (translate("answers.owed_tab", "Quá hạn chưa trả lời"), "overdue"),
    (translate("answers.owed_tab", "Đã trả lời"), "answered"),
    (translate("answers.owed_tab", "Trả lời quá hạn"), "late"),
]


class OwedTab(RegisterScreen):
    def __init__(self, screen: AnswersScreen, source: str) -> None:
        super().__init__(screen.ctx, None)
        self.screen, self.source = screen, source
        self.front = source == "front"
        self.ids: tuple[str, ...] = ()  # records opened from the early warning
        self.rows: list[owed.OwedRow] = []
        editable = self.ctx.can(Permission.EDIT)
        name = "front" if self.front else "voters"
        search = self.search_box(
            translate(
                "answers.owed_tab",
                "Tìm theo nội dung, cuộc giám sát, người trả lời… (gõ không dấu)",
            )
            if self.front
            else translate(
                "answers.owed_tab", "Tìm theo nội dung, kỳ họp, người trả lời… (gõ không dấu)"
            ),
            f"{name}_search",
        )
        self.state = self.filter_combo(f"{name}_state")
        self.fill_combo(self.state, STATES)
        # the dates and the status first: they stay in view however long the content is
        headers = [
            translate("answers.owed_tab", "Ngày nhận"),
            translate("answers.owed_tab", "Hạn trả lời"),
            translate("answers.owed_tab", "Ngày trả lời"),
            translate("answers.owed_tab", "Tình trạng"),
            translate("answers.owed_tab", "Nội dung kiến nghị"),
            translate("answers.owed_tab", "Cuộc giám sát, phản biện")
            if self.front
            else translate("answers.owed_tab", "Kỳ họp"),
            translate("answers.owed_tab", "Trách nhiệm trả lời"),
        ]
        self.table = make_table(headers, f"{name}_table", on_open=self.edit, stretch_last=True)
        self.filter_note = QLabel()
        self.filter_note.setObjectName(f"{name}_filter_note")
        self.filter_note.hide()
        self.clear_ids = QPushButton(translate("answers.owed_tab", "Xem tất cả"))
        self.clear_ids.setObjectName(f"{name}_show_all")
        self.clear_ids.clicked.connect(self.show_all)
        self.clear_ids.hide()
        self.total = QLabel()
        self.total.setObjectName(f"{name}_total")
        self.total.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(search, 1)
        top.addWidget(QLabel(translate("answers.owed_tab", "Tình trạng:")))
        top.addWidget(self.state)
        buttons = QHBoxLayout()
        add_text = (
            translate("answers.owed_tab", "Thêm kiến nghị của MTTQ…")
            if self.front
            else translate("answers.owed_tab", "Thêm kiến nghị cử tri…")
        )
        parts = [
            (add_text, f"add_{name}", self.add),
            (translate("answers.owed_tab", "Sửa…"), f"edit_{name}", self.edit),
            (translate("answers.owed_tab", "Trả lời…"), f"answer_{name}", self.answer),
            (translate("answers.owed_tab", "Xóa"), f"delete_{name}", self.delete),
        ]
        if self.front:
            parts.insert(
                0,
                (
                    translate("answers.owed_tab", "Thêm cuộc giám sát, phản biện…"),
                    "add_front_activity",
                    self.add_activity,
                ),
            )
            parts.insert(
                1,
                (
                    translate("answers.owed_tab", "Sửa cuộc giám sát…"),
                    "edit_front_activity",
                    self.edit_activity,
                ),
            )
        for text, obj, slot in parts:
            b = self.action(text, obj, slot)
            b.setEnabled(editable)
            buttons.addWidget(b)
        buttons.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(self.filter_note, 1)
        note.addWidget(self.clear_ids)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(note)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)

    @property
    def today(self) -> dt.date:
        return self.screen.today

    # ---- reading ----------------------------------------------------------------------------
    def current_filter(self) -> owed.OwedFilter:
        return owed.OwedFilter(
            source=self.source,
            state=self.state.currentData(),
            text=self.search.text() if self.search else "",
            ids=self.ids,
        )

    def refresh(self) -> None:
        f = self.current_filter()
        handle = run_task(
            self,
            translate("answers.owed_tab", "Đọc danh sách kiến nghị"),
            lambda _p: owed.list_items(self.ctx, f, self.today),
            quick=True,
        )
        self.rows = handle.result if handle.ok else []
        fill_table(
            self.table,
            [
                (
                    r.received_on,
                    r.due_on,
                    r.answered_on,
                    r.status_label,
                    r.content,
                    r.origin,
                    r.responsible,
                )
                for r in self.rows
            ],
            ids=[r.id for r in self.rows],
            colours=[DEADLINE_COLOURS.get(r.status.value) for r in self.rows],
            tooltips=[self._tooltip(r) for r in self.rows],
            numeric=(),
        )
        for column, cap in ((4, 380), (5, 240)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        overdue = sum(1 for r in self.rows if r.status.value == "overdue")
        answered = sum(1 for r in self.rows if r.answered_on is not None)
        text = translate(
            "answers.owed_tab", "<b>{0}</b> kiến nghị: {answered} đã trả lời, {open} chưa trả lời"
        ).format(len(self.rows), answered=answered, open=len(self.rows) - answered)
        if overdue:
            text += translate(
                "answers.owed_tab", " — <span style='color:#b00020'><b>{0} quá hạn</b></span>"
            ).format(overdue)
        self.total.setText(text + ".")

    def _tooltip(self, r: owed.OwedRow) -> str:
        parts = [r.content]
        if r.period_days:
            parts.append(
                translate("answers.owed_tab", "Thời hạn riêng {0} ngày: {1}").format(
                    r.period_days, r.period_reason
                )
            )
        if r.answered_on:
            parts.append(
                translate("answers.owed_tab", "Trả lời ngày {0} ({1}): {2}").format(
                    fmt_date(r.answered_on), r.answer_ref or "—", r.answer
                )
            )
        return "\n".join(parts)

    def show_ids(self, ids: Sequence[str], title: str) -> None:
        """Only these records (opened from the early warning), with a way back to all."""
        self.ids = tuple(ids) or ("-",)
        self.state.setCurrentIndex(0)
        self.filter_note.setText(
            translate("answers.owed_tab", "Đang xem: {0} ({1} kiến nghị)").format(
                title or translate("answers.owed_tab", "kiến nghị được chọn"), len(ids)
            )
        )
        self.filter_note.show()
        self.clear_ids.show()
        self.refresh()

    def show_all(self) -> None:
        self.ids = ()
        self.filter_note.hide()
        self.clear_ids.hide()
        self.refresh()

    def selected(self) -> owed.OwedRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            info(
                self,
                translate("answers.owed_tab", "Kiến nghị"),
                translate("answers.owed_tab", "Hãy chọn một kiến nghị trong danh sách."),
            )
            return None
        return self.rows[rows[0].row()]

    def select_id(self, item_id: str) -> None:
        for i, r in enumerate(self.rows):
            if r.id == item_id:
                self.table.selectRow(i)
                return

    # ---- actions ----------------------------------------------------------------------------
    def _after(self, dialog: Any) -> None:
        if self.screen.dialog_runner(dialog):
            self.screen.refresh()
            if isinstance(dialog.result_value, str):
                self.select_id(dialog.result_value)

    def add(self) -> None:
        if self.front and not forms.activity_choices(self.ctx, self.today):
            warn(
                self,
                translate("answers.owed_tab", "Chưa có cuộc giám sát, phản biện"),
                translate(
                    "answers.owed_tab",
                    "Hãy thêm cuộc giám sát, phản biện xã hội của MTTQ trước, rồi ghi các kiến "
                    "nghị của cuộc đó.",
                ),
            )
            return
        self._after(forms.item_dialog(self, self.source, None))

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._after(forms.item_dialog(self, self.source, row))

    def answer(self) -> None:
        row = self.selected()
        if row is not None:
            self._after(forms.answer_dialog(self, row))

    def add_activity(self) -> None:
        self._after(forms.activity_dialog(self))

    def edit_activity(self) -> None:
        """Edit the supervision or criticism the selected recommendation came from."""
        row = self.selected()
        if row is None or not row.activity_id:
            return
        acts = {a.id: a for a in owed.list_activities(self.ctx, self.today)}
        if row.activity_id in acts:
            self._after(forms.activity_dialog(self, acts[row.activity_id]))

    def delete(self) -> None:
        row = self.selected()
        if row is not None and ask_to_delete(self, translate("answers.owed_tab", "kiến nghị này")):
            act(self, lambda: owed.delete_item(self.ctx, row.id))
            self.screen.refresh()
