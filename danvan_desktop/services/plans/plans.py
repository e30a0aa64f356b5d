"""The commune's implementing plans: the plan (number, date, issuing body, the document it
answers), its items (content, who, by when), progress notes and evidence files.

Content rules: a plan counts as issued only with a number and an issue date, never a date in the
future; an item is done only with a completion date. A plan issued after the deadline its
document from above set shows as "Ban hành chậm"; an item's status is computed (common.item_status).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import evidence as evidence_store
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans.common import (
    DONE,
    ITEM_STATUS_LABELS,
    Directive,
    directive_by_id,
    directives_by_ids,
    item_status,
    percent,
)
from danvan_desktop.store.dvk_models import Evidence
from danvan_desktop.store.plans import Plan, PlanItem, PlanProgress

WHAT, ITEM, NOTE = "kế hoạch", "nội dung công việc", "ghi nhận tiến độ"
PLAN_PARENT = records.Parent(Plan, "plan_id", WHAT)
ITEM_PARENT = records.Parent(PlanItem, "item_id", ITEM)
ITEM_ENTITY = "plan_items"


@dataclass(frozen=True)
class PlanInput:
    title: str
    year: int
    issuer: str = "UBND xã"
    number: str = ""
    issued_on: dt.date | None = None
    issued: bool = False  # marked issued: needs a number and a date
    directive_id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ItemInput:
    content: str
    responsible: str = ""
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    note: str = ""


def check_plan(data: PlanInput, today: dt.date) -> None:
    if not data.title:
        raise RuleViolation("Chưa nhập tên (trích yếu) kế hoạch.", "title")
    if not 2000 <= data.year <= 2100:
        raise RuleViolation(f"Năm {data.year} không hợp lệ.", "year")
    if data.issued:
        if not data.number:
            raise RuleViolation(
                "Kế hoạch chưa có số văn bản thì chưa thể đánh dấu đã ban hành.", "number"
            )
        if data.issued_on is None:
            raise RuleViolation(
                "Kế hoạch chưa có ngày ban hành thì chưa thể đánh dấu đã ban hành.", "issued_on"
            )
    not_in_future(data.issued_on, "Ngày ban hành kế hoạch", today)


def check_item(data: ItemInput, today: dt.date) -> None:
    if not data.content:
        raise RuleViolation("Chưa nhập nội dung công việc.", "content")
    not_in_future(data.done_on, "Ngày hoàn thành", today)


# ---- plans ---------------------------------------------------------------------------------


def save_plan(
    ctx: AppContext,
    data: PlanInput,
    plan_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        if data.directive_id and directive_by_id(s, data.directive_id) is None:
            raise RuleViolation("Không tìm thấy văn bản cấp trên mà kế hoạch trả lời.", "directive")

        def derive(row: Plan) -> None:
            if not data.issued:
                row.issued_on = None  # a draft has no issue date: it counts as not issued
            row.search_text = fold(" ".join([row.number, row.issuer, row.title]))

        row = records.save(
            s,
            Plan,
            data,
            lambda d: check_plan(d, today),
            expected_revision,
            row=plan_id,
            ctx=ctx,
            what=WHAT,
            owner=WHAT,
            values=None if plan_id else {"unit_code": ctx.unit_code},
            derive=derive,
        )
        return row.id


def plan_from_directive(
    ctx: AppContext, directive_id: str, year: int | None = None, issuer: str = "UBND xã"
) -> str:
    """A draft plan answering a document from above, titled after it."""
    with ctx.read() as s:
        d = directive_by_id(s, directive_id)
    if d is None:
        raise RuleViolation("Không tìm thấy văn bản cấp trên (có thể đã bị xóa).")
    title = f"Kế hoạch thực hiện {d.number} ngày {d.issued_on:%d/%m/%Y} của {d.issuer}"
    return save_plan(
        ctx, PlanInput(title, year or d.plan_due_on.year, issuer, directive_id=directive_id)
    )


def delete_plan(ctx: AppContext, plan_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        plan = records.get_owned(ctx, s, Plan, plan_id, WHAT, owner=WHAT)
        items = list(s.scalars(select(PlanItem).where(PlanItem.plan_id == plan.id)))
        ids = [i.id for i in items]
        if ids:
            records.tombstone_rows(
                s.scalars(select(PlanProgress).where(PlanProgress.item_id.in_(ids)))
            )
        records.tombstone_rows(items)
        plan.deleted = True


# ---- items and progress -----------------------------------------------------------------------


def _item_values(plan: Plan, row: PlanItem | None, s: Session, data: ItemInput) -> dict:
    values = PLAN_PARENT.values(plan)
    if row is None:
        last = s.scalars(
            select(PlanItem.seq).where(PlanItem.plan_id == plan.id).order_by(PlanItem.seq.desc())
        ).first()
        values["seq"] = (last or 0) + 1
    if data.done_on is not None and (row is None or row.started_on is None):
        values["started_on"] = data.done_on
    return values


def add_item(ctx: AppContext, plan_id: str, data: ItemInput, today: dt.date | None = None) -> str:
    today = today or dt.date.today()

    def save_fn(s: Session, plan: Plan, row: PlanItem | None) -> PlanItem:
        return records.save(
            s,
            PlanItem,
            data,
            lambda d: check_item(d, today),
            values=_item_values(plan, row, s, data),
        )

    return records.create_child(ctx, PLAN_PARENT, plan_id, save_fn)


def update_item(
    ctx: AppContext,
    item_id: str,
    data: ItemInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    today = today or dt.date.today()

    def save_fn(s: Session, plan: Plan, row: PlanItem) -> PlanItem:
        values = _item_values(plan, row, s, data)
        values.pop("seq", None)
        return records.save(
            s, PlanItem, data, lambda d: check_item(d, today), row=row, values=values
        )

    return records.update_child(
        ctx, PLAN_PARENT, PlanItem, item_id, ITEM, expected_revision, save_fn
    )


def mark_done(
    ctx: AppContext, item_id: str, done_on: dt.date | None, today: dt.date | None = None
) -> None:
    """An item is done on a date: without one it cannot be marked done."""
    today = today or dt.date.today()
    if done_on is None:
        raise RuleViolation("Việc đã hoàn thành phải có ngày hoàn thành.", "done_on")
    not_in_future(done_on, "Ngày hoàn thành", today)
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.get_owned(ctx, s, PlanItem, item_id, ITEM, owner=ITEM)
        row.done_on = done_on
        row.started_on = min(row.started_on or done_on, done_on)


def reopen_item(ctx: AppContext, item_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        records.get_owned(ctx, s, PlanItem, item_id, ITEM, owner=ITEM).done_on = None


def delete_item(ctx: AppContext, item_id: str) -> None:
    def guard(s: Session, row: PlanItem) -> None:
        records.tombstone_rows(
            s.scalars(select(PlanProgress).where(PlanProgress.item_id == row.id))
        )

    records.tombstone(ctx, PlanItem, item_id, ITEM, guard=guard, owner=ITEM)


def add_progress(
    ctx: AppContext,
    item_id: str,
    on: dt.date | None,
    note: str,
    pct: int | None = None,
    today: dt.date | None = None,
) -> str:
    """A dated progress note; the first one marks the item started."""
    today = today or dt.date.today()
    if on is None:
        raise RuleViolation("Chưa nhập ngày ghi nhận tiến độ.", "noted_on")
    not_in_future(on, "Ngày ghi nhận tiến độ", today)
    if not (note or "").strip():
        raise RuleViolation("Chưa nhập nội dung tiến độ.", "note")
    if pct is not None and not 0 <= pct <= 100:
        raise RuleViolation("Phần trăm hoàn thành phải từ 0 đến 100.", "percent")

    def save_fn(s: Session, item: PlanItem, _row: object) -> PlanProgress:
        plan = records.get(s, Plan, item.plan_id, WHAT)
        not_before(on, plan.issued_on, "Ngày ghi nhận tiến độ", "Ngày ban hành kế hoạch")
        item.started_on = min(item.started_on or on, on)
        row = records.add(
            s,
            PlanProgress,
            item_id=item.id,
            unit_code=item.unit_code,
            noted_on=on,
            note=note,
            percent=pct,
        )
        s.flush()
        return row

    return records.create_child(ctx, ITEM_PARENT, item_id, save_fn)


def attach_evidence(ctx: AppContext, item_id: str, path: Path, note: str = "") -> str:
    """A file (minutes, photo, document) proving an item's work, kept in the evidence store."""
    ctx.require(Permission.EDIT)
    with ctx.read() as s:
        records.get_owned(ctx, s, PlanItem, item_id, ITEM, owner=ITEM)
    sha, size = evidence_store.store_file(ctx.files_dir, Path(path))
    with ctx.session() as s:
        item = records.get_owned(ctx, s, PlanItem, item_id, ITEM, owner=ITEM)
        ev = records.add(
            s,
            Evidence,
            record_id=item.id,
            record_entity=ITEM_ENTITY,
            step="plan_item",
            file_name=Path(path).name,
            sha256=sha,
            size=size,
            note=note,
            unit_code=item.unit_code,
        )
        s.flush()
        return ev.id


