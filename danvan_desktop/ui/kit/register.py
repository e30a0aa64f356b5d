"""The register-screen base: a title, a search box, filter combos, a paged table, actions and
exports, and the refresh protocol (`watched_types`, `reload`) the main window drives.

A screen builds its parts with `search_box`, `filter_combo`, `paged_table`, `action`, lays them
out as it likes, and implements `refresh()`; `reload()` (called when a watched record type
changed) refreshes its filters' choices and the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QTableView, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.paged import Column, PagedTableModel, paged_view

EXPORT_FILTERS = {
    "xlsx": translate("kit.register", "Bảng tính Excel (*.xlsx)"),
    "pdf": translate("kit.register", "Tài liệu PDF (*.pdf)"),
}


class ScreenBase(QWidget):
    """Any screen: the refresh protocol. `watched_types` are entity names (store.base.SYNCED
    keys) or {"*"}; `reload()` re-reads what the screen shows (default: `refresh()`)."""

    watched_types: set[str] = {"*"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:  # pragma: no cover - every screen overrides
        pass

    def reload(self) -> None:
        self.refresh()

    def status_message(self, text: str, msecs: int = 10000) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, msecs)


class RegisterScreen(ScreenBase):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search: QLineEdit | None = None
        self.filters: list[QComboBox] = []
        self.table_model: PagedTableModel | None = None
        self.table: QTableView | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)

    # ---- parts -----------------------------------------------------------------------------
    def search_box(self, placeholder: str, name: str = "search") -> QLineEdit:
        self.search = QLineEdit()
        self.search.setObjectName(name)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        return self.search

    def filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"filter_{name}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.filters.append(combo)
        return combo

    @staticmethod
    def fill_combo(
        combo: QComboBox,
        items: Sequence[tuple[str, object]],
        all_text: str = translate("kit.register", "Tất cả"),
    ) -> None:
        """Replace the choices, keeping the current one if it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def paged_table(
        self,
        columns: Sequence[Column],
        count: Callable[[], int],
        page: Callable[[int, int, str | None, bool], list[Any]],
        name: str,
        *,
        sort: tuple[int, Qt.SortOrder] | None = None,
    ) -> QTableView:
        self.table_model = PagedTableModel(columns, count, page, self)
        self.table = paged_view(self.table_model, name, on_open=self.open_selected, sort=sort)
        return self.table

    def action(
        self, text: str, name: str, slot: Callable[[], Any], *, tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    # ---- behaviour ------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def clear_filters(self) -> None:
        """Every filter on "all" and the search empty, without a refresh per widget (the
        caller refreshes once): nothing hides the records a home-screen line opens."""
        widgets: list[Any] = [*self.filters, self.search]
        for w in widgets:
            if w is not None:
                w.blockSignals(True)
        for combo in self.filters:
            combo.setCurrentIndex(0)
        if self.search is not None:
            self.search.clear()
        for w in widgets:
            if w is not None:
                w.blockSignals(False)
        self._debounce.stop()

    def selected_row(self) -> Any | None:
        if self.table is None or self.table_model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.row_object(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return getattr(row, "id", None) if row is not None else None

    def open_selected(self) -> None:  # pragma: no cover - screens with a table override
        pass

    def ask_export_path(self, title: str, default_name: str, kind: str) -> Path | None:
        """A save-file dialog for an export of `kind` ("xlsx" or "pdf"); the suffix is added
        when the user left it out."""
        suffix = f".{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{default_name}{suffix}"), EXPORT_FILTERS[kind]
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == suffix else target.with_suffix(suffix)


def compact(screen: QWidget, chars: int = 6) -> None:
    """Let a screen shrink to a 1366×768 (or 1920×1080 at 150 %) window: combo boxes stop
    demanding their longest item's width (they still grow with the layout and show the whole
    list when opened) and headings wrap instead of widening the window."""
    from PySide6.QtWidgets import QLabel

    for combo in screen.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(chars)
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
    from PySide6.QtWidgets import QBoxLayout

    rows = [
        box
        for box in screen.findChildren(QBoxLayout)
        if box.direction() in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)
    ]
    for label in screen.findChildren(QLabel):
        if not label.text().startswith(("<h1>", "<h2>", "<h3>")) or label.wordWrap():
            continue
        # a heading beside other widgets may wrap; it gets the row's spare width first
        for box in rows:
            if box.setStretchFactor(label, 10):
                label.setWordWrap(True)
                break
