"""The plans screen: at a commune, tabs for the plans register (with the selected plan's items),
the documents from above, the steering committee and the funding; at an upper level, the view of
which communes answered each document (upper.UpperPlansScreen). `today` is an attribute so a
test can move time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.register import ScreenBase, compact
from danvan_desktop.ui.plans.committee import CommitteeTab, FundingTab
from danvan_desktop.ui.plans.common import WATCHED
from danvan_desktop.ui.plans.directives import DirectivesTab
from danvan_desktop.ui.plans.register import PlansTab


def build_screen(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The commune's screen, or the upper level's view above communes."""
    from danvan_desktop.services.upper_level import is_upper_level

    if is_upper_level(ctx):
        from danvan_desktop.ui.plans.upper import UpperPlansScreen

        return UpperPlansScreen(ctx, parent)
    return PlansScreen(ctx, parent)


class PlansScreen(ScreenBase):
    watched_types = WATCHED

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        #: How forms are shown: exec() normally; tests replace it to fill and save a form.
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("plans_tabs")
        self.plans_tab = PlansTab(self)
        self.directives_tab = DirectivesTab(self)
        self.committee_tab = CommitteeTab(self)
        self.funding_tab = FundingTab(self)
        for tab, label in (
            (self.plans_tab, translate("plans.screen", "Kế hoạch thực hiện")),
            (self.directives_tab, translate("plans.screen", "Văn bản cấp trên")),
            (self.committee_tab, translate("plans.screen", "Ban Chỉ đạo")),
            (self.funding_tab, translate("plans.screen", "Kinh phí")),
        ):
            self.tabs.addTab(tab, label)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("plans.screen", "<h2>Kế hoạch thực hiện và Ban Chỉ đạo phong trào</h2>")
            )
        )
        layout.addWidget(self.tabs, 1)
        self.plans_tab.fill_years()
        self.refresh()
        compact(self)

    def tab_list(self) -> list[Any]:
        return [self.plans_tab, self.directives_tab, self.committee_tab, self.funding_tab]

    def refresh(self) -> None:
        for tab in self.tab_list():
            tab.refresh()

    def reload(self) -> None:
        self.plans_tab.fill_years()
        self.refresh()

    def refresh_others(self, source: Any) -> None:
        """After a change in one tab, the others that show the same records."""
        for tab in self.tab_list():
            if tab is not source:
                tab.refresh()

    def focus_search(self) -> None:
        search = getattr(self.tabs.currentWidget(), "search", None)
        if search is not None:
            search.setFocus()
