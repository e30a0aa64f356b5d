"""The upper-level screen's small in-memory tables (a province has at most a few hundred
communes): columns described as data, sorting in Python with rows lacking a value last, and the
colours every tab shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from danvan_desktop.domain.dates import fmt_datetime
from danvan_desktop.domain.text import fold
from danvan_desktop.services import upper_level as ul

Index = QModelIndex | QPersistentModelIndex

SUBMISSION_COLOURS = {
    ul.Submission.ON_TIME: "#d9f2d6",
    ul.Submission.LATE: "#ffe9b3",
    ul.Submission.MISSING: "#f9c9c6",
    ul.Submission.PENDING: "#ececec",
}
GAP_COLOUR = "#c0392b"
BELOW_THRESHOLD = "#f9c9c6"  # a rate under the province's threshold
NO_FIGURE = "#8a8a8a"  # "—": nothing to compute a rate on


# ---- a small in-memory table model (a province has at most a few hundred communes) ---------


@dataclass(frozen=True)
class ListColumn:
    header: str
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # defaults to value
    align_right: bool = False
    width: int = 110
    background: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], str | None] | None = None
    bold: Callable[[Any], bool] | None = None
    tooltip: Callable[[Any], str] | None = None


class ListTableModel(QAbstractTableModel):
    """Rows held in a list; sorting by any column in Python (the lists here are short)."""

    def __init__(self, columns: Sequence[ListColumn], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._sort: tuple[int, bool] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def row_object(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            colour = col.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and col.bold is not None and col.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _apply_sort(self, column: int, descending: bool) -> None:
        """Sort by a column; rows without a value (None) go last in either direction, so a
        commune with no figure never heads a list sorted best first."""
        col = self.columns[column]
        key = col.sort or col.value

        def safe(row: Any) -> Any:
            value = key(row)
            return fold(value) if isinstance(value, str) else value

        present = [r for r in self.rows if key(r) is not None]
        missing = [r for r in self.rows if key(r) is None]
        present.sort(key=safe, reverse=descending)
        self.rows = present + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sort = None  # no indicator: keep the order the service gave
            return
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._apply_sort(*self._sort)
        self.endResetModel()


def make_table(
    model: QAbstractTableModel, name: str, widths: Sequence[int] = (), *, wrap_headers: bool = False
) -> QTableView:
    """A read-only, row-selecting, sortable table; `wrap_headers` gives long headers two lines
    (columns of counts stay narrow enough to see many communes' figures side by side)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # No sort until the user clicks a header: rows come in the service's order (names A–Z).
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if wrap_headers:
        header = table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
        )
        header.setMinimumHeight(header.fontMetrics().height() * 2 + 12)
    for i, w in enumerate(widths):
        table.setColumnWidth(i, w)
    return table


def local_time(t: dt.datetime | None) -> str:
    """A stored naive-UTC time shown in the computer's time zone, dd/mm/yyyy hh:mm."""
    if t is None:
        return ""
    return fmt_datetime(t.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


def rate_text(value: float | None) -> str:
    """66.7 → "66,7%"; None → "—"."""
    if value is None:
        return "—"
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + "%"
