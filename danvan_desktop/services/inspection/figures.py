"""What the board's reports and the upper level count: one unit's figures for a period, and
every commune's at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.inspection import (
    ActivityKind,
    BoardFigures,
    FollowUp,
    Period,
)
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.inspection import (
    ActivityPetition,
    BoardActivity,
    BoardMember,
    BoardPlan,
    BoardRecommendation,
    BoardTerm,
)
from danvan_desktop.store.queries import count_live, in_span, owner_codes, unit_names

# ---- figures and reports ------------------------------------------------------------------


def board_figures(
    ctx: AppContext, p: Period, today: dt.date | None = None, unit_code: str | None = None
) -> BoardFigures:
    """What a report counts for the period (activities by start date, recommendations by the
    day sent; the on-time rate as it stands `today`)."""
    today = today or dt.date.today()
    code = unit_code or ctx.unit_code
    with ctx.read() as s:

        def scoped(q: Select, col: Any) -> Select:
            return q.where(col == code) if code else q

        acts = s.execute(
            scoped(
                select(
                    BoardActivity.id,
                    BoardActivity.kind,
                    BoardActivity.notice_late,
                    BoardActivity.minutes_confirmed_on,
                ).where(
                    BoardActivity.deleted.is_(False),
                    BoardActivity.starts_on.between(p.start, p.end),
                ),
                BoardActivity.unit_code,
            )
        ).all()
        ids = [a.id for a in acts]
        petitions = (
            count_live(s, ActivityPetition, ActivityPetition.activity_id.in_(ids)) if ids else 0
        )
        plans = count_live(
            s,
            BoardPlan,
            *in_span(BoardPlan.issued_on, start=p.start, end=p.end),
            *([BoardPlan.unit_code == code] if code else []),
        )
        recs = s.execute(
            scoped(
                select(
                    BoardRecommendation.due_on,
                    BoardRecommendation.answered_on,
                    BoardRecommendation.follow_up,
                ).where(
                    BoardRecommendation.deleted.is_(False),
                    BoardRecommendation.sent_on.between(p.start, p.end),
                ),
                BoardRecommendation.unit_code,
            )
        ).all()
        day = min(p.end, today)
        members = s.execute(
            scoped(
                select(func.count())
                .select_from(BoardMember)
                .join(BoardTerm, BoardTerm.id == BoardMember.term_id)
                .where(
                    BoardMember.deleted.is_(False),
                    BoardTerm.deleted.is_(False),
                    BoardTerm.starts_on <= day,
                    BoardTerm.ends_on >= day,
                    or_(BoardMember.elected_on.is_(None), BoardMember.elected_on <= day),
                    or_(BoardMember.left_on.is_(None), BoardMember.left_on > day),
                ),
                BoardMember.unit_code,
            )
        ).scalar_one()
    kinds = [a.kind for a in acts]
    return BoardFigures(
        members=members,
        plans=plans,
        activities=len(acts),
        supervisions=kinds.count(ActivityKind.SUPERVISION.value),
        inspections=kinds.count(ActivityKind.INSPECTION.value),
        verifications=kinds.count(ActivityKind.VERIFICATION.value),
        notice_late=sum(1 for a in acts if a.notice_late),
        minutes_confirmed=sum(1 for a in acts if a.minutes_confirmed_on),
        petitions_verified=petitions,
        recommendations=len(recs),
        answers=rules.answer_figures(((r.due_on, r.answered_on) for r in recs), today),
        follow_up_done=sum(1 for r in recs if r.follow_up == FollowUp.DONE.value),
    )


@dataclass(frozen=True)
class UnitFigures:
    unit_code: str
    unit_name: str
    figures: BoardFigures


def figures_by_unit(ctx: AppContext, p: Period, today: dt.date | None = None) -> list[UnitFigures]:
    """For the upper level: each commune whose board records reached this database."""
    with ctx.read() as s:
        codes = owner_codes(s, BoardTerm)
        names = unit_names(s, codes)
    return [
        UnitFigures(c, names.get(c, c), board_figures(ctx, p, today, unit_code=c)) for c in codes
    ]
