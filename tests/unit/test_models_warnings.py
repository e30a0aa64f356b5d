"""The models area's home-screen line on the demo commune, at fixed dates: the recognised
models not reviewed this year (exactly what the indicator models_reviewed_rate counts as not
done), warn through September and danger in the last quarter; a review clears a model off it;
a model recognised after the day is not due yet."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from danvan_desktop.domain.models import ReviewResult
from danvan_desktop.services import areas
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.models import add_review
from danvan_desktop.services.models.indicators import INDICATORS
from danvan_desktop.services.models.warnings import warning_lines
from danvan_desktop.store.model_register import DvkModel, ModelReview

TODAY = dt.date(2026, 11, 20)


def _line(ctx, today: dt.date):  # noqa: ANN001, ANN202
    (line,) = warning_lines(ctx, today)
    return line


def test_unreviewed_recognised_models_are_the_indicators_missing_part(demo_ctx) -> None:  # noqa: ANN001
    line = _line(demo_ctx, TODAY)
    assert line.key == "models_review_due" and line.record_type == "models"
    assert line.severity == "danger"  # November: the last quarter
    assert line.count == len(line.record_ids) > 0
    indicator = next(i for i in INDICATORS if i.key == "models_reviewed_rate")
    span = FigureSpan([demo_ctx.unit_code], 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
    with demo_ctx.read() as s:
        value = indicator.compute(s, span)[demo_ctx.unit_code]
        reviewed = set(
            s.scalars(
                select(ModelReview.model_id).where(
                    ModelReview.deleted.is_(False), ModelReview.year == 2026
                )
            )
        )
        models = {
            m.id: m for m in s.scalars(select(DvkModel).where(DvkModel.id.in_(line.record_ids)))
        }
    assert value.denominator is not None and value.numerator is not None
    assert line.count == value.denominator - value.numerator
    assert not reviewed & set(line.record_ids)
    assert all(
        m.recognised_on is not None and m.unit_code == demo_ctx.unit_code for m in models.values()
    )
    # the area lists the line on the home screen
    assert "models_review_due" in [w.key for w in areas.warnings(demo_ctx, TODAY)]


def test_warn_before_the_last_quarter_and_a_review_clears_a_model(demo_ctx) -> None:  # noqa: ANN001
    june = _line(demo_ctx, dt.date(2026, 6, 15))
    assert june.severity == "warn" and "quý IV" not in june.label
    september = _line(demo_ctx, dt.date(2026, 9, 30))
    assert september.severity == "warn"
    october = _line(demo_ctx, dt.date(2026, 10, 1))
    assert october.severity == "danger"
    before = _line(demo_ctx, TODAY)
    first = before.record_ids[0]
    add_review(demo_ctx, first, 2026, ReviewResult.MAINTAINED, TODAY, "Duy trì tốt", today=TODAY)
    after = _line(demo_ctx, TODAY)
    assert first not in after.record_ids and after.count == before.count - 1
    # next year every recognised model is due again, the one just reviewed included
    assert first in _line(demo_ctx, dt.date(2027, 2, 1)).record_ids


def test_a_model_recognised_after_the_day_is_not_due_yet(demo_ctx) -> None:  # noqa: ANN001
    line = _line(demo_ctx, TODAY)
    with demo_ctx.session() as s:
        m = s.get(DvkModel, line.record_ids[0])
        assert m is not None
        m.recognised_on = dt.date(2026, 12, 1)
    assert line.record_ids[0] not in _line(demo_ctx, TODAY).record_ids
    assert line.record_ids[0] in _line(demo_ctx, dt.date(2026, 12, 2)).record_ids
