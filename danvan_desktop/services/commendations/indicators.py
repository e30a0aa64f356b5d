"""Indicators of the commendations area for scoring (issue 11): proposals made and
commendations granted within the span, each with the proposals behind it for drill-down."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.commendations.vocab import GRANTED
from danvan_desktop.services.indicator_kit import Indicator, grouped_count, ids, within
from danvan_desktop.store.commendations import CommendationDecision, CommendationProposal

UNIT = "đề nghị"
P, D = CommendationProposal, CommendationDecision


def proposals_by_unit(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    return grouped_count(s, P, span, within(P.proposed_on, span), unit=UNIT)


def _proposal_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    return ids(s, P, unit, within(P.proposed_on, span), order=P.proposed_on)


def _granted_q(span: FigureSpan):  # noqa: ANN202
    """Proposals granted by a live decision signed within the span."""
    return (
        select(P.unit_code, P.id, D.signed_on)
        .join(D, D.id == P.decision_id)
        .where(
            P.deleted.is_(False),
            D.deleted.is_(False),
            P.status == GRANTED,
            within(D.signed_on, span),
        )
    )


def granted_by_unit(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    q = _granted_q(span).where(P.unit_code.in_(list(span.unit_codes))).subquery()
    rows = s.execute(select(q.c.unit_code, func.count()).group_by(q.c.unit_code))
    return {u: IndicatorValue(float(n), unit="lượt khen") for u, n in rows}


def _granted_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    q = _granted_q(span).where(P.unit_code == unit).order_by(D.signed_on, P.created_at)
    return [pid for _u, pid, _d in s.execute(q)]


INDICATORS = (
    Indicator(
        "commendation_proposals",
        "Đề nghị khen thưởng trong kỳ",
        "Số đề nghị khen thưởng (tập thể, cá nhân, mô hình) có ngày đề nghị trong kỳ",
        UNIT,
        "commendations",
        proposals_by_unit,
        "commendation_proposals",
        _proposal_ids,
    ),
    Indicator(
        "commendations_granted",
        "Tập thể, cá nhân, mô hình được khen thưởng trong kỳ",
        "Số đề nghị được khen theo quyết định khen thưởng ký trong kỳ",
        "lượt khen",
        "commendations",
        granted_by_unit,
        "commendation_proposals",
        _granted_ids,
    ),
)
