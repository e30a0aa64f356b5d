"""What an area contributes to documents beyond its own screens (issue "plans, reports and
commendations"): a section of a periodic report and the sheets of the consolidated workbook.

The same callable serves a commune (one unit code) and the upper level (every commune below it:
the consolidated report sums the same figures), so there is one query per area, not one per level.
Values here are plain and already formatted for people (dd/mm/yyyy, "83,9 %"); `figures` keeps
the raw numbers an upper level adds up and a test checks against the records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

PeriodKind = Literal["month", "quarter", "half", "nine_months", "year", "review", "adhoc"]


@dataclass(frozen=True)
class ReportPeriod:
    """A report's period: every figure of the report belongs to [start, end]."""

    kind: PeriodKind
    start: dt.date
    end: dt.date
    label: str  # "quý III năm 2026", "6 tháng đầu năm 2026"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: relative column widths (empty: even); the PDF and .docx layouts share them
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class ReportSection:
    """An area's part of a periodic report: computed sentences, tables, and raw figures."""

    key: str  # the area's key
    title: str  # "Công tác tiếp công dân, giải quyết đơn thư"
    order: int
    paragraphs: tuple[str, ...] = ()
    tables: tuple[ReportTable, ...] = ()
    figures: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionQuery:
    """What a report asks an area for."""

    unit_codes: Sequence[str]  # one commune, or every commune below the upper level
    period: ReportPeriod
    today: dt.date
    unit_name: str = ""  # the unit the report speaks for ("UBND xã Cẩm Bình")


@dataclass(frozen=True)
class Sheet:
    """One sheet of the consolidated workbook: the same columns as the area's screen."""

    title: str  # at most 31 characters (Excel's limit)
    headers: tuple[str, ...]
    rows: Sequence[Sequence[object]]  # dates as dt.date, numbers as numbers
    widths: tuple[int, ...] = ()  # column widths in characters
