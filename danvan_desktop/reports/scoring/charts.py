"""Grouped bar charts of a scoring result for the PDF: this year against last year by criterion
group, and the commune against the province's average. Plain figures in, a reportlab Drawing
out (every label in the shipped Liberation fonts, so Vietnamese prints and nothing unembedded
is referenced); the on-screen QtCharts version draws the same figures."""

from __future__ import annotations

import math
from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from danvan_desktop.domain.scoring.evaluate import Evaluation
from danvan_desktop.reports.fonts import SERIF, face, register_fonts
from danvan_desktop.reports.pdf_layout import format_number

Figures = Mapping[str, tuple[float | None, float | None]]

# Dark and light grey-blue: tell apart in colour and on a black-and-white office printer.
_FILLS = (colors.Color(0.16, 0.33, 0.55), colors.Color(0.72, 0.78, 0.86))
_WIDTH = 165 * mm  # the text width of an A4 portrait page with the legal margins
_HEIGHT = 72 * mm


def group_points(result: Evaluation) -> dict[str, float]:
    """Points of each top-level criterion group ("1. Lãnh đạo, chỉ đạo…" -> 12), in order."""
    return {
        f"{r.code}. {r.title}": r.points
        for r in result.criteria
        if r.depth == 0 and r.kind == "base"
    }


def pair(this: Mapping[str, float], other: Mapping[str, float]) -> dict[str, tuple]:
    """{group: (this, other)} over the groups of ``this`` (a group missing in ``other`` is None)."""
    return {k: (v, other.get(k)) for k, v in this.items()}


def _code(label: str) -> str:
    # "1. Lãnh đạo…" is labelled "1" under its bars; the full title goes in the key below.
    head, sep, _ = label.partition(". ")
    return head if sep and len(head) <= 6 else label


def _nice_top(value: float) -> float:
    if value <= 0:
        return 5.0
    step = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if value <= m * step:
            return m * step
    return 10 * step


def bar_chart(
    figures: Figures,
    series: tuple[str, str],
    title: str,
    *,
    width: float = _WIDTH,
    height: float = _HEIGHT,
) -> Drawing:
    """Two bars per group (first series dark, second light), the points on top of each bar.

    A value of None (no result that year, no province figure) leaves its bar out rather than
    drawing a zero that would read as a bad score.
    """
    register_fonts()
    labels = list(figures)
    first = [figures[k][0] for k in labels]
    second = [figures[k][1] for k in labels]
    d = Drawing(width, height)
    # Else the renderer starts in Helvetica and the PDF references an unembedded font.
    d.initialFontName, d.initialFontSize = SERIF, 10
    d.add(
        String(width / 2, height - 12, title, fontName=face(SERIF, bold=True), fontSize=11,
               textAnchor="middle")
    )  # fmt: skip
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 30
    chart.width, chart.height = width - 44, height - 70
    # reportlab draws None as a missing bar; the type hint there says float only.
    chart.data = [first or [0], second or [0]]  # type: ignore[list-item]
    chart.categoryAxis.categoryNames = [_code(k) for k in labels] or [""]
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.dy = -4
    top = max([v for v in first + second if v is not None] or [0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_top(top * 1.15)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = format_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.groupSpacing = 10
    chart.barSpacing = 2
    for i, fill in enumerate(_FILLS):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.3
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.barLabelFormat = format_number
    d.add(chart)
    d.add(String(4, chart.y + chart.height + 6, "Điểm", fontName=SERIF, fontSize=9))
    legend = Legend()
    legend.fontName = SERIF
    legend.fontSize = 10
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 8
    legend.deltax = 140
    legend.colorNamePairs = list(zip(_FILLS, series, strict=True))
    legend.x = width / 2 - 130
    legend.y = 10
    d.add(legend)
    return d


def year_chart(figures: Figures, this_year: int, last_year: int | None = None) -> Drawing:
    """{group: (points this year, points last year)}."""
    last = last_year if last_year is not None else this_year - 1
    return bar_chart(
        figures,
        (f"Năm {this_year}", f"Năm {last}"),
        f"Điểm theo nhóm tiêu chí: năm {this_year} so với năm {last}",
    )


def province_chart(figures: Figures, unit_name: str, year: int) -> Drawing:
    """{group: (the commune's points, the province's average)}."""
    return bar_chart(
        figures,
        (unit_name, "Bình quân toàn tỉnh"),
        f"Điểm theo nhóm tiêu chí năm {year}: {unit_name} so với bình quân toàn tỉnh",
    )


def _key(figures: Figures) -> Paragraph | None:
    coded = [(k.partition(". ")[0], k.partition(". ")[2]) for k in figures if _code(k) != k]
    if not coded:
        return None
    style = ParagraphStyle(
        "chart-key", fontName=SERIF, fontSize=9.5, leading=11.5, alignment=TA_LEFT, leftIndent=8
    )
    text = "<br/>".join(f"<b>{escape(c)}</b>. {escape(t)}" for c, t in coded)
    return Paragraph(text, style)


def chart_flowables(
    drawing: Drawing, figures: Figures, title: Flowable | None = None, *, key: bool = True
) -> list[Flowable]:
    """The chart with the key to its group numbers (and a heading over it), kept on one page."""
    words = _key(figures) if key else None
    parts = [*([title] if title else []), drawing, *([words] if words else []), Spacer(1, 4 * mm)]
    return [KeepTogether(parts)]


__all__ = [
    "Figures",
    "bar_chart",
    "chart_flowables",
    "group_points",
    "pair",
    "province_chart",
    "year_chart",
]
