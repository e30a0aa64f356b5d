"""The scoring section of a periodic report: the year's score so far and its class (the
self-assessment of the period's year as last totalled, and the upper level's appraisal when
published), for each unit of the report."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.scoring.evaluate import evaluate
from danvan_desktop.domain.scoring.rubric import Subject
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.evaluations import manual_scores, values_of, year_span
from danvan_desktop.services.scoring.indicators import compute_values
from danvan_desktop.store.scoring import (
    ScoringAppraisal,
    ScoringCriterionScore,
    ScoringEvaluation,
    ScoringRubric,
)
from danvan_desktop.store.units import Unit


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _score(
    s: Session, row: ScoringEvaluation, q: SectionQuery, live: bool = True
) -> tuple[float, str]:
    """The evaluation's total and class as the scoring screen shows them: frozen values once
    submitted or locked, else the indicators computed now (the year so far)."""
    if row.status not in ("draft", "self_scored", "returned") or not live:
        return row.total, row.class_label
    rubric_row = s.get(ScoringRubric, row.rubric_id) if row.rubric_id else None
    rubric = rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject(row.subject))
    values = values_of(row.frozen)
    if values is None:
        span = year_span(row.unit_code, row.year, q.today)
        values = compute_values(s, span, sorted(rubric.indicator_names()))[row.unit_code]
    scores = s.scalars(
        select(ScoringCriterionScore).where(
            ScoringCriterionScore.evaluation_id == row.id,
            ScoringCriterionScore.deleted.is_(False),
        )
    ).all()
    result = evaluate(rubric, values, manual_scores(list(scores)))
    return result.total, result.score_class.label if result.score_class else ""


def report_section(s: Session, q: SectionQuery) -> ReportSection | None:
    year = q.period.end.year
    E = ScoringEvaluation
    evals = s.scalars(
        select(E).where(
            E.deleted.is_(False),
            E.unit_code.in_(list(q.unit_codes)),
            E.subject == "unit_year",
            E.year == year,
        )
    ).all()
    if not evals:
        return None
    appraised = {
        a.evaluation_id: a
        for a in s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.deleted.is_(False),
                ScoringAppraisal.evaluation_id.in_([e.id for e in evals]),
                ScoringAppraisal.status == "published",
            )
        )
    }
    names = {code: name for code, name in s.execute(select(Unit.code, Unit.name))}
    # Over many communes (the upper level), each evaluation's last stored total: recomputing
    # every commune's indicators would take seconds per report.
    scored = {e.id: _score(s, e, q, live=len(evals) == 1) for e in evals}
    rows = []
    for e in sorted(evals, key=lambda e: e.unit_code):
        a = appraised.get(e.id)
        rows.append(
            (
                names.get(e.unit_code, e.unit_code),
                _num(scored[e.id][0]),
                scored[e.id][1] or "–",
                _num(a.total) if a else "–",
                (a.class_label or "–") if a else "–",
            )
        )
    total = sum(v[0] for v in scored.values()) / len(evals)
    if len(evals) == 1:
        e = evals[0]
        a = appraised.get(e.id)
        points, label = scored[e.id]
        text = (
            f"Kết quả tự chấm điểm phong trào năm {year}"
            + (" đến nay" if year >= q.today.year else "")
            + f" đạt {_num(points)} điểm"
            + (f", xếp loại {label}" if label else "")
            + (
                f"; cấp trên thẩm định {_num(a.total)} điểm, xếp loại {a.class_label}."
                if a
                else "."
            )
        )
    else:
        text = (
            f"{len(evals)} đơn vị có phiếu tự chấm điểm năm {year}, bình quân {total:.1f} điểm."
        ).replace(".", ",", 1)
    return ReportSection(
        key="scoring",
        title="Kết quả chấm điểm phong trào thi đua “Dân vận khéo”",
        order=60,
        paragraphs=(text,),
        tables=(
            ReportTable(
                f"Điểm chấm năm {year}",
                ("Đơn vị", "Tự chấm", "Xếp loại", "Thẩm định", "Xếp loại thẩm định"),
                tuple(rows),
                (40, 18, 22, 18, 26),
            ),
        ),
        figures={"scoring_units": float(len(evals)), "scoring_average": round(total, 2)},
    )
