"""Dialogue conferences (đối thoại, DOMAIN §4): the issues raised with the answers given, and the
commitments made, followed with dated notes up to closure in one list of open commitments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date, not_before
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import Action, PetitionState, PetitionType, check_transition
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import number_label
from danvan_desktop.services.petitions.workflow import take_step
from danvan_desktop.store.petition_queries import last_step_on
from danvan_desktop.store.petitions import (
    Commitment,
    CommitmentNote,
    Dialogue,
    DialogueIssue,
    Petition,
)
from danvan_desktop.store.queries import in_span, live_rows

KINDS = {
    "people": "Đối thoại với Nhân dân",
    "complainant": "Đối thoại với người khiếu nại",
    "workers": "Đối thoại với người lao động",
}
COMMITMENT_STATUSES = {
    "open": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Đã hoàn thành",
    "dropped": "Không thực hiện (có lý do)",
}
OPEN_COMMITMENT = ("open", "in_progress")
#: How the records core names these records in its messages.
WHAT, COMMITMENT = "hội nghị đối thoại", "cam kết"
DEFAULT_BASIS = {
    "people": "Luật Thực hiện dân chủ ở cơ sở 2022 (Luật 10/2022/QH15), Điều 32",
    "complainant": "Luật Khiếu nại 2011, Điều 30 (lần đầu) và Điều 39 (lần hai)",
    "workers": "Bộ luật Lao động 2019, Điều 63; Nghị định 145/2020/NĐ-CP",
}


@dataclass
class DialogueInput:
    held_on: dt.date
    kind: str = "people"
    title: str = ""
    legal_basis: str = ""
    place: str = ""
    presider: str = ""
    participants: str = ""
    participant_count: int = 0
    petition_id: str | None = None
    notes: str = ""


@dataclass
class IssueInput:
    issue: str
    raised_by: str = ""
    answer: str = ""
    answered_by: str = ""


@dataclass
class CommitmentInput:
    what: str
    owner: str = ""
    due_on: dt.date | None = None
    issue_id: str | None = None


@dataclass
class DialogueDetail(DialogueInput):
    id: str = ""
    revision: int = 0
    unit_code: str = ""
    petition_label: str = ""
    issues: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class DialogueRow:
    id: str
    held_on: dt.date
    kind: str
    title: str
    presider: str
    participant_count: int
    issues: int
    commitments_open: int

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class CommitmentRow:
    id: str
    dialogue_id: str
    dialogue_title: str
    dialogue_on: dt.date
    what: str
    owner: str
    due_on: dt.date | None
    status: str
    closed_on: dt.date | None
    last_note: str
    days_overdue: int

    @property
    def status_label(self) -> str:
        return COMMITMENT_STATUSES.get(self.status, self.status)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


# ---- validation --------------------------------------------------------------------------


def _validate(s: Session, data: DialogueInput, today: dt.date) -> None:
    if not isinstance(data.held_on, dt.date):
        raise RuleViolation("Chưa nhập ngày đối thoại.", "held_on")
    if data.held_on > today:
        raise RuleViolation(
            f"Ngày đối thoại không thể là ngày trong tương lai ({fmt_date(data.held_on)}).",
            "held_on",
        )
    if data.kind not in KINDS:
        raise RuleViolation("Chưa chọn loại đối thoại.", "kind")
    if not clean(data.presider):
        raise RuleViolation("Hãy ghi người chủ trì hội nghị đối thoại.", "presider")
    if int(data.participant_count or 0) < 0:
        raise RuleViolation("Số người tham dự không thể là số âm.", "participant_count")
    if data.petition_id:
        p = s.get(Petition, data.petition_id)
        if p is None or p.deleted:
            raise RuleViolation("Không tìm thấy đơn khiếu nại đã chọn.", "petition_id")
        if data.held_on < p.received_on:
            raise RuleViolation("Ngày đối thoại không thể trước ngày nhận đơn.", "held_on")
    elif data.kind == "complainant":
        raise RuleViolation("Đối thoại với người khiếu nại: hãy chọn đơn khiếu nại.", "petition_id")


def _check_commitment(data: CommitmentInput, held_on: dt.date) -> None:
    if not clean(data.what):
        raise RuleViolation("Nội dung cam kết không được để trống.", "what")
    if not clean(data.owner):
        raise RuleViolation("Hãy ghi người (cơ quan) chịu trách nhiệm thực hiện cam kết.", "owner")
    not_before(data.due_on, held_on, "Hạn thực hiện cam kết", "Ngày đối thoại")


def _save(s: Session, data: DialogueInput, row: Dialogue | None, unit_code: str) -> Dialogue:
    def derive(d: Dialogue) -> None:
        d.legal_basis = d.legal_basis or DEFAULT_BASIS.get(d.kind, "")
        d.title = d.title or KINDS[d.kind]

    return records.save(
        s,
        Dialogue,
        data,
        row=row,
        values=lambda d: {"unit_code": unit_code, "petition_id": d.petition_id or None},
        derive=derive,
    )


def _get(s: Session, dialogue_id: str) -> Dialogue:
    return records.get(s, Dialogue, dialogue_id, WHAT)


def _add_commitment(s: Session, d: Dialogue, data: CommitmentInput) -> Commitment:
    return records.add(
        s,
        Commitment,
        dialogue_id=d.id,
        what=data.what,
        owner=data.owner,
        due_on=data.due_on,
        issue_id=data.issue_id,
        status="open",
        unit_code=d.unit_code,
    )


# ---- commands ---------------------------------------------------------------------------


def create_dialogue(
    ctx: AppContext,
    data: DialogueInput,
    issues: Sequence[IssueInput] = (),
    commitments: Sequence[CommitmentInput] = (),
    *,
    record_step: bool = True,
    today: dt.date | None = None,
) -> str:
    """Record a dialogue with its issues and commitments. A complainant's dialogue also records
    the "đối thoại" step of the complaint when the workflow allows it."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        _validate(s, data, today)
        for c in commitments:
            _check_commitment(c, data.held_on)
        d = _save(s, data, None, ctx.unit_code)
        for i, issue in enumerate(issues):
            _add_issue(s, d, issue, i + 1)
        for c in commitments:
            _add_commitment(s, d, c)
        dialogue_id, petition_id = d.id, d.petition_id
        step_possible = False
        if petition_id:
            # _validate found it (live) in this session: get_one only states it for the types
            p = s.get_one(Petition, petition_id)
            step_possible = (
                record_step
                and p.status in (PetitionState.ACCEPTED, PetitionState.VERIFYING)
                and p.type in (PetitionType.COMPLAINT, PetitionType.MIXED)
            )
            if step_possible:  # refuse now (nothing saved) rather than after the dialogue is stored
                last = last_step_on(s, p.id)
                check_transition(
                    p.status,
                    Action.DIALOGUE,
                    petition_type=p.type,
                    on=data.held_on,
                    previous_on=last,
                    received_on=p.received_on,
                    today=today,
                )
    if step_possible and petition_id:  # step_possible implies a petition_id
        take_step(
            ctx,
            petition_id,
            Action.DIALOGUE,
            data.held_on,
            note=f"Hội nghị đối thoại ngày {fmt_date(data.held_on)}",
            today=today,
        )
    return dialogue_id


