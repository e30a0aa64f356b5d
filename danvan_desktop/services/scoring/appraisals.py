"""The upper level's side of scoring: the communes' submitted self-assessments beside the values
recomputed from their imported records, appraisal criterion by criterion, return for correction,
ranking with the rubric's tie-break, and publication (the appraisals travel down in rollups).

The appraisal is the upper level's own record naming the commune's evaluation by UUID
(ownership, not merging): the province never edits a commune's rows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import (
    EPS,
    Evaluation,
    IndicatorValue,
    ManualScore,
    classify,
    evaluate,
)
from danvan_desktop.domain.scoring.ranking import describe, rank
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.domain.text import clean, nfc
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.indicators import compute_values
from danvan_desktop.store.scoring import (
    ScoringAppraisal,
    ScoringCriterionScore,
    ScoringEvaluation,
    ScoringRubric,
)
from danvan_desktop.store.units import Unit


@dataclass(frozen=True)
class Difference:
    code: str
    title: str
    claimed: float
    recomputed: float | None


@dataclass(frozen=True)
class CommuneScore:
    """One commune's row at the upper level for a year."""

    code: str
    name: str
    evaluation_id: str | None
    status: str  # the commune's: submitted, locked … ("" when nothing was sent)
    claimed: Evaluation | None  # as the commune submitted it (its frozen values)
    recomputed: Evaluation | None  # same rubric and manual scores on values from its records
    differences: tuple[Difference, ...]
    appraisal_status: str  # "", appraised, returned, published
    appraised_total: float | None
    appraised_class: str
    rank: int | None


def communes_below(s: Session, upper: str) -> list[tuple[str, str]]:
    rows = s.execute(
        select(Unit.code, Unit.name, Unit.kind_label)
        .where(Unit.parent_code == upper, Unit.level == "commune", Unit.deleted.is_(False))
        .order_by(Unit.sort_order, Unit.code)
    )
    return [(c, f"{k} {n}".strip() if k and not n.startswith(k) else n) for c, n, k in rows]


def frozen_values(row: ScoringEvaluation) -> dict[str, IndicatorValue]:
    data = json.loads(row.frozen or "{}").get("values", {})
    return {k: IndicatorValue(**v) for k, v in data.items()}


def manual_of(s: Session, evaluation_id: str) -> dict[str, ManualScore]:
    rows = s.scalars(
        select(ScoringCriterionScore).where(
            ScoringCriterionScore.evaluation_id == evaluation_id,
            ScoringCriterionScore.deleted.is_(False),
        )
    )
    return {
        r.code: ManualScore(r.points, r.note, r.override_reason)
        for r in rows
        if r.points is not None
    }


def year_table(ctx: AppContext, year: int, today: dt.date | None = None) -> list[CommuneScore]:
    """Every commune below this unit for the year: claim, recomputation, differences, appraisal."""
    today = today or dt.date.today()
    with ctx.read() as s:
        communes = communes_below(s, ctx.unit_code)
        codes = [c for c, _ in communes]
        evals = {
            e.unit_code: e
            for e in s.scalars(
                select(ScoringEvaluation).where(
                    ScoringEvaluation.unit_code.in_(codes),
                    ScoringEvaluation.year == year,
                    ScoringEvaluation.subject == "unit_year",
                    ScoringEvaluation.deleted.is_(False),
                    ScoringEvaluation.status.in_(("submitted", "locked")),
                )
            )
        }
        span = FigureSpan(tuple(codes), year, dt.date(year, 1, 1), dt.date(year, 12, 31), today)
        live = compute_values(s, span) if evals else {}
        appraisals = {
            a.evaluation_id: a
            for a in s.scalars(
                select(ScoringAppraisal).where(
                    ScoringAppraisal.unit_code == ctx.unit_code,
                    ScoringAppraisal.year == year,
                    ScoringAppraisal.deleted.is_(False),
                )
            )
        }
        rubric_cache: dict[str, Rubric] = {}
        out = []
        for code, name in communes:
            e = evals.get(code)
            if e is None:
                out.append(CommuneScore(code, name, None, "", None, None, (), "", None, "", None))
                continue
            if e.rubric_id is None:  # on the template: never submitted, listed as not sent
                out.append(CommuneScore(code, name, None, "", None, None, (), "", None, "", None))
                continue
            if e.rubric_id not in rubric_cache:
                row = s.get(ScoringRubric, e.rubric_id)
                if row is None:
                    # Scored on a rubric this level does not hold (not one it issued): listed
                    # as sent but unreadable, so one commune's odd record does not hide the
                    # others' (appraise refuses it with its reason).
                    a = appraisals.get(e.id)
                    out.append(
                        CommuneScore(
                            code, name, e.id, e.status, None, None, (),
                            a.status if a else "", a.total if a else None,
                            a.class_label if a else "", a.rank if a else None,
                        )
                    )  # fmt: skip
                    continue
                rubric_cache[e.rubric_id] = rubrics.load(row)
            rubric = rubric_cache[e.rubric_id]
            manual = manual_of(s, e.id)
            claimed = evaluate(rubric, frozen_values(e), manual)
            recomputed = evaluate(rubric, live.get(code, {}), manual)
            diffs = tuple(
                Difference(c.code, c.title, c.points, r.points)
                for c, r in zip(claimed.criteria, recomputed.criteria, strict=True)
                if not c.is_group and abs(c.points - r.points) > EPS
            )
            a = appraisals.get(e.id)
            out.append(
                CommuneScore(
                    code,
                    name,
                    e.id,
                    e.status,
                    claimed,
                    recomputed,
                    diffs,
                    a.status if a else "",
                    a.total if a else None,
                    a.class_label if a else "",
                    a.rank if a else None,
                )
            )
        return out


