"""A table model that pages rows from SQL on demand; it never holds a whole table.

The screen gives it a `count()` and a `page(offset, limit, sort_key, descending)` callable
(service functions with the current filter bound). Rows are fetched in blocks as the view
scrolls, and only the most recent blocks are kept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # row -> text or number shown
    sort_key: str | None = None  # the service's sort name, None if not sortable
    align_right: bool = False
    width: int = 120
    background: Callable[[Any], str | None] | None = None  # row -> colour name for warnings
    tooltip: Callable[[Any], str] | None = None
    #: the one long-text column (a summary, a name) that takes the room the others leave, so
    #: the key columns after it stay in view at the default window size; `width` is its least
    elastic: bool = False


class PagedTableModel(QAbstractTableModel):
    BLOCK = 200
    KEEP_BLOCKS = 40

    def __init__(
        self,
        columns: Sequence[Column],
        count: Callable[[], int],
        page: Callable[[int, int, str | None, bool], list[Any]],
        parent=None,
    ) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.columns = list(columns)
        self._count_fn, self._page_fn = count, page
        self._count = 0
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self.sort_key: str | None = next((c.sort_key for c in columns if c.sort_key), None)
        self.descending = False
        self.reload()

    # ---- loading --------------------------------------------------------------------------
    def set_source(
        self, count: Callable[[], int], page: Callable[[int, int, str | None, bool], list[Any]]
    ) -> None:
        self._count_fn, self._page_fn = count, page
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._blocks.clear()
        self._count = self._count_fn()
        self.endResetModel()

    def _block(self, number: int) -> list[Any]:
        block = self._blocks.get(number)
        if block is None:
            block = self._page_fn(number * self.BLOCK, self.BLOCK, self.sort_key, self.descending)
            self._blocks[number] = block
            while len(self._blocks) > self.KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block

    def row_object(self, row: int) -> Any | None:
        if not 0 <= row < self._count:
            return None
        block = self._block(row // self.BLOCK)
        offset = row % self.BLOCK
        return block[offset] if offset < len(block) else None

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (for tests and benchmarks)."""
        return sum(len(b) for b in self._blocks.values())

    # ---- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_object(index.row())
        if row is None:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            colour = col.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def paged_view(
    model: PagedTableModel,
    name: str,
    *,
    on_open: Callable[[], None] | None = None,
    sort: tuple[int, Qt.SortOrder] | None = None,
    stretch_last: bool = False,
    row_height: int = 24,
) -> QTableView:
    """A read-only, row-selecting table view over a paged model, as every list screen shows it.

    `sort` = (column, order) turns on sorting by header click (done in SQL by the model);
    `on_open` runs on double-click, Enter or Space (open the record).
    """
    from danvan_desktop.ui.kit.tables import open_on

    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(row_height)
    for i, col in enumerate(model.columns):
        view.setColumnWidth(i, col.width)
    if sort is not None:
        view.horizontalHeader().setSortIndicator(
            *sort
        )  # before enabling: it triggers the first sort
        view.setSortingEnabled(True)
    if stretch_last:
        view.horizontalHeader().setStretchLastSection(True)
    if on_open is not None:
        open_on(view, on_open)
    if any(c.elastic for c in model.columns):
        view.viewport().installEventFilter(_Elastic(view, model))
    return view


class _Elastic(QObject):
    """Keeps the elastic column as wide as the room the other columns leave (never narrower
    than its declared width) whenever the view is resized."""

    def __init__(self, view: QTableView, model: PagedTableModel) -> None:
        super().__init__(view)
        self._view, self._model = view, model
        self._index = next(i for i, c in enumerate(model.columns) if c.elastic)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            view = self._view
            others = sum(
                view.columnWidth(i) for i in range(len(self._model.columns)) if i != self._index
            )
            room = view.viewport().width() - others
            view.setColumnWidth(self._index, max(self._model.columns[self._index].width, room))
        return False
