"""The upper level's rubrics: load a rubric file (JSON, or an Excel sheet laid out like the
guidance tables), issue it to the communes below (it travels down in the reference bundle and
in every rollup), and export one back to the guidance tables' Excel layout. A version is never
edited in place: a changed file is a new version beside the old one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.rubrics import RubricRow
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id

SUBJECTS = {
    "unit_year": translate("scoring.rubrics_dialog", "Đơn vị, năm"),
    "model": translate("scoring.rubrics_dialog", "Mô hình"),
}


class RubricsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RubricRow] = []
        self.setWindowTitle(translate("scoring.rubrics_dialog", "Bộ tiêu chí chấm điểm"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "scoring.rubrics_dialog",
                "Bộ tiêu chí ban hành được gửi xuống các xã trong gói tham chiếu và bản tổng hợp. "
                "Sửa bộ tiêu chí: nhập lại tệp đã sửa thành phiên bản mới; phiên bản cũ giữ nguyên "
                "cho các phiếu đã chấm trên nó.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = make_table(
            [
                translate("scoring.rubrics_dialog", "Mã"),
                translate("scoring.rubrics_dialog", "Tên bộ tiêu chí"),
                translate("scoring.rubrics_dialog", "Phiên bản"),
                translate("scoring.rubrics_dialog", "Năm"),
                translate("scoring.rubrics_dialog", "Đối tượng"),
                translate("scoring.rubrics_dialog", "Ban hành ngày"),
                translate("scoring.rubrics_dialog", "Từ tệp"),
            ],
            "rubrics",
        )
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.import_button = QPushButton(
            translate("scoring.rubrics_dialog", "Nhập tệp (JSON, Excel)…")
        )
        self.import_button.setObjectName("import_rubric")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.issue_button = QPushButton(translate("scoring.rubrics_dialog", "Ban hành cho các xã"))
        self.issue_button.setObjectName("issue_rubric")
        self.issue_button.clicked.connect(lambda: self.issue_selected())
        self.export_button = QPushButton(translate("scoring.rubrics_dialog", "Xuất ra Excel…"))
        self.export_button.setObjectName("export_rubric")
        self.export_button.clicked.connect(lambda: self.export_selected())
        for b in (self.import_button, self.issue_button, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> Any:
        def done(rows: list[RubricRow]) -> None:
            self.rows = rows
            fill_table(
                self.table,
                [
                    [
                        r.code,
                        r.title,
                        r.version,
                        r.year or "",
                        SUBJECTS.get(r.subject, r.subject),
                        fmt_date(r.issued_on)
                        if r.issued_on
                        else translate("scoring.rubrics_dialog", "chưa ban hành"),
                        r.source,
                    ]
                    for r in rows
                ],
                [r.id for r in rows],
            )
            self._enable()

        return run_task(
            self,
            translate("scoring.rubrics_dialog", "Đọc bộ tiêu chí"),
            lambda _p: rubrics.list_rubrics(self.ctx),
            done,
            quick=True,
            show_dialog=False,
        )

    def _selected(self) -> RubricRow | None:
        rid = selected_id(self.table)
        return next((r for r in self.rows if r.id == rid), None)

    def _enable(self) -> None:
        r = self._selected()
        mine = r is not None and r.owner == self.ctx.unit_code
        self.issue_button.setEnabled(mine and r is not None and r.issued_on is None)
        self.export_button.setEnabled(r is not None)

    def import_file(self, path: Path | None = None) -> Any:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("scoring.rubrics_dialog", "Nhập bộ tiêu chí"),
                str(Path.home()),
                translate("scoring.rubrics_dialog", "Bộ tiêu chí (*.json *.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
        return run_task(
            self,
            translate("scoring.rubrics_dialog", "Nhập bộ tiêu chí"),
            lambda _p: rubrics.import_file(self.ctx, path),
            lambda _row: self.reload(),
            changes={"scoring_rubrics"},
        )

    def issue_selected(self) -> Any:
        r = self._selected()
        if r is None:
            return None
        return run_task(
            self,
            translate("scoring.rubrics_dialog", "Ban hành bộ tiêu chí"),
            lambda _p: rubrics.issue(self.ctx, r.id),
            lambda _row: self.reload(),
            quick=True,
            changes={"scoring_rubrics"},
        )

    def export_selected(self, target: Path | None = None) -> Any:
        from danvan_desktop.reports.scoring.rubric_sheet import write_rubric_workbook

        r = self._selected()
        if r is None:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("scoring.rubrics_dialog", "Xuất bộ tiêu chí"),
                str(Path.home() / f"{r.code}-{r.version}.xlsx"),
                translate("scoring.rubrics_dialog", "Bảng tính Excel (*.xlsx)"),
            )
            if not name:
                return None
            target = Path(name).with_suffix(".xlsx")
        out = target

        def work(_p: Any) -> Path:
            return write_rubric_workbook(rubrics.load_by_id(self.ctx, r.id).raw, out)

        return run_task(
            self, translate("scoring.rubrics_dialog", "Xuất bộ tiêu chí"), work, lambda _p: None
        )
