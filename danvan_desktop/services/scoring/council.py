"""The council's result on a model, read side: its round's evaluation, the members' sheets and
what they decide (average or median per criterion, the model rubric's class). Apart from
model_appraisal (which takes the model's step through services.models) so that the models
service can ask for the council's result without an import circle."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.model_requirements import Council, council_points
from danvan_desktop.domain.scoring.evaluate import Evaluation, ManualScore, evaluate
from danvan_desktop.domain.scoring.rubric import Rubric, Subject
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.scoring import ScoringCouncilScore, ScoringEvaluation, ScoringRubric

#: the evaluation's status once its result drove the model's appraisal step
APPRAISED = "appraised"


def find_round(s: Session, m: DvkModel) -> ScoringEvaluation | None:
    return s.scalars(
        select(ScoringEvaluation).where(
            ScoringEvaluation.unit_code == m.unit_code,
            ScoringEvaluation.subject == Subject.MODEL.value,
            ScoringEvaluation.model_id == m.id,
            ScoringEvaluation.deleted.is_(False),
        )
    ).first()


def rubric_of(s: Session, row: ScoringEvaluation) -> Rubric:
    rubric_row = s.get(ScoringRubric, row.rubric_id) if row.rubric_id else None
    return rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject.MODEL)


def sheets_of(s: Session, row: ScoringEvaluation) -> list[ScoringCouncilScore]:
    return list(
        s.scalars(
            select(ScoringCouncilScore)
            .where(
                ScoringCouncilScore.evaluation_id == row.id,
                ScoringCouncilScore.deleted.is_(False),
            )
            .order_by(ScoringCouncilScore.created_at)
        )
    )


def scores_of(r: ScoringCouncilScore) -> dict[str, float]:
    return {str(k): float(v) for k, v in json.loads(r.scores or "{}").items()}


def decide(
    rubric: Rubric, rows: list[ScoringCouncilScore]
) -> tuple[dict[str, float], Evaluation | None, Council | None]:
    if not rows:
        return {}, None, None
    codes = [c.code for c in rubric.leaves()]
    rule = str(rubric.raw.get("council_rule", "average"))
    points = council_points([scores_of(r) for r in rows], codes, rule)
    result = evaluate(rubric, {}, {k: ManualScore(v) for k, v in points.items()})
    k = result.score_class
    if any(c.code == "pass" for c in rubric.classes):
        passed = k is not None and k.code == "pass"
    else:  # a rubric with other class names: anything above its lowest class passes
        passed = k is not None and k != rubric.classes[-1]
    council = Council(len(rows), result.total, k.code if k else "", k.label if k else "", passed)
    return points, result, council


def council_of(s: Session, m: DvkModel) -> Council | None:
    """The council's result of this round on the model (None: no sheet yet)."""
    row = find_round(s, m)
    if row is None or row.status == APPRAISED:
        return None
    return decide(rubric_of(s, row), sheets_of(s, row))[2]
