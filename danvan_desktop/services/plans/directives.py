"""Documents from above (văn bản cấp trên) that a unit must answer with its own plan by a date.

At an upper level (province, cluster) a document is recorded as the upper level's own record and
goes down to every commune in the reference bundle. At a commune the same form records a document
that arrived on paper (the commune's own record, which goes up with its data). Either kind can be
answered by a commune plan, so listings treat both alike (common.Directive).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from danvan_desktop.domain.dates import fmt_date, not_before, not_in_future
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans.common import Directive, directive_by_id, directives_for
from danvan_desktop.services.upper_level.scope import is_upper_level
from danvan_desktop.store.plans import PlanDirective, ReceivedDirective

WHAT = "văn bản cấp trên"


@dataclass(frozen=True)
class DirectiveInput:
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    plan_due_on: dt.date | None
    report_due_on: dt.date | None = None
    note: str = ""
    received_on: dt.date | None = None  # a paper document: the day it reached the commune


def check_directive(data: DirectiveInput, today: dt.date) -> None:
    """Every refusal at once is the form's job; the service names the first it meets."""
    if not data.number:
        raise RuleViolation("Chưa nhập số văn bản.", "number")
    if data.issued_on is None:
        raise RuleViolation("Chưa nhập ngày ban hành văn bản.", "issued_on")
    not_in_future(data.issued_on, "Ngày ban hành", today)
    if not data.issuer:
        raise RuleViolation("Chưa nhập cơ quan ban hành.", "issuer")
    if not data.title:
        raise RuleViolation("Chưa nhập trích yếu (tên) văn bản.", "title")
    if data.plan_due_on is None:
        raise RuleViolation(
            "Chưa nhập hạn ban hành kế hoạch thực hiện của cấp dưới.", "plan_due_on"
        )
    not_before(data.plan_due_on, data.issued_on, "Hạn ban hành kế hoạch", "Ngày ban hành")
    not_before(data.report_due_on, data.issued_on, "Hạn báo cáo", "Ngày ban hành")
    if data.received_on is not None:
        not_in_future(data.received_on, "Ngày nhận", today)
        not_before(data.received_on, data.issued_on, "Ngày nhận", "Ngày ban hành")


def save_directive(
    ctx: AppContext,
    data: DirectiveInput,
    directive_id: str | None = None,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> str:
    """Create or edit a document from above: the upper level's own record at an upper level, the
    commune's note of a paper document at a commune. Returns its id."""
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    upper = is_upper_level(ctx)
    with ctx.session() as s:
        cls: type[PlanDirective] | type[ReceivedDirective]
        if directive_id is not None:
            found = directive_by_id(s, directive_id)
            if found is None:
                raise RuleViolation(f"Không tìm thấy {WHAT} (có thể đã bị xóa).")
            cls = PlanDirective if found.source == "upper" else ReceivedDirective
        else:
            cls = PlanDirective if upper else ReceivedDirective
        skip = () if cls is ReceivedDirective else ("received_on",)

        def derive(row: PlanDirective | ReceivedDirective) -> None:
            row.search_text = fold(" ".join([row.number, row.issuer, row.title]))

        row = records.save(
            s,
            cls,
            data,
            lambda d: check_directive(d, today),
            expected_revision,
            row=directive_id,
            ctx=ctx,
            what=WHAT,
            owner=WHAT,
            skip=skip,
            values=None if directive_id else {"unit_code": ctx.unit_code},
            derive=derive,
        )
        return row.id


def delete_directive(ctx: AppContext, directive_id: str) -> None:
    """Tombstone a document this unit recorded; refused while a plan of this unit answers it."""
    from sqlalchemy import select

    from danvan_desktop.store.plans import Plan

    with ctx.read() as s:
        found = directive_by_id(s, directive_id)
    if found is None:
        raise RuleViolation(f"Không tìm thấy {WHAT} (có thể đã bị xóa).")
    cls = PlanDirective if found.source == "upper" else ReceivedDirective

    def guard(s, row) -> None:  # noqa: ANN001
        q = select(Plan.number).where(Plan.deleted.is_(False), Plan.directive_id == row.id)
        if s.scalars(q.limit(1)).first() is not None:
            raise RuleViolation(
                "Văn bản này đã có kế hoạch thực hiện trả lời: xóa hoặc sửa kế hoạch trước."
            )

    records.tombstone(ctx, cls, directive_id, WHAT, guard=guard, owner=WHAT)


def list_directives(ctx: AppContext, text: str = "", year: int | None = None) -> list[Directive]:
    """The documents this unit must answer (at an upper level: those it issued and every paper
    note its communes sent up), latest deadline first; `text` searched without diacritics."""
    with ctx.read() as s:
        codes = None if is_upper_level(ctx) else [ctx.unit_code]
        rows = directives_for(s, codes)
    words = fold(text).split()
    out = []
    for d in rows:
        if year is not None and d.plan_due_on.year != year and d.issued_on.year != year:
            continue
        hay = fold(" ".join([d.number, d.issuer, d.title]))
        if all(w in hay for w in words):
            out.append(d)
    return sorted(out, key=lambda d: (d.plan_due_on, d.number), reverse=True)


def get_directive(ctx: AppContext, directive_id: str) -> Directive:
    with ctx.read() as s:
        found = directive_by_id(s, directive_id)
    if found is None:
        raise RuleViolation(f"Không tìm thấy {WHAT} (có thể đã bị xóa).")
    return found


def due_words(d: Directive) -> str:
    out = f"hạn ban hành kế hoạch {fmt_date(d.plan_due_on)}"
    if d.report_due_on:
        out += f", hạn báo cáo {fmt_date(d.report_due_on)}"
    return out
