"""The bar chart of a year's points by criterion group against last year (and the province's
average when known): the same figures as the PDF's chart (reports.scoring.charts)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from danvan_desktop.ui.i18n import translate

_FILLS = ("#2a548c", "#b8c7db", "#8aa05a")


def group_chart(name: str = "group_chart") -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def show_groups(
    view: QChartView,
    series: Mapping[str, Mapping[str, float]],
    maxima: Mapping[str, float],
) -> None:
    """`series`: {legend: {group label: points}}, the groups in the order of `maxima`."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    bars = QBarSeries()
    for i, (name, points) in enumerate(series.items()):
        bar = QBarSet(name)
        bar.setColor(QColor(_FILLS[i % len(_FILLS)]))
        for group in maxima:
            bar.append(points.get(group, 0.0))
        bars.append(bar)
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append([g.partition(". ")[0] for g in maxima])
    x.setTitleText(translate("scoring.chart", "Nhóm tiêu chí"))
    y = QValueAxis()
    y.setRange(0, max([*maxima.values(), 1.0]))
    y.setLabelFormat("%g")
    y.applyNiceNumbers()
    y.setTitleText(translate("scoring.chart", "Điểm"))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    view.setToolTip("\n".join(maxima))


def show_pairs(
    view: QChartView,
    figures: Mapping[str, tuple[float | None, float | None]],
    names: tuple[str, ...],
    maxima: Mapping[str, float],
) -> None:
    """`figures` as the PDF takes them ({group: (first, second)}), one bar set per name; a
    missing figure (None) draws as 0 here, QtCharts having no gap in a bar set."""
    series = {
        name: {g: float(v[i] or 0.0) for g, v in figures.items() if v[i] is not None}
        for i, name in enumerate(names)
    }
    show_groups(view, series, maxima)
