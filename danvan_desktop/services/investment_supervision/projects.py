"""Projects under community investment supervision (one board per project) and the board's
members (MTTQ, BTTND, residents; composition warnings); dissolution when the work is done."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.inspection import MemberRole, RuleWarning, Side
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, sort_string
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import check_hamlet, hamlet_names, non_negative
from danvan_desktop.store.inspection import (
    InvestmentProject,
    ProjectRecommendation,
    ProjectSupervision,
    ProjectViolation,
    SupervisionMember,
)
from danvan_desktop.store.queries import count_live

PROJECT = "công trình"
#: Members, supervisions, violations and recommendations hang under a project.
IN_PROJECT = records.Parent(InvestmentProject, "project_id", PROJECT)


# ---- projects -----------------------------------------------------------------------------


@dataclass
class ProjectInput:
    name: str
    investor: str = ""
    capital_source: str = ""
    location: str = ""
    hamlet_code: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    value_vnd: int = 0
    board_decision_no: str = ""
    board_established_on: dt.date | None = None


@dataclass
class ProjectRow(ProjectInput):
    id: str = ""
    unit_code: str = ""
    revision: int = 0
    dissolved_on: dt.date | None = None
    dissolution_ref: str = ""
    dissolution_note: str = ""
    hamlet_name: str = ""
    members: int = 0
    supervisions: int = 0
    violations: int = 0
    recommendations: int = 0
    answered: int = 0
    recovered_vnd: int = 0
    reduced_vnd: int = 0
    warnings: int = 0

    @property
    def status_label(self) -> str:
        if self.dissolved_on:
            return f"Đã giải thể ({fmt_date(self.dissolved_on)})"
        return "Đang giám sát" if self.board_established_on else "Chưa thành lập Ban"


def _validate_project(s: Session, data: ProjectInput, unit_code: str) -> None:
    if not clean(data.name):
        raise RuleViolation("Tên công trình, dự án không được để trống.", "name")
    not_before(data.ends_on, data.starts_on, "Ngày hoàn thành", "Ngày khởi công")
    non_negative(data.value_vnd, "Giá trị công trình", "value_vnd")
    check_hamlet(s, data.hamlet_code, unit_code)


def _project_values(d: ProjectInput) -> dict[str, Any]:
    return {"hamlet_code": d.hamlet_code or None, "value_vnd": int(d.value_vnd or 0)}


def _sort_key(p: InvestmentProject) -> None:
    p.sort_name = sort_string(p.name)


def create_project(ctx: AppContext, data: ProjectInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        return records.save(
            s,
            InvestmentProject,
            data,
            lambda d: _validate_project(s, d, ctx.unit_code),
            values=lambda d: {"unit_code": ctx.unit_code, **_project_values(d)},
            derive=_sort_key,
        ).id


def update_project(
    ctx: AppContext, project_id: str, data: ProjectInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, InvestmentProject, project_id, PROJECT, expected_revision)

        def validate(d: ProjectInput) -> None:
            _validate_project(s, d, p.unit_code)
            if (
                p.dissolved_on
                and d.board_established_on
                and d.board_established_on > p.dissolved_on
            ):
                raise RuleViolation(
                    "Ngày thành lập Ban không thể sau ngày giải thể.", "board_established_on"
                )

        return records.save(
            s, InvestmentProject, data, validate, row=p, values=_project_values, derive=_sort_key
        ).revision


def delete_project(ctx: AppContext, project_id: str) -> None:
    def unused(s: Session, p: InvestmentProject) -> None:
        if count_live(s, ProjectSupervision, ProjectSupervision.project_id == p.id):
            raise RuleViolation(
                "Công trình đã có buổi giám sát: không thể xóa; "
                "hãy ghi nhận giải thể Ban khi xong việc."
            )

    records.tombstone(ctx, InvestmentProject, project_id, PROJECT, guard=unused)


def dissolve_board(
    ctx: AppContext,
    project_id: str,
    on: dt.date,
    ref: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> list[str]:
    """The work is done: the board is dissolved. Returns reminders of what is still open
    (unanswered recommendations, violations not handled) — recorded, not refused."""
    ctx.require(Permission.EDIT)
    not_in_future(on, "Ngày giải thể", today)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, InvestmentProject, project_id, PROJECT)
        not_before(on, p.board_established_on, "Ngày giải thể", "Ngày thành lập Ban")
        dissolution = {"dissolved_on": on, "dissolution_ref": ref, "dissolution_note": note}
        records.save(s, InvestmentProject, dissolution, row=p)
        open_recs = count_live(
            s,
            ProjectRecommendation,
            ProjectRecommendation.project_id == p.id,
            ProjectRecommendation.answered_on.is_(None),
        )
        open_violations = count_live(
            s,
            ProjectViolation,
            ProjectViolation.project_id == p.id,
            ProjectViolation.handled_on.is_(None),
        )
    notes = []
    if open_recs:
        notes.append(f"Còn {open_recs} kiến nghị chưa được trả lời.")
    if open_violations:
        notes.append(f"Còn {open_violations} vi phạm chưa được xử lý.")
    return notes


def reopen_board(ctx: AppContext, project_id: str) -> None:
    """Undo a dissolution entered by mistake."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, InvestmentProject, project_id, PROJECT)
        p.dissolved_on, p.dissolution_ref, p.dissolution_note = None, "", ""


