"""Tuyên truyền, dân chủ cơ sở: a tab per register (Tuyên truyền / Công khai / Bàn và quyết
định / Hương ước, quy ước). `today` is an attribute so a test can move time; `dialog_runner`
shows forms (exec() normally; tests fill and save them instead)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.democracy.charters import ChartersTab
from danvan_desktop.ui.democracy.events import EventsTab
from danvan_desktop.ui.democracy.matters import MattersTab
from danvan_desktop.ui.democracy.publicity import PublicityTab
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.register import ScreenBase, compact


class DemocracyScreen(ScreenBase):
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {
        "democracy_events",
        "democracy_publicity",
        "democracy_matters",
        "democracy_charters",
        "democracy_charter_revisions",
        "evidence",
        "unit",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("democracy_tabs")
        self.events_tab = EventsTab(self)
        self.publicity_tab = PublicityTab(self)
        self.matters_tab = MattersTab(self)
        self.charters_tab = ChartersTab(self)
        for tab, label in (
            (self.events_tab, translate("democracy.screen", "Tuyên truyền")),
            (self.publicity_tab, translate("democracy.screen", "Công khai")),
            (self.matters_tab, translate("democracy.screen", "Bàn và quyết định")),
            (self.charters_tab, translate("democracy.screen", "Hương ước, quy ước")),
        ):
            self.tabs.addTab(tab, label)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("democracy.screen", "<h2>Tuyên truyền, thực hiện dân chủ ở cơ sở</h2>")
            )
        )
        layout.addWidget(self.tabs, 1)
        self.reload()
        compact(self)

    def tab_list(self) -> list[Any]:
        return [self.events_tab, self.publicity_tab, self.matters_tab, self.charters_tab]

    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        for tab in self.tab_list():
            tab.reload()

    def refresh(self) -> None:
        for tab in self.tab_list():
            tab.refresh()

    def show_records(self, record_type: str, ids: Sequence[str]) -> int:
        """The tab of `record_type` with those records selected (ui.democracy.opening)."""
        tab = self.charters_tab if record_type == "democracy_charters" else self.publicity_tab
        self.tabs.setCurrentWidget(tab)
        return tab.show_ids(ids)

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "focus_search"):
            tab.focus_search()
