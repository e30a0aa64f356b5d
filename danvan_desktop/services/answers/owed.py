"""Answers the commune owes: voters' petitions passed down after a People's Council session and
the Fatherland Front's recommendations after its supervision or social criticism. Each item's
due day is derived at save (services.answers.rules on the commune's calendar); its status is
judged against the due day and today when read."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold, nfc
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services import records
from danvan_desktop.services.answers.rules import (
    FRONT_KINDS,
    STATUS_LABELS,
    Source,
    due,
    status,
)
from danvan_desktop.services.calendar import work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.answers import FrontActivity, OwedAnswer

ITEM = "kiến nghị"
ACTIVITY = "cuộc giám sát, phản biện"


# ---- the Front's supervisions and social criticism ---------------------------------------------


@dataclass
class ActivityInput:
    subject: str
    held_on: dt.date
    kind: str = "supervision"
    doc_no: str = ""
    note: str = ""


@dataclass
class ActivityRow(ActivityInput):
    id: str = ""
    revision: int = 0
    items: int = 0
    open_items: int = 0

    @property
    def kind_label(self) -> str:
        return FRONT_KINDS.get(self.kind, self.kind)


def _check_activity(data: ActivityInput) -> None:
    if not data.subject:
        raise RuleViolation("Cần nhập nội dung giám sát, phản biện.", "subject")
    if data.kind not in FRONT_KINDS:
        raise RuleViolation("Hình thức phải là giám sát hoặc phản biện xã hội.", "kind")
    if data.held_on is None:
        raise RuleViolation("Cần nhập ngày giám sát, phản biện.", "held_on")


def save_activity(
    ctx: AppContext,
    data: ActivityInput,
    activity_id: str | None = None,
    revision: int | None = None,
) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.save(
            s,
            FrontActivity,
            data,
            _check_activity,
            revision,
            row=activity_id,
            ctx=ctx,
            what=ACTIVITY,
            values={} if activity_id else {"unit_code": ctx.unit_code},
        )
        if activity_id:  # its recommendations are found by its subject too
            for item in s.scalars(select(OwedAnswer).where(OwedAnswer.activity_id == row.id)):
                item.search_text = _search_text(item, row.subject)
        return row.id


def delete_activity(ctx: AppContext, activity_id: str) -> None:
    def guard(s: Session, row: FrontActivity) -> None:
        if s.scalar(
            select(OwedAnswer.id).where(
                OwedAnswer.activity_id == row.id, OwedAnswer.deleted.is_(False)
            )
        ):
            raise RuleViolation(
                "Cuộc giám sát, phản biện này còn kiến nghị: hãy xóa kiến nghị trước."
            )

    records.tombstone(ctx, FrontActivity, activity_id, ACTIVITY, guard=guard)


def list_activities(ctx: AppContext, today: dt.date) -> list[ActivityRow]:
    with ctx.read() as s:
        acts = s.scalars(
            select(FrontActivity)
            .where(FrontActivity.deleted.is_(False), FrontActivity.unit_code == ctx.unit_code)
            .order_by(FrontActivity.held_on.desc())
        ).all()
        items = s.execute(
            select(OwedAnswer.activity_id, OwedAnswer.answered_on).where(
                OwedAnswer.deleted.is_(False), OwedAnswer.source == Source.FRONT.value
            )
        ).all()
    out = []
    for a in acts:
        mine = [answered for aid, answered in items if aid == a.id]
        out.append(
            ActivityRow(
                a.subject,
                a.held_on,
                a.kind,
                a.doc_no,
                a.note,
                a.id,
                a.revision,
                len(mine),
                sum(1 for x in mine if x is None),
            )
        )
    return out


# ---- items owed an answer -----------------------------------------------------------------------


@dataclass
class OwedInput:
    content: str
    received_on: dt.date
    source: str = Source.VOTERS.value
    body: str = ""
    session_name: str = ""
    activity_id: str | None = None
    field: str = ""
    responsible: str = ""
    #: the item's own period in days (None: the rule's), and why
    period_days: int | None = None
    period_reason: str = ""


@dataclass
class OwedRow(OwedInput):
    id: str = ""
    revision: int = 0
    unit_code: str = ""
    due_on: dt.date | None = None
    answered_on: dt.date | None = None
    answer: str = ""
    answer_ref: str = ""
    answered_by: str = ""
    status: DeadlineStatus = DeadlineStatus.ON_TRACK
    activity_subject: str = ""

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def origin(self) -> str:
        """Where it came from: "HĐND xã – Kỳ họp thứ 10" or the Front's activity."""
        if self.source == Source.FRONT.value:
            return self.activity_subject
        return " – ".join(x for x in (self.body, self.session_name) if x)

    def days_late(self, today: dt.date) -> int:
        if self.due_on is None:
            return 0
        end = self.answered_on or today
        return max((end - self.due_on).days, 0)


