"""What the inspection tabs share: colours, the money format, the warnings box and the tab
base (the screen's context, current term and today, and how forms are shown)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.roles import Permission
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.colours import AMBER, GREEN, GREY, OK_BOX, ORANGE, RED, WARN_BOX
from danvan_desktop.ui.kit.forms import FormDialog
from danvan_desktop.ui.kit.ops import act
from danvan_desktop.ui.widgets import info, warn

if TYPE_CHECKING:
    from danvan_desktop.ui.inspection.screen import InspectionScreen

STATUS_COLOURS = {
    DeadlineStatus.OVERDUE: RED,
    DeadlineStatus.DUE_SOON: AMBER,
    DeadlineStatus.CLOSED_LATE: ORANGE,
    DeadlineStatus.CLOSED_ON_TIME: GREEN,
}


def money(value: int) -> str:
    return f"{int(value or 0):,}".replace(",", ".")


def warnings_html(warnings: Sequence[rules.RuleWarning], ok_text: str) -> tuple[str, str]:
    if not warnings:
        return f"✓ {ok_text}", OK_BOX
    items = "".join(f"<li>{w.message}</li>" for w in warnings)
    return (
        translate(
            "inspection.common",
            "<b>⚠ Cần xem lại ({0}):</b><ul style='margin:2px 0 0 -20px'>{items}</ul>",
        ).format(len(warnings), items=items),
        WARN_BOX,
    )


class _Tab(QWidget):
    """Shared plumbing of the tabs: the screen (context, current term, today) and dialogs."""

    def __init__(self, screen: InspectionScreen) -> None:
        super().__init__()
        self.screen = screen
        self.ctx = screen.ctx
        self.editable = self.ctx.can(Permission.EDIT)

    @property
    def today(self) -> dt.date:
        return self.screen.today

    @property
    def term_id(self) -> str | None:
        return self.screen.term_id()

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

    def need_term(self) -> str | None:
        if self.term_id is None:
            info(
                self,
                translate("inspection.common", "Chưa có nhiệm kỳ"),
                translate(
                    "inspection.common",
                    'Hãy thêm nhiệm kỳ của Ban Thanh tra nhân dân trước (thẻ "Ban và thành viên").',
                ),
            )
        return self.term_id

    def act(
        self,
        fn: Callable[[], Any],
        title: str = translate("inspection.common", "Không thực hiện được"),
    ) -> bool:
        """A quick action through the one operation helper (it announces what changed)."""
        return act(self, fn, title, warn=lambda *a: warn(*a))


# ---- Ban và thành viên --------------------------------------------------------------------


__all__ = [
    "AMBER",
    "GREEN",
    "GREY",
    "OK_BOX",
    "ORANGE",
    "RED",
    "STATUS_COLOURS",
    "WARN_BOX",
    "_Tab",
    "money",
    "warnings_html",
]
