"""Indicators of petitions (đơn thư) for scoring."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import Indicator, count, rate
from danvan_desktop.store.petitions import Petition

HOT_MIN_PETITIONS = 5  # as the early warning's default (setting petition_hot_min)


def _as_of(span: FigureSpan) -> dt.date:
    return min(span.today, span.end) if span.end else span.today


def _live(span: FigureSpan) -> Any:
    return and_(Petition.deleted.is_(False), Petition.unit_code.in_(list(span.unit_codes)))


def _resolved(span: FigureSpan) -> Any:
    parts: list[ColumnElement[bool]] = [
        Petition.resolved_on.is_not(None),
        Petition.on_time.is_not(None),
    ]
    if span.start:
        parts.append(Petition.resolved_on >= span.start)
    if span.end:
        parts.append(Petition.resolved_on <= span.end)
    return and_(*parts)


def _on_time(kind: str | None):  # noqa: ANN202 - returns the two callables
    def compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
        cond = _resolved(span)
        if kind:
            cond = and_(cond, Petition.type == kind)
        q = (
            select(
                Petition.unit_code,
                func.count(),
                func.coalesce(func.sum(case((Petition.on_time.is_(True), 1), else_=0)), 0),
            )
            .where(_live(span), cond)
            .group_by(Petition.unit_code)
        )
        return {u: rate(int(ok), int(n)) for u, n, ok in s.execute(q)}

    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        cond = and_(_resolved(span), Petition.unit_code == unit, Petition.deleted.is_(False))
        if kind:
            cond = and_(cond, Petition.type == kind)
        return list(s.scalars(select(Petition.id).where(cond).order_by(Petition.resolved_on)))

    return compute, records


def _overdue(crowd_complaints: bool):  # noqa: ANN202
    def cond(span: FigureSpan) -> Any:
        as_of = _as_of(span)
        c = and_(Petition.due_on.is_not(None), Petition.due_on < as_of)
        if as_of < span.today:
            # A past period: also the cases settled after it that were past their deadline at
            # its end (`due_on` is cleared when a case is settled; `last_due_on` stays), so the
            # figure is the period's, not today's backlog.
            c = or_(
                c,
                and_(
                    Petition.last_due_on.is_not(None),
                    Petition.last_due_on < as_of,
                    Petition.resolved_on.is_not(None),
                    Petition.resolved_on > as_of,
                ),
            )
        if span.end:
            c = and_(c, Petition.received_on <= span.end)
        if crowd_complaints:
            c = and_(c, Petition.type == PetitionType.COMPLAINT.value, Petition.is_crowd.is_(True))
        return c

    def compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
        q = (
            select(Petition.unit_code, func.count())
            .where(_live(span), cond(span))
            .group_by(Petition.unit_code)
        )
        return {u: count(int(n), "đơn") for u, n in s.execute(q)}

    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        q = select(Petition.id).where(
            Petition.deleted.is_(False), Petition.unit_code == unit, cond(span)
        )
        return list(s.scalars(q.order_by(Petition.due_on)))

    return compute, records


def _received(span: FigureSpan) -> Any:
    parts: list[ColumnElement[bool]] = [Petition.received_on.is_not(None)]
    if span.start:
        parts.append(Petition.received_on >= span.start)
    if span.end:
        parts.append(Petition.received_on <= span.end)
    return and_(*parts)


def _hot_hamlets(s: Session, span: FigureSpan) -> dict[str, list[str]]:
    """Per unit, the hamlets that are hot spots in the span: as the early warning judges them,
    at least 5 petitions and twice the average of the other hamlets, or any crowd petition."""
    q = (
        select(
            Petition.unit_code,
            Petition.hamlet_code,
            func.count(),
            func.coalesce(func.sum(case((Petition.is_crowd.is_(True), 1), else_=0)), 0),
        )
        .where(_live(span), _received(span), Petition.hamlet_code.is_not(None))
        .group_by(Petition.unit_code, Petition.hamlet_code)
    )
    by_unit: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for unit, hamlet, n, crowds in s.execute(q):
        by_unit[unit].append((hamlet, int(n), int(crowds)))
    out: dict[str, list[str]] = {}
    for unit, rows in by_unit.items():
        hot = []
        for hamlet, n, crowds in rows:
            others = [m for h, m, _ in rows if h != hamlet]
            avg = sum(others) / len(others) if others else 0
            if crowds or (n >= HOT_MIN_PETITIONS and n >= 2 * avg):
                hot.append(hamlet)
        out[unit] = hot
    return out


def _hot_compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    return {u: count(len(h), "điểm") for u, h in _hot_hamlets(s, span).items()}


def _hot_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    hamlets = _hot_hamlets(s, span).get(unit, [])
    if not hamlets:
        return []
    q = select(Petition.id).where(
        Petition.deleted.is_(False),
        Petition.unit_code == unit,
        _received(span),
        Petition.hamlet_code.in_(hamlets),
    )
    return list(s.scalars(q.order_by(Petition.received_on)))


_all_c, _all_r = _on_time(None)
_cpl_c, _cpl_r = _on_time(PetitionType.COMPLAINT.value)
_od_c, _od_r = _overdue(False)
_crowd_c, _crowd_r = _overdue(True)

INDICATORS = (
    Indicator(
        "petitions_on_time_rate",
        "Tỷ lệ đơn thư giải quyết đúng hạn",
        "Số đơn giải quyết xong trong kỳ đúng hạn trên số đơn giải quyết xong trong kỳ",
        "%",
        "petitions",
        _all_c,
        "petitions",
        _all_r,
        zero_when_empty=False,
    ),
    Indicator(
        "complaints_on_time_rate",
        "Tỷ lệ khiếu nại giải quyết đúng hạn",
        "Số khiếu nại giải quyết xong trong kỳ đúng hạn trên số khiếu nại giải quyết xong trong kỳ",
        "%",
        "petitions",
        _cpl_c,
        "petitions",
        _cpl_r,
        zero_when_empty=False,
    ),
    Indicator(
        "petitions_overdue",
        "Đơn thư đang quá hạn",
        "Đơn nhận đến hết kỳ đang quá thời hạn tại cuối kỳ (kỳ đang diễn ra: tại ngày tính)",
        "đơn",
        "petitions",
        _od_c,
        "petitions",
        _od_r,
    ),
    Indicator(
        "crowd_complaints_overdue",
        "Khiếu nại đông người quá hạn",
        "Khiếu nại của đoàn đông người đã quá thời hạn mà chưa giải quyết (tại ngày tính)",
        "đơn",
        "petitions",
        _crowd_c,
        "petitions",
        _crowd_r,
    ),
    Indicator(
        "hot_spots",
        "Điểm nóng",
        "Thôn, tổ dân phố có đơn đông người, hoặc từ 5 đơn trở lên và gấp đôi trung bình các "
        "thôn khác, trong kỳ",
        "điểm",
        "petitions",
        _hot_compute,
        "petitions",
        _hot_records,
    ),
)
