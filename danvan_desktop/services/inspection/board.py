"""The board's terms and members, with the composition warnings of `domain.inspection`."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.inspection import (
    CommunePost,
    MemberRole,
    RuleWarning,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, sort_string
from danvan_desktop.services import records, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import (
    TERM,
    check_hamlet,
    hamlet_names,
)
from danvan_desktop.store.base import Record
from danvan_desktop.store.inspection import (
    BoardActivity,
    BoardMember,
    BoardTerm,
)
from danvan_desktop.store.queries import count_live, counts_by, live_rows

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
        return records.save(s, BoardTerm, data, values={"unit_code": ctx.unit_code}).id


def update_term(
    ctx: AppContext, term_id: str, data: TermInput, expected_revision: int | None = None
) -> int:
    ctx.require(Permission.EDIT)
    _validate_term(data)
    with ctx.session() as s:
        t = records.get_owned(ctx, s, BoardTerm, term_id, "nhiệm kỳ", expected_revision)
        other = _overlapping_term(s, t.unit_code, data, skip_id=t.id)
        if other is not None:
            raise RuleViolation(f'Nhiệm kỳ trùng thời gian với "{other.name}".', "starts_on")
        return records.save(s, BoardTerm, data, row=t).revision


def delete_term(ctx: AppContext, term_id: str) -> None:
    def unused(s: Session, t: BoardTerm) -> None:
        if count_live(s, BoardActivity, BoardActivity.term_id == t.id):
            raise RuleViolation("Nhiệm kỳ đã có hoạt động được ghi nhận: không thể xóa.")

    records.tombstone(ctx, BoardTerm, term_id, "nhiệm kỳ", guard=unused)


def list_terms(
    ctx: AppContext, today: dt.date | None = None, unit_code: str | None = None
) -> list[TermInfo]:
    """Newest first; the upper level passes a commune's code to see its board."""
    today = today or dt.date.today()
    code = unit_code or ctx.unit_code
    with ctx.read() as s:
        counts = counts_by(s, BoardMember.term_id, BoardMember.left_on.is_(None))
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
        return records.get(s, cls, record_id, "hồ sơ").unit_code


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
        old = records.get(s, BoardMember, data.replaces_id, "thành viên được thay thế")
        if old.term_id != term.id:
            raise RuleViolation(
                "Chỉ bầu bổ sung thay cho thành viên của cùng nhiệm kỳ.", "replaces_id"
            )


def _save_member(
    s: Session, term: BoardTerm, data: MemberInput, row: BoardMember | None
) -> BoardMember:
    def derive(m: BoardMember) -> None:
        m.sort_name = sort_string(_given_first(m.full_name))

    return records.save(
        s,
        BoardMember,
        data,
        lambda d: _validate_member(s, term, d),
        row=row,
        values=lambda d: {
            **TERM.values(term),
            "hamlet_code": d.hamlet_code or None,
            "replaces_id": d.replaces_id or None,
        },
        derive=derive,
    )


def add_member(ctx: AppContext, term_id: str, data: MemberInput) -> str:
    return records.create_child(ctx, TERM, term_id, lambda s, t, _: _save_member(s, t, data, None))


def update_member(
    ctx: AppContext, member_id: str, data: MemberInput, expected_revision: int | None = None
) -> int:
    def check(m: BoardMember) -> None:
        if data.replaces_id == m.id:
            raise RuleViolation("Thành viên không thể thay thế chính mình.", "replaces_id")

    return records.update_child(
        ctx,
        TERM,
        BoardMember,
        member_id,
        "thành viên",
        expected_revision,
        lambda s, term, m: _save_member(s, term, data, m),
        check,
    )


def member_leaves(
    ctx: AppContext, member_id: str, on: dt.date, reason: str = "", today: dt.date | None = None
) -> None:
    """Record that a member left (resigned, moved away, died…): the seat may need refilling."""
    not_in_future(on, "Ngày thôi tham gia", today)
    with ctx.read() as s:
        m = records.get(s, BoardMember, member_id, "thành viên")
        data = _member_input(m)
        rev = m.revision
    data.left_on, data.left_reason = on, reason
    update_member(ctx, member_id, data, rev)


def delete_member(ctx: AppContext, member_id: str) -> None:
    records.tombstone(ctx, BoardMember, member_id, "thành viên")


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
        term = records.get(s, BoardTerm, term_id, "nhiệm kỳ")
        day = min(max(today, term.starts_on), term.ends_on)
        rows = live_rows(s, BoardMember, BoardMember.term_id == term_id)
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
        term = records.get(s, BoardTerm, term_id, "nhiệm kỳ")
        members = [_facts(m) for m in live_rows(s, BoardMember, BoardMember.term_id == term_id)]
        start, end, owner = term.starts_on, term.ends_on, term.unit_code
    hamlets = [(u.code, u.full_name) for u in units.hamlets(ctx, owner)]
    return rules.check_board_members(members, hamlets, start, end, today)
