"""What the four registers of the area share: a search box (without diacritics: the services
fold the text), a year filter, add / edit / delete buttons, a table filled from the service's
rows, a one-line summary, and forms shown through the screen's `dialog_runner` (tests drive it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout

from danvan_desktop.domain.roles import Permission
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormDialog, ask_to_delete
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.kit.register import RegisterScreen
from danvan_desktop.ui.kit.tables import (
    fill_table,
    make_table,
    open_on,
    select_ids,
    selected_id,
)

if TYPE_CHECKING:
    from danvan_desktop.ui.democracy.screen import DemocracyScreen


class RegisterTab(RegisterScreen):
    """One register of the area. Subclasses set HEADERS, NAME and implement `load`, `cells`,
    `form` and `delete`; `years` gives the year filter's choices."""

    HEADERS: Sequence[str] = ()
    NAME = "register"
    SEARCH_HINT = translate("democracy.common", "Tìm (gõ không dấu cũng được)…")
    ADD = translate("democracy.common", "Thêm…")
    #: the year filter opens on every year (charters last for years) instead of this year
    ALL_YEARS = False
    #: column -> the widest it may grow (pixels), so the figures stay in view at 1366×768
    CAPS: dict[int, int] = {}

    def __init__(self, screen: DemocracyScreen) -> None:
        super().__init__(screen.ctx, screen)
        self.screen = screen
        self.editable = self.ctx.can(Permission.EDIT)
        self.rows: list[Any] = []
        self.year = self.filter_combo("year")
        self.year.setToolTip(translate("democracy.common", "Năm"))
        search = self.search_box(self.SEARCH_HINT, f"{self.NAME}_search")
        self.table: QTableWidget = make_table(list(self.HEADERS), f"{self.NAME}_table")  # type: ignore[assignment]
        open_on(self.table, self.edit)
        self.summary = QLabel()
        self.summary.setObjectName(f"{self.NAME}_summary")
        self.summary.setWordWrap(True)
        self.add_button = self.button(self.ADD, f"add_{self.NAME}", self.add)
        self.edit_button = self.button(
            translate("democracy.common", "Sửa…"), f"edit_{self.NAME}", self.edit
        )
        self.delete_button = self.button(
            translate("democracy.common", "Xóa"), f"delete_{self.NAME}", self.delete_selected
        )
        self.head = QHBoxLayout()
        self.head.addWidget(QLabel(translate("democracy.common", "Năm:")))
        self.head.addWidget(self.year)
        self.head.addWidget(search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button):
            self.head.addWidget(b)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.head)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.summary)

    # ---- parts -------------------------------------------------------------------------------
    def button(
        self, text: str, name: str, slot: Callable[[], Any], edit: bool = True
    ) -> QPushButton:
        b = self.action(text, name, slot)
        if edit:
            b.setEnabled(self.editable)
        return b

    @property
    def today(self) -> dt.date:
        return self.screen.today

    def run_dialog(self, dialog: FormDialog) -> bool:
        # tall enough that a form shows whole on a 1366×768 screen (FormBase trims to the screen)
        dialog.resize(max(dialog.width(), 760), min(660, 150 + 44 * len(dialog.fields)))
        return bool(self.screen.dialog_runner(dialog))

    # ---- what subclasses provide --------------------------------------------------------------
    def years(self) -> list[int]:  # pragma: no cover - every tab overrides
        return [self.today.year]

    def load(self, year: int | None, search: str) -> list[Any]:  # pragma: no cover
        return []

    def cells(self, row: Any) -> list[Any]:  # pragma: no cover
        return []

    def colour(self, row: Any) -> str | None:
        return None

    def summarise(self, rows: list[Any]) -> str:
        return translate("democracy.common", "{0} mục").format(len(rows))

    def form(self, row: Any | None) -> FormDialog:  # pragma: no cover
        raise NotImplementedError

    def delete(self, row: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return translate("democracy.common", "mục đã chọn")

    # ---- behaviour -------------------------------------------------------------------------------
    def reload(self) -> None:
        years = self.years()
        first = self.year.count() == 0
        self.fill_combo(
            self.year,
            [(str(y), y) for y in years],
            translate("democracy.common", "Tất cả các năm"),
        )
        if first and not self.ALL_YEARS:
            self.year.setCurrentIndex(max(self.year.findData(self.today.year), 0))
        self.refresh()

    def refresh(self) -> None:
        search = self.search.text() if self.search is not None else ""
        self.rows = self.load(self.year.currentData(), search)
        fill_table(
            self.table,
            [self.cells(r) for r in self.rows],
            [r.id for r in self.rows],
            [self.colour(r) for r in self.rows],
        )
        for column, cap in self.CAPS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self.summary.setText(self.summarise(self.rows))
        self.after_refresh()

    def after_refresh(self) -> None:
        pass

    def selected(self) -> Any | None:
        rid = selected_id(self.table)
        return next((r for r in self.rows if r.id == rid), None)

    def select(self, record_id: str) -> None:
        for i, r in enumerate(self.rows):
            if r.id == record_id:
                self.table.selectRow(i)
                return

    def show_ids(self, ids: Sequence[str]) -> int:
        """Every year, no search, and these records selected (a home-screen line opened)."""
        self.clear_filters()
        self.refresh()
        return select_ids(self.table, ids)

    def open_selected(self) -> None:
        self.edit()

    def add(self) -> None:
        dialog = self.form(None)
        if self.run_dialog(dialog):
            self.reload()
            if isinstance(dialog.result_value, str):
                self.select(dialog.result_value)

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.form(row)
        if self.editable and self.run_dialog(dialog):
            self.reload()
            self.select(row.id)
        elif not self.editable:
            self.run_dialog(dialog)

    def delete_selected(self) -> None:
        row = self.selected()
        if (
            row is not None
            and ask_to_delete(self, self.describe(row))
            and act(self, lambda: self.delete(row))
        ):
            self.reload()


def numbers(values: dict[str, Any], names: Sequence[str]) -> int:
    """The sum of the integer fields `names` of a form's values."""
    return sum(int(values.get(n) or 0) for n in names)
