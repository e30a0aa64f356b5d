"""“Đề xuất từ dữ liệu” (the candidates the year's records justify, ticked and created in one
step) and the history of a subject (every proposal and decision for a person, a collective or a
model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.services.commendations import queries, suggest, vocab
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, GREEN, GREY
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.kit.tables import fill_table, make_table
from danvan_desktop.ui.widgets import FieldError

STATUS_COLOURS = {"granted": GREEN, "refused": GREY, "submitted": AMBER, "proposed": None}


class SuggestionsDialog(QDialog):
    HEADERS = [
        translate("commendations.data_dialogs", "Chọn"),
        translate("commendations.data_dialogs", "Nguồn"),
        translate("commendations.data_dialogs", "Đối tượng"),
        translate("commendations.data_dialogs", "Đơn vị"),
        translate("commendations.data_dialogs", "Cấp"),
        translate("commendations.data_dialogs", "Căn cứ"),
    ]

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        today: dt.date,
        rounds: Sequence[queries.RoundRow],
        round_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        self.setWindowTitle(
            translate("commendations.data_dialogs", "Đề xuất khen thưởng từ dữ liệu")
        )
        self.resize(1100, 520)
        self.created: list[str] = []
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.round = QComboBox()
        self.round.setObjectName("round")
        for r in rounds:
            self.round.addItem(r.title, r.id)
        if round_id:
            self.round.setCurrentIndex(max(self.round.findData(round_id), 0))
        chosen = next((r for r in rounds if r.id == self.round.currentData()), None)
        self.year.setValue(chosen.year if chosen else today.year)
        self.year.valueChanged.connect(lambda _: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("commendations.data_dialogs", "Dữ liệu năm:")))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(translate("commendations.data_dialogs", "Tạo đề nghị trong đợt:")))
        top.addWidget(self.round, 1)
        intro = QLabel(
            translate(
                "commendations.data_dialogs",
                "Mô hình, điển hình được công nhận trong năm chưa được đề nghị, và xã nếu kết quả "
                "chấm điểm của năm xếp loại Xuất sắc hoặc Tốt. Đánh dấu những đề xuất muốn tạo.",
            )
        )
        intro.setWordWrap(True)
        self.table = make_table(self.HEADERS, "suggestions_table")
        self.error = FieldError()
        self.error.setObjectName("form_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            translate("commendations.data_dialogs", "Tạo đề nghị đã chọn"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.create_button.setObjectName("create")
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.items: list[suggest.Suggestion] = []
        self.refresh()

    def refresh(self) -> None:
        handle = run_task(
            self,
            translate("commendations.data_dialogs", "Đề xuất từ dữ liệu"),
            lambda _p: suggest.suggestions(self.ctx, self.year.value()),
            quick=True,
            error=self.error,
        )
        self.items = handle.result if handle.ok else []
        fill_table(
            self.table,
            [
                [
                    "",
                    x.source,
                    x.subject_name,
                    x.subject_unit,
                    vocab.label(vocab.LEVELS, x.level),
                    x.grounds,
                ]
                for x in self.items
            ],
            [x.key for x in self.items],
        )
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.create_button.setEnabled(bool(self.items))

    def keys(self) -> list[str]:
        return [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, keys: Sequence[str]) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def create(self) -> bool:
        keys, round_id = self.keys(), self.round.currentData()
        if not round_id:
            self.error.show_error(
                translate(
                    "commendations.data_dialogs", "Chưa có đợt khen thưởng: hãy tạo đợt trước."
                )
            )
            return False
        if not keys:
            self.error.show_error(
                translate("commendations.data_dialogs", "Chưa đánh dấu đề xuất nào.")
            )
            return False
        handle = run_task(
            self,
            translate("commendations.data_dialogs", "Tạo đề nghị khen thưởng"),
            lambda _p: suggest.create_from_suggestions(
                self.ctx, round_id, self.year.value(), keys, today=self.today
            ),
            quick=True,
            error=self.error,
        )
        if not handle.ok:
            return False
        self.created = list(handle.result)
        self.accept()
        return True


class HistoryDialog(QDialog):
    SUBJECTS = [
        translate("commendations.data_dialogs", "Tên"),
        translate("commendations.data_dialogs", "Đối tượng"),
        translate("commendations.data_dialogs", "Số lần đề nghị"),
        translate("commendations.data_dialogs", "Được khen"),
        translate("commendations.data_dialogs", "Năm gần nhất"),
    ]
    HISTORY = [
        translate("commendations.data_dialogs", "Năm"),
        translate("commendations.data_dialogs", "Đợt"),
        translate("commendations.data_dialogs", "Hình thức"),
        translate("commendations.data_dialogs", "Cấp"),
        translate("commendations.data_dialogs", "Trạng thái"),
        translate("commendations.data_dialogs", "Số QĐ"),
        translate("commendations.data_dialogs", "Ngày QĐ"),
        translate("commendations.data_dialogs", "Thành tích"),
    ]

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        name: str = "",
        model_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("commendations.data_dialogs", "Lịch sử khen thưởng"))
        self.resize(1100, 560)
        self.search = QLineEdit(name)
        self.search.setObjectName("history_search")
        self.search.setPlaceholderText(
            translate(
                "commendations.data_dialogs", "Tìm tên người, tập thể, mô hình (không cần dấu)…"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.subjects_table = make_table(self.SUBJECTS, "subjects_table", stretch_last=False)
        self.subjects_table.itemSelectionChanged.connect(self.show_history)
        self.history_table = make_table(self.HISTORY, "history_table")
        self.title = QLabel()
        self.title.setObjectName("history_title")
        self.title.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.subjects_table, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.history_table, 3)
        layout.addWidget(buttons)
        self.subjects: list[queries.Subject] = []
        self.rows: list[queries.ProposalRow] = []
        self.refresh()
        if model_id or name:
            self.select(name, model_id)

    def refresh(self) -> None:
        self.subjects = queries.subjects(self.ctx, self.search.text())
        fill_table(
            self.subjects_table,
            [[s.name, s.kind_label, s.proposals, s.granted, s.last_year] for s in self.subjects],
            list(range(len(self.subjects))),
        )
        self.subjects_table.setColumnWidth(0, 460)

    def select(self, name: str, model_id: str | None) -> None:
        for i, s in enumerate(self.subjects):
            if (model_id and s.model_id == model_id) or (not model_id and s.name == name):
                self.subjects_table.selectRow(i)
                return

    def show_history(self) -> None:
        rows = self.subjects_table.selectionModel().selectedRows()
        if not rows:
            return
        subject = self.subjects[rows[0].row()]
        self.rows = queries.history(self.ctx, name=subject.name, model_id=subject.model_id)
        granted = sum(r.status == "granted" for r in self.rows)
        self.title.setText(
            translate(
                "commendations.data_dialogs",
                "<b>{name}</b> ({0}): {1} lần đề nghị, {granted} lần được khen.",
            ).format(subject.kind_label.lower(), len(self.rows), name=subject.name, granted=granted)
        )
        fill_table(
            self.history_table,
            [
                [
                    r.year,
                    r.occasion,
                    r.form_label,
                    r.level_label,
                    r.status_label,
                    r.decision_number,
                    r.decision_date,
                    r.achievements,
                ]
                for r in self.rows
            ],
            [r.id for r in self.rows],
            [STATUS_COLOURS.get(r.status) for r in self.rows],
        )
