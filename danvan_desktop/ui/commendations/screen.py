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
from danvan_desktop.ui.kit.colours import OK_BOX, WARN_BOX
from danvan_desktop.ui.kit.ops import act, run_task
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
        "Năm",
        "Đối tượng",
        "Họ tên / Tập thể",
        "Chức vụ",
        "Đơn vị",
        "Hình thức",
        "Cấp",
        "Trạng thái",
        "Số QĐ",
        "Ngày QĐ",
        "Thành tích",
    ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.dialog_runner: Any = lambda dialog: dialog.exec()
        self.rounds: list[queries.RoundRow] = []
        self.rows: list[queries.ProposalRow] = []
        title = QLabel("<h2>Khen thưởng</h2>")
        self.round_combo = self.filter_combo("round")
        self.status_combo = self.filter_combo("status")
        self.fill_combo(self.status_combo, [(v, k) for k, v in vocab.STATUSES.items()])
        search = self.search_box("Tìm tên, đơn vị, thành tích, số quyết định (không cần dấu)…")
        search.setMinimumWidth(380)
        row1 = QHBoxLayout()
        row1.addWidget(title)
        row1.addStretch(1)
        row1.addWidget(search, 2)
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Đợt:"))
        filters.addWidget(self.round_combo, 3)
        filters.addWidget(self.action("Đợt mới…", "add_round", self.add_round))
        filters.addWidget(self.action("Sửa đợt…", "edit_round", self.edit_round))
        filters.addSpacing(16)
        filters.addWidget(QLabel("Trạng thái:"))
        filters.addWidget(self.status_combo, 1)
        row2 = QHBoxLayout()
        for text, name, slot in (
            ("Thêm đề nghị…", "add_proposal", self.add_proposal),
            ("Sửa…", "edit_proposal", self.open_selected),
            ("Xóa", "delete_proposal", self.delete_proposal),
            ("Đã trình", "mark_submitted", lambda: self.mark(vocab.SUBMITTED)),
            ("Không được khen", "mark_refused", lambda: self.mark(vocab.REFUSED)),
            ("Ghi quyết định…", "add_decision", self.add_decision),
        ):
            row2.addWidget(self.action(text, name, slot))
        row2.addStretch(1)
        for text, name, slot, tip in (
            (
                "Đề xuất từ dữ liệu…",
                "suggest",
                self.suggest,
                "Mô hình được công nhận và kết quả chấm điểm chưa được đề nghị",
            ),
            (
                "Lịch sử…",
                "history",
                self.history,
                "Lịch sử khen thưởng của người, tập thể, mô hình",
            ),
            ("In giấy khen…", "certificate", self.print_certificates, "Giấy khen (PDF)"),
            ("Xuất Excel…", "export", self.export_list, "Danh sách khen thưởng (Excel)"),
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
            [(f"{r.title} — {r.proposals} đề nghị", r.id) for r in self.rounds],
            "Tất cả các đợt",
        )
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
                    r.position,
                    r.subject_unit,
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
            self.detail.setText(f"{len(self.rows)} đề nghị.")
            return
        parts = [f"<b>{r.subject_name}</b> — {r.occasion} năm {r.year}"]
        if r.grounds:
            parts.append(f"Căn cứ: {r.grounds}")
        if r.decision_number:
            parts.append(
                f"Quyết định số {r.decision_number} ngày {r.decision_date:%d/%m/%Y} "
                f"({r.issuing_body})"
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
        self.show_notice(saved.warnings, "Đã lưu.")

    # ---- rounds and proposals ---------------------------------------------------------------
    def add_round(self) -> None:
        if self.dialog_runner(round_dialog(self.ctx, self, self.today, self._saved)):
            self.reload()

    def edit_round(self) -> None:
        r = self.selected_round()
        if r is None:
            info(self, "Sửa đợt", "Hãy chọn một đợt khen thưởng ở ô “Đợt”.")
            return
        if self.dialog_runner(round_dialog(self.ctx, self, self.today, self._saved, r)):
            self.reload()

    def add_proposal(self) -> None:
        if not self.rounds:
            info(self, "Thêm đề nghị", "Chưa có đợt khen thưởng: hãy tạo đợt trước (Đợt mới…).")
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
            self, "Xóa đề nghị", f"Xóa đề nghị khen thưởng “{r.subject_name}”?"
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
            info(self, "Ghi quyết định", "Không còn đề nghị nào chờ quyết định.")
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
                [], f"Đã ghi quyết định, {len(dialog.checked_ids())} đề nghị được khen."
            )
            self.reload()

    # ---- data, history, documents -------------------------------------------------------
    def suggest(self) -> None:
        if not self.rounds:
            info(self, "Đề xuất từ dữ liệu", "Chưa có đợt khen thưởng: hãy tạo đợt trước.")
            return
        dialog = SuggestionsDialog(
            self.ctx, self, self.today, self.rounds, self.round_combo.currentData()
        )
        if self.dialog_runner(dialog):
            self.show_notice([], f"Đã tạo {len(dialog.created)} đề nghị từ dữ liệu.")
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
            info(self, "In giấy khen", "Chọn một đề nghị “Được khen” để in giấy khen.")
            return
        name = f"giay-khen-{rows[0].year}" if len(rows) > 1 else f"giay-khen-{rows[0].year}-1"
        target = self.ask_export_path("In giấy khen", name, "pdf")
        if target is None:
            return
        handle = run_task(
            self,
            "In giấy khen",
            lambda _p: certificate.export_certificates(self.ctx, [r.id for r in rows], target),
            quick=True,
        )
        if handle.ok:
            self.status_message(f"Đã ghi {len(rows)} giấy khen vào {target}.")

    def export_list(self) -> None:
        from danvan_desktop.reports.commendations import list_xlsx

        target = self.ask_export_path("Xuất danh sách khen thưởng", "danh-sach-khen-thuong", "xlsx")
        if target is None:
            return
        rows = list(self.rows)
        handle = run_task(
            self,
            "Xuất Excel",
            lambda p: list_xlsx.write_list(self.ctx, rows, Path(target), progress=p),
        )
        if handle.ok:
            self.status_message(f"Đã xuất {len(rows)} dòng vào {target}.")
