"""What the plans tabs share: the screen they sit on (context, today, how forms are shown), a
button that is disabled without the right to edit, quick actions, and row colours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QPushButton, QWidget

from danvan_desktop.domain.roles import Permission
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, GREEN, GREY, RED
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.widgets import info, warn

if TYPE_CHECKING:
    from danvan_desktop.ui.plans.screen import PlansScreen

#: record types the plans screens show: they reload when an operation changed one of them
WATCHED = {
    "plans",
    "plan_items",
    "plan_progress",
    "plan_directives",
    "plan_received_directives",
    "steering_committees",
    "steering_members",
    "movement_funding",
    "evidence",
    "models",
}
ITEM_COLOURS = {"done": GREEN, "overdue": RED, "in_progress": AMBER, "not_started": None}
LATE_COLOUR, DRAFT_COLOUR = RED, GREY


class Tab(QWidget):
    def __init__(self, screen: PlansScreen) -> None:
        super().__init__()
        self.screen = screen
        self.ctx = screen.ctx
        self.editable = self.ctx.can(Permission.EDIT)

    @property
    def today(self) -> dt.date:
        return self.screen.today

    def run_dialog(self, dialog: FormDialog) -> bool:
        """Show a form modally; the screen's `dialog_runner` lets tests drive it instead."""
        return bool(self.screen.dialog_runner(dialog))

    def button(
        self, text: str, name: str, slot: Callable[[], Any], edit: bool = True
    ) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: slot())
        if edit:
            b.setEnabled(self.editable)
        return b

    def act(self, fn: Callable[[], Any]) -> bool:
        done = act(
            self, fn, translate("plans.common", "Không thực hiện được"), warn=lambda *a: warn(*a)
        )
        if done:
            self.screen.refresh()
        return done

    def need(self, value: Any, what: str) -> Any:
        """`value` (a selected id), or a note asking to select `what` first."""
        if value is None:
            info(
                self,
                translate("plans.common", "Chưa chọn"),
                translate("plans.common", "Hãy chọn {what} trong bảng trước.").format(what=what),
            )
        return value
