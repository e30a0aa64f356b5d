"""Entries of the register of "Dân vận khéo" models (DOMAIN §3): register, edit, move along
the lifecycle, review yearly, replicate, attach evidence; the register's fields of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.models import (
    ModelKind,
    ModelStatus,
    OwnerKind,
    ReviewResult,
    Transition,
    allowed_actions,
    next_status,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold, sort_string
from danvan_desktop.services import evidence as evidence_store
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.models import requirements
from danvan_desktop.store.dvk_models import (
    DvkModel,
    Evidence,
    ModelField,
    ModelReview,
    ModelTransition,
)
from danvan_desktop.store.queries import exists_live, live_unit, unit_full_name

# Transitions only a leader (who approves and signs) may make.
APPROVAL_ACTIONS = {
    Transition.APPRAISE_PASS,
    Transition.APPRAISE_FAIL,
    Transition.RECOGNISE,
    Transition.WITHDRAW,
}

#: How the records core names a model in its messages ("Không tìm thấy mô hình…").
WHAT = "mô hình"


@dataclass
class ModelInput:
    """What the registration form holds (every item of the 2026 commune form)."""

    name: str
    field_code: str
    year: int
    kind: str = ModelKind.MODEL.value
    owner_unit_code: str | None = None
    owner_kind: str = OwnerKind.HAMLET.value
    owner_name: str = ""
    person_name: str = ""
    situation: str = ""
    goals: str = ""
    criteria: str = ""
    content: str = ""
    scope: str = ""
    beneficiaries: str = ""
    lead_force: str = ""
    coordinating_forces: str = ""
    participating_forces: str = ""
    budget_vnd: int = 0
    labour_days: int = 0
    contributions_vnd: int = 0
    start_date: dt.date | None = None
    milestones: str = ""
    evaluation_date: dt.date | None = None
    outputs: str = ""
    sustainability: str = ""
    replicated_from_id: str | None = None


@dataclass
class ModelDetail(ModelInput):
    id: str = ""
    status: str = ModelStatus.DRAFT.value
    revision: int = 0
    unit_code: str = ""
    recognised_level: str | None = None
    recognised_on: dt.date | None = None
    decision_no: str = ""
    field_name: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    updated_by: str | None = None
    transitions: list[dict] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    copies: list[dict] = field(default_factory=list)
    original_name: str = ""


# ---- validation -------------------------------------------------------------------------


def _validate(s: Session, data: ModelInput, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if not clean(data.name):
        raise RuleViolation("Tên mô hình, điển hình không được để trống.", "name")
    if len(clean(data.name)) > 500:
        raise RuleViolation("Tên mô hình quá dài (tối đa 500 ký tự).", "name")
    if data.kind not in {k.value for k in ModelKind}:
        raise RuleViolation("Loại phải là mô hình hoặc điển hình.", "kind")
    if not (2000 <= int(data.year) <= today.year + 1):
        raise RuleViolation(
            f"Năm đăng ký {data.year} không hợp lệ (từ 2000 đến {today.year + 1}).", "year"
        )
    if not exists_live(s, ModelField, ModelField.code == data.field_code):
        raise RuleViolation(
            "Chưa chọn lĩnh vực, hoặc lĩnh vực không có trong danh mục.", "field_code"
        )
    if data.owner_unit_code and live_unit(s, data.owner_unit_code) is None:
        raise RuleViolation(
            "Đơn vị xây dựng mô hình không có trong danh mục của xã.", "owner_unit_code"
        )
    for name, label in (
        ("budget_vnd", "Kinh phí"),
        ("labour_days", "Ngày công"),
        ("contributions_vnd", "Kinh phí xã hội hóa"),
    ):
        if int(getattr(data, name) or 0) < 0:
            raise RuleViolation(f"{label} không thể là số âm.", name)
    not_before(data.evaluation_date, data.start_date, "Ngày đánh giá", "Ngày bắt đầu")
    if data.start_date and data.start_date.year < 2000:
        raise RuleViolation("Ngày bắt đầu không hợp lệ.", "start_date")
    if (
        data.kind == ModelKind.EXEMPLAR.value
        and not clean(data.person_name)
        and not clean(data.owner_name)
    ):
        raise RuleViolation(
            "Điển hình cần ghi rõ cá nhân hoặc tập thể được nêu gương.", "person_name"
        )


def _save(
    s: Session,
    data: ModelInput,
    row: DvkModel | None = None,
    values: dict | None = None,
    validate: Callable[[ModelInput], None] | None = None,
) -> DvkModel:
    owner_label = unit_full_name(s, data.owner_unit_code)

    def derive(m: DvkModel) -> None:
        m.owner_name = m.owner_name or owner_label
        m.sort_name = sort_string(m.name)
        m.search_text = fold(" ".join([m.name, m.owner_name, m.person_name, m.content]))

    validate = validate or (lambda d: _validate(s, d))
    return records.save(s, DvkModel, data, validate, row=row, values=values, derive=derive)


def live_model(s: Session, model_id: str) -> DvkModel:
    """The model by id, unless tombstoned (NotFound in Vietnamese)."""
    return records.get(s, DvkModel, model_id, WHAT)


# ---- commands ---------------------------------------------------------------------------


def create_model(ctx: AppContext, data: ModelInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:

        def validate(d: ModelInput) -> None:
            _validate(s, d)
            if d.replicated_from_id:
                live_model(s, d.replicated_from_id)

        fixed = {"status": ModelStatus.DRAFT.value, "unit_code": ctx.unit_code}
        return _save(s, data, values=fixed, validate=validate).id


def update_model(
    ctx: AppContext, model_id: str, data: ModelInput, expected_revision: int | None = None
) -> int:
    """Save the form; refuses if someone else saved the record since it was opened."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        m = records.get_owned(ctx, s, DvkModel, model_id, WHAT, expected_revision)
        if m.status != ModelStatus.DRAFT.value:
            # a registered model keeps its registration items (the register lists them)
            requirements.keep_registration(data)
        return _save(s, data, m).revision


