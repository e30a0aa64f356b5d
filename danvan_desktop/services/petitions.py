"""Use cases of the petition register (sổ theo dõi đơn thư, DOMAIN §4).

Register a petition (numbered within its year, duplicates flagged at entry), move it along the
workflow of `domain.petitions` (illegal moves refused with the reason), keep on the petition the
deadline of the step now pending (computed by `domain.deadlines` from the rule version in force on
the receipt date, recomputed on extension, suspension and calendar edits), protect a denouncer's
identity (hidden unless the user has VIEW_CONFIDENTIAL; each reveal audited), and list, filter and
page the register in SQL fast enough for a million rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import (
    Integer,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.deadlines import DeadlineRules, DeadlineStatus, Step
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.petitions import (
    Action,
    Channel,
    PetitionKey,
    PetitionState,
    PetitionType,
    allowed_actions,
    check_transition,
    likely_duplicates,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold, nfc
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services.citizen_search import chunk_rows, citizen_rows, rows_in
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.audit import audit_view, next_counter
from danvan_desktop.store.petitions import (
    FTS_TABLE,
    CalendarDay,
    Petition,
    PetitionExtension,
    PetitionLink,
    PetitionStep,
    ReceptionPetition,
    ReceptionSession,
)
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.units import Unit

St = PetitionState
#: Fields of petitions (lĩnh vực); the register accepts others typed by the officer.
FIELDS = (
    "Đất đai",
    "Môi trường",
    "Xây dựng, trật tự đô thị",
    "Chế độ, chính sách",
    "Tài chính, ngân sách",
    "Cán bộ, công chức",
    "An ninh, trật tự",
    "Giáo dục, y tế",
    "Khác",
)
COMPLEXITY = {
    "normal": "Bình thường",
    "complex": "Phức tạp",
    "especially_complex": "Đặc biệt phức tạp",
}
#: Not yet handled or settled: these rank as "open" (longest open, hot spots of open cases).
OPEN_STATES = {St.RECEIVED, St.CLASSIFIED, St.ACCEPTED, St.VERIFYING, St.DIALOGUE, St.SUSPENDED}
#: Actions that complete the step whose deadline is pending (lateness is judged on them).
COMPLETING = {Action.ACCEPT, Action.GUIDE, Action.TRANSFER, Action.FILE_AWAY, Action.DECIDE}
RESOLVING = {Action.GUIDE, Action.TRANSFER, Action.FILE_AWAY, Action.DECIDE}
PROTECTED_TYPES = {PetitionType.DENUNCIATION, PetitionType.MIXED}
DEFAULT_WARN_DAYS = 3
HIDDEN = "(được bảo mật)"
#: Beyond this many full-text hits, a list page is found faster by walking the date index
#: (with other filters too, beyond the second figure).
FTS_DENSE = 20000
FTS_DENSE_FILTERED = 50000
#: The list screen's count stops here when it would have to scan (shown as "more than …").
COUNT_CAP = 1000


# ---- data handed to the UI -------------------------------------------------------------


@dataclass
class PetitionInput:
    """What the registration form holds (every column of the sổ theo dõi đơn thư)."""

    received_on: dt.date
    channel: str
    type: str
    summary: str
    field: str = ""
    hamlet_code: str | None = None
    citizen_name: str = ""
    citizen_id_no: str = ""
    citizen_address: str = ""
    citizen_phone: str = ""
    identity_protected: bool | None = None  # None: protected for denunciations (and mixed)
    people_count: int = 1
    is_crowd: bool = False
    complexity: str = "normal"
    remote_area: bool = False
    multi_site: bool = False
    complaint_round: int = 1
    handler: str = ""
    from_agency: str = ""
    reception_session_id: str | None = None


@dataclass(frozen=True)
class PetitionRow:
    """One line of the register list (identity already hidden when protected)."""

    id: str
    number_label: str
    received_on: dt.date
    type: str
    channel: str
    field: str
    hamlet_name: str
    summary: str
    citizen: str
    status: str
    due_on: dt.date | None
    last_due_on: dt.date | None
    deadline: str  # a DeadlineStatus value, or "" when no deadline applies
    is_crowd: bool
    handler: str
    duplicate_of_id: str | None
    resolved_on: dt.date | None
    on_time: bool | None

    @property
    def type_label(self) -> str:
        return PetitionType(self.type).label

    @property
    def status_label(self) -> str:
        return PetitionState(self.status).label

    @property
    def deadline_label(self) -> str:
        return DeadlineStatus(self.deadline).label if self.deadline else ""


@dataclass
class PetitionDetail(PetitionInput):
    id: str = ""
    year: int = 0
    number: int = 0
    number_label: str = ""
    status: str = St.RECEIVED.value
    revision: int = 0
    unit_code: str = ""
    hamlet_name: str = ""
    accepted_on: dt.date | None = None
    due_on: dt.date | None = None
    due_step: str = ""
    due_explanation: str = ""
    warn_on: dt.date | None = None
    last_due_on: dt.date | None = None
    rule_version: str = ""
    extensions: int = 0
    resolved_on: dt.date | None = None
    closed_on: dt.date | None = None
    on_time: bool | None = None
    outcome: str = ""
    transferred_to: str = ""
    duplicate_of_id: str | None = None
    deadline: str = ""
    identity_hidden: bool = False
    allowed: list[str] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    extension_list: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Identity:
    name: str
    id_no: str
    address: str
    phone: str


@dataclass(frozen=True)
class DuplicateHit:
    id: str
    number_label: str
    received_on: dt.date
    summary: str
    citizen: str
    status: str
    score: float


@dataclass
class PetitionFilter:
    text: str = ""
    status: str | None = None
    type: str | None = None
    channel: str | None = None
    field: str | None = None
    hamlet_code: str | None = None
    year: int | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    #: "overdue", "due_soon" (in the warning window), "pending" (any clock running)
    deadline: str | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    open_only: bool = False
    crowd_only: bool = False
    resolved_from: dt.date | None = None
    resolved_to: dt.date | None = None
    on_time: bool | None = None
    duplicates_only: bool = False
    ids: tuple[str, ...] | None = None
    unit_code: str | None = None
    today: dt.date | None = None


SORTS = {
    "received": (Petition.received_on, Petition.number),
    "number": (Petition.year, Petition.number),
    "due": (Petition.due_on, Petition.number),
    "status": (Petition.status, Petition.received_on),
    "type": (Petition.type, Petition.received_on),
}


# ---- rules and calendar ------------------------------------------------------------------


def deadline_rules(ctx: AppContext) -> DeadlineRules:
    rules = ctx.extra.get("deadline_rules")
    if rules is None:
        rules = ctx.extra["deadline_rules"] = DeadlineRules.load()
    return rules


def _calendar_rows(s: Session) -> list[tuple[dt.date, str, str]]:
    q = select(CalendarDay.on_date, CalendarDay.kind, CalendarDay.name).where(
        CalendarDay.deleted.is_(False)
    )
    return [tuple(r) for r in s.execute(q)]


def _calendar_from(rows: list[tuple[dt.date, str, str]]) -> WorkCalendar:
    return WorkCalendar(
        extra_days_off={d: n for d, k, n in rows if k == "day_off"},
        make_up_days={d: n for d, k, n in rows if k == "make_up"},
    )


def work_calendar(ctx: AppContext, s: Session | None = None) -> WorkCalendar:
    """The shipped holiday calendar plus this commune's days off and make-up days (cached)."""
    if s is None:
        with ctx.read() as rs:
            return work_calendar(ctx, rs)
    rows = sorted(_calendar_rows(s))
    cached = ctx.extra.get("work_calendar")
    if cached is not None and cached[0] == rows:
        return cached[1]
    cal = _calendar_from(rows)
    ctx.extra["work_calendar"] = (rows, cal)
    return cal


