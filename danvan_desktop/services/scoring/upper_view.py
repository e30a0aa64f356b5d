"""What the upper level's scoring screen reads beside appraisals.year_table: the appraisal it
already made of one commune (to reopen the dialog on it), the tie-break rule in words, and the
appraised results of the year for the ranking workbook."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from danvan_desktop.domain.scoring.evaluate import Evaluation, ManualScore, evaluate
from danvan_desktop.domain.scoring.ranking import describe
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.appraisals import communes_below, frozen_values
from danvan_desktop.store.scoring import ScoringAppraisal, ScoringEvaluation, ScoringRubric


@dataclass(frozen=True)
class Made:
    """This level's appraisal of one evaluation, as saved."""

    status: str
    points: dict[str, float] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    overall: str = ""


def made(ctx: AppContext, evaluation_id: str) -> Made | None:
    with ctx.read() as s:
        a = s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.unit_code == ctx.unit_code,
                ScoringAppraisal.evaluation_id == evaluation_id,
                ScoringAppraisal.deleted.is_(False),
            )
        ).first()
        if a is None:
            return None
        detail = json.loads(a.criteria or "{}")
        return Made(
            a.status,
            {c: float(d.get("points", 0)) for c, d in detail.items()},
            {c: str(d.get("comment", "")) for c, d in detail.items()},
            a.comments,
        )


@dataclass(frozen=True)
class Ranking:
    rubric: Rubric
    results: dict[str, Evaluation]  # commune code -> appraised evaluation
    names: dict[str, str]
    rule: str  # the tie-break in words


def year_ranking(ctx: AppContext, year: int) -> Ranking | None:
    """The appraised (or published) results of the year on their rubric; None when none."""
    with ctx.read() as s:
        rows = list(
            s.scalars(
                select(ScoringAppraisal).where(
                    ScoringAppraisal.unit_code == ctx.unit_code,
                    ScoringAppraisal.year == year,
                    ScoringAppraisal.status.in_(("appraised", "published")),
                    ScoringAppraisal.deleted.is_(False),
                )
            )
        )
        if not rows:
            return None
        evals = {
            e.id: e
            for e in s.scalars(
                select(ScoringEvaluation).where(
                    ScoringEvaluation.id.in_([r.evaluation_id for r in rows])
                )
            )
        }
        rubric_id = next(iter(evals.values())).rubric_id
        row = s.get(ScoringRubric, rubric_id) if rubric_id else None
        if row is None:
            return None
        rubric = rubrics.load(row)
        results = {}
        for a in rows:
            detail = json.loads(a.criteria or "{}")
            manual = {c: ManualScore(d["points"]) for c, d in detail.items()}
            results[a.commune_code] = evaluate(
                rubric, frozen_values(evals[a.evaluation_id]), manual
            )
        names = dict(communes_below(s, ctx.unit_code))
        return Ranking(rubric, results, names, describe(rubric))


def tie_break_rule(ctx: AppContext, year: int) -> str:
    """The rule the year's ranking follows, in words ("" before anything was appraised)."""
    ranking = year_ranking(ctx, year)
    return ranking.rule if ranking else ""
