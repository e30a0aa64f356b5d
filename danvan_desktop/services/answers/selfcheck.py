"""Self-inspection of the movement (tự kiểm tra): the plan (number, date, scope, period
inspected, team), its findings (content, kind, the unit concerned) and the follow-up actions a
finding calls for, each with a deadline, done on a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import not_before, not_in_future
from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import records
from danvan_desktop.services.answers.rules import FOLLOWUP_LABELS, SEVERITIES, status
from danvan_desktop.services.calendar import work_calendar
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.answers import FollowUpAction, InspectionFinding, SelfInspection

INSPECTION = "cuộc tự kiểm tra"
FINDING = "nội dung phát hiện"
FOLLOWUP = "việc khắc phục"
PARENT = records.Parent(SelfInspection, "inspection_id", INSPECTION)
FINDING_PARENT = records.Parent(InspectionFinding, "finding_id", FINDING)


@dataclass
class InspectionInput:
    title: str
    held_on: dt.date
    plan_no: str = ""
    plan_on: dt.date | None = None
    scope: str = ""
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    team: str = ""


@dataclass
class FindingInput:
    content: str
    severity: str = "shortcoming"
    concerned: str = ""


@dataclass
class FollowUpInput:
    action: str
    due_on: dt.date
    responsible: str = ""
    note: str = ""


@dataclass
class FollowUpRow(FollowUpInput):
    id: str = ""
    finding_id: str = ""
    revision: int = 0
    done_on: dt.date | None = None
    status: DeadlineStatus = DeadlineStatus.ON_TRACK

    @property
    def status_label(self) -> str:
        return FOLLOWUP_LABELS[self.status]


@dataclass
class FindingRow(FindingInput):
    id: str = ""
    revision: int = 0
    followups: list[FollowUpRow] = field(default_factory=list)

    @property
    def severity_label(self) -> str:
        return SEVERITIES.get(self.severity, self.severity)


@dataclass
class InspectionRow(InspectionInput):
    id: str = ""
    revision: int = 0
    findings: list[FindingRow] = field(default_factory=list)

    @property
    def followups(self) -> list[FollowUpRow]:
        return [u for f in self.findings for u in f.followups]

    @property
    def open_followups(self) -> int:
        return sum(1 for u in self.followups if u.done_on is None)

    @property
    def overdue_followups(self) -> int:
        return sum(1 for u in self.followups if u.status == DeadlineStatus.OVERDUE)


def _check_inspection(d: InspectionInput) -> None:
    if not d.title:
        raise RuleViolation("Cần nhập tên cuộc tự kiểm tra.", "title")
    if d.held_on is None:
        raise RuleViolation("Cần nhập ngày kiểm tra.", "held_on")
    not_before(d.period_to, d.period_from, "Kiểm tra đến ngày", "Kiểm tra từ ngày")
    not_before(d.held_on, d.plan_on, "Ngày kiểm tra", "Ngày ban hành kế hoạch")


def _check_finding(d: FindingInput) -> None:
    if not d.content:
        raise RuleViolation("Cần nhập nội dung phát hiện.", "content")
    if d.severity not in SEVERITIES:
        raise RuleViolation("Loại phát hiện không hợp lệ.", "severity")


def _check_followup(d: FollowUpInput) -> None:
    if not d.action:
        raise RuleViolation("Cần nhập việc cần khắc phục.", "action")
    if d.due_on is None:
        raise RuleViolation("Cần nhập hạn hoàn thành.", "due_on")


def save_inspection(
    ctx: AppContext,
    data: InspectionInput,
    inspection_id: str | None = None,
    revision: int | None = None,
) -> str:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        return records.save(
            s,
            SelfInspection,
            data,
            _check_inspection,
            revision,
            row=inspection_id,
            ctx=ctx,
            what=INSPECTION,
            values={} if inspection_id else {"unit_code": ctx.unit_code},
        ).id


def delete_inspection(ctx: AppContext, inspection_id: str) -> None:
    """Tombstone the inspection with its findings and their follow-ups."""

    def cascade(s: Session, row: SelfInspection) -> None:
        findings = s.scalars(
            select(InspectionFinding).where(InspectionFinding.inspection_id == row.id)
        ).all()
        ids = [f.id for f in findings]
        records.tombstone_rows(
            s.scalars(select(FollowUpAction).where(FollowUpAction.finding_id.in_(ids))).all()
        )
        records.tombstone_rows(findings)

    records.tombstone(ctx, SelfInspection, inspection_id, INSPECTION, guard=cascade)


def add_finding(ctx: AppContext, inspection_id: str, data: FindingInput) -> str:
    return records.create_child(
        ctx,
        PARENT,
        inspection_id,
        lambda s, parent, _row: records.save(
            s, InspectionFinding, data, _check_finding, values=PARENT.values(parent)
        ),
    )


def update_finding(
    ctx: AppContext, finding_id: str, data: FindingInput, revision: int | None = None
) -> int:
    return records.update_child(
        ctx,
        PARENT,
        InspectionFinding,
        finding_id,
        FINDING,
        revision,
        lambda s, _parent, row: records.save(s, InspectionFinding, data, _check_finding, row=row),
    )


def delete_finding(ctx: AppContext, finding_id: str) -> None:
    def cascade(s: Session, row: InspectionFinding) -> None:
        records.tombstone_rows(
            s.scalars(select(FollowUpAction).where(FollowUpAction.finding_id == row.id)).all()
        )

    records.tombstone(ctx, InspectionFinding, finding_id, FINDING, guard=cascade)


def add_followup(ctx: AppContext, finding_id: str, data: FollowUpInput) -> str:
    return records.create_child(
        ctx,
        FINDING_PARENT,
        finding_id,
        lambda s, parent, _row: records.save(
            s, FollowUpAction, data, _check_followup, values=FINDING_PARENT.values(parent)
        ),
    )


def update_followup(
    ctx: AppContext, followup_id: str, data: FollowUpInput, revision: int | None = None
) -> int:
    return records.update_child(
        ctx,
        FINDING_PARENT,
        FollowUpAction,
        followup_id,
        FOLLOWUP,
        revision,
        lambda s, _parent, row: records.save(s, FollowUpAction, data, _check_followup, row=row),
    )


def mark_done(
    ctx: AppContext,
    followup_id: str,
    done_on: dt.date | None,
    today: dt.date | None = None,
    note: str | None = None,
) -> DeadlineStatus:
    """The follow-up is done (None: not done after all). Returns on time or late."""
    ctx.require(Permission.EDIT)
    not_in_future(done_on, "Ngày hoàn thành", today)
    with ctx.session() as s:
        row = records.get_owned(ctx, s, FollowUpAction, followup_id, FOLLOWUP)
        finding = records.get(s, InspectionFinding, row.finding_id, FINDING)
        held = records.get(s, SelfInspection, finding.inspection_id, INSPECTION).held_on
        not_before(done_on, held, "Ngày hoàn thành", "Ngày kiểm tra")
        values: dict[str, object] = {"done_on": done_on}
        if note is not None:
            values["note"] = note
        records.save(s, FollowUpAction, values, row=row)
        return status(row.due_on, done_on, today or dt.date.today())


def delete_followup(ctx: AppContext, followup_id: str) -> None:
    records.tombstone(ctx, FollowUpAction, followup_id, FOLLOWUP)


def list_inspections(
    ctx: AppContext, today: dt.date, inspection_id: str | None = None
) -> list[InspectionRow]:
    """This commune's self-inspections, newest first, each with findings and follow-ups."""
    cal = work_calendar(ctx)
    with ctx.read() as s:
        q = select(SelfInspection).where(
            SelfInspection.deleted.is_(False), SelfInspection.unit_code == ctx.unit_code
        )
        if inspection_id:
            q = q.where(SelfInspection.id == inspection_id)
        heads = s.scalars(q.order_by(SelfInspection.held_on.desc())).all()
        ids = [h.id for h in heads]
        findings = s.scalars(
            select(InspectionFinding)
            .where(InspectionFinding.deleted.is_(False), InspectionFinding.inspection_id.in_(ids))
            .order_by(InspectionFinding.created_at)
        ).all()
        ups = s.scalars(
            select(FollowUpAction)
            .where(
                FollowUpAction.deleted.is_(False),
                FollowUpAction.finding_id.in_([f.id for f in findings]),
            )
            .order_by(FollowUpAction.due_on)
        ).all()
        by_finding: dict[str, list[FollowUpRow]] = {}
        for u in ups:
            by_finding.setdefault(u.finding_id, []).append(
                FollowUpRow(
                    u.action,
                    u.due_on,
                    u.responsible,
                    u.note,
                    u.id,
                    u.finding_id,
                    u.revision,
                    u.done_on,
                    status(u.due_on, u.done_on, today, cal),
                )
            )
        by_head: dict[str, list[FindingRow]] = {}
        for f in findings:
            by_head.setdefault(f.inspection_id, []).append(
                FindingRow(
                    f.content, f.severity, f.concerned, f.id, f.revision, by_finding.get(f.id, [])
                )
            )
        return [
            InspectionRow(
                h.title,
                h.held_on,
                h.plan_no,
                h.plan_on,
                h.scope,
                h.period_from,
                h.period_to,
                h.team,
                h.id,
                h.revision,
                by_head.get(h.id, []),
            )
            for h in heads
        ]
