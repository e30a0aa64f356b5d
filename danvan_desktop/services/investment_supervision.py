"""Use cases of the community investment supervision boards (Ban Giám sát đầu tư của cộng đồng,
DOMAIN §5; Luật 10/2022 Đ.41–45, NĐ 59/2023 Đ.17–19): one board per project, its members
(MTTQ, BTTND, residents; composition warnings), supervisions, violations with money recovered
and settlement reductions, recommendations with answers, dissolution when the work is done,
and the figures provincial report forms ask for, per quarter and year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.inspection import MemberRole, Period, RuleWarning, Side
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, sort_string
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection import (
    check_hamlet,
    check_owned,
    check_revision,
    get_live,
    hamlet_names,
    non_negative,
    text_value,
    tombstone,
)
from danvan_desktop.store.inspection import (
    InvestmentProject,
    ProjectRecommendation,
    ProjectSupervision,
    ProjectViolation,
    SupervisionMember,
)
from danvan_desktop.store.units import Unit

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


def _apply_project(p: InvestmentProject, data: ProjectInput) -> None:
    for f in fields(ProjectInput):
        value = getattr(data, f.name)
        setattr(p, f.name, clean(value) if isinstance(value, str) else value)
    p.hamlet_code = data.hamlet_code or None
    p.value_vnd = int(data.value_vnd or 0)
    p.sort_name = sort_string(p.name)


def create_project(ctx: AppContext, data: ProjectInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        _validate_project(s, data, ctx.unit_code)
        p = InvestmentProject(unit_code=ctx.unit_code)
        _apply_project(p, data)
        s.add(p)
        s.flush()
        return p.id


def update_project(
    ctx: AppContext, project_id: str, data: ProjectInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = get_live(s, InvestmentProject, project_id, "công trình")
        check_owned(ctx, p)
        check_revision(p, expected_revision, "Công trình")
        _validate_project(s, data, p.unit_code)
        if (
            p.dissolved_on
            and data.board_established_on
            and data.board_established_on > p.dissolved_on
        ):
            raise RuleViolation(
                "Ngày thành lập Ban không thể sau ngày giải thể.", "board_established_on"
            )
        _apply_project(p, data)
        s.flush()
        return p.revision


def delete_project(ctx: AppContext, project_id: str) -> None:
    with ctx.read() as s:
        used = s.execute(
            select(func.count())
            .select_from(ProjectSupervision)
            .where(
                ProjectSupervision.project_id == project_id, ProjectSupervision.deleted.is_(False)
            )
        ).scalar_one()
    if used:
        raise RuleViolation(
            "Công trình đã có buổi giám sát: không thể xóa; hãy ghi nhận giải thể Ban khi xong việc."
        )
    tombstone(ctx, InvestmentProject, project_id, "công trình")


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
        p = get_live(s, InvestmentProject, project_id, "công trình")
        check_owned(ctx, p)
        not_before(on, p.board_established_on, "Ngày giải thể", "Ngày thành lập Ban")
        p.dissolved_on, p.dissolution_ref, p.dissolution_note = (
            on,
            clean(ref),
            text_value(note, True),
        )
        open_recs = s.execute(
            select(func.count())
            .select_from(ProjectRecommendation)
            .where(
                ProjectRecommendation.project_id == p.id,
                ProjectRecommendation.deleted.is_(False),
                ProjectRecommendation.answered_on.is_(None),
            )
        ).scalar_one()
        open_violations = s.execute(
            select(func.count())
            .select_from(ProjectViolation)
            .where(
                ProjectViolation.project_id == p.id,
                ProjectViolation.deleted.is_(False),
                ProjectViolation.handled_on.is_(None),
            )
        ).scalar_one()
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
        p = get_live(s, InvestmentProject, project_id, "công trình")
        check_owned(ctx, p)
        p.dissolved_on, p.dissolution_ref, p.dissolution_note = None, "", ""


def _project_counts(s: Session, ids: list[str]) -> dict[str, dict[str, int]]:
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
        counts = _project_counts(s, [p.id for p in projects])
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
                **{
                    k: c.get(k, 0)
                    for k in (
                        "members",
                        "supervisions",
                        "violations",
                        "recommendations",
                        "answered",
                        "recovered_vnd",
                        "reduced_vnd",
                    )
                },
            )
        )
    return out


def get_project(ctx: AppContext, project_id: str, today: dt.date | None = None) -> ProjectRow:
    with ctx.read() as s:
        code = get_live(s, InvestmentProject, project_id, "công trình").unit_code
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
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = get_live(s, InvestmentProject, project_id, "công trình")
        check_owned(ctx, p)
        _validate_supervisor(s, p, data)
        m = SupervisionMember(project_id=p.id, unit_code=p.unit_code)
        _apply_supervisor(m, data)
        s.add(m)
        s.flush()
        return m.id


def _apply_supervisor(m: SupervisionMember, data: SupervisorInput) -> None:
    m.full_name = clean(data.full_name)
    m.side, m.role = data.side, data.role
    m.hamlet_code = data.hamlet_code or None
    m.joined_on, m.left_on = data.joined_on, data.left_on


def update_supervisor(
    ctx: AppContext, member_id: str, data: SupervisorInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        m = get_live(s, SupervisionMember, member_id, "thành viên")
        check_owned(ctx, m)
        check_revision(m, expected_revision, "Thành viên")
        _validate_supervisor(s, get_live(s, InvestmentProject, m.project_id, "công trình"), data)
        _apply_supervisor(m, data)
        s.flush()
        return m.revision


def delete_supervisor(ctx: AppContext, member_id: str) -> None:
    tombstone(ctx, SupervisionMember, member_id, "thành viên")


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
        p = get_live(s, InvestmentProject, project_id, "công trình")
        if p.dissolved_on:
            return []
        members = _members_by_project(s, [p.id]).get(p.id, [])
    return rules.check_supervision_board(members, today)


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
    p = get_live(s, InvestmentProject, project_id, "công trình")
    check_owned(ctx, p)
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
        sup = get_live(s, ProjectSupervision, supervision_id, "buổi giám sát")
        if sup.project_id != p.id:
            raise RuleViolation("Buổi giám sát đã chọn thuộc công trình khác.", "supervision_id")


def _save(
    ctx: AppContext,
    cls: type,
    project_id: str,
    record_id: str | None,
    on: dt.date,
    data: Any,
    validate: Any,
    expected_revision: int | None = None,
) -> str:
    """Create (record_id None) or update one child record of a project in one transaction."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        if record_id:
            row = get_live(s, cls, record_id, "hồ sơ")
            check_owned(ctx, row)
            check_revision(row, expected_revision, "Hồ sơ")
            project_id = row.project_id
        p = _open_project(ctx, s, project_id, on)
        validate(s, p, data)
        if not record_id:
            row = cls(project_id=p.id, unit_code=p.unit_code)
            s.add(row)
        for f in fields(data):
            value = getattr(data, f.name)
            if isinstance(value, str):
                value = text_value(
                    value,
                    multiline=f.name
                    in ("content", "findings", "description", "handling", "answer_summary"),
                )
            setattr(row, f.name, value or None if f.name == "supervision_id" else value)
        s.flush()
        return row.id