def warn_days(ctx: AppContext) -> int:
    with ctx.read() as s:
        raw = get_setting(s, "petition_warn_days")
    return int(raw) if raw.strip().isdigit() else DEFAULT_WARN_DAYS


def _pending_step(p: Petition) -> tuple[Step, dt.date | None] | None:
    """The step whose deadline runs now, and the date it counts from (None: from receipt)."""
    state = PetitionState(p.status)
    ptype = PetitionType(p.type)
    board = p.channel == Channel.INSPECTION_BOARD and ptype == PetitionType.RECOMMENDATION
    if state in (St.RECEIVED, St.CLASSIFIED):
        if board:
            return Step.ANSWER_BOARD_RECOMMENDATION, None
        if ptype in (PetitionType.COMPLAINT, PetitionType.MIXED):
            return Step.ACCEPT_COMPLAINT, None
        if ptype == PetitionType.DENUNCIATION:
            return Step.HANDLE_DENUNCIATION, None
        return Step.INFORM_CITIZEN, None
    if state in (St.ACCEPTED, St.VERIFYING, St.DIALOGUE):
        if board:
            return Step.ANSWER_BOARD_RECOMMENDATION, None
        if ptype in (PetitionType.COMPLAINT, PetitionType.MIXED):
            step = (
                Step.SETTLE_SECOND_COMPLAINT
                if p.complaint_round == 2
                else Step.SETTLE_FIRST_COMPLAINT
            )
            return step, p.accepted_on
        if ptype == PetitionType.DENUNCIATION:
            return Step.SETTLE_DENUNCIATION, p.accepted_on
        return Step.HANDLE_RECOMMENDATION_FEEDBACK, None
    return None


def _due(p: Petition, rules: DeadlineRules, cal: WorkCalendar, extensions: int | None = None):  # noqa: ANN202
    pending = _pending_step(p)
    if pending is None:
        return None
    step, start = pending
    return rules.compute_due(
        step,
        p.received_on,
        petition_type=p.type,
        calendar=cal,
        complex=p.complexity in ("complex", "especially_complex"),
        especially_complex=p.complexity == "especially_complex",
        remote=p.remote_area,
        multi_site=p.multi_site,
        extensions=p.extensions if extensions is None else extensions,
        start=start,
    )


def _apply_deadline(p: Petition, rules: DeadlineRules, cal: WorkCalendar, warn: int) -> None:
    """Store on the petition the deadline of the step now pending (None when no clock runs)."""
    if p.status == St.SUSPENDED:
        p.due_on = p.warn_on = None
        return
    due = _due(p, rules, cal)
    if due is None:
        p.due_on = p.warn_on = None
        p.due_step = ""
        return
    when = due.due
    if p.paused_days and due.starts_from == "acceptance":
        # Time suspended is not counted: push the deadline on, to a working day.
        when = cal.next_working_day(when + dt.timedelta(days=p.paused_days))
    p.due_on = p.last_due_on = when
    p.due_step = due.step.value
    p.rule_version = f"{due.rule_set_id} {due.version}"
    p.warn_on = cal.add_working_days(when, -warn) if warn > 0 else when


