"""One tab per figure group the areas register (services.areas: petitions, the People's
Inspection Board …): every commune's figures side by side, a rate under the province's
threshold coloured, "—" where there is nothing to compute a figure on (and such rows last
when sorting), a backlog above zero in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.areas import FigureGroup, Metric
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.upper_level.table import (
    BELOW_THRESHOLD,
    GAP_COLOUR,
    NO_FIGURE,
    ListColumn,
    ListTableModel,
    make_table,
    rate_text,
)


def _count_text(value: float | None) -> str | int:
    if value is None:
        return "—"
    return int(value) if float(value).is_integer() else f"{value:g}".replace(".", ",")


def metric_column(group: FigureGroup, m: Metric, threshold: float) -> ListColumn:
    limit = f"{threshold:g}".replace(".", ",")

    def value(a: ul.CommuneActivity) -> float | None:
        return a.get(m.key)

    def below(a: ul.CommuneActivity) -> str | None:
        v = value(a)
        return BELOW_THRESHOLD if m.kind == "rate" and v is not None and v < threshold else None

    def foreground(a: ul.CommuneActivity) -> str | None:
        v = value(a)
        if v is None:
            return NO_FIGURE
        # A count where fewer is better (overdue, unanswered): any at all stands out.
        return GAP_COLOUR if m.kind == "count" and not m.higher_is_better and v else None

    def bold(a: ul.CommuneActivity) -> bool:
        v = value(a)
        return v is not None if m.kind == "rate" else bool(v) and not m.higher_is_better

    def tooltip(a: ul.CommuneActivity) -> str:
        v = value(a)
        if v is None:
            return group.no_figure[:1].upper() + group.no_figure[1:]
        parts = [m.hint] if m.hint else []
        if m.ratio is not None:
            num, den = (a.get(k) for k in m.ratio)
            parts.insert(0, f"{_count_text(num)} / {_count_text(den)}")
        if below(a):
            parts.append(
                translate("upper_level.figures_tab", "dưới ngưỡng {limit}%").format(limit=limit)
            )
        return "; ".join(parts)

    return ListColumn(
        m.header,
        (lambda a: rate_text(value(a))) if m.kind == "rate" else (lambda a: _count_text(value(a))),
        sort=value,
        align_right=True,
        width=m.width,
        background=below,
        foreground=foreground,
        bold=bold,
        tooltip=tooltip,
    )


def figure_columns(group: FigureGroup, threshold: float) -> list[ListColumn]:
    return [
        ListColumn(translate("upper_level.figures_tab", "Mã"), lambda a: a.code, width=52),
        ListColumn(
            translate("upper_level.figures_tab", "Xã, phường, đặc khu"),
            lambda a: a.name,
            width=200,
            bold=lambda a: True,
        ),
        *[metric_column(group, m, threshold) for m in group.metrics if m.on_screen],
    ]


def _phrase(header: str, group: FigureGroup) -> str:
    """A column header as words inside the summary sentence: "Ban TTND: kiến nghị" ->
    "kiến nghị", "Đơn thư nhận" (in the "Đơn thư" group) -> "nhận"; acronyms keep their case."""
    words = header.split(": ", 1)[-1]
    if words.lower().startswith(group.label.lower() + " "):
        words = words[len(group.label) + 1 :]
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def figure_summary(
    group: FigureGroup,
    rows: list[ul.CommuneActivity],
    period: str,
    today: dt.date,
    threshold: float,
) -> str:
    """The line above the table: the days counted, the communes with data, each figure's
    total over the communes (a rate from its ratio's totals), the legend."""
    span = ul.activity_span(period)
    days = f" ({fmt_date(span[0])} – {fmt_date(span[1])})" if span else ""
    keys = [m.key for m in group.metrics]
    sent = sum(1 for a in rows if any(a.get(k) for k in keys))

    def total(key: str) -> int:
        return sum(int(v) for a in rows if (v := a.get(key)) is not None)

    parts = []
    for m in group.metrics:
        if not m.on_screen:
            continue
        if m.kind == "rate":
            if m.ratio is None:
                continue
            num, den = (total(k) for k in m.ratio)
            text = rate_text(round(100 * num / den, 1) if den else None)
        else:
            text = str(total(m.key))
        style = f" style='color:{GAP_COLOUR}'" if not m.higher_is_better else ""
        parts.append(f"{_phrase(m.header, group)} <b{style}>{text}</b>")
    below = sum(
        1
        for a in rows
        for m in group.metrics
        if m.kind == "rate" and (v := a.get(m.key)) is not None and v < threshold
    )
    return translate(
        "upper_level.figures_tab",
        "Kỳ <b>{period}</b>{days}: <b>{sent}</b> / {0} đơn vị có dữ liệu. "
        "{label}: {1} (quá hạn tính đến {2}).<br><span "
        "style='background:{BELOW_THRESHOLD}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> tỷ "
        "lệ dưới {3}% ({below} ô) &nbsp; <span "
        "style='color:{NO_FIGURE}'>—</span> {no_figure} (xếp cuối khi so sánh)",
    ).format(
        len(rows),
        ", ".join(parts),
        fmt_date(today),
        f"{threshold:g}".replace(".", ","),
        period=period,
        days=days,
        sent=sent,
        label=group.label,
        BELOW_THRESHOLD=BELOW_THRESHOLD,
        below=below,
        NO_FIGURE=NO_FIGURE,
        no_figure=group.no_figure,
    )


class FiguresTab(QWidget):
    """One registered figure group's tab."""

    def __init__(self, group: FigureGroup, threshold: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group, self.threshold = group, threshold
        self.model = ListTableModel(figure_columns(group, threshold), self)
        self.table = make_table(
            self.model,
            f"figures_{group.key}",
            [c.width for c in self.model.columns],
            wrap_headers=True,
        )
        self.summary = QLabel()
        self.summary.setObjectName(f"figures_summary_{group.key}")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[ul.CommuneActivity], period: str, today: dt.date) -> None:
        self.model.set_rows(rows)
        self.summary.setText(figure_summary(self.group, rows, period, today, self.threshold))
