"""Indicators of the register of models and exemplars (mô hình, điển hình)."""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.models import ModelStatus, Transition
from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import (
    Indicator,
    bounds,
    grouped_count,
    ids,
    rate,
    within,
)
from danvan_desktop.store.model_register import DvkModel, ModelReview, ModelTransition
from danvan_desktop.store.units import Unit

RECOGNISED = [
    ModelStatus.RECOGNISED.value,
    ModelStatus.REPLICATED.value,
    ModelStatus.MAINTAINED.value,
    ModelStatus.DECLINING.value,
]


def _step(action: str, level: str | None = None):  # noqa: ANN202
    """Models that took `action` (recognise, replicate) within the span."""

    def conds(span: FigureSpan) -> list:
        c = [ModelTransition.action == action, within(ModelTransition.on_date, span)]
        if level:
            c.append(
                ModelTransition.model_id.in_(
                    select(DvkModel.id).where(DvkModel.recognised_level == level)
                )
            )
        return c

    def compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
        q = (
            select(ModelTransition.unit_code, func.count(func.distinct(ModelTransition.model_id)))
            .where(
                ModelTransition.deleted.is_(False),
                ModelTransition.unit_code.in_(list(span.unit_codes)),
                *conds(span),
            )
            .group_by(ModelTransition.unit_code)
        )
        return {u: IndicatorValue(float(n), unit="mô hình") for u, n in s.execute(q)}

    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        q = select(ModelTransition.model_id).where(
            ModelTransition.deleted.is_(False), ModelTransition.unit_code == unit, *conds(span)
        )
        return list(dict.fromkeys(s.scalars(q.order_by(ModelTransition.on_date))))

    return compute, records


def _registered(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    year = bounds(span)[0].year
    return grouped_count(
        s,
        DvkModel,
        span,
        DvkModel.year == year,
        DvkModel.status != ModelStatus.DRAFT.value,
        unit="mô hình",
    )


def _registered_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    year = bounds(span)[0].year
    return ids(s, DvkModel, unit, DvkModel.year == year, DvkModel.status != "draft")


def _hamlets(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    """Hamlets with at least one live, non-draft model owned by them, over all hamlets."""
    total: dict[str, int] = defaultdict(int)
    for parent, n in s.execute(
        select(Unit.parent_code, func.count())
        .where(
            Unit.deleted.is_(False),
            Unit.level.in_(("hamlet", "residential_group")),
            Unit.parent_code.in_(list(span.unit_codes)),
        )
        .group_by(Unit.parent_code)
    ):
        total[cast(str, parent)] = int(n)  # parent_code is nullable; IN (...) leaves no NULL
    q = (
        select(DvkModel.unit_code, func.count(func.distinct(DvkModel.owner_unit_code)))
        .where(
            DvkModel.deleted.is_(False),
            DvkModel.unit_code.in_(list(span.unit_codes)),
            DvkModel.owner_kind == "hamlet",
            DvkModel.owner_unit_code.is_not(None),
            DvkModel.status != ModelStatus.DRAFT.value,
            DvkModel.year <= bounds(span)[1].year,
        )
        .group_by(DvkModel.unit_code)
    )
    having = {u: int(n) for u, n in s.execute(q)}
    return {u: rate(min(having.get(u, 0), n), n) for u, n in total.items()}


def _hamlet_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    return ids(
        s,
        DvkModel,
        unit,
        DvkModel.owner_kind == "hamlet",
        DvkModel.owner_unit_code.is_not(None),
        DvkModel.status != "draft",
        DvkModel.year <= bounds(span)[1].year,
    )


def _reviewed(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    """Recognised models reviewed in the year, over models recognised before it ended."""
    year = bounds(span)[0].year
    due = and_(DvkModel.status.in_(RECOGNISED), DvkModel.recognised_on.is_not(None))
    due = and_(due, func.coalesce(DvkModel.recognised_on, bounds(span)[1]) <= bounds(span)[1])
    q = (
        select(DvkModel.unit_code, func.count())
        .where(DvkModel.deleted.is_(False), DvkModel.unit_code.in_(list(span.unit_codes)), due)
        .group_by(DvkModel.unit_code)
    )
    totals = {u: int(n) for u, n in s.execute(q)}
    r = (
        select(DvkModel.unit_code, func.count(func.distinct(ModelReview.model_id)))
        .join(DvkModel, DvkModel.id == ModelReview.model_id)
        .where(
            ModelReview.deleted.is_(False),
            ModelReview.year == year,
            due,
            DvkModel.unit_code.in_(list(span.unit_codes)),
        )
        .group_by(DvkModel.unit_code)
    )
    done = {u: int(n) for u, n in s.execute(r)}
    return {u: rate(done.get(u, 0), n) for u, n in totals.items()}


def _reviewed_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    return ids(
        s, DvkModel, unit, DvkModel.status.in_(RECOGNISED), DvkModel.recognised_on.is_not(None)
    )


_rec_c, _rec_r = _step(Transition.RECOGNISE.value)
_prov_c, _prov_r = _step(Transition.RECOGNISE.value, "province")
_rep_c, _rep_r = _step(Transition.REPLICATE.value)

INDICATORS = (
    Indicator(
        "models_registered",
        "Mô hình, điển hình đăng ký trong năm",
        "Số mô hình, điển hình của năm đã đăng ký (không tính bản nháp)",
        "mô hình",
        "models",
        _registered,
        "models",
        _registered_ids,
    ),
    Indicator(
        "models_recognised",
        "Mô hình, điển hình được công nhận trong kỳ",
        "Số mô hình, điển hình có bước công nhận trong kỳ",
        "mô hình",
        "models",
        _rec_c,
        "models",
        _rec_r,
    ),
    Indicator(
        "models_recognised_province",
        "Mô hình được công nhận cấp tỉnh trong kỳ",
        "Số mô hình có bước công nhận trong kỳ, cấp công nhận là cấp tỉnh",
        "mô hình",
        "models",
        _prov_c,
        "models",
        _prov_r,
    ),
    Indicator(
        "models_replicated",
        "Mô hình được nhân rộng trong kỳ",
        "Số mô hình có bước nhân rộng trong kỳ",
        "mô hình",
        "models",
        _rep_c,
        "models",
        _rep_r,
    ),
    Indicator(
        "hamlets_with_model_rate",
        "Tỷ lệ thôn, tổ dân phố có mô hình",
        "Số thôn, tổ dân phố có ít nhất một mô hình đã đăng ký trên tổng số thôn, tổ dân phố",
        "%",
        "models",
        _hamlets,
        "models",
        _hamlet_ids,
        zero_when_empty=False,
    ),
    Indicator(
        "models_reviewed_rate",
        "Tỷ lệ mô hình đã công nhận được rà soát trong năm",
        "Số mô hình đã công nhận có rà soát của năm trên số mô hình đã công nhận",
        "%",
        "models",
        _reviewed,
        "models",
        _reviewed_ids,
        zero_when_empty=False,
    ),
)
