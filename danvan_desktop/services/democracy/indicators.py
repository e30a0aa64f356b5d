"""Indicators of dissemination and grassroots democracy for scoring: events held, participants,
publicity items posted and matters the people decided, each over the span, each with the
records behind it (the drill-down)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import IndicatorValue
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.democracy.figures import Counts, counts_by_unit
from danvan_desktop.services.indicator_kit import Indicator, bounds, count, ids, within
from danvan_desktop.store.democracy import DemocracyMatter, DisseminationEvent, PublicityItem

AREA = "democracy"


def _compute(read: Callable[[Counts], int], unit: str) -> Any:
    def compute(s: Session, span: FigureSpan) -> dict[str, IndicatorValue]:
        start, end = bounds(span)
        return {
            u: count(read(c), unit)
            for u, c in counts_by_unit(s, span.unit_codes, start, end).items()
        }

    return compute


def _records(entity: Any, col: Any) -> Any:
    def records(s: Session, unit: str, span: FigureSpan) -> list[str]:
        return ids(s, entity, unit, within(col, span), order=col)

    return records


_events = _records(DisseminationEvent, DisseminationEvent.held_on)

INDICATORS = (
    Indicator(
        "dissemination_events",
        "Hoạt động quán triệt, tuyên truyền",
        "Số hội nghị quán triệt, tập huấn, buổi phát thanh, tin bài, bài đăng đã thực hiện trong kỳ",
        "hoạt động",
        AREA,
        _compute(lambda c: c.events, "hoạt động"),
        "democracy_events",
        _events,
    ),
    Indicator(
        "dissemination_participants",
        "Lượt người tham dự quán triệt, tuyên truyền",
        "Tổng số cán bộ, đảng viên, đoàn viên hội viên và Nhân dân tham dự các hoạt động quán "
        "triệt, tuyên truyền trong kỳ",
        "lượt",
        AREA,
        _compute(lambda c: c.participants, "lượt"),
        "democracy_events",
        _events,
    ),
    Indicator(
        "publicity_items",
        "Nội dung công khai với Nhân dân",
        "Số nội dung xã công khai (niêm yết, loa truyền thanh, trang thông tin, họp thôn …) bắt "
        "đầu trong kỳ",
        "nội dung",
        AREA,
        _compute(lambda c: c.publicity, "nội dung"),
        "democracy_publicity",
        _records(PublicityItem, PublicityItem.posted_from),
    ),
    Indicator(
        "democracy_matters_decided",
        "Nội dung Nhân dân bàn và quyết định, biểu quyết",
        "Số nội dung Nhân dân thôn, tổ dân phố bàn và quyết định hoặc bàn, biểu quyết trong kỳ",
        "nội dung",
        AREA,
        _compute(lambda c: c.matters, "nội dung"),
        "democracy_matters",
        _records(DemocracyMatter, DemocracyMatter.meeting_on),
    ),
)
