"""Citizen reception sessions (tiếp công dân, DOMAIN §4) and the monthly compliance with the
required frequency of each presiding role (rules as data: resources/rules/reception_frequency.json).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date, not_before
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import number_label, shown_name
from danvan_desktop.store.petition_queries import (
    earliest_received_at_session,
    session_links,
    session_petitions,
)
from danvan_desktop.store.petitions import Dialogue, Petition, ReceptionPetition, ReceptionSession
from danvan_desktop.store.queries import count_live, date_span, in_span

PRESIDER_ROLES = {
    "chairman": "Chủ tịch UBND xã",
    "party_secretary": "Bí thư Đảng ủy xã",
    "vice_chairman": "Phó Chủ tịch UBND xã",
    "other": "Cán bộ được giao",
}
FORMS = {"in_person": "Trực tiếp", "online": "Trực tuyến"}
KINDS = {"regular": "Định kỳ", "ad_hoc": "Đột xuất"}
#: How the records core names a session in its messages.
WHAT, OWNER = "buổi tiếp công dân", "buổi tiếp"


@dataclass
class SessionInput:
    held_on: dt.date
    presider_role: str = "chairman"
    presider_name: str = ""
    place: str = "Trụ sở tiếp công dân xã"
    form: str = "in_person"
    kind: str = "regular"
    visits: int = 0
    people: int = 0
    crowd_cases: int = 0
    content: str = ""
    conclusion_no: str = ""
    conclusion_on: dt.date | None = None
    conclusion_text: str = ""
    notes: str = ""


@dataclass
class SessionDetail(SessionInput):
    id: str = ""
    revision: int = 0
    unit_code: str = ""
    petitions: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class SessionRow:
    id: str
    held_on: dt.date
    presider_role: str
    presider_name: str
    place: str
    form: str
    kind: str
    visits: int
    people: int
    crowd_cases: int
    petitions: int
    has_conclusion: bool

    @property
    def presider_label(self) -> str:
        return PRESIDER_ROLES.get(self.presider_role, self.presider_role)


@dataclass(frozen=True)
class ComplianceRow:
    """Held / required reception days of one presiding role in one month."""

    month: int
    role: str
    label: str
    held: int
    required: int
    legal_basis: str

    @property
    def ok(self) -> bool:
        return self.held >= self.required


@dataclass(frozen=True)
class DialogueCompliance:
    year: int
    label: str
    held: int
    required: int
    legal_basis: str


# ---- rules ------------------------------------------------------------------------------


def frequency_rules(ctx: AppContext | None = None) -> dict:
    """The frequency rules (cached on the context); a broken file gives a Vietnamese message."""
    if ctx is not None and "reception_rules" in ctx.extra:
        return ctx.extra["reception_rules"]
    path = default_rules_dir() / "reception_frequency.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleFileError(f"Không tìm thấy tệp quy định tần suất tiếp công dân: {path}") from None
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"Tệp {path.name} không phải JSON hợp lệ: dòng {exc.lineno}.") from None
    for i, rule in enumerate(data.get("reception", [])):
        if rule.get("per") not in ("week", "month") or int(rule.get("min_days", 0)) < 1:
            raise RuleFileError(
                f"Tệp {path.name}: quy định reception[{i}] phải có per = week/month và min_days ≥ 1."
            )
    if ctx is not None:
        ctx.extra["reception_rules"] = data
    return data


# ---- validation --------------------------------------------------------------------------


def _validate(data: SessionInput, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if not isinstance(data.held_on, dt.date):
        raise RuleViolation("Chưa nhập ngày tiếp công dân.", "held_on")
    if data.held_on > today:
        raise RuleViolation(
            f"Ngày tiếp công dân không thể là ngày trong tương lai ({fmt_date(data.held_on)}).",
            "held_on",
        )
    if data.held_on.year < 2000:
        raise RuleViolation("Ngày tiếp công dân không hợp lệ.", "held_on")
    if data.presider_role not in PRESIDER_ROLES:
        raise RuleViolation("Chưa chọn người chủ trì buổi tiếp.", "presider_role")
    if data.form not in FORMS:
        raise RuleViolation("Hình thức tiếp phải là trực tiếp hoặc trực tuyến.", "form")
    if data.kind not in KINDS:
        raise RuleViolation("Buổi tiếp phải là định kỳ hoặc đột xuất.", "kind")
    for name, label in (
        ("visits", "Số lượt tiếp"),
        ("people", "Số người"),
        ("crowd_cases", "Số đoàn đông người"),
    ):
        if int(getattr(data, name) or 0) < 0:
            raise RuleViolation(f"{label} không thể là số âm.", name)
    if int(data.people or 0) and int(data.visits or 0) > int(data.people):
        raise RuleViolation("Số lượt tiếp không thể lớn hơn số người được tiếp.", "visits")
    not_before(data.conclusion_on, data.held_on, "Ngày thông báo kết luận", "Ngày tiếp")
    if data.conclusion_on and data.conclusion_on > today:
        raise RuleViolation(
            "Ngày thông báo kết luận không thể là ngày trong tương lai.", "conclusion_on"
        )


def _get_owned(ctx: AppContext, s: Session, session_id: str) -> ReceptionSession:
    return records.get_owned(ctx, s, ReceptionSession, session_id, WHAT, owner=OWNER)


# ---- commands ---------------------------------------------------------------------------


def create_session(ctx: AppContext, data: SessionInput, today: dt.date | None = None) -> str:
    ctx.require(Permission.EDIT)
    _validate(data, today)
    with ctx.session() as s:
        return records.save(s, ReceptionSession, data, values={"unit_code": ctx.unit_code}).id


def update_session(
    ctx: AppContext, session_id: str, data: SessionInput, today: dt.date | None = None
) -> int:
    ctx.require(Permission.EDIT)
    _validate(data, today)
    with ctx.session() as s:
        r = _get_owned(ctx, s, session_id)
        first = earliest_received_at_session(s, r.id)
        if first is not None and data.held_on > first:
            raise RuleViolation(
                "Ngày tiếp không thể sau ngày nhận của các đơn đã nhận tại buổi tiếp này.",
                "held_on",
            )
        return records.save(s, ReceptionSession, data, row=r).revision


def delete_session(ctx: AppContext, session_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        r = _get_owned(ctx, s, session_id)
        linked = count_live(s, ReceptionPetition, ReceptionPetition.session_id == r.id)
        if linked:
            raise RuleViolation(
                f"Buổi tiếp đã có {linked} đơn được ghi nhận: hãy gỡ liên kết các đơn trước khi xóa."
            )
        r.deleted = True


def link_petition(ctx: AppContext, session_id: str, petition_id: str) -> None:
    """Record that a petition already in the register was received at this session."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        r = _get_owned(ctx, s, session_id)
        p = records.get(s, Petition, petition_id, "đơn")
        if p.received_on < r.held_on:
            raise RuleViolation(
                "Đơn nhận trước ngày của buổi tiếp: không thể ghi là nhận tại buổi tiếp này."
            )
        if session_links(s, session_id=r.id, petition_id=p.id):
            raise RuleViolation("Đơn đã được ghi nhận tại buổi tiếp này.")
        records.add(s, ReceptionPetition, session_id=r.id, petition_id=p.id, unit_code=r.unit_code)


