"""Indicators of the People's Inspection Board and community investment supervision."""

from __future__ import annotations

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import Indicator, grouped_count, ids, rate, within
from danvan_desktop.store.inspection import BoardActivity, BoardRecommendation, ProjectSupervision


def _activities(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    return grouped_count(s, BoardActivity, span, within(BoardActivity.starts_on, span), unit="cuộc")


def _activity_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    cond = within(BoardActivity.starts_on, span)
    return ids(s, BoardActivity, unit, cond, order=BoardActivity.starts_on)


def _answers(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    """Recommendations whose 15-day answer fell due in the span: answered by the due date."""
    due = within(BoardRecommendation.due_on, span)
    ok = and_(
        BoardRecommendation.answered_on.is_not(None),
        BoardRecommendation.answered_on <= BoardRecommendation.due_on,
    )
    q = (
        select(
            BoardRecommendation.unit_code,
            func.count(),
            func.coalesce(func.sum(case((ok, 1), else_=0)), 0),
        )
        .where(
            BoardRecommendation.deleted.is_(False),
            BoardRecommendation.unit_code.in_(list(span.unit_codes)),
            due,
        )
        .group_by(BoardRecommendation.unit_code)
    )
    return {u: rate(int(k), int(n)) for u, n, k in s.execute(q)}


def _answer_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    cond = within(BoardRecommendation.due_on, span)
    return ids(s, BoardRecommendation, unit, cond, order=BoardRecommendation.due_on)


def _works(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    q = (
        select(
            ProjectSupervision.unit_code, func.count(func.distinct(ProjectSupervision.project_id))
        )
        .where(
            ProjectSupervision.deleted.is_(False),
            ProjectSupervision.unit_code.in_(list(span.unit_codes)),
            within(ProjectSupervision.on_date, span),
        )
        .group_by(ProjectSupervision.unit_code)
    )
    return {u: IndicatorValue(float(n), unit="công trình") for u, n in s.execute(q)}


def _work_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    cond = within(ProjectSupervision.on_date, span)
    return ids(s, ProjectSupervision, unit, cond, order=ProjectSupervision.on_date)


INDICATORS = (
    Indicator(
        "board_activities",
        "Cuộc giám sát, kiểm tra của Ban Thanh tra nhân dân",
        "Số cuộc giám sát, kiểm tra, xác minh bắt đầu trong kỳ",
        "cuộc",
        "inspection",
        _activities,
        "inspection_board_activities",
        _activity_ids,
    ),
    Indicator(
        "board_answers_on_time_rate",
        "Kiến nghị của Ban TTND được trả lời trong 15 ngày",
        "Số kiến nghị đến hạn trả lời trong kỳ được trả lời đúng hạn trên số kiến nghị đến hạn",
        "%",
        "inspection",
        _answers,
        "inspection_board_recommendations",
        _answer_ids,
        zero_when_empty=False,
    ),
    Indicator(
        "works_supervised",
        "Công trình được giám sát đầu tư của cộng đồng",
        "Số công trình, dự án có buổi giám sát của Ban Giám sát đầu tư của cộng đồng trong kỳ",
        "công trình",
        "inspection",
        _works,
        "project_supervisions",
        _work_ids,
    ),
)