def _check_item(data: OwedInput) -> None:
    errors = []
    if data.source not in (Source.VOTERS.value, Source.FRONT.value):
        raise RuleViolation("Nguồn kiến nghị phải là cử tri hoặc Mặt trận Tổ quốc.", "source")
    if data.received_on is None:
        errors.append(("Cần nhập ngày nhận kiến nghị.", "received_on"))
    if not data.content:
        errors.append(("Nội dung kiến nghị không được để trống.", "content"))
    if data.source == Source.VOTERS.value and not data.body:
        errors.append(("Cần ghi cơ quan chuyển kiến nghị cử tri (ví dụ: HĐND xã).", "body"))
    if data.source == Source.FRONT.value and not data.activity_id:
        errors.append(("Cần chọn cuộc giám sát, phản biện xã hội của MTTQ.", "activity_id"))
    if data.period_days is not None and not data.period_reason:
        errors.append(("Đặt thời hạn riêng thì phải ghi lý do.", "period_reason"))
    if errors:
        raise RuleViolation(errors[0][0], errors[0][1])


def _search_text(row: OwedAnswer, subject: str = "") -> str:
    parts = (
        row.content,
        row.body,
        row.session_name,
        row.field,
        row.responsible,
        row.answer_ref,
        row.answered_by,
        subject,
    )
    return fold(" ".join(p for p in parts if p))


def _derive(cal: WorkCalendar, subject: str):  # noqa: ANN202 - a closure for records.save
    def derive(row: OwedAnswer) -> None:
        row.due_on = due(row.source, row.received_on, cal, row.period_days).due
        if row.answered_on is not None and row.answered_on < row.received_on:
            raise RuleViolation(
                f"Ngày nhận kiến nghị ({fmt_date(row.received_on)}) không thể sau ngày đã trả "
                f"lời ({fmt_date(row.answered_on)}).",
                "received_on",
            )
        row.search_text = _search_text(row, subject)

    return derive


def save_item(
    ctx: AppContext,
    data: OwedInput,
    item_id: str | None = None,
    revision: int | None = None,
) -> str:
    """Create (item_id None) or edit a voters' petition or a Front recommendation."""
    ctx.require(Permission.EDIT)
    cal = work_calendar(ctx)
    if data.period_days == 0:  # a form's empty spin box: no period of its own
        data = dataclasses.replace(data, period_days=None)
    with ctx.session() as s:
        subject = ""
        if data.source == Source.FRONT.value and data.activity_id:
            subject = records.get(s, FrontActivity, data.activity_id, ACTIVITY).subject
        if data.source == Source.VOTERS.value:
            data = dataclasses.replace(data, activity_id=None)
        row = records.save(
            s,
            OwedAnswer,
            data,
            _check_item,
            revision,
            row=item_id,
            ctx=ctx,
            what=ITEM,
            values={} if item_id else {"unit_code": ctx.unit_code},
            derive=_derive(cal, subject),
        )
        return row.id


def record_answer(
    ctx: AppContext,
    item_id: str,
    answered_on: dt.date | None,
    answer: str,
    answer_ref: str = "",
    answered_by: str = "",
    today: dt.date | None = None,
) -> DeadlineStatus:
    """The commune answered: date and content are required; the date may not precede the
    date the item was received nor be in the future. Returns on time or late."""
    ctx.require(Permission.EDIT)
    if answered_on is None:
        raise RuleViolation("Cần nhập ngày trả lời.", "answered_on")
    if not nfc(answer).strip():
        raise RuleViolation("Cần nhập nội dung trả lời.", "answer")
    not_in_future(answered_on, "Ngày trả lời", today)
    with ctx.session() as s:
        row = records.get_owned(ctx, s, OwedAnswer, item_id, ITEM)
        not_before(answered_on, row.received_on, "Ngày trả lời", "Ngày nhận kiến nghị")
        values = {
            "answered_on": answered_on,
            "answer": answer,
            "answer_ref": answer_ref,
            "answered_by": answered_by,
        }
        records.save(s, OwedAnswer, values, row=row)
        row.search_text = _search_text(row, _subject(s, row))
        return status(row.due_on, answered_on, answered_on)


