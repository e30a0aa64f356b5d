"""The one table helper: read-only, row-selecting tables that open a row on double-click,
Enter or Space, and size their columns to their content within a cap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from danvan_desktop.domain.dates import fmt_date

#: the widest a column grows to fit its content (wider text is elided; the tooltip shows it)
MAX_COLUMN = 420
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class _OpenOnKeys(QObject):
    """Enter or Space on a selected row opens it, as a double-click does."""

    def __init__(self, view: QAbstractItemView, on_open: Callable[[], Any]) -> None:
        super().__init__(view)
        self._view, self._on_open = view, on_open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self._view.selectionModel() is not None
            and self._view.selectionModel().hasSelection()
        ):
            self._on_open()
            return True
        return False


def open_on(view: QAbstractItemView, on_open: Callable[[], Any]) -> None:
    """Open the selected row on double-click, Enter and Space."""
    view.doubleClicked.connect(lambda _index: on_open())
    view.installEventFilter(_OpenOnKeys(view, on_open))


def setup_view(
    view: QAbstractItemView,
    name: str,
    *,
    row_height: int = 24,
    on_open: Callable[[], Any] | None = None,
    stretch_last: bool = True,
    wrap_headers: bool = False,
) -> None:
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if isinstance(view, QTableView):
        view.verticalHeader().setDefaultSectionSize(row_height)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_last)
        if wrap_headers:
            header.setDefaultAlignment(
                Qt.AlignmentFlag(int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
            )
            header.setMinimumHeight(header.fontMetrics().height() * 2 + 12)
    if on_open is not None:
        open_on(view, on_open)


def make_table(
    source: Sequence[str] | QAbstractItemModel,
    name: str,
    widths: Sequence[int] = (),
    *,
    on_open: Callable[[], Any] | None = None,
    wrap_headers: bool = False,
    stretch_last: bool = True,
    sortable: bool | None = None,
    row_headers: bool | None = None,
) -> Any:
    """Headers -> a QTableWidget filled by `fill_table`; a Qt model -> a QTableView over it
    (sortable by header click, unsorted until the user clicks)."""
    if isinstance(source, QAbstractItemModel):
        view: QTableView = QTableView()
        view.setModel(source)
        if sortable is None or sortable:
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
    else:
        view = QTableWidget(0, len(source))
        view.setHorizontalHeaderLabels(list(source))
        if row_headers is None:
            row_headers = False
    setup_view(
        view,
        name,
        row_height=22 if wrap_headers else 24,
        on_open=on_open,
        stretch_last=stretch_last,
        wrap_headers=wrap_headers,
    )
    if row_headers is False:
        view.verticalHeader().setVisible(False)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    return view


def _text(value: Any) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return fmt_date(value)
    return "" if value is None else str(value)


def _looks_numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return (
        isinstance(value, str)
        and bool(value)
        and value.replace(".", "").replace(",", "").rstrip("%").isdigit()
    )


def fill_table(
    t: QTableWidget,
    rows: Sequence[Sequence[Any]],
    ids: Sequence[Any] | None = None,
    colours: Sequence[str | None] | None = None,
    tooltips: Sequence[str] | None = None,
    *,
    numeric: Sequence[int] | None = None,
) -> None:
    """Rows of plain values (dates shown dd/mm/yyyy, numbers right-aligned); a record id, if
    given, rides on the first cell (UserRole). Columns then fit their content up to a cap."""
    right = set(numeric) if numeric is not None else None
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(_text(value))
            if (right is not None and c in right) or (right is None and _looks_numeric(value)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[r]:
                item.setBackground(QBrush(QColor(colours[r])))
            if tooltips and tooltips[r]:
                item.setToolTip(tooltips[r])
            elif len(item.text()) > 60:
                item.setToolTip(item.text())
            if c == 0 and ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            t.setItem(r, c, item)
    fit_columns(t)


def fit_columns(t: QTableView, cap: int = MAX_COLUMN) -> None:
    """Columns as wide as their content (header included), never wider than `cap`."""
    t.resizeColumnsToContents()
    model = t.model()
    last = model.columnCount() - 1 if model is not None else -1
    for c in range(last + 1):
        if c == last and t.horizontalHeader().stretchLastSection():
            continue
        t.setColumnWidth(c, min(t.columnWidth(c), cap))


def selected_id(t: QAbstractItemView) -> Any | None:
    """The record id on the first cell of the selected row (UserRole), or None."""
    model = t.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows:
        return None
    return rows[0].siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)


def select_ids(t: QAbstractItemView, ids: Sequence[Any]) -> int:
    """Select every row whose record id (UserRole on the first cell) is in `ids`, the first
    one current and scrolled into view; the number of rows selected. Used to show the records
    behind a home-screen line: the selection is made in code, so a single-selection table still
    shows them all."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model, chooser = t.model(), t.selectionModel()
    if model is None or chooser is None:
        return 0
    wanted = set(ids)
    rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole) in wanted
    ]
    selection = QItemSelection()
    for r in rows:
        selection.select(model.index(r, 0), model.index(r, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    chooser.clearSelection()
    if rows:
        first = model.index(rows[0], 0)
        chooser.setCurrentIndex(first, flags.NoUpdate)
        chooser.select(selection, flags.Select | flags.Rows)
        t.scrollTo(first)
    return len(rows)
