"""What the upper level and scoring count of this area: the scoring indicators (answers on
time, self-inspections held, follow-ups done on time) and the per-commune figure group
"answers" (grouped SQL: one query per figure kind, however many communes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureGroup, Figures, FigureSpan, Metric
from danvan_desktop.services.indicator_kit import Indicator, grouped_count, ids, rate, within
from danvan_desktop.store.answers import FollowUpAction, OwedAnswer, SelfInspection

AREA_KEY = "answers"


# ---- indicators ---------------------------------------------------------------------------------


def _on_time(s: Session, span: FigureSpan, source: str) -> dict[str, IndicatorValue]:
    """Items whose answer fell due in the span: answered by the due day (the day included)."""
    ok = and_(OwedAnswer.answered_on.is_not(None), OwedAnswer.answered_on <= OwedAnswer.due_on)
    q = (
        select(
            OwedAnswer.unit_code, func.count(), func.coalesce(func.sum(case((ok, 1), else_=0)), 0)
        )
        .where(
            OwedAnswer.deleted.is_(False),
            OwedAnswer.unit_code.in_(list(span.unit_codes)),
            OwedAnswer.source == source,
            within(OwedAnswer.due_on, span),
        )
        .group_by(OwedAnswer.unit_code)
    )
    return {u: rate(int(k), int(n)) for u, n, k in s.execute(q)}


def _due_ids(source: str):  # noqa: ANN202 - a Records callable
    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        cond = and_(OwedAnswer.source == source, within(OwedAnswer.due_on, span))
        return ids(s, OwedAnswer, unit, cond, order=OwedAnswer.due_on)

    return records


def _held(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    return grouped_count(s, SelfInspection, span, within(SelfInspection.held_on, span), unit="cuộc")


def _held_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    cond = within(SelfInspection.held_on, span)
    return ids(s, SelfInspection, unit, cond, order=SelfInspection.held_on)


def _followups(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
    ok = and_(FollowUpAction.done_on.is_not(None), FollowUpAction.done_on <= FollowUpAction.due_on)
    q = (
        select(
            FollowUpAction.unit_code,
            func.count(),
            func.coalesce(func.sum(case((ok, 1), else_=0)), 0),
        )
        .where(
            FollowUpAction.deleted.is_(False),
            FollowUpAction.unit_code.in_(list(span.unit_codes)),
            within(FollowUpAction.due_on, span),
        )
        .group_by(FollowUpAction.unit_code)
    )
    return {u: rate(int(k), int(n)) for u, n, k in s.execute(q)}


def _followup_ids(s: Session, unit: str, span: FigureSpan) -> list[str]:
    cond = within(FollowUpAction.due_on, span)
    return ids(s, FollowUpAction, unit, cond, order=FollowUpAction.due_on)


INDICATORS = (
    Indicator(
        "voter_answers_on_time_rate",
        "Kiến nghị cử tri được trả lời đúng hạn",
        "Số kiến nghị cử tri đến hạn trả lời trong kỳ được trả lời chậm nhất vào ngày hạn, trên "
        "số kiến nghị cử tri đến hạn trong kỳ",
        "%",
        AREA_KEY,
        lambda s, span: _on_time(s, span, "voters"),
        "answers_owed",
        _due_ids("voters"),
        zero_when_empty=False,
    ),
    Indicator(
        "front_answers_on_time_rate",
        "Kiến nghị của MTTQ được trả lời đúng hạn",
        "Số kiến nghị sau giám sát, phản biện xã hội của MTTQ đến hạn trả lời trong kỳ được trả "
        "lời đúng hạn, trên số kiến nghị đến hạn trong kỳ",
        "%",
        AREA_KEY,
        lambda s, span: _on_time(s, span, "front"),
        "answers_owed",
        _due_ids("front"),
        zero_when_empty=False,
    ),
    Indicator(
        "self_inspections_held",
        "Cuộc tự kiểm tra phong trào",
        "Số cuộc tự kiểm tra việc thực hiện phong trào “Dân vận khéo” tiến hành trong kỳ",
        "cuộc",
        AREA_KEY,
        _held,
        "answers_self_inspections",
        _held_ids,
    ),
    Indicator(
        "self_inspection_followups_done_rate",
        "Việc khắc phục sau tự kiểm tra hoàn thành đúng hạn",
        "Số việc khắc phục đến hạn trong kỳ đã hoàn thành chậm nhất vào ngày hạn, trên số việc "
        "đến hạn trong kỳ",
        "%",
        AREA_KEY,
        _followups,
        "answers_followups",
        _followup_ids,
        zero_when_empty=False,
    ),
)


# ---- the per-commune figure group ---------------------------------------------------------------


def _span(span: FigureSpan) -> tuple[dt.date, dt.date]:
    """The span's first and last day; none given: all time (a year given: that year)."""
    if span.start is not None or span.end is not None:
        return span.start or dt.date.min, span.end or dt.date.max
    if span.year:
        return dt.date(span.year, 1, 1), dt.date(span.year, 12, 31)
    return dt.date.min, dt.date.max


