"""Registering petitions (sổ theo dõi đơn thư, DOMAIN §4): enter one (numbered within its year,
a repeat linked at entry), correct it, delete one entered by mistake, read the whole case, and
reveal a protected denouncer's identity to a user with the right (each reveal audited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import (
    Action,
    Channel,
    PetitionState,
    PetitionType,
    allowed_actions,
    check_transition,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import (
    COMPLEXITY,
    HIDDEN,
    OWNER,
    PROTECTED_TYPES,
    WHAT,
    Identity,
    PetitionDetail,
    PetitionInput,
    St,
    id_digits,
    number_label,
)
from danvan_desktop.services.petitions.deadlines import (
    apply_deadline,
    clock,
    deadline_rules,
    deadline_state,
    due_of,
    work_calendar,
)
from danvan_desktop.services.petitions.duplicates import add_link
from danvan_desktop.store.audit import audit_view, next_counter
from danvan_desktop.store.petition_queries import (
    first_handling_on,
    petition_sessions,
    session_links,
)
from danvan_desktop.store.petitions import (
    Petition,
    PetitionExtension,
    PetitionLink,
    PetitionStep,
    ReceptionPetition,
    ReceptionSession,
)
from danvan_desktop.store.queries import live_rows, live_unit, unit_full_name
from danvan_desktop.store.units import Unit

# ---- validation ------------------------------------------------------------------------


def _hamlet(s: Session, ctx: AppContext, code: str | None) -> Unit | None:
    if not code:
        return None
    unit = live_unit(s, code)
    if (
        unit is None
        or unit.level not in ("hamlet", "residential_group")
        or (ctx.unit_code and unit.parent_code != ctx.unit_code)
    ):
        raise RuleViolation("Thôn, tổ dân phố không có trong danh mục của xã.", "hamlet_code")
    return unit


def _validate(
    s: Session, ctx: AppContext, data: PetitionInput, today: dt.date | None = None
) -> None:
    today = today or dt.date.today()
    if not isinstance(data.received_on, dt.date):
        raise RuleViolation("Chưa nhập ngày nhận đơn.", "received_on")
    if data.received_on > today:
        raise RuleViolation(
            f"Ngày nhận đơn không thể là ngày trong tương lai ({fmt_date(data.received_on)}).",
            "received_on",
        )
    if data.received_on.year < 2000:
        raise RuleViolation("Ngày nhận đơn không hợp lệ (trước năm 2000).", "received_on")
    if data.channel not in {c.value for c in Channel}:
        raise RuleViolation(
            "Chưa chọn nguồn đơn (tiếp công dân, bưu chính, chuyển đến…).", "channel"
        )
    if data.type not in {t.value for t in PetitionType}:
        raise RuleViolation("Chưa chọn loại đơn (khiếu nại, tố cáo, kiến nghị, phản ánh).", "type")
    if not clean(data.summary):
        raise RuleViolation("Nội dung tóm tắt của đơn không được để trống.", "summary")
    if data.complexity not in COMPLEXITY:
        raise RuleViolation("Mức độ phức tạp không hợp lệ.", "complexity")
    if int(data.complaint_round) not in (1, 2):
        raise RuleViolation("Khiếu nại chỉ có lần đầu hoặc lần hai.", "complaint_round")
    if int(data.people_count) < 1:
        raise RuleViolation("Số người đứng đơn ít nhất là 1.", "people_count")
    digits = id_digits(data.citizen_id_no)
    if digits and (not digits.isdigit() or len(digits) not in (9, 12)):
        raise RuleViolation("Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số.", "citizen_id_no")
    if data.channel == Channel.TRANSFERRED and not clean(data.from_agency):
        raise RuleViolation(
            "Đơn do cơ quan khác chuyển đến: hãy ghi tên cơ quan chuyển.", "from_agency"
        )
    _hamlet(s, ctx, data.hamlet_code)
    if data.reception_session_id:
        rs = s.get(ReceptionSession, data.reception_session_id)
        if rs is None or rs.deleted:
            raise RuleViolation(
                "Không tìm thấy buổi tiếp công dân đã chọn.", "reception_session_id"
            )
        if data.received_on < rs.held_on:
            raise RuleViolation(
                "Ngày nhận đơn không thể trước ngày của buổi tiếp công dân.", "received_on"
            )


def _protected(data: PetitionInput) -> bool:
    if data.identity_protected is not None:
        return bool(data.identity_protected)
    return PetitionType(data.type) in PROTECTED_TYPES


def refresh_search(p: Petition, hamlet_name: str) -> None:
    """Derived keys: the list's search text (no identity: it is not encrypted) and the
    duplicate keys (keyed HMACs in the file, store.sealed.BlindIndex)."""
    parts = [
        number_label(p.number, p.year),
        str(p.number),
        p.summary,
        p.field,
        hamlet_name,
        p.handler,
        p.from_agency,
        p.transferred_to,
    ]
    p.search_text = "" if p.deleted else fold(" ".join(x for x in parts if x))
    p.name_key = fold(p.citizen_name)
    p.address_key = fold(p.citizen_address)


#: Form fields that are not copied to the petition as typed (set from `_input_values`).
_NOT_COPIED = ("reception_session_id", "identity_protected", "citizen_id_no")


def _input_values(data: PetitionInput) -> dict:
    """Columns the form's data sets after conversion (the records core copies the rest)."""
    return {
        "citizen_id_no": id_digits(data.citizen_id_no),
        "identity_protected": _protected(data),
        "people_count": int(data.people_count),
        "complaint_round": int(data.complaint_round),
        "hamlet_code": data.hamlet_code or None,
    }


