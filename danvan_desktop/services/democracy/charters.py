"""Village charters (hương ước, quy ước; Nghị định 61/2023/NĐ-CP): per hamlet, the charter as
adopted and approved, its revisions over time (each with what changed and its approval), the
current version per hamlet, and the ones not reviewed within the rule's period (5 years)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import common
from danvan_desktop.services.democracy.rules import charter_due_review, rules
from danvan_desktop.store.democracy import CharterRevision, VillageCharter
from danvan_desktop.store.queries import live_rows

WHAT = "hương ước, quy ước"
REVISION = "lần sửa đổi, bổ sung"
KINDS = {"huong_uoc": "Hương ước", "quy_uoc": "Quy ước"}
PARENT = records.Parent(VillageCharter, "charter_id", WHAT)


@dataclass
class CharterInput:
    title: str
    adopted_on: dt.date | None
    hamlet_code: str | None = None
    hamlet_name: str = ""
    kind: str = "huong_uoc"
    decision_no: str = ""
    decision_on: dt.date | None = None
    notes: str = ""


@dataclass
class RevisionInput:
    revised_on: dt.date | None
    changes: str
    decision_no: str = ""
    decision_on: dt.date | None = None


@dataclass(frozen=True)
class RevisionRow:
    id: str
    revision: int
    charter_id: str
    revised_on: dt.date
    changes: str
    decision_no: str
    decision_on: dt.date | None


@dataclass(frozen=True)
class CharterRow:
    id: str
    revision: int
    unit_code: str
    hamlet_code: str | None
    hamlet_name: str
    kind: str
    title: str
    adopted_on: dt.date
    decision_no: str
    decision_on: dt.date | None
    notes: str
    revisions: tuple[RevisionRow, ...]
    #: the hamlet's newest charter of its kind (an older one it replaced is history)
    current: bool
    due_review: bool

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def version(self) -> int:
        """1 as adopted, +1 per revision."""
        return 1 + len(self.revisions)

    @property
    def last_change(self) -> dt.date:
        return max([self.adopted_on, *(r.revised_on for r in self.revisions)])


def validate(data: CharterInput, today: dt.date) -> None:
    if not data.title:
        raise RuleViolation("Chưa nhập tên hương ước, quy ước.", "title")
    if data.kind not in KINDS:
        raise RuleViolation("Chưa chọn loại: hương ước hay quy ước.", "kind")
    common.real_date(data.adopted_on, "adopted_on", "Ngày thông qua")
    common.not_after_today(data.adopted_on, "adopted_on", "Ngày thông qua", today)
    common.real_date(data.decision_on, "decision_on", "Ngày quyết định công nhận", required=False)
    common.ordered(
        data.decision_on,
        data.adopted_on,
        "decision_on",
        "Ngày quyết định công nhận",
        "ngày thông qua",
    )
    common.not_after_today(data.decision_on, "decision_on", "Ngày quyết định công nhận", today)


def validate_revision(data: RevisionInput, adopted_on: dt.date, today: dt.date) -> None:
    common.real_date(data.revised_on, "revised_on", "Ngày sửa đổi, bổ sung")
    common.not_after_today(data.revised_on, "revised_on", "Ngày sửa đổi, bổ sung", today)
    common.ordered(
        data.revised_on, adopted_on, "revised_on", "Ngày sửa đổi, bổ sung", "ngày thông qua"
    )
    if not data.changes:
        raise RuleViolation("Chưa nhập nội dung sửa đổi, bổ sung.", "changes")
    common.real_date(data.decision_on, "decision_on", "Ngày quyết định công nhận", required=False)
    common.ordered(
        data.decision_on,
        data.revised_on,
        "decision_on",
        "Ngày quyết định công nhận",
        "ngày sửa đổi, bổ sung",
    )
    common.not_after_today(data.decision_on, "decision_on", "Ngày quyết định công nhận", today)


def _save(
    ctx: AppContext,
    data: CharterInput,
    today: dt.date | None,
    row: str | None = None,
    expected_revision: int | None = None,
) -> VillageCharter:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:

        def check(d: CharterInput) -> None:
            validate(d, today)
            d.hamlet_code, d.hamlet_name = common.hamlet_name(
                s, ctx.unit_code, d.hamlet_code, d.hamlet_name
            )
            if row is not None:
                first = min((r.revised_on for r in _revisions(s, row)), default=None)
                common.ordered(
                    first, d.adopted_on, "adopted_on", "Lần sửa đổi đầu tiên", "ngày thông qua"
                )

        def derive(c: VillageCharter) -> None:
            c.search_text = common.folded(c.title, c.hamlet_name, c.notes)

        return records.save(
            s,
            VillageCharter,
            data,
            check,
            expected_revision,
            row=row,
            ctx=ctx,
            what=WHAT,
            values=None if row else {"unit_code": ctx.unit_code},
            derive=derive,
        )


def create_charter(ctx: AppContext, data: CharterInput, today: dt.date | None = None) -> str:
    return _save(ctx, data, today).id


def update_charter(
    ctx: AppContext,
    charter_id: str,
    data: CharterInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    return _save(ctx, data, today, charter_id, expected_revision).revision


def delete_charter(ctx: AppContext, charter_id: str) -> None:
    def drop_revisions(s, row) -> None:  # noqa: ANN001 - the records core's guard signature
        records.tombstone_rows(_revisions(s, row.id))

    records.tombstone(ctx, VillageCharter, charter_id, WHAT, guard=drop_revisions)


def add_revision(
    ctx: AppContext, charter_id: str, data: RevisionInput, today: dt.date | None = None
) -> str:
    today = today or dt.date.today()

    def save(s, parent: VillageCharter, _row) -> CharterRevision:  # noqa: ANN001
        return records.save(
            s,
            CharterRevision,
            data,
            lambda d: validate_revision(d, parent.adopted_on, today),
            values=PARENT.values(parent),
        )

    return records.create_child(ctx, PARENT, charter_id, save)


def update_revision(
    ctx: AppContext,
    revision_id: str,
    data: RevisionInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    today = today or dt.date.today()

    def save(s, parent: VillageCharter, row: CharterRevision) -> CharterRevision:  # noqa: ANN001
        return records.save(
            s,
            CharterRevision,
            data,
            lambda d: validate_revision(d, parent.adopted_on, today),
            row=row,
        )

    return records.update_child(
        ctx, PARENT, CharterRevision, revision_id, REVISION, expected_revision, save
    )


def delete_revision(ctx: AppContext, revision_id: str) -> None:
    records.tombstone(ctx, CharterRevision, revision_id, REVISION)


def _revisions(s, charter_id: str) -> list[CharterRevision]:  # noqa: ANN001
    return live_rows(
        s,
        CharterRevision,
        CharterRevision.charter_id == charter_id,
        order_by=(CharterRevision.revised_on, CharterRevision.created_at),
    )


def _rev_row(r: CharterRevision) -> RevisionRow:
    return RevisionRow(
        r.id, r.revision, r.charter_id, r.revised_on, r.changes, r.decision_no, r.decision_on
    )


def charter_rows(s, unit_codes: list[str] | None, today: dt.date) -> list[CharterRow]:  # noqa: ANN001
    """Every live charter (of these units), its revisions in date order, and which is current."""
    r = rules()
    conds = [VillageCharter.unit_code.in_(unit_codes)] if unit_codes is not None else []
    charters = live_rows(
        s, VillageCharter, *conds, order_by=(VillageCharter.hamlet_name, VillageCharter.adopted_on)
    )
    by_charter: dict[str, list[RevisionRow]] = {}
    if charters:
        for rev in live_rows(
            s,
            CharterRevision,
            CharterRevision.charter_id.in_([c.id for c in charters]),
            order_by=(CharterRevision.revised_on, CharterRevision.created_at),
        ):
            by_charter.setdefault(rev.charter_id, []).append(_rev_row(rev))
    newest: dict[tuple, dt.date] = {}
    for c in charters:
        key = (c.unit_code, c.hamlet_code or c.hamlet_name, c.kind)
        newest[key] = max(newest.get(key, c.adopted_on), c.adopted_on)
    out = []
    for c in charters:
        revs = tuple(by_charter.get(c.id, []))
        last = max([c.adopted_on, *(x.revised_on for x in revs)])
        current = newest[(c.unit_code, c.hamlet_code or c.hamlet_name, c.kind)] == c.adopted_on
        out.append(
            CharterRow(
                c.id,
                c.revision,
                c.unit_code,
                c.hamlet_code,
                c.hamlet_name,
                c.kind,
                c.title,
                c.adopted_on,
                c.decision_no,
                c.decision_on,
                c.notes,
                revs,
                current,
                current and charter_due_review(r, last, today),
            )
        )
    return out


def list_charters(
    ctx: AppContext,
    search: str | None = None,
    today: dt.date | None = None,
    year: int | None = None,
) -> list[CharterRow]:
    """The commune's charters; `year` keeps those adopted or revised in that year."""
    today = today or dt.date.today()
    with ctx.read() as s:
        rows = charter_rows(s, [ctx.unit_code], today)
    if search and search.strip():
        words = common.folded(search).split()
        rows = [
            c
            for c in rows
            if all(w in common.folded(c.title, c.hamlet_name, c.notes) for w in words)
        ]
    if year:
        rows = [
            c
            for c in rows
            if c.adopted_on.year == year or any(x.revised_on.year == year for x in c.revisions)
        ]
    return rows


def get_charter(ctx: AppContext, charter_id: str, today: dt.date | None = None) -> CharterRow:
    today = today or dt.date.today()
    with ctx.read() as s:
        row = records.get(s, VillageCharter, charter_id, WHAT)
        return next(c for c in charter_rows(s, [row.unit_code], today) if c.id == charter_id)


def as_input(row: CharterRow) -> CharterInput:
    return CharterInput(**{f.name: getattr(row, f.name) for f in fields(CharterInput)})


def revision_input(row: RevisionRow) -> RevisionInput:
    return RevisionInput(**{f.name: getattr(row, f.name) for f in fields(RevisionInput)})


def years(ctx: AppContext, today: dt.date | None = None) -> list[int]:
    today = today or dt.date.today()
    found = {today.year}
    for c in list_charters(ctx, today=today):
        found.add(c.adopted_on.year)
        found.update(x.revised_on.year for x in c.revisions)
    return sorted(found, reverse=True)
