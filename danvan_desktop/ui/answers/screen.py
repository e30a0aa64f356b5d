"""Trả lời kiến nghị, tự kiểm tra: one screen, a tab per register (Kiến nghị cử tri /
Kiến nghị MTTQ / Tự kiểm tra). `today` is an attribute so a test can move time and watch an
item go overdue; `dialog_runner` shows forms (tests fill and save them instead)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.answers.owed_tab import OwedTab
from danvan_desktop.ui.answers.selfcheck_tab import SelfCheckTab
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.ops import run_task
from danvan_desktop.ui.kit.register import ScreenBase, compact


class AnswersScreen(ScreenBase):
    watched_types = {
        "answers_owed",
        "answers_front_activities",
        "answers_self_inspections",
        "answers_findings",
        "answers_followups",
        "calendar_days",
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = dt.date.today()
        self.dialog_runner: Callable[[FormDialog], Any] = lambda d: d.exec()
        title = QLabel(
            translate(
                "answers.screen",
                "<h2>Trả lời kiến nghị cử tri, kiến nghị của MTTQ; tự kiểm tra</h2>",
            )
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("answers_tabs")
        self.voters_tab = OwedTab(self, "voters")
        self.front_tab = OwedTab(self, "front")
        self.selfcheck_tab = SelfCheckTab(self)
        self.tabs.addTab(self.voters_tab, translate("answers.screen", "Kiến nghị cử tri"))
        self.tabs.addTab(self.front_tab, translate("answers.screen", "Kiến nghị MTTQ"))
        self.tabs.addTab(self.selfcheck_tab, translate("answers.screen", "Tự kiểm tra"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        compact(self)
        self.refresh()

    def refresh(self) -> None:
        for tab in (self.voters_tab, self.front_tab, self.selfcheck_tab):
            tab.refresh()

    def show_records(self, record_type: str, ids: Sequence[str], title: str = "") -> None:
        """Open the records behind an early-warning line (see ui.answers.opening)."""
        if record_type in ("answers_followups", "answers_self_inspections"):
            self.tabs.setCurrentWidget(self.selfcheck_tab)
            self.selfcheck_tab.refresh()
            if record_type == "answers_followups":
                self.selfcheck_tab.show_followups(ids)
            return
        from danvan_desktop.services.answers import owed

        wanted = owed.OwedFilter(ids=tuple(ids))
        handle = run_task(
            self,
            translate("answers.screen", "Mở kiến nghị"),
            lambda _p: owed.list_items(self.ctx, wanted, self.today),
            quick=True,
        )
        rows = handle.result if handle.ok else []
        front = bool(rows) and all(r.source == "front" for r in rows)
        tab = self.front_tab if front else self.voters_tab
        self.tabs.setCurrentWidget(tab)
        tab.show_ids(ids, title)
