"""The council's appraisal of one model (thẩm định mô hình) on the model rubric: each member's
score sheet (phiếu chấm) per criterion, the council's result (the average of the members'
points per criterion, or the median when the rubric file says `"council_rule": "median"`), the
rubric's class of it, and the model's "thẩm định đạt / không đạt" step taken from that result
through the models service, so the lifecycle, its checks and the audit stay one path.

The sheets live on the model's evaluation (subject "model"), scored on the model rubric the
superior issued or, until one is issued, on the shipped template. A model that failed, was
reworked and proposed again starts a new round: the earlier sheets are set aside.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.model_requirements import Council
from danvan_desktop.domain.models import ModelStatus, Transition
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.scoring.evaluate import Evaluation, fmt
from danvan_desktop.domain.scoring.rubric import Rubric, Subject
from danvan_desktop.domain.text import clean, fold, nfc
from danvan_desktop.services import models as model_service
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.models import requirements
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.services.scoring.council import (
    APPRAISED,
    decide,
    find_round,
    rubric_of,
    scores_of,
    sheets_of,
)
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.scoring import ScoringCouncilScore, ScoringEvaluation


@dataclass(frozen=True)
class Sheet:
    id: str
    member_name: str
    member_role: str
    scores: dict[str, float]
    total: float
    note: str


@dataclass(frozen=True)
class CouncilView:
    """What the model's record shows of its appraisal."""

    evaluation_id: str
    rubric: Rubric
    sheets: tuple[Sheet, ...]
    points: dict[str, float]  # the council's points per criterion
    result: Evaluation | None
    council: Council | None
    appraised: bool  # this round's result already drove the model's step
    needed: int  # how many members' sheets an appraisal needs


def _model(ctx: AppContext, s: Session, model_id: str) -> DvkModel:
    return records.get_owned(ctx, s, DvkModel, model_id, "mô hình")


def _open(s: Session, m: DvkModel) -> ScoringEvaluation:
    row = find_round(s, m)
    if row is not None:
        return row
    issued = rubrics.issued_for(s, m.unit_code, m.year, Subject.MODEL)
    row = ScoringEvaluation(
        unit_code=m.unit_code,
        subject=Subject.MODEL.value,
        year=m.year,
        model_id=m.id,
        rubric_id=issued.id if issued else None,
        rubric_hash=issued.content_hash if issued else rubrics.template(Subject.MODEL).content_hash,
        status="draft",
    )
    s.add(row)
    s.flush()
    return row


def council_view(ctx: AppContext, model_id: str) -> CouncilView | None:
    """The model's sheets and the council's result so far (None: no sheet was ever entered)."""
    with ctx.read() as s:
        m = records.get(s, DvkModel, model_id, "mô hình")
        row = find_round(s, m)
        if row is None:
            return None
        rubric = rubric_of(s, row)
        rows = sheets_of(s, row)
        points, result, council = decide(rubric, rows)
        sheets = tuple(
            Sheet(
                r.id,
                r.member_name,
                r.member_role,
                scores_of(r),
                round(sum(scores_of(r).values()), 2),
                r.note,
            )
            for r in rows
        )
        appraised = row.status == APPRAISED
        needed = requirements.council_min(s)
        return CouncilView(row.id, rubric, sheets, points, result, council, appraised, needed)


def model_rubric(ctx: AppContext, model_id: str) -> Rubric:
    """The rubric the model's council scores on (its evaluation's, else the one issued now)."""
    with ctx.read() as s:
        m = records.get(s, DvkModel, model_id, "mô hình")
        row = find_round(s, m)
        if row is not None:
            return rubric_of(s, row)
        issued = rubrics.issued_for(s, m.unit_code, m.year, Subject.MODEL)
        return rubrics.load(issued) if issued else rubrics.template(Subject.MODEL)


def _checked(rubric: Rubric, scores: dict[str, float]) -> dict[str, float]:
    leaves = {c.code: c for c in rubric.leaves()}
    unknown = sorted(set(scores) - set(leaves))
    if unknown:
        raise RuleViolation(f"Bộ tiêu chí không có tiêu chí {', '.join(unknown)}.", "scores")
    blank = [code for code in leaves if scores.get(code) is None]
    if blank:
        raise RuleViolation(
            "Phiếu chấm còn tiêu chí chưa chấm: " + ", ".join(blank) + ".", f"score_{blank[0]}"
        )
    out: dict[str, float] = {}
    for code, c in leaves.items():
        p = float(scores[code])
        if p < 0 or p > c.max_points:
            raise RuleViolation(
                f"Điểm tiêu chí {code} ({fmt(p)}) phải từ 0 đến {fmt(c.max_points)}.",
                f"score_{code}",
            )
        out[code] = p
    return out