# ---- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressView:
    id: str
    on: dt.date
    note: str
    percent: int | None


@dataclass(frozen=True)
class EvidenceView:
    id: str
    file_name: str
    sha256: str
    note: str


@dataclass(frozen=True)
class ItemView:
    id: str
    plan_id: str
    seq: int
    content: str
    responsible: str
    due_on: dt.date | None
    started_on: dt.date | None
    done_on: dt.date | None
    note: str
    status: str
    revision: int
    progress: tuple[ProgressView, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()

    @property
    def status_label(self) -> str:
        return ITEM_STATUS_LABELS[self.status]


@dataclass(frozen=True)
class PlanView:
    id: str
    unit_code: str
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    year: int
    directive_id: str | None
    note: str
    revision: int
    directive: Directive | None
    items_total: int
    items_done: int
    items_overdue: int
    items: tuple[ItemView, ...] = field(default=())

    @property
    def issued(self) -> bool:
        return self.issued_on is not None

    @property
    def late(self) -> bool:
        """Issued after the deadline its document from above set (Ban hành chậm)."""
        d = self.directive
        return d is not None and self.issued_on is not None and self.issued_on > d.plan_due_on

    @property
    def share_done(self) -> float | None:
        return percent(self.items_done, self.items_total)

    def state_label(self, today: dt.date) -> str:
        if self.issued_on is None:
            d = self.directive
            if d is not None and d.plan_due_on < today:
                return "Chưa ban hành – quá hạn"
            return "Dự thảo"
        return "Ban hành chậm" if self.late else "Đã ban hành"


def _item_views(s: Session, plan_ids: Sequence[str], today: dt.date, detail: bool) -> dict:
    by_plan: dict[str, list[ItemView]] = {p: [] for p in plan_ids}
    if not plan_ids:
        return by_plan
    rows = list(
        s.scalars(
            select(PlanItem)
            .where(PlanItem.deleted.is_(False), PlanItem.plan_id.in_(list(plan_ids)))
            .order_by(PlanItem.seq, PlanItem.created_at)
        )
    )
    notes: dict[str, list[ProgressView]] = {}
    files: dict[str, list[EvidenceView]] = {}
    if detail and rows:
        ids = [r.id for r in rows]
        for n in s.scalars(
            select(PlanProgress)
            .where(PlanProgress.deleted.is_(False), PlanProgress.item_id.in_(ids))
            .order_by(PlanProgress.noted_on, PlanProgress.created_at)
        ):
            notes.setdefault(n.item_id, []).append(
                ProgressView(n.id, n.noted_on, n.note, n.percent)
            )
        for e in s.scalars(
            select(Evidence).where(
                Evidence.deleted.is_(False),
                Evidence.record_entity == ITEM_ENTITY,
                Evidence.record_id.in_(ids),
            )
        ):
            files.setdefault(e.record_id, []).append(
                EvidenceView(e.id, e.file_name, e.sha256, e.note)
            )
    for r in rows:
        by_plan[r.plan_id].append(
            ItemView(
                r.id,
                r.plan_id,
                r.seq,
                r.content,
                r.responsible,
                r.due_on,
                r.started_on,
                r.done_on,
                r.note,
                item_status(r.due_on, r.started_on, r.done_on, today),
                r.revision,
                tuple(notes.get(r.id, ())),
                tuple(files.get(r.id, ())),
            )
        )
    return by_plan


def _plan_view(p: Plan, items: list[ItemView], directives: dict, detail: bool) -> PlanView:
    return PlanView(
        p.id,
        p.unit_code,
        p.number,
        p.issued_on,
        p.issuer,
        p.title,
        p.year,
        p.directive_id,
        p.note,
        p.revision,
        directives.get(p.directive_id or ""),
        len(items),
        sum(1 for i in items if i.status == DONE),
        sum(1 for i in items if i.status == "overdue"),
        tuple(items) if detail else (),
    )


def read_plans(
    s: Session, unit_codes: Sequence[str] | None, today: dt.date, *, detail: bool = False
) -> list[PlanView]:
    q = select(Plan).where(Plan.deleted.is_(False))
    if unit_codes is not None:
        q = q.where(Plan.unit_code.in_(list(unit_codes)))
    plans = list(s.scalars(q))
    items = _item_views(s, [p.id for p in plans], today, detail)
    directives = directives_by_ids(s, [p.directive_id for p in plans])
    return [_plan_view(p, items[p.id], directives, detail) for p in plans]


@dataclass(frozen=True)
class PlanFilter:
    text: str = ""
    year: int | None = None
    #: "draft", "issued", "late", "has_overdue" (an item past its deadline), or None
    status: str | None = None


def list_plans(
    ctx: AppContext, f: PlanFilter | None = None, today: dt.date | None = None
) -> list[PlanView]:
    """This unit's plans, newest first, searched without diacritics."""
    f = f or PlanFilter()
    today = today or dt.date.today()
    with ctx.read() as s:
        rows = read_plans(s, [ctx.unit_code], today)
    words = fold(f.text).split()
    out = []
    for p in rows:
        if f.year is not None and p.year != f.year:
            continue
        if f.status == "draft" and p.issued:
            continue
        if f.status == "issued" and not p.issued:
            continue
        if f.status == "late" and not p.late:
            continue
        if f.status == "has_overdue" and not p.items_overdue:
            continue
        d = p.directive
        hay = fold(" ".join([p.number, p.issuer, p.title, d.number if d else ""]))
        if all(w in hay for w in words):
            out.append(p)
    return sorted(out, key=lambda p: (p.year, p.issued_on or dt.date.max, p.number), reverse=True)


def get_plan(ctx: AppContext, plan_id: str, today: dt.date | None = None) -> PlanView:
    today = today or dt.date.today()
    with ctx.read() as s:
        p = records.get(s, Plan, plan_id, WHAT)
        items = _item_views(s, [p.id], today, True)[p.id]
        return _plan_view(p, items, directives_by_ids(s, [p.directive_id]), True)


def plan_years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        q = select(Plan.year).where(Plan.deleted.is_(False), Plan.unit_code == ctx.unit_code)
        return sorted(set(s.scalars(q)), reverse=True)


def set_warn_days(ctx: AppContext, days: int) -> None:
    """How many days ahead an item's deadline shows in the early warning (setting)."""
    from danvan_desktop.services.plans.common import WARN_DAYS_SETTING
    from danvan_desktop.store.settings import set_setting

    ctx.require(Permission.EDIT)
    if not 0 <= days <= 366:
        raise RuleViolation("Số ngày báo trước phải từ 0 đến 366.", "days")
    with ctx.session() as s:
        set_setting(s, WARN_DAYS_SETTING, str(days))


@dataclass(frozen=True)
class DueItem:
    item: ItemView
    plan_number: str
    plan_title: str


def items_due(ctx: AppContext, days: int, today: dt.date | None = None) -> list[DueItem]:
    """Items not done whose deadline is past or within `days` days, soonest first."""
    today = today or dt.date.today()
    limit = today + dt.timedelta(days=days)
    out = []
    with ctx.read() as s:
        plans = {p.id: p for p in read_plans(s, [ctx.unit_code], today)}
        items = _item_views(s, list(plans), today, False)
    for pid, rows in items.items():
        for i in rows:
            if i.status != DONE and i.due_on is not None and i.due_on <= limit:
                out.append(DueItem(i, plans[pid].number, plans[pid].title))
    return sorted(out, key=lambda d: (d.item.due_on or dt.date.max, d.plan_number))
