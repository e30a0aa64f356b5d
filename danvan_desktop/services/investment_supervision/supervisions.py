"""What a project's board records: supervisions, violations (money recovered, settlement
reductions) and recommendations with their answers — each saved through the records core."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import non_negative
from danvan_desktop.services.investment_supervision.projects import IN_PROJECT, PROJECT
from danvan_desktop.store.base import Record
from danvan_desktop.store.inspection import (
    InvestmentProject,
    ProjectRecommendation,
    ProjectSupervision,
    ProjectViolation,
)
from danvan_desktop.store.queries import exists_live, live_rows

# ---- supervisions, violations, recommendations --------------------------------------------


@dataclass
class SupervisionInput:
    on_date: dt.date
    content: str = ""
    findings: str = ""
    minutes_ref: str = ""


@dataclass
class SupervisionRow(SupervisionInput):
    id: str = ""
    project_id: str = ""
    revision: int = 0


@dataclass
class ViolationInput:
    found_on: dt.date
    description: str
    value_vnd: int = 0
    supervision_id: str | None = None
    handled_on: dt.date | None = None
    handling: str = ""
    recovered_vnd: int = 0
    reduced_vnd: int = 0


@dataclass
class ViolationRow(ViolationInput):
    id: str = ""
    project_id: str = ""
    revision: int = 0


@dataclass
class ProjectRecInput:
    sent_on: dt.date
    addressee: str
    content: str
    supervision_id: str | None = None
    answered_on: dt.date | None = None
    answer_summary: str = ""


@dataclass
class ProjectRecRow(ProjectRecInput):
    id: str = ""
    project_id: str = ""
    revision: int = 0


def _open_project(ctx: AppContext, s: Session, project_id: str, on: dt.date) -> InvestmentProject:
    p = records.get_owned(ctx, s, InvestmentProject, project_id, PROJECT)
    if p.dissolved_on and on > p.dissolved_on:
        raise RuleViolation(
            f"Ban giám sát đã giải thể ngày {fmt_date(p.dissolved_on)}: không ghi thêm hoạt động sau ngày đó."
        )
    if p.board_established_on and on < p.board_established_on:
        raise RuleViolation(
            f"Ngày {fmt_date(on)} trước khi thành lập Ban giám sát ({fmt_date(p.board_established_on)})."
        )
    return p


def _check_supervision_ref(s: Session, p: InvestmentProject, supervision_id: str | None) -> None:
    if supervision_id:
        sup = records.get(s, ProjectSupervision, supervision_id, "buổi giám sát")
        if sup.project_id != p.id:
            raise RuleViolation("Buổi giám sát đã chọn thuộc công trình khác.", "supervision_id")


#: Each kind of record a project's board keeps, and the date that places it in the board's life.
DATED = {
    ProjectSupervision: "on_date",
    ProjectViolation: "found_on",
    ProjectRecommendation: "sent_on",
}


def _save(
    ctx: AppContext,
    cls: type[Record],
    project_id: str,
    record_id: str | None,
    data: Any,
    validate: Callable[[Session, InvestmentProject, Any, dt.date], None],
    expected_revision: int | None,
    today: dt.date | None,
) -> str:
    """Create (record_id None) or update one child record of a project in one transaction; its
    date must fall while the project's board exists."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        row = None
        if record_id:
            row = records.get_owned(ctx, s, cls, record_id, records.RECORD, expected_revision)
            project_id = getattr(row, IN_PROJECT.key)
        p = _open_project(ctx, s, project_id, getattr(data, DATED[cls]))

        def values(d: Any) -> dict[str, Any]:
            out = IN_PROJECT.values(p)
            if hasattr(d, "supervision_id"):
                out["supervision_id"] = d.supervision_id or None
            return out

        return records.save(
            s, cls, data, lambda d: validate(s, p, d, today), row=row, values=values
        ).id


def _v_supervision(
    s: Session, p: InvestmentProject, data: SupervisionInput, today: dt.date
) -> None:
    not_in_future(data.on_date, "Ngày giám sát", today)
    if not clean(data.content) and not clean(data.findings):
        raise RuleViolation("Ghi nội dung giám sát hoặc kết quả phát hiện.", "content")


