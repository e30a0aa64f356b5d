"""Publicity (công khai): what the commune made public to citizens, in which category of the law
on grassroots democracy, how (posted at the office, loudspeaker, website, hamlet meeting …),
where, from and until when; whether it is still posted today, and whether a posting stayed up
as long as its form requires (a rule in resources/rules/democracy.json)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import common
from danvan_desktop.services.democracy.rules import (
    Rules,
    ending_soon,
    posting_days,
    rules,
    short_posting,
    still_posted,
)
from danvan_desktop.store.democracy import PublicityItem
from danvan_desktop.store.queries import in_span, live_rows

WHAT = "nội dung công khai"


@dataclass
class PublicityInput:
    content: str
    category: str
    form: str
    posted_from: dt.date | None
    posted_until: dt.date | None = None
    place: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PublicityRow:
    id: str
    revision: int
    unit_code: str
    content: str
    category: str
    category_label: str
    form: str
    form_label: str
    place: str
    posted_from: dt.date
    posted_until: dt.date | None
    notes: str
    days: int | None
    min_days: int
    posted_now: bool
    ending_soon: bool
    too_short: bool

    @property
    def status(self) -> str:
        """What an officer reads in the register's status column."""
        if self.too_short:
            return f"Chưa đủ {self.min_days} ngày"
        if self.ending_soon:
            return "Sắp hết hạn công khai"
        if self.posted_now:
            return "Đang công khai"
        return "Đã kết thúc"


def validate(data: PublicityInput, today: dt.date) -> None:
    r = rules()
    if not data.content:
        raise RuleViolation("Chưa nhập nội dung công khai.", "content")
    if data.category not in r.categories:
        raise RuleViolation("Chưa chọn nhóm nội dung công khai.", "category")
    if data.form not in r.forms:
        raise RuleViolation("Chưa chọn hình thức công khai.", "form")
    common.real_date(data.posted_from, "posted_from", "Ngày bắt đầu công khai")
    common.not_after_today(data.posted_from, "posted_from", "Ngày bắt đầu công khai", today)
    common.real_date(data.posted_until, "posted_until", "Ngày kết thúc", required=False)
    start, until = data.posted_from, data.posted_until
    if until is not None and start is not None and until < start:
        raise RuleViolation(
            f"Ngày kết thúc công khai ({fmt_date(until)}) không thể trước ngày bắt đầu "
            f"({fmt_date(start)}).",
            "posted_until",
        )


def create_item(ctx: AppContext, data: PublicityInput, today: dt.date | None = None) -> str:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        return records.save(
            s,
            PublicityItem,
            data,
            lambda d: validate(d, today),
            values={"unit_code": ctx.unit_code},
            derive=_derive,
        ).id


def update_item(
    ctx: AppContext,
    item_id: str,
    data: PublicityInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        return records.save(
            s,
            PublicityItem,
            data,
            lambda d: validate(d, today),
            expected_revision,
            row=item_id,
            ctx=ctx,
            what=WHAT,
            derive=_derive,
        ).revision


def delete_item(ctx: AppContext, item_id: str) -> None:
    records.tombstone(ctx, PublicityItem, item_id, WHAT)


def _derive(row: PublicityItem) -> None:
    row.search_text = common.folded(row.content, row.place, row.notes)


def row_of(p: PublicityItem, r: Rules, today: dt.date) -> PublicityRow:
    form = r.forms.get(p.form)
    return PublicityRow(
        p.id,
        p.revision,
        p.unit_code,
        p.content,
        p.category,
        r.categories.get(p.category, p.category),
        p.form,
        form.label if form else p.form,
        p.place,
        p.posted_from,
        p.posted_until,
        p.notes,
        posting_days(p.posted_from, p.posted_until),
        form.min_days if form else 0,
        still_posted(p.posted_from, p.posted_until, today),
        ending_soon(r, p.posted_from, p.posted_until, today),
        short_posting(r, p.form, p.posted_from, p.posted_until),
    )


def list_items(
    ctx: AppContext,
    year: int | None = None,
    search: str | None = None,
    today: dt.date | None = None,
    category: str | None = None,
) -> list[PublicityRow]:
    today = today or dt.date.today()
    conds = [
        *in_span(PublicityItem.posted_from, year),
        *common.search_conds(PublicityItem.search_text, search),
    ]
    if category:
        conds.append(PublicityItem.category == category)
    r = rules()
    with ctx.read() as s:
        return [
            row_of(p, r, today)
            for p in live_rows(
                s,
                PublicityItem,
                *conds,
                order_by=(PublicityItem.posted_from.desc(), PublicityItem.created_at.desc()),
            )
        ]


def get_item(ctx: AppContext, item_id: str, today: dt.date | None = None) -> PublicityRow:
    with ctx.read() as s:
        return row_of(
            records.get(s, PublicityItem, item_id, WHAT), rules(), today or dt.date.today()
        )


def as_input(row: PublicityRow) -> PublicityInput:
    return PublicityInput(**{f.name: getattr(row, f.name) for f in fields(PublicityInput)})


def years(ctx: AppContext, today: dt.date | None = None) -> list[int]:
    with ctx.read() as s:
        return common.years_of(s, PublicityItem.posted_from, today or dt.date.today())
