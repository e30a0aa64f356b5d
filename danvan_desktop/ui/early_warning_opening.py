"""Opening the records behind a line of "what needs attention" (the home screen, its early
warning of petitions), for any area, without a hub edit.

How an area makes its lines open
--------------------------------
A `WarningLine` (services.areas) names a `record_type`. The ui module or package of the area
that owns that record type declares, at top level, with string literals only::

    OPENS = {
        "plan_items": "danvan_desktop.ui.plans.opening:open_plan_items",
    }

`openers()` finds every such declaration by reading the sources of `danvan_desktop.ui` (as
`ui.areas` reads `NAV = Area(...)`: nothing is imported before a line is clicked), and
`open_line(window, line, today)` imports the named function and calls it as
`fn(window, line, today)`: `window` is the main window (`window.open_area(key)` switches to
an area's screen and returns it), `line` the WarningLine clicked (its `key` tells which
list it is, `record_ids` the records when the area gave them), `today` the home screen's day.
The function shows those records (a filtered register, a tab) and returns nothing. A record
type nobody declared opens nothing (the line stays readable).

The openers of the areas that predate the home screen (petitions, dialogue commitments,
reception days, the Inspection Board's recommendations) are declared below, in this module.

The mix-in `EarlyWarningOpening` is the petition early warning's own drill-down: a card, a
list item or a chart bar opens the petitions register filtered to the cases behind it.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services import petitions
from danvan_desktop.services.areas import WarningLine
from danvan_desktop.ui.i18n import translate

OPENS = {
    "petitions": "danvan_desktop.ui.early_warning_opening:open_petitions",
    "commitments": "danvan_desktop.ui.early_warning_opening:open_commitments",
    "reception_sessions": "danvan_desktop.ui.early_warning_opening:open_reception_days",
    "inspection_board_recommendations": (
        "danvan_desktop.ui.early_warning_opening:open_board_recommendations"
    ),
}

Opener = Callable[[QWidget, WarningLine, dt.date], None]


def _declared_opens(source: Path) -> dict[str, str]:
    text = source.read_text(encoding="utf-8")
    if "OPENS = {" not in text:
        return {}
    for node in ast.parse(text, str(source)).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
            "OPENS"
        ]:
            value = ast.literal_eval(node.value)
            if isinstance(value, dict):
                return {str(k): str(v) for k, v in value.items()}
    return {}


@cache
def openers() -> dict[str, str]:
    """{record type: "module:function"} from every `OPENS` declared under danvan_desktop.ui."""
    import danvan_desktop.ui as ui

    root = Path(ui.__file__).parent
    found: dict[str, str] = {}

    def scan(folder: Path, path: list[str]) -> None:
        for info in pkgutil.iter_modules(path):
            if info.ispkg:
                scan(folder / info.name, [str(folder / info.name)])
                source = folder / info.name / "__init__.py"
            else:
                source = folder / f"{info.name}.py"
            if source.exists():
                for record_type, target in _declared_opens(source).items():
                    if found.get(record_type, target) != target:
                        raise RuntimeError(f"two openers for {record_type!r}")
                    found[record_type] = target

    scan(root, list(ui.__path__))
    return found


def opener(record_type: str) -> Opener | None:
    target = openers().get(record_type)
    if not target:
        return None
    module, func = target.split(":")
    fn: Opener = getattr(importlib.import_module(module), func)
    return fn


def open_line(window: QWidget, line: WarningLine, today: dt.date) -> bool:
    """Open the records behind `line`; False when its record type has no opener."""
    fn = opener(line.record_type)
    if fn is None:
        return False
    fn(window, line, today)
    return True


def area_screen(window: QWidget, key: str) -> Any:
    """The screen of area `key` brought to front, or None (not in a main window, not shown
    at this level)."""
    if not hasattr(window, "open_area"):
        return None
    try:
        return window.open_area(key)
    except ValueError:  # the area is not shown at this level
        return None


# ---- openers of the areas that predate the home screen ------------------------------------


def petition_filter(line: WarningLine, today: dt.date) -> petitions.PetitionFilter:
    """The register's filter behind one of the petitions area's lines."""
    if line.record_ids:
        return petitions.PetitionFilter(ids=line.record_ids, today=today)
    if line.key == "petitions_overdue":
        return petitions.PetitionFilter(deadline="overdue", today=today)
    if line.key == "petitions_due_week":
        week_end = today + dt.timedelta(days=6 - today.weekday())
        return petitions.PetitionFilter(due_from=today, due_to=week_end, today=today)
    if line.key == "petitions_due_soon":
        return petitions.PetitionFilter(deadline="due_soon", today=today)
    return petitions.PetitionFilter(open_only=True, today=today)


def open_petitions(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "petitions")
    if screen is not None:
        screen.today = today
        screen.show_filter(petition_filter(line, today), line.label)


def open_commitments(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "receptions")
    if screen is not None:
        screen.tabs.setCurrentIndex(2)  # "Cam kết chưa hoàn thành"


def open_reception_days(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "receptions")
    if screen is not None:
        screen.tabs.setCurrentIndex(0)  # the reception days and the month-by-month compliance


def open_board_recommendations(window: QWidget, line: WarningLine, today: dt.date) -> None:
    screen = area_screen(window, "inspection")
    if screen is None:
        return
    tab = screen.recommendations_tab
    screen.tabs.setCurrentWidget(tab)
    index = tab.state.findData("overdue")
    if index >= 0:
        tab.state.setCurrentIndex(index)


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
        screen = area_screen(self.window(), "receptions")
        if screen is not None:
            screen.tabs.setCurrentIndex(2)

    def _show_in_register(self, f: petitions.PetitionFilter, title: str) -> None:
        screen = area_screen(self.window(), "petitions")
        if screen is None:
            return
        screen.today = self.today
        screen.show_filter(f, title)
