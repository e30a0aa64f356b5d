"""The kernel's registry of areas, services side (DESIGN §1: the area is the unit of extension).

An area (models, petitions, receptions, inspection, scoring, plans …) lives in its own package
and declares here, in one `ServiceArea`, what the hubs used to hand-wire: its per-commune figures
and the metrics communes are ranked on at the upper level, its early-warning items and (for
scoring) its indicators. Hubs iterate `areas()`; adding an area edits no hub.

Registration is discovery: every module directly under `danvan_desktop.services`, and every
package's `area` module (`services/petitions/area.py`), that defines a module-level
`AREA = ServiceArea(...)` is one area. Other layers follow the same
pattern with their own descriptor (`NAV` in `ui`, `register(subparsers)` in `commands`, a
`DemoStep` in `demo`), so no layer imports upward to find its pieces.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from danvan_desktop.services.context import AppContext
    from danvan_desktop.services.report_parts import ReportSection, SectionQuery, Sheet

#: {commune code: value}; None means "no figure to judge on" (shown "—", ranked last).
Figures = dict[str, float | None]


@dataclass(frozen=True)
class Metric:
    """One per-commune figure shown at the upper level (and, if `ranked`, compared on)."""

    key: str  # stable across versions: it is stored in rollups ("petitions_on_time_rate")
    label: str  # column header, Vietnamese
    kind: Literal["count", "rate"] = "count"  # a rate is a percentage 0–100
    higher_is_better: bool = True
    ranked: bool = True  # part of the standing communes are ranked on
    #: a rate's (numerator, denominator) keys among its group's figures: the tooltip
    #: "on time / resolved" and the rate over all communes (a total line, a summary)
    ratio: tuple[str, str] | None = None
    hint: str = ""  # a column header's tooltip, Vietnamese
    on_screen: bool = True  # False: only in the Excel sheet (a detail the screen leaves out)
    width: int = 70  # the screen column's width, in pixels
    short: str = ""  # a shorter column header when the label is long

    @property
    def header(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class FigureSpan:
    """What the upper level asks an area's figures for."""

    unit_codes: Sequence[str]  # the communes below this unit
    year: int | None
    start: dt.date | None  # the period's span (None: all time)
    end: dt.date | None
    today: dt.date


@dataclass(frozen=True)
class FigureGroup:
    """A set of per-commune figures an area contributes at the upper level: one tab on the
    upper-level screen, one sheet in its Excel export, rows on the commune's standing screen."""

    key: str
    label: str
    metrics: tuple[Metric, ...]
    #: (read session, span) -> {metric key: {commune code: value}}, every commune of the span
    #: present; one grouped query, not a query per commune (170 communes: well under a second).
    #: It may return keys that are not metrics (a ratio's parts, a detail for a tooltip).
    compute: Callable[[Session, FigureSpan], dict[str, Figures]]
    #: the ranked metrics' order when ranking (a tie on the first is split by the next);
    #: empty: the order of `metrics`
    ranking: tuple[str, ...] = ()
    #: False when the upper level shows this group in a view of its own (models: by field and
    #: status), so the generic tab and Excel sheet leave it out
    generic_view: bool = True
    #: what "—" means in this group ("chưa có đơn nào để tính")
    no_figure: str = "chưa có số liệu để tính"


@dataclass(frozen=True)
class WarningLine:
    """One line of "what needs attention" (early warning, the home screen)."""

    key: str
    label: str  # "Đơn thư quá hạn"
    count: int
    severity: Literal["info", "warn", "danger"] = "warn"
    record_type: str = ""  # entity whose records open on a click
    record_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceArea:
    key: str
    label: str  # Vietnamese name of the area
    order: int = 100  # an officer's day: lower first
    figures: tuple[FigureGroup, ...] = ()
    #: (ctx, today) -> lines for the commune's early warning / home screen
    warnings: Callable[[AppContext, dt.date], list[WarningLine]] | None = None
    #: filled by areas that feed scoring (issue "Scoring the movement"): name -> definition
    indicators: tuple[Any, ...] = ()
    #: (read session, query) -> this area's section of a periodic report, or None when the
    #: area has nothing to say for it; every figure belongs to `query.period`
    report_section: Callable[[Session, SectionQuery], ReportSection | None] | None = None
    #: (read session, unit codes, today) -> the area's sheets of the consolidated workbook
    sheets: Callable[[Session, Sequence[str], dt.date], list[Sheet]] | None = None
    #: (ctx) -> anything; run after the commune added or removed a day off / make-up day
    #: (services.calendar), so the area's open deadlines counted in working days follow
    calendar_changed: Callable[[AppContext], object] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_cache: list[ServiceArea] | None = None


def areas() -> list[ServiceArea]:
    """Every registered area, in `order` then key (discovered once per process)."""
    global _cache
    if _cache is None:
        import danvan_desktop.services as pkg

        found: dict[str, ServiceArea] = {}
        for info in pkgutil.iter_modules(pkg.__path__):
            name = f"{pkg.__name__}.{info.name}"
            if info.ispkg:
                if importlib.util.find_spec(f"{name}.area") is None:
                    continue
                name += ".area"
            area = getattr(importlib.import_module(name), "AREA", None)
            if isinstance(area, ServiceArea):
                if area.key in found:
                    raise RuntimeError(f"two areas named {area.key!r}")
                found[area.key] = area
        _cache = sorted(found.values(), key=lambda a: (a.order, a.key))
    return _cache


def area(key: str) -> ServiceArea:
    for a in areas():
        if a.key == key:
            return a
    raise KeyError(key)


def figure_groups() -> list[FigureGroup]:
    return [g for a in areas() for g in a.figures]


def metrics() -> list[Metric]:
    """Every metric, in area order then group order (the order of upper-level columns)."""
    return [m for g in figure_groups() for m in g.metrics]


def ranked_metrics() -> list[Metric]:
    """The metrics communes are ranked on, in ranking order: areas in order, each group's
    `ranking` (a tie on an earlier metric is split by the next)."""
    out: list[Metric] = []
    for g in figure_groups():
        ranked = {m.key: m for m in g.metrics if m.ranked}
        order = [k for k in g.ranking if k in ranked] + [k for k in ranked if k not in g.ranking]
        out += [ranked[k] for k in order]
    return out


def warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    """Every area's early-warning lines, in area order (the home screen's "needs attention")."""
    return [line for a in areas() if a.warnings is not None for line in a.warnings(ctx, today)]


def report_sections(session: Session, query: SectionQuery) -> list[ReportSection]:
    """Every area's section of a periodic report, in section order."""
    found = [a.report_section(session, query) for a in areas() if a.report_section is not None]
    return sorted((x for x in found if x is not None), key=lambda x: (x.order, x.key))


def workbook_sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    """Every area's sheets of the consolidated workbook, in area order."""
    return [
        sh for a in areas() if a.sheets is not None for sh in a.sheets(session, unit_codes, today)
    ]


def reset() -> None:
    """Forget the discovered areas (a test that adds an area module discovers again)."""
    global _cache
    _cache = None


def commune_figures(session: Session, span: FigureSpan) -> dict[str, dict[str, Figures]]:
    """Every registered figure group computed for the communes of `span`:
    {group key: {metric key: {commune code: value}}}."""
    return {g.key: g.compute(session, span) for g in figure_groups()}