def update_dialogue(
    ctx: AppContext, dialogue_id: str, data: DialogueInput, today: dt.date | None = None
) -> int:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        d = records.get_owned(ctx, s, Dialogue, dialogue_id, WHAT)
        _validate(s, data, today or dt.date.today())
        earliest = s.execute(
            select(func.min(Commitment.due_on)).where(
                Commitment.dialogue_id == d.id, Commitment.deleted.is_(False)
            )
        ).scalar_one()
        not_before(earliest, data.held_on, "Hạn thực hiện cam kết", "Ngày đối thoại")
        return _save(s, data, d, d.unit_code).revision


def delete_dialogue(ctx: AppContext, dialogue_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        d = records.get_owned(ctx, s, Dialogue, dialogue_id, WHAT)
        d.deleted = True
        for model in (DialogueIssue, Commitment):
            records.tombstone_rows(live_rows(s, model, model.dialogue_id == d.id))


def _add_issue(s: Session, d: Dialogue, data: IssueInput, seq: int) -> DialogueIssue:
    if not clean(data.issue):
        raise RuleViolation("Nội dung ý kiến, kiến nghị không được để trống.", "issue")
    row = records.add(
        s,
        DialogueIssue,
        dialogue_id=d.id,
        seq=seq,
        issue=data.issue,
        raised_by=data.raised_by,
        answer=data.answer,
        answered_by=data.answered_by,
        unit_code=d.unit_code,
    )
    s.flush()
    return row


def add_issue(ctx: AppContext, dialogue_id: str, data: IssueInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        d = records.get_owned(ctx, s, Dialogue, dialogue_id, WHAT)
        seq = (
            s.execute(
                select(func.max(DialogueIssue.seq)).where(DialogueIssue.dialogue_id == d.id)
            ).scalar()
            or 0
        )
        return _add_issue(s, d, data, seq + 1).id


def answer_issue(ctx: AppContext, issue_id: str, answer: str, answered_by: str = "") -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.get_owned(ctx, s, DialogueIssue, issue_id, "ý kiến")
        records.save(s, DialogueIssue, {"answer": answer, "answered_by": answered_by}, row=row)


def add_commitment(ctx: AppContext, dialogue_id: str, data: CommitmentInput) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        d = records.get_owned(ctx, s, Dialogue, dialogue_id, WHAT)
        _check_commitment(data, d.held_on)
        c = _add_commitment(s, d, data)
        s.flush()
        return c.id


def add_commitment_note(
    ctx: AppContext, commitment_id: str, on: dt.date, note: str, today: dt.date | None = None
) -> str:
    """A dated follow-up note (tiến độ thực hiện); opening an untouched commitment marks it in progress."""
    ctx.require(Permission.EDIT)
    if not clean(note):
        raise RuleViolation("Nội dung theo dõi không được để trống.", "note")
    if on > (today or dt.date.today()):
        raise RuleViolation("Ngày theo dõi không thể là ngày trong tương lai.", "on")
    with ctx.session() as s:
        c = records.get_owned(ctx, s, Commitment, commitment_id, COMMITMENT)
        d = _get(s, c.dialogue_id)
        not_before(on, d.held_on, "Ngày theo dõi", "Ngày đối thoại")
        n = records.add(
            s,
            CommitmentNote,
            commitment_id=c.id,
            on_date=on,
            note=note,
            by_user=ctx.user.username,
            unit_code=c.unit_code,
        )
        if c.status == "open":
            c.status = "in_progress"
        s.flush()
        return n.id


def set_commitment_status(
    ctx: AppContext,
    commitment_id: str,
    status: str,
    on: dt.date | None = None,
    result: str = "",
    today: dt.date | None = None,
) -> None:
    """Move a commitment to another status; closing ("done", "dropped") needs the date and result."""
    ctx.require(Permission.EDIT)
    if status not in COMMITMENT_STATUSES:
        raise RuleViolation("Trạng thái cam kết không hợp lệ.", "status")
    with ctx.session() as s:
        c = records.get_owned(ctx, s, Commitment, commitment_id, COMMITMENT)
        d = _get(s, c.dialogue_id)
        if status in OPEN_COMMITMENT:
            c.status, c.closed_on = status, None
            return
        if on is None:
            raise RuleViolation(
                "Hãy nhập ngày hoàn thành (hoặc ngày quyết định không thực hiện).", "on"
            )
        if on > (today or dt.date.today()):
            raise RuleViolation("Ngày hoàn thành không thể là ngày trong tương lai.", "on")
        not_before(on, d.held_on, "Ngày hoàn thành", "Ngày đối thoại")
        if not clean(result):
            raise RuleViolation("Hãy ghi kết quả thực hiện (hoặc lý do không thực hiện).", "result")
        records.save(s, Commitment, {"status": status, "closed_on": on, "result": result}, row=c)


# ---- queries ----------------------------------------------------------------------------


def list_dialogues(ctx: AppContext, year: int | None = None) -> list[DialogueRow]:
    issues = (
        select(DialogueIssue.dialogue_id, func.count().label("n"))
        .where(DialogueIssue.deleted.is_(False))
        .group_by(DialogueIssue.dialogue_id)
        .subquery()
    )
    open_c = (
        select(Commitment.dialogue_id, func.count().label("n"))
        .where(Commitment.deleted.is_(False), Commitment.status.in_(OPEN_COMMITMENT))
        .group_by(Commitment.dialogue_id)
        .subquery()
    )
    q = (
        select(Dialogue, func.coalesce(issues.c.n, 0), func.coalesce(open_c.c.n, 0))
        .outerjoin(issues, issues.c.dialogue_id == Dialogue.id)
        .outerjoin(open_c, open_c.c.dialogue_id == Dialogue.id)
        .where(Dialogue.deleted.is_(False))
    )
    q = q.where(*in_span(Dialogue.held_on, year))
    with ctx.read() as s:
        return [
            DialogueRow(d.id, d.held_on, d.kind, d.title, d.presider, d.participant_count, ni, nc)
            for d, ni, nc in s.execute(
                q.order_by(Dialogue.held_on.desc(), Dialogue.created_at.desc())
            )
        ]


def get_dialogue(ctx: AppContext, dialogue_id: str) -> DialogueDetail:
    with ctx.read() as s:
        d = _get(s, dialogue_id)
        out = DialogueDetail(
            **{f.name: getattr(d, f.name) for f in fields(DialogueInput)},
            id=d.id,
            revision=d.revision,
            unit_code=d.unit_code,
        )
        if d.petition_id:
            p = s.get(Petition, d.petition_id)
            out.petition_label = number_label(p.number, p.year) if p else ""
        out.issues = [
            {
                "id": i.id,
                "seq": i.seq,
                "raised_by": i.raised_by,
                "issue": i.issue,
                "answer": i.answer,
                "answered_by": i.answered_by,
            }
            for i in live_rows(
                s, DialogueIssue, DialogueIssue.dialogue_id == d.id, order_by=DialogueIssue.seq
            )
        ]
        for c in live_rows(
            s,
            Commitment,
            Commitment.dialogue_id == d.id,
            order_by=(Commitment.due_on, Commitment.created_at),
        ):
            notes = [
                {"on": n.on_date, "note": n.note, "by": n.by_user}
                for n in live_rows(
                    s,
                    CommitmentNote,
                    CommitmentNote.commitment_id == c.id,
                    order_by=(CommitmentNote.on_date, CommitmentNote.created_at),
                )
            ]
            out.commitments.append(
                {
                    "id": c.id,
                    "what": c.what,
                    "owner": c.owner,
                    "due_on": c.due_on,
                    "status": c.status,
                    "closed_on": c.closed_on,
                    "result": c.result,
                    "issue_id": c.issue_id,
                    "notes": notes,
                }
            )
        return out


def open_commitments(
    ctx: AppContext,
    today: dt.date | None = None,
    *,
    overdue_only: bool = False,
    include_closed: bool = False,
) -> list[CommitmentRow]:
    """The one list of commitments still to be honoured (overdue first, then by deadline)."""
    today = today or dt.date.today()
    last_note = (
        select(CommitmentNote.commitment_id, func.max(CommitmentNote.on_date).label("on"))
        .where(CommitmentNote.deleted.is_(False))
        .group_by(CommitmentNote.commitment_id)
        .subquery()
    )
    conds: list[ColumnElement[bool]] = [
        Commitment.deleted.is_(False),
        Dialogue.deleted.is_(False),
    ]
    if not include_closed:
        conds.append(Commitment.status.in_(OPEN_COMMITMENT))
    if overdue_only:
        conds.append(Commitment.due_on < today)
    q = (
        select(Commitment, Dialogue.title, Dialogue.held_on, last_note.c.on)
        .join(Dialogue, Dialogue.id == Commitment.dialogue_id)
        .outerjoin(last_note, last_note.c.commitment_id == Commitment.id)
        .where(and_(*conds))
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Dialogue.held_on)
    )
    out = []
    with ctx.read() as s:
        for c, title, held_on, note_on in s.execute(q):
            note: str | None = ""
            if note_on is not None:
                note = (
                    s.execute(
                        select(CommitmentNote.note)
                        .where(
                            CommitmentNote.commitment_id == c.id,
                            CommitmentNote.on_date == note_on,
                            CommitmentNote.deleted.is_(False),
                        )
                        .order_by(CommitmentNote.created_at.desc())
                    )
                    .scalars()
                    .first()
                )
            late = (
                (today - c.due_on).days
                if (c.due_on and c.status in OPEN_COMMITMENT and today > c.due_on)
                else 0
            )
            out.append(
                CommitmentRow(
                    c.id,
                    c.dialogue_id,
                    title,
                    held_on,
                    c.what,
                    c.owner,
                    c.due_on,
                    c.status,
                    c.closed_on,
                    note or "",
                    late,
                )
            )
    return out
