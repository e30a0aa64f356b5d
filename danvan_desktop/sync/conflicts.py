"""The conflict register: versions of a record two installs of one unit changed apart.

Stable API:

    list_conflicts(ctx, status="open") -> list[ConflictInfo]
    resolve(ctx, conflict_id, keep: "local" | "incoming", note="") -> None
    count_open(ctx) -> int

Resolving writes a new revision above both versions (max + 1) as a change made here, so it
travels in the next data bundle and wins at the other install and upstairs: "incoming" takes
the other install's travelling columns (confidential columns are never touched), "local"
re-issues this install's version unchanged. Either way the audit log gets an `update` row.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.audit import CHANGE_SEQ, next_counter
from danvan_desktop.store.base import AuditEntry, table_of
from danvan_desktop.store.sync_state import KEPT_LOCAL, OPEN, TOOK_INCOMING, Conflict
from danvan_desktop.sync.profiles import BOOKKEEPING, is_synced_entity, spec


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    entity: str
    entity_label: str
    record_id: str
    title: str  # the record's name or first text field, for people
    sender_unit: str
    sender_install: str
    local_revision: int
    incoming_revision: int
    local_updated_by: str
    incoming_updated_by: str
    fields: tuple[str, ...]
    #: (column, local value, incoming value) for each differing column
    differences: tuple[tuple[str, Any, Any], ...]
    reason: str
    detected_at: dt.datetime
    status: str
    resolved_by: str
    note: str


_TITLE_COLUMNS = ("name", "title", "subject", "summary", "full_name", "what", "issue", "content")


def _title(values: dict[str, Any]) -> str:
    for col in _TITLE_COLUMNS:
        if values.get(col):
            return str(values[col])[:120]
    return ""


def _info(row: Conflict) -> ConflictInfo:
    local, incoming = json.loads(row.local), json.loads(row.incoming)
    fields = tuple(json.loads(row.fields or "[]"))
    label = spec(row.entity).label if is_synced_entity(row.entity) else row.entity
    return ConflictInfo(
        row.id,
        row.entity,
        label,
        row.record_id,
        _title(incoming) or _title(local),
        row.sender_unit,
        row.sender_install,
        row.local_revision,
        row.incoming_revision,
        row.local_updated_by,
        row.incoming_updated_by,
        fields,
        tuple((f, local.get(f), incoming.get(f)) for f in fields),
        row.reason,
        row.detected_at,
        row.status,
        row.resolved_by,
        row.note,
    )


def list_conflicts(ctx: AppContext, status: str | None = OPEN) -> list[ConflictInfo]:
    with ctx.read() as s:
        q = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id.desc())
        if status is not None:
            q = q.where(Conflict.status == status)
        return [_info(r) for r in s.execute(q).scalars()]


def count_open(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.execute(
            select(func.count()).select_from(Conflict).where(Conflict.status == OPEN)
        ).scalar_one()


def resolve(ctx: AppContext, conflict_id: int, keep: str, note: str = "") -> None:
    """Settle one conflict (see module docstring)."""
    ctx.require(Permission.EDIT)
    if keep not in ("local", "incoming"):
        raise ValueError("keep must be 'local' or 'incoming'")
    with ctx.session() as s:
        row = s.get(Conflict, conflict_id)
        if row is None:
            raise NotFound("Không tìm thấy xung đột này.")
        if row.status != OPEN:
            raise RuleViolation("Xung đột này đã được giải quyết.")
        sp = spec(row.entity)
        table = sp.table
        current = s.execute(select(table).where(table.c.id == row.record_id)).mappings().first()
        if current is None:
            raise NotFound("Bản ghi của xung đột không còn trong cơ sở dữ liệu.")
        values: dict[str, Any] = {}
        if keep == "incoming":
            incoming = sp.decode(json.loads(row.incoming), f"xung đột {row.id}")
            values = {
                c: v for c, v in incoming.items() if c not in BOOKKEEPING and current[c] != v
            }  # derived columns too
        now = utcnow()
        seq = next_counter(s, CHANGE_SEQ)
        revision = max(current["revision"], row.incoming_revision) + 1
        s.execute(
            table.update()
            .where(table.c.id == row.record_id)
            .values(
                **values,
                revision=revision,
                updated_at=now,
                updated_by=ctx.user.username,
                change_seq=seq,
            )
        )
        changes = {c: [_plain(current[c]), _plain(v)] for c, v in values.items()}
        changes["_conflict"] = [
            None,
            "giữ bản ở máy này" if keep == "local" else "lấy bản của máy gửi",
        ]
        s.execute(
            insert(table_of(AuditEntry)),
            [
                dict(
                    at=now,
                    user=ctx.user.username,
                    entity=row.entity,
                    record_id=row.record_id,
                    action="update",
                    changes=json.dumps(changes, ensure_ascii=False, default=str),
                )
            ],
        )
        row.status = KEPT_LOCAL if keep == "local" else TOOK_INCOMING
        row.resolved_at, row.resolved_by, row.note = now, ctx.user.username, note


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v
