"""Indicators of the plans area for scoring: plans made on time, items done, a steering committee
in force (so "the commune made its plan on time" stops being a manual criterion)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.indicator_kit import Indicator, bounds, rate
from danvan_desktop.services.plans.committee import read_committees
from danvan_desktop.services.plans.figures import item_ids, unit_plans

AREA = "plans"


def _on_time(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = bounds(span)
    return {
        u: rate(len(st.on_time_ids), len(st.due))
        for u, st in unit_plans(s, list(span.unit_codes), start, end).items()
    }


def _on_time_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    """The commune's plans answering the documents due in the span (on time or late)."""
    start, end = bounds(span)
    st = unit_plans(s, [unit], start, end)[unit]
    return [st.answers[d.id][0] for d in st.due if d.id in st.answers]


def _made(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = bounds(span)
    return {
        u: rate(st.made, len(st.due))
        for u, st in unit_plans(s, list(span.unit_codes), start, end).items()
    }


def _done(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    start, end = bounds(span)
    return {
        u: rate(st.items_done, st.items_due)
        for u, st in unit_plans(s, list(span.unit_codes), start, end).items()
    }


def _done_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    start, end = bounds(span)
    return item_ids(s, unit, start, end)


def _committee(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    _start, end = bounds(span)
    out: dict[str, IndicatorValue] = {}
    for c in read_committees(s, list(span.unit_codes)):
        if c.has_head_on(end):
            out[c.unit_code] = IndicatorValue(1.0, unit="có/không")
        else:
            out.setdefault(c.unit_code, IndicatorValue(0.0, unit="có/không"))
    return out


def _committee_records(s: Session, unit: str, span: FigureSpan) -> list[str]:
    _start, end = bounds(span)
    return [c.id for c in read_committees(s, [unit]) if c.in_force_on(end)]


INDICATORS = (
    Indicator(
        "plans_on_time_rate",
        "Tỷ lệ văn bản cấp trên có kế hoạch thực hiện đúng hạn",
        "Số văn bản cấp trên có hạn ban hành kế hoạch trong kỳ mà xã đã ban hành kế hoạch thực "
        "hiện trước hoặc đúng hạn, trên số văn bản có hạn trong kỳ",
        "%",
        AREA,
        _on_time,
        "plans",
        _on_time_records,
        zero_when_empty=False,
    ),
    Indicator(
        "plans_made_rate",
        "Tỷ lệ văn bản cấp trên đã có kế hoạch thực hiện",
        "Số văn bản cấp trên có hạn ban hành kế hoạch trong kỳ mà xã đã ban hành kế hoạch thực "
        "hiện (đúng hạn hay chậm), trên số văn bản có hạn trong kỳ",
        "%",
        AREA,
        _made,
        "plans",
        _on_time_records,  # the plans answering the documents due: on time or late
        zero_when_empty=False,
    ),
    Indicator(
        "plan_items_done_rate",
        "Tỷ lệ công việc trong kế hoạch hoàn thành",
        "Số nội dung công việc có hạn trong kỳ đã hoàn thành (đến cuối kỳ), trên số nội dung "
        "công việc có hạn trong kỳ",
        "%",
        AREA,
        _done,
        "plan_items",
        _done_records,
        zero_when_empty=False,
    ),
    Indicator(
        "steering_committee_in_force",
        "Có Ban Chỉ đạo phong trào đang hoạt động",
        "1 nếu cuối kỳ xã có Ban Chỉ đạo phong trào “Dân vận khéo” có quyết định thành lập và "
        "Trưởng ban đương nhiệm; 0 nếu không",
        "có/không",
        AREA,
        _committee,
        "steering_committees",
        _committee_records,
    ),
)
