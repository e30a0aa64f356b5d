"""Audit and record bookkeeping, done once for every Record in a `before_flush` hook.

Services never bump revisions or write audit rows by hand: the hook sets updated_at,
revision, change_seq and updated_by, and writes one AuditEntry per change in the same
transaction, so an area added later is audited without any code of its own.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.store.base import AuditEntry, Counter, Record, entity_name

CHANGE_SEQ = "change_seq"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def next_counter(session: Session, name: str, step: int = 1) -> int:
    """Increase a named counter inside the current transaction and return its new value."""
    row = session.execute(
        select(Counter).where(Counter.name == name).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        row = Counter(name=name, value=0)
        session.add(row)
    row.value += step
    return row.value


def _columns(obj: Record) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _record_changes(obj: Record) -> dict[str, list[Any]]:
    state = inspect(obj)
    skip = {"updated_at", "revision", "change_seq", "updated_by", *obj.__unaudited__}
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        if key in skip:
            continue
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if key in obj.__confidential__:
                old, new = ("***" if old else None), ("***" if new else None)
            changes[key] = [_plain(old), _plain(new)]
    return changes


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    user = session.info.get("user", "")
    importing = session.info.get("importing", False)
    now = utcnow()
    pending: list[tuple[Record, str, dict[str, list[Any]]]] = []
    for obj in list(session.new):
        if not isinstance(obj, Record):
            continue
        # Python-side column defaults come only at INSERT: the audit row needs them now.
        obj.id = obj.id or uuid7()
        obj.unit_code = obj.unit_code or session.info.get("unit_code", "")
        obj.deleted = bool(obj.deleted)
        if not importing:
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.revision = obj.revision or 1
            obj.updated_by = user
        changes = {
            k: [None, _plain(getattr(obj, k))]
            for k in _columns(obj)
            if k not in ("change_seq", "updated_by", *obj.__unaudited__)
            and getattr(obj, k) is not None
        }
        for k in obj.__confidential__:
            if k in changes:
                changes[k] = [None, "***"]
        pending.append((obj, "import" if importing else "create", changes))
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _record_changes(obj)
        if not changes:
            continue
        if not importing:
            obj.revision = (obj.revision or 0) + 1
            obj.updated_at = now
            obj.updated_by = user
        action = (
            "import"
            if importing
            else ("delete" if changes.get("deleted") == [False, True] else "update")
        )
        pending.append((obj, action, changes))
    for obj in list(session.deleted):
        if isinstance(obj, Record):
            raise RuntimeError("Records are tombstoned (deleted=True), never hard-deleted")
    if not pending:
        return
    seq = None if importing else next_counter(session, CHANGE_SEQ)
    for obj, action, changes in pending:
        if seq is not None:
            obj.change_seq = seq
        session.add(
            AuditEntry(
                at=now,
                user=user,
                entity=entity_name(type(obj)),
                record_id=obj.id,
                action=action,
                changes=json.dumps(changes, ensure_ascii=False, default=str),
            )
        )


def audit_view(session: Session, entity: str, record_id: str, what: str) -> None:
    """Record that a user looked at something confidential (a denouncer's identity)."""
    session.add(
        AuditEntry(
            user=session.info.get("user", ""),
            entity=entity,
            record_id=record_id,
            action="view",
            changes=json.dumps({"viewed": what}, ensure_ascii=False),
        )
    )