def deadline_state(
    due_on: dt.date | None,
    warn_on: dt.date | None,
    on_time: bool | None,
    resolved_on: dt.date | None,
    today: dt.date,
) -> str:
    """Where a petition stands against its deadline (a DeadlineStatus value, or "")."""
    if due_on is not None:
        if today > due_on:
            return DeadlineStatus.OVERDUE.value
        if warn_on is not None and today >= warn_on:
            return DeadlineStatus.DUE_SOON.value
        return DeadlineStatus.ON_TRACK.value
    if resolved_on is not None and on_time is not None:
        return (DeadlineStatus.CLOSED_ON_TIME if on_time else DeadlineStatus.CLOSED_LATE).value
    return ""


# ---- validation ------------------------------------------------------------------------


def _hamlet(s: Session, ctx: AppContext, code: str | None) -> Unit | None:
    if not code:
        return None
    unit = s.execute(
        select(Unit).where(Unit.code == code, Unit.deleted.is_(False))
    ).scalar_one_or_none()
    if (
        unit is None
        or unit.level not in ("hamlet", "residential_group")
        or (ctx.unit_code and unit.parent_code != ctx.unit_code)
    ):
        raise RuleViolation("Thôn, tổ dân phố không có trong danh mục của xã.", "hamlet_code")
    return unit


def _id_digits(raw: str) -> str:
    return "".join(ch for ch in nfc(raw) if ch.isalnum()).upper()


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
    digits = _id_digits(data.citizen_id_no)
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


def number_label(number: int, year: int) -> str:
    return f"{number:03d}/{year}"


def _refresh_search(p: Petition, hamlet_name: str) -> None:
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


def _apply_input(p: Petition, data: PetitionInput) -> None:
    for f in fields(PetitionInput):
        if f.name in ("reception_session_id", "identity_protected"):
            continue
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = nfc(value).strip() if f.name == "summary" else clean(value)
        setattr(p, f.name, value)
    p.citizen_id_no = _id_digits(data.citizen_id_no)
    p.identity_protected = _protected(data)
    p.people_count = int(data.people_count)
    p.complaint_round = int(data.complaint_round)
    p.hamlet_code = data.hamlet_code or None


def _get(s: Session, petition_id: str) -> Petition:
    p = s.get(Petition, petition_id)
    if p is None or p.deleted:
        raise NotFound("Không tìm thấy đơn (có thể đã bị xóa).")
    return p


def _check_owned(ctx: AppContext, p: Petition) -> None:
    if ctx.unit_code and p.unit_code != ctx.unit_code:
        raise RuleViolation("Đây là đơn của đơn vị khác: chỉ được xem, không được sửa.")


