"""A unit's self-assessment of a year: suggested scores from its indicators, manual scores with
evidence and reasons, and the lifecycle draft → self-scored → submitted → (returned →) locked.

Who may do what: an officer drafts and marks it self-scored; a leader signs and submits it; the
upper level appraises, returns or publishes (services.scoring.appraisals). Submitting freezes
the rubric version and every indicator value used, so cases recorded afterwards never change a
submitted or locked result; a returned evaluation thaws until it is submitted again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import Evaluation, IndicatorValue, ManualScore, evaluate
from danvan_desktop.domain.scoring.rubric import Rubric, Subject
from danvan_desktop.domain.text import clean, nfc
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.indicators import catalogue, compute_values
from danvan_desktop.store.scoring import (
    ScoringAppraisal,
    ScoringCriterionScore,
    ScoringEvaluation,
    ScoringRubric,
)

EDITABLE = ("draft", "self_scored", "returned")
STATUS_LABELS = {
    "draft": "Đang chấm",
    "self_scored": "Đã tự chấm",
    "submitted": "Đã gửi cấp trên",
    "returned": "Cấp trên trả lại để hoàn thiện",
    "locked": "Đã khóa",
}


@dataclass(frozen=True)
class Scorecard:
    """An evaluation as the screens and documents show it."""

    id: str
    unit_code: str
    year: int
    status: str
    rubric: Rubric
    rubric_issued: bool  # issued by the superior (a submission needs it)
    result: Evaluation
    frozen: bool  # values come from the submission/lock, not from today's records
    notes: dict[str, ScoringCriterionScore]
    signed_by: str
    submitted_on: dt.date | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


def year_span(unit_code: str, year: int, today: dt.date) -> FigureSpan:
    return FigureSpan((unit_code,), year, dt.date(year, 1, 1), dt.date(year, 12, 31), today)


def _get(s: Session, evaluation_id: str) -> ScoringEvaluation:
    row = s.get(ScoringEvaluation, evaluation_id)
    if row is None or row.deleted:
        raise NotFound("Không tìm thấy phiếu chấm điểm.")
    return row


def _owned(ctx: AppContext, row: ScoringEvaluation) -> None:
    if row.unit_code != ctx.unit_code:
        raise PermissionDenied("Phiếu chấm điểm này của đơn vị khác: chỉ xem, không sửa được.")


def open_year(ctx: AppContext, year: int) -> str:
    """The unit's evaluation of the year, made on first use on the rubric its superior issued
    (or, until one is issued, on the shipped template as a working copy)."""
    with ctx.session() as s:
        found = s.scalars(
            select(ScoringEvaluation).where(
                ScoringEvaluation.unit_code == ctx.unit_code,
                ScoringEvaluation.subject == Subject.UNIT_YEAR.value,
                ScoringEvaluation.year == year,
                ScoringEvaluation.deleted.is_(False),
            )
        ).first()
        if found is not None:
            _refresh_rubric(s, found)
            return found.id
        ctx.require(Permission.EDIT)
        issued = rubrics.issued_for(s, ctx.unit_code, year)
        row = ScoringEvaluation(
            unit_code=ctx.unit_code,
            subject=Subject.UNIT_YEAR.value,
            year=year,
            rubric_id=issued.id if issued else None,
            rubric_hash=(
                issued.content_hash if issued else rubrics.template(Subject.UNIT_YEAR).content_hash
            ),
            status="draft",
        )
        s.add(row)
        s.flush()
        return row.id


def _refresh_rubric(s: Session, row: ScoringEvaluation) -> None:
    """An editable evaluation on a working copy moves to the rubric the superior has since
    issued (scores of criteria with the same code are kept)."""
    if row.status not in EDITABLE:
        return
    issued = rubrics.issued_for(s, row.unit_code, row.year)
    if issued is not None and issued.id != row.rubric_id:
        row.rubric_id, row.rubric_hash = issued.id, issued.content_hash


def manual_scores(rows: list[ScoringCriterionScore]) -> dict[str, ManualScore]:
    return {
        r.code: ManualScore(r.points, r.note, r.override_reason)
        for r in rows
        if r.points is not None and not r.deleted
    }


def values_of(frozen: str) -> dict[str, IndicatorValue] | None:
    if not frozen:
        return None
    data = json.loads(frozen).get("values", {})
    return {k: IndicatorValue(**v) for k, v in data.items()}


def scorecard(ctx: AppContext, evaluation_id: str, today: dt.date | None = None) -> Scorecard:
    today = today or dt.date.today()
    with ctx.read() as s:
        row = _get(s, evaluation_id)
        rubric_row = s.get(ScoringRubric, row.rubric_id) if row.rubric_id else None
        if row.rubric_id and rubric_row is None:
            raise NotFound("Không tìm thấy bộ tiêu chí của phiếu chấm.")
        rubric = rubrics.load(rubric_row) if rubric_row else rubrics.template(Subject(row.subject))
        scores = list(
            s.scalars(
                select(ScoringCriterionScore).where(
                    ScoringCriterionScore.evaluation_id == row.id,
                    ScoringCriterionScore.deleted.is_(False),
                )
            )
        )
        values = values_of(row.frozen)
        frozen = values is not None
        if values is None:
            span = year_span(row.unit_code, row.year, today)
            values = compute_values(s, span, sorted(rubric.indicator_names()))[row.unit_code]
        issued = (
            rubric_row is not None
            and rubric_row.issued_on is not None
            and rubric_row.unit_code == rubrics.superior(s, row.unit_code)
        )
        return Scorecard(
            row.id,
            row.unit_code,
            row.year,
            row.status,
            rubric,
            issued,
            evaluate(rubric, values, manual_scores(scores)),
            frozen,
            {r.code: r for r in scores},
            row.signed_by,
            row.submitted_on,
        )


def set_score(
    ctx: AppContext,
    evaluation_id: str,
    code: str,
    points: float | None,
    *,
    note: str = "",
    reason: str = "",
    evidence: list[dict[str, Any]] | None = None,
    today: dt.date | None = None,
) -> None:
    """Score one criterion by hand (None clears it back to the suggestion). Overriding a
    suggestion computed from the records needs a written reason, which the audit log keeps."""
    ctx.require(Permission.EDIT)
    card = scorecard(ctx, evaluation_id, today)
    try:
        crit = card.rubric.criterion(code)
    except KeyError:
        raise NotFound(f"Bộ tiêu chí không có tiêu chí {code}.") from None
    if crit.is_group:
        raise RuleViolation(f"Tiêu chí {code} gồm các tiêu chí con: chấm từng tiêu chí con.")
    if crit.scored_by.value == "upper":
        raise RuleViolation(f"Tiêu chí {code} do cấp trên chấm khi thẩm định.", "points")
    note, reason = nfc(note).strip(), nfc(reason).strip()
    suggested = card.result.by_code()[code].suggested
    if points is not None:
        limit = crit.max_points
        if points < 0 or points > limit:
            raise RuleViolation(f"Điểm tiêu chí {code} phải từ 0 đến {limit:g}.", "points")
        if crit.kind == "deduction":
            points = -points
        if suggested is not None and abs(points - suggested) > 1e-9 and not reason:
            raise RuleViolation(
                f"Điểm {abs(points):g} khác điểm gợi ý {abs(suggested):g} tính từ số liệu: "
                "cần ghi lý do.",
                "reason",
            )
    with ctx.session() as s:
        row = _get(s, evaluation_id)
        _owned(ctx, row)
        if row.status not in EDITABLE:
            raise RuleViolation(
                f"Phiếu chấm đang ở trạng thái “{STATUS_LABELS[row.status]}”: không sửa được."
            )
        score = s.scalars(
            select(ScoringCriterionScore).where(
                ScoringCriterionScore.evaluation_id == row.id, ScoringCriterionScore.code == code
            )
        ).first()
        if score is None:
            score = ScoringCriterionScore(unit_code=row.unit_code, evaluation_id=row.id, code=code)
            s.add(score)
        score.points, score.note, score.override_reason = points, note, reason
        score.deleted = False
        if evidence is not None:
            score.evidence = json.dumps(evidence, ensure_ascii=False)
        if row.status == "self_scored":
            row.status = "draft"


def _freeze(card: Scorecard, records: dict[str, list[str]] | None = None) -> str:
    """The submission's indicator values, criterion results and (`records`) the ids of the
    records behind each indicator: a locked year's drill-down lists what was counted then."""
    values = {
        k: {
            "value": v.value,
            "numerator": v.numerator,
            "denominator": v.denominator,
            "unit": v.unit,
        }
        for k, v in card.result.values.items()
    }
    results = {
        r.code: {"points": r.points, "suggested": r.suggested, "explanation": r.explanation}
        for r in card.result.criteria
    }
    return json.dumps(
        {
            "values": values,
            "criteria": results,
            "rubric_hash": card.rubric.content_hash,
            "records": records or {},
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def _set_totals(row: ScoringEvaluation, result: Evaluation) -> None:
    row.base, row.bonus, row.deduction, row.total = (
        result.base,
        result.bonus,
        result.deduction,
        result.total,
    )
    row.class_code = result.score_class.code if result.score_class else ""
    row.class_label = result.score_class.label if result.score_class else ""


def mark_self_scored(ctx: AppContext, evaluation_id: str, today: dt.date | None = None) -> None:
    """The officer has gone through every criterion: every manual one has a score."""
    ctx.require(Permission.EDIT)
    card = scorecard(ctx, evaluation_id, today)
    missing = [
        c.code
        for c in card.rubric.leaves()
        if not c.computed
        and c.kind == "base"
        and c.scored_by.value == "unit"
        and c.code not in manual_scores(list(card.notes.values()))
    ]
    if missing:
        raise RuleViolation("Còn tiêu chí chưa chấm: " + ", ".join(missing) + ".")
    with ctx.session() as s:
        row = _get(s, evaluation_id)
        _owned(ctx, row)
        if row.status not in EDITABLE:
            raise RuleViolation(f"Phiếu đang “{STATUS_LABELS[row.status]}”.")
        row.status = "self_scored"
        _set_totals(row, card.result)


def submit(
    ctx: AppContext, evaluation_id: str, signed_by: str, today: dt.date | None = None
) -> None:
    """A leader signs and submits: only on a rubric the superior issued, with the values frozen."""
    ctx.require(Permission.APPROVE)
    today = today or dt.date.today()
    card = scorecard(ctx, evaluation_id, today)
    if card.status != "self_scored":
        raise RuleViolation("Phiếu phải được cán bộ chấm xong (đã tự chấm) trước khi trình ký gửi.")
    if not card.rubric_issued:
        raise RuleViolation(
            "Bộ tiêu chí đang dùng là bản mẫu, chưa được cấp trên ban hành: chưa gửi được phiếu "
            "tự chấm. Hãy nhận bộ tiêu chí cấp trên gửi xuống (gói tham chiếu) rồi chấm lại."
        )
    signed_by = clean(signed_by)
    if not signed_by:
        raise RuleViolation("Cần ghi người ký (lãnh đạo đơn vị).", "signed_by")
    with ctx.session() as s:
        row = _get(s, evaluation_id)
        _owned(ctx, row)
        row.frozen = _freeze(card, _records_behind(s, row, card, today))
        _set_totals(row, card.result)
        row.status, row.signed_by, row.submitted_on = "submitted", signed_by, today
        if row.subject == Subject.UNIT_YEAR.value:
            rubrics.mark_bundles(s, card.rubric.version, card.rubric.content_hash)


def _records_behind(
    s: Session, row: ScoringEvaluation, card: Scorecard, today: dt.date
) -> dict[str, list[str]]:
    cat = catalogue()
    span = year_span(row.unit_code, row.year, today)
    out: dict[str, list[str]] = {}
    for k in sorted(card.result.values):
        records = cat[k].records if k in cat else None
        if records is not None:
            out[k] = list(records(s, row.unit_code, span))
    return out


def frozen_records(frozen: str) -> dict[str, list[str]] | None:
    """The record ids frozen with a submission ({indicator: ids}); None when not frozen (or
    frozen by a version that kept no ids)."""
    if not frozen:
        return None
    data = json.loads(frozen).get("records")
    return data if isinstance(data, dict) and data else None


def reopen_returned(ctx: AppContext, evaluation_id: str) -> None:
    """The upper level returned it for correction: editable again, values thawed."""
    with ctx.session() as s:
        row = _get(s, evaluation_id)
        _owned(ctx, row)
        if row.status != "submitted":
            raise RuleViolation("Chỉ phiếu đã gửi mới được trả lại.")
        row.status, row.frozen = "returned", ""


def lock(ctx: AppContext, evaluation_id: str) -> None:
    """Lock the year's result once the upper level published its appraisal."""
    ctx.require(Permission.APPROVE)
    with ctx.session() as s:
        row = _get(s, evaluation_id)
        _owned(ctx, row)
        if row.status != "submitted" or not row.frozen:
            raise RuleViolation("Chỉ khóa được phiếu đã gửi và đã được cấp trên công bố kết quả.")
        # The year is settled only by the upper level's published appraisal (its rollup);
        # a return brought after the submission means correcting, not locking.
        status = s.scalar(
            select(ScoringAppraisal.status).where(
                ScoringAppraisal.evaluation_id == row.id,
                ScoringAppraisal.unit_code == rubrics.superior(s, row.unit_code),
                ScoringAppraisal.deleted.is_(False),
            )
        )
        if status == "returned":
            raise RuleViolation(
                "Cấp trên đã trả lại phiếu để hoàn thiện: không khóa được; hãy mở lại phiếu, "
                "sửa và gửi lại."
            )
        if status != "published":
            raise RuleViolation(
                "Cấp trên chưa công bố kết quả thẩm định của phiếu này: chưa khóa được. Hãy nhập "
                "bản tổng hợp của cấp trên khi nhận được."
            )
        row.status, row.locked_at = "locked", dt.datetime.now(dt.UTC).replace(tzinfo=None)