def appraise(
    ctx: AppContext,
    evaluation_id: str,
    points: dict[str, float],
    comments: dict[str, str] | None = None,
    *,
    overall: str = "",
    decided_by: str = "",
    on: dt.date | None = None,
) -> str:
    """Appraise one commune's submitted evaluation criterion by criterion (points given here
    replace the commune's; the rest are accepted as claimed). Returns the appraisal id."""
    ctx.require(Permission.APPROVE)
    comments = comments or {}
    with ctx.session() as s:
        e = s.get(ScoringEvaluation, evaluation_id)
        if e is None or e.deleted or e.status not in ("submitted", "locked"):
            raise NotFound("Không có phiếu tự chấm đã gửi để thẩm định.")
        parent = rubrics.superior(s, e.unit_code)
        if parent != ctx.unit_code:
            raise RuleViolation("Chỉ cấp trên trực tiếp của xã mới thẩm định phiếu của xã.")
        rubric_row = s.get(ScoringRubric, e.rubric_id) if e.rubric_id else None
        if rubric_row is None:
            raise NotFound(
                "Phiếu của xã chấm trên bộ tiêu chí không có ở đơn vị này (không phải bộ tiêu chí "
                "đơn vị đã ban hành): chưa thẩm định được."
            )
        rubric = rubrics.load(rubric_row)
        manual = manual_of(s, e.id)
        for code, p in points.items():
            crit = rubric.criterion(code)
            if p < 0 or p > crit.max_points:
                raise RuleViolation(
                    f"Điểm thẩm định tiêu chí {code} phải từ 0 đến {crit.max_points:g}."
                )
            manual[code] = ManualScore(
                -p if crit.kind == "deduction" else p, comments.get(code, "")
            )
        result = evaluate(rubric, frozen_values(e), manual)
        claimed = evaluate(rubric, frozen_values(e), manual_of(s, e.id)).by_code()
        detail = {
            r.code: {
                "points": r.points,
                "claimed": claimed[r.code].points,
                "comment": nfc(comments.get(r.code, "")).strip(),
            }
            for r in result.criteria
            if not r.is_group
        }
        a = s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.unit_code == ctx.unit_code, ScoringAppraisal.evaluation_id == e.id
            )
        ).first()
        if a is None:
            a = ScoringAppraisal(
                unit_code=ctx.unit_code, evaluation_id=e.id, commune_code=e.unit_code, year=e.year
            )
            s.add(a)
        if a.status == "published":
            raise RuleViolation("Kết quả đã công bố: không thẩm định lại được.")
        a.status = "appraised"
        a.base, a.bonus, a.deduction, a.total = (
            result.base,
            result.bonus,
            result.deduction,
            result.total,
        )
        k = result.score_class
        a.class_code, a.class_label = (k.code, k.label) if k else ("", "")
        a.criteria = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        a.comments = nfc(overall).strip()
        a.decided_on, a.decided_by = on or dt.date.today(), clean(decided_by)
        s.flush()
        return a.id


def return_for_correction(
    ctx: AppContext,
    evaluation_id: str,
    comments: str,
    decided_by: str = "",
    on: dt.date | None = None,
) -> str:
    ctx.require(Permission.APPROVE)
    if not nfc(comments).strip():
        raise RuleViolation("Cần ghi nội dung đề nghị xã hoàn thiện.", "comments")
    with ctx.session() as s:
        e = s.get(ScoringEvaluation, evaluation_id)
        if e is None or e.deleted:
            raise NotFound("Không tìm thấy phiếu tự chấm.")
        if rubrics.superior(s, e.unit_code) != ctx.unit_code:
            raise RuleViolation("Chỉ cấp trên trực tiếp của xã mới trả lại phiếu của xã.")
        a = s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.unit_code == ctx.unit_code, ScoringAppraisal.evaluation_id == e.id
            )
        ).first()
        if a is None:
            a = ScoringAppraisal(
                unit_code=ctx.unit_code, evaluation_id=e.id, commune_code=e.unit_code, year=e.year
            )
            s.add(a)
        if a.status == "published":
            raise RuleViolation("Kết quả đã công bố: không trả lại được.")
        a.status, a.comments = "returned", nfc(comments).strip()
        a.decided_on, a.decided_by = on or dt.date.today(), clean(decided_by)
        s.flush()
        return a.id