def project_counts(s: Session, ids: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if not ids:
        return out

    def count(model: Any, key: str, *extra: Any) -> None:
        for pid, n in s.execute(
            select(model.project_id, func.count())
            .where(model.project_id.in_(ids), model.deleted.is_(False), *extra)
            .group_by(model.project_id)
        ):
            out[pid][key] = n

    count(SupervisionMember, "members", SupervisionMember.left_on.is_(None))
    count(ProjectSupervision, "supervisions")
    count(ProjectViolation, "violations")
    count(ProjectRecommendation, "recommendations")
    count(ProjectRecommendation, "answered", ProjectRecommendation.answered_on.is_not(None))
    for pid, rec, red in s.execute(
        select(
            ProjectViolation.project_id,
            func.sum(ProjectViolation.recovered_vnd),
            func.sum(ProjectViolation.reduced_vnd),
        )
        .where(ProjectViolation.project_id.in_(ids), ProjectViolation.deleted.is_(False))
        .group_by(ProjectViolation.project_id)
    ):
        out[pid]["recovered_vnd"], out[pid]["reduced_vnd"] = int(rec or 0), int(red or 0)
    return out


def list_projects(
    ctx: AppContext,
    *,
    include_dissolved: bool = True,
    year: int | None = None,
    today: dt.date | None = None,
    unit_code: str | None = None,
) -> list[ProjectRow]:
    """Projects with their board's figures; `year` keeps those whose board worked that year."""
    today = today or dt.date.today()
    names = hamlet_names(ctx)
    code = unit_code or ctx.unit_code
    with ctx.read() as s:
        q = select(InvestmentProject).where(InvestmentProject.deleted.is_(False))
        if code:
            q = q.where(InvestmentProject.unit_code == code)
        if not include_dissolved:
            q = q.where(InvestmentProject.dissolved_on.is_(None))
        if year:
            q = q.where(
                or_(
                    InvestmentProject.dissolved_on.is_(None),
                    InvestmentProject.dissolved_on >= dt.date(year, 1, 1),
                ),
                or_(
                    InvestmentProject.board_established_on.is_(None),
                    InvestmentProject.board_established_on <= dt.date(year, 12, 31),
                ),
            )
        projects = s.execute(q.order_by(InvestmentProject.sort_name)).scalars().all()
        counts = project_counts(s, [p.id for p in projects])
        members = _members_by_project(s, [p.id for p in projects])
    out = []
    for p in projects:
        c = counts.get(p.id, {})
        base = {f.name: getattr(p, f.name) for f in fields(ProjectInput)}
        warnings = (
            0
            if p.dissolved_on
            else len(rules.check_supervision_board(members.get(p.id, []), today))
        )
        out.append(
            ProjectRow(
                **base,
                id=p.id,
                unit_code=p.unit_code,
                revision=p.revision,
                dissolved_on=p.dissolved_on,
                dissolution_ref=p.dissolution_ref,
                dissolution_note=p.dissolution_note,
                hamlet_name=names.get(p.hamlet_code or "", ""),
                warnings=warnings,
                members=c.get("members", 0),
                supervisions=c.get("supervisions", 0),
                violations=c.get("violations", 0),
                recommendations=c.get("recommendations", 0),
                answered=c.get("answered", 0),
                recovered_vnd=c.get("recovered_vnd", 0),
                reduced_vnd=c.get("reduced_vnd", 0),
            )
        )
    return out


def get_project(ctx: AppContext, project_id: str, today: dt.date | None = None) -> ProjectRow:
    with ctx.read() as s:
        code = records.get(s, InvestmentProject, project_id, PROJECT).unit_code
    for row in list_projects(ctx, today=today, unit_code=code):
        if row.id == project_id:
            return row
    raise NotFound("Không tìm thấy công trình (có thể đã bị xóa).")


# ---- members ------------------------------------------------------------------------------


@dataclass
class SupervisorInput:
    full_name: str
    side: str = Side.RESIDENT.value
    role: str = MemberRole.MEMBER.value
    hamlet_code: str | None = None
    joined_on: dt.date | None = None
    left_on: dt.date | None = None


@dataclass
class SupervisorRow(SupervisorInput):
    id: str = ""
    project_id: str = ""
    revision: int = 0
    active: bool = True

    @property
    def side_label(self) -> str:
        return Side(self.side).label

    @property
    def role_label(self) -> str:
        return MemberRole(self.role).label


def _members_by_project(s: Session, ids: list[str]) -> dict[str, list[rules.SupervisorFacts]]:
    out: dict[str, list[rules.SupervisorFacts]] = defaultdict(list)
    if ids:
        for m in s.execute(
            select(SupervisionMember).where(
                SupervisionMember.project_id.in_(ids), SupervisionMember.deleted.is_(False)
            )
        ).scalars():
            out[m.project_id].append(
                rules.SupervisorFacts(m.full_name, m.side, m.joined_on, m.left_on)
            )
    return out


def _validate_supervisor(s: Session, p: InvestmentProject, data: SupervisorInput) -> None:
    if not clean(data.full_name):
        raise RuleViolation("Họ và tên thành viên không được để trống.", "full_name")
    if data.side not in {x.value for x in Side}:
        raise RuleViolation(
            "Thành phần phải là đại diện MTTQ, đại diện Ban TTND hoặc người dân.", "side"
        )
    if data.role not in {r.value for r in MemberRole}:
        raise RuleViolation("Chức danh phải là Trưởng ban, Phó Trưởng ban hoặc Thành viên.", "role")
    check_hamlet(s, data.hamlet_code, p.unit_code)
    not_before(data.left_on, data.joined_on, "Ngày thôi tham gia", "Ngày tham gia")


def add_supervisor(ctx: AppContext, project_id: str, data: SupervisorInput) -> str:
    return records.create_child(
        ctx, IN_PROJECT, project_id, lambda s, p, _: _save_supervisor(s, p, data, None)
    )


def _save_supervisor(
    s: Session, p: InvestmentProject, data: SupervisorInput, row: SupervisionMember | None
) -> SupervisionMember:
    return records.save(
        s,
        SupervisionMember,
        data,
        lambda d: _validate_supervisor(s, p, d),
        row=row,
        values=lambda d: {**IN_PROJECT.values(p), "hamlet_code": d.hamlet_code or None},
    )


def update_supervisor(
    ctx: AppContext, member_id: str, data: SupervisorInput, expected_revision: int | None = None
) -> int:
    return records.update_child(
        ctx,
        IN_PROJECT,
        SupervisionMember,
        member_id,
        "thành viên",
        expected_revision,
        lambda s, p, m: _save_supervisor(s, p, data, m),
    )


def delete_supervisor(ctx: AppContext, member_id: str) -> None:
    records.tombstone(ctx, SupervisionMember, member_id, "thành viên")


def list_supervisors(
    ctx: AppContext, project_id: str, today: dt.date | None = None
) -> list[SupervisorRow]:
    today = today or dt.date.today()
    order = {MemberRole.HEAD.value: 0, MemberRole.DEPUTY.value: 1, MemberRole.MEMBER.value: 2}
    with ctx.read() as s:
        rows = (
            s.execute(
                select(SupervisionMember).where(
                    SupervisionMember.project_id == project_id, SupervisionMember.deleted.is_(False)
                )
            )
            .scalars()
            .all()
        )
        out = [
            SupervisorRow(
                **{f.name: getattr(m, f.name) for f in fields(SupervisorInput)},
                id=m.id,
                project_id=m.project_id,
                revision=m.revision,
                active=rules.SupervisorFacts(m.full_name, m.side, m.joined_on, m.left_on).active_on(
                    today
                ),
            )
            for m in rows
        ]
    out.sort(key=lambda r: (not r.active, order.get(r.role, 3), sort_string(r.full_name)))
    return out


def check_board(
    ctx: AppContext, project_id: str, today: dt.date | None = None
) -> list[RuleWarning]:
    """Composition warnings of the project's board (none once it is dissolved)."""
    with ctx.read() as s:
        p = records.get(s, InvestmentProject, project_id, PROJECT)
        if p.dissolved_on:
            return []
        members = _members_by_project(s, [p.id]).get(p.id, [])
    return rules.check_supervision_board(members, today)
