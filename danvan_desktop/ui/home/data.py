"""What the home screen shows, read in one go on a worker thread: every area's lines of what
needs attention (grouped by area, in the areas' order), the year's score so far, and the
petitions' early warning (its own tab and the trend chart)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from danvan_desktop.services import areas, early_warning
from danvan_desktop.services.areas import WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring.sheets import YearScore, own_year_score

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AreaLines:
    key: str
    label: str  # the area's name, the group's heading
    lines: tuple[WarningLine, ...]
    failed: bool = False  # the area's lines could not be read (logged)


@dataclass(frozen=True)
class HomeData:
    today: dt.date
    groups: tuple[AreaLines, ...]
    score: YearScore | None
    early_warning: early_warning.EarlyWarning
    problems: list[str] = field(default_factory=list)

    def total(self, severity: str) -> int:
        return sum(w.count for g in self.groups for w in g.lines if w.severity == severity)


def load(ctx: AppContext, today: dt.date) -> HomeData:
    groups = []
    for a in areas.areas():
        if a.warnings is None:
            continue
        try:
            groups.append(AreaLines(a.key, a.label, tuple(a.warnings(ctx, today))))
        except Exception:  # one area's bug must not blank the officer's whole day
            log.exception("home: the warnings of area %s failed", a.key)
            groups.append(AreaLines(a.key, a.label, (), failed=True))
    score: YearScore | None = None
    try:
        score = own_year_score(ctx, today)
    except Exception:
        log.exception("home: the year's score failed")
    return HomeData(today, tuple(groups), score, early_warning.compute(ctx, today))
