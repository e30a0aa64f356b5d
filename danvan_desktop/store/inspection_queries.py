"""Read queries of the People's Inspection Board that the upper level shares: every
commune's board activity in a span, counted in SQL (two grouped queries whatever the number
of communes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.inspection import ActivityKind
from danvan_desktop.store.inspection import BoardActivity, BoardRecommendation
from danvan_desktop.store.queries import in_span


@dataclass(frozen=True)
class BoardCounts:
    """One unit's board activity in a span, counted in SQL (what the upper level ranks on)."""

    activities: int = 0  # supervisions, inspections and verifications started in the span
    supervisions: int = 0
    inspections: int = 0
    verifications: int = 0
    answers: rules.AnswerFigures = field(
        default_factory=rules.AnswerFigures
    )  # recommendations sent

    @property
    def recommendations(self) -> int:
        return self.answers.total


def board_counts_by_unit(
    session: Session, start: dt.date | None, end: dt.date | None, today: dt.date
) -> dict[str, BoardCounts]:
    """Per owning unit, two grouped queries whatever the number of communes: the figures
    `board_figures` gives one unit at a time (activities by start date, recommendations by the
    day sent, each answer judged as `rules.answer_status` does as of `today`)."""

    def within(col: Any) -> list[Any]:
        return in_span(col, start=start, end=end)

    def n(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    acts = {
        unit: (int(a), int(sv), int(ins), int(ver))
        for unit, a, sv, ins, ver in session.execute(
            select(
                BoardActivity.unit_code,
                func.count(),
                n(BoardActivity.kind == ActivityKind.SUPERVISION.value),
                n(BoardActivity.kind == ActivityKind.INSPECTION.value),
                n(BoardActivity.kind == ActivityKind.VERIFICATION.value),
            )
            .where(BoardActivity.deleted.is_(False), *within(BoardActivity.starts_on))
            .group_by(BoardActivity.unit_code)
        )
    }
    answered = BoardRecommendation.answered_on.is_not(None)
    recs = {}
    for unit, total, on_time, late, overdue in session.execute(
        select(
            BoardRecommendation.unit_code,
            func.count(),
            n(and_(answered, BoardRecommendation.answered_on <= BoardRecommendation.due_on)),
            n(and_(answered, BoardRecommendation.answered_on > BoardRecommendation.due_on)),
            n(and_(BoardRecommendation.answered_on.is_(None), BoardRecommendation.due_on < today)),
        )
        .where(BoardRecommendation.deleted.is_(False), *within(BoardRecommendation.sent_on))
        .group_by(BoardRecommendation.unit_code)
    ):
        total, on_time, late, overdue = int(total), int(on_time), int(late), int(overdue)
        recs[unit] = rules.AnswerFigures(
            total, on_time + late, on_time, late, overdue, total - on_time - late - overdue
        )
    return {
        unit: BoardCounts(*acts.get(unit, (0, 0, 0, 0)), recs.get(unit, rules.AnswerFigures()))
        for unit in set(acts) | set(recs)
    }