def _hamlet_name(s: Session, code: str | None) -> str:
    if not code:
        return ""
    u = s.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none()
    return u.full_name if u else ""


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
    cal = work_calendar(ctx)
    rules = deadline_rules(ctx)
    warn = warn_days(ctx)
    with ctx.session() as s:
        _validate(s, ctx, data, today)
        check_transition(
            None, Action.RECEIVE, petition_type=data.type, on=data.received_on, today=today
        )
        year = data.received_on.year
        p = Petition(unit_code=ctx.unit_code, year=year, status=St.RECEIVED.value, is_open=True)
        _apply_input(p, data)
        p.number = next_counter(s, f"petition_number:{ctx.unit_code}:{year}")
        _apply_deadline(p, rules, cal, warn)
        _refresh_search(p, _hamlet_name(s, p.hamlet_code))
        s.add(p)
        s.flush()
        s.add(
            PetitionStep(
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
        )
        if data.reception_session_id:
            s.add(
                ReceptionPetition(
                    session_id=data.reception_session_id, petition_id=p.id, unit_code=p.unit_code
                )
            )
        if duplicate_of:
            _link(s, p, duplicate_of, "duplicate", note="Đánh dấu trùng khi tiếp nhận")
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
    cal, rules, warn = work_calendar(ctx), deadline_rules(ctx), warn_days(ctx)
    with ctx.session() as s:
        p = _get(s, petition_id)
        _check_owned(ctx, p)
        if expected_revision is not None and p.revision != expected_revision:
            raise RuleViolation(
                f"Đơn đã được {p.updated_by or 'người khác'} sửa sau khi bạn mở. "
                "Hãy mở lại để xem bản mới nhất; nội dung bạn vừa nhập chưa được lưu."
            )
        _validate(
            s,
            ctx,
            replace(
                data,
                reception_session_id=None,
                citizen_id_no="" if data.citizen_id_no == HIDDEN else data.citizen_id_no,
            ),
            today,
        )
        if data.received_on.year != p.year:
            raise RuleViolation(
                "Không đổi được năm của ngày nhận đơn (số đơn được cấp theo năm).", "received_on"
            )
        if data.type != p.type and p.status not in (St.RECEIVED, St.CLASSIFIED):
            raise RuleViolation("Đơn đã được thụ lý hoặc xử lý: không đổi được loại đơn.", "type")
        first = s.execute(
            select(func.min(PetitionStep.on_date)).where(
                PetitionStep.petition_id == p.id, PetitionStep.action != Action.RECEIVE.value
            )
        ).scalar_one()
        if first is not None and data.received_on > first:
            raise RuleViolation(
                "Ngày nhận đơn không thể sau ngày của các bước xử lý đã ghi.", "received_on"
            )
        # A form showing a protected identity as hidden sends the placeholder back: keep the
        # stored identity rather than overwrite it with "(được bảo mật)".
        for name in ("citizen_name", "citizen_id_no", "citizen_address", "citizen_phone"):
            if getattr(data, name) == HIDDEN:
                data = replace(data, **{name: getattr(p, name)})
        _apply_input(p, data)
        if p.status not in (St.SUSPENDED,) and p.is_open:
            _apply_deadline(p, rules, cal, warn)
        _refresh_search(p, _hamlet_name(s, p.hamlet_code))
        s.flush()
        return p.revision


def delete_petition(ctx: AppContext, petition_id: str) -> None:
    """Tombstone a petition entered by mistake (only before it was classified)."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = _get(s, petition_id)
        _check_owned(ctx, p)
        if p.status != St.RECEIVED:
            raise RuleViolation("Chỉ xóa được đơn vừa tiếp nhận, chưa phân loại.")
        p.deleted = True
        p.search_text = ""
        for link in s.execute(
            select(ReceptionPetition).where(ReceptionPetition.petition_id == p.id)
        ).scalars():
            link.deleted = True


def take_step(
    ctx: AppContext,
    petition_id: str,
    action: Action | str,
    on: dt.date,
    *,
    note: str = "",
    actor: str = "",
    reason: str = "",
    outcome: str = "",
    transferred_to: str = "",
    today: dt.date | None = None,
) -> str:
    """Record one step of handling; returns the new status. Illegal moves raise RuleViolation."""
    act = Action(action)
    ctx.require(Permission.APPROVE if act == Action.DECIDE else Permission.EDIT)
    cal, rules, warn = work_calendar(ctx), deadline_rules(ctx), warn_days(ctx)
    with ctx.session() as s:
        p = _get(s, petition_id)
        _check_owned(ctx, p)
        last = s.execute(
            select(func.max(PetitionStep.on_date)).where(
                PetitionStep.petition_id == p.id, PetitionStep.deleted.is_(False)
            )
        ).scalar_one()
        resume_to = None
        if act == Action.RESUME:
            resume_to = s.execute(
                select(PetitionStep.from_status)
                .where(
                    PetitionStep.petition_id == p.id,
                    PetitionStep.action == Action.SUSPEND.value,
                    PetitionStep.deleted.is_(False),
                )
                .order_by(PetitionStep.on_date.desc(), PetitionStep.created_at.desc())
                .limit(1)
            ).scalar()
        new = check_transition(
            p.status,
            act,
            petition_type=p.type,
            on=on,
            previous_on=last,
            received_on=p.received_on,
            today=today,
            reason=reason or note,
            resume_to=resume_to,
        )
        if act == Action.TRANSFER and not clean(transferred_to):
            raise RuleViolation(
                "Chuyển đơn: hãy ghi cơ quan có thẩm quyền nhận đơn.", "transferred_to"
            )
        if act == Action.DECIDE and not clean(outcome):
            raise RuleViolation(
                "Hãy ghi tóm tắt kết quả giải quyết (quyết định, kết luận, trả lời).", "outcome"
            )
        old_status, old_due = p.status, p.due_on
        late = act in COMPLETING and old_due is not None and on > old_due
        if act == Action.EXTEND:
            try:
                due = _due(p, rules, cal, extensions=p.extensions + 1)
            except RuleViolation as exc:
                raise RuleViolation(exc.message, "reason") from None
            added = due.limit - _due(p, rules, cal).limit
            p.extensions += 1
            s.add(
                PetitionExtension(
                    petition_id=p.id,
                    on_date=on,
                    days=added,
                    reason=clean(reason or note),
                    old_due_on=old_due,
                    unit_code=p.unit_code,
                    by_user=ctx.user.username,
                )
            )
        if act == Action.ACCEPT:
            p.accepted_on = on
        if act in RESOLVING:
            p.resolved_on = on
            p.on_time = not late
        if act == Action.DECIDE:
            p.outcome = nfc(outcome).strip()
        if act == Action.TRANSFER:
            p.transferred_to = clean(transferred_to)
        if act == Action.SUSPEND:
            p.suspended_on = on
        if act == Action.RESUME and p.suspended_on is not None:
            p.paused_days += (on - p.suspended_on).days
            p.suspended_on = None
        if act == Action.WITHDRAW:
            p.resolved_on, p.on_time = None, None
        if act == Action.CLOSE:
            p.closed_on = on
        p.status = new.value
        p.is_open = new in OPEN_STATES
        _apply_deadline(p, rules, cal, warn)
        if act == Action.EXTEND:
            ext = s.execute(
                select(PetitionExtension)
                .where(PetitionExtension.petition_id == p.id)
                .order_by(PetitionExtension.created_at.desc())
                .limit(1)
            ).scalar_one()
            ext.new_due_on = p.due_on
        _refresh_search(p, _hamlet_name(s, p.hamlet_code))
        text_note = clean(note or reason)
        s.add(
            PetitionStep(
                petition_id=p.id,
                action=act.value,
                from_status=old_status,
                to_status=p.status,
                on_date=on,
                by_user=ctx.user.username,
                actor=clean(actor) or ctx.user.full_name,
                note=text_note,
                due_on=p.due_on,
                late=late,
                unit_code=p.unit_code,
            )
        )
        return p.status


def extend(
    ctx: AppContext,
    petition_id: str,
    on: dt.date,
    reason: str,
    *,
    actor: str = "",
    today: dt.date | None = None,
) -> dt.date | None:
    """Gia hạn giải quyết (with the reason); returns the new deadline."""
    take_step(ctx, petition_id, Action.EXTEND, on, reason=reason, actor=actor, today=today)
    with ctx.read() as s:
        return _get(s, petition_id).due_on


def _link(
    s: Session, p: Petition, other_id: str, kind: str, score: float = 0, note: str = ""
) -> None:
    other = _get(s, other_id)
    if other.id == p.id:
        raise RuleViolation("Không thể liên kết một đơn với chính nó.")
    exists = s.execute(
        select(PetitionLink.id).where(
            PetitionLink.petition_id == p.id,
            PetitionLink.other_id == other.id,
            PetitionLink.deleted.is_(False),
        )
    ).first()
    if exists:
        raise RuleViolation(
            f"Đơn đã được liên kết với đơn số {number_label(other.number, other.year)}."
        )
    s.add(
        PetitionLink(
            petition_id=p.id,
            other_id=other.id,
            kind=kind,
            score=int(round(score * 100)),
            note=clean(note),
            unit_code=p.unit_code,
        )
    )
    if kind == "duplicate":
        # Point at the first petition of the chain so repeats group under one original.
        p.duplicate_of_id = other.duplicate_of_id or other.id


def link_duplicate(
    ctx: AppContext, petition_id: str, other_id: str, note: str = "", score: float = 0
) -> None:
    """Mark `petition_id` as a repeat of the earlier petition `other_id`."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = _get(s, petition_id)
        _check_owned(ctx, p)
        _link(s, p, other_id, "duplicate", score, note)


def unlink_duplicate(ctx: AppContext, petition_id: str, other_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = _get(s, petition_id)
        _check_owned(ctx, p)
        for link in s.execute(
            select(PetitionLink).where(
                PetitionLink.petition_id == p.id,
                PetitionLink.other_id == other_id,
                PetitionLink.deleted.is_(False),
            )
        ).scalars():
            link.deleted = True
        remaining = (
            s.execute(
                select(PetitionLink.other_id).where(
                    PetitionLink.petition_id == p.id,
                    PetitionLink.kind == "duplicate",
                    PetitionLink.deleted.is_(False),
                )
            )
            .scalars()
            .first()
        )
        p.duplicate_of_id = remaining


def find_duplicates(
    ctx: AppContext,
    data: PetitionInput,
    *,
    exclude_id: str | None = None,
    threshold: float = 0.75,
    limit: int = 5,
) -> list[DuplicateHit]:
    """Likely repeats of the petition being entered: same person, ID number, address or content.

    Candidates come from indexed columns (ID number, folded name, hamlet in the last two years),
    so the check stays quick on a large register; scoring is the domain's fuzzy comparison.
    """
    key = PetitionKey(
        name=data.citizen_name,
        id_number=data.citizen_id_no,
        address=data.citizen_address,
        content=data.summary,
    )
    conds = []
    digits = _id_digits(data.citizen_id_no)
    if digits:
        conds.append(Petition.citizen_id_no == digits)
    if fold(data.citizen_name):
        conds.append(Petition.name_key == fold(data.citizen_name))
    since = (data.received_on or dt.date.today()) - dt.timedelta(days=730)
    with ctx.read() as s:
        ids: list[str] = []
        if conds:
            q = select(Petition.id).where(Petition.deleted.is_(False))
            for c in conds:
                ids += (
                    s.execute(q.where(c).order_by(Petition.received_on.desc()).limit(200))
                    .scalars()
                    .all()
                )
        if data.hamlet_code:
            ids += (
                s.execute(
                    select(Petition.id)
                    .where(
                        Petition.deleted.is_(False),
                        Petition.hamlet_code == data.hamlet_code,
                        Petition.received_on >= since,
                    )
                    .order_by(Petition.received_on.desc())
                    .limit(400)
                )
                .scalars()
                .all()
            )
        if not ids and data.citizen_address:
            ids += (
                s.execute(
                    select(Petition.id)
                    .where(
                        Petition.deleted.is_(False),
                        Petition.address_key == fold(data.citizen_address),
                    )
                    .limit(200)
                )
                .scalars()
                .all()
            )
        ids = [i for i in dict.fromkeys(ids) if i != exclude_id]
        rows = {}
        for chunk in range(0, len(ids), 500):
            for p in s.execute(
                select(Petition).where(Petition.id.in_(ids[chunk : chunk + 500]))
            ).scalars():
                rows[p.id] = p
        others = [
            PetitionKey(
                name=p.citizen_name,
                id_number=p.citizen_id_no,
                address=p.citizen_address,
                content=p.summary,
                ref=p.id,
            )
            for p in rows.values()
        ]
        hits = likely_duplicates(key, others, threshold)[:limit]
        return [
            DuplicateHit(
                id=k.ref,
                number_label=number_label(rows[k.ref].number, rows[k.ref].year),
                received_on=rows[k.ref].received_on,
                summary=rows[k.ref].summary,
                citizen=_shown_name(rows[k.ref]),
                status=rows[k.ref].status,
                score=score,
            )
            for k, score in hits
        ]


def _shown_name(p: Petition) -> str:
    # Lists never show a protected identity, whoever looks: revealing is a separate, audited act.
    return HIDDEN if p.identity_protected and p.citizen_name else p.citizen_name


def reveal_identity(ctx: AppContext, petition_id: str) -> Identity:
    """A denouncer's identity, for a user with the right; the view is written to the audit log."""
    ctx.require(Permission.VIEW_CONFIDENTIAL)
    with ctx.session() as s:
        p = _get(s, petition_id)
        audit_view(s, "petitions", p.id, "Danh tính người gửi đơn")
        return Identity(p.citizen_name, p.citizen_id_no, p.citizen_address, p.citizen_phone)


# ---- calendar edits ----------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarEntry:
    id: str
    on_date: dt.date
    kind: str
    name: str


def calendar_days(ctx: AppContext, year: int | None = None) -> list[CalendarEntry]:
    q = select(CalendarDay).where(CalendarDay.deleted.is_(False)).order_by(CalendarDay.on_date)
    with ctx.read() as s:
        return [
            CalendarEntry(c.id, c.on_date, c.kind, c.name)
            for c in s.execute(q).scalars()
            if year is None or c.on_date.year == year
        ]


def add_calendar_day(ctx: AppContext, on: dt.date, kind: str, name: str = "") -> str:
    """Add an extra day off ("day_off") or a make-up working day ("make_up"); open deadlines follow."""
    ctx.require(Permission.EDIT)
    if kind not in ("day_off", "make_up"):
        raise RuleViolation("Loại ngày phải là ngày nghỉ hoặc ngày làm bù.", "kind")
    with ctx.session() as s:
        if s.execute(
            select(CalendarDay.id).where(CalendarDay.on_date == on, CalendarDay.deleted.is_(False))
        ).first():
            raise RuleViolation(f"Ngày {fmt_date(on)} đã có trong lịch điều chỉnh.", "on_date")
        rows = _calendar_rows(s) + [(on, kind, clean(name))]
        _calendar_from(rows)  # refuses a day both off and made up, or outside the calendar
        c = CalendarDay(
            on_date=on,
            kind=kind,
            unit_code=ctx.unit_code,
            name=clean(name) or ("Ngày nghỉ bổ sung" if kind == "day_off" else "Ngày làm bù"),
        )
        s.add(c)
        s.flush()
        cid = c.id
    recompute_open_deadlines(ctx)
    return cid


def remove_calendar_day(ctx: AppContext, entry_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        c = s.get(CalendarDay, entry_id)
        if c is None or c.deleted:
            raise NotFound("Không tìm thấy ngày điều chỉnh.")
        c.deleted = True
    recompute_open_deadlines(ctx)


def recompute_open_deadlines(ctx: AppContext, batch: int = 500) -> int:
    """Recompute the deadline of every petition whose clock runs (after a calendar edit)."""
    cal, rules, warn = work_calendar(ctx), deadline_rules(ctx), warn_days(ctx)
    changed = 0
    last_id = ""
    while True:
        with ctx.session() as s:
            rows = list(
                s.execute(
                    select(Petition)
                    .where(
                        Petition.deleted.is_(False),
                        Petition.due_on.is_not(None),
                        Petition.id > last_id,
                    )
                    .order_by(Petition.id)
                    .limit(batch)
                ).scalars()
            )
            if not rows:
                return changed
            for p in rows:
                before = p.due_on
                _apply_deadline(p, rules, cal, warn)
                changed += p.due_on != before
            last_id = rows[-1].id


# ---- queries ----------------------------------------------------------------------------


def _has_fts(ctx: AppContext) -> bool:
    flag = ctx.extra.get("petition_fts")
    if flag is None:
        flag = False
        if ctx.engine.dialect.name == "sqlite":
            with ctx.engine.connect() as conn:
                flag = (
                    conn.execute(
                        text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}
                    ).first()
                    is not None
                )
        ctx.extra["petition_fts"] = flag
    return flag


def search_chunks(text_: str) -> list[str]:
    """The folded search text cut into chunks, each matched as a substring.

    A word of one or two letters is glued to the next word ("o nhiem"), or to the one before
    when it is the last ("nguyen v", as it is typed), so every chunk has at least three letters
    — what the trigram index can look up — unless the whole query is that short.
    """
    chunks: list[str] = []
    pending = ""
    for word in fold(text_).split():
        word = f"{pending} {word}" if pending else word
        pending = ""
        if len(word) < 3:
            pending = word
        else:
            chunks.append(word)
    if pending:
        if chunks:
            chunks[-1] += " " + pending
        else:
            chunks.append(pending)
    return chunks


def _fts_query(chunks: list[str]) -> str:
    return " ".join('"' + c.replace('"', '""') + '"' for c in chunks)


def _like(chunk: str):  # noqa: ANN202
    escaped = chunk.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Petition.search_text.like(f"%{escaped}%", escape="\\")


def _fts_hits(s: Session, match: str, limit: int | None = None) -> int:
    """Rows the full-text index matches; with `limit`, counting stops past it (cheap when dense)."""
    if limit is None:
        return s.execute(
            text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m"), {"m": match}
        ).scalar()
    return s.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m LIMIT :n)"
        ),
        {"m": match, "n": limit + 1},
    ).scalar()