def delete_model(ctx: AppContext, model_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        m = records.get_owned(ctx, s, DvkModel, model_id, WHAT)
        if m.status not in (ModelStatus.DRAFT.value, ModelStatus.REGISTERED.value):
            raise RuleViolation(
                'Chỉ xóa được mô hình ở trạng thái dự thảo hoặc mới đăng ký; hãy dùng "Dừng hoạt động".'
            )
        m.deleted = True


def transition(
    ctx: AppContext,
    model_id: str,
    action: Transition | str,
    on: dt.date,
    note: str = "",
    *,
    recognised_level: str | None = None,
    decision_no: str = "",
    decision_on: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """Move a model one step along an allowed path; returns the new status. Each step needs
    its content (domain.model_requirements): a refusal names every missing item at once and
    nothing is written. Recognition keeps the decision's number, date and level."""
    action = Transition(action)
    ctx.require(Permission.APPROVE if action in APPROVAL_ACTIONS else Permission.EDIT)
    with ctx.session() as s:
        m = records.get_owned(ctx, s, DvkModel, model_id, WHAT)
        last = s.execute(
            select(func.max(ModelTransition.on_date)).where(ModelTransition.model_id == m.id)
        ).scalar_one()
        new = next_status(ModelStatus(m.status), action, on, last_transition_on=last, today=today)
        decision_no = records.normalise(DvkModel, "decision_no", decision_no or "")
        requirements.require(
            s,
            m,
            action,
            decision_no=decision_no,
            decision_on=decision_on,
            recognised_level=recognised_level,
            today=today,
        )
        if action == Transition.RECOGNISE:
            m.recognised_level = recognised_level
            m.recognised_on = decision_on
            m.decision_no = decision_no
        if action == Transition.WITHDRAW:
            m.recognised_level = None
        records.add(
            s,
            ModelTransition,
            model_id=m.id,
            action=action.value,
            from_status=m.status,
            to_status=new.value,
            on_date=on,
            by_user=ctx.user.username,
            note=note,
            unit_code=m.unit_code,
        )
        m.status = new.value
        return new.value


def add_review(
    ctx: AppContext,
    model_id: str,
    year: int,
    result: ReviewResult | str,
    on: dt.date,
    notes: str = "",
    today: dt.date | None = None,
) -> None:
    """Yearly review; also moves the model to "maintained"/"declining"/"stopped"."""
    result = ReviewResult(result)
    ctx.require(Permission.EDIT)
    not_in_future(on, "Ngày rà soát", today)
    with ctx.session() as s:
        m = records.get_owned(ctx, s, DvkModel, model_id, WHAT)
        if m.status not in (
            ModelStatus.RECOGNISED,
            ModelStatus.REPLICATED,
            ModelStatus.MAINTAINED,
            ModelStatus.DECLINING,
        ):
            raise RuleViolation("Chỉ rà soát hằng năm mô hình đã được công nhận.")
        if exists_live(s, ModelReview, ModelReview.model_id == m.id, ModelReview.year == year):
            raise RuleViolation(f"Mô hình đã được rà soát năm {year}.")
        if year < m.year or year > on.year:
            raise RuleViolation(
                f"Năm rà soát {year} phải từ năm đăng ký ({m.year}) đến năm của ngày rà soát."
            )
        records.add(
            s,
            ModelReview,
            model_id=m.id,
            year=year,
            result=result.value,
            reviewed_on=on,
            notes=notes,
            unit_code=m.unit_code,
        )
    action = {
        ReviewResult.MAINTAINED: Transition.REVIEW_MAINTAINED,
        ReviewResult.DECLINING: Transition.REVIEW_DECLINING,
        ReviewResult.STOPPED: Transition.STOP,
    }[result]
    transition(ctx, model_id, action, on, f"Rà soát năm {year}: {notes}".strip(), today=today)


def replicate(
    ctx: AppContext, original_id: str, data: ModelInput, on: dt.date, today: dt.date | None = None
) -> str:
    """Register a copy built elsewhere, linked to its original; the original becomes "replicated"."""
    data.replicated_from_id = original_id
    new_id = create_model(ctx, data)
    with ctx.read() as s:
        status = ModelStatus(live_model(s, original_id).status)
    if Transition.REPLICATE in allowed_actions(status):
        transition(
            ctx,
            original_id,
            Transition.REPLICATE,
            on,
            f"Nhân rộng: {clean(data.name)}",
            today=today,
        )
    return new_id


def attach_evidence(
    ctx: AppContext, model_id: str, path: Path, step: str = "", note: str = ""
) -> str:
    ctx.require(Permission.EDIT)
    with ctx.read() as s:
        live_model(s, model_id)
    sha, size = evidence_store.store_file(ctx.files_dir, Path(path))
    with ctx.session() as s:
        m = live_model(s, model_id)
        ev = records.add(
            s,
            Evidence,
            record_id=m.id,
            record_entity="models",
            step=step or m.status,
            file_name=Path(path).name,
            sha256=sha,
            size=size,
            note=note,
            unit_code=m.unit_code,
        )
        s.flush()
        return ev.id


def remove_evidence(ctx: AppContext, evidence_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        records.get(s, Evidence, evidence_id, "minh chứng").deleted = True


def evidence_file(ctx: AppContext, sha256: str) -> Path:
    return evidence_store.stored_path(ctx.files_dir, sha256)


def add_field(ctx: AppContext, name: str) -> str:
    ctx.require(Permission.EDIT)
    name = clean(name)
    if not name:
        raise RuleViolation("Tên lĩnh vực không được để trống.", "name")
    with ctx.session() as s:
        if any(
            fold(n) == fold(name)
            for (n,) in s.execute(select(ModelField.name).where(ModelField.deleted.is_(False)))
        ):
            raise RuleViolation(f'Lĩnh vực "{name}" đã có.', "name")
        code = f"{ctx.unit_code}-{fold(name).replace(' ', '-')[:40]}"
        count = s.execute(select(func.count()).select_from(ModelField)).scalar_one()
        records.add(
            s, ModelField, code=code, name=name, sort_order=count + 1, unit_code=ctx.unit_code
        )
        return code
