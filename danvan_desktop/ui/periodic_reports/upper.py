"""The upper level's tab: for a chosen period, which communes reported (on time, late, missing),
each report opened read-only (its narratives and frozen figures), and the consolidated report
of the communes' figures as PDF or Word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports import consolidated as C
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, RED
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.kit.tables import fill_table, make_table, selected_id
from danvan_desktop.ui.periodic_reports.editor import ReportEditor
from danvan_desktop.ui.periodic_reports.period_chooser import PeriodChooser


class UpperTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.chooser = PeriodChooser(today, self, ("quarter", "half", "nine_months", "year"))
        self.chooser.set_kind("quarter")
        self.chooser.changed.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("upper_summary")
        self.table = make_table(
            [
                translate("periodic_reports.upper", "Xã, phường"),
                translate("periodic_reports.upper", "Tình hình"),
                translate("periodic_reports.upper", "Số"),
                translate("periodic_reports.upper", "Hạn gửi"),
                translate("periodic_reports.upper", "Ngày gửi"),
                translate("periodic_reports.upper", "Trích yếu"),
            ],
            "upper_table",
            (200, 110, 100, 90, 90, 400),
            on_open=self.open_selected,
        )
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("consolidated_layout")
        self.layout_box.setToolTip(translate("periodic_reports.upper", "Thể thức báo cáo tổng hợp"))
        for key, label in (
            ("state", translate("periodic_reports.upper", "Thể thức Nhà nước")),
            ("party", translate("periodic_reports.upper", "Thể thức Đảng")),
        ):
            self.layout_box.addItem(label, key)
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        for name, text, slot in (
            (
                "open_commune_report",
                translate("periodic_reports.upper", "Xem báo cáo"),
                self.open_selected,
            ),
            (
                "consolidated_pdf",
                translate("periodic_reports.upper", "Báo cáo tổng hợp PDF…"),
                lambda: self.ask_consolidated("pdf"),
            ),
            (
                "consolidated_docx",
                translate("periodic_reports.upper", "Báo cáo tổng hợp Word…"),
                lambda: self.ask_consolidated("docx"),
            ),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addWidget(self.layout_box)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            period = self.chooser.period()
        except RuleViolation as exc:
            self.summary.setText(exc.message)
            return
        rows = C.standing_below(self.ctx, period, self.today)
        colours = {"on_time": None, "late": AMBER, "missing": RED}
        fill_table(
            self.table,
            [
                (
                    r.name,
                    r.standing.label,
                    r.standing.number_label,
                    r.standing.due_on,
                    r.standing.sent_on,
                    r.standing.title,
                )
                for r in rows
            ],
            [r.standing.report_id or "" for r in rows],
            [colours[r.standing.status] for r in rows],
            numeric=(),
        )
        n = {k: sum(1 for r in rows if r.standing.status == k) for k in colours}
        self.summary.setText(
            translate(
                "periodic_reports.upper",
                "{label}: {ok} xã gửi đúng hạn, {late} gửi chậm, {missing} chưa gửi.",
            ).format(label=period.label, ok=n["on_time"], late=n["late"], missing=n["missing"])
        )

    def open_selected(self) -> None:
        rid = selected_id(self.table)
        if rid:
            ReportEditor(self.ctx, rid, self, self.today).exec()

    def export_consolidated(self, target: Path):  # noqa: ANN201 - a TaskHandle
        from danvan_desktop.reports.periodic.document import document
        from danvan_desktop.reports.periodic.writers import write

        period = self.chooser.period()
        layout = self.layout_box.currentData()
        return run_task(
            self,
            translate("periodic_reports.upper", "Báo cáo tổng hợp"),
            lambda _p: write(
                document(C.consolidated(self.ctx, period, layout, self.today), self.today),
                target,
            ),
        )

    def ask_consolidated(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("periodic_reports.upper", "Báo cáo tổng hợp"),
            str(Path.home() / f"bao-cao-tong-hop.{fmt}"),
            "PDF (*.pdf)" if fmt == "pdf" else "Word (*.docx)",
        )
        if path:
            self.export_consolidated(Path(path).with_suffix(f".{fmt}"))
