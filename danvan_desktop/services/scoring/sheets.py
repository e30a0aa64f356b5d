"""Scoring's part of the consolidated workbook and of the home screen: the year's score so far,
read without writing (a commune that never opened its scorecard gets the suggestion on the
rubric it would be scored on, no evaluation is made for it).

The sheet has the scorecard's columns (ui/scoring/commune): every criterion, its maximum, the
points the indicators suggest and the points that count, one block per commune."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import Evaluation, evaluate
from danvan_desktop.domain.scoring.rubric import Subject
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.appraisals import _manual, frozen_values
from danvan_desktop.services.scoring.evaluations import STATUS_LABELS, year_span
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


def year_score(session: Session, unit_code: str, year: int, today: dt.date) -> YearScore:
    """The unit's scorecard of `year` as the scoring screen would show it, read-only."""
    row = session.scalars(
        select(ScoringEvaluation).where(
            ScoringEvaluation.unit_code == unit_code,
            ScoringEvaluation.subject == Subject.UNIT_YEAR.value,
            ScoringEvaluation.year == year,
            ScoringEvaluation.deleted.is_(False),
        )
    ).first()
    rubric_row = (
        session.get(ScoringRubric, row.rubric_id)
        if row is not None and row.rubric_id
        else rubrics.issued_for(session, unit_code, year)
    )
    rubric = rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject.UNIT_YEAR)
    values = frozen_values(row) if row is not None and row.frozen else None
    if values is None:
        span = year_span(unit_code, year, today)
        values = compute_values(session, span, sorted(rubric.indicator_names()))[unit_code]
    manual = _manual(session, row.id) if row is not None else {}
    result = evaluate(rubric, values, manual)
    return YearScore(year, result, rubric.total_points, row.status if row is not None else "")


HEADERS = ("Mã", "Tiêu chí", "Điểm tối đa", "Điểm gợi ý", "Điểm", "Cách tính")
WIDTHS = (8, 60, 10, 10, 10, 60)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    rows: list[list[object]] = []
    for code in unit_codes:
        score = year_score(session, code, today.year, today)
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
