"""Use cases of the People's Inspection Board (BTTND, DOMAIN §5): terms and members with the
composition warnings, plans, inspections and supervisions (the 5-working-day notice checked),
verification of citizens' petitions, recommendations with the 15-day answer, follow-up, and
reports with figures drawn from the records and a narrative the officer edits.

Screens and exports get plain dataclasses; every write is one short transaction; deletes are
tombstones. `today` is a parameter wherever a result depends on it, so tests fix it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.inspection import (
    ActivityKind,
    BoardFigures,
    CommunePost,
    FollowUp,
    MemberRole,
    NoticeRecipient,
    Period,
    PeriodKind,
    RuleWarning,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold, nfc, sort_string
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext

# One calendar and one deadline table for the whole app: the petitions area owns them.
from danvan_desktop.services.calendar import deadline_rules, work_calendar
from danvan_desktop.store.base import Record
from danvan_desktop.store.inspection import (
    ActivityPetition,
    BoardActivity,
    BoardMember,
    BoardPlan,
    BoardRecommendation,
    BoardReport,
    BoardTerm,
)
from danvan_desktop.store.units import Unit

R = TypeVar("R", bound=Record)

DEFAULT_ADDRESSEE = "Chủ tịch Ủy ban nhân dân xã"


# ---- shared helpers (also used by services.investment_supervision) ------------------------


def text_value(value: str | None, multiline: bool = False) -> str:
    return nfc(value or "").strip() if multiline else clean(value)


def get_live(s: Session, cls: type[R], record_id: str | None, what: str) -> R:
    row = s.get(cls, record_id) if record_id else None
    if row is None or row.deleted:
        raise NotFound(f"Không tìm thấy {what} (có thể đã bị xóa).")
    return row


def check_owned(ctx: AppContext, row: Record) -> None:
    if ctx.unit_code and row.unit_code != ctx.unit_code:
        raise RuleViolation("Đây là hồ sơ của đơn vị khác: chỉ được xem, không được sửa.")


def check_revision(row: Record, expected: int | None, what: str) -> None:
    if expected is not None and row.revision != expected:
        raise RuleViolation(
            f"{what} đã được {row.updated_by or 'người khác'} sửa sau khi bạn mở. Hãy mở lại để xem "
            "bản mới nhất rồi sửa tiếp; nội dung bạn vừa nhập chưa được lưu."
        )


def hamlet_names(ctx: AppContext) -> dict[str, str]:
    return {u.code: u.full_name for u in units.hamlets(ctx)}


def check_hamlet(s: Session, code: str | None, unit_code: str) -> None:
    if not code:
        return
    unit = s.execute(
        select(Unit).where(Unit.code == code, Unit.deleted.is_(False))
    ).scalar_one_or_none()
    if unit is None or (unit_code and unit.parent_code != unit_code):
        raise RuleViolation(
            "Thôn, tổ dân phố đã chọn không có trong danh sách của xã.", "hamlet_code"
        )


def like_words(column: Any, text: str) -> list[Any]:
    conds = []
    for word in fold(text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(column.like(f"%{escaped}%", escape="\\"))
    return conds


def non_negative(value: int | None, label: str, name: str) -> int:
    value = int(value or 0)
    if value < 0:
        raise RuleViolation(f"{label} không thể là số âm.", name)
    return value


def tombstone(ctx: AppContext, cls: type[Record], record_id: str, what: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = get_live(s, cls, record_id, what)
        check_owned(ctx, row)
        row.deleted = True


# ---- terms and members --------------------------------------------------------------------


@dataclass
class TermInput:
    name: str
    starts_on: dt.date
    ends_on: dt.date
    decision_no: str = ""
    decision_on: dt.date | None = None
    notes: str = ""


@dataclass
class TermInfo(TermInput):
    id: str = ""
    revision: int = 0
    members: int = 0
    current: bool = False


@dataclass
class MemberInput:
    full_name: str
    hamlet_code: str | None
    role: str = MemberRole.MEMBER.value
    elected_on: dt.date | None = None
    left_on: dt.date | None = None
    left_reason: str = ""
    commune_post: str = CommunePost.NONE.value
    occupation: str = ""
    phone: str = ""
    replaces_id: str | None = None


@dataclass
class MemberRow(MemberInput):
    id: str = ""
    term_id: str = ""
    revision: int = 0
    hamlet_name: str = ""
    active: bool = True

    @property
    def role_label(self) -> str:
        return MemberRole(self.role).label


def _term_info(t: BoardTerm, members: int, today: dt.date) -> TermInfo:
    return TermInfo(
        t.name,
        t.starts_on,
        t.ends_on,
        t.decision_no,
        t.decision_on,
        t.notes,
        id=t.id,
        revision=t.revision,
        members=members,
        current=t.starts_on <= today <= t.ends_on,
    )


def _validate_term(data: TermInput) -> None:
    if not clean(data.name):
        raise RuleViolation("Tên nhiệm kỳ không được để trống (ví dụ: Nhiệm kỳ 2024–2029).", "name")
    rules.check_term_dates(data.starts_on, data.ends_on)


def _overlapping_term(
    s: Session, unit_code: str, data: TermInput, skip_id: str | None = None
) -> BoardTerm | None:
    q = select(BoardTerm).where(
        BoardTerm.deleted.is_(False),
        BoardTerm.unit_code == unit_code,
        BoardTerm.starts_on <= data.ends_on,
        BoardTerm.ends_on >= data.starts_on,
    )
    if skip_id:
        q = q.where(BoardTerm.id != skip_id)
    return s.execute(q).scalars().first()


def create_term(ctx: AppContext, data: TermInput) -> str:
    ctx.require(Permission.EDIT)
    _validate_term(data)
    with ctx.session() as s:
        other = _overlapping_term(s, ctx.unit_code, data)
        if other is not None:
            raise RuleViolation(
                f'Nhiệm kỳ trùng thời gian với "{other.name}" ({fmt_date(other.starts_on)}–'
                f"{fmt_date(other.ends_on)}).",
                "starts_on",
            )
        t = BoardTerm(unit_code=ctx.unit_code)
        _apply_term(t, data)
        s.add(t)
        s.flush()
        return t.id


def _apply_term(t: BoardTerm, data: TermInput) -> None:
    t.name = clean(data.name)
    t.starts_on, t.ends_on = data.starts_on, data.ends_on
    t.decision_no = clean(data.decision_no)
    t.decision_on = data.decision_on
    t.notes = text_value(data.notes, True)


def update_term(
    ctx: AppContext, term_id: str, data: TermInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    _validate_term(data)
    with ctx.session() as s:
        t = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        check_owned(ctx, t)
        check_revision(t, expected_revision, "Nhiệm kỳ")
        other = _overlapping_term(s, t.unit_code, data, skip_id=t.id)
        if other is not None:
            raise RuleViolation(f'Nhiệm kỳ trùng thời gian với "{other.name}".', "starts_on")
        _apply_term(t, data)
        s.flush()
        return t.revision


def delete_term(ctx: AppContext, term_id: str) -> None:
    with ctx.read() as s:
        used = s.execute(
            select(func.count())
            .select_from(BoardActivity)
            .where(BoardActivity.term_id == term_id, BoardActivity.deleted.is_(False))
        ).scalar_one()
    if used:
        raise RuleViolation("Nhiệm kỳ đã có hoạt động được ghi nhận: không thể xóa.")
    tombstone(ctx, BoardTerm, term_id, "nhiệm kỳ")


def list_terms(
    ctx: AppContext, today: dt.date | None = None, unit_code: str | None = None
) -> list[TermInfo]:
    """Newest first; the upper level passes a commune's code to see its board."""
    today = today or dt.date.today()
    code = unit_code or ctx.unit_code
    with ctx.read() as s:
        counts = dict(
            s.execute(
                select(BoardMember.term_id, func.count())
                .where(BoardMember.deleted.is_(False), BoardMember.left_on.is_(None))
                .group_by(BoardMember.term_id)
            ).all()
        )
        q = select(BoardTerm).where(BoardTerm.deleted.is_(False))
        if code:
            q = q.where(BoardTerm.unit_code == code)
        terms = s.execute(q.order_by(BoardTerm.starts_on.desc())).scalars().all()
        return [_term_info(t, counts.get(t.id, 0), today) for t in terms]


