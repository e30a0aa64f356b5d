"""Indicators of citizen reception and dialogues for scoring: reception days held against the
days the law requires per presiding role, dialogues held, commitments kept on time."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services import receptions
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import Indicator, count, rate
from danvan_desktop.store.petitions import Commitment, Dialogue, ReceptionSession


def _bounds(span: FigureSpan) -> tuple[dt.date, dt.date]:
    year = span.year or span.today.year
    start = span.start or dt.date(year, 1, 1)
    end = min(span.end or dt.date(year, 12, 31), span.today)
    return start, end


def _required_and_held(
    days: set[dt.date], rule: dict, start: dt.date, end: dt.date
) -> tuple[int, int]:
    """Days (weeks for a weekly rule) held against required between start and end, by the rule
    the reception screen applies: a weekly rule counts weeks with a reception day (Monday
    starts the week), a monthly rule distinct days per month, capped at the minimum."""
    need = int(rule["min_days"])
    if rule["per"] == "week":
        monday = start - dt.timedelta(days=start.weekday())
        if monday < start:
            monday += dt.timedelta(days=7)
        weeks = []
        while monday <= end:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
        week_of: defaultdict[dt.date, int] = defaultdict(int)
        for d in days:
            week_of[d - dt.timedelta(days=d.weekday())] += 1
        return len(weeks) * need, sum(min(need, week_of[m]) for m in weeks)
    required = held = 0
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        required += need
        held += min(need, sum(1 for d in days if d.year == y and d.month == m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return required, held


def _reception(role: str):  # noqa: ANN202
    def compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
        rules = [r for r in receptions.frequency_rules()["reception"] if r["presider_role"] == role]
        if not rules:
            return {}
        start, end = _bounds(span)
        q = (
            select(ReceptionSession.unit_code, ReceptionSession.held_on)
            .where(
                ReceptionSession.deleted.is_(False),
                ReceptionSession.unit_code.in_(list(span.unit_codes)),
                ReceptionSession.presider_role == role,
                ReceptionSession.held_on >= start,
                ReceptionSession.held_on <= end,
            )
            .distinct()
        )
        days: dict[str, set[dt.date]] = defaultdict(set)
        for unit, day in s.execute(q):
            days[unit].add(day)
        out = {}
        for unit in span.unit_codes:
            required, held = _required_and_held(days.get(unit, set()), rules[0], start, end)
            out[unit] = rate(held, required)
        return out

    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        start, end = _bounds(span)
        q = select(ReceptionSession.id).where(
            ReceptionSession.deleted.is_(False),
            ReceptionSession.unit_code == unit,
            ReceptionSession.presider_role == role,
            ReceptionSession.held_on >= start,
            ReceptionSession.held_on <= end,
        )
        return list(s.scalars(q.order_by(ReceptionSession.held_on)))

    return compute, records


def _dialogues(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = _bounds(span)
    q = (
        select(Dialogue.unit_code, func.count())
        .where(
            Dialogue.deleted.is_(False),
            Dialogue.unit_code.in_(list(span.unit_codes)),
            Dialogue.held_on >= start,
            Dialogue.held_on <= end,
        )
        .group_by(Dialogue.unit_code)
    )
    return {u: count(int(n), "hội nghị") for u, n in s.execute(q)}


def _dialogue_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    start, end = _bounds(span)
    q = select(Dialogue.id).where(
        Dialogue.deleted.is_(False),
        Dialogue.unit_code == unit,
        Dialogue.held_on >= start,
        Dialogue.held_on <= end,
    )
    return list(s.scalars(q.order_by(Dialogue.held_on)))


def _commitments_due(span: FigureSpan):  # noqa: ANN202
    start, end = _bounds(span)
    return and_(
        Commitment.deleted.is_(False),
        Commitment.due_on.is_not(None),
        Commitment.due_on >= start,
        Commitment.due_on <= end,
    )


def _commitments(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    kept = and_(Commitment.closed_on.is_not(None), Commitment.closed_on <= Commitment.due_on)
    q = (
        select(
            Commitment.unit_code,
            func.count(),
            func.coalesce(func.sum(case((kept, 1), else_=0)), 0),
        )
        .where(_commitments_due(span), Commitment.unit_code.in_(list(span.unit_codes)))
        .group_by(Commitment.unit_code)
    )
    return {u: rate(int(ok), int(n)) for u, n, ok in s.execute(q)}


def _commitment_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    q = select(Commitment.id).where(_commitments_due(span), Commitment.unit_code == unit)
    return list(s.scalars(q.order_by(Commitment.due_on)))


_chair_c, _chair_r = _reception("chairman")
_sec_c, _sec_r = _reception("party_secretary")

INDICATORS = (
    Indicator(
        "reception_days_chair_rate",
        "Ngày tiếp công dân của Chủ tịch UBND xã so với quy định",
        "Số tuần có ngày tiếp của Chủ tịch trên số tuần phải tiếp (ít nhất 1 ngày/tuần)",
        "%",
        "receptions",
        _chair_c,
        "reception_sessions",
        _chair_r,
        zero_when_empty=False,
    ),
    Indicator(
        "reception_days_secretary_rate",
        "Ngày tiếp công dân của Bí thư Đảng ủy xã so với quy định",
        "Số ngày tiếp của Bí thư trên số ngày phải tiếp (ít nhất 2 ngày/tháng)",
        "%",
        "receptions",
        _sec_c,
        "reception_sessions",
        _sec_r,
        zero_when_empty=False,
    ),
    Indicator(
        "dialogues_held",
        "Hội nghị đối thoại đã tổ chức",
        "Số hội nghị đối thoại trực tiếp với Nhân dân trong kỳ",
        "hội nghị",
        "receptions",
        _dialogues,
        "dialogues",
        _dialogue_records,
    ),
    Indicator(
        "commitments_on_time_rate",
        "Cam kết sau đối thoại thực hiện đúng hạn",
        "Số cam kết đến hạn trong kỳ đã hoàn thành trước hạn trên số cam kết đến hạn trong kỳ",
        "%",
        "receptions",
        _commitments,
        "commitments",
        _commitment_records,
        zero_when_empty=False,
    ),
)