def _text_conds(ctx: AppContext, s: Session, chunks: list[str], others: bool) -> tuple[list, bool]:
    """Search conditions, and whether they scan (LIKE) rather than look up (FTS5).

    The trigram index answers when its hits are few enough to fetch; when a chunk matches a
    large share of the register (or the query is one or two letters), LIKE on the folded
    column is faster: walking the date index finds a page of matches at once. With other
    filters the index is used up to more hits, since the walk may then pass many rows.
    """
    conds, scans = _search_text_conds(ctx, s, chunks, others)
    citizen = citizen_rows(ctx, s, chunks)
    if citizen:  # or in a citizen's name and address (decrypted in memory)
        return [or_(and_(*conds), rows_in(ctx, citizen))], scans
    mixed = chunk_rows(ctx, s, chunks)
    if mixed:  # a name and other words: each chunk in the search text or in the name
        return [and_(*(or_(_like(c), rows_in(ctx, mixed[c])) for c in chunks))], True
    return conds, scans


def _search_text_conds(
    ctx: AppContext, s: Session, chunks: list[str], others: bool
) -> tuple[list, bool]:
    if not _has_fts(ctx) or any(len(c) < 3 for c in chunks):
        return [_like(c) for c in chunks], True
    match = _fts_query(chunks)
    dense = FTS_DENSE_FILTERED if others else FTS_DENSE
    if _fts_hits(s, match, dense) > dense:
        return [_like(c) for c in chunks], True
    fts = (
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m")
        .bindparams(m=match)
        .columns(column("rowid", Integer))
    )
    return [Petition.row_no.in_(fts)], False


