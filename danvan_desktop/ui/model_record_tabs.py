"""Tabs of a saved model's dialog: the recognition steps with their deadlines, the reviews, the
evidence files and the copies replicated to other units.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.models import (
    ModelStatus,
    ReviewResult,
    Transition,
    allowed_actions,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.services import models
from danvan_desktop.services.scoring import model_appraisal
from danvan_desktop.ui.i18n import translate


class ModelRecordTabs:
    """The tabs a saved model adds to its dialog (mixed into ModelDialog): steps and their
    deadlines, reviews, evidence files and replicated copies, built once and refilled on load."""

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setObjectName(name)
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.horizontalHeader().setStretchLastSection(True)
        return t

    def _build_steps(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.steps = self._table(
            [
                translate("model_record_tabs", "Ngày"),
                translate("model_record_tabs", "Bước"),
                translate("model_record_tabs", "Từ"),
                "Sang",
                translate("model_record_tabs", "Người thực hiện"),
                translate("model_record_tabs", "Ghi chú"),
            ],
            "steps",
        )
        self.action_box = QHBoxLayout()
        # The council's sheets (thẩm định theo bộ tiêu chí mô hình) while the model awaits them.
        self.council_label = QLabel()
        self.council_label.setObjectName("council_label")
        self.council_label.setWordWrap(True)
        self.council_sheet_button = QPushButton(
            translate("model_record_tabs", "Nhập phiếu chấm của thành viên hội đồng…")
        )
        self.council_sheet_button.setObjectName("council_sheet")
        self.council_sheet_button.clicked.connect(self.add_council_sheet)
        self.appraise_button = QPushButton(
            translate("model_record_tabs", "Thẩm định theo phiếu hội đồng…")
        )
        self.appraise_button.setObjectName("appraise_by_council")
        self.appraise_button.clicked.connect(self.appraise_by_council)
        council_row = QHBoxLayout()
        council_row.addWidget(self.council_sheet_button)
        council_row.addWidget(self.appraise_button)
        council_row.addStretch(1)
        layout = QVBoxLayout(self.steps_tab)
        layout.addWidget(self.status_label)
        layout.addLayout(self.action_box)
        layout.addWidget(self.council_label)
        layout.addLayout(council_row)
        layout.addWidget(self.steps)

    def _build_reviews(self) -> None:
        self.reviews = self._table(
            [
                translate("model_record_tabs", "Năm"),
                translate("model_record_tabs", "Kết quả"),
                translate("model_record_tabs", "Ngày rà soát"),
                translate("model_record_tabs", "Nhận xét"),
            ],
            "reviews",
        )
        self.review_button = QPushButton(
            translate("model_record_tabs", "Thêm kết quả rà soát năm…")
        )
        self.review_button.clicked.connect(self.add_review)
        layout = QVBoxLayout(self.reviews_tab)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reviews)

    def _build_evidence(self) -> None:
        self.evidence = self._table(
            [
                translate("model_record_tabs", "Tệp"),
                translate("model_record_tabs", "Ở bước"),
                translate("model_record_tabs", "Kích thước"),
                translate("model_record_tabs", "Ngày thêm"),
                translate("model_record_tabs", "Ghi chú"),
            ],
            "evidence",
        )
        add = QPushButton(translate("model_record_tabs", "Thêm tệp minh chứng…"))
        add.setEnabled(self.editable)
        add.clicked.connect(self.add_evidence)
        save_copy = QPushButton(translate("model_record_tabs", "Lưu bản sao tệp…"))
        save_copy.clicked.connect(self.save_evidence_copy)
        remove = QPushButton(translate("model_record_tabs", "Gỡ minh chứng"))
        remove.setEnabled(self.editable)
        remove.clicked.connect(self.remove_evidence)
        row = QHBoxLayout()
        for b in (add, save_copy, remove):
            row.addWidget(b)
        row.addStretch(1)
        note = QLabel(
            translate(
                "model_record_tabs",
                "Tệp được sao chép vào kho lưu trữ của phần mềm (rút USB không mất dữ liệu).",
            )
        )
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self.evidence_tab)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.evidence)

    def _build_copies(self) -> None:
        self.copies = self._table(
            [
                translate("model_record_tabs", "Mô hình nhân rộng"),
                translate("model_record_tabs", "Đơn vị"),
                translate("model_record_tabs", "Trạng thái"),
            ],
            "copies",
        )
        self.replicate_button = QPushButton(
            translate("model_record_tabs", "Đăng ký nhân rộng sang đơn vị khác…")
        )
        self.replicate_button.clicked.connect(self.replicate)
        layout = QVBoxLayout(self.copies_tab)
        layout.addWidget(self.replicate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copies)

    def _set_saved_tabs_enabled(self, enabled: bool) -> None:
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, enabled)

    def _fill_table(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(v)))
        table.resizeColumnsToContents()

    def _load_steps(self) -> None:
        d = self.detail
        self.status_label.setText(
            translate("model_record_tabs", "Trạng thái hiện tại: <b>{0}</b>").format(
                ModelStatus(d.status).label
            )
        )
        self._fill_table(
            self.steps,
            [
                [
                    fmt_date(t["on"]),
                    Transition(t["action"]).label,
                    ModelStatus(t["from"]).label,
                    ModelStatus(t["to"]).label,
                    t["by"],
                    t["note"],
                ]
                for t in d.transitions
            ],
        )
        while self.action_box.count():
            item = self.action_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for action in allowed_actions(ModelStatus(d.status)):
            if action in (
                Transition.REPLICATE,
                Transition.REVIEW_MAINTAINED,
                Transition.REVIEW_DECLINING,
            ):
                continue  # done from the "Nhân rộng" and "Rà soát" tabs, which record the details
            button = QPushButton(action.label + "…")
            button.setObjectName(f"action_{action.value}")
            needed = Permission.APPROVE if action in models.APPROVAL_ACTIONS else Permission.EDIT
            button.setEnabled(self.ctx.can(needed))
            if not self.ctx.can(needed):
                button.setToolTip(translate("model_record_tabs", "Cần quyền lãnh đạo (duyệt, ký)"))
            button.clicked.connect(lambda _=False, a=action: self.do_transition(a))
            self.action_box.addWidget(button)
        self.action_box.addStretch(1)
        self._load_council()
        recognised = ModelStatus(d.status) in (
            ModelStatus.RECOGNISED,
            ModelStatus.REPLICATED,
            ModelStatus.MAINTAINED,
            ModelStatus.DECLINING,
        )
        self.review_button.setEnabled(self.editable and recognised)
        self.replicate_button.setEnabled(
            self.editable
            and ModelStatus(d.status)
            in (ModelStatus.RECOGNISED, ModelStatus.MAINTAINED, ModelStatus.REPLICATED)
        )

    def _load_council(self) -> None:
        proposed = self.detail.status == ModelStatus.PROPOSED.value
        view = model_appraisal.council_view(self.ctx, self.detail.id)
        lines = []
        if view is not None and view.sheets:
            for sheet in view.sheets:
                lines.append(
                    translate("model_record_tabs", "{0} ({1}): {2} điểm").format(
                        sheet.member_name, sheet.member_role, fmt(sheet.total)
                    )
                )
            if view.council is not None:
                lines.append(
                    translate("model_record_tabs", "Bình quân hội đồng: {0} điểm — {1}").format(
                        fmt(view.council.total), view.council.class_label
                    )
                )
                if proposed and view.council.members < view.needed:
                    lines.append(
                        translate(
                            "model_record_tabs", "Cần ít nhất {0} phiếu để thẩm định (mới có {1})."
                        ).format(view.needed, view.council.members)
                    )
        elif proposed:
            lines.append(translate("model_record_tabs", "Hội đồng chưa có phiếu chấm nào."))
        title = translate("model_record_tabs", "Phiếu chấm của hội đồng thẩm định")
        self.council_label.setText(f"<b>{title}</b><br>" + "<br>".join(lines) if lines else "")
        self.council_label.setVisible(bool(lines))
        self.council_sheet_button.setVisible(proposed)
        self.council_sheet_button.setEnabled(self.editable)
        self.appraise_button.setVisible(proposed)
        self.appraise_button.setEnabled(self.ctx.can(Permission.APPROVE))

    def _load_reviews(self) -> None:
        self._fill_table(
            self.reviews,
            [
                [r["year"], ReviewResult(r["result"]).label, fmt_date(r["on"]), r["notes"]]
                for r in self.detail.reviews
            ],
        )

    def _load_evidence(self) -> None:
        rows = []
        for e in self.detail.evidence:
            size = e["size"]
            human = f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"
            step = (
                ModelStatus(e["step"]).label
                if e["step"] in ModelStatus._value2member_map_
                else e["step"]
            )
            rows.append([e["file_name"], step, human, f"{e['added']:%d/%m/%Y}", e["note"]])
        self._fill_table(self.evidence, rows)

    def _load_copies(self) -> None:
        self._fill_table(
            self.copies,
            [[c["name"], c["owner"], ModelStatus(c["status"]).label] for c in self.detail.copies],
        )