def clear_answer(ctx: AppContext, item_id: str) -> None:
    """Undo an answer entered by mistake."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.get_owned(ctx, s, OwedAnswer, item_id, ITEM)
        row.answered_on, row.answer, row.answer_ref, row.answered_by = None, "", "", ""


def delete_item(ctx: AppContext, item_id: str) -> None:
    records.tombstone(ctx, OwedAnswer, item_id, ITEM)


def _subject(s: Session, row: OwedAnswer) -> str:
    if not row.activity_id:
        return ""
    act = s.get(FrontActivity, row.activity_id)
    return act.subject if act is not None else ""


# ---- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwedFilter:
    source: str | None = None  # "voters", "front" or None: both
    #: None, "open" (not answered), "due_soon", "overdue", "answered", "late"
    state: str | None = None
    text: str = ""
    ids: Sequence[str] = field(default_factory=tuple)
    activity_id: str | None = None


def _row(r: OwedAnswer, subjects: dict[str, str], today: dt.date, cal: WorkCalendar) -> OwedRow:
    return OwedRow(
        content=r.content,
        received_on=r.received_on,
        source=r.source,
        body=r.body,
        session_name=r.session_name,
        activity_id=r.activity_id,
        field=r.field,
        responsible=r.responsible,
        period_days=r.period_days,
        period_reason=r.period_reason,
        id=r.id,
        revision=r.revision,
        unit_code=r.unit_code,
        due_on=r.due_on,
        answered_on=r.answered_on,
        answer=r.answer,
        answer_ref=r.answer_ref,
        answered_by=r.answered_by,
        status=status(r.due_on, r.answered_on, today, cal),
        activity_subject=subjects.get(r.activity_id or "", ""),
    )


_STATES = {
    "open": {DeadlineStatus.ON_TRACK, DeadlineStatus.DUE_SOON, DeadlineStatus.OVERDUE},
    "due_soon": {DeadlineStatus.DUE_SOON},
    "overdue": {DeadlineStatus.OVERDUE},
    "answered": {DeadlineStatus.CLOSED_ON_TIME, DeadlineStatus.CLOSED_LATE},
    "late": {DeadlineStatus.CLOSED_LATE},
}


def list_items(ctx: AppContext, f: OwedFilter, today: dt.date) -> list[OwedRow]:
    """This commune's items matching `f`, open ones first by due day, then answered ones; the
    text matches without diacritics ("ha tang" finds "hạ tầng")."""
    cal = work_calendar(ctx)
    with ctx.read() as s:
        q = select(OwedAnswer).where(
            OwedAnswer.deleted.is_(False), OwedAnswer.unit_code == ctx.unit_code
        )
        if f.source:
            q = q.where(OwedAnswer.source == f.source)
        if f.ids:
            q = q.where(OwedAnswer.id.in_(list(f.ids)))
        if f.activity_id:
            q = q.where(OwedAnswer.activity_id == f.activity_id)
        for word in fold(f.text).split():
            q = q.where(OwedAnswer.search_text.contains(word, autoescape=True))
        rows = s.scalars(q.order_by(OwedAnswer.due_on, OwedAnswer.received_on)).all()
        subjects = {
            i: subj for i, subj in s.execute(select(FrontActivity.id, FrontActivity.subject))
        }
        out = [_row(r, subjects, today, cal) for r in rows]
    if f.state:
        wanted = _STATES.get(f.state, set())
        out = [r for r in out if r.status in wanted]
    out.sort(key=lambda r: (r.answered_on is not None, r.due_on or today, r.received_on))
    return out


def get_item(ctx: AppContext, item_id: str, today: dt.date) -> OwedRow:
    rows = list_items(ctx, OwedFilter(ids=(item_id,)), today)
    if not rows:
        raise RuleViolation("Không tìm thấy kiến nghị (có thể đã bị xóa).")
    return rows[0]


def due_hint(ctx: AppContext, source: str, received_on: dt.date, period_days: int | None) -> str:
    """The due day a form shows as the officer types ("Hạn trả lời: Thứ Hai, 23/11/2026 …")."""
    d = due(source, received_on, work_calendar(ctx), period_days or None)
    return d.explanation.replace("ngày nhận đơn", "ngày nhận kiến nghị")


def recompute_open_deadlines(ctx: AppContext) -> int:
    """Recompute the due day of every item not yet answered (after the commune edits its
    working-day calendar: a new day off may move a deadline); returns how many moved.
    Answered items keep the deadline they were judged against."""
    ctx.require(Permission.EDIT)
    cal = work_calendar(ctx)
    moved = 0
    with ctx.session() as s:
        rows = s.scalars(
            select(OwedAnswer).where(
                OwedAnswer.deleted.is_(False),
                OwedAnswer.unit_code == ctx.unit_code,
                OwedAnswer.answered_on.is_(None),
            )
        ).all()
        for row in rows:
            new = due(row.source, row.received_on, cal, row.period_days).due
            if new != row.due_on:
                row.due_on = new
                moved += 1
    return moved
