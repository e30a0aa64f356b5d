"""The records behind a criterion's indicator, as plain data for a screen: the entity, the ids
and a one-line label for each (number, date, summary…), so an officer sees exactly what the
suggested points were computed from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from danvan_desktop.domain.errors import NotFound
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.records import record_label
from danvan_desktop.services.scoring.evaluations import frozen_records, year_span
from danvan_desktop.services.scoring.indicators import catalogue
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.scoring import ScoringEvaluation


@dataclass(frozen=True)
class Drill:
    indicator: str  # the indicator's Vietnamese name
    definition: str
    entity: str  # bundle name of the records ("petitions")
    ids: tuple[str, ...]
    labels: tuple[str, ...]


def records_behind(
    ctx: AppContext, evaluation_id: str, code: str, today: dt.date | None = None
) -> Drill:
    """The records behind criterion `code` of an evaluation (its unit, its year)."""
    today = today or dt.date.today()
    from danvan_desktop.services.scoring.evaluations import scorecard

    card = scorecard(ctx, evaluation_id, today)
    try:
        crit = card.rubric.criterion(code)
    except KeyError:
        raise NotFound(f"Bộ tiêu chí không có tiêu chí {code}.") from None
    keys = [crit.indicator] if crit.indicator else sorted(crit.names())
    cat = catalogue()
    found = [cat[k] for k in keys if k in cat and cat[k].records is not None]
    if not found:
        raise NotFound(f"Tiêu chí {code} không tính từ hồ sơ nào: chấm theo tài liệu kiểm chứng.")
    ind = found[0]
    with ctx.read() as s:
        row = s.get(ScoringEvaluation, evaluation_id)
        if row is None:
            raise NotFound("Không tìm thấy phiếu chấm điểm.")
        # A submitted or locked year lists the records counted when it was frozen: records
        # entered or changed since do not move a settled result, nor what explains it.
        frozen = frozen_records(row.frozen) or {}
        key = next(k for k in keys if k in cat and cat[k] is ind)
        if key in frozen:
            ids = list(frozen[key])
        else:
            span = year_span(row.unit_code, row.year, today)
            assert ind.records is not None
            ids = ind.records(s, row.unit_code, span)
        cls = SYNCED.get(ind.entity)
        labels: dict[str, str] = {}
        if cls is not None and ids:
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                for r in s.scalars(select(cls).where(cls.id.in_(part))):
                    labels[r.id] = record_label(r)
    return Drill(
        ind.label,
        ind.definition,
        ind.entity,
        tuple(ids),
        tuple(labels.get(i, i) for i in ids),
    )
