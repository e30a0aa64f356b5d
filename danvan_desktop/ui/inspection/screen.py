"""Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng: one area with a tab per job.

- Ban và thành viên: the term, its members, and the composition rules' warnings in plain words;
- Kế hoạch: plans by quarter, half-year, year and term;
- Giám sát, kiểm tra: activities (SQL-paged), a plan sent too late flagged in red;
- Kiến nghị: recommendations (SQL-paged), overdue in red, answers and follow-up recorded;
- Báo cáo: reports with figures from the records and an editable narrative;
- Giám sát đầu tư: one supervision board per project, its records and the provincial figures.

Each tab is its own module in this package. Exports run through ui.kit.ops.run_task
(progress and cancel). `today` is an attribute so a test
can move time forward and watch a recommendation go overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.services import inspection as svc
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.inspection.activities import ActivitiesTab
from danvan_desktop.ui.inspection.board import BoardTab
from danvan_desktop.ui.inspection.investment import InvestmentTab
from danvan_desktop.ui.inspection.plans import PlansTab
from danvan_desktop.ui.inspection.recommendations import RecommendationsTab
from danvan_desktop.ui.inspection.reports import ReportsTab
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.ops import TaskHandle, run_task


class InspectionScreen(QWidget):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "inspection_board_terms",
        "inspection_board_members",
        "inspection_board_plans",
        "inspection_board_activities",
        "inspection_activity_petitions",
        "inspection_board_recommendations",
        "inspection_board_reports",
        "investment_projects",
        "supervision_board_members",
        "project_supervisions",
        "project_violations",
        "project_recommendations",
        "petitions",
        "unit",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.task: TaskHandle | None = None
        #: How forms are shown: exec() normally; tests replace it to fill and save a form.
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        self.term = QComboBox()
        self.term.setObjectName("term")
        self.term.setMinimumWidth(260)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspection_tabs")
        self.board_tab = BoardTab(self)
        self.plans_tab = PlansTab(self)
        self.activities_tab = ActivitiesTab(self)
        self.recommendations_tab = RecommendationsTab(self)
        self.reports_tab = ReportsTab(self)
        self.investment_tab = InvestmentTab(self)
        for tab, label in (
            (self.board_tab, translate("inspection.screen", "Ban và thành viên")),
            (self.plans_tab, translate("inspection.screen", "Kế hoạch")),
            (self.activities_tab, translate("inspection.screen", "Giám sát, kiểm tra")),
            (self.recommendations_tab, translate("inspection.screen", "Kiến nghị")),
            (self.reports_tab, translate("inspection.screen", "Báo cáo")),
            (self.investment_tab, translate("inspection.screen", "Giám sát đầu tư của cộng đồng")),
        ):
            self.tabs.addTab(tab, label)
        self.xlsx_button = QPushButton(translate("inspection.screen", "Xuất sổ theo dõi (Excel)…"))
        self.xlsx_button.setObjectName("registers_xlsx")
        self.xlsx_button.clicked.connect(self.export_registers)
        head = QHBoxLayout()
        head.addWidget(
            QLabel(
                translate(
                    "inspection.screen",
                    "<h2>Ban Thanh tra nhân dân và giám sát đầu tư của cộng đồng</h2>",
                )
            )
        )
        head.addStretch(1)
        head.addWidget(QLabel(translate("inspection.screen", "Nhiệm kỳ:")))
        head.addWidget(self.term)
        head.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.term.currentIndexChanged.connect(lambda _: self.refresh())
        self.tabs.currentChanged.connect(lambda _: self._refresh_tab())
        self.reload_terms()

    def term_id(self) -> str | None:
        return self.term.currentData()

    def reload_terms(self, select: str | None = None) -> None:
        self.term.blockSignals(True)
        current = select or self.term.currentData()
        self.term.clear()
        terms = svc.list_terms(self.ctx, self.today)
        for t in terms:
            self.term.addItem(
                "{name}{0}".format(
                    translate("inspection.screen", " (hiện tại)") if t.current else "", name=t.name
                ),
                t.id,
            )
        index = self.term.findData(current)
        if index < 0:
            index = next((i for i, t in enumerate(terms) if t.current), 0)
        self.term.setCurrentIndex(index)
        self.term.blockSignals(False)
        self.refresh()

    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self.reload_terms()

    def refresh(self) -> None:
        """Refresh every tab (a member added changes warnings; an activity, the recommendations…)."""
        for tab in (self.board_tab, self.plans_tab, self.activities_tab, self.recommendations_tab):
            tab.refresh()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in (self.reports_tab, self.investment_tab):
            tab.refresh()

    def can_close(self) -> bool:
        return self.reports_tab.can_close()

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        search = getattr(tab, "search", None)
        if search is not None:
            search.setFocus()

    # ---- exports --------------------------------------------------------------------------
    def ask_path(self, default_name: str, kind: str) -> Path | None:
        suffix = f".{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("inspection.screen", "Lưu tệp"),
            str(Path.home() / default_name),
            translate("inspection.screen", "Bảng tính Excel (*.xlsx)")
            if kind == "xlsx"
            else translate("inspection.screen", "Tài liệu PDF (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_suffix(suffix)

    def export_registers(self) -> None:
        target = self.ask_path(f"so-theo-doi-bttnd-{self.today.year}.xlsx", "xlsx")
        if target is not None:
            self.start_export("registers", target, year=None)

    def start_export(self, kind: str, target: Path, **kw: Any) -> TaskHandle:
        """Write one export in the background with progress and cancel (tests call this directly)."""
        from danvan_desktop.reports import inspection_reports as rep

        today = self.today
        jobs: dict[str, Callable[[Any], Path]] = {
            "registers": lambda p: rep.export_registers_xlsx(
                self.ctx, target, kw.get("year"), p, today
            ),
            "report": lambda p: rep.export_report_pdf(self.ctx, kw["report_id"], target, p),
            "recommendation": lambda p: rep.export_recommendation_pdf(
                self.ctx, kw["rec_id"], target, p, today
            ),
            "investment": lambda p: rep.export_investment_pdf(
                self.ctx, kw.get("year") or today.year, target, p, today
            ),
        }

        def done(path: Path) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    translate("inspection.screen", "Đã xuất: {path}").format(path=path), 10000
                )

        self.task = run_task(self, translate("inspection.screen", "Xuất tệp"), jobs[kind], done)
        return self.task