def _conds(f: PetitionFilter) -> list:
    today = f.today or dt.date.today()
    conds = [Petition.deleted.is_(False)]
    for col, value in (
        (Petition.status, f.status),
        (Petition.type, f.type),
        (Petition.channel, f.channel),
        (Petition.field, f.field),
        (Petition.hamlet_code, f.hamlet_code),
        (Petition.year, f.year),
        (Petition.unit_code, f.unit_code),
    ):
        if value not in (None, ""):
            conds.append(col == value)
    if f.received_from:
        conds.append(Petition.received_on >= f.received_from)
    if f.received_to:
        conds.append(Petition.received_on <= f.received_to)
    if f.deadline == "overdue":
        conds.append(Petition.due_on < today)
    elif f.deadline == "due_soon":
        conds += [Petition.due_on >= today, Petition.warn_on <= today]
    elif f.deadline == "pending":
        conds.append(Petition.due_on.is_not(None))
    if f.due_from:
        conds.append(Petition.due_on >= f.due_from)
    if f.due_to:
        conds.append(Petition.due_on <= f.due_to)
    if f.open_only:
        conds.append(Petition.is_open.is_(True))
    if f.crowd_only:
        conds.append(Petition.is_crowd.is_(True))
    if f.resolved_from:
        conds.append(Petition.resolved_on >= f.resolved_from)
    if f.resolved_to:
        conds.append(Petition.resolved_on <= f.resolved_to)
    if f.on_time is not None:
        conds.append(Petition.on_time.is_(f.on_time))
    if f.duplicates_only:
        conds.append(Petition.duplicate_of_id.is_not(None))
    if f.ids is not None:
        conds.append(Petition.id.in_(list(f.ids)))
    return conds


