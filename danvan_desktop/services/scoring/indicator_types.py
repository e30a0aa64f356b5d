"""What an indicator is (the catalogue's entries) and the value helpers their queries share;
apart from the catalogue so each area's definitions can import it without a circle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan

#: (session, span) -> {unit code: value}; units without records may be left out (no value)
Compute = Callable[[Session, FigureSpan], dict[str, IndicatorValue]]
#: (session, unit code, span) -> ids of the records behind the value (of `entity`)
Records = Callable[[Session, str, FigureSpan], list[str]]


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    definition: str
    unit: str  # "%", "ngày", "đơn", "mô hình", "cuộc"
    area: str
    compute: Compute
    entity: str = ""  # entity (bundle name) of the records behind it
    records: Records | None = None
    #: a count with nothing recorded is 0; a rate with nothing to judge on has no value
    zero_when_empty: bool = True


def rate(num: int, den: int) -> IndicatorValue:
    """A percentage with the counts behind it; no value when there is nothing to judge on."""
    if not den:
        return IndicatorValue(None, num, den, "%")
    return IndicatorValue(round(100.0 * num / den, 1), num, den, "%")


def count(n: int, unit: str) -> IndicatorValue:
    return IndicatorValue(float(n), unit=unit)