def get_term(ctx: AppContext, term_id: str, today: dt.date | None = None) -> TermInfo:
    for t in list_terms(ctx, today, unit_code=_unit_of(ctx, BoardTerm, term_id)):
        if t.id == term_id:
            return t
    raise NotFound("Không tìm thấy nhiệm kỳ (có thể đã bị xóa).")


def _unit_of(ctx: AppContext, cls: type[Record], record_id: str) -> str:
    with ctx.read() as s:
        return get_live(s, cls, record_id, "hồ sơ").unit_code


def current_term(ctx: AppContext, today: dt.date | None = None) -> TermInfo | None:
    """The term in force today, else the latest one."""
    terms = list_terms(ctx, today)
    for t in terms:
        if t.current:
            return t
    return terms[0] if terms else None


def _validate_member(s: Session, term: BoardTerm, data: MemberInput) -> None:
    if not clean(data.full_name):
        raise RuleViolation("Họ và tên thành viên không được để trống.", "full_name")
    if data.role not in {r.value for r in MemberRole}:
        raise RuleViolation("Chức danh phải là Trưởng ban, Phó Trưởng ban hoặc Thành viên.", "role")
    if data.commune_post not in {c.value for c in CommunePost}:
        raise RuleViolation('Giá trị "chức vụ ở xã" không hợp lệ.', "commune_post")
    check_hamlet(s, data.hamlet_code, term.unit_code)
    if data.elected_on and data.elected_on > term.ends_on:
        raise RuleViolation(
            f"Ngày bầu ({fmt_date(data.elected_on)}) sau khi nhiệm kỳ kết thúc ({fmt_date(term.ends_on)}).",
            "elected_on",
        )
    not_before(data.left_on, data.elected_on, "Ngày thôi tham gia", "Ngày bầu")
    if data.replaces_id:
        old = get_live(s, BoardMember, data.replaces_id, "thành viên được thay thế")
        if old.term_id != term.id:
            raise RuleViolation(
                "Chỉ bầu bổ sung thay cho thành viên của cùng nhiệm kỳ.", "replaces_id"
            )


def _apply_member(m: BoardMember, data: MemberInput) -> None:
    m.full_name = clean(data.full_name)
    m.sort_name = sort_string(_given_first(m.full_name))
    m.hamlet_code = data.hamlet_code or None
    m.role = data.role
    m.elected_on, m.left_on = data.elected_on, data.left_on
    m.left_reason = clean(data.left_reason)
    m.commune_post = data.commune_post
    m.occupation = clean(data.occupation)
    m.phone = clean(data.phone)
    m.replaces_id = data.replaces_id or None