def _only_text(f: PetitionFilter) -> bool:
    return f == PetitionFilter(text=f.text, today=f.today)


def count_petitions(
    ctx: AppContext, f: PetitionFilter | None = None, *, cap: int | None = None
) -> int:
    """How many petitions match. With `cap`, a count of a text search stops past `cap`
    (returns cap + 1: the list shows "more than cap") so a keystroke never waits on it."""
    f = f or PetitionFilter()
    chunks = search_chunks(f.text)
    with ctx.read() as s:
        if (
            chunks
            and _only_text(f)
            and _has_fts(ctx)
            and all(len(c) >= 3 for c in chunks)
            and not citizen_rows(ctx, s, chunks)
            and not chunk_rows(ctx, s, chunks)
        ):
            # Tombstones carry no search text, so the index count is the answer.
            return _fts_hits(s, _fts_query(chunks), cap)
        text_conds, scans = _text_conds(ctx, s, chunks, True) if chunks else ([], False)
        q = select(Petition.id).where(and_(*_conds(f), *text_conds))
        if cap is not None and scans:
            return s.execute(
                select(func.count()).select_from(q.limit(cap + 1).subquery())
            ).scalar_one()
        return s.execute(
            select(func.count()).select_from(Petition).where(and_(*_conds(f), *text_conds))
        ).scalar_one()


def _row_query(conds: list) -> Select:
    return (
        select(
            Petition.id,
            Petition.number,
            Petition.year,
            Petition.received_on,
            Petition.type,
            Petition.channel,
            Petition.field,
            Unit.name,
            Unit.kind_label,
            Petition.summary,
            Petition.citizen_name,
            Petition.identity_protected,
            Petition.status,
            Petition.due_on,
            Petition.warn_on,
            Petition.last_due_on,
            Petition.is_crowd,
            Petition.handler,
            Petition.duplicate_of_id,
            Petition.resolved_on,
            Petition.on_time,
        )
        .select_from(Petition)
        .outerjoin(Unit, Unit.code == Petition.hamlet_code)
        .where(and_(*conds))
    )


