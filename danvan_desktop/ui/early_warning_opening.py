"""Drill-down from the early-warning screen: a card, a list item or a chart bar opens the petitions
register filtered to the cases behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidgetItem,
)

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services import petitions
from danvan_desktop.ui.i18n import translate


class EarlyWarningOpening:
    """Opening the cases behind a card, a list item or a chart bar (mixed into
    EarlyWarningScreen): the petitions register, filtered, in the main window."""

    def open_key(self, key: str) -> None:
        if key == "commitments":
            self._open_commitments()
            return
        titles = {
            "open": translate("early_warning_opening", "Đơn chưa giải quyết xong"),
            "due_this_week": translate("early_warning_opening", "Đơn đến hạn trong tuần này"),
            "overdue": translate("early_warning_opening", "Đơn quá hạn"),
            "late_in_period": translate("early_warning_opening", "Đơn giải quyết trễ hạn trong kỳ"),
            "crowds": translate("early_warning_opening", "Đơn đông người 90 ngày qua"),
        }
        self.open_cases.emit(self.data.filters[key], titles.get(key, key))

    def _open_type(self, index: int, overdue: bool) -> None:
        t = self.type_keys[index]
        key = f"overdue:{t}" if overdue else f"late:{t}"
        what = (
            translate("early_warning_opening", "quá hạn")
            if overdue
            else translate("early_warning_opening", "giải quyết trễ hạn trong kỳ")
        )
        self.open_cases.emit(
            self.data.filters[key],
            translate("early_warning_opening", "Đơn {0} {what}").format(
                PetitionType(t).label.lower(), what=what
            ),
        )

    def _open_month(self, index: int) -> None:
        m = self.data.trend[index]
        self.open_cases.emit(
            self.data.filters[f"month:{m.year}-{m.month:02d}"],
            translate("early_warning_opening", "Đơn giải quyết trong tháng {label}").format(
                label=m.label
            ),
        )

    def _open_hotspot(self, index: int) -> None:
        h = self.hot_items[index]
        self.open_cases.emit(
            h.filter, translate("early_warning_opening", "Điểm nóng: {label}").format(label=h.label)
        )

    def _item_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        kind, value, title = target
        if kind == "ids":
            self.open_cases.emit(petitions.PetitionFilter(ids=value, today=self.today), title)
        elif kind == "filter":
            self.open_cases.emit(value, title)
        else:
            self.open_key(value)

    def _open_commitments(self) -> None:
        window = self.window()
        if not hasattr(window, "open_area"):
            return
        try:
            screen = window.open_area("receptions")
        except ValueError:
            return
        screen.tabs.setCurrentIndex(2)

    def _show_in_register(self, f: petitions.PetitionFilter, title: str) -> None:
        window = self.window()
        if not hasattr(window, "open_area"):
            return
        try:
            screen = window.open_area("petitions")
        except ValueError:
            return
        screen.today = self.today
        screen.show_filter(f, title)
