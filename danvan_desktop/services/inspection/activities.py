"""Inspections, supervisions and verifications of the board (the 5-working-day notice
checked, the minutes confirmed by the Fatherland Front) and the petitions verified in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain import inspection as rules
from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.inspection import (
    ActivityKind,
    NoticeRecipient,
)
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, fold
from danvan_desktop.services import records
from danvan_desktop.services.calendar import work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.inspection.common import (
    TERM,
    like_words,
)
from danvan_desktop.store.inspection import (
    ActivityPetition,
    BoardActivity,
    BoardPlan,
    BoardRecommendation,
    BoardTerm,
)
from danvan_desktop.store.queries import (
    counts_by,
    exists_live,
    in_span,
    live_rows,
)

ACTIVITY = "cuộc giám sát, kiểm tra"


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
        plan = records.get(s, BoardPlan, data.plan_id, "kế hoạch")
        if plan.term_id != term.id:
            raise RuleViolation("Kế hoạch đã chọn thuộc nhiệm kỳ khác.", "plan_id")


def _save_activity(
    ctx: AppContext, s: Session, term: BoardTerm, data: ActivityInput, row: BoardActivity | None
) -> BoardActivity:
    def derive(a: BoardActivity) -> None:
        a.search_text = fold(" ".join([a.subject, a.content, a.findings]))

    return records.save(
        s,
        BoardActivity,
        data,
        lambda d: _validate_activity(s, term, d),
        row=row,
        values=lambda d: {
            **TERM.values(term),
            "plan_id": d.plan_id or None,
            "notice_late": notice_check(ctx, d).too_late,
        },
        derive=derive,
    )


def create_activity(ctx: AppContext, term_id: str, data: ActivityInput) -> str:
    """Record an inspection or supervision; a late notice is recorded and flagged, not refused
    (it happened; the board must see and explain it)."""
    return records.create_child(
        ctx, TERM, term_id, lambda s, term, _: _save_activity(ctx, s, term, data, None)
    )


def update_activity(
    ctx: AppContext, activity_id: str, data: ActivityInput, expected_revision: int | None = None
) -> int:
    return records.update_child(
        ctx,
        TERM,
        BoardActivity,
        activity_id,
        ACTIVITY,
        expected_revision,
        lambda s, term, a: _save_activity(ctx, s, term, data, a),
    )


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
        a = records.get_owned(ctx, s, BoardActivity, activity_id, ACTIVITY)
        if exists_live(s, BoardRecommendation, BoardRecommendation.activity_id == a.id):
            raise RuleViolation("Cuộc giám sát đã có kiến nghị: hãy xóa kiến nghị trước.")
        a.deleted = True
        records.tombstone_rows(live_rows(s, ActivityPetition, ActivityPetition.activity_id == a.id))


def _activity_input(a: BoardActivity | ActivityRow) -> ActivityInput:
    return ActivityInput(**{f.name: getattr(a, f.name) for f in fields(ActivityInput)})


def _activity_filtered(q: Select, f: ActivityFilter) -> Select:
    conds: list[ColumnElement[bool]] = [BoardActivity.deleted.is_(False)]
    if f.term_id:
        conds.append(BoardActivity.term_id == f.term_id)
    conds += in_span(BoardActivity.starts_on, f.year, f.start, f.end)
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


def _activity_rows(ctx: AppContext, s: Session, rows: Sequence[BoardActivity]) -> list[ActivityRow]:
    ids = [a.id for a in rows]
    recs = (
        counts_by(s, BoardRecommendation.activity_id, BoardRecommendation.activity_id.in_(ids))
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
        return _activity_rows(ctx, s, [records.get(s, BoardActivity, activity_id, ACTIVITY)])[0]


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
        a = records.get_owned(ctx, s, BoardActivity, activity_id, ACTIVITY)
        if petition_id and exists_live(
            s,
            ActivityPetition,
            ActivityPetition.activity_id == a.id,
            ActivityPetition.petition_id == petition_id,
        ):
            raise RuleViolation("Đơn thư này đã được gắn với cuộc giám sát.", "petition_id")
        link = records.add(
            s,
            ActivityPetition,
            activity_id=a.id,
            petition_id=petition_id or None,
            petition_ref=petition_ref,
            result=result,
            unit_code=a.unit_code,
        )
        s.flush()
        return link.id


def unlink_petition(ctx: AppContext, link_id: str) -> None:
    records.tombstone(ctx, ActivityPetition, link_id, "liên kết đơn thư")
