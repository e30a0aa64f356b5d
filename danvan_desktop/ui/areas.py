"""The navigation areas of the main window, discovered: each ui area module or package (its
`__init__`) declares `NAV = Area(...)` — label, the unit levels where it shows, its order and
a "module:function" factory — and `collect()` finds them. Adding an area edits no list here.
Only areas shown at this install's level appear.

The declarations are read from the source, not imported: importing every screen module (charts,
reports…) before the main window shows cost about a second. So `NAV = Area(...)` is written
with literals, translate() and the names COMMUNE, UPPER, EVERYWHERE only; the screen module is imported
when the area is first shown.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QWidget

from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate

COMMUNE = ("commune",)
UPPER = ("province", "cluster")
EVERYWHERE: tuple[str, ...] = ()


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    #: "module:function" building the screen: (ctx, parent) -> QWidget (imported when first shown)
    factory: str
    #: unit levels where the area shows ("commune", "province", "cluster"); empty = everywhere
    levels: tuple[str, ...] = EVERYWHERE
    #: place in the navigation, in the order of an officer's day (smaller first)
    order: int = 100
    tooltip: str = ""
    visible: Callable[[AppContext], bool] | None = None

    def build(self, ctx: AppContext, parent: QWidget) -> QWidget:
        module, func = self.factory.split(":")
        return getattr(importlib.import_module(module), func)(ctx, parent)

    def shows_at(self, ctx: AppContext, level: str) -> bool:
        if self.levels and level not in self.levels:
            return False
        return self.visible is None or self.visible(ctx)


#: modules that are not screens (nothing to discover; some must not load before sign-in)
_SKIP = {"app", "startup", "login", "errors", "translator", "fonts", "kit", "areas", "main_window"}


def _declared(source: Path) -> Area | None:
    """The `NAV = Area(...)` a module declares at top level, evaluated without importing it."""
    text = source.read_text(encoding="utf-8")
    if "NAV = Area(" not in text:
        return None
    for node in ast.parse(text, str(source)).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
            "NAV"
        ]:
            names = {
                "Area": Area,
                "COMMUNE": COMMUNE,
                "UPPER": UPPER,
                "EVERYWHERE": EVERYWHERE,
                "translate": translate,  # labels go through Qt's translation (ui.i18n)
            }
            code = compile(ast.Expression(node.value), str(source), "eval")
            area = eval(code, {"__builtins__": {}}, names)  # noqa: S307 - our own source
            return area if isinstance(area, Area) else None
    return None


@cache
def collect() -> tuple[Area, ...]:
    """Every declared area, in navigation order."""
    import danvan_desktop.ui as ui

    folder = Path(ui.__file__).parent
    found: dict[str, Area] = {}
    for info in pkgutil.iter_modules(ui.__path__):
        if info.name in _SKIP:
            continue
        source = folder / info.name / "__init__.py" if info.ispkg else folder / f"{info.name}.py"
        nav = _declared(source) if source.exists() else None
        if nav is not None:
            found[nav.key] = nav
    return tuple(sorted(found.values(), key=lambda a: (a.order, a.key)))


def visible_areas(ctx: AppContext) -> list[Area]:
    from danvan_desktop.services.install import unit_level

    level = unit_level(ctx)
    return [a for a in collect() if a.shows_at(ctx, level)]
