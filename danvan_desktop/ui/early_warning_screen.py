"""Chính quyền chủ động — the petitions' early warning an officer reads at a glance, shown as
the second tab of the home screen ("Hôm nay", ui/home): the home lists what every area needs
done today, this tab the detail of petitions behind it.

Cards (open, due this week, overdue, on-time rate), charts (QtCharts: the on-time rate over the
months with petitions received, overdue by type, hot-spot hamlets and topics), and the lists
behind them (overdue, due this week, open longest, repeated matters, commitments past due).
Every card, bar and list line opens the cases behind it in the petition register.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QChart,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services import early_warning
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.early_warning_charts import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    RED,
    EarlyWarningCharts,
    chart_view,
)
from danvan_desktop.ui.early_warning_opening import EarlyWarningOpening
from danvan_desktop.ui.i18n import translate


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%".replace(".", ",")


class Card(QFrame):
    """A big number with its label; clicking it opens the cases behind it."""

    clicked = Signal()

    def __init__(self, name: str, title: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"#{name} {{ border: 1px solid #cfd8dc; border-left: 6px solid {colour};"
            " border-radius: 4px; background: white; }"
        )
        self.value = QLabel("0")
        self.value.setObjectName(f"{name}_value")
        font = QFont(self.value.font())
        font.setPointSize(22)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {colour}; border: none;")
        self.title = QLabel(title)
        self.title.setStyleSheet("border: none;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555; border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        self.clicked.emit()
        super().mousePressEvent(event)


class EarlyWarningScreen(EarlyWarningCharts, EarlyWarningOpening, QWidget):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "petitions",
        "petition_steps",
        "petition_extensions",
        "petition_links",
        "calendar_days",
        "reception_sessions",
        "reception_petitions",
        "dialogues",
        "dialogue_issues",
        "commitments",
        "commitment_notes",
        "unit",
    }

    #: (filter, title): emitted when an item is opened; the main window's register shows it.
    open_cases = Signal(object, str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.data: early_warning.EarlyWarning | None = None
        self.cards = {
            "open": Card(
                "card_open", translate("early_warning_screen", "Đơn chưa giải quyết xong"), BLUE
            ),
            "due_this_week": Card(
                "card_week", translate("early_warning_screen", "Đến hạn trong tuần này"), AMBER
            ),
            "overdue": Card("card_overdue", translate("early_warning_screen", "Đơn quá hạn"), RED),
            "late_in_period": Card(
                "card_rate", translate("early_warning_screen", "Tỷ lệ giải quyết đúng hạn"), GREEN
            ),
            "commitments": Card(
                "card_commitments", translate("early_warning_screen", "Cam kết quá hạn"), RED
            ),
        }
        cards = QHBoxLayout()
        for key, card in self.cards.items():
            card.clicked.connect(lambda k=key: self.open_key(k))
            cards.addWidget(card, 1)
        self.trend_chart, self.type_chart, self.hot_chart = QChart(), QChart(), QChart()
        self.trend_view = chart_view(self.trend_chart, "trend_chart")
        self.type_view = chart_view(self.type_chart, "overdue_chart")
        self.hot_view = chart_view(self.hot_chart, "hotspot_chart", 330)
        self.overdue_list = self._list("overdue_list")
        self.week_list = self._list("week_list")
        self.open_list = self._list("longest_open_list")
        self.hot_list = self._list("hotspot_list")
        self.commitment_list = self._list("commitment_list")
        self.commitment_list.itemActivated.disconnect()
        self.commitment_list.itemActivated.connect(lambda _: self._open_commitments())
        refresh = QPushButton(translate("early_warning_screen", "Làm mới"))
        refresh.clicked.connect(self.refresh)
        self.subtitle = QLabel()
        heading = QLabel(
            translate("early_warning_screen", "<h2>Chính quyền chủ động — cảnh báo sớm</h2>")
        )
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addWidget(self.subtitle, 1)
        header.addWidget(refresh)
        if not load:  # in the home screen: its tab names it, its header refreshes everything
            heading.hide()
            refresh.hide()

        grid = QGridLayout()
        grid.addWidget(
            self._box(
                translate("early_warning_screen", "Tỷ lệ giải quyết đúng hạn và số đơn theo tháng"),
                self.trend_view,
            ),
            0,
            0,
        )
        grid.addWidget(
            self._box(
                translate("early_warning_screen", "Đơn quá hạn theo loại (bấm vào cột để xem)"),
                self.type_view,
            ),
            0,
            1,
        )
        grid.addWidget(
            self._box(
                translate(
                    "early_warning_screen", "Điểm nóng 90 ngày qua: thôn, lĩnh vực có nhiều đơn"
                ),
                self.hot_view,
            ),
            1,
            0,
        )
        grid.addWidget(
            self._box(
                translate("early_warning_screen", "Điểm nóng và vụ việc lặp lại"), self.hot_list
            ),
            1,
            1,
        )
        grid.addWidget(
            self._box(
                translate("early_warning_screen", "Quá hạn (lâu nhất trước)"), self.overdue_list
            ),
            2,
            0,
        )
        grid.addWidget(
            self._box(translate("early_warning_screen", "Đến hạn trong tuần"), self.week_list), 2, 1
        )
        grid.addWidget(
            self._box(translate("early_warning_screen", "Tồn đọng lâu nhất"), self.open_list), 3, 0
        )
        grid.addWidget(
            self._box(
                translate("early_warning_screen", "Cam kết sau đối thoại đã quá hạn"),
                self.commitment_list,
            ),
            3,
            1,
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(cards)
        bl.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.open_cases.connect(self._show_in_register)
        if load:  # embedded in the home screen, which computes off the GUI thread (show_data)
            self.refresh()

    def _list(self, name: str) -> QListWidget:
        w = QListWidget()
        w.setObjectName(name)
        w.setMinimumHeight(170)
        w.itemActivated.connect(self._item_activated)
        w.itemDoubleClicked.connect(self._item_activated)
        return w

    @staticmethod
    def _box(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(widget, 1)
        return box

    # ---- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self.refresh()

    def refresh(self) -> None:
        self.show_data(early_warning.compute(self.ctx, self.today))

    def show_data(self, ew: early_warning.EarlyWarning) -> None:
        """Fill the cards, charts and lists from figures computed for `self.today`."""
        self.data = ew
        self.subtitle.setText(
            translate("early_warning_screen", "  tại ngày {0}; tỷ lệ đúng hạn tính từ {1}").format(
                fmt_date(ew.today), fmt_date(ew.period_from)
            )
        )
        self.cards["open"].value.setText(str(ew.open_total))
        self.cards["open"].detail.setText(
            translate("early_warning_screen", "{due_soon} đơn sắp đến hạn").format(
                due_soon=ew.due_soon
            )
        )
        self.cards["due_this_week"].value.setText(str(ew.due_this_week))
        self.cards["due_this_week"].detail.setText(
            translate("early_warning_screen", "đến Chủ nhật {0}").format(
                fmt_date(self.today + dt.timedelta(days=6 - self.today.weekday()))
            )
        )
        self.cards["overdue"].value.setText(str(ew.overdue))
        self.cards["overdue"].detail.setText(
            ", ".join(
                f"{PetitionType(t).label}: {n}" for t, n in sorted(ew.overdue_by_type.items())
            )
            or translate("early_warning_screen", "không có")
        )
        self.cards["late_in_period"].value.setText(_pct(ew.on_time.percent))
        self.cards["late_in_period"].detail.setText(
            translate("early_warning_screen", "{on_time}/{total} đơn đã giải quyết").format(
                on_time=ew.on_time.on_time, total=ew.on_time.total
            )
        )
        self.cards["commitments"].value.setText(str(len(ew.commitments_overdue)))
        self.cards["commitments"].detail.setText(
            translate("early_warning_screen", "bấm để xem danh sách cam kết")
        )
        self._trend(ew)
        self._overdue_by_type(ew)
        self._hotspots(ew)
        self._fill(
            self.overdue_list,
            [
                (
                    translate(
                        "early_warning_screen", "{number_label} — hạn {0} — {type_label}: {summary}"
                    ).format(
                        fmt_date(r.due_on),
                        number_label=r.number_label,
                        type_label=r.type_label,
                        summary=r.summary,
                    ),
                    (
                        "ids",
                        (r.id,),
                        translate("early_warning_screen", "Đơn số {number_label}").format(
                            number_label=r.number_label
                        ),
                    ),
                    RED,
                )
                for r in ew.overdue_list
            ],
        )
        self._fill(
            self.week_list,
            [
                (
                    translate(
                        "early_warning_screen", "{number_label} — hạn {0} — {type_label}: {summary}"
                    ).format(
                        fmt_date(r.due_on),
                        number_label=r.number_label,
                        type_label=r.type_label,
                        summary=r.summary,
                    ),
                    (
                        "ids",
                        (r.id,),
                        translate("early_warning_screen", "Đơn số {number_label}").format(
                            number_label=r.number_label
                        ),
                    ),
                    AMBER,
                )
                for r in ew.due_week_list
            ],
        )
        self._fill(
            self.open_list,
            [
                (
                    translate(
                        "early_warning_screen",
                        "{number_label} — nhận {0} ({1} ngày) — {status_label}: {summary}",
                    ).format(
                        fmt_date(r.received_on),
                        (self.today - r.received_on).days,
                        number_label=r.number_label,
                        status_label=r.status_label,
                        summary=r.summary,
                    ),
                    (
                        "ids",
                        (r.id,),
                        translate("early_warning_screen", "Đơn số {number_label}").format(
                            number_label=r.number_label
                        ),
                    ),
                    None,
                )
                for r in ew.longest_open
            ],
        )
        hot_items = []
        for h in ew.hamlets + ew.topics:
            if h.hot:
                hot_items.append(
                    (
                        translate(
                            "early_warning_screen",
                            "Điểm nóng: {label} — {count} đơn trong 90 ngày ({open} chưa xong",
                        ).format(label=h.label, count=h.count, open=h.open)
                        + (
                            translate("early_warning_screen", ", {crowds} đông người").format(
                                crowds=h.crowds
                            )
                            if h.crowds
                            else ""
                        )
                        + ")",
                        ("filter", h.filter, h.label),
                        RED,
                    )
                )
        for h in ew.repeats:
            hot_items.append(
                (
                    translate("early_warning_screen", "Lặp lại {count} lần: {label}").format(
                        count=h.count, label=h.label
                    ),
                    ("filter", h.filter, h.label),
                    AMBER if h.hot else None,
                )
            )
        if ew.crowds:
            hot_items.append(
                (
                    translate(
                        "early_warning_screen", "Đơn đông người 90 ngày qua: {crowds}"
                    ).format(crowds=ew.crowds),
                    ("key", "crowds", translate("early_warning_screen", "Đơn đông người")),
                    AMBER,
                )
            )
        self._fill(
            self.hot_list,
            hot_items or [(translate("early_warning_screen", "Không có điểm nóng."), None, None)],
        )
        self._fill(
            self.commitment_list,
            [
                (
                    translate(
                        "early_warning_screen",
                        "Quá hạn {days_overdue} ngày — {what} ({owner}; hạn {0})",
                    ).format(
                        fmt_date(c.due_on), days_overdue=c.days_overdue, what=c.what, owner=c.owner
                    ),
                    None,
                    RED,
                )
                for c in ew.commitments_overdue
            ]
            or [(translate("early_warning_screen", "Không có cam kết quá hạn."), None, None)],
        )

    @staticmethod
    def _fill(widget: QListWidget, items: list[tuple[str, object, str | None]]) -> None:
        widget.clear()
        for text, target, colour in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, target)
            item.setToolTip(text)
            if colour:
                item.setForeground(QColor(colour))
            widget.addItem(item)


# Names that moved to sibling modules stay importable from here.
__all__ = [
    "AMBER",
    "BLUE",
    "GREEN",
    "GREY",
    "RED",
    "Card",
    "EarlyWarningScreen",
]
