"""Cấp trên (province or intermediate level): import a whole folder of commune bundles, scan
who has sent what for a period, look at the communes' models side by side and drill down into
one commune's records (read-only), compare the figures every area registers (one tab per
figure group: petitions, the People's Inspection Board …), record the upper level's own
decisions on them, and send rollups back down.

Only shown for an upper-level install (see ui.areas). Every service call that reads the
period's figures runs through ui.tasks.run_task off the GUI thread (quietly for a refresh,
with progress and cancel for import, rollup export and Excel); widgets never query the
database, they call services.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import Progress, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import areas, models
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.paged_model import PagedTableModel, paged_view
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.upper_level.completeness_tab import CompletenessTab
from danvan_desktop.ui.upper_level.decisions_tab import DecisionDialog, decision_columns
from danvan_desktop.ui.upper_level.figures_tab import FiguresTab
from danvan_desktop.ui.upper_level.models_tab import aggregate_columns, models_columns
from danvan_desktop.ui.upper_level.period_data import PeriodData, load_period
from danvan_desktop.ui.upper_level.table import (
    GAP_COLOUR,
    SUBMISSION_COLOURS,
    ListTableModel,
    make_table,
)
from danvan_desktop.ui.upper_level.transfers import UpperLevelTransfers, confirm_new_keys
from danvan_desktop.ui.widgets import DateEdit, confirm, info, ok_cancel


class UpperLevelScreen(UpperLevelTransfers, QWidget):
    #: any record a bundle import brings changes what this screen shows (main window broadcast)
    watched_types: set[str] = {"*"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.load_task: TaskHandle | None = None
        self._generation = 0  # a refresh started later wins over one still running
        self.today = dt.date.today()
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setEditable(True)
        self.period.setMinimumWidth(110)
        self.period.setToolTip(
            translate(
                "upper_level.screen",
                "Kỳ gửi dữ liệu: 2026, 2026-11 (tháng), 2026-Q4 (quý), 2026-H2 (6 tháng)",
            )
        )
        for p in self._periods():
            self.period.addItem(p)
        self.import_button = QPushButton(
            translate("upper_level.screen", "Nhập thư mục gói dữ liệu…")
        )
        self.import_button.setObjectName("import_folder")
        self.rollup_button = QPushButton(translate("upper_level.screen", "Gửi bản tổng hợp về xã…"))
        self.rollup_button.setObjectName("export_rollups")
        self.xlsx_button = QPushButton(translate("upper_level.screen", "Xuất Excel…"))
        self.xlsx_button.setObjectName("export_xlsx")
        self.deadline_button = QPushButton(translate("upper_level.screen", "Đặt hạn gửi…"))
        self.deadline_button.setObjectName("set_deadline")
        can_sync = ctx.can(Permission.SYNC)
        self.import_button.setEnabled(can_sync)
        self.rollup_button.setEnabled(can_sync)
        self.deadline_button.setEnabled(ctx.can(Permission.EDIT))

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        # Completeness tab.
        self.completeness_tab = CompletenessTab(self)
        self.search = self.completeness_tab.search
        self.status_filter = self.completeness_tab.status_filter
        self.completeness_model = self.completeness_tab.model
        self.completeness_table = self.completeness_tab.table
        self.completeness_table.doubleClicked.connect(
            lambda ix: self.drill_down(self.completeness_model.row_object(ix.row()).code)
        )

        # Aggregates tab: communes side by side, drill-down below.
        self.ranks: dict[str, int] = {}
        self.decision_counts: dict[str, dict[str, int]] = {}
        self.aggregate_model = ListTableModel(
            aggregate_columns(self.ranks, self.decision_counts), self
        )
        self.aggregate_table = make_table(
            self.aggregate_model,
            "aggregate_table",
            [c.width for c in self.aggregate_model.columns],
            wrap_headers=True,
        )
        self.aggregate_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank
        self.aggregate_table.selectionModel().selectionChanged.connect(
            lambda *_: self._aggregate_selected()
        )
        self.drill_title = QLabel(
            translate(
                "upper_level.screen", "Chọn một đơn vị để xem hồ sơ mô hình, điển hình (chỉ xem)."
            )
        )
        self.drill_title.setObjectName("drill_title")
        self.drill_code: str | None = None
        self.drill_model = PagedTableModel(models_columns(), lambda: 0, lambda *a: [], self)
        self.drill_table = paged_view(
            self.drill_model, "drill_table", sort=(0, Qt.SortOrder.AscendingOrder), row_height=22
        )
        self.drill_table.selectionModel().selectionChanged.connect(
            lambda *_: self._record_selected()
        )
        self.decide_button = QPushButton(translate("upper_level.screen", "Ghi ý kiến, quyết định…"))
        self.decide_button.setObjectName("decide")
        self.decide_button.setEnabled(False)
        self.record_decisions_model = ListTableModel(decision_columns(show_unit=False), self)
        self.record_decisions = make_table(
            self.record_decisions_model,
            "record_decisions",
            [c.width for c in self.record_decisions_model.columns],
        )
        self.record_decisions.setMaximumHeight(130)

        # One tab per figure group the areas register (petitions, the board …).
        self.threshold = ul.rate_threshold(ctx)
        self.figure_tabs: dict[str, FiguresTab] = {
            g.key: FiguresTab(g, self.threshold, self)
            for g in areas.figure_groups()
            if g.generic_view
        }

        # Decisions tab.
        self.decisions_model = ListTableModel(decision_columns(), self)
        self.decisions_table = make_table(
            self.decisions_model, "decisions_table", [c.width for c in self.decisions_model.columns]
        )
        self.withdraw_button = QPushButton(
            translate("upper_level.screen", "Thu hồi ý kiến, quyết định đã chọn")
        )
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.setEnabled(ctx.can(Permission.APPROVE))

        self._layout()
        self.period.currentTextChanged.connect(lambda _: self.refresh())
        self.import_button.clicked.connect(self.choose_folder)
        self.rollup_button.clicked.connect(self.choose_rollup_folder)
        self.xlsx_button.clicked.connect(self.choose_xlsx)
        self.deadline_button.clicked.connect(self.edit_deadline)
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.all_rows: list[ul.CompletenessRow] = []
        self.activity_rows: list[ul.CommuneActivity] = []
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("upper_level.screen", "Kỳ:")))
        top.addWidget(self.period)
        top.addWidget(self.deadline_button)
        top.addStretch(1)
        for b in (self.import_button, self.rollup_button, self.xlsx_button):
            top.addWidget(b)

        aggregate_tab = QWidget()
        al = QVBoxLayout(aggregate_tab)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.aggregate_table)
        drill = QWidget()
        dl = QVBoxLayout(drill)
        dl.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.drill_title, 1)
        head.addWidget(self.decide_button)
        dl.addLayout(head)
        dl.addWidget(self.drill_table, 2)
        dl.addWidget(
            QLabel(
                translate(
                    "upper_level.screen", "Ý kiến, quyết định của cấp trên trên hồ sơ đang chọn:"
                )
            )
        )
        dl.addWidget(self.record_decisions, 1)
        split.addWidget(drill)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        al.addWidget(split)

        decisions_tab = QWidget()
        dtl = QVBoxLayout(decisions_tab)
        dtl.addWidget(self.decisions_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        dtl.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(
            self.completeness_tab, translate("upper_level.screen", "Tình hình gửi dữ liệu")
        )
        self.tabs.addTab(
            aggregate_tab, translate("upper_level.screen", "Mô hình, điển hình theo đơn vị")
        )
        for tab in self.figure_tabs.values():
            self.tabs.addTab(tab, tab.group.label)
        self.tabs.addTab(
            decisions_tab, translate("upper_level.screen", "Ý kiến, quyết định đã ban hành")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("upper_level.screen", "<h2>Tổng hợp dữ liệu các xã, phường, đặc khu</h2>")
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # ---- data -----------------------------------------------------------------------------
    def _periods(self) -> list[str]:
        year = self.today.year
        return [str(year), str(year - 1), f"{year}-Q{(self.today.month - 1) // 3 + 1}"]

    def current_period(self) -> str | None:
        try:
            return ul.check_period(self.period.currentText())
        except RuleViolation:
            return None

    def reload(self) -> None:
        """Data changed somewhere (a bundle imported, a decision recorded): read again."""
        self.refresh()

    def refresh(self) -> TaskHandle | None:
        """Read the period's figures on a worker thread; the tabs fill when they arrive."""
        period = self.current_period()
        if period is None:
            self.summary.setText(
                translate(
                    "upper_level.screen",
                    "<span style='color:#b00020'>Kỳ không hợp lệ: dùng dạng 2026, 2026-11, "
                    "2026-Q4 hoặc 2026-H2.</span>",
                )
            )
            return None
        self._generation += 1
        generation, ctx, today = self._generation, self.ctx, self.today

        def done(data: PeriodData) -> None:
            if generation == self._generation:
                self._show(data)

        def work(_progress: Progress) -> PeriodData:
            return load_period(ctx, period, today)

        self.load_task = run_task(
            self,
            translate("upper_level.screen", "Đọc số liệu các xã"),
            work,
            done,
            show_dialog=False,
        )
        return self.load_task

    def refresh_decisions(self) -> TaskHandle:
        """After a decision: the counts per commune and the decisions tab (the drill-down and
        its selection stay as they are)."""
        ctx = self.ctx

        def work(_progress: Progress) -> tuple[dict, list]:
            return ul.decision_counts(ctx), ul.decisions(ctx)

        def done(result: tuple[dict, list]) -> None:
            self.decision_counts.clear()
            self.decision_counts.update(result[0])
            self.aggregate_model.set_rows(self.aggregate_model.rows)
            self.decisions_model.set_rows(result[1])

        self.load_task = run_task(
            self,
            translate("upper_level.screen", "Đọc ý kiến, quyết định"),
            work,
            done,
            show_dialog=False,
        )
        return self.load_task

    def _show(self, data: PeriodData) -> None:
        self.all_rows = data.completeness
        s = ul.summarise(self.all_rows)
        due = (
            translate("upper_level.screen", "hạn gửi <b>{0}</b>").format(fmt_date(s.due_on))
            if s.due_on
            else translate("upper_level.screen", "chưa đặt hạn gửi")
        )

        def chip(status: ul.Submission, n: int) -> str:
            return (
                f"<span style='background:{SUBMISSION_COLOURS[status]}; padding:2px'>&nbsp;"
                f"<b>{n}</b> {status.label.lower()}&nbsp;</span>"
            )

        gaps = (
            translate(
                "upper_level.screen",
                " &nbsp; <span style='color:{GAP_COLOUR}'><b>{with_gaps}</b> đơn vị còn "
                "thiếu gói</span>",
            ).format(GAP_COLOUR=GAP_COLOUR, with_gaps=s.with_gaps)
            if s.with_gaps
            else ""
        )
        self.summary.setText(
            translate(
                "upper_level.screen",
                "<span style='font-size:13pt'>Kỳ <b>{period}</b> — {due} — "
                "<b>{communes}</b> đơn vị: {0} {1} {2} {3}{gaps}</span>",
            ).format(
                chip(ul.Submission.ON_TIME, s.on_time),
                chip(ul.Submission.LATE, s.late),
                chip(ul.Submission.MISSING, s.missing),
                chip(ul.Submission.PENDING, s.pending),
                period=data.period,
                due=due,
                communes=s.communes,
                gaps=gaps,
            )
        )
        self.completeness_tab.set_rows(self.all_rows)
        self.activity_rows = data.activities
        self.ranks.clear()
        self.ranks.update(data.ranks)
        self.decision_counts.clear()
        self.decision_counts.update(data.decision_counts)
        self.aggregate_model.set_rows(data.aggregates)
        for tab in self.figure_tabs.values():
            tab.set_rows(self.activity_rows, data.period, self.today)
        self.decisions_model.set_rows(data.decisions)
        if self.drill_code:
            self.drill_down(self.drill_code, switch=False)

    # ---- drill-down (read-only) -----------------------------------------------------------
    def _aggregate_selected(self) -> None:
        rows = self.aggregate_table.selectionModel().selectedRows()
        agg = self.aggregate_model.row_object(rows[0].row()) if rows else None
        if agg is not None and agg.code != self.drill_code:
            self.drill_down(agg.code, switch=False)

    def drill_down(self, commune_code: str, switch: bool = True) -> None:
        """Show one commune's models, read-only, under the aggregated table."""
        self.drill_code = commune_code
        name = next(
            (a.name for a in self.aggregate_model.rows if a.code == commune_code), commune_code
        )
        year = ul.period_year(self.current_period() or "")
        f = models.ModelFilter(unit_code=commune_code, year=year)
        self.drill_model.set_source(
            lambda: models.count_models(self.ctx, f),
            lambda offset, limit, sort, desc: models.list_models(
                self.ctx, f, offset=offset, limit=limit, sort=sort or "name", descending=desc
            ),
        )
        n = self.drill_model.rowCount()
        self.drill_title.setText(
            translate(
                "upper_level.screen",
                "<b>{name}</b>: {n} mô hình, điển hình{0} (dữ liệu của xã, chỉ xem)",
            ).format(
                translate("upper_level.screen", " năm {year}").format(year=year) if year else "",
                name=name,
                n=n,
            )
        )
        self.record_decisions_model.set_rows([])
        self.decide_button.setEnabled(False)
        if switch:
            self.tabs.setCurrentIndex(1)
            for i, a in enumerate(self.aggregate_model.rows):
                if a.code == commune_code:
                    self.aggregate_table.selectRow(i)  # same code: _aggregate_selected does nothing
                    self.aggregate_table.scrollTo(self.aggregate_model.index(i, 0))
                    break

    def selected_record(self) -> Any | None:
        rows = self.drill_table.selectionModel().selectedRows()
        return self.drill_model.row_object(rows[0].row()) if rows else None

    def _record_selected(self) -> None:
        rec = self.selected_record()
        self.decide_button.setEnabled(rec is not None and self.ctx.can(Permission.EDIT))
        self.record_decisions_model.set_rows(
            ul.decisions(self.ctx, target_id=rec.id) if rec else []
        )

    def decide(self) -> None:
        rec = self.selected_record()
        if rec is None:
            info(
                self,
                translate("upper_level.screen", "Ý kiến, quyết định"),
                translate("upper_level.screen", "Hãy chọn một hồ sơ của xã."),
            )
            return
        dialog = DecisionDialog(self.ctx, "models", rec.id, rec.name, self)
        if dialog.exec():
            self._record_selected()
            self.refresh_decisions()

    def withdraw(self) -> None:
        rows = self.decisions_table.selectionModel().selectedRows()
        d = self.decisions_model.row_object(rows[0].row()) if rows else None
        if d is None:
            info(
                self,
                translate("upper_level.screen", "Thu hồi"),
                translate("upper_level.screen", "Hãy chọn một ý kiến, quyết định trong danh sách."),
            )
            return
        if not confirm(
            self,
            translate("upper_level.screen", "Thu hồi"),
            translate(
                "upper_level.screen",
                'Thu hồi "{label}" trên hồ sơ "{target_label}"? Xã sẽ nhận được việc thu '
                "hồi trong bản tổng hợp tiếp theo.",
            ).format(label=d.kind.label, target_label=d.target_label),
        ):
            return
        try:
            ul.withdraw_decision(self.ctx, d.id)
        except (RuleViolation, PermissionError, LookupError) as exc:
            info(
                self, translate("upper_level.screen", "Thu hồi"), getattr(exc, "message", str(exc))
            )
            return
        self.refresh()

    def edit_deadline(self) -> None:
        period = self.current_period()
        if period is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(
            translate("upper_level.screen", "Hạn gửi dữ liệu kỳ {period}").format(period=period)
        )
        with_date = DateEdit(dialog, value=ul.summarise(self.all_rows).due_on or self.today)
        note = QLineEdit()
        buttons = ok_cancel(dialog)
        form = QFormLayout(dialog)
        form.addRow(translate("upper_level.screen", "Hạn gửi:"), with_date)
        form.addRow(translate("upper_level.screen", "Ghi chú:"), note)
        form.addRow(buttons)
        if dialog.exec():
            ul.set_deadline(self.ctx, period, with_date.value() or self.today, note.text())
            self.refresh()


# Names that moved to sibling modules stay importable from here.
__all__ = ["PeriodData", "UpperLevelScreen", "confirm_new_keys", "load_period"]
