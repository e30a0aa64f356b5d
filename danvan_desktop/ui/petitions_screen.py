"""Sổ theo dõi đơn thư: the register list paged from SQL (a million rows stay responsive), search
without diacritics on every keystroke, filters, overdue flagged in red, exports in the background.

Other screens open cases here with `show_filter(filter, title)` (the early-warning items do).
`today` is an attribute so a test can move time forward and watch a case go overdue.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.petitions import PetitionState, PetitionType
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import petitions, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import COMMUNE, Area
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import DEADLINE_COLOURS
from danvan_desktop.ui.kit.register import RegisterScreen
from danvan_desktop.ui.paged_model import Column
from danvan_desktop.ui.petition_dialogs import PetitionDialog
from danvan_desktop.ui.tasks import TaskHandle, run_task
from danvan_desktop.ui.widgets import info

DEADLINE_FILTERS = [
    (translate("petitions_screen", "Quá hạn"), "overdue"),
    (translate("petitions_screen", "Sắp đến hạn"), "due_soon"),
    (translate("petitions_screen", "Đang trong thời hạn xử lý"), "pending"),
]


def _columns() -> list[Column]:
    def colour(r: petitions.PetitionRow) -> str | None:
        return DEADLINE_COLOURS.get(r.deadline)

    # The key columns (number, dates, who, state, deadline) come first and stay in view at the
    # default window size; the summary takes the room left.
    return [
        Column(
            translate("petitions_screen", "Số đơn"), lambda r: r.number_label, "number", width=80
        ),
        Column(
            translate("petitions_screen", "Ngày nhận"),
            lambda r: fmt_date(r.received_on),
            "received",
            width=85,
        ),
        Column(translate("petitions_screen", "Loại"), lambda r: r.type_label, "type", width=90),
        Column(translate("petitions_screen", "Người gửi"), lambda r: r.citizen, None, width=140),
        Column(
            translate("petitions_screen", "Trạng thái"),
            lambda r: r.status_label,
            "status",
            width=140,
        ),
        Column(
            translate("petitions_screen", "Hạn xử lý"),
            lambda r: fmt_date(r.due_on or r.last_due_on),
            "due",
            width=85,
            background=colour,
        ),
        Column(
            translate("petitions_screen", "Tình trạng hạn"),
            lambda r: r.deadline_label,
            None,
            width=150,
            background=colour,
        ),
        Column(
            translate("petitions_screen", "Nội dung tóm tắt"),
            lambda r: r.summary,
            None,
            width=200,
            tooltip=lambda r: r.summary,
            elastic=True,
        ),
        Column(
            translate("petitions_screen", "Thôn, TDP"), lambda r: r.hamlet_name, None, width=130
        ),
        Column(
            translate("petitions_screen", "Đông người"),
            lambda r: translate("petitions_screen", "Có") if r.is_crowd else "",
            None,
            width=70,
        ),
        Column(
            translate("petitions_screen", "Trùng"),
            lambda r: translate("petitions_screen", "Đơn trùng") if r.duplicate_of_id else "",
            None,
            width=70,
        ),
        Column(translate("petitions_screen", "Người xử lý"), lambda r: r.handler, None, width=120),
    ]


NAV = Area(
    "petitions",
    translate("petitions_screen", "Đơn thư"),
    "danvan_desktop.ui.petitions_screen:PetitionsScreen",
    levels=COMMUNE,
    order=40,
    tooltip=translate(
        "petitions_screen", "Sổ theo dõi đơn thư: tiếp nhận, xử lý, thời hạn, đơn trùng"
    ),
)


class PetitionsScreen(RegisterScreen):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "petitions",
        "petition_steps",
        "petition_extensions",
        "petition_links",
        "calendar_days",
        "reception_petitions",
        "unit",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.task: TaskHandle | None = None
        self.drill: petitions.PetitionFilter | None = None  # a filter opened from another screen
        self.search_box(
            translate(
                "petitions_screen",
                "Tìm theo số đơn, nội dung, người gửi, thôn (gõ không dấu cũng được)…  Ctrl+F",
            )
        ).setMinimumWidth(260)
        self._debounce.setInterval(150)
        self.status = self.filter_combo("status")
        self.type = self.filter_combo("type")
        self.hamlet = self.filter_combo("hamlet")
        self.year = self.filter_combo("year")
        self.deadline = self.filter_combo("deadline")
        self._fill_filters()
        self.new_button = QPushButton(translate("petitions_screen", "Tiếp nhận đơn…"))
        self.new_button.setObjectName("new_petition")
        self.new_button.setToolTip(translate("petitions_screen", "Vào sổ một đơn mới (Ctrl+N)"))
        self.new_button.setEnabled(ctx.can(Permission.EDIT))
        self.open_button = QPushButton(translate("petitions_screen", "Mở hồ sơ"))
        self.xlsx_button = QPushButton(translate("petitions_screen", "Xuất sổ Excel…"))
        self.report_button = QPushButton(translate("petitions_screen", "Báo cáo định kỳ (PDF)…"))
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.drill_label = QLabel()
        self.drill_label.setObjectName("drill")
        self.drill_label.setStyleSheet("background:#fff4d6; padding:4px;")
        self.drill_clear = QPushButton(translate("petitions_screen", "Bỏ lọc này"))
        self.drill_clear.setObjectName("drill_clear")
        self.drill_clear.clicked.connect(self.clear_drill)
        self.drill_label.hide()
        self.drill_clear.hide()

        self.paged_table(
            _columns(),
            self._count,
            self._page,
            "petitions_table",
            sort=(1, Qt.SortOrder.DescendingOrder),
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.new_button, self.open_button):
            top.addWidget(b)
        top.addWidget(self.total_label)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.report_button)
        filters = QHBoxLayout()
        for label, combo in (
            (translate("petitions_screen", "Trạng thái"), self.status),
            (translate("petitions_screen", "Loại đơn"), self.type),
            (translate("petitions_screen", "Thôn"), self.hamlet),
            (translate("petitions_screen", "Năm"), self.year),
            (translate("petitions_screen", "Thời hạn"), self.deadline),
        ):
            filters.addWidget(QLabel(label + ":"))
            filters.addWidget(combo, 1)
        drill = QHBoxLayout()
        drill.addWidget(self.drill_label, 1)
        drill.addWidget(self.drill_clear)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("petitions_screen", "<h2>Sổ theo dõi đơn thư</h2>")))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(drill)
        layout.addWidget(self.table, 1)
        legend = QLabel(
            translate(
                "petitions_screen",
                "<span style='background:#f8d0cd'>&nbsp;Quá hạn&nbsp;</span> "
                "<span style='background:#fff0c2'>&nbsp;Sắp đến hạn&nbsp;</span> "
                "<span style='background:#e3f4e1'>&nbsp;Hoàn thành đúng hạn&nbsp;</span>  — "
                "danh tính người tố cáo luôn được ẩn trong danh sách",
            )
        )
        layout.addWidget(legend)

        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.report_button.clicked.connect(self.export_report)
        self._update_total()

    # ---- filters --------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        fill = self.fill_combo
        fill(self.status, [(s.label, s.value) for s in PetitionState])
        fill(self.type, [(t.label, t.value) for t in PetitionType])
        fill(self.hamlet, [(u.full_name, u.code) for u in units.hamlets(self.ctx)])
        fill(self.year, [(str(y), y) for y in petitions.years(self.ctx)])
        fill(self.deadline, DEADLINE_FILTERS)

    def current_filter(self) -> petitions.PetitionFilter:
        base = self.drill or petitions.PetitionFilter()
        values = {**base.__dict__, "text": self.search.text(), "today": self.today}
        for key, combo in (
            ("status", self.status),
            ("type", self.type),
            ("hamlet_code", self.hamlet),
            ("year", self.year),
            ("deadline", self.deadline),
        ):
            if combo.currentData() is not None:
                values[key] = combo.currentData()
        return petitions.PetitionFilter(**values)

    def show_filter(self, f: petitions.PetitionFilter, title: str) -> None:
        """Open the cases behind an item of another screen (e.g. "quá hạn", a hot spot)."""
        self.drill = f
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.status, self.type, self.hamlet, self.year, self.deadline):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.drill_label.setText(
            translate("petitions_screen", "Đang xem: <b>{title}</b>").format(title=title)
        )
        self.drill_label.show()
        self.drill_clear.show()
        self.refresh()

    def clear_drill(self) -> None:
        self.drill = None
        self.drill_label.hide()
        self.drill_clear.hide()
        self.refresh()

    def _count(self) -> int:
        return petitions.count_petitions(self.ctx, self.current_filter(), cap=petitions.COUNT_CAP)

    def _page(self, offset: int, limit: int, sort: str | None, descending: bool) -> list:
        return petitions.list_petitions(
            self.ctx,
            self.current_filter(),
            offset=offset,
            limit=limit,
            sort=sort or "received",
            descending=descending,
        )

    # ---- actions --------------------------------------------------------------------------
    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self.refresh()

    def refresh(self) -> None:
        self.table_model.reload()
        self._update_total()

    def _update_total(self) -> None:
        n = self.table_model.rowCount()
        shown = (
            translate("petitions_screen", "hơn {COUNT_CAP:,}")
            .format(COUNT_CAP=petitions.COUNT_CAP)
            .replace(",", ".")
            if n > petitions.COUNT_CAP
            else f"{n:,}".replace(",", ".")
        )
        self.total_label.setText(
            translate("petitions_screen", "<b>{shown}</b> đơn").format(shown=shown)
        )

    def new_record(self, session_id: str | None = None) -> PetitionDialog | None:
        if not self.ctx.can(Permission.EDIT):
            return None
        dialog = PetitionDialog(self.ctx, None, self, session_id=session_id, today=self.today)
        dialog.exec()
        self._fill_filters()
        self.refresh()
        return dialog

    def open_selected(self) -> None:
        petition_id = self.selected_id()
        if petition_id is None:
            info(
                self,
                translate("petitions_screen", "Mở hồ sơ"),
                translate("petitions_screen", "Hãy chọn một đơn trong danh sách."),
            )
            return
        self.open_petition(petition_id)

    def open_petition(self, petition_id: str) -> None:
        PetitionDialog(self.ctx, petition_id, self, today=self.today).exec()
        self.refresh()

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)

    def export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("petitions_screen", "Xuất sổ theo dõi đơn thư"),
            str(Path.home() / "so-theo-doi-don-thu.xlsx"),
            translate("petitions_screen", "Bảng tính Excel (*.xlsx)"),
        )
        if path:
            self.start_export(Path(path).with_suffix(".xlsx"))

    def start_export(self, target: Path) -> TaskHandle:
        """Export the register under the current filter in the background (tests call this)."""
        from danvan_desktop.reports import petition_reports

        f = self.current_filter()
        self.task = run_task(
            self,
            translate("petitions_screen", "Xuất sổ theo dõi đơn thư"),
            lambda progress: petition_reports.export_register_xlsx(
                self.ctx, target, f, progress, self.today
            ),
            lambda path: self._status(
                translate("petitions_screen", "Đã xuất: {path}").format(path=path)
            ),
        )
        return self.task

    def export_report(self) -> None:
        from danvan_desktop.ui.periodic_reports.period_chooser import PeriodDialog

        # Any period (issue 11): the officer chooses it; every figure and listed case belongs to it.
        dlg = PeriodDialog(
            self.today,
            self,
            translate("petitions_screen", "Kỳ báo cáo tiếp công dân, xử lý đơn thư"),
        )
        if dlg.exec() != PeriodDialog.DialogCode.Accepted:
            return
        period = dlg.chooser.period()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("petitions_screen", "Báo cáo tiếp công dân, xử lý đơn thư"),
            str(Path.home() / "bao-cao-don-thu.pdf"),
            translate("petitions_screen", "Tài liệu PDF (*.pdf)"),
        )
        if path:
            self.start_period_report(Path(path).with_suffix(".pdf"), period.start, period.end)

    def start_period_report(self, target: Path, start: dt.date, end: dt.date) -> TaskHandle:
        """The periodic report on [start, end] in the background (tests call this)."""
        from danvan_desktop.reports import petition_reports

        self.task = run_task(
            self,
            translate("petitions_screen", "Báo cáo định kỳ"),
            lambda progress: petition_reports.export_period_report_pdf(
                self.ctx, target, start, end, progress, self.today
            ),
            lambda p: self._status(translate("petitions_screen", "Đã xuất: {p}").format(p=p)),
        )
        return self.task
