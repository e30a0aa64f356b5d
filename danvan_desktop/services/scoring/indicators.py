"""The catalogue of indicators: figures computed from what a unit recorded, that a rubric's
criteria are scored on (DOMAIN §6). One entry per indicator: Vietnamese name, definition, unit,
the grouped query behind it (one query for every unit of a span, so the province computes 170
communes as cheaply as a commune computes itself, on SQLite and PostgreSQL alike) and the
drill-down to the very records behind a value.

Areas contribute indicators through the kernel's registry (`ServiceArea.indicators`, declared
in `services/<area>/indicators.py`); the only one kept here is reporting upward (ind_sync).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan, areas
from danvan_desktop.services.indicator_kit import Indicator, count
from danvan_desktop.services.scoring import ind_sync


def catalogue() -> dict[str, Indicator]:
    """Every indicator: those the registered areas declare (`ServiceArea.indicators`, in each
    area's package), then scoring's own (reporting upward)."""
    out: dict[str, Indicator] = {}
    for group in (
        *(a.indicators for a in areas()),
        ind_sync.INDICATORS,  # reporting upward: the sync layer's ledger, no service area
    ):
        for ind in group:
            if isinstance(ind, Indicator):
                out.setdefault(ind.key, ind)
    return out


def compute_values(
    session: Session, span: FigureSpan, keys: Sequence[str] | None = None
) -> dict[str, dict[str, IndicatorValue]]:
    """{unit code: {indicator key: value}} for every unit of the span."""
    cat = catalogue()
    wanted = [cat[k] for k in (keys if keys is not None else cat) if k in cat]
    out: dict[str, dict[str, IndicatorValue]] = {u: {} for u in span.unit_codes}
    for ind in wanted:
        values = ind.compute(session, span)
        for unit in span.unit_codes:
            v = values.get(unit)
            if v is None:
                v = (
                    count(0, ind.unit)
                    if ind.zero_when_empty
                    else IndicatorValue(None, unit=ind.unit)
                )
            out[unit][ind.key] = v
    return out