def compute(s: Session, span: FigureSpan) -> dict[str, Figures]:
    start, end = _span(span)
    judged_end = min(end, span.today)
    ok = and_(OwedAnswer.answered_on.is_not(None), OwedAnswer.answered_on <= OwedAnswer.due_on)
    received = and_(OwedAnswer.received_on >= start, OwedAnswer.received_on <= end)
    # judged: fell due in the span, by today (an item not yet due is not judged)
    judged = and_(OwedAnswer.due_on >= start, OwedAnswer.due_on <= judged_end)
    overdue = and_(OwedAnswer.answered_on.is_(None), OwedAnswer.due_on < span.today)

    def n(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    q = (
        select(
            OwedAnswer.unit_code,
            OwedAnswer.source,
            n(received),
            n(judged),
            n(and_(judged, ok)),
            n(overdue),
        )
        .where(OwedAnswer.deleted.is_(False), OwedAnswer.unit_code.in_(list(span.unit_codes)))
        .group_by(OwedAnswer.unit_code, OwedAnswer.source)
    )
    keys = (
        "voter_petitions_received",
        "voter_answers_counted",
        "voter_answers_on_time",
        "front_recommendations_received",
        "front_answers_counted",
        "front_answers_on_time",
        "answers_overdue_now",
    )
    out: dict[str, Figures] = {k: {c: 0.0 for c in span.unit_codes} for k in keys}
    for unit, source, rec, cnt, on_time, late_now in s.execute(q):
        prefix = "voter" if source == "voters" else "front"
        noun = "petitions" if source == "voters" else "recommendations"
        out[f"{prefix}_{noun}_received"][unit] = float(rec)
        out[f"{prefix}_answers_counted"][unit] = float(cnt)
        out[f"{prefix}_answers_on_time"][unit] = float(on_time)
        out["answers_overdue_now"][unit] = (out["answers_overdue_now"][unit] or 0) + late_now
    for prefix in ("voter", "front"):
        out[f"{prefix}_answers_rate"] = {
            c: (
                round(100 * (out[f"{prefix}_answers_on_time"][c] or 0) / den, 1)
                if (den := out[f"{prefix}_answers_counted"][c])
                else None
            )
            for c in span.unit_codes
        }
    return out


FIGURES = FigureGroup(
    key="answers",
    label="Trả lời kiến nghị cử tri, MTTQ",
    metrics=(
        Metric(
            "voter_petitions_received",
            "Kiến nghị cử tri nhận trong kỳ",
            ranked=False,
            short="Kiến nghị cử tri",
            width=86,
        ),
        Metric(
            "voter_answers_rate",
            "Kiến nghị cử tri trả lời đúng hạn (%)",
            kind="rate",
            ranked=False,  # the lead decides what communes are ranked on
            short="Cử tri trả lời đúng hạn",
            ratio=("voter_answers_on_time", "voter_answers_counted"),
            hint="Kiến nghị cử tri đến hạn trong kỳ được trả lời chậm nhất vào ngày hạn",
            width=90,
        ),
        Metric(
            "front_answers_rate",
            "Kiến nghị của MTTQ trả lời đúng hạn (%)",
            kind="rate",
            ranked=False,  # the lead decides what communes are ranked on
            short="MTTQ trả lời đúng hạn",
            ratio=("front_answers_on_time", "front_answers_counted"),
            hint="Kiến nghị sau giám sát, phản biện của MTTQ đến hạn trong kỳ được trả lời đúng hạn",
            width=90,
        ),
        Metric(
            "answers_overdue_now",
            "Kiến nghị quá hạn chưa trả lời (hiện nay)",
            ranked=False,
            higher_is_better=False,
            short="Quá hạn chưa trả lời",
            width=90,
        ),
    ),
    compute=compute,
    no_figure="chưa có kiến nghị nào đến hạn trả lời",
)
