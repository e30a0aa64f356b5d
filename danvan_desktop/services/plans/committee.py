"""The movement's steering committee (Ban Chỉ đạo phong trào "Dân vận khéo") and its funding.

A committee is founded by a decision (number, date, signer). Its members hold a role from one day
until another; a change of member ends the old membership the day before the newcomer's starts,
so the history stays and "the committee as at a date" is a plain query. Funding is money for the
movement or for one model in a year, in whole đồng, with its source and decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans.common import PURPOSE_LABELS, ROLE_LABELS, ROLE_ORDER
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.plans import MovementFunding, SteeringCommittee, SteeringMember

WHAT, MEMBER, FUNDING = "Ban Chỉ đạo", "thành viên Ban Chỉ đạo", "khoản kinh phí"
COMMITTEE_PARENT = records.Parent(SteeringCommittee, "committee_id", WHAT)
DEFAULT_NAME = "Ban Chỉ đạo phong trào thi đua “Dân vận khéo” xã"


@dataclass(frozen=True)
class CommitteeInput:
    decision_number: str
    decided_on: dt.date | None
    signer: str = ""
    name: str = DEFAULT_NAME
    note: str = ""


@dataclass(frozen=True)
class MemberInput:
    person_name: str
    role: str
    position: str = ""
    from_on: dt.date | None = None
    until_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class FundingInput:
    year: int
    amount: int
    decided_on: dt.date | None
    purpose: str = "movement"
    model_id: str | None = None
    description: str = ""
    source: str = ""
    decision_ref: str = ""
    note: str = ""


def check_committee(data: CommitteeInput, today: dt.date) -> None:
    if not data.decision_number:
        raise RuleViolation("Chưa nhập số quyết định thành lập.", "decision_number")
    if data.decided_on is None:
        raise RuleViolation("Chưa nhập ngày quyết định thành lập.", "decided_on")
    not_in_future(data.decided_on, "Ngày quyết định", today)
    if not data.name:
        raise RuleViolation("Chưa nhập tên Ban Chỉ đạo.", "name")


def check_member(data: MemberInput, today: dt.date) -> None:
    if not data.person_name:
        raise RuleViolation("Chưa nhập họ tên thành viên.", "person_name")
    if data.role not in ROLE_LABELS:
        raise RuleViolation("Vai trò trong Ban Chỉ đạo không hợp lệ.", "role")
    if data.from_on is None:
        raise RuleViolation("Chưa nhập ngày bắt đầu tham gia.", "from_on")
    not_before(data.until_on, data.from_on, "Ngày thôi tham gia", "Ngày bắt đầu")


def check_funding(data: FundingInput, today: dt.date) -> None:
    if not 2000 <= data.year <= 2100:
        raise RuleViolation(f"Năm {data.year} không hợp lệ.", "year")
    if type(data.amount) is not int or data.amount <= 0:
        raise RuleViolation("Số tiền phải là số đồng nguyên lớn hơn 0.", "amount")
    if data.purpose not in PURPOSE_LABELS:
        raise RuleViolation("Mục đích kinh phí không hợp lệ.", "purpose")
    if data.purpose == "model" and not data.model_id and not data.description:
        raise RuleViolation("Kinh phí cho mô hình: chọn mô hình hoặc ghi tên mô hình.", "model_id")
    if data.decided_on is None:
        raise RuleViolation("Chưa nhập ngày quyết định cấp kinh phí.", "decided_on")
    not_in_future(data.decided_on, "Ngày quyết định", today)


# ---- committee and members ------------------------------------------------------------------


def save_committee(
    ctx: AppContext,
    data: CommitteeInput,
    committee_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    """Found (or correct) a committee; a new founding decision ends the committee in force the
    day before it (its members' memberships too)."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        row = records.save(
            s,
            SteeringCommittee,
            data,
            lambda d: check_committee(d, today),
            expected_revision,
            row=committee_id,
            ctx=ctx,
            what=WHAT,
            owner=WHAT,
            values=None if committee_id else {"unit_code": ctx.unit_code},
        )
        if committee_id is None and data.decided_on is not None:
            end = data.decided_on - dt.timedelta(days=1)
            for old in s.scalars(
                select(SteeringCommittee).where(
                    SteeringCommittee.deleted.is_(False),
                    SteeringCommittee.unit_code == ctx.unit_code,
                    SteeringCommittee.id != row.id,
                    SteeringCommittee.ended_on.is_(None),
                    SteeringCommittee.decided_on < data.decided_on,
                )
            ):
                old.ended_on = end
                for m in s.scalars(
                    select(SteeringMember).where(
                        SteeringMember.committee_id == old.id,
                        SteeringMember.deleted.is_(False),
                        SteeringMember.until_on.is_(None),
                    )
                ):
                    m.until_on = max(end, m.from_on)
        return row.id