def set_sheet(
    ctx: AppContext,
    model_id: str,
    member_name: str,
    member_role: str,
    scores: dict[str, float],
    note: str = "",
) -> str:
    """Add a council member's sheet, or replace that member's earlier one (same name)."""
    ctx.require(Permission.EDIT)
    name, role = clean(member_name), clean(member_role)
    if not name:
        raise RuleViolation("Cần ghi họ tên thành viên hội đồng.", "member_name")
    if not role:
        raise RuleViolation("Cần ghi chức danh trong hội đồng của thành viên.", "member_role")
    with ctx.session() as s:
        m = _model(ctx, s, model_id)
        if m.status != ModelStatus.PROPOSED.value:
            raise RuleViolation(
                "Hội đồng chấm phiếu khi mô hình đang “Đề nghị thẩm định”; mô hình đang "
                f"“{ModelStatus(m.status).label}”."
            )
        row = _open(s, m)
        checked = _checked(rubric_of(s, row), scores)
        rows = sheets_of(s, row)
        if row.status == APPRAISED:  # proposed again after rework: a new round of sheets
            for old in rows:
                old.deleted = True
            rows, row.status, row.frozen = [], "draft", ""
        sheet = next((r for r in rows if fold(r.member_name) == fold(name)), None)
        if sheet is None:
            sheet = records.add(
                s,
                ScoringCouncilScore,
                evaluation_id=row.id,
                member_name=name,
                unit_code=row.unit_code,
            )
        sheet.member_name, sheet.member_role = name, role
        sheet.scores = json.dumps(checked, ensure_ascii=False, sort_keys=True)
        sheet.note = nfc(note).strip()
        s.flush()
        return sheet.id


def remove_sheet(ctx: AppContext, model_id: str, sheet_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        m = _model(ctx, s, model_id)
        row = find_round(s, m)
        sheet = s.get(ScoringCouncilScore, sheet_id)
        if row is None or sheet is None or sheet.deleted or sheet.evaluation_id != row.id:
            raise NotFound("Không tìm thấy phiếu chấm của thành viên hội đồng.")
        if row.status == APPRAISED:
            raise RuleViolation("Kết quả hội đồng đã dùng để thẩm định: không gỡ phiếu được.")
        sheet.deleted = True


def appraise_model(
    ctx: AppContext, model_id: str, on: dt.date, note: str = "", today: dt.date | None = None
) -> str:
    """Take the model's "thẩm định đạt" or "không đạt" step as the council's result says;
    returns the model's new status. Too few sheets: refused by the step's own check."""
    view = council_view(ctx, model_id)
    council = view.council if view and not view.appraised else None
    passed = council is not None and council.passed
    action = Transition.APPRAISE_PASS if passed else Transition.APPRAISE_FAIL
    if council is not None and not note:
        note = (
            f"Hội đồng thẩm định ({council.members} thành viên) chấm bình quân "
            f"{fmt(council.total)} điểm: {council.class_label}."
        )
    status = model_service.transition(ctx, model_id, action, on, note, today=today)
    assert view is not None and view.result is not None  # the step above needs the sheets
    with ctx.session() as s:
        row = s.get(ScoringEvaluation, view.evaluation_id)
        assert row is not None
        r = view.result
        row.base, row.bonus, row.deduction, row.total = r.base, r.bonus, r.deduction, r.total
        row.class_code = r.score_class.code if r.score_class else ""
        row.class_label = r.score_class.label if r.score_class else ""
        row.status, row.submitted_on = APPRAISED, on
        row.frozen = json.dumps(
            {
                "rule": str(view.rubric.raw.get("council_rule", "average")),
                "points": view.points,
                "sheets": [
                    {"member": x.member_name, "role": x.member_role, "scores": x.scores}
                    for x in view.sheets
                ],
                "rubric_hash": view.rubric.content_hash,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
    return status