def _v_supervision(today: dt.date):  # noqa: ANN202
    def check(s: Session, p: InvestmentProject, data: SupervisionInput) -> None:
        not_in_future(data.on_date, "Ngày giám sát", today)
        if not clean(data.content) and not clean(data.findings):
            raise RuleViolation("Ghi nội dung giám sát hoặc kết quả phát hiện.", "content")

    return check


def _v_violation(today: dt.date):  # noqa: ANN202
    def check(s: Session, p: InvestmentProject, data: ViolationInput) -> None:
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
            raise RuleViolation(
                "Có số tiền thu hồi, giảm trừ thì cần ghi ngày xử lý.", "handled_on"
            )

    return check


def _v_recommendation(today: dt.date):  # noqa: ANN202
    def check(s: Session, p: InvestmentProject, data: ProjectRecInput) -> None:
        not_in_future(data.sent_on, "Ngày gửi kiến nghị", today)
        if not clean(data.addressee):
            raise RuleViolation("Chưa ghi nơi nhận kiến nghị (chủ đầu tư, UBND xã…).", "addressee")
        if not clean(data.content):
            raise RuleViolation("Nội dung kiến nghị không được để trống.", "content")
        _check_supervision_ref(s, p, data.supervision_id)
        not_before(data.answered_on, data.sent_on, "Ngày trả lời", "Ngày gửi")
        not_in_future(data.answered_on, "Ngày trả lời", today)

    return check


