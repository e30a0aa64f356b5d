"""The commendations screen: rounds and their proposals in one register (search without
diacritics, status colours), the proposal and decision forms, “Đề xuất từ dữ liệu”, the history
of a subject, the certificate (PDF) and the commendation list (Excel).

`today`, `dialog_runner` (shows a form modally) and `ask_export_path` are attributes so a test
drives the screen without a modal loop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from danvan_desktop.services.commendations import queries, vocab
from danvan_desktop.services.commendations import records as cr
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.commendations.data_dialogs import (
    STATUS_COLOURS,
    HistoryDialog,
    SuggestionsDialog,
)
from danvan_desktop.ui.commendations.dialogs import DecisionDialog, proposal_dialog, round_dialog
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import OK_BOX, WARN_BOX
from danvan_desktop.ui.kit.ops import TaskHandle, act, run_task
from danvan_desktop.ui.kit.register import RegisterScreen, compact
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.widgets import confirm, info


class CommendationsScreen(RegisterScreen):
    watched_types = {
        "commendation_rounds",
        "commendation_proposals",
        "commendation_decisions",
        "models",
    }
    HEADERS = [
        translate("commendations.screen", "Năm"),
        translate("commendations.screen", "Đối tượng"),
        translate("commendations.screen", "Họ tên / Tập thể"),
        translate("commendations.screen", "Hình thức"),
        translate("commendations.screen", "Cấp"),
        translate("commendations.screen", "Trạng thái"),
        translate("commendations.screen", "Số QĐ"),
        translate("commendations.screen", "Ngày QĐ"),
        translate("commendations.screen", "Chức vụ"),
        translate("commendations.screen", "Đơn vị"),
        translate("commendations.screen", "Thành tích"),
    ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.dialog_runner: Any = lambda dialog: dialog.exec()
        self.task: TaskHandle | None = None  # the last export (certificate PDF, Excel list)
        self.rounds: list[queries.RoundRow] = []
        self.rows: list[queries.ProposalRow] = []
        title = QLabel(translate("commendations.screen", "<h2>Khen thưởng</h2>"))
        self.round_combo = self.filter_combo("round")
        self.status_combo = self.filter_combo("status")
        self.fill_combo(self.status_combo, [(v, k) for k, v in vocab.STATUSES.items()])
        search = self.search_box(
            translate(
                "commendations.screen",
                "Tìm tên, đơn vị, thành tích, số quyết định (không cần dấu)…",
            )
        )
        search.setMinimumWidth(380)
        row1 = QHBoxLayout()
        row1.addWidget(title)
        row1.addStretch(1)
        row1.addWidget(search, 2)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("commendations.screen", "Đợt:")))
        filters.addWidget(self.round_combo, 3)
        filters.addWidget(
            self.action(translate("commendations.screen", "Đợt mới…"), "add_round", self.add_round)
        )
        filters.addWidget(
            self.action(
                translate("commendations.screen", "Sửa đợt…"), "edit_round", self.edit_round
            )
        )
        filters.addSpacing(16)
        filters.addWidget(QLabel(translate("commendations.screen", "Trạng thái:")))
        filters.addWidget(self.status_combo, 1)
        row2 = QHBoxLayout()
        for text, name, slot in (
            (translate("commendations.screen", "Thêm đề nghị…"), "add_proposal", self.add_proposal),
            (translate("commendations.screen", "Sửa…"), "edit_proposal", self.open_selected),
            (translate("commendations.screen", "Xóa"), "delete_proposal", self.delete_proposal),
            (
                translate("commendations.screen", "Đã trình"),
                "mark_submitted",
                lambda: self.mark(vocab.SUBMITTED),
            ),
            (
                translate("commendations.screen", "Không được khen"),
                "mark_refused",
                lambda: self.mark(vocab.REFUSED),
            ),
            (
                translate("commendations.screen", "Ghi quyết định…"),
                "add_decision",
                self.add_decision,
            ),
        ):
            row2.addWidget(self.action(text, name, slot))
        row2.addStretch(1)
        for text, name, slot, tip in (
            (
                translate("commendations.screen", "Đề xuất từ dữ liệu…"),
                "suggest",
                self.suggest,
                translate(
                    "commendations.screen",
                    "Mô hình được công nhận và kết quả chấm điểm chưa được đề nghị",
                ),
            ),
            (
                translate("commendations.screen", "Lịch sử…"),
                "history",
                self.history,
                translate(
                    "commendations.screen", "Lịch sử khen thưởng của người, tập thể, mô hình"
                ),
            ),
            (
                translate("commendations.screen", "In giấy khen…"),
                "certificate",
                self.print_certificates,
                translate("commendations.screen", "Giấy khen (PDF)"),
            ),
            (
                translate("commendations.screen", "Xuất Excel…"),
                "export",
                self.export_list,
                translate("commendations.screen", "Danh sách khen thưởng (Excel)"),
            ),
        ):
            row2.addWidget(self.action(text, name, slot, tip=tip))
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.table = make_table(self.HEADERS, "proposals_table", on_open=self.open_selected)
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(filters)
        layout.addLayout(row2)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        compact(self)
        self.reload()

    # ---- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.rounds = queries.list_rounds(self.ctx)
        self.fill_combo(
            self.round_combo,
            [
                (
                    translate("commendations.screen", "{title} — {proposals} đề nghị").format(
                        title=r.title, proposals=r.proposals
                    ),
                    r.id,
                )
                for r in self.rounds
            ],
            translate("commendations.screen", "Tất cả các đợt"),
        )
        self.refresh()

    def show_round(self, round_id: str | None) -> None:
        """A round's proposals, every status, no search (a home-screen line opened;
        ui.commendations.opening); no round: every round."""
        self.clear_filters()
        self.round_combo.blockSignals(True)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(round_id), 0))
        self.round_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.rows = queries.list_proposals(
            self.ctx,
            round_id=self.round_combo.currentData(),
            status=self.status_combo.currentData(),
            query=self.search.text() if self.search else "",
        )
        fill_table(
            self.table,
            [
                [
                    r.year,
                    r.kind_label,
                    r.subject_name,
                    r.form_label,
                    r.level_label,
                    r.status_label,
                    r.decision_number,
                    r.decision_date,
                    r.position,
                    r.subject_unit,
                    r.achievements,
                ]
                for r in self.rows
            ],
            [r.id for r in self.rows],
            [STATUS_COLOURS.get(r.status) for r in self.rows],
            numeric=[0],
        )
        self.show_detail()

    def selected(self) -> queries.ProposalRow | None:
        pid = selected_id(self.table)
        return next((r for r in self.rows if r.id == pid), None)

    def selected_round(self) -> queries.RoundRow | None:
        rid = self.round_combo.currentData()
        return next((r for r in self.rounds if r.id == rid), None)

    def show_detail(self) -> None:
        r = self.selected()
        if r is None:
            self.detail.setText(
                translate("commendations.screen", "{0} đề nghị.").format(len(self.rows))
            )
            return
        parts = [
            translate(
                "commendations.screen", "<b>{subject_name}</b> — {occasion} năm {year}"
            ).format(subject_name=r.subject_name, occasion=r.occasion, year=r.year)
        ]
        if r.grounds:
            parts.append(
                translate("commendations.screen", "Căn cứ: {grounds}").format(grounds=r.grounds)
            )
        if r.decision_number:
            parts.append(
                translate(
                    "commendations.screen",
                    "Quyết định số {decision_number} ngày {decision_date:%d/%m/%Y} "
                    "({issuing_body})",
                ).format(
                    decision_number=r.decision_number,
                    decision_date=r.decision_date,
                    issuing_body=r.issuing_body,
                )
            )
        self.detail.setText("<br>".join(parts))

    def show_notice(self, lines: list[str] | tuple[str, ...], ok: str = "") -> None:
        if not lines and not ok:
            self.notice.hide()
            return
        self.notice.setStyleSheet(WARN_BOX if lines else OK_BOX)
        self.notice.setText("<br>".join(lines) if lines else ok)
        self.notice.show()

    def _saved(self, saved: cr.Saved) -> None:
        self.show_notice(saved.warnings, translate("commendations.screen", "Đã lưu."))

    # ---- rounds and proposals ---------------------------------------------------------------
    def add_round(self) -> None:
        if self.dialog_runner(round_dialog(self.ctx, self, self.today, self._saved)):
            self.reload()

    def edit_round(self) -> None:
        r = self.selected_round()
        if r is None:
            info(
                self,
                translate("commendations.screen", "Sửa đợt"),
                translate("commendations.screen", "Hãy chọn một đợt khen thưởng ở ô “Đợt”."),
            )
            return
        if self.dialog_runner(round_dialog(self.ctx, self, self.today, self._saved, r)):
            self.reload()

    def add_proposal(self) -> None:
        if not self.rounds:
            info(
                self,
                translate("commendations.screen", "Thêm đề nghị"),
                translate(
                    "commendations.screen", "Chưa có đợt khen thưởng: hãy tạo đợt trước (Đợt mới…)."
                ),
            )
            return
        dialog = proposal_dialog(
            self.ctx,
            self,
            self.today,
            self.rounds,
            self._saved,
            round_id=self.round_combo.currentData(),
        )
        if self.dialog_runner(dialog):
            self.reload()

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = proposal_dialog(self.ctx, self, self.today, self.rounds, self._saved, r)
        if self.dialog_runner(dialog):
            self.reload()

    def delete_proposal(self) -> None:
        r = self.selected()
        if r is None or not confirm(
            self,
            translate("commendations.screen", "Xóa đề nghị"),
            translate("commendations.screen", "Xóa đề nghị khen thưởng “{subject_name}”?").format(
                subject_name=r.subject_name
            ),
        ):
            return
        if act(self, lambda: cr.delete_proposal(self.ctx, r.id)):
            self.reload()

    def mark(self, status: str) -> None:
        r = self.selected()
        if r is not None and act(self, lambda: cr.set_status(self.ctx, [r.id], status)):
            self.refresh()

    def add_decision(self) -> None:
        rnd = self.selected_round()
        open_rows = [
            r
            for r in queries.list_proposals(self.ctx, round_id=rnd.id if rnd else None)
            if r.status != vocab.GRANTED
        ]
        if not open_rows:
            info(
                self,
                translate("commendations.screen", "Ghi quyết định"),
                translate("commendations.screen", "Không còn đề nghị nào chờ quyết định."),
            )
            return
        pre = [r.id for r in open_rows if r.status == vocab.SUBMITTED]
        chosen = self.selected()
        if chosen is not None and chosen.status != vocab.GRANTED:
            pre = [chosen.id]
        dialog = DecisionDialog(
            self.ctx, self, self.today, open_rows, pre, rnd.id if rnd else open_rows[0].round_id
        )
        if self.dialog_runner(dialog):
            self.show_notice(
                [],
                translate(
                    "commendations.screen", "Đã ghi quyết định, {0} đề nghị được khen."
                ).format(len(dialog.checked_ids())),
            )
            self.reload()

    # ---- data, history, documents -------------------------------------------------------
    def suggest(self) -> None:
        if not self.rounds:
            info(
                self,
                translate("commendations.screen", "Đề xuất từ dữ liệu"),
                translate("commendations.screen", "Chưa có đợt khen thưởng: hãy tạo đợt trước."),
            )
            return
        dialog = SuggestionsDialog(
            self.ctx, self, self.today, self.rounds, self.round_combo.currentData()
        )
        if self.dialog_runner(dialog):
            self.show_notice(
                [],
                translate("commendations.screen", "Đã tạo {0} đề nghị từ dữ liệu.").format(
                    len(dialog.created)
                ),
            )
            self.reload()

    def history(self) -> None:
        r = self.selected()
        dialog = HistoryDialog(
            self.ctx,
            self,
            r.subject_name if r else "",
            r.model_id if r else None,
        )
        self.dialog_runner(dialog)

    def print_certificates(self) -> None:
        from danvan_desktop.reports.commendations import certificate

        chosen = self.selected()
        rows = [chosen] if chosen else [r for r in self.rows if r.status == vocab.GRANTED]
        rows = [r for r in rows if r is not None and r.status == vocab.GRANTED]
        if not rows:
            info(
                self,
                translate("commendations.screen", "In giấy khen"),
                translate("commendations.screen", "Chọn một đề nghị “Được khen” để in giấy khen."),
            )
            return
        name = f"giay-khen-{rows[0].year}" if len(rows) > 1 else f"giay-khen-{rows[0].year}-1"
        target = self.ask_export_path(
            translate("commendations.screen", "In giấy khen"), name, "pdf"
        )
        if target is None:
            return
        count = len(rows)

        def done(_path: object) -> None:
            self.status_message(
                translate("commendations.screen", "Đã ghi {0} giấy khen vào {target}.").format(
                    count, target=target
                )
            )

        # a PDF of many pages is written on a worker, as every export
        self.task = run_task(
            self,
            translate("commendations.screen", "In giấy khen"),
            lambda _p: certificate.export_certificates(self.ctx, [r.id for r in rows], target),
            done,
        )

    def export_list(self) -> None:
        from danvan_desktop.reports.commendations import list_xlsx

        target = self.ask_export_path(
            translate("commendations.screen", "Xuất danh sách khen thưởng"),
            "danh-sach-khen-thuong",
            "xlsx",
        )
        if target is None:
            return
        rows = list(self.rows)

        def done(_path: object) -> None:
            # shown once the workbook is written (the task runs on a worker)
            self.status_message(
                translate("commendations.screen", "Đã xuất {0} dòng vào {target}.").format(
                    len(rows), target=target
                )
            )

        self.task = run_task(
            self,
            translate("commendations.screen", "Xuất Excel"),
            lambda p: list_xlsx.write_list(self.ctx, rows, Path(target), progress=p),
            done,
        )
