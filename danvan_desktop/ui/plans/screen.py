"""The plans screen: at a commune, tabs for the plans register (with the selected plan's items),
the documents from above, the steering committee and the funding; at an upper level, the view of
which communes answered each document (upper.UpperPlansScreen). `today` is an attribute so a
test can move time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.register import ScreenBase, compact
from danvan_desktop.ui.kit.tables import select_ids
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

    def show_records(self, record_type: str, ids: Sequence[str]) -> int:
        """Bring up the records behind a home-screen line (ui.plans.opening): the documents
        from above on their tab, or the plans holding the items with those items selected;
        every filter cleared so none is hidden. The number of records selected."""
        if record_type == "plan_directives":
            tab: Any = self.directives_tab
            tab.search.clear()
            self.tabs.setCurrentWidget(tab)
            tab.refresh()
            return select_ids(tab.table, ids)
        tab = self.plans_tab
        self.tabs.setCurrentWidget(tab)
        for box in (tab.year, tab.status):
            box.blockSignals(True)
            box.setCurrentIndex(0)  # every year, every state
            box.blockSignals(False)
        tab.search.clear()
        tab.refresh()
        wanted = set(ids)
        holding = [
            pid
            for pid in tab.rows
            if wanted & {i.id for i in svc.get_plan(self.ctx, pid, self.today).items}
        ]
        if not holding:
            return 0
        select_ids(tab.table, holding[:1])
        tab.show_selected()
        return select_ids(tab.items.table, ids)

    def focus_search(self) -> None:
        search = getattr(self.tabs.currentWidget(), "search", None)
        if search is not None:
            search.setFocus()