def _save(
    ctx: AppContext,
    s: Session,
    data: PetitionInput,
    validate: Callable[[PetitionInput], None],
    row: Petition | None = None,
    values: Callable[[PetitionInput], dict] = _input_values,
) -> Petition:
    """Save the register form through the records core; a new petition is numbered within its
    year, and an open one gets the deadline of the step pending."""
    cal, rules, warn = clock(ctx)

    def derive(p: Petition) -> None:
        if row is None:
            p.number = next_counter(s, f"petition_number:{ctx.unit_code}:{p.year}")
        if p.status != St.SUSPENDED and p.is_open:
            apply_deadline(p, rules, cal, warn)
        refresh_search(p, unit_full_name(s, p.hamlet_code))

    return records.save(
        s, Petition, data, validate, row=row, skip=_NOT_COPIED, values=values, derive=derive
    )


# ---- commands ---------------------------------------------------------------------------


def register_petition(
    ctx: AppContext,
    data: PetitionInput,
    *,
    duplicate_of: str | None = None,
    actor: str = "",
    today: dt.date | None = None,
) -> str:
    """Enter a petition in the register; returns its id. `duplicate_of` links it to an earlier one."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:

        def validate(d: PetitionInput) -> None:
            _validate(s, ctx, d, today)
            check_transition(
                None, Action.RECEIVE, petition_type=d.type, on=d.received_on, today=today
            )

        def values(d: PetitionInput) -> dict:
            new = {"unit_code": ctx.unit_code, "status": St.RECEIVED.value, "is_open": True}
            return {**new, "year": d.received_on.year, **_input_values(d)}

        p = _save(ctx, s, data, validate, values=values)
        records.add(
            s,
            PetitionStep,
            petition_id=p.id,
            action=Action.RECEIVE.value,
            from_status="",
            to_status=p.status,
            on_date=p.received_on,
            by_user=ctx.user.username,
            actor=clean(actor) or ctx.user.full_name,
            note=f"Nguồn đơn: {Channel(p.channel).label}",
            due_on=p.due_on,
            unit_code=p.unit_code,
        )
        if data.reception_session_id:
            records.add(
                s,
                ReceptionPetition,
                session_id=data.reception_session_id,
                petition_id=p.id,
                unit_code=p.unit_code,
            )
        if duplicate_of:
            add_link(s, p, duplicate_of, "duplicate", note="Đánh dấu trùng khi tiếp nhận")
        return p.id


def update_petition(
    ctx: AppContext,
    petition_id: str,
    data: PetitionInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Save the register form; deadlines are recomputed (complexity, remote area… change them)."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, Petition, petition_id, WHAT, expected_revision, owner=OWNER)
        # A form showing a protected identity as hidden sends the placeholder back: keep the
        # stored identity rather than overwrite it with "(được bảo mật)".
        for name in ("citizen_name", "citizen_id_no", "citizen_address", "citizen_phone"):
            if getattr(data, name) == HIDDEN:
                data = replace(data, **{name: getattr(p, name)})

        def validate(d: PetitionInput) -> None:
            _validate(s, ctx, replace(d, reception_session_id=None), today)
            if d.received_on.year != p.year:
                raise RuleViolation(
                    "Không đổi được năm của ngày nhận đơn (số đơn được cấp theo năm).",
                    "received_on",
                )
            if d.type != p.type and p.status not in (St.RECEIVED, St.CLASSIFIED):
                raise RuleViolation(
                    "Đơn đã được thụ lý hoặc xử lý: không đổi được loại đơn.", "type"
                )
            first = first_handling_on(s, p.id, Action.RECEIVE.value)
            if first is not None and d.received_on > first:
                raise RuleViolation(
                    "Ngày nhận đơn không thể sau ngày của các bước xử lý đã ghi.", "received_on"
                )

        return _save(ctx, s, data, validate, row=p).revision


def delete_petition(ctx: AppContext, petition_id: str) -> None:
    """Tombstone a petition entered by mistake (only before it was classified)."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, Petition, petition_id, WHAT, owner=OWNER)
        if p.status != St.RECEIVED:
            raise RuleViolation("Chỉ xóa được đơn vừa tiếp nhận, chưa phân loại.")
        p.deleted = True
        p.search_text = ""
        records.tombstone_rows(session_links(s, petition_id=p.id))