def unlink_petition(ctx: AppContext, session_id: str, petition_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        records.tombstone_rows(session_links(s, session_id=session_id, petition_id=petition_id))


# ---- queries ----------------------------------------------------------------------------


def list_sessions(
    ctx: AppContext, year: int | None = None, presider_role: str | None = None
) -> list[SessionRow]:
    counts = (
        select(ReceptionPetition.session_id, func.count().label("n"))
        .where(ReceptionPetition.deleted.is_(False))
        .group_by(ReceptionPetition.session_id)
        .subquery()
    )
    q = (
        select(ReceptionSession, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.session_id == ReceptionSession.id)
        .where(ReceptionSession.deleted.is_(False))
    )
    q = q.where(*in_span(ReceptionSession.held_on, year))
    if presider_role:
        q = q.where(ReceptionSession.presider_role == presider_role)
    with ctx.read() as s:
        return [
            SessionRow(
                r.id,
                r.held_on,
                r.presider_role,
                r.presider_name,
                r.place,
                r.form,
                r.kind,
                r.visits,
                r.people,
                r.crowd_cases,
                n,
                bool(r.conclusion_text or r.conclusion_no),
            )
            for r, n in s.execute(
                q.order_by(ReceptionSession.held_on.desc(), ReceptionSession.created_at.desc())
            )
        ]


def get_session(ctx: AppContext, session_id: str) -> SessionDetail:
    with ctx.read() as s:
        r = records.get(s, ReceptionSession, session_id, WHAT)
        d = SessionDetail(
            **{f.name: getattr(r, f.name) for f in fields(SessionInput)},
            id=r.id,
            revision=r.revision,
            unit_code=r.unit_code,
        )
        d.petitions = [
            {
                "id": p.id,
                "number_label": number_label(p.number, p.year),
                "type": p.type,
                "summary": p.summary,
                "citizen": shown_name(p),
                "status": p.status,
                "received_on": p.received_on,
            }
            for p in session_petitions(s, r.id)
        ]
        return d


def years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        first, last = date_span(s, ReceptionSession.held_on)
    if first is None or last is None:  # both or neither: min and max of the same column
        return [dt.date.today().year]
    return list(range(last.year, first.year - 1, -1))


def _mondays_in_month(year: int, month: int, until: dt.date) -> list[dt.date]:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(7 - d.weekday()) % 7)
    out = []
    while d.month == month and d <= until:
        out.append(d)
        d += dt.timedelta(days=7)
    return out


