"""Audit and record bookkeeping, done once for every Record in a `before_flush` hook.

Services never bump revisions or write audit rows by hand: the hook sets updated_at,
revision, change_seq and updated_by, and writes one AuditEntry per change in the same
transaction, so an area added later is audited without any code of its own.

The log is a hash chain, so an edit made outside the app shows: every row stores
`row_hash = sha256(prev_hash + its canonical content)`, ids are given in order (a gap is a
deleted row) and the head (last id and hash) is kept in `audit_head`, so rows cut off
the end show too. Each row written for a record also holds `state_hash`, a digest of the
record's audited columns after the change: a record changed by SQL no longer matches its
last audit row. The chaining is done where every insert into `audit_log` passes (a
`before_execute` hook for Core inserts such as the sync importer's bulk path, the flush for
ORM rows), so no writer has to remember it. `verify_chain` checks all of it (`db check`).
Without a secret key this stops a careless or casual edit, not someone who recomputes the
whole chain and the head (see packaging/THREAT_MODEL.md).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    Numeric,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.store.base import (
    SYNCED,
    AuditEntry,
    AuditHead,
    Base,
    Counter,
    Record,
    entity_name,
    table_of,
)

CHANGE_SEQ = "change_seq"
GENESIS = "0" * 64
_AUDIT = table_of(AuditEntry)
_HEAD = table_of(AuditHead)
_PENDING = "_audit_pending"


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
            # Mapped[datetime] cannot say "None until the first flush".
            obj.created_at = cast("dt.datetime | None", obj.created_at) or now
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
    # Audit rows added as objects (by code outside this hook) are chained here; the rows for
    # records are written after the flush, when each record's final values are known.
    entries = [o for o in session.new if isinstance(o, AuditEntry) and o.row_hash is None]
    if entries:
        rows = [_entry_row(o, now) for o in entries]
        chain_rows(session.connection(), rows)
        for o, row in zip(entries, rows, strict=True):
            o.id, o.at = row["id"], row["at"]
            o.prev_hash, o.row_hash = row["prev_hash"], row["row_hash"]
    if not pending:
        return
    seq = None if importing else next_counter(session, CHANGE_SEQ)
    for obj, _action, _changes in pending:
        if seq is not None:
            obj.change_seq = seq
    session.info.setdefault(_PENDING, []).append((now, user, pending))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: Any) -> None:
    batches = session.info.pop(_PENDING, None)
    if not batches:
        return
    rows = [
        {
            "at": now,
            "user": user,
            "entity": entity_name(type(obj)),
            "record_id": obj.id,
            "action": action,
            "changes": json.dumps(changes, ensure_ascii=False, default=str),
            "state_hash": state_digest(type(obj), {k: getattr(obj, k) for k in _columns(obj)}),
        }
        for now, user, pending in batches
        for obj, action, changes in pending
    ]
    session.connection().execute(insert(_AUDIT), rows)  # chained by _chain_core_insert


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _entry_row(o: AuditEntry, now: dt.datetime) -> dict[str, Any]:
    return {
        "at": cast("dt.datetime | None", o.at) or now,  # None until flushed
        "user": o.user or "",
        "entity": o.entity,
        "record_id": o.record_id,
        "action": o.action,
        "changes": o.changes or "{}",
        "state_hash": o.state_hash,
    }


def audit_view(session: Session, entity: str, record_id: str, what: str) -> None:
    """Record that a user looked at something confidential (a denouncer's identity)."""
    session.execute(
        insert(_AUDIT),
        {
            "user": session.info.get("user", ""),
            "entity": entity,
            "record_id": record_id,
            "action": "view",
            "changes": json.dumps({"viewed": what}, ensure_ascii=False),
        },
    )


# ---- the hash chain ------------------------------------------------------------------------


def _stamp(at: Any) -> str:
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def row_digest(prev_hash: str, row: dict[str, Any]) -> str:
    """sha256 of the previous row's hash and this row's canonical content."""
    content = json.dumps(
        [
            row["id"],
            _stamp(row["at"]),
            row.get("user") or "",
            row["entity"],
            row["record_id"],
            row["action"],
            row.get("changes") or "{}",
            row.get("state_hash") or "",
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{content}".encode()).hexdigest()


def _read_head(conn: Connection, lock: bool) -> tuple[int, str]:
    q = select(_HEAD.c.last_id, _HEAD.c.row_hash).where(_HEAD.c.id == 1)
    row = conn.execute(q.with_for_update() if lock else q).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def chain_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Give each new audit row its id, time and place in the chain, and move the head on.

    Called inside the writer's transaction (the head row is locked on PostgreSQL, and on
    SQLite the writer already holds the write lock), so chains never fork."""
    if not rows:
        return
    last, prev = _read_head(conn, lock=True)
    now = utcnow()
    for row in rows:
        last += 1
        row["id"], row["at"] = last, row.get("at") or now
        row.setdefault("user", "")
        row.setdefault("changes", "{}")
        row.setdefault("state_hash", None)
        row["prev_hash"] = prev
        row["row_hash"] = prev = row_digest(prev, row)
    if conn.execute(
        update(_HEAD).where(_HEAD.c.id == 1).values(last_id=last, row_hash=prev)
    ).rowcount:
        return
    conn.execute(insert(_HEAD), {"id": 1, "last_id": last, "row_hash": prev})


@event.listens_for(Engine, "before_execute", retval=True)
def _chain_core_insert(
    conn: Connection, clause: Any, multiparams: Any, params: Any, _options: Any
) -> tuple[Any, Any, Any]:
    """Every Core insert into audit_log (the importer's bulk path too) joins the chain."""
    if not isinstance(clause, Insert) or clause.table is not _AUDIT:
        return clause, multiparams, params
    if multiparams:
        rows = [dict(r) for r in multiparams]
        if all(r.get("row_hash") for r in rows):
            return clause, multiparams, params
        chain_rows(conn, rows)
        return clause, rows, {}
    if not params or params.get("row_hash"):
        return clause, multiparams, params
    row = dict(params)
    chain_rows(conn, [row])
    return clause, [], row


# ---- state digests and the check -------------------------------------------------------------


def _state_value(column: Any, value: Any) -> Any:
    if value is None:
        default = column.default
        if default is not None and default.is_scalar:
            value = default.arg
        else:
            return None
    kind = column.type
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, DateTime):
        return _stamp(value) if isinstance(value, dt.datetime | str) else str(value)
    if isinstance(kind, Date):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if isinstance(kind, Float | Numeric):
        return repr(float(value))
    if isinstance(kind, Integer):
        return int(value)
    value = _plain(value)
    return value if isinstance(value, str | int | float | bool) else str(value)


def _state_columns(model: type[Record]) -> list[Any]:
    # Bookkeeping moves without content changing (an import of a newer revision with the same
    # values writes no audit row): only the content is compared.
    skip = {
        "change_seq",
        "revision",
        "updated_at",
        "updated_by",
        *model.__unaudited__,
        *model.__confidential__,
    }
    return [c for c in model.__table__.columns if c.name not in skip]


def state_digest(model: type[Record], values: dict[str, Any]) -> str:
    """Digest of a record's audited columns (confidential and derived ones left out)."""
    state = [[c.name, _state_value(c, values.get(c.name))] for c in _state_columns(model)]
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class ChainReport:
    rows: int = 0
    problems: list[str] = field(default_factory=list)
    #: id of the first audit row that does not check out (None: all good).
    first_broken: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _record_models() -> dict[str, type[Record]]:
    models = {entity_name(m): m for m in SYNCED.values()}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Record) and getattr(cls, "__table__", None) is not None:
            models.setdefault(entity_name(cls), cls)
    return models


def verify_chain(conn: Connection, limit: int = 20) -> ChainReport:
    """Walk the audit log: each row's hash, the link to the row before, gaps in the ids, the
    head; then each record against the state its last audit row recorded."""
    report = ChainReport()

    def problem(row_id: int | None, text: str) -> None:
        if report.first_broken is None and row_id is not None:
            report.first_broken = row_id
        if len(report.problems) < limit:
            report.problems.append(text)

    prev_id, prev_hash = 0, GENESIS
    states: dict[tuple[str, str], str | None] = {}
    q = select(_AUDIT).order_by(_AUDIT.c.id).execution_options(yield_per=5000)
    for row in conn.execute(q).mappings():
        report.rows += 1
        rid = row["id"]
        if row["row_hash"] is None:
            problem(rid, f"Dòng nhật ký {rid}: không có mã băm (được ghi ngoài phần mềm).")
        elif row_digest(row["prev_hash"] or "", dict(row)) != row["row_hash"]:
            problem(rid, f"Dòng nhật ký {rid}: nội dung đã bị sửa.")
        elif rid != prev_id + 1 or row["prev_hash"] != prev_hash:
            if rid > prev_id + 1:
                gone = f"{prev_id + 1}" if rid == prev_id + 2 else f"{prev_id + 1}–{rid - 1}"
                problem(rid, f"Dòng nhật ký {gone}: đã bị xóa (trước dòng {rid}).")
            else:
                problem(rid, f"Dòng nhật ký {rid}: không nối với dòng {prev_id} trước nó.")
        prev_id, prev_hash = rid, row["row_hash"] or ""
        if row["action"] != "view":
            states[(row["entity"], row["record_id"])] = row["state_hash"]
    last, head = _read_head(conn, lock=False)
    if (last, head) != (prev_id, prev_hash) and last:
        if last > prev_id:
            gone = f"{prev_id + 1}" if last == prev_id + 1 else f"{prev_id + 1}–{last}"
            problem(prev_id + 1, f"Dòng nhật ký {gone}: đã bị xóa (cuối nhật ký).")
        else:
            problem(prev_id, "Đầu chuỗi nhật ký không khớp dòng cuối cùng.")
    for entity, model in _record_models().items():
        table = table_of(model)
        cols = _state_columns(model)
        for rec in conn.execute(select(*cols)).mappings():
            key = (entity, rec["id"])
            expected = states.get(key)
            if expected and state_digest(model, dict(rec)) != expected:
                label = model.__label__ or table.name
                problem(
                    None,
                    f"{label} {rec['id']}: đã bị sửa ngoài phần mềm "
                    "(khác với lần thay đổi cuối trong nhật ký).",
                )
    return report
