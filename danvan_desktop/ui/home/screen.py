"""Hôm nay — the screen the app opens on at commune level.

"Việc cần làm": every area's lines of what needs attention (services.areas.warnings, grouped
by area in the areas' order, coloured by severity: nothing here is written per area), each
line opening the records behind it through the areas' declared openers
(ui.early_warning_opening: `OPENS`); cards with the totals and the year's score so far (a click
opens the scoring screen); the charts of the main figures (petitions month by month, the
score by criterion group). "Đơn thư — cảnh báo sớm": the petitions' early warning, whole.

Everything is read on a worker thread (ui.kit.ops.run_task); the screen watches every record
type (no `watched_types`: new areas' lines must refresh too), so any change or import reloads it.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.scoring.evaluate import fmt
from danvan_desktop.services.areas import WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.early_warning_charts import AMBER, GREEN, RED, EarlyWarningCharts, chart_view
from danvan_desktop.ui.early_warning_opening import area_screen, open_line, opener
from danvan_desktop.ui.early_warning_screen import Card, EarlyWarningScreen
from danvan_desktop.ui.home import data
from danvan_desktop.ui.home.workbook_action import TITLE as WORKBOOK_TITLE
from danvan_desktop.ui.home.workbook_action import export_workbook
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit import colours
from danvan_desktop.ui.kit.ops import TaskHandle, run_task
from danvan_desktop.ui.scoring.chart import group_chart, show_groups

#: a line's background by severity (the kit's shared status colours)
SEVERITY_COLOURS = {"danger": colours.RED, "warn": colours.AMBER, "info": colours.BLUE}
WEEKDAYS = (
    translate("home.screen", "Thứ Hai"),
    translate("home.screen", "Thứ Ba"),
    translate("home.screen", "Thứ Tư"),
    translate("home.screen", "Thứ Năm"),
    translate("home.screen", "Thứ Sáu"),
    translate("home.screen", "Thứ Bảy"),
    translate("home.screen", "Chủ nhật"),
)
LINE_ROLE = Qt.ItemDataRole.UserRole


def _day(today: dt.date) -> str:
    return f"{WEEKDAYS[today.weekday()]}, {fmt_date(today)}"


class HomeScreen(EarlyWarningCharts, QWidget):
    #: emitted when the figures are on screen (tests wait for it)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today: dt.date | None = None  # None: the computer's date at each reading
        self.data: data.HomeData | None = None
        self.task: TaskHandle | None = None
        self.pending = False
        self._clicked_at = 0.0

        self.title = QLabel()
        self.title.setObjectName("home_title")
        self.busy = QLabel()
        self.busy.setObjectName("home_busy")
        self.busy.setStyleSheet("color: #607d8b;")
        workbook = QPushButton(WORKBOOK_TITLE)
        workbook.setObjectName("export_workbook")
        workbook.setToolTip(
            translate(
                "home.screen",
                "Một tệp Excel: trang mục lục và mỗi lĩnh vực một trang tính, như trên màn hình",
            )
        )
        workbook.clicked.connect(lambda: export_workbook(self, self.ctx, today=self.today))
        refresh = QPushButton(translate("home.screen", "Làm mới"))
        refresh.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.busy, 1)
        header.addWidget(workbook)
        header.addWidget(refresh)

        self.cards = {
            "danger": Card("card_danger", translate("home.screen", "Cần xử lý ngay"), RED),
            "warn": Card("card_warn", translate("home.screen", "Cần chú ý"), AMBER),
            "score": Card("card_score", translate("home.screen", "Điểm thi đua"), GREEN),
        }
        self.cards["danger"].clicked.connect(lambda: self._open_first("danger"))
        self.cards["warn"].clicked.connect(lambda: self._open_first("warn"))
        self.cards["score"].clicked.connect(self.open_scoring)
        cards = QHBoxLayout()
        for card in self.cards.values():
            card.value.setStyleSheet(card.value.styleSheet() + " font-size: 18pt;")
            cards.addWidget(card, 1)

        self.attention = QTreeWidget()
        self.attention.setObjectName("attention")
        self.attention.setColumnCount(2)
        self.attention.setHeaderLabels(
            [translate("home.screen", "Việc cần chú ý"), translate("home.screen", "Số")]
        )
        # roomy lines: the list officers read first every morning
        self.attention.setStyleSheet(
            "QTreeWidget#attention { font-size: 10.5pt; }"
            "QTreeWidget#attention::item { padding: 3px 2px; }"
        )
        self.attention.setRootIsDecorated(False)
        self.attention.setUniformRowHeights(True)
        self.attention.header().setStretchLastSection(False)
        self.attention.header().resizeSection(1, 56)
        self.attention.header().setSectionResizeMode(0, self.attention.header().ResizeMode.Stretch)
        self.attention.itemClicked.connect(self._line_clicked)
        self.attention.itemActivated.connect(self._line_activated)

        self.trend_chart = QChart()
        self.trend_view = chart_view(self.trend_chart, "home_trend_chart", 200)
        self.score_view = group_chart("home_score_chart")
        self.score_view.setMinimumHeight(200)
        charts = QVBoxLayout()
        charts.addWidget(
            self._title(translate("home.screen", "Đơn thư theo tháng và tỷ lệ đúng hạn"))
        )
        charts.addWidget(self.trend_view, 1)
        self.score_title = self._title("")
        charts.addWidget(self.score_title)
        charts.addWidget(self.score_view, 1)

        left = QVBoxLayout()
        left.addWidget(
            self._title(
                translate("home.screen", "Cần chú ý hôm nay (bấm vào một dòng để xem hồ sơ)")
            )
        )
        left.addWidget(self.attention, 1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(charts, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        today_tab = QWidget()
        tl = QVBoxLayout(today_tab)
        tl.addLayout(cards)
        tl.addLayout(grid, 1)

        self.early_warning = EarlyWarningScreen(ctx, self, load=False)
        self.early_warning.setObjectName("home_early_warning")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("home_tabs")
        self.tabs.addTab(today_tab, translate("home.screen", "Việc cần làm"))
        self.tabs.addTab(self.early_warning, translate("home.screen", "Đơn thư — cảnh báo sớm"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.reload()

    @property
    def today(self) -> dt.date:
        """The day the screen is about: today's date (a window left open overnight moves on
        to the new day at its next reading), unless a day was set."""
        return self._today or dt.date.today()

    @today.setter
    def today(self, day: dt.date) -> None:
        self._today = day

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>" if text else "")
        label.setWordWrap(True)
        return label

    # ---- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again on a worker thread (the main window calls this on a change)."""
        if self.task is not None and not self.task.finished:
            self.pending = True  # read again once this read is shown
            return
        today = self.today
        self.title.setText(translate("home.screen", "<h2>Hôm nay — {0}</h2>").format(_day(today)))
        self.busy.setText(translate("home.screen", "  đang cập nhật…"))
        self.task = run_task(
            self,
            translate("home.screen", "Cập nhật trang Hôm nay"),
            lambda _p: data.load(self.ctx, today),
            self.show_data,
            on_error=self._failed,
            show_dialog=False,
        )

    refresh = reload

    def _failed(self, exc: BaseException) -> None:
        self.busy.setText(
            translate("home.screen", "  Không đọc được số liệu: {0}").format(
                getattr(exc, "message", str(exc))
            )
        )
        self._again()

    def _again(self) -> None:
        if self.pending:
            self.pending = False
            self.reload()

    def show_data(self, d: data.HomeData) -> None:
        self.data = d
        self.busy.setText(
            translate("home.screen", "  số liệu lúc {0:%H:%M}").format(dt.datetime.now())
        )
        self._fill_attention(d)
        danger, warn = d.total("danger"), d.total("warn")
        self.cards["danger"].value.setText(str(danger))
        self.cards["danger"].detail.setText(
            translate("home.screen", "quá hạn, phải xử lý ngay")
            if danger
            else translate("home.screen", "không có việc quá hạn")
        )
        self.cards["warn"].value.setText(str(warn))
        self.cards["warn"].detail.setText(translate("home.screen", "sắp đến hạn, còn thiếu"))
        self._show_score(d)
        self.early_warning.today = d.today
        self.early_warning.show_data(d.early_warning)
        self._trend(d.early_warning)
        self.loaded.emit()
        self._again()

    def _fill_attention(self, d: data.HomeData) -> None:
        tree = self.attention
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        grey = QBrush(QColor("#78909c"))
        quiet: list[str] = []  # areas with nothing to do today: named once, at the end
        for group in d.groups:
            # a line with nothing in it needs no attention: leaving it out keeps the list short
            # enough to read at a glance on a 1366×768 laptop
            lines = [line for line in group.lines if line.count]
            if not lines and not group.failed:
                quiet.append(group.label)
                continue
            head = QTreeWidgetItem([group.label, ""])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(False)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(head)
            if group.failed:
                child = QTreeWidgetItem(
                    [translate("home.screen", "Không đọc được số liệu của lĩnh vực này"), ""]
                )
                child.setForeground(0, grey)
                head.addChild(child)
            # no total on the area's heading: its lines may overlap (due this week, due soon)
            for line in lines:
                child = QTreeWidgetItem(["    " + line.label, str(line.count)])
                child.setData(0, LINE_ROLE, line)
                child.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                colour = QBrush(QColor(SEVERITY_COLOURS.get(line.severity, colours.GREY)))
                child.setBackground(0, colour)
                child.setBackground(1, colour)
                can_open = opener(line.record_type) is not None
                child.setToolTip(
                    0,
                    translate("home.screen", "Bấm để xem các hồ sơ") if can_open else line.label,
                )
                head.addChild(child)
        if quiet:
            item = QTreeWidgetItem(
                [
                    translate("home.screen", "Không có việc cần chú ý: {0}").format(
                        ", ".join(quiet)
                    ),
                    "",
                ]
            )
            item.setForeground(0, grey)
            item.setToolTip(0, item.text(0))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(item)
        tree.expandAll()

    def _show_score(self, d: data.HomeData) -> None:
        card = self.cards["score"]
        score = d.score
        card.title.setText(
            translate("home.screen", "Điểm thi đua năm {0} (tạm tính)").format(d.today.year)
        )
        if score is None:
            card.value.setText("–")
            card.detail.setText(translate("home.screen", "chưa tính được"))
            self.score_title.setText("")
            return
        card.value.setText(f"{fmt(score.result.total)}/{fmt(score.max_points)}")
        card.detail.setText(
            translate("home.screen", "{0} · phiếu: {1} · bấm để xem").format(
                score.class_label, score.status_label
            )
        )
        groups = [r for r in score.result.criteria if r.depth == 0 and r.kind == "base"]
        maxima = {f"{r.code}. {r.title}": r.max_points for r in groups}
        points = {f"{r.code}. {r.title}": r.points for r in groups}
        show_groups(
            self.score_view,
            {
                translate("home.screen", "Điểm tạm tính"): points,
                translate("home.screen", "Điểm tối đa"): maxima,
            },
            maxima,
        )
        for series in self.score_view.chart().series():
            series.clicked.connect(lambda *_: self.open_scoring())
        self.score_title.setText(
            translate("home.screen", "<b>Điểm thi đua năm {0} theo nhóm tiêu chí</b>").format(
                d.today.year
            )
        )

    # ---- opening --------------------------------------------------------------------------
    def _line_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self._clicked_at = time.monotonic()
        self.open_item(item)

    def _line_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if time.monotonic() - self._clicked_at > 0.6:  # Enter, not the click just handled
            self.open_item(item)

    def open_item(self, item: QTreeWidgetItem) -> bool:
        line = item.data(0, LINE_ROLE)
        if not isinstance(line, WarningLine) or not line.count:
            return False
        return open_line(self.window(), line, self.today)

    def lines(self) -> list[WarningLine]:
        """The lines on screen, in order (tests, the cards)."""
        out = []
        for i in range(self.attention.topLevelItemCount()):
            head = self.attention.topLevelItem(i)
            for j in range(head.childCount()):
                line = head.child(j).data(0, LINE_ROLE)
                if isinstance(line, WarningLine):
                    out.append(line)
        return out

    def _open_first(self, severity: str) -> None:
        """A card opens its first line with something in it."""
        for line in self.lines():
            if line.severity == severity and line.count and opener(line.record_type):
                open_line(self.window(), line, self.today)
                return

    def open_scoring(self) -> None:
        area_screen(self.window(), "scoring")

    def _open_month(self, index: int) -> None:  # a bar of the trend chart (EarlyWarningCharts)
        self.early_warning._open_month(index)


__all__ = ["HomeScreen"]