def _to_row(r, today: dt.date) -> PetitionRow:  # noqa: ANN001
    hamlet = r[7] or ""
    if r[8] and hamlet and not hamlet.lower().startswith(r[8].lower()):
        hamlet = f"{r[8]} {hamlet}"
    citizen = HIDDEN if r[11] and r[10] else r[10]
    return PetitionRow(
        id=r[0],
        number_label=number_label(r[1], r[2]),
        received_on=r[3],
        type=r[4],
        channel=r[5],
        field=r[6],
        hamlet_name=hamlet,
        summary=r[9],
        citizen=citizen,
        status=r[12],
        due_on=r[13],
        last_due_on=r[15],
        deadline=deadline_state(r[13], r[14], r[20], r[19], today),
        is_crowd=bool(r[16]),
        handler=r[17],
        duplicate_of_id=r[18],
        resolved_on=r[19],
        on_time=r[20],
    )


def _rowid():  # noqa: ANN202
    return literal_column("petition.rowid")


def list_petitions(
    ctx: AppContext,
    f: PetitionFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "received",
    descending: bool = True,
) -> list[PetitionRow]:
    """One page of the register, filtered and sorted in SQL (newest first by default).

    On SQLite the page is found first by row id alone (an index-only walk, cheap even at a
    large offset), then only its rows are read and joined.
    """
    f = f or PetitionFilter()
    today = f.today or dt.date.today()
    cols = SORTS.get(sort, SORTS["received"])
    order = [c.desc() if descending else c.asc() for c in cols]
    chunks = search_chunks(f.text)
    with ctx.read() as s:
        text_conds = _text_conds(ctx, s, chunks, not _only_text(f))[0] if chunks else []
        conds = [*_conds(f), *text_conds]
        if ctx.engine.dialect.name == "sqlite":
            page = (
                select(_rowid())
                .select_from(Petition)
                .where(and_(*conds))
                .order_by(*order)
                .offset(offset)
                .limit(limit)
            )
            q = _row_query([_rowid().in_(page)]).order_by(*order)
        else:
            q = _row_query(conds).order_by(*order, Petition.id).offset(offset).limit(limit)
        return [_to_row(r, today) for r in s.execute(q)]


def iter_petitions(
    ctx: AppContext, f: PetitionFilter | None = None, batch: int = 2000, descending: bool = False
) -> Iterator[PetitionRow]:
    """Every matching petition in register order (year, number), streamed for exports.

    Keyset paging on (year, number, id): each batch starts after the last row of the one
    before, so the export stays linear however long the register.
    """
    f = f or PetitionFilter()
    today = f.today or dt.date.today()
    chunks = search_chunks(f.text)
    after: tuple | None = None
    while True:
        with ctx.read() as s:
            text_conds = _text_conds(ctx, s, chunks, True)[0] if chunks else []
            conds = [*_conds(f), *text_conds]
            key = tuple_(Petition.year, Petition.number, Petition.id)
            if after is not None:
                conds.append(key < after if descending else key > after)
            order = [Petition.year, Petition.number, Petition.id]
            q = (
                _row_query(conds)
                .order_by(*[c.desc() if descending else c for c in order])
                .limit(batch)
            )
            raw = list(s.execute(q.add_columns(Petition.year, Petition.number, Petition.id)))
        if not raw:
            return
        for r in raw:
            yield _to_row(r, today)
        last = raw[-1]
        after = (last[-3], last[-2], last[-1])


def get_petition(ctx: AppContext, petition_id: str, today: dt.date | None = None) -> PetitionDetail:
    """The whole case: register fields (identity hidden when protected), steps, extensions, links."""
    today = today or dt.date.today()
    rules = deadline_rules(ctx)
    with ctx.read() as s:
        p = _get(s, petition_id)
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
            hamlet_name=_hamlet_name(s, p.hamlet_code),
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
                d.due_explanation = _due(p, rules, cal).explanation
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
            for st in s.execute(
                select(PetitionStep)
                .where(PetitionStep.petition_id == p.id, PetitionStep.deleted.is_(False))
                .order_by(PetitionStep.on_date, PetitionStep.created_at)
            ).scalars()
        ]
        d.extension_list = [
            {
                "on": e.on_date,
                "days": e.days,
                "reason": e.reason,
                "old_due": e.old_due_on,
                "new_due": e.new_due_on,
            }
            for e in s.execute(
                select(PetitionExtension)
                .where(PetitionExtension.petition_id == p.id, PetitionExtension.deleted.is_(False))
                .order_by(PetitionExtension.on_date, PetitionExtension.created_at)
            ).scalars()
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
            for rs in s.execute(
                select(ReceptionSession)
                .join(ReceptionPetition, ReceptionPetition.session_id == ReceptionSession.id)
                .where(ReceptionPetition.petition_id == p.id, ReceptionPetition.deleted.is_(False))
            ).scalars()
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


def years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        return [
            y
            for (y,) in s.execute(
                select(Petition.year)
                .where(Petition.deleted.is_(False))
                .distinct()
                .order_by(Petition.year.desc())
            )
        ]


def fields_in_use(ctx: AppContext) -> list[str]:
    """The shipped fields plus any others officers typed, for the filter and the form."""
    with ctx.read() as s:
        used = [
            f
            for (f,) in s.execute(
                select(Petition.field).where(Petition.deleted.is_(False)).distinct()
            )
            if f
        ]
    return list(dict.fromkeys([*FIELDS, *sorted(used)]))