def reveal_identity(ctx: AppContext, petition_id: str) -> Identity:
    """A denouncer's identity, for a user with the right; the view is written to the audit log."""
    ctx.require(Permission.VIEW_CONFIDENTIAL)
    with ctx.session() as s:
        p = records.get(s, Petition, petition_id, WHAT)
        audit_view(s, "petitions", p.id, "Danh tính người gửi đơn")
        return Identity(p.citizen_name, p.citizen_id_no, p.citizen_address, p.citizen_phone)


def get_petition(ctx: AppContext, petition_id: str, today: dt.date | None = None) -> PetitionDetail:
    """The whole case: register fields (identity hidden when protected), steps, extensions, links."""
    today = today or dt.date.today()
    rules = deadline_rules(ctx)
    with ctx.read() as s:
        p = records.get(s, Petition, petition_id, WHAT)
        cal = work_calendar(ctx, s)
        base = {
            f.name: getattr(p, f.name)
            for f in fields(PetitionInput)
            if f.name not in ("reception_session_id", "identity_protected")
        }
        d = PetitionDetail(
            **base,
            identity_protected=p.identity_protected,
            id=p.id,
            year=p.year,
            number=p.number,
            number_label=number_label(p.number, p.year),
            status=p.status,
            revision=p.revision,
            unit_code=p.unit_code,
            hamlet_name=unit_full_name(s, p.hamlet_code),
            accepted_on=p.accepted_on,
            due_on=p.due_on,
            due_step=p.due_step,
            warn_on=p.warn_on,
            last_due_on=p.last_due_on,
            rule_version=p.rule_version,
            extensions=p.extensions,
            resolved_on=p.resolved_on,
            closed_on=p.closed_on,
            on_time=p.on_time,
            outcome=p.outcome,
            transferred_to=p.transferred_to,
            duplicate_of_id=p.duplicate_of_id,
        )
        d.deadline = deadline_state(p.due_on, p.warn_on, p.on_time, p.resolved_on, today)
        if p.due_on is not None:
            try:
                d.due_explanation = due_of(p, rules, cal).explanation
            except RuleViolation:
                d.due_explanation = ""
        if p.identity_protected:
            d.identity_hidden = True
            d.citizen_name = HIDDEN if p.citizen_name else ""
            d.citizen_id_no = d.citizen_address = d.citizen_phone = (
                HIDDEN if (p.citizen_id_no or p.citizen_address or p.citizen_phone) else ""
            )
        d.allowed = [a.value for a in allowed_actions(PetitionState(p.status), p.type)]
        d.steps = [
            {
                "action": st.action,
                "from": st.from_status,
                "to": st.to_status,
                "on": st.on_date,
                "by": st.by_user,
                "actor": st.actor,
                "note": st.note,
                "due_on": st.due_on,
                "late": st.late,
            }
            for st in live_rows(
                s,
                PetitionStep,
                PetitionStep.petition_id == p.id,
                order_by=(PetitionStep.on_date, PetitionStep.created_at),
            )
        ]
        d.extension_list = [
            {
                "on": e.on_date,
                "days": e.days,
                "reason": e.reason,
                "old_due": e.old_due_on,
                "new_due": e.new_due_on,
            }
            for e in live_rows(
                s,
                PetitionExtension,
                PetitionExtension.petition_id == p.id,
                order_by=(PetitionExtension.on_date, PetitionExtension.created_at),
            )
        ]
        links = (
            s.execute(
                select(PetitionLink).where(
                    PetitionLink.deleted.is_(False),
                    (PetitionLink.petition_id == p.id) | (PetitionLink.other_id == p.id),
                )
            )
            .scalars()
            .all()
        )
        for link in links:
            other_id = link.other_id if link.petition_id == p.id else link.petition_id
            o = s.get(Petition, other_id)
            if o is None or o.deleted:
                continue
            d.links.append(
                {
                    "id": o.id,
                    "number_label": number_label(o.number, o.year),
                    "kind": link.kind,
                    "direction": "earlier" if link.petition_id == p.id else "later",
                    "summary": o.summary,
                    "received_on": o.received_on,
                    "status": o.status,
                }
            )
        d.sessions = [
            {"id": rs.id, "held_on": rs.held_on, "place": rs.place}
            for rs in petition_sessions(s, p.id)
        ]
        if d.sessions:
            d.reception_session_id = d.sessions[0]["id"]
        return d


def as_input(d: PetitionDetail, identity: Identity | None = None) -> PetitionInput:
    """The form's data from a detail; a hidden identity must be supplied (revealed) to re-save it."""
    data = PetitionInput(**{f.name: getattr(d, f.name) for f in fields(PetitionInput)})
    if d.identity_hidden:
        if identity is None:
            raise RuleViolation(
                "Danh tính người gửi đơn đang được bảo mật: cần xem danh tính trước khi sửa đơn."
            )
        data.citizen_name, data.citizen_id_no = identity.name, identity.id_no
        data.citizen_address, data.citizen_phone = identity.address, identity.phone
    return data