def add_member(
    ctx: AppContext, committee_id: str, data: MemberInput, today: dt.date | None = None
) -> str:
    today = today or dt.date.today()

    def save_fn(s: Session, committee: SteeringCommittee, _row: object) -> SteeringMember:
        not_before(data.from_on, committee.decided_on, "Ngày bắt đầu", "Ngày quyết định thành lập")
        return records.save(
            s,
            SteeringMember,
            data,
            lambda d: check_member(d, today),
            values=COMMITTEE_PARENT.values(committee),
        )

    return records.create_child(ctx, COMMITTEE_PARENT, committee_id, save_fn)


def update_member(
    ctx: AppContext,
    member_id: str,
    data: MemberInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    today = today or dt.date.today()

    def save_fn(s: Session, committee: SteeringCommittee, row: SteeringMember) -> SteeringMember:
        return records.save(s, SteeringMember, data, lambda d: check_member(d, today), row=row)

    return records.update_child(
        ctx, COMMITTEE_PARENT, SteeringMember, member_id, MEMBER, expected_revision, save_fn
    )


def replace_member(
    ctx: AppContext,
    member_id: str,
    on: dt.date | None,
    person_name: str,
    position: str = "",
    role: str | None = None,
    note: str = "",
    today: dt.date | None = None,
) -> str:
    """A change of member from day `on`: the old membership ends the day before, the newcomer's
    starts that day in the same role (or `role`); both rows stay. Returns the new member's id."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    if on is None:
        raise RuleViolation("Chưa nhập ngày thay đổi thành viên.", "from_on")
    not_in_future(on, "Ngày thay đổi", today)
    with ctx.session() as s:
        old = records.get_owned(ctx, s, SteeringMember, member_id, MEMBER, owner=WHAT)
        if old.until_on is not None and old.until_on < on:
            raise RuleViolation(
                f"{old.person_name} đã thôi tham gia từ {fmt_date(old.until_on)}: không thể "
                "thay người vào vị trí này sau ngày đó."
            )
        if on <= old.from_on:
            raise RuleViolation(
                f"Ngày thay đổi phải sau ngày {old.person_name} bắt đầu tham gia "
                f"({fmt_date(old.from_on)}).",
                "from_on",
            )
        committee = records.get(s, SteeringCommittee, old.committee_id, WHAT)
        data = MemberInput(
            person_name, role or old.role, position, on, None, note or f"Thay {old.person_name}"
        )
        new = records.save(
            s,
            SteeringMember,
            data,
            lambda d: check_member(d, today),
            values={**COMMITTEE_PARENT.values(committee), "replaces_id": old.id},
        )
        old.until_on = on - dt.timedelta(days=1)
        return new.id


def delete_member(ctx: AppContext, member_id: str) -> None:
    records.tombstone(ctx, SteeringMember, member_id, MEMBER, owner=WHAT)


@dataclass(frozen=True)
class MemberView:
    id: str
    committee_id: str
    person_name: str
    role: str
    position: str
    from_on: dt.date
    until_on: dt.date | None
    replaces: str  # the name of the member this one replaced
    note: str
    revision: int

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def active_on(self, day: dt.date) -> bool:
        return self.from_on <= day and (self.until_on is None or day <= self.until_on)


@dataclass(frozen=True)
class CommitteeView:
    id: str
    unit_code: str
    name: str
    decision_number: str
    decided_on: dt.date
    signer: str
    ended_on: dt.date | None
    note: str
    revision: int
    members: tuple[MemberView, ...]

    def in_force_on(self, day: dt.date) -> bool:
        return self.decided_on <= day and (self.ended_on is None or day <= self.ended_on)

    def members_on(self, day: dt.date) -> list[MemberView]:
        return [m for m in self.members if m.active_on(day)]

    def has_head_on(self, day: dt.date) -> bool:
        return self.in_force_on(day) and any(m.role == "head" for m in self.members_on(day))


def read_committees(s: Session, unit_codes: Sequence[str]) -> list[CommitteeView]:
    rows = list(
        s.scalars(
            select(SteeringCommittee).where(
                SteeringCommittee.deleted.is_(False),
                SteeringCommittee.unit_code.in_(list(unit_codes)),
            )
        )
    )
    members: dict[str, list[SteeringMember]] = {}
    if rows:
        q = select(SteeringMember).where(
            SteeringMember.deleted.is_(False),
            SteeringMember.committee_id.in_([r.id for r in rows]),
        )
        for m in s.scalars(q):
            members.setdefault(m.committee_id, []).append(m)
    out = []
    for c in rows:
        ms = members.get(c.id, [])
        names = {m.id: m.person_name for m in ms}
        views = tuple(
            sorted(
                (
                    MemberView(
                        m.id,
                        c.id,
                        m.person_name,
                        m.role,
                        m.position,
                        m.from_on,
                        m.until_on,
                        names.get(m.replaces_id or "", ""),
                        m.note,
                        m.revision,
                    )
                    for m in ms
                ),
                key=lambda m: (ROLE_ORDER.get(m.role, 9), m.from_on, m.person_name),
            )
        )
        out.append(
            CommitteeView(
                c.id,
                c.unit_code,
                c.name,
                c.decision_number,
                c.decided_on,
                c.signer,
                c.ended_on,
                c.note,
                c.revision,
                views,
            )
        )
    return sorted(out, key=lambda c: c.decided_on, reverse=True)


def committees(ctx: AppContext) -> list[CommitteeView]:
    """This unit's committees, the latest founding first (with every membership, past too)."""
    with ctx.read() as s:
        return read_committees(s, [ctx.unit_code])


def committee_on(ctx: AppContext, day: dt.date) -> CommitteeView | None:
    """The committee in force on `day`, or None."""
    return next((c for c in committees(ctx) if c.in_force_on(day)), None)


def members_on(ctx: AppContext, day: dt.date) -> list[MemberView]:
    """The committee as at a date: who sat on it that day, in role order."""
    c = committee_on(ctx, day)
    return c.members_on(day) if c else []


# ---- funding ------------------------------------------------------------------------------------


def save_funding(
    ctx: AppContext,
    data: FundingInput,
    funding_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        if data.model_id:
            model = records.get(s, DvkModel, data.model_id, "mô hình")
            records.check_owned(ctx, model, "mô hình")
        row = records.save(
            s,
            MovementFunding,
            data,
            lambda d: check_funding(d, today),
            expected_revision,
            row=funding_id,
            ctx=ctx,
            what=FUNDING,
            owner=FUNDING,
            values=None if funding_id else {"unit_code": ctx.unit_code},
        )
        if data.purpose != "model":
            row.model_id = None
        return row.id


def delete_funding(ctx: AppContext, funding_id: str) -> None:
    records.tombstone(ctx, MovementFunding, funding_id, FUNDING, owner=FUNDING)


@dataclass(frozen=True)
class FundingView:
    id: str
    unit_code: str
    year: int
    purpose: str
    model_id: str | None
    model_name: str
    description: str
    amount: int
    source: str
    decision_ref: str
    decided_on: dt.date
    note: str
    revision: int

    @property
    def purpose_label(self) -> str:
        return PURPOSE_LABELS.get(self.purpose, self.purpose)

    @property
    def what(self) -> str:
        """What the money is for, in one phrase."""
        if self.purpose == "model":
            name = self.model_name or self.description
            return f"Mô hình “{name}”" if name else "Mô hình"
        return self.description or "Phong trào thi đua “Dân vận khéo”"


def read_funding(
    s: Session,
    unit_codes: Sequence[str],
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[FundingView]:
    q = (
        select(MovementFunding, DvkModel.name)
        .outerjoin(DvkModel, DvkModel.id == MovementFunding.model_id)
        .where(MovementFunding.deleted.is_(False), MovementFunding.unit_code.in_(list(unit_codes)))
    )
    if year is not None:
        q = q.where(MovementFunding.year == year)
    if start is not None:
        q = q.where(MovementFunding.decided_on >= start)
    if end is not None:
        q = q.where(MovementFunding.decided_on <= end)
    out = [
        FundingView(
            f.id,
            f.unit_code,
            f.year,
            f.purpose,
            f.model_id,
            name or "",
            f.description,
            f.amount,
            f.source,
            f.decision_ref,
            f.decided_on,
            f.note,
            f.revision,
        )
        for f, name in s.execute(q)
    ]
    return sorted(out, key=lambda f: (f.year, f.decided_on), reverse=True)


def funding(ctx: AppContext, year: int | None = None) -> list[FundingView]:
    with ctx.read() as s:
        return read_funding(s, [ctx.unit_code], year)


def funding_totals(ctx: AppContext) -> dict[int, int]:
    """{year: total đồng} of this unit's funding."""
    out: dict[int, int] = {}
    for f in funding(ctx):
        out[f.year] = out.get(f.year, 0) + f.amount
    return out


def models_for_funding(ctx: AppContext) -> list[tuple[str, str]]:
    """(name, id) of this unit's models a funding line may name."""
    with ctx.read() as s:
        q = (
            select(DvkModel.name, DvkModel.id)
            .where(
                DvkModel.deleted.is_(False),
                or_(DvkModel.unit_code == ctx.unit_code),
            )
            .order_by(DvkModel.name)
        )
        return [(n, i) for n, i in s.execute(q)]
