"""Matters the people of a hamlet discussed and decided, or voted on (Nhân dân bàn và quyết
định; bàn, biểu quyết): the hamlet, the meeting or ballot, households attending of the hamlet's
total, votes for and against, the result computed from the rule (more than half of the hamlet's
households agree: resources/rules/democracy.json) and the follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import common
from danvan_desktop.services.democracy.rules import Rules, matter_passed, rules
from danvan_desktop.store.democracy import DemocracyMatter
from danvan_desktop.store.queries import in_span, live_rows

WHAT = "nội dung bàn và quyết định"
DECISION_KINDS = {
    "decide": "Nhân dân bàn và quyết định trực tiếp",
    "vote": "Nhân dân bàn, biểu quyết để cấp có thẩm quyền quyết định",
}
COUNTS = {
    "households_total": "Tổng số hộ của thôn",
    "households_attending": "Số hộ tham dự",
    "votes_for": "Số hộ tán thành",
    "votes_against": "Số hộ không tán thành",
}


@dataclass
class MatterInput:
    matter: str
    meeting_on: dt.date | None
    hamlet_code: str | None = None
    hamlet_name: str = ""  # typed when the hamlet is not in the commune's list
    decision_kind: str = "decide"
    form: str = "meeting"
    households_total: int = 0
    households_attending: int = 0
    votes_for: int = 0
    votes_against: int = 0
    follow_up: str = ""


@dataclass(frozen=True)
class MatterRow:
    id: str
    revision: int
    unit_code: str
    matter: str
    hamlet_code: str | None
    hamlet_name: str
    meeting_on: dt.date
    decision_kind: str
    form: str
    form_label: str
    households_total: int
    households_attending: int
    votes_for: int
    votes_against: int
    passed: bool
    follow_up: str

    @property
    def result_label(self) -> str:
        return "Thông qua" if self.passed else "Không thông qua"

    @property
    def agree_share(self) -> str:
        """ "62,5 %" of the hamlet's households agreeing."""
        if not self.households_total:
            return ""
        share = 100 * self.votes_for / self.households_total
        return f"{share:.1f}".replace(".", ",") + " %"


def validate(data: MatterInput, today: dt.date) -> None:
    r = rules()
    if not data.matter:
        raise RuleViolation("Chưa nhập nội dung đưa ra bàn, quyết định.", "matter")
    common.real_date(data.meeting_on, "meeting_on", "Ngày họp, lấy ý kiến")
    common.not_after_today(data.meeting_on, "meeting_on", "Ngày họp, lấy ý kiến", today)
    if data.decision_kind not in DECISION_KINDS:
        raise RuleViolation(
            "Chưa chọn hình thức: bàn và quyết định, hay biểu quyết.", "decision_kind"
        )
    if data.form not in r.matter_forms:
        raise RuleViolation("Chưa chọn cách lấy ý kiến (họp thôn, phát phiếu …).", "form")
    common.not_negative(data, COUNTS)
    if data.households_total < 1:
        raise RuleViolation("Tổng số hộ của thôn phải lớn hơn 0.", "households_total")
    if data.households_attending > data.households_total:
        raise RuleViolation(
            f"Số hộ tham dự ({data.households_attending}) không thể lớn hơn tổng số hộ của thôn "
            f"({data.households_total}).",
            "households_attending",
        )
    if data.votes_for + data.votes_against > data.households_attending:
        raise RuleViolation(
            f"Số hộ tán thành và không tán thành ({data.votes_for + data.votes_against}) không "
            f"thể nhiều hơn số hộ tham dự ({data.households_attending}).",
            "votes_for",
        )


def _save(
    ctx: AppContext,
    data: MatterInput,
    today: dt.date | None,
    row: str | None = None,
    expected_revision: int | None = None,
) -> DemocracyMatter:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    r = rules()
    with ctx.session() as s:

        def check(d: MatterInput) -> None:
            validate(d, today)
            d.hamlet_code, d.hamlet_name = common.hamlet_name(
                s, ctx.unit_code, d.hamlet_code, d.hamlet_name
            )

        def derive(m: DemocracyMatter) -> None:
            m.passed = matter_passed(r, m.households_total, m.votes_for)
            m.search_text = common.folded(m.matter, m.hamlet_name, m.follow_up)

        saved = records.save(
            s,
            DemocracyMatter,
            data,
            check,
            expected_revision,
            row=row,
            ctx=ctx,
            what=WHAT,
            values=None if row else {"unit_code": ctx.unit_code},
            derive=derive,
        )
        return saved


def create_matter(ctx: AppContext, data: MatterInput, today: dt.date | None = None) -> str:
    return _save(ctx, data, today).id


def update_matter(
    ctx: AppContext,
    matter_id: str,
    data: MatterInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    return _save(ctx, data, today, matter_id, expected_revision).revision


def delete_matter(ctx: AppContext, matter_id: str) -> None:
    records.tombstone(ctx, DemocracyMatter, matter_id, WHAT)


def preview_result(data: MatterInput) -> tuple[bool, str]:
    """What the form shows as the user types: the result and the rule behind it."""
    r = rules()
    passed = matter_passed(r, data.households_total, data.votes_for)
    word = "Thông qua" if passed else "Không thông qua"
    return (
        passed,
        f"Kết quả: {word} ({data.votes_for}/{data.households_total} hộ tán thành; {r.pass_label})",
    )


def row_of(m: DemocracyMatter, r: Rules) -> MatterRow:
    return MatterRow(
        m.id,
        m.revision,
        m.unit_code,
        m.matter,
        m.hamlet_code,
        m.hamlet_name,
        m.meeting_on,
        m.decision_kind,
        m.form,
        r.matter_forms.get(m.form, m.form),
        m.households_total,
        m.households_attending,
        m.votes_for,
        m.votes_against,
        m.passed,
        m.follow_up,
    )


def list_matters(
    ctx: AppContext, year: int | None = None, search: str | None = None
) -> list[MatterRow]:
    r = rules()
    conds = [
        *in_span(DemocracyMatter.meeting_on, year),
        *common.search_conds(DemocracyMatter.search_text, search),
    ]
    with ctx.read() as s:
        return [
            row_of(m, r)
            for m in live_rows(
                s,
                DemocracyMatter,
                *conds,
                order_by=(DemocracyMatter.meeting_on.desc(), DemocracyMatter.created_at.desc()),
            )
        ]


def get_matter(ctx: AppContext, matter_id: str) -> MatterRow:
    with ctx.read() as s:
        return row_of(records.get(s, DemocracyMatter, matter_id, WHAT), rules())


def as_input(row: MatterRow) -> MatterInput:
    return MatterInput(**{f.name: getattr(row, f.name) for f in fields(MatterInput)})


def years(ctx: AppContext, today: dt.date | None = None) -> list[int]:
    with ctx.read() as s:
        return common.years_of(s, DemocracyMatter.meeting_on, today or dt.date.today())
