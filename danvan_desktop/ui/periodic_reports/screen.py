"""The "Báo cáo" screen: the unit's periodic reports (make one for a chosen period, open the
editor, export, mark as sent), the outgoing-documents register (search, export .xlsx) and, at
an upper level, which communes reported on a period and the consolidated report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import outgoing
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.install import unit_level
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.services.report_parts import ReportPeriod
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import act, run_task
from danvan_desktop.ui.kit.register import ScreenBase
from danvan_desktop.ui.kit.tables import fill_table, make_table, select_ids, selected_id
from danvan_desktop.ui.periodic_reports.editor import TYPES, ReportEditor
from danvan_desktop.ui.periodic_reports.period_chooser import PeriodChooser


def _button(name: str, text: str, slot) -> QPushButton:  # noqa: ANN001
    b = QPushButton(text)
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b


class NewReportDialog(QDialog):
    """ "Lập báo cáo": the period, the layout."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("periodic_reports.screen", "Lập báo cáo"))
        self.chooser = PeriodChooser(today, self)
        self.chooser.set_kind("quarter")
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("report_layout")
        for key, label in R.LAYOUTS.items():
            self.layout_box.addItem(label, key)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(translate("periodic_reports.screen", "Kỳ báo cáo"), self.chooser)
        form.addRow(translate("periodic_reports.screen", "Thể thức"), self.layout_box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            self.chooser.period()
        except RuleViolation as exc:
            self.error.setText(exc.message)
            return
        super().accept()


class ReportsScreen(ScreenBase):
    watched_types = TYPES

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or dt.date.today()
        self.upper = unit_level(ctx) != "commune"
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.tabs.addTab(self._reports_tab(), translate("periodic_reports.screen", "Báo cáo"))
        self.tabs.addTab(
            self._register_tab(), translate("periodic_reports.screen", "Sổ văn bản đi")
        )
        if self.upper:
            from danvan_desktop.ui.periodic_reports.upper import UpperTab

            self.upper_tab = UpperTab(ctx, self, self.today)
            self.tabs.addTab(
                self.upper_tab, translate("periodic_reports.screen", "Báo cáo của các xã")
            )
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        self.refresh()

    # ---- the reports -------------------------------------------------------------------------
    def _reports_tab(self) -> QWidget:
        w = QWidget()
        self.table = make_table(
            [
                translate("periodic_reports.screen", "Loại"),
                translate("periodic_reports.screen", "Kỳ"),
                translate("periodic_reports.screen", "Thể thức"),
                translate("periodic_reports.screen", "Trạng thái"),
                translate("periodic_reports.screen", "Số"),
                translate("periodic_reports.screen", "Hạn gửi"),
                translate("periodic_reports.screen", "Ngày gửi"),
                # last: the long title takes what is left and never pushes the dates off screen
                translate("periodic_reports.screen", "Trích yếu"),
            ],
            "reports_table",
            (130, 150, 90, 110, 100, 90, 90, 300),
            on_open=self.open_selected,
        )
        row = QHBoxLayout()
        for b in (
            _button(
                "new_report", translate("periodic_reports.screen", "Lập báo cáo…"), self.ask_new
            ),
            _button("open_report", translate("periodic_reports.screen", "Mở"), self.open_selected),
            _button(
                "mark_sent", translate("periodic_reports.screen", "Đã gửi cấp trên"), self.mark_sent
            ),
            _button(
                "delete_report", translate("periodic_reports.screen", "Xóa dự thảo"), self.delete
            ),
        ):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        return w

    def refresh(self) -> None:
        rows = R.list_reports(self.ctx)
        fill_table(
            self.table,
            [
                (
                    v.kind_label,
                    v.period.label,
                    translate("periodic_reports.screen", "Nhà nước")
                    if v.layout == "state"
                    else translate("periodic_reports.screen", "Đảng"),
                    v.status_label,
                    v.number_label,
                    v.due_on,
                    v.sent_on,
                    v.title,
                )
                for v in rows
            ],
            [v.id for v in rows],
            numeric=(),
        )
        self.refresh_register()

    def show_ids(self, ids: Sequence[str]) -> int:
        """The reports tab with these reports selected (a home-screen line opened;
        ui.periodic_reports.opening)."""
        self.tabs.setCurrentIndex(0)
        self.refresh()
        return select_ids(self.table, ids)

    def new_report(self, period: ReportPeriod, layout: str = "state") -> str | None:
        result: list[str] = []
        if act(
            self,
            lambda: result.append(R.create_report(self.ctx, period, layout, today=self.today)),
            translate("periodic_reports.screen", "Không lập được báo cáo"),
        ):
            self.refresh()
            return result[0]
        return None

    def ask_new(self) -> None:
        dlg = NewReportDialog(self.today, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            rid = self.new_report(dlg.chooser.period(), dlg.layout_box.currentData())
            if rid:
                self.open_report(rid)

    def editor(self, report_id: str) -> ReportEditor:
        return ReportEditor(self.ctx, report_id, self, self.today)

    def open_report(self, report_id: str) -> None:
        self.editor(report_id).exec()
        self.refresh()

    def open_selected(self) -> None:
        rid = selected_id(self.table)
        if rid:
            self.open_report(rid)

    def mark_sent(self) -> None:
        rid = selected_id(self.table)
        if rid and act(
            self,
            lambda: R.mark_sent(self.ctx, rid, self.today),
            translate("periodic_reports.screen", "Không ghi được ngày gửi"),
        ):
            self.refresh()

    def delete(self) -> None:
        rid = selected_id(self.table)
        if rid and act(
            self,
            lambda: R.delete_draft(self.ctx, rid),
            translate("periodic_reports.screen", "Không xóa được báo cáo"),
        ):
            self.refresh()

    # ---- the outgoing register ---------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        w = QWidget()
        self.register_search = QLineEdit()
        self.register_search.setObjectName("register_search")
        self.register_search.setPlaceholderText(
            translate("periodic_reports.screen", "Tìm theo số, trích yếu, người ký (không cần dấu)")
        )
        self.register_search.setClearButtonEnabled(True)
        self.register_search.textChanged.connect(lambda _t: self.refresh_register())
        self.register = make_table(
            [
                translate("periodic_reports.screen", "Số, ký hiệu"),
                translate("periodic_reports.screen", "Ngày"),
                translate("periodic_reports.screen", "Loại"),
                translate("periodic_reports.screen", "Trích yếu"),
                translate("periodic_reports.screen", "Người ký"),
                translate("periodic_reports.screen", "Nơi nhận"),
            ],
            "register_table",
            (110, 90, 80, 420, 160, 300),
        )
        row = QHBoxLayout()
        row.addWidget(self.register_search, 1)
        row.addWidget(
            _button(
                "export_register",
                translate("periodic_reports.screen", "Xuất Excel…"),
                self.ask_export_register,
            )
        )
        lay = QVBoxLayout(w)
        lay.addLayout(row)
        lay.addWidget(self.register, 1)
        return w

    def refresh_register(self) -> None:
        rows = outgoing.list_outgoing(self.ctx, text=self.register_search.text())
        fill_table(
            self.register,
            [
                (r.number_label, r.day, r.type_label, r.summary, r.signer, "; ".join(r.recipients))
                for r in rows
            ],
            [r.id for r in rows],
            numeric=(),
        )

    def export_register(self, target: Path):  # noqa: ANN201 - a TaskHandle
        from danvan_desktop.reports.periodic.outgoing_xlsx import export_outgoing_xlsx

        return run_task(
            self,
            translate("periodic_reports.screen", "Xuất sổ văn bản đi"),
            lambda _p: export_outgoing_xlsx(self.ctx, target),
            lambda p: self.status_message(
                translate("periodic_reports.screen", "Đã xuất: {p}").format(p=p)
            ),
        )

    def ask_export_register(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("periodic_reports.screen", "Xuất sổ văn bản đi"),
            str(Path.home() / "so-van-ban-di.xlsx"),
            translate("periodic_reports.screen", "Bảng tính Excel (*.xlsx)"),
        )
        if path:
            self.export_register(Path(path).with_suffix(".xlsx"))
