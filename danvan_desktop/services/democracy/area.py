"""Tuyên truyền, dân chủ cơ sở as an area of the kernel: per-commune figures for the upper level
(events, participants, publicity items, matters decided), scoring's indicators, the early
warnings (publicity coming down soon or up too briefly; charters not reviewed within the rule's
period), the periodic report's section and the workbook's sheets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from danvan_desktop.services.areas import (
    FigureGroup,
    Figures,
    FigureSpan,
    Metric,
    ServiceArea,
    WarningLine,
)
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy.charters import charter_rows
from danvan_desktop.services.democracy.figures import counts_by_unit, report_section, sheets
from danvan_desktop.services.democracy.indicators import INDICATORS
from danvan_desktop.services.democracy.publicity import row_of
from danvan_desktop.services.democracy.rules import rules, short_to_warn
from danvan_desktop.store.democracy import PublicityItem
from danvan_desktop.store.queries import live_rows

_READ = {
    "dissemination_events": lambda c: c.events,
    "dissemination_participants": lambda c: c.participants,
    "publicity_items": lambda c: c.publicity,
    "democracy_matters_decided": lambda c: c.matters,
    "democracy_matters_passed": lambda c: c.matters_passed,
}


def _figures(session: Session, span: FigureSpan) -> dict[str, Figures]:
    counts = counts_by_unit(session, span.unit_codes, span.start, span.end)
    return {
        key: {
            code: float(read(counts[code])) if code in counts else 0.0 for code in span.unit_codes
        }
        for key, read in _READ.items()
    }


def warning_lines(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    r = rules()
    with ctx.read() as s:
        items = [
            row_of(p, r, today)
            for p in live_rows(s, PublicityItem, PublicityItem.unit_code == ctx.unit_code)
        ]
        charters = charter_rows(s, [ctx.unit_code], today)
    soon = tuple(p.id for p in items if p.ending_soon)
    short = tuple(
        p.id for p in items if short_to_warn(r, p.form, p.posted_from, p.posted_until, today)
    )
    stale = tuple(c.id for c in charters if c.due_review)
    return [
        WarningLine(
            "publicity_ending_soon",
            f"Nội dung công khai hết hạn trong {r.ending_soon_days} ngày tới",
            len(soon),
            "info",
            "democracy_publicity",
            soon,
        ),
        WarningLine(
            "publicity_too_short",
            "Nội dung công khai chưa đủ thời gian tối thiểu theo hình thức (niêm yết ít nhất "
            f"{max((f.min_days for f in r.forms.values()), default=0)} ngày), kết thúc trong "
            f"{r.short_warning_days} ngày qua",
            len(short),
            "warn",
            "democracy_publicity",
            short,
        ),
        WarningLine(
            "charters_not_reviewed",
            f"Hương ước, quy ước {r.charter_review_years} năm chưa rà soát, sửa đổi (quy định "
            "rà soát định kỳ, Nghị định 61/2023/NĐ-CP)",
            len(stale),
            "warn",
            "democracy_charters",
            stale,
        ),
    ]


FIGURES = FigureGroup(
    key="democracy",
    label="Tuyên truyền, dân chủ cơ sở",
    metrics=(
        Metric(
            "dissemination_events",
            "Hoạt động quán triệt, tuyên truyền",
            ranked=False,
            short="Tuyên truyền",
            hint="Hội nghị, tập huấn, buổi phát thanh, tin bài, bài đăng trong kỳ",
            width=84,
        ),
        Metric(
            "dissemination_participants",
            "Lượt người tham dự tuyên truyền",
            ranked=False,
            short="Lượt tham dự",
            width=84,
        ),
        Metric(
            "publicity_items",
            "Nội dung công khai",
            ranked=False,
            short="Công khai",
            hint="Nội dung xã công khai với Nhân dân, bắt đầu trong kỳ",
            width=76,
        ),
        Metric(
            "democracy_matters_decided",
            "Nội dung Nhân dân bàn và quyết định",
            ranked=False,
            short="Dân bàn, quyết định",
            hint="Nội dung Nhân dân thôn, tổ dân phố bàn và quyết định, biểu quyết trong kỳ",
            width=90,
        ),
    ),
    compute=_figures,
)

AREA = ServiceArea(
    key="democracy",
    label="Tuyên truyền, dân chủ cơ sở",
    order=40,  # after the areas the upper level already ranked on (its tab comes after theirs)
    figures=(FIGURES,),
    warnings=warning_lines,
    indicators=INDICATORS,
    report_section=report_section,
    sheets=sheets,
)
