"""The People's Inspection Board's registration (issue 9): per commune, its supervisions,
inspections and verifications and how its recommendations were answered (ranked on the on-time
answer rate, then the number of activities), and the commune's overdue answers as an early
warning. The grouped counting is `inspection.board_counts_by_unit`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from danvan_desktop.services import inspection
from danvan_desktop.services.areas import (
    FigureGroup,
    Figures,
    FigureSpan,
    Metric,
    ServiceArea,
    WarningLine,
)
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection import sheets as inspection_sheets
from danvan_desktop.services.inspection.indicators import INDICATORS
from danvan_desktop.services.inspection.report_section import report_section

#: figure key -> how it is read from one commune's BoardCounts
_READ = {
    "board_activities": lambda b: b.activities,
    "board_supervisions": lambda b: b.supervisions,
    "board_inspections": lambda b: b.inspections,
    "board_verifications": lambda b: b.verifications,
    "board_recommendations": lambda b: b.recommendations,
    "board_answers_on_time": lambda b: b.answers.on_time,
    "board_answers_late": lambda b: b.answers.late,
    "board_answers_overdue": lambda b: b.answers.overdue,
    "board_answers_counted": lambda b: b.answers.counted,
    # % of the recommendations whose answer can be judged (answered, or past due) answered
    # within the limit; None: nothing to judge yet
    "board_answer_rate": lambda b: (
        None if b.answers.on_time_rate is None else round(100 * b.answers.on_time_rate, 1)
    ),
}


def _figures(session: Session, span: FigureSpan) -> dict[str, Figures]:
    counts = inspection.board_counts_by_unit(session, span.start, span.end, span.today)
    empty = inspection.BoardCounts()
    return {
        key: {code: read(counts.get(code, empty)) for code in span.unit_codes}
        for key, read in _READ.items()
    }


def _warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    with ctx.read() as s:
        mine = inspection.board_counts_by_unit(s, None, None, today).get(ctx.unit_code)
    overdue = mine.answers.overdue if mine else 0
    return [
        WarningLine(
            "board_answers_overdue",
            "Kiến nghị của Ban TTND quá hạn chưa trả lời",
            overdue,
            "danger",
            "inspection_board_recommendations",
        )
    ]


FIGURES = FigureGroup(
    key="board",
    label="Ban Thanh tra nhân dân",
    metrics=(
        Metric(
            "board_activities",
            "Cuộc giám sát, kiểm tra của Ban TTND",
            short="Ban TTND: giám sát, kiểm tra",
            hint="Giám sát, kiểm tra và xác minh bắt đầu trong kỳ",
            width=118,
        ),
        Metric(
            "board_recommendations",
            "Kiến nghị của Ban TTND",
            ranked=False,
            short="Ban TTND: kiến nghị",
            width=84,
        ),
        Metric("board_answers_on_time", "Trả lời đúng hạn", ranked=False),
        Metric("board_answers_late", "Trả lời muộn", ranked=False, on_screen=False),
        Metric(
            "board_answers_overdue",
            "Quá hạn chưa trả lời",
            ranked=False,
            higher_is_better=False,
            width=84,
        ),
        Metric(
            "board_answer_rate",
            "Kiến nghị Ban TTND trả lời đúng hạn (%)",
            kind="rate",
            short="Tỷ lệ trả lời đúng hạn",
            ratio=("board_answers_on_time", "board_answers_counted"),
            hint="Kiến nghị đã trả lời hoặc đã quá hạn 15 ngày được trả lời đúng hạn",
            width=86,
        ),
    ),
    compute=_figures,
    ranking=("board_answer_rate", "board_activities"),
    no_figure="chưa có kiến nghị nào đến hạn trả lời",
)

AREA = ServiceArea(
    key="inspection",
    label="Ban Thanh tra nhân dân, giám sát đầu tư của cộng đồng",
    report_section=report_section,
    order=30,
    figures=(FIGURES,),
    indicators=INDICATORS,
    warnings=_warnings,
    sheets=inspection_sheets.sheets,
    # a day off moves the 15-day answers still running
    calendar_changed=inspection.recompute_due_dates,
)