def add_member(ctx: AppContext, term_id: str, data: MemberInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        check_owned(ctx, term)
        _validate_member(s, term, data)
        m = BoardMember(term_id=term.id, unit_code=term.unit_code)
        _apply_member(m, data)
        s.add(m)
        s.flush()
        return m.id


def update_member(
    ctx: AppContext, member_id: str, data: MemberInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        m = get_live(s, BoardMember, member_id, "thành viên")
        check_owned(ctx, m)
        check_revision(m, expected_revision, "Thành viên")
        if data.replaces_id == m.id:
            raise RuleViolation("Thành viên không thể thay thế chính mình.", "replaces_id")
        _validate_member(s, get_live(s, BoardTerm, m.term_id, "nhiệm kỳ"), data)
        _apply_member(m, data)
        s.flush()
        return m.revision


def member_leaves(
    ctx: AppContext, member_id: str, on: dt.date, reason: str = "", today: dt.date | None = None
) -> None:
    """Record that a member left (resigned, moved away, died…): the seat may need refilling."""
    not_in_future(on, "Ngày thôi tham gia", today)
    with ctx.read() as s:
        m = get_live(s, BoardMember, member_id, "thành viên")
        data = _member_input(m)
        rev = m.revision
    data.left_on, data.left_reason = on, reason
    update_member(ctx, member_id, data, rev)


def delete_member(ctx: AppContext, member_id: str) -> None:
    tombstone(ctx, BoardMember, member_id, "thành viên")


def _member_input(m: BoardMember) -> MemberInput:
    return MemberInput(**{f.name: getattr(m, f.name) for f in fields(MemberInput)})


def list_members(
    ctx: AppContext, term_id: str, today: dt.date | None = None, include_left: bool = True
) -> list[MemberRow]:
    """Head first, then deputies, then members; each group in Vietnamese name order."""
    today = today or dt.date.today()
    names = hamlet_names(ctx)
    order = {MemberRole.HEAD.value: 0, MemberRole.DEPUTY.value: 1, MemberRole.MEMBER.value: 2}
    with ctx.read() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        day = min(max(today, term.starts_on), term.ends_on)
        rows = (
            s.execute(
                select(BoardMember).where(
                    BoardMember.term_id == term_id, BoardMember.deleted.is_(False)
                )
            )
            .scalars()
            .all()
        )
        out = []
        for m in rows:
            facts = _facts(m)
            active = facts.active_on(day)
            if not include_left and not active:
                continue
            out.append(
                MemberRow(
                    **asdict(_member_input(m)),
                    id=m.id,
                    term_id=m.term_id,
                    revision=m.revision,
                    hamlet_name=names.get(m.hamlet_code or "", ""),
                    active=active,
                )
            )
    out.sort(
        key=lambda r: (not r.active, order.get(r.role, 3), sort_string(_given_first(r.full_name)))
    )
    return out


def _given_first(name: str) -> str:
    # Vietnamese names sort by the given name (the last word), then the whole name.
    parts = name.split()
    return f"{parts[-1]} {name}" if parts else ""


def _facts(m: BoardMember) -> rules.MemberFacts:
    return rules.MemberFacts(
        m.id,
        m.full_name,
        m.hamlet_code,
        m.role,
        m.elected_on,
        m.left_on,
        m.commune_post,
        m.replaces_id,
    )


def check_members(ctx: AppContext, term_id: str, today: dt.date | None = None) -> list[RuleWarning]:
    """The composition warnings of a term as it stands today (or at its end, for a past term)."""
    today = today or dt.date.today()
    with ctx.read() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        members = [
            _facts(m)
            for m in s.execute(
                select(BoardMember).where(
                    BoardMember.term_id == term_id, BoardMember.deleted.is_(False)
                )
            ).scalars()
        ]
        start, end, owner = term.starts_on, term.ends_on, term.unit_code
    hamlets = [(u.code, u.full_name) for u in units.hamlets(ctx, owner)]
    return rules.check_board_members(members, hamlets, start, end, today)


# ---- plans --------------------------------------------------------------------------------


@dataclass
class PlanInput:
    period_kind: str
    title: str
    year: int | None = None
    period_no: int | None = None
    doc_no: str = ""
    issued_on: dt.date | None = None
    purpose: str = ""
    content: str = ""
    timing: str = ""
    budget_vnd: int = 0


@dataclass
class PlanRow(PlanInput):
    id: str = ""
    term_id: str = ""
    revision: int = 0
    activities: int = 0

    @property
    def period_label(self) -> str:
        return plan_period_label(self.period_kind, self.year, self.period_no)


def plan_period_label(kind: str, year: int | None, number: int | None) -> str:
    k = PeriodKind(kind)
    if k == PeriodKind.TERM:
        return "Cả nhiệm kỳ"
    try:
        return rules.period(k, year, number).label
    except RuleViolation:
        return k.label


def _validate_plan(term: BoardTerm, data: PlanInput) -> None:
    if data.period_kind not in {p.value for p in rules.PLAN_PERIODS}:
        raise RuleViolation("Kỳ kế hoạch phải là quý, 6 tháng, năm hoặc nhiệm kỳ.", "period_kind")
    if not clean(data.title):
        raise RuleViolation("Tên kế hoạch không được để trống.", "title")
    if data.period_kind != PeriodKind.TERM:
        p = rules.period(data.period_kind, data.year, data.period_no)
        if p.end < term.starts_on or p.start > term.ends_on:
            raise RuleViolation(f"{p.label} nằm ngoài nhiệm kỳ {term.name}.", "year")
    non_negative(data.budget_vnd, "Kinh phí", "budget_vnd")


def _apply_plan(p: BoardPlan, data: PlanInput) -> None:
    p.period_kind = data.period_kind
    term_plan = data.period_kind == PeriodKind.TERM
    p.year = None if term_plan else data.year
    p.period_no = (
        data.period_no if data.period_kind in (PeriodKind.QUARTER, PeriodKind.HALF) else None
    )
    p.title = clean(data.title)
    p.doc_no = clean(data.doc_no)
    p.issued_on = data.issued_on
    p.purpose = text_value(data.purpose, True)
    p.content = text_value(data.content, True)
    p.timing = text_value(data.timing, True)
    p.budget_vnd = int(data.budget_vnd or 0)


def create_plan(ctx: AppContext, term_id: str, data: PlanInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        check_owned(ctx, term)
        _validate_plan(term, data)
        p = BoardPlan(term_id=term.id, unit_code=term.unit_code)
        _apply_plan(p, data)
        s.add(p)
        s.flush()
        return p.id


def update_plan(
    ctx: AppContext, plan_id: str, data: PlanInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = get_live(s, BoardPlan, plan_id, "kế hoạch")
        check_owned(ctx, p)
        check_revision(p, expected_revision, "Kế hoạch")
        _validate_plan(get_live(s, BoardTerm, p.term_id, "nhiệm kỳ"), data)
        _apply_plan(p, data)
        s.flush()
        return p.revision


def delete_plan(ctx: AppContext, plan_id: str) -> None:
    tombstone(ctx, BoardPlan, plan_id, "kế hoạch")


def list_plans(ctx: AppContext, term_id: str, year: int | None = None) -> list[PlanRow]:
    kind_order = {
        PeriodKind.TERM.value: 0,
        PeriodKind.YEAR.value: 1,
        PeriodKind.HALF.value: 2,
        PeriodKind.QUARTER.value: 3,
    }
    with ctx.read() as s:
        q = select(BoardPlan).where(BoardPlan.term_id == term_id, BoardPlan.deleted.is_(False))
        if year:
            q = q.where(or_(BoardPlan.year == year, BoardPlan.year.is_(None)))
        counts = dict(
            s.execute(
                select(BoardActivity.plan_id, func.count())
                .where(BoardActivity.deleted.is_(False), BoardActivity.term_id == term_id)
                .group_by(BoardActivity.plan_id)
            ).all()
        )
        rows = [
            PlanRow(
                **{f.name: getattr(p, f.name) for f in fields(PlanInput)},
                id=p.id,
                term_id=p.term_id,
                revision=p.revision,
                activities=counts.get(p.id, 0),
            )
            for p in s.execute(q).scalars()
        ]
    rows.sort(key=lambda r: (r.year or 0, kind_order.get(r.period_kind, 9), r.period_no or 0))
    return rows


# ---- inspections and supervisions ---------------------------------------------------------


@dataclass
class ActivityInput:
    kind: str
    subject: str
    starts_on: dt.date
    content: str = ""
    ends_on: dt.date | None = None
    plan_id: str | None = None
    sent_mttq_on: dt.date | None = None
    sent_chairman_on: dt.date | None = None
    sent_subject_on: dt.date | None = None
    findings: str = ""
    conclusion: str = ""
    minutes_on: dt.date | None = None
    minutes_confirmed_on: dt.date | None = None
    minutes_confirmed_by: str = ""


@dataclass
class ActivityRow(ActivityInput):
    id: str = ""
    term_id: str = ""
    unit_code: str = ""
    revision: int = 0
    notice_late: bool = False
    notice_message: str = ""
    latest_notice_on: dt.date | None = None
    recommendations: int = 0
    petitions: list[dict] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return ActivityKind(self.kind).label

    @property
    def minutes_confirmed(self) -> bool:
        return self.minutes_confirmed_on is not None


@dataclass
class ActivityFilter:
    term_id: str | None = None
    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    kind: str | None = None
    text: str = ""
    notice_late_only: bool = False
    unit_code: str | None = None


def notice_check(ctx: AppContext, data: ActivityInput | ActivityRow) -> rules.NoticeCheck:
    return rules.check_notice(
        data.starts_on,
        {
            NoticeRecipient.MTTQ: data.sent_mttq_on,
            NoticeRecipient.CHAIRMAN: data.sent_chairman_on,
            NoticeRecipient.SUBJECT: data.sent_subject_on,
        },
        work_calendar(ctx),
    )


def _validate_activity(s: Session, term: BoardTerm, data: ActivityInput) -> None:
    if data.kind not in {k.value for k in ActivityKind}:
        raise RuleViolation("Loại hoạt động phải là giám sát, kiểm tra hoặc xác minh.", "kind")
    if not clean(data.subject):
        raise RuleViolation("Chưa ghi đối tượng, nội dung được giám sát, kiểm tra.", "subject")
    if not (term.starts_on <= data.starts_on <= term.ends_on):
        raise RuleViolation(
            f"Ngày bắt đầu ({fmt_date(data.starts_on)}) nằm ngoài nhiệm kỳ {term.name}.",
            "starts_on",
        )
    not_before(data.ends_on, data.starts_on, "Ngày kết thúc", "Ngày bắt đầu")
    for name, label in (
        ("sent_mttq_on", "Ngày gửi kế hoạch cho MTTQ"),
        ("sent_chairman_on", "Ngày gửi kế hoạch cho Chủ tịch UBND xã"),
        ("sent_subject_on", "Ngày gửi kế hoạch cho đối tượng"),
    ):
        sent = getattr(data, name)
        if sent and sent > data.starts_on:
            raise RuleViolation(
                f"{label} ({fmt_date(sent)}) sau ngày bắt đầu ({fmt_date(data.starts_on)}).", name
            )
    not_before(data.minutes_on, data.starts_on, "Ngày lập biên bản", "Ngày bắt đầu")
    not_before(
        data.minutes_confirmed_on,
        data.minutes_on,
        "Ngày MTTQ xác nhận biên bản",
        "Ngày lập biên bản",
    )
    if data.minutes_confirmed_on and not data.minutes_on:
        raise RuleViolation(
            "Chưa có biên bản thì chưa thể ghi ngày MTTQ xác nhận.", "minutes_confirmed_on"
        )
    if data.plan_id:
        plan = get_live(s, BoardPlan, data.plan_id, "kế hoạch")
        if plan.term_id != term.id:
            raise RuleViolation("Kế hoạch đã chọn thuộc nhiệm kỳ khác.", "plan_id")


def _apply_activity(ctx: AppContext, a: BoardActivity, data: ActivityInput) -> None:
    a.kind = data.kind
    a.subject = clean(data.subject)
    a.content = text_value(data.content, True)
    a.starts_on, a.ends_on = data.starts_on, data.ends_on
    a.plan_id = data.plan_id or None
    a.sent_mttq_on, a.sent_chairman_on, a.sent_subject_on = (
        data.sent_mttq_on,
        data.sent_chairman_on,
        data.sent_subject_on,
    )
    a.findings = text_value(data.findings, True)
    a.conclusion = text_value(data.conclusion, True)
    a.minutes_on, a.minutes_confirmed_on = data.minutes_on, data.minutes_confirmed_on
    a.minutes_confirmed_by = clean(data.minutes_confirmed_by)
    a.notice_late = notice_check(ctx, data).too_late
    a.search_text = fold(" ".join([a.subject, a.content, a.findings]))


def create_activity(ctx: AppContext, term_id: str, data: ActivityInput) -> str:
    """Record an inspection or supervision; a late notice is recorded and flagged, not refused
    (it happened; the board must see and explain it)."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        check_owned(ctx, term)
        _validate_activity(s, term, data)
        a = BoardActivity(term_id=term.id, unit_code=term.unit_code)
        _apply_activity(ctx, a, data)
        s.add(a)
        s.flush()
        return a.id


def update_activity(
    ctx: AppContext, activity_id: str, data: ActivityInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        a = get_live(s, BoardActivity, activity_id, "cuộc giám sát, kiểm tra")
        check_owned(ctx, a)
        check_revision(a, expected_revision, "Cuộc giám sát, kiểm tra")
        _validate_activity(s, get_live(s, BoardTerm, a.term_id, "nhiệm kỳ"), data)
        _apply_activity(ctx, a, data)
        s.flush()
        return a.revision


def confirm_minutes(
    ctx: AppContext,
    activity_id: str,
    minutes_on: dt.date,
    confirmed_on: dt.date,
    confirmed_by: str,
    today: dt.date | None = None,
) -> None:
    """The Fatherland Front confirms the minutes of an activity."""
    not_in_future(confirmed_on, "Ngày MTTQ xác nhận biên bản", today)
    if not clean(confirmed_by):
        raise RuleViolation("Ghi rõ người, cơ quan MTTQ xác nhận biên bản.", "minutes_confirmed_by")
    row = get_activity(ctx, activity_id)
    data = _activity_input(row)
    data.minutes_on, data.minutes_confirmed_on, data.minutes_confirmed_by = (
        minutes_on,
        confirmed_on,
        confirmed_by,
    )
    update_activity(ctx, activity_id, data, row.revision)


def delete_activity(ctx: AppContext, activity_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        a = get_live(s, BoardActivity, activity_id, "cuộc giám sát, kiểm tra")
        check_owned(ctx, a)
        if s.execute(
            select(BoardRecommendation.id).where(
                BoardRecommendation.activity_id == a.id, BoardRecommendation.deleted.is_(False)
            )
        ).first():
            raise RuleViolation("Cuộc giám sát đã có kiến nghị: hãy xóa kiến nghị trước.")
        a.deleted = True
        for link in s.execute(
            select(ActivityPetition).where(
                ActivityPetition.activity_id == a.id, ActivityPetition.deleted.is_(False)
            )
        ).scalars():
            link.deleted = True


def _activity_input(a: BoardActivity | ActivityRow) -> ActivityInput:
    return ActivityInput(**{f.name: getattr(a, f.name) for f in fields(ActivityInput)})


def _activity_filtered(q: Select, f: ActivityFilter) -> Select:
    conds = [BoardActivity.deleted.is_(False)]
    if f.term_id:
        conds.append(BoardActivity.term_id == f.term_id)
    if f.year:
        conds.append(
            BoardActivity.starts_on.between(dt.date(f.year, 1, 1), dt.date(f.year, 12, 31))
        )
    if f.start:
        conds.append(BoardActivity.starts_on >= f.start)
    if f.end:
        conds.append(BoardActivity.starts_on <= f.end)
    if f.kind:
        conds.append(BoardActivity.kind == f.kind)
    if f.notice_late_only:
        conds.append(BoardActivity.notice_late.is_(True))
    if f.unit_code:
        conds.append(BoardActivity.unit_code == f.unit_code)
    conds += like_words(BoardActivity.search_text, f.text)
    return q.where(and_(*conds))


def count_activities(ctx: AppContext, f: ActivityFilter | None = None) -> int:
    with ctx.read() as s:
        return s.execute(
            _activity_filtered(
                select(func.count()).select_from(BoardActivity), f or ActivityFilter()
            )
        ).scalar_one()


def list_activities(
    ctx: AppContext,
    f: ActivityFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    descending: bool = True,
) -> list[ActivityRow]:
    """One page, newest first (by start date)."""
    order = BoardActivity.starts_on.desc() if descending else BoardActivity.starts_on.asc()
    q = _activity_filtered(select(BoardActivity), f or ActivityFilter()).order_by(
        order, BoardActivity.id
    )
    with ctx.read() as s:
        rows = s.execute(q.offset(offset).limit(limit)).scalars().all()
        return _activity_rows(ctx, s, rows)


def _activity_rows(ctx: AppContext, s: Session, rows: list[BoardActivity]) -> list[ActivityRow]:
    ids = [a.id for a in rows]
    recs = (
        dict(
            s.execute(
                select(BoardRecommendation.activity_id, func.count())
                .where(
                    BoardRecommendation.activity_id.in_(ids), BoardRecommendation.deleted.is_(False)
                )
                .group_by(BoardRecommendation.activity_id)
            ).all()
        )
        if ids
        else {}
    )
    links: dict[str, list[dict]] = {}
    if ids:
        for link in s.execute(
            select(ActivityPetition)
            .where(ActivityPetition.activity_id.in_(ids), ActivityPetition.deleted.is_(False))
            .order_by(ActivityPetition.created_at)
        ).scalars():
            links.setdefault(link.activity_id, []).append(
                {
                    "id": link.id,
                    "petition_id": link.petition_id,
                    "ref": link.petition_ref,
                    "result": link.result,
                }
            )
    out = []
    for a in rows:
        row = ActivityRow(
            **asdict(_activity_input(a)),
            id=a.id,
            term_id=a.term_id,
            unit_code=a.unit_code,
            revision=a.revision,
            notice_late=a.notice_late,
            recommendations=recs.get(a.id, 0),
            petitions=links.get(a.id, []),
        )
        check = notice_check(ctx, row)
        row.notice_message, row.latest_notice_on = check.message(), check.latest
        out.append(row)
    return out


def get_activity(ctx: AppContext, activity_id: str) -> ActivityRow:
    with ctx.read() as s:
        return _activity_rows(
            ctx, s, [get_live(s, BoardActivity, activity_id, "cuộc giám sát, kiểm tra")]
        )[0]


def iter_activities(
    ctx: AppContext, f: ActivityFilter | None = None, batch: int = 1000
) -> Iterator[ActivityRow]:
    """Every matching activity, oldest first, a page at a time (for exports)."""
    offset = 0
    while rows := list_activities(ctx, f, offset=offset, limit=batch, descending=False):
        yield from rows
        offset += len(rows)


def link_petition(
    ctx: AppContext,
    activity_id: str,
    petition_id: str | None,
    petition_ref: str = "",
    result: str = "",
) -> str:
    """A citizen's petition verified during the activity (by its UUID when it is in this database)."""
    ctx.require(Permission.EDIT)
    if not petition_id and not clean(petition_ref):
        raise RuleViolation("Chọn đơn thư hoặc ghi số, tên đơn thư được xác minh.", "petition_ref")
    with ctx.session() as s:
        a = get_live(s, BoardActivity, activity_id, "cuộc giám sát, kiểm tra")
        check_owned(ctx, a)
        if (
            petition_id
            and s.execute(
                select(ActivityPetition.id).where(
                    ActivityPetition.activity_id == a.id,
                    ActivityPetition.petition_id == petition_id,
                    ActivityPetition.deleted.is_(False),
                )
            ).first()
        ):
            raise RuleViolation("Đơn thư này đã được gắn với cuộc giám sát.", "petition_id")
        link = ActivityPetition(
            activity_id=a.id,
            petition_id=petition_id or None,
            petition_ref=clean(petition_ref),
            result=text_value(result, True),
            unit_code=a.unit_code,
        )
        s.add(link)
        s.flush()
        return link.id


def unlink_petition(ctx: AppContext, link_id: str) -> None:
    tombstone(ctx, ActivityPetition, link_id, "liên kết đơn thư")


# ---- recommendations ----------------------------------------------------------------------


@dataclass
class RecommendationInput:
    addressee: str
    content: str
    sent_on: dt.date
    received_on: dt.date | None = None
    doc_no: str = ""
    activity_id: str | None = None


@dataclass
class RecommendationRow(RecommendationInput):
    id: str = ""
    term_id: str = ""
    unit_code: str = ""
    revision: int = 0
    due_on: dt.date | None = None
    answered_on: dt.date | None = None
    answer_ref: str = ""
    answer_summary: str = ""
    follow_up: str = FollowUp.PENDING.value
    follow_up_on: dt.date | None = None
    follow_up_note: str = ""
    status: DeadlineStatus = DeadlineStatus.ON_TRACK
    activity_subject: str = ""

    @property
    def status_label(self) -> str:
        return rules.ANSWER_LABELS[self.status]

    @property
    def overdue(self) -> bool:
        return self.status == DeadlineStatus.OVERDUE

    @property
    def follow_up_label(self) -> str:
        return FollowUp(self.follow_up).label

    def days_late(self, today: dt.date) -> int:
        """Days past the due date: until answered, or until today while unanswered."""
        if self.due_on is None:
            return 0
        end = self.answered_on or today
        return max(0, (end - self.due_on).days)


@dataclass
class RecommendationFilter:
    term_id: str | None = None
    year: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    #: "open" (not answered), "overdue", "answered", "late" (answered after the due date)
    state: str | None = None
    text: str = ""
    activity_id: str | None = None
    unit_code: str | None = None


def _validate_recommendation(
    s: Session, term: BoardTerm, data: RecommendationInput, today: dt.date
) -> None:
    if not clean(data.addressee):
        raise RuleViolation("Chưa ghi nơi nhận kiến nghị (ví dụ: Chủ tịch UBND xã).", "addressee")
    if not nfc(data.content).strip():
        raise RuleViolation("Nội dung kiến nghị không được để trống.", "content")
    not_in_future(data.sent_on, "Ngày gửi kiến nghị", today)
    not_before(data.received_on, data.sent_on, "Ngày UBND xã nhận kiến nghị", "Ngày gửi")
    not_in_future(data.received_on, "Ngày UBND xã nhận kiến nghị", today)
    if data.activity_id:
        act = get_live(s, BoardActivity, data.activity_id, "cuộc giám sát, kiểm tra")
        if act.term_id != term.id:
            raise RuleViolation("Cuộc giám sát đã chọn thuộc nhiệm kỳ khác.", "activity_id")


def _apply_recommendation(
    ctx: AppContext, r: BoardRecommendation, data: RecommendationInput
) -> None:
    r.addressee = clean(data.addressee)
    r.content = text_value(data.content, True)
    r.sent_on = data.sent_on
    r.received_on = data.received_on or data.sent_on
    r.doc_no = clean(data.doc_no)
    r.activity_id = data.activity_id or None
    r.due_on = rules.answer_due(r.received_on, work_calendar(ctx), deadline_rules(ctx)).due
    r.search_text = fold(" ".join([r.doc_no, r.addressee, r.content]))


def create_recommendation(
    ctx: AppContext, term_id: str, data: RecommendationInput, today: dt.date | None = None
) -> str:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        term = get_live(s, BoardTerm, term_id, "nhiệm kỳ")
        check_owned(ctx, term)
        _validate_recommendation(s, term, data, today)
        r = BoardRecommendation(term_id=term.id, unit_code=term.unit_code)
        _apply_recommendation(ctx, r, data)
        s.add(r)
        s.flush()
        return r.id


def update_recommendation(
    ctx: AppContext,
    rec_id: str,
    data: RecommendationInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        r = get_live(s, BoardRecommendation, rec_id, "kiến nghị")
        check_owned(ctx, r)
        check_revision(r, expected_revision, "Kiến nghị")
        _validate_recommendation(s, get_live(s, BoardTerm, r.term_id, "nhiệm kỳ"), data, today)
        _apply_recommendation(ctx, r, data)
        if r.answered_on and r.answered_on < r.received_on:
            raise RuleViolation(
                "Ngày trả lời đã ghi lại trước ngày nhận kiến nghị mới nhập.", "received_on"
            )
        s.flush()
        return r.revision


def record_answer(
    ctx: AppContext,
    rec_id: str,
    answered_on: dt.date,
    answer_ref: str = "",
    summary: str = "",
    today: dt.date | None = None,
) -> DeadlineStatus:
    """The commune's answer arrived; returns whether it came within the limit."""
    ctx.require(Permission.EDIT)
    not_in_future(answered_on, "Ngày trả lời", today)
    if not nfc(summary).strip() and not clean(answer_ref):
        raise RuleViolation(
            "Ghi số văn bản trả lời hoặc tóm tắt nội dung trả lời.", "answer_summary"
        )
    with ctx.session() as s:
        r = get_live(s, BoardRecommendation, rec_id, "kiến nghị")
        check_owned(ctx, r)
        not_before(answered_on, r.received_on, "Ngày trả lời", "Ngày nhận kiến nghị")
        r.answered_on = answered_on
        r.answer_ref = clean(answer_ref)
        r.answer_summary = text_value(summary, True)
        return rules.answer_status(r.due_on, answered_on, answered_on)


def clear_answer(ctx: AppContext, rec_id: str) -> None:
    """Undo an answer entered by mistake."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        r = get_live(s, BoardRecommendation, rec_id, "kiến nghị")
        check_owned(ctx, r)
        r.answered_on, r.answer_ref, r.answer_summary = None, "", ""


def record_follow_up(
    ctx: AppContext,
    rec_id: str,
    state: FollowUp | str,
    on: dt.date | None,
    note: str = "",
    today: dt.date | None = None,
) -> None:
    """What the commune did about the recommendation after answering it."""
    ctx.require(Permission.EDIT)
    state = FollowUp(state)
    not_in_future(on, "Ngày theo dõi", today)
    with ctx.session() as s:
        r = get_live(s, BoardRecommendation, rec_id, "kiến nghị")
        check_owned(ctx, r)
        if state != FollowUp.PENDING and r.answered_on is None:
            raise RuleViolation(
                "Kiến nghị chưa được trả lời: hãy ghi nhận trả lời trước khi theo dõi thực hiện."
            )
        not_before(on, r.answered_on, "Ngày theo dõi", "Ngày trả lời")
        r.follow_up, r.follow_up_on, r.follow_up_note = state.value, on, text_value(note, True)


def recompute_due_dates(ctx: AppContext) -> int:
    """Due dates of unanswered recommendations again, after the commune edited its calendar
    (a day off added moves a limit that ends on it); returns how many changed."""
    ctx.require(Permission.EDIT)
    cal, rules_ = work_calendar(ctx), deadline_rules(ctx)
    changed = 0
    with ctx.session() as s:
        for r in s.execute(
            select(BoardRecommendation).where(
                BoardRecommendation.deleted.is_(False), BoardRecommendation.answered_on.is_(None)
            )
        ).scalars():
            if ctx.unit_code and r.unit_code != ctx.unit_code:
                continue
            due = rules.answer_due(r.received_on, cal, rules_).due
            if due != r.due_on:
                r.due_on = due
                changed += 1
    return changed


def delete_recommendation(ctx: AppContext, rec_id: str) -> None:
    tombstone(ctx, BoardRecommendation, rec_id, "kiến nghị")


def _rec_filtered(q: Select, f: RecommendationFilter, today: dt.date) -> Select:
    conds = [BoardRecommendation.deleted.is_(False)]
    if f.term_id:
        conds.append(BoardRecommendation.term_id == f.term_id)
    if f.year:
        conds.append(
            BoardRecommendation.sent_on.between(dt.date(f.year, 1, 1), dt.date(f.year, 12, 31))
        )
    if f.start:
        conds.append(BoardRecommendation.sent_on >= f.start)
    if f.end:
        conds.append(BoardRecommendation.sent_on <= f.end)
    if f.activity_id:
        conds.append(BoardRecommendation.activity_id == f.activity_id)
    if f.unit_code:
        conds.append(BoardRecommendation.unit_code == f.unit_code)
    if f.state == "open":
        conds.append(BoardRecommendation.answered_on.is_(None))
    elif f.state == "overdue":
        conds += [BoardRecommendation.answered_on.is_(None), BoardRecommendation.due_on < today]
    elif f.state == "answered":
        conds.append(BoardRecommendation.answered_on.is_not(None))
    elif f.state == "late":
        conds.append(BoardRecommendation.answered_on > BoardRecommendation.due_on)
    conds += like_words(BoardRecommendation.search_text, f.text)
    return q.where(and_(*conds))


def count_recommendations(
    ctx: AppContext, f: RecommendationFilter | None = None, today: dt.date | None = None
) -> int:
    today = today or dt.date.today()
    with ctx.read() as s:
        return s.execute(
            _rec_filtered(
                select(func.count()).select_from(BoardRecommendation),
                f or RecommendationFilter(),
                today,
            )
        ).scalar_one()


def list_recommendations(
    ctx: AppContext,
    f: RecommendationFilter | None = None,
    today: dt.date | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    descending: bool = True,
) -> list[RecommendationRow]:
    today = today or dt.date.today()
    cal = work_calendar(ctx)
    order = BoardRecommendation.sent_on.desc() if descending else BoardRecommendation.sent_on.asc()
    q = (
        _rec_filtered(
            select(BoardRecommendation, BoardActivity.subject), f or RecommendationFilter(), today
        )
        .outerjoin(BoardActivity, BoardActivity.id == BoardRecommendation.activity_id)
        .order_by(order, BoardRecommendation.id)
        .offset(offset)
        .limit(limit)
    )
    with ctx.read() as s:
        return [_rec_row(r, subject or "", today, cal) for r, subject in s.execute(q)]


def _rec_row(
    r: BoardRecommendation, subject: str, today: dt.date, cal: WorkCalendar
) -> RecommendationRow:
    return RecommendationRow(
        r.addressee,
        r.content,
        r.sent_on,
        r.received_on,
        r.doc_no,
        r.activity_id,
        id=r.id,
        term_id=r.term_id,
        unit_code=r.unit_code,
        revision=r.revision,
        due_on=r.due_on,
        answered_on=r.answered_on,
        answer_ref=r.answer_ref,
        answer_summary=r.answer_summary,
        follow_up=r.follow_up,
        follow_up_on=r.follow_up_on,
        follow_up_note=r.follow_up_note,
        status=rules.answer_status(r.due_on, r.answered_on, today, cal),
        activity_subject=subject,
    )


def get_recommendation(
    ctx: AppContext, rec_id: str, today: dt.date | None = None
) -> RecommendationRow:
    today = today or dt.date.today()
    with ctx.read() as s:
        r = get_live(s, BoardRecommendation, rec_id, "kiến nghị")
        act = s.get(BoardActivity, r.activity_id) if r.activity_id else None
        return _rec_row(r, act.subject if act else "", today, work_calendar(ctx))


def iter_recommendations(
    ctx: AppContext,
    f: RecommendationFilter | None = None,
    today: dt.date | None = None,
    batch: int = 1000,
) -> Iterator[RecommendationRow]:
    offset = 0
    while rows := list_recommendations(ctx, f, today, offset=offset, limit=batch, descending=False):
        yield from rows
        offset += len(rows)


# ---- figures and reports ------------------------------------------------------------------


def board_figures(
    ctx: AppContext, p: Period, today: dt.date | None = None, unit_code: str | None = None
) -> BoardFigures:
    """What a report counts for the period (activities by start date, recommendations by the
    day sent; the on-time rate as it stands `today`)."""
    today = today or dt.date.today()
    code = unit_code or ctx.unit_code
    with ctx.read() as s:

        def scoped(q: Select, col: Any) -> Select:
            return q.where(col == code) if code else q

        acts = s.execute(
            scoped(
                select(
                    BoardActivity.id,
                    BoardActivity.kind,
                    BoardActivity.notice_late,
                    BoardActivity.minutes_confirmed_on,
                ).where(
                    BoardActivity.deleted.is_(False),
                    BoardActivity.starts_on.between(p.start, p.end),
                ),
                BoardActivity.unit_code,
            )
        ).all()
        ids = [a.id for a in acts]
        petitions = (
            s.execute(
                select(func.count())
                .select_from(ActivityPetition)
                .where(ActivityPetition.deleted.is_(False), ActivityPetition.activity_id.in_(ids))
            ).scalar_one()
            if ids
            else 0
        )
        plans = s.execute(
            scoped(
                select(func.count())
                .select_from(BoardPlan)
                .where(BoardPlan.deleted.is_(False), BoardPlan.issued_on.between(p.start, p.end)),
                BoardPlan.unit_code,
            )
        ).scalar_one()
        recs = s.execute(
            scoped(
                select(
                    BoardRecommendation.due_on,
                    BoardRecommendation.answered_on,
                    BoardRecommendation.follow_up,
                ).where(
                    BoardRecommendation.deleted.is_(False),
                    BoardRecommendation.sent_on.between(p.start, p.end),
                ),
                BoardRecommendation.unit_code,
            )
        ).all()
        day = min(p.end, today)
        members = s.execute(
            scoped(
                select(func.count())
                .select_from(BoardMember)
                .join(BoardTerm, BoardTerm.id == BoardMember.term_id)
                .where(
                    BoardMember.deleted.is_(False),
                    BoardTerm.deleted.is_(False),
                    BoardTerm.starts_on <= day,
                    BoardTerm.ends_on >= day,
                    or_(BoardMember.elected_on.is_(None), BoardMember.elected_on <= day),
                    or_(BoardMember.left_on.is_(None), BoardMember.left_on > day),
                ),
                BoardMember.unit_code,
            )
        ).scalar_one()
    kinds = [a.kind for a in acts]
    return BoardFigures(
        members=members,
        plans=plans,
        activities=len(acts),
        supervisions=kinds.count(ActivityKind.SUPERVISION.value),
        inspections=kinds.count(ActivityKind.INSPECTION.value),
        verifications=kinds.count(ActivityKind.VERIFICATION.value),
        notice_late=sum(1 for a in acts if a.notice_late),
        minutes_confirmed=sum(1 for a in acts if a.minutes_confirmed_on),
        petitions_verified=petitions,
        recommendations=len(recs),
        answers=rules.answer_figures(((r.due_on, r.answered_on) for r in recs), today),
        follow_up_done=sum(1 for r in recs if r.follow_up == FollowUp.DONE.value),
    )


@dataclass(frozen=True)
class UnitFigures:
    unit_code: str
    unit_name: str
    figures: BoardFigures


def figures_by_unit(ctx: AppContext, p: Period, today: dt.date | None = None) -> list[UnitFigures]:
    """For the upper level: each commune whose board records reached this database."""
    with ctx.read() as s:
        codes = sorted(
            {
                c
                for (c,) in s.execute(
                    select(BoardTerm.unit_code).where(BoardTerm.deleted.is_(False))
                )
            }
        )
        names = (
            dict(s.execute(select(Unit.code, Unit.name).where(Unit.code.in_(codes))).all())
            if codes
            else {}
        )
    return [
        UnitFigures(c, names.get(c, c), board_figures(ctx, p, today, unit_code=c)) for c in codes
    ]


@dataclass(frozen=True)
class BoardCounts:
    """One unit's board activity in a span, counted in SQL (what the upper level ranks on)."""

    activities: int = 0  # supervisions, inspections and verifications started in the span
    supervisions: int = 0
    inspections: int = 0
    verifications: int = 0
    answers: rules.AnswerFigures = field(
        default_factory=rules.AnswerFigures
    )  # recommendations sent

    @property
    def recommendations(self) -> int:
        return self.answers.total


def board_counts_by_unit(
    session: Session, start: dt.date | None, end: dt.date | None, today: dt.date
) -> dict[str, BoardCounts]:
    """Per owning unit, two grouped queries whatever the number of communes: the figures
    `board_figures` gives one unit at a time (activities by start date, recommendations by the
    day sent, each answer judged as `rules.answer_status` does as of `today`)."""

    def within(col: Any) -> list[Any]:
        return [
            c
            for c in (col >= start if start else None, col <= end if end else None)
            if c is not None
        ]

    def n(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    acts = {
        unit: (int(a), int(sv), int(ins), int(ver))
        for unit, a, sv, ins, ver in session.execute(
            select(
                BoardActivity.unit_code,
                func.count(),
                n(BoardActivity.kind == ActivityKind.SUPERVISION.value),
                n(BoardActivity.kind == ActivityKind.INSPECTION.value),
                n(BoardActivity.kind == ActivityKind.VERIFICATION.value),
            )
            .where(BoardActivity.deleted.is_(False), *within(BoardActivity.starts_on))
            .group_by(BoardActivity.unit_code)
        )
    }
    answered = BoardRecommendation.answered_on.is_not(None)
    recs = {}
    for unit, total, on_time, late, overdue in session.execute(
        select(
            BoardRecommendation.unit_code,
            func.count(),
            n(and_(answered, BoardRecommendation.answered_on <= BoardRecommendation.due_on)),
            n(and_(answered, BoardRecommendation.answered_on > BoardRecommendation.due_on)),
            n(and_(BoardRecommendation.answered_on.is_(None), BoardRecommendation.due_on < today)),
        )
        .where(BoardRecommendation.deleted.is_(False), *within(BoardRecommendation.sent_on))
        .group_by(BoardRecommendation.unit_code)
    ):
        total, on_time, late, overdue = int(total), int(on_time), int(late), int(overdue)
        recs[unit] = rules.AnswerFigures(
            total, on_time + late, on_time, late, overdue, total - on_time - late - overdue
        )
    return {
        unit: BoardCounts(*acts.get(unit, (0, 0, 0, 0)), recs.get(unit, rules.AnswerFigures()))
        for unit in set(acts) | set(recs)
    }


def board_name(ctx: AppContext) -> str:
    unit = units.get(ctx, ctx.unit_code)
    where = unit.full_name if unit else ctx.unit_code
    return f"Ban Thanh tra nhân dân {where[:1].lower()}{where[1:]}"


@dataclass
class ReportInput:
    period_kind: str
    year: int | None = None
    period_no: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    report_date: dt.date | None = None
    doc_no: str = ""
    title: str = ""


@dataclass
class ReportInfo:
    id: str
    term_id: str | None
    period: Period
    title: str
    doc_no: str
    report_date: dt.date
    narrative: str
    figures: dict
    sent_on: dt.date | None
    revision: int
    unit_code: str

    @property
    def period_kind(self) -> str:
        return self.period.kind.value


def report_period(data: ReportInput, term: TermInfo | None = None) -> Period:
    kind = PeriodKind(data.period_kind)
    if kind == PeriodKind.TERM:
        if term is None:
            raise RuleViolation("Chưa có nhiệm kỳ để lập báo cáo nhiệm kỳ.", "period_kind")
        return rules.period(kind, start=term.starts_on, end=term.ends_on, label=term.name)
    return rules.period(kind, data.year, data.period_no, start=data.start, end=data.end)


def figures_dict(f: BoardFigures) -> dict:
    d = asdict(f)
    d["answers"]["on_time_rate"] = f.answers.on_time_rate
    return d


def figures_from_dict(d: dict) -> BoardFigures:
    d = dict(d)
    answers = {k: v for k, v in (d.pop("answers", {}) or {}).items() if k != "on_time_rate"}
    known = {f.name for f in fields(BoardFigures)}
    return BoardFigures(
        **{k: v for k, v in d.items() if k in known}, answers=rules.AnswerFigures(**answers)
    )


def create_report(ctx: AppContext, data: ReportInput, today: dt.date | None = None) -> str:
    """A report for the period: figures counted now, and a draft narrative to edit."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    term = current_term(ctx, today)
    p = report_period(data, term)
    if p.start > today:
        raise RuleViolation(f"{p.label} chưa bắt đầu: chưa thể lập báo cáo.", "year")
    figures = board_figures(ctx, p, today)
    term_id = next(
        (t.id for t in list_terms(ctx, today) if t.starts_on <= p.end and t.ends_on >= p.start),
        None,
    )
    title = (
        clean(data.title)
        or f"Kết quả hoạt động của Ban Thanh tra nhân dân {p.label[:1].lower()}{p.label[1:]}"
    )
    if p.kind == PeriodKind.ADHOC and not clean(data.title):
        title = f"Báo cáo đột xuất của Ban Thanh tra nhân dân ({p.label[:1].lower()}{p.label[1:]})"
    with ctx.session() as s:
        r = BoardReport(
            unit_code=ctx.unit_code,
            term_id=term_id,
            period_kind=p.kind.value,
            year=p.year,
            period_no=p.number,
            period_start=p.start,
            period_end=p.end,
            title=title,
            doc_no=clean(data.doc_no),
            report_date=data.report_date or today,
            narrative=rules.draft_narrative(board_name(ctx), p, figures),
            figures_json=json.dumps(figures_dict(figures), ensure_ascii=False),
        )
        s.add(r)
        s.flush()
        return r.id


def update_report(
    ctx: AppContext,
    report_id: str,
    *,
    narrative: str,
    title: str,
    doc_no: str = "",
    report_date: dt.date | None = None,
    expected_revision: int | None = None,
) -> int:
    ctx.require(Permission.EDIT)
    if not clean(title):
        raise RuleViolation("Tiêu đề báo cáo không được để trống.", "title")
    with ctx.session() as s:
        r = get_live(s, BoardReport, report_id, "báo cáo")
        check_owned(ctx, r)
        check_revision(r, expected_revision, "Báo cáo")
        r.narrative = text_value(narrative, True)
        r.title = clean(title)
        r.doc_no = clean(doc_no)
        if report_date:
            r.report_date = report_date
        s.flush()
        return r.revision


def refresh_report_figures(
    ctx: AppContext, report_id: str, today: dt.date | None = None
) -> BoardFigures:
    """Count the figures again (records added since); the narrative is left as the officer wrote it."""
    ctx.require(Permission.EDIT)
    info = get_report(ctx, report_id)
    figures = board_figures(ctx, info.period, today)
    with ctx.session() as s:
        r = get_live(s, BoardReport, report_id, "báo cáo")
        check_owned(ctx, r)
        r.figures_json = json.dumps(figures_dict(figures), ensure_ascii=False)
    return figures


def mark_report_sent(
    ctx: AppContext, report_id: str, on: dt.date, today: dt.date | None = None
) -> None:
    ctx.require(Permission.EDIT)
    not_in_future(on, "Ngày gửi báo cáo", today)
    with ctx.session() as s:
        r = get_live(s, BoardReport, report_id, "báo cáo")
        check_owned(ctx, r)
        r.sent_on = on


def delete_report(ctx: AppContext, report_id: str) -> None:
    tombstone(ctx, BoardReport, report_id, "báo cáo")


def _report_info(r: BoardReport) -> ReportInfo:
    kind = PeriodKind(r.period_kind)
    if kind in (PeriodKind.TERM, PeriodKind.ADHOC):
        p = rules.period(kind, start=r.period_start, end=r.period_end)
    else:
        p = rules.period(kind, r.year, r.period_no)
    return ReportInfo(
        r.id,
        r.term_id,
        p,
        r.title,
        r.doc_no,
        r.report_date,
        r.narrative,
        json.loads(r.figures_json or "{}"),
        r.sent_on,
        r.revision,
        r.unit_code,
    )


def get_report(ctx: AppContext, report_id: str) -> ReportInfo:
    with ctx.read() as s:
        return _report_info(get_live(s, BoardReport, report_id, "báo cáo"))


def list_reports(ctx: AppContext, year: int | None = None) -> list[ReportInfo]:
    with ctx.read() as s:
        q = select(BoardReport).where(BoardReport.deleted.is_(False))
        if ctx.unit_code:
            q = q.where(BoardReport.unit_code == ctx.unit_code)
        if year:
            q = q.where(
                BoardReport.period_end >= dt.date(year, 1, 1),
                BoardReport.period_start <= dt.date(year, 12, 31),
            )
        return [
            _report_info(r)
            for r in s.execute(
                q.order_by(BoardReport.report_date.desc(), BoardReport.created_at.desc())
            ).scalars()
        ]


def activity_years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        firsts = s.execute(
            select(func.min(BoardTerm.starts_on), func.max(BoardTerm.ends_on)).where(
                BoardTerm.deleted.is_(False)
            )
        ).one()
    if firsts[0] is None:
        return [dt.date.today().year]
    last = min(firsts[1].year, dt.date.today().year + 1)
    return list(range(last, firsts[0].year - 1, -1))