def save_supervision(
    ctx: AppContext,
    project_id: str,
    data: SupervisionInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    return _save(
        ctx,
        ProjectSupervision,
        project_id,
        record_id,
        data.on_date,
        data,
        _v_supervision(today or dt.date.today()),
        expected_revision,
    )


def save_violation(
    ctx: AppContext,
    project_id: str,
    data: ViolationInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    return _save(
        ctx,
        ProjectViolation,
        project_id,
        record_id,
        data.found_on,
        data,
        _v_violation(today or dt.date.today()),
        expected_revision,
    )


def save_recommendation(
    ctx: AppContext,
    project_id: str,
    data: ProjectRecInput,
    record_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    return _save(
        ctx,
        ProjectRecommendation,
        project_id,
        record_id,
        data.sent_on,
        data,
        _v_recommendation(today or dt.date.today()),
        expected_revision,
    )


def delete_supervision(ctx: AppContext, record_id: str) -> None:
    with ctx.read() as s:
        used = s.execute(
            select(ProjectViolation.id).where(
                ProjectViolation.supervision_id == record_id, ProjectViolation.deleted.is_(False)
            )
        ).first()
    if used:
        raise RuleViolation("Buổi giám sát đã có vi phạm được ghi nhận: hãy xóa vi phạm trước.")
    tombstone(ctx, ProjectSupervision, record_id, "buổi giám sát")


def delete_violation(ctx: AppContext, record_id: str) -> None:
    tombstone(ctx, ProjectViolation, record_id, "vi phạm")


def delete_project_recommendation(ctx: AppContext, record_id: str) -> None:
    tombstone(ctx, ProjectRecommendation, record_id, "kiến nghị")


def _children(
    ctx: AppContext, cls: type, row_cls: type, input_cls: type, project_id: str, date_col: str
) -> list:
    with ctx.read() as s:
        rows = (
            s.execute(
                select(cls)
                .where(cls.project_id == project_id, cls.deleted.is_(False))
                .order_by(getattr(cls, date_col), cls.created_at)
            )
            .scalars()
            .all()
        )
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
    return _children(
        ctx, ProjectSupervision, SupervisionRow, SupervisionInput, project_id, "on_date"
    )


def list_violations(ctx: AppContext, project_id: str) -> list[ViolationRow]:
    return _children(ctx, ProjectViolation, ViolationRow, ViolationInput, project_id, "found_on")


def list_project_recommendations(ctx: AppContext, project_id: str) -> list[ProjectRecRow]:
    return _children(
        ctx, ProjectRecommendation, ProjectRecRow, ProjectRecInput, project_id, "sent_on"
    )


# ---- figures for the provincial forms -----------------------------------------------------


@dataclass
class InvestmentFigures:
    """One period's figures, as provincial report forms on community supervision ask them."""

    boards_active: int = 0
    boards_established: int = 0
    boards_dissolved: int = 0
    works_supervised: int = 0
    supervisions: int = 0
    violations: int = 0
    violation_value_vnd: int = 0
    recommendations: int = 0
    recommendations_answered: int = 0
    recovered_vnd: int = 0
    reduced_vnd: int = 0
    works_value_vnd: int = 0


def figures(ctx: AppContext, p: Period, unit_code: str | None = None) -> InvestmentFigures:
    """Works supervised = projects with at least one supervision in the period; money recovered
    and reductions count on the day the violation was handled."""
    code = unit_code or ctx.unit_code
    with ctx.read() as s:

        def scoped(q: Any, model: Any) -> Any:
            q = q.where(model.deleted.is_(False))
            return q.where(model.unit_code == code) if code else q

        projects = s.execute(scoped(select(InvestmentProject), InvestmentProject)).scalars().all()
        sups = (
            s.execute(
                scoped(
                    select(ProjectSupervision.project_id).where(
                        ProjectSupervision.on_date.between(p.start, p.end)
                    ),
                    ProjectSupervision,
                )
            )
            .scalars()
            .all()
        )
        viols = s.execute(
            scoped(
                select(
                    ProjectViolation.found_on,
                    ProjectViolation.value_vnd,
                    ProjectViolation.handled_on,
                    ProjectViolation.recovered_vnd,
                    ProjectViolation.reduced_vnd,
                ),
                ProjectViolation,
            )
        ).all()
        recs = (
            s.execute(
                scoped(
                    select(ProjectRecommendation.answered_on).where(
                        ProjectRecommendation.sent_on.between(p.start, p.end)
                    ),
                    ProjectRecommendation,
                )
            )
            .scalars()
            .all()
        )
    supervised = set(sups)
    f = InvestmentFigures(
        boards_active=sum(
            1
            for x in projects
            if x.board_established_on
            and x.board_established_on <= p.end
            and (x.dissolved_on is None or x.dissolved_on >= p.start)
        ),
        boards_established=sum(1 for x in projects if p.contains(x.board_established_on)),
        boards_dissolved=sum(1 for x in projects if p.contains(x.dissolved_on)),
        works_supervised=len(supervised),
        works_value_vnd=sum(x.value_vnd for x in projects if x.id in supervised),
        supervisions=len(sups),
        violations=sum(1 for v in viols if p.contains(v.found_on)),
        violation_value_vnd=sum(v.value_vnd for v in viols if p.contains(v.found_on)),
        recommendations=len(recs),
        recommendations_answered=sum(1 for a in recs if a is not None),
        recovered_vnd=sum(v.recovered_vnd for v in viols if p.contains(v.handled_on)),
        reduced_vnd=sum(v.reduced_vnd for v in viols if p.contains(v.handled_on)),
    )
    return f


@dataclass(frozen=True)
class QuarterFigures:
    period: Period
    figures: InvestmentFigures


def year_by_quarter(
    ctx: AppContext, year: int, unit_code: str | None = None
) -> list[QuarterFigures]:
    """Quarters I–IV and the whole year: the rows of the yearly summary table."""
    periods = [rules.period("quarter", year, q) for q in (1, 2, 3, 4)] + [
        rules.period("year", year)
    ]
    return [QuarterFigures(p, figures(ctx, p, unit_code)) for p in periods]


@dataclass(frozen=True)
class UnitInvestmentFigures:
    unit_code: str
    unit_name: str
    figures: InvestmentFigures


def figures_by_unit(ctx: AppContext, p: Period) -> list[UnitInvestmentFigures]:
    """For the upper level: each commune whose projects reached this database."""
    with ctx.read() as s:
        codes = sorted(
            {
                c
                for (c,) in s.execute(
                    select(InvestmentProject.unit_code).where(InvestmentProject.deleted.is_(False))
                )
            }
        )
        names = (
            dict(s.execute(select(Unit.code, Unit.name).where(Unit.code.in_(codes))).all())
            if codes
            else {}
        )
    return [UnitInvestmentFigures(c, names.get(c, c), figures(ctx, p, unit_code=c)) for c in codes]


def iter_all_supervisions(ctx: AppContext, p: Period | None = None) -> Iterator[dict]:
    """Every supervision with its project's name (for the Excel register)."""
    with ctx.read() as s:
        q = (
            select(ProjectSupervision, InvestmentProject.name)
            .join(InvestmentProject, InvestmentProject.id == ProjectSupervision.project_id)
            .where(ProjectSupervision.deleted.is_(False), InvestmentProject.deleted.is_(False))
        )
        if ctx.unit_code:
            q = q.where(ProjectSupervision.unit_code == ctx.unit_code)
        if p is not None:
            q = q.where(ProjectSupervision.on_date.between(p.start, p.end))
        rows = s.execute(q.order_by(ProjectSupervision.on_date)).all()
    for sup, name in rows:
        yield {
            "project": name,
            **asdict(
                SupervisionRow(
                    sup.on_date,
                    sup.content,
                    sup.findings,
                    sup.minutes_ref,
                    id=sup.id,
                    project_id=sup.project_id,
                )
            ),
        }