def _appraised(
    s: Session, upper: str, year: int
) -> tuple[list[ScoringAppraisal], Rubric, dict[str, Evaluation]]:
    """The year's appraised (or published) appraisals of this upper level, the one rubric the
    communes scored on, and each commune's result as appraised (its frozen values, the
    appraisal's points)."""
    rows = list(
        s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.unit_code == upper,
                ScoringAppraisal.year == year,
                ScoringAppraisal.status.in_(("appraised", "published")),
                ScoringAppraisal.deleted.is_(False),
            )
        )
    )
    if not rows:
        raise RuleViolation(f"Chưa thẩm định phiếu nào của năm {year}.")
    evals = {
        e.id: e
        for e in s.scalars(
            select(ScoringEvaluation).where(
                ScoringEvaluation.id.in_([a.evaluation_id for a in rows])
            )
        )
    }
    rubric_ids = {e.rubric_id for e in evals.values()}
    if len(rubric_ids) != 1 or None in rubric_ids:
        raise RuleViolation("Các xã chấm trên các bộ tiêu chí khác nhau: chưa xếp hạng được.")
    rubric_row = s.get(ScoringRubric, next(iter(rubric_ids)))
    if rubric_row is None:
        raise NotFound("Không có bộ tiêu chí mà các xã đã chấm.")
    rubric = rubrics.load(rubric_row)
    results: dict[str, Evaluation] = {}
    for a in rows:
        detail = json.loads(a.criteria or "{}")
        manual = {c: ManualScore(d["points"]) for c, d in detail.items()}
        results[a.commune_code] = evaluate(rubric, frozen_values(evals[a.evaluation_id]), manual)
    return rows, rubric, results


def averages(results: dict[str, Evaluation]) -> dict[str, float]:
    """The mean over the communes' results of each top-level base group's points and of the
    total ({"1": 11.5, …, "total": 72.25}), rounded to hundredths as it is printed."""
    if not results:
        return {}
    sums: dict[str, float] = {}
    for ev in results.values():
        for r in ev.criteria:
            if r.depth == 0 and r.kind == "base":
                sums[r.code] = sums.get(r.code, 0.0) + r.points
        sums["total"] = sums.get("total", 0.0) + ev.total
    return {code: round(v / len(results), 2) for code, v in sums.items()}


@dataclass(frozen=True)
class YearAverages:
    """The mean of the communes appraised so far in a year, as the province screen shows it
    (and as a publication sends down): per top-level group and in total."""

    communes: int
    groups: tuple[tuple[str, str, float, float], ...]  # (code, title, max points, mean)
    total: float
    total_points: float


def year_averages(ctx: AppContext, year: int) -> YearAverages | None:
    """None while no commune of the year is appraised."""
    with ctx.read() as s:
        try:
            _rows, rubric, results = _appraised(s, ctx.unit_code, year)
        except RuleViolation:
            return None
    mean = averages(results)
    groups = tuple(
        (c.code, c.title, c.max_points, mean[c.code]) for c in rubric.criteria if c.code in mean
    )
    return YearAverages(len(results), groups, mean["total"], rubric.total_points)


def publish(ctx: AppContext, year: int) -> list[tuple[str, int]]:
    """Rank every appraised commune of the year with the rubric's tie-break and publish, each
    appraisal carrying the averages over the published communes down to its commune."""
    ctx.require(Permission.APPROVE)
    with ctx.session() as s:
        rows, rubric, results = _appraised(s, ctx.unit_code, year)
        ranked = rank(rubric, results)
        rule = describe(rubric)
        mean = json.dumps(averages(results), sort_keys=True)
        by_commune = {a.commune_code: a for a in rows}
        for r in ranked:
            a = by_commune[r.unit]
            a.rank, a.peers, a.tie_break, a.status = r.rank, len(ranked), rule, "published"
            a.averages = mean
            k = classify(rubric, a.total)
            if k and not a.class_code:
                a.class_code, a.class_label = k.code, k.label
        return [(r.unit, r.rank) for r in ranked]


def received(ctx: AppContext, evaluation_id: str) -> ScoringAppraisal | None:
    """At the commune: the appraisal its upper level sent down for this evaluation."""
    with ctx.read() as s:
        e = s.get(ScoringEvaluation, evaluation_id)
        if e is None:
            return None
        parent = rubrics.superior(s, e.unit_code)
        a = s.scalars(
            select(ScoringAppraisal).where(
                ScoringAppraisal.evaluation_id == evaluation_id,
                ScoringAppraisal.unit_code == parent,
                ScoringAppraisal.deleted.is_(False),
            )
        ).first()
        if a is not None:
            s.expunge(a)
        return a


def appraised_results(
    ctx: AppContext, year: int
) -> tuple[Rubric, dict[str, Evaluation], dict[str, str]]:
    """The rubric, each appraised commune's result as appraised, and the communes' names: the
    rows of the ranking table."""
    with ctx.read() as s:
        _rows, rubric, results = _appraised(s, ctx.unit_code, year)
        return rubric, results, dict(communes_below(s, ctx.unit_code))
