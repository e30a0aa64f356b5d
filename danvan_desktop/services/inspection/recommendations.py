"""The board's recommendations to the commune: the 15-day answer (on the working-day
calendar), the answer and what the commune did about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import not_before, not_in_future
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection import (
    FollowUp,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold, nfc
from danvan_desktop.domain.workdays import WorkCalendar
from danvan_desktop.services import records
from danvan_desktop.services.calendar import deadline_rules, work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import (
    TERM,
    like_words,
)
from danvan_desktop.store.inspection import (
    BoardActivity,
    BoardRecommendation,
    BoardTerm,
)
from danvan_desktop.store.queries import in_span

REC = "kiến nghị"


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
        act = records.get(s, BoardActivity, data.activity_id, "cuộc giám sát, kiểm tra")
        if act.term_id != term.id:
            raise RuleViolation("Cuộc giám sát đã chọn thuộc nhiệm kỳ khác.", "activity_id")


def _save_recommendation(
    ctx: AppContext,
    s: Session,
    term: BoardTerm,
    data: RecommendationInput,
    today: dt.date,
    row: BoardRecommendation | None,
) -> BoardRecommendation:
    def derive(r: BoardRecommendation) -> None:
        r.due_on = rules.answer_due(r.received_on, work_calendar(ctx), deadline_rules(ctx)).due
        r.search_text = fold(" ".join([r.doc_no, r.addressee, r.content]))
        if r.answered_on and r.answered_on < r.received_on:
            raise RuleViolation(
                "Ngày trả lời đã ghi lại trước ngày nhận kiến nghị mới nhập.", "received_on"
            )

    return records.save(
        s,
        BoardRecommendation,
        data,
        lambda d: _validate_recommendation(s, term, d, today),
        row=row,
        values=lambda d: {
            **TERM.values(term),
            "received_on": d.received_on or d.sent_on,
            "activity_id": d.activity_id or None,
        },
        derive=derive,
    )


def create_recommendation(
    ctx: AppContext, term_id: str, data: RecommendationInput, today: dt.date | None = None
) -> str:
    today = today or dt.date.today()
    return records.create_child(
        ctx, TERM, term_id, lambda s, term, _: _save_recommendation(ctx, s, term, data, today, None)
    )


def update_recommendation(
    ctx: AppContext,
    rec_id: str,
    data: RecommendationInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    today = today or dt.date.today()
    return records.update_child(
        ctx,
        TERM,
        BoardRecommendation,
        rec_id,
        REC,
        expected_revision,
        lambda s, term, r: _save_recommendation(ctx, s, term, data, today, r),
    )


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
        r = records.get_owned(ctx, s, BoardRecommendation, rec_id, REC)
        not_before(answered_on, r.received_on, "Ngày trả lời", "Ngày nhận kiến nghị")
        answer = {"answered_on": answered_on, "answer_ref": answer_ref, "answer_summary": summary}
        records.save(s, BoardRecommendation, answer, row=r)
        return rules.answer_status(r.due_on, answered_on, answered_on)


def clear_answer(ctx: AppContext, rec_id: str) -> None:
    """Undo an answer entered by mistake."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        r = records.get_owned(ctx, s, BoardRecommendation, rec_id, REC)
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
        r = records.get_owned(ctx, s, BoardRecommendation, rec_id, REC)
        if state != FollowUp.PENDING and r.answered_on is None:
            raise RuleViolation(
                "Kiến nghị chưa được trả lời: hãy ghi nhận trả lời trước khi theo dõi thực hiện."
            )
        not_before(on, r.answered_on, "Ngày theo dõi", "Ngày trả lời")
        follow = {"follow_up": state.value, "follow_up_on": on, "follow_up_note": note}
        records.save(s, BoardRecommendation, follow, row=r)


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
    records.tombstone(ctx, BoardRecommendation, rec_id, REC)


def _rec_filtered(q: Select, f: RecommendationFilter, today: dt.date) -> Select:
    conds: list[ColumnElement[bool]] = [BoardRecommendation.deleted.is_(False)]
    if f.term_id:
        conds.append(BoardRecommendation.term_id == f.term_id)
    conds += in_span(BoardRecommendation.sent_on, f.year, f.start, f.end)
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
        return [recommendation_row(r, subject or "", today, cal) for r, subject in s.execute(q)]


def recommendation_row(
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
        r = records.get(s, BoardRecommendation, rec_id, REC)
        act = s.get(BoardActivity, r.activity_id) if r.activity_id else None
        return recommendation_row(r, act.subject if act else "", today, work_calendar(ctx))


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