def _v_violation(s: Session, p: InvestmentProject, data: ViolationInput, today: dt.date) -> None:
    not_in_future(data.found_on, "Ngày phát hiện", today)
    if not clean(data.description):
        raise RuleViolation("Mô tả vi phạm không được để trống.", "description")
    _check_supervision_ref(s, p, data.supervision_id)
    not_before(data.handled_on, data.found_on, "Ngày xử lý", "Ngày phát hiện")
    not_in_future(data.handled_on, "Ngày xử lý", today)
    for name, label in (
        ("value_vnd", "Giá trị vi phạm"),
        ("recovered_vnd", "Số tiền thu hồi"),
        ("reduced_vnd", "Số tiền giảm trừ quyết toán"),
    ):
        non_negative(getattr(data, name), label, name)
    if (data.recovered_vnd or data.reduced_vnd) and not data.handled_on:
        raise RuleViolation("Có số tiền thu hồi, giảm trừ thì cần ghi ngày xử lý.", "handled_on")


def _v_recommendation(
    s: Session, p: InvestmentProject, data: ProjectRecInput, today: dt.date
) -> None:
    not_in_future(data.sent_on, "Ngày gửi kiến nghị", today)
    if not clean(data.addressee):
        raise RuleViolation("Chưa ghi nơi nhận kiến nghị (chủ đầu tư, UBND xã…).", "addressee")
    if not clean(data.content):
        raise RuleViolation("Nội dung kiến nghị không được để trống.", "content")
    _check_supervision_ref(s, p, data.supervision_id)
    not_before(data.answered_on, data.sent_on, "Ngày trả lời", "Ngày gửi")
    not_in_future(data.answered_on, "Ngày trả lời", today)


def save_supervision(
    ctx: AppContext,
    project_id: str,
    data: SupervisionInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    args = (project_id, record_id, data, _v_supervision, expected_revision, today)
    return _save(ctx, ProjectSupervision, *args)


def save_violation(
    ctx: AppContext,
    project_id: str,
    data: ViolationInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    args = (project_id, record_id, data, _v_violation, expected_revision, today)
    return _save(ctx, ProjectViolation, *args)


def save_recommendation(
    ctx: AppContext,
    project_id: str,
    data: ProjectRecInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    args = (project_id, record_id, data, _v_recommendation, expected_revision, today)
    return _save(ctx, ProjectRecommendation, *args)


def delete_supervision(ctx: AppContext, record_id: str) -> None:
    def unused(s: Session, sup: ProjectSupervision) -> None:
        if exists_live(s, ProjectViolation, ProjectViolation.supervision_id == sup.id):
            raise RuleViolation("Buổi giám sát đã có vi phạm được ghi nhận: hãy xóa vi phạm trước.")

    records.tombstone(ctx, ProjectSupervision, record_id, "buổi giám sát", guard=unused)


def delete_violation(ctx: AppContext, record_id: str) -> None:
    records.tombstone(ctx, ProjectViolation, record_id, "vi phạm")


def delete_project_recommendation(ctx: AppContext, record_id: str) -> None:
    records.tombstone(ctx, ProjectRecommendation, record_id, "kiến nghị")


def _children(
    ctx: AppContext, cls: type[Record], row_cls: type, input_cls: type, project_id: str
) -> list:
    """One kind of a project's records, in the order of their date."""
    with ctx.read() as s:
        order = (getattr(cls, DATED[cls]), cls.created_at)
        rows = live_rows(s, cls, getattr(cls, IN_PROJECT.key) == project_id, order_by=order)
        return [
            row_cls(
                **{f.name: getattr(r, f.name) for f in fields(input_cls)},
                id=r.id,
                project_id=r.project_id,
                revision=r.revision,
            )
            for r in rows
        ]


def list_supervisions(ctx: AppContext, project_id: str) -> list[SupervisionRow]:
    return _children(ctx, ProjectSupervision, SupervisionRow, SupervisionInput, project_id)


def list_violations(ctx: AppContext, project_id: str) -> list[ViolationRow]:
    return _children(ctx, ProjectViolation, ViolationRow, ViolationInput, project_id)


def list_project_recommendations(ctx: AppContext, project_id: str) -> list[ProjectRecRow]:
    return _children(ctx, ProjectRecommendation, ProjectRecRow, ProjectRecInput, project_id)
