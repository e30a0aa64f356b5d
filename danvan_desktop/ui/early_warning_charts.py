"""Charts of the early-warning screen: the monthly trend of received and overdue petitions, overdue
cases by type and the hamlets with most cases, with the colours the screen shares.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services import early_warning
from danvan_desktop.ui.i18n import translate

RED, AMBER, GREEN, BLUE, GREY = "#c62828", "#ef8f00", "#2e7d32", "#1565c0", "#607d8b"


def _small_font() -> QFont:
    font = QFont()
    font.setPointSize(8)
    return font


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def chart_view(chart: QChart, name: str, height: int = 260) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    return view


class EarlyWarningCharts:
    """The charts of the early-warning screen (mixed into EarlyWarningScreen): the monthly trend,
    overdue cases by petition type and the hotspots."""

    def _trend(self, ew: early_warning.EarlyWarning) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        received, resolved = (
            QBarSet(translate("early_warning_charts", "Đơn nhận")),
            QBarSet(translate("early_warning_charts", "Đã giải quyết")),
        )
        received.setColor(QColor("#90caf9"))
        resolved.setColor(QColor("#a5d6a7"))
        rate = QLineSeries()
        rate.setName(translate("early_warning_charts", "Tỷ lệ đúng hạn (%)"))
        rate.setColor(QColor(RED))
        labels = []
        for i, m in enumerate(ew.trend):
            labels.append(f"{m.month}/{str(m.year)[2:]}")
            received.append(m.received)
            resolved.append(m.resolved)
            if m.percent is not None:
                rate.append(i, m.percent)
        bars = QBarSeries()
        bars.append(received)
        bars.append(resolved)
        bars.clicked.connect(lambda index, _set: self._open_month(index))
        chart.addSeries(bars)
        chart.addSeries(rate)
        x = QBarCategoryAxis()
        x.append(labels)
        x.setLabelsFont(_small_font())
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setRange(0, max([1, *(max(m.received, m.resolved) for m in ew.trend)]) * 1.15)
        y.applyNiceNumbers()
        y.setTitleText(translate("early_warning_charts", "Số đơn"))
        y2 = QValueAxis()
        y2.setRange(0, 100)
        y2.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(y2, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(x)
        bars.attachAxis(y)
        rate.attachAxis(x)
        rate.attachAxis(y2)

    def _overdue_by_type(self, ew: early_warning.EarlyWarning) -> None:
        chart = self.type_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        overdue, late = (
            QBarSet(translate("early_warning_charts", "Đang quá hạn")),
            QBarSet(translate("early_warning_charts", "Giải quyết trễ hạn trong kỳ")),
        )
        overdue.setColor(QColor(RED))
        late.setColor(QColor("#ffab91"))
        self.type_keys = [t.value for t in PetitionType]
        for t in PetitionType:
            overdue.append(ew.overdue_by_type.get(t.value, 0))
            rate = ew.on_time_by_type[t.value]
            late.append(rate.total - rate.on_time)
        series = QBarSeries()
        series.append(overdue)
        series.append(late)
        series.setLabelsVisible(True)
        series.clicked.connect(lambda index, barset: self._open_type(index, barset is overdue))
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([t.label.split(" (")[0] for t in PetitionType])
        y = QValueAxis()
        y.setLabelFormat("%d")
        top = max(
            [
                1,
                *ew.overdue_by_type.values(),
                *(r.total - r.on_time for r in ew.on_time_by_type.values()),
            ]
        )
        y.setRange(0, top * 1.2)
        y.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _hotspots(self, ew: early_warning.EarlyWarning) -> None:
        chart = self.hot_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.hot_items = list(reversed(ew.hamlets[:6] + ew.topics[:4]))
        counts = QBarSet(translate("early_warning_charts", "Số đơn 90 ngày qua"))
        counts.setColor(QColor("#ffb74d"))
        for h in self.hot_items:
            counts.append(h.count)
        series = QHorizontalBarSeries()
        series.append(counts)
        series.setLabelsVisible(True)
        series.clicked.connect(lambda index, _set: self._open_hotspot(index))
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(
            [
                _short(
                    (translate("early_warning_charts", "Lĩnh vực: ") if h.kind == "field" else "")
                    + h.label
                    + (" (!)" if h.hot else "")
                )
                for h in self.hot_items
            ]
        )
        y.setLabelsFont(_small_font())
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(0, max([1, *(h.count for h in self.hot_items)]) * 1.2)
        x.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)
        chart.legend().hide()
