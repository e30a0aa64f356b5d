"""Scoring's part of the consolidated workbook and of the home screen: the year's score so far,
read without writing (a commune that never opened its scorecard gets the suggestion on the
rubric it would be scored on, no evaluation is made for it).

The sheet has the scorecard's columns (ui/scoring/commune): every criterion, its maximum, the
points the indicators suggest and the points that count, one block per commune (at the upper
level, per commune that opened its scorecard of the year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import Evaluation, evaluate
from danvan_desktop.domain.scoring.rubric import Rubric, Subject
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.appraisals import frozen_values, manual_of
from danvan_desktop.services.scoring.evaluations import STATUS_LABELS
from danvan_desktop.services.scoring.indicators import compute_values
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.scoring import ScoringEvaluation, ScoringRubric


@dataclass(frozen=True)
class YearScore:
    year: int
    result: Evaluation
    max_points: float
    status: str  # "" when the commune has not opened its scorecard yet

    @property
    def class_label(self) -> str:
        return self.result.score_class.label if self.result.score_class else "Chưa đạt loại nào"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status) if self.status else "Chưa chấm"


def year_scores(
    session: Session, unit_codes: Sequence[str], year: int, today: dt.date
) -> dict[str, YearScore]:
    """Each unit's scorecard of `year` as the scoring screen would show it, read-only; the
    indicators of every unit not yet frozen computed together (the upper level's workbook
    covers all its communes: one grouped query per indicator, not one per commune)."""
    rows = {
        r.unit_code: r
        for r in session.scalars(
            select(ScoringEvaluation).where(
                ScoringEvaluation.unit_code.in_(list(unit_codes)),
                ScoringEvaluation.subject == Subject.UNIT_YEAR.value,
                ScoringEvaluation.year == year,
                ScoringEvaluation.deleted.is_(False),
            )
        )
    }
    rubric_of: dict[str, Rubric] = {}
    for code in unit_codes:
        row = rows.get(code)
        rubric_row = (
            session.get(ScoringRubric, row.rubric_id)
            if row is not None and row.rubric_id
            else rubrics.issued_for(session, code, year)
        )
        rubric_of[code] = (
            rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject.UNIT_YEAR)
        )
    live = [c for c in unit_codes if not (c in rows and rows[c].frozen)]
    names = sorted({n for c in live for n in rubric_of[c].indicator_names()})
    span = FigureSpan(tuple(live), year, dt.date(year, 1, 1), dt.date(year, 12, 31), today)
    computed = compute_values(session, span, names) if live else {}
    out = {}
    for code in unit_codes:
        row = rows.get(code)
        values = frozen_values(row) if row is not None and row.frozen else computed[code]
        manual = manual_of(session, row.id) if row is not None else {}
        rubric = rubric_of[code]
        out[code] = YearScore(
            year,
            evaluate(rubric, values, manual),
            rubric.total_points,
            row.status if row is not None else "",
        )
    return out


def year_score(session: Session, unit_code: str, year: int, today: dt.date) -> YearScore:
    """The unit's scorecard of `year` as the scoring screen would show it, read-only."""
    return year_scores(session, [unit_code], year, today)[unit_code]


def own_year_score(ctx: AppContext, today: dt.date) -> YearScore:
    """This unit's score of the year so far (the home screen's card), read-only."""
    with ctx.read() as s:
        return year_score(s, ctx.unit_code, today.year, today)


HEADERS = ("Mã", "Tiêu chí", "Điểm tối đa", "Điểm gợi ý", "Điểm", "Cách tính")
WIDTHS = (8, 60, 10, 10, 10, 60)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    rows: list[list[object]] = []
    codes = list(unit_codes)
    if len(codes) > 1:  # the upper level: the communes that opened a scorecard this year
        opened = set(
            session.scalars(
                select(ScoringEvaluation.unit_code).where(
                    ScoringEvaluation.unit_code.in_(codes),
                    ScoringEvaluation.subject == Subject.UNIT_YEAR.value,
                    ScoringEvaluation.year == today.year,
                    ScoringEvaluation.deleted.is_(False),
                )
            )
        )
        codes = [c for c in codes if c in opened]
    scores = year_scores(session, codes, today.year, today)
    for code in codes:
        score = scores[code]
        for r in score.result.criteria:
            rows.append(
                units.row(
                    code,
                    [
                        r.code,
                        ("    " * r.depth) + r.title,
                        r.max_points if r.kind == "base" else None,
                        r.suggested,
                        r.points,
                        r.explanation,
                    ],
                )
            )
        total = f"Tổng điểm năm {score.year} ({score.status_label}): xếp loại {score.class_label}"
        rows.append(units.row(code, ["", total, score.max_points, None, score.result.total, ""]))
    title = f"Chấm điểm năm {today.year}"
    return [Sheet(title, units.headers(HEADERS), rows, units.widths(WIDTHS))]
