"""Dissemination (quán triệt, tuyên truyền): conferences, trainings, broadcasts, articles and
posts, with participants by group (the total is computed) and, for the media kinds, how many
articles, broadcasts or posts; the photos and minutes behind them as evidence files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import evidence as evidence_store
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import common
from danvan_desktop.services.democracy.rules import rules
from danvan_desktop.store.democracy import DisseminationEvent
from danvan_desktop.store.dvk_models import Evidence
from danvan_desktop.store.queries import in_span, live_rows

ENTITY = "democracy_events"
WHAT = "hoạt động tuyên truyền"
GROUPS = {
    "cadres": "Cán bộ, công chức",
    "party_members": "Đảng viên",
    "union_members": "Đoàn viên, hội viên",
    "citizens": "Nhân dân",
}


@dataclass
class EventInput:
    kind: str
    held_on: dt.date | None
    title: str
    content: str = ""
    document: str = ""
    place: str = ""
    cadres: int = 0
    party_members: int = 0
    union_members: int = 0
    citizens: int = 0
    items: int = 0
    link: str = ""


@dataclass(frozen=True)
class EventRow:
    id: str
    revision: int
    unit_code: str
    kind: str
    kind_label: str
    held_on: dt.date
    title: str
    document: str
    place: str
    cadres: int
    party_members: int
    union_members: int
    citizens: int
    total: int
    items: int
    content: str
    link: str
    evidence: int


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    file_name: str
    sha256: str
    size: int
    note: str


def validate(data: EventInput, today: dt.date) -> None:
    r = rules()
    if data.kind not in r.event_kinds:
        raise RuleViolation("Chưa chọn hình thức tuyên truyền.", "kind")
    common.real_date(data.held_on, "held_on", "Ngày thực hiện")
    common.not_after_today(data.held_on, "held_on", "Ngày thực hiện", today)
    if not data.title:
        raise RuleViolation("Chưa nhập tên hoạt động, nội dung tuyên truyền.", "title")
    common.not_negative(data, {**GROUPS, "items": "Số tin, bài, lượt phát"})
    kind = r.event_kinds[data.kind]
    if kind.media and data.items < 1:
        raise RuleViolation(
            f"{kind.label}: cần nhập {kind.items_label.lower() or 'số tin, bài'} (ít nhất 1).",
            "items",
        )
    if not kind.media and sum(getattr(data, g) for g in GROUPS) == 0:
        raise RuleViolation(
            f"{kind.label}: cần nhập số người tham dự của ít nhất một nhóm.", "cadres"
        )


def _derive(row: DisseminationEvent) -> None:
    row.total = sum(int(getattr(row, g) or 0) for g in GROUPS)
    row.search_text = common.folded(row.title, row.document, row.place, row.content)


def create_event(ctx: AppContext, data: EventInput, today: dt.date | None = None) -> str:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        return records.save(
            s,
            DisseminationEvent,
            data,
            lambda d: validate(d, today),
            values={"unit_code": ctx.unit_code},
            derive=_derive,
        ).id


def update_event(
    ctx: AppContext,
    event_id: str,
    data: EventInput,
    expected_revision: int | None = None,
    today: dt.date | None = None,
) -> int:
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        return records.save(
            s,
            DisseminationEvent,
            data,
            lambda d: validate(d, today),
            expected_revision,
            row=event_id,
            ctx=ctx,
            what=WHAT,
            derive=_derive,
        ).revision


def delete_event(ctx: AppContext, event_id: str) -> None:
    def drop_files(s, row) -> None:  # noqa: ANN001 - the records core's guard signature
        records.tombstone_rows(_evidence_rows(s, row.id))

    records.tombstone(ctx, DisseminationEvent, event_id, WHAT, guard=drop_files)


def list_events(
    ctx: AppContext, year: int | None = None, search: str | None = None, kind: str | None = None
) -> list[EventRow]:
    r = rules()
    conds = [
        *in_span(DisseminationEvent.held_on, year),
        *common.search_conds(DisseminationEvent.search_text, search),
    ]
    if kind:
        conds.append(DisseminationEvent.kind == kind)
    with ctx.read() as s:
        rows = live_rows(
            s,
            DisseminationEvent,
            *conds,
            order_by=(DisseminationEvent.held_on.desc(), DisseminationEvent.created_at.desc()),
        )
        files = _evidence_counts(s, [e.id for e in rows])
        return [_row(e, r.event_kinds, files.get(e.id, 0)) for e in rows]


def get_event(ctx: AppContext, event_id: str) -> EventRow:
    with ctx.read() as s:
        e = records.get(s, DisseminationEvent, event_id, WHAT)
        return _row(e, rules().event_kinds, len(_evidence_rows(s, e.id)))


def as_input(row: EventRow) -> EventInput:
    return EventInput(**{f.name: getattr(row, f.name) for f in fields(EventInput)})


def _row(e: DisseminationEvent, kinds: dict, files: int) -> EventRow:
    kind = kinds.get(e.kind)
    return EventRow(
        e.id,
        e.revision,
        e.unit_code,
        e.kind,
        kind.label if kind else e.kind,
        e.held_on,
        e.title,
        e.document,
        e.place,
        e.cadres,
        e.party_members,
        e.union_members,
        e.citizens,
        e.total,
        e.items,
        e.content,
        e.link,
        files,
    )


def years(ctx: AppContext, today: dt.date | None = None) -> list[int]:
    with ctx.read() as s:
        return common.years_of(s, DisseminationEvent.held_on, today or dt.date.today())


# ---- evidence --------------------------------------------------------------------------------


def _evidence_rows(s, event_id: str) -> list[Evidence]:  # noqa: ANN001
    return live_rows(
        s,
        Evidence,
        Evidence.record_entity == ENTITY,
        Evidence.record_id == event_id,
        order_by=Evidence.created_at,
    )


def _evidence_counts(s, ids: list[str]) -> dict[str, int]:  # noqa: ANN001
    if not ids:
        return {}
    q = select(Evidence.record_id).where(
        Evidence.deleted.is_(False), Evidence.record_entity == ENTITY, Evidence.record_id.in_(ids)
    )
    out: dict[str, int] = {}
    for (rid,) in s.execute(q):
        out[rid] = out.get(rid, 0) + 1
    return out


def attach_evidence(ctx: AppContext, event_id: str, path: Path, note: str = "") -> str:
    """Copy a file (photo, minutes, the article) into the evidence store and cite it; it goes
    up with the event in the next data bundle."""
    ctx.require(Permission.EDIT)
    with ctx.read() as s:
        records.check_owned(ctx, records.get(s, DisseminationEvent, event_id, WHAT), WHAT)
    sha, size = evidence_store.store_file(ctx.files_dir, Path(path))
    with ctx.session() as s:
        e = records.get(s, DisseminationEvent, event_id, WHAT)
        ev = records.add(
            s,
            Evidence,
            record_id=e.id,
            record_entity=ENTITY,
            step="",
            file_name=Path(path).name,
            sha256=sha,
            size=size,
            note=note,
            unit_code=e.unit_code,
        )
        s.flush()
        return ev.id


def list_evidence(ctx: AppContext, event_id: str) -> list[EvidenceRow]:
    with ctx.read() as s:
        return [
            EvidenceRow(e.id, e.file_name, e.sha256, e.size, e.note)
            for e in _evidence_rows(s, event_id)
        ]


def remove_evidence(ctx: AppContext, evidence_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        row = records.get(s, Evidence, evidence_id, "minh chứng")
        records.check_owned(ctx, row, "minh chứng")
        row.deleted = True
