"""The models area's line on the home screen: recognised models not yet given their yearly
review (rà soát, đánh giá hằng năm) this year.

"Reviewed in the year" is what the indicator `models_reviewed_rate` counts (services.models.
indicators): a live review whose `year` is this year, of a model whose status is one of the
recognised ones and that was recognised by then; the line lists the models that indicator
counts as due and not done, so clearing the line raises the rate to 100 %. It warns all year
and turns to danger in the last quarter, when little time is left to review before the year's
score is taken."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from danvan_desktop.services.areas import WarningLine
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.models.indicators import RECOGNISED
from danvan_desktop.store.model_register import DvkModel, ModelReview

#: the month the last quarter starts: an unreviewed model is then "danger"
LAST_QUARTER = 10


def unreviewed(ctx: AppContext, today: dt.date) -> list[str]:
    """Ids of this unit's recognised models with no review of `today`'s year, by name."""
    reviewed = select(ModelReview.model_id).where(
        ModelReview.deleted.is_(False), ModelReview.year == today.year
    )
    with ctx.read() as s:
        return list(
            s.scalars(
                select(DvkModel.id)
                .where(
                    DvkModel.deleted.is_(False),
                    DvkModel.unit_code == ctx.unit_code,
                    DvkModel.status.in_(RECOGNISED),
                    DvkModel.recognised_on.is_not(None),
                    DvkModel.recognised_on <= today,
                    DvkModel.id.not_in(reviewed),
                )
                .order_by(DvkModel.sort_name, DvkModel.id)
            )
        )


def warning_lines(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    due = unreviewed(ctx, today)
    late = today.month >= LAST_QUARTER
    return [
        WarningLine(
            "models_review_due",
            f"Mô hình, điển hình đã công nhận chưa rà soát hằng năm {today.year}"
            + (" (đã sang quý IV)" if late else ""),
            len(due),
            "danger" if late else "warn",
            "models",
            tuple(due),
        )
    ]