def compliance(ctx: AppContext, year: int, today: dt.date | None = None) -> list[ComplianceRow]:
    """Per month and presiding role: reception days held against the days required.

    A weekly rule counts weeks (Monday to Sunday, each week in the month its Monday falls in)
    with at least one reception day; a monthly rule counts distinct reception days. Months not
    yet begun are left out, and the current month requires only the weeks already started.
    """
    today = today or dt.date.today()
    rules = frequency_rules(ctx)["reception"]
    start, end = dt.date(year, 1, 1) - dt.timedelta(days=6), dt.date(year, 12, 31)
    with ctx.read() as s:
        rows = s.execute(
            select(ReceptionSession.presider_role, ReceptionSession.held_on)
            .where(
                ReceptionSession.deleted.is_(False),
                ReceptionSession.held_on >= start,
                ReceptionSession.held_on <= end,
            )
            .distinct()
        ).all()
    days: dict[str, set[dt.date]] = {}
    for role, held_on in rows:
        days.setdefault(role, set()).add(held_on)
    out: list[ComplianceRow] = []
    for month in range(1, 13):
        if dt.date(year, month, 1) > today:
            break
        for rule in rules:
            role = rule["presider_role"]
            held_days = days.get(role, set())
            if rule["per"] == "week":
                per_week = int(rule["min_days"])
                mondays = _mondays_in_month(year, month, today)
                week_of = [d - dt.timedelta(days=d.weekday()) for d in held_days]
                held = sum(min(per_week, week_of.count(m)) for m in mondays)
                required = len(mondays) * per_week
            else:
                held = sum(1 for d in held_days if d.year == year and d.month == month)
                required = int(rule["min_days"])
            out.append(
                ComplianceRow(
                    month,
                    role,
                    rule.get("label", PRESIDER_ROLES.get(role, role)),
                    held,
                    required,
                    rule.get("legal_basis", ""),
                )
            )
    return out


def dialogue_compliance(ctx: AppContext, year: int) -> list[DialogueCompliance]:
    """Dialogue conferences held in the year against the required number (per kind)."""
    out = []
    with ctx.read() as s:
        for rule in frequency_rules(ctx).get("dialogue", []):
            held = count_live(
                s,
                Dialogue,
                Dialogue.kind == rule["kind"],
                *in_span(Dialogue.held_on, year),
            )
            out.append(
                DialogueCompliance(
                    year,
                    rule.get("label", rule["kind"]),
                    held,
                    int(rule.get("min_count", 1)),
                    rule.get("legal_basis", ""),
                )
            )
    return out
