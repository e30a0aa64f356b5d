"""Import sync bundles: copy off the drive → verify → check versions and seq → stage → preview
→ apply in one transaction → ledger → counts → ack (DESIGN §3).

Stable API:

    import_bundles(ctx, paths, *, dry_run=False, trust_new=False, accept_keys=(),
                   ack_dir=None, staging_dir=None, progress=None, backup=True)
        -> list[BundleReport]    files and folders (every *.dvk inside), applied in the order
                                 of sender and seq; one automatic backup before the batch
    import_bundle(ctx, path, **same) -> BundleReport
    preview_bundle(ctx, path, **same) -> BundleReport           the same run, rolled back
    register_payload_handler(entity, handler, kinds)            payload entities that are not
                                 tables (acks, keys, the upper level's aggregates)
    BundleReport / EntityCounts / Rejection / ConflictNote / KeyNotice   what a person reads

One pass: records are read, checked, classified and written inside one transaction; the hashes
and counts of each payload file are checked at the end of its stream, and the transaction is
committed only when everything passed (a dry run rolls it back, so the preview is exactly what
the import would do). A refused bundle leaves the database as it was, ledger included.

Per record (same UUID already here or not):
- new → inserted;  same content → unchanged;
- owner not the sender's own subtree (downward kinds: the sender and the levels above it;
  records owned by this unit only from another install of this unit) → rejected;
- same UUID here under another owner → rejected (duplicate UUID claimed by two owners);
- higher revision, no unacknowledged change made here → updated (tombstones included);
- lower revision → stale, skipped;
- equal revision with other content, or any other content while this install changed the
  record after the sender last acknowledged our bundles → a conflict: the local row is kept,
  the incoming version goes to the conflict register for a person to resolve.
Any rejected record refuses the whole bundle (nothing is applied; the preview lists them).
Confidential columns are never read from a bundle and never overwritten.

Bulk path: rows go in with executemany per batch of 1000 (the raw sqlite3 cursor on SQLite,
SQLAlchemy Core elsewhere), stamped change_seq 0 so they are not exported again as local
changes. Audit: one `import` row per updated record (old → new of the fields that changed) and
one row per bundle summing up the new records (entity "sync_bundle", record id = bundle id).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import Cancelled, Progress, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.backup import backup_sqlite
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.migrate import alembic_config, sqlite_path
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.sync_state import (
    OPEN,
    Conflict,
    ExportLog,
    ImportLedger,
    last_imported_seq,
)
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import acks, authority, keys, trust
from danvan_desktop.sync import errors as _errors
from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync._fastpath import compile_params
from danvan_desktop.sync._fastpath import supported as fastpath_supported
from danvan_desktop.sync.bundle_format import (
    BUNDLE_SUFFIX,
    Manifest,
    VerifiedBundle,
    check_record_shape,
    copy_to_staging,
    open_bundle,
    parse_bundle_file_name,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.exporter import ExportResult
from danvan_desktop.sync.ledger import local_time
from danvan_desktop.sync.profiles import (
    EntitySpec,
    is_synced_entity,
    spec,
    synced_specs,
)

_BATCH = 1000
log = logging.getLogger("danvan.sync")
_SAMPLES = 200  # rejections / conflicts listed in a report
#: tests only: a file path; the import creates it once rows are written, then sleeps (to be killed)
PAUSE_ENV = "DANVAN_IMPORT_PAUSE_FILE"

PayloadHandler = Callable[["ImportRun", str, Iterator[dict[str, Any]]], int]
_HANDLERS: dict[str, tuple[PayloadHandler, frozenset[str]]] = {}


def register_payload_handler(entity: str, handler: PayloadHandler, kinds: Iterable[str]) -> None:
    """Handle payload files that are not SYNCED tables for the given bundle kinds.

    `handler(run, entity, records)` consumes the records (it must iterate them all: the hash
    and count are checked at the end), writes through `run.session` and returns how many it
    applied; `run.warn(text)` adds a line to the report, raising BundleError refuses the bundle.
    """
    _HANDLERS[entity] = (handler, frozenset(kinds))


# --------------------------------------------------------------------------- report


@dataclass
class EntityCounts:
    manifest: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    stale: int = 0
    conflicts: int = 0
    rejected: int = 0

    @property
    def seen(self) -> int:
        return (
            self.new + self.updated + self.unchanged + self.stale + self.conflicts + self.rejected
        )


@dataclass(frozen=True)
class Rejection:
    entity: str
    record_id: str
    code: str
    reason: str  # Vietnamese, with the detail


@dataclass(frozen=True)
class ConflictNote:
    entity: str
    record_id: str
    local_revision: int
    incoming_revision: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class KeyNotice:
    """A sender key a person must confirm (first contact) or a changed key."""

    unit_code: str
    install_id: str
    fingerprint: str
    previous_fingerprint: str | None
    unit_name: str
    #: the unit already has a trusted key (another install): --trust-new does not apply
    unit_has_key: bool = False


@dataclass
class BundleReport:
    source: Path
    status: str = "refused"  # applied, preview, already_imported, refused
    code: str | None = None
    message: str = ""
    manifest: Manifest | None = None
    period: str = ""
    entities: dict[str, EntityCounts] = field(default_factory=dict)
    extras: dict[str, int] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the first missing seqs (at most _SAMPLES); missing_count says how many in all
    missing_seqs: list[int] = field(default_factory=list)
    missing_count: int = 0
    key_notice: KeyNotice | None = None
    ack: ExportResult | None = None
    backup: Path | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status in ("applied", "preview", "already_imported")

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.entities.values())

    def summary(self) -> str:
        """One Vietnamese line for the CLI and the ledger view."""
        if self.status in ("refused", "already_imported"):
            return self.message
        head = "Xem trước" if self.status == "preview" else "Đã nhập"
        if self.manifest is not None and self.manifest.kind == "ack":
            return f"{head} gói xác nhận: {self.extras.get('acks', 0)} gói đã gửi được ghi nhận"
        parts = [
            f"mới {self.total('new')}",
            f"cập nhật {self.total('updated')}",
            f"không đổi {self.total('unchanged')}",
        ]
        if self.total("stale"):
            parts.append(f"cũ hơn (bỏ qua) {self.total('stale')}")
        parts.append(f"xung đột {self.total('conflicts')}")
        return f"{head}: " + ", ".join(parts)


# --------------------------------------------------------------------------- the run


class _Refuse(Exception):
    def __init__(self, error: BundleError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class ImportRun:
    """What handlers see while a bundle is applied."""

    ctx: AppContext
    session: Session
    bundle: VerifiedBundle
    report: BundleReport
    me_unit: str
    me_install: str
    owners: set[str]
    acked_watermark: int
    dry_run: bool
    auth: authority.BundleAuthority | None = None
    import_stamp: int = 0
    line_offset: dict[str, int] = field(default_factory=dict)

    @property
    def manifest(self) -> Manifest:
        return self.bundle.manifest

    def warn(self, text: str) -> None:
        self.report.warnings.append(text)


@functools.cache
def _known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(r.revision for r in script.walk_revisions())


def _unit_name(session: Session, code: str) -> str:
    unit = session.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none()
    return unit.full_name if unit is not None else code


def _acked_watermark(session: Session, manifest: Manifest) -> int:
    """Our local changes up to this counter value have reached the sending install."""
    value = session.execute(
        select(func.coalesce(func.max(ExportLog.change_seq_high), 0)).where(
            ExportLog.recipient_unit == manifest.sender_unit,
            ExportLog.acked_by_install == manifest.sender_install,
        )
    ).scalar_one()
    return int(value)


class _Writer:
    """executemany of inserts / updates for one entity, raw sqlite3 when the engine is SQLite."""

    def __init__(self, session: Session, spec_: EntitySpec) -> None:
        self.session = session
        self.spec = spec_
        self.conn = session.connection()
        dialect = self.conn.dialect
        self.raw = dialect.name == "sqlite"
        self.table = spec_.table
        self.procs = {c.name: c.type._cached_bind_processor(dialect) for c in self.table.columns}
        self._sql: dict[tuple[str, ...], Any] = {}

    def _run(self, key: tuple[str, ...], make_sql: Callable[[], Any], rows: list[tuple]) -> None:
        if self.raw:
            sql = self._sql.get(key)
            if sql is None:
                sql = self._sql[key] = make_sql()
            cur = self.conn.connection.driver_connection.cursor()
            try:
                cur.executemany(sql, rows)
            finally:
                cur.close()

    def insert(self, rows: list[dict[str, Any]]) -> None:
        """Insert rows of travelling columns; every other column gets its default."""
        defaults = self.spec.insert_defaults()
        defaults["change_seq"] = 0
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(tuple(r), []).append(r)
        for keys_, group in groups.items():
            rest = tuple(c for c in defaults if c not in keys_)
            cols = keys_ + rest
            if self.raw:
                procs = [self.procs[c] for c in cols]
                fill = [defaults[c] for c in rest]
                params = [
                    tuple(
                        p(v) if p is not None and v is not None else v
                        for p, v in zip(procs, [*r.values(), *fill], strict=True)
                    )
                    for r in group
                ]
                self._run(
                    ("i", *cols),
                    lambda cols=cols: (
                        f'INSERT INTO "{self.table.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)})'
                        f" VALUES ({', '.join('?' for _ in cols)})"
                    ),
                    params,
                )
            else:
                fill = {c: defaults[c] for c in rest}
                self.conn.execute(insert(self.table), [{**r, **fill} for r in group])

    def insert_params(self, rows: list[tuple]) -> None:
        """Insert rows already checked and converted by the fast path (SQLite only): the
        travelling columns in spec order, then the defaults of the others."""
        defaults = self.spec.insert_defaults()
        defaults["change_seq"] = 0
        rest = tuple(c for c in defaults if c not in self.spec.columns)
        cols = self.spec.columns + rest
        fill = tuple(
            self.procs[c](defaults[c])
            if self.procs[c] is not None and defaults[c] is not None
            else defaults[c]
            for c in rest
        )
        params = [r + fill for r in rows] if fill else rows
        self._run(
            ("f", *cols),
            lambda: (
                f'INSERT INTO "{self.table.name}" ({", ".join(chr(34) + c + chr(34) for c in cols)})'
                f" VALUES ({', '.join('?' for _ in cols)})"
            ),
            params,
        )

    def update(self, rows: list[dict[str, Any]]) -> None:
        """Set the travelling columns each row carries, and change_seq 0, by id."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(tuple(c for c in r if c != "id"), []).append(r)
        for cols, group in groups.items():
            if self.raw:
                procs = [self.procs[c] for c in cols] + [None]
                params = [
                    tuple(
                        p(v) if p is not None and v is not None else v
                        for p, v in zip(procs, [*(r[c] for c in cols), r["id"]], strict=True)
                    )
                    for r in group
                ]
                self._run(
                    ("u", *cols),
                    lambda cols=cols: (
                        f'UPDATE "{self.table.name}" SET '
                        + ", ".join(f'"{c}" = ?' for c in cols)
                        + ', "change_seq" = 0 WHERE "id" = ?'
                    ),
                    params,
                )
            else:
                stmt = (
                    self.table.update()
                    .where(self.table.c.id == bindparam("_id"))
                    .values({**{c: bindparam(c) for c in cols}, "change_seq": 0})
                )
                self.conn.execute(
                    stmt, [{**{c: r[c] for c in cols}, "_id": r["id"]} for r in group]
                )


_FAST: dict[tuple[str, str], Callable[[dict[str, Any]], tuple] | None] = {}


def _fast_for(sp: EntitySpec, dialect: Any) -> Callable[[dict[str, Any]], tuple] | None:
    key = (sp.name, dialect.name)
    if key not in _FAST:
        _FAST[key] = compile_params(sp, dialect) if fastpath_supported(sp) else None
    return _FAST[key]


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if marker and not Path(marker).exists():
        Path(marker).write_text("applying\n", encoding="utf-8")
        time.sleep(3600)


def _apply_entity(run: ImportRun, sp: EntitySpec, progress: Callable[[int], None]) -> None:
    counts = run.report.entities[sp.name]
    writer = _Writer(run.session, sp)
    table = sp.table
    lookup = select(*[table.c[c] for c in sp.columns], table.c.change_seq)
    batch: list[dict[str, Any]] = []
    line = 0
    label = sp.label
    user = run.ctx.user.username
    audit_table = AuditEntry.__table__
    now = utcnow()
    is_units = sp.table.name == "unit"
    content = sp.content_columns()

    fast = _fast_for(sp, writer.conn.dialect) if writer.raw else None

    def flush() -> None:
        nonlocal line
        prepared: list[tuple[dict[str, Any], tuple | None, str]] = []
        for rec in batch:  # every record checked before any of its values is used
            line += 1
            where = f"{label} ({sp.name}) dòng {line}"
            params = None
            if fast is not None:
                try:
                    params = fast(rec)
                except Exception:  # noqa: BLE001 - the slow path names the fault
                    params = None
            if params is None:
                check_record_shape(sp.name, rec, where)
            prepared.append((rec, params, where))
        assert run.auth is not None
        violations = run.auth.check_records(run.session, sp, [(r, w) for r, _p, w in prepared])
        refused = {id(v.record) for v in violations}
        for v in violations:
            _reject(run, sp, v.record, v.code, v.detail)
        ids = [rec["id"] for rec, _p, _w in prepared]
        existing = {row.id: row for row in run.session.execute(lookup.where(table.c.id.in_(ids)))}
        fast_inserts: list[tuple] = []
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        for rec, params, where in prepared:
            if id(rec) in refused:
                continue
            owner = rec["unit_code"]
            local = existing.get(rec["id"])
            if local is None and params is not None:
                fast_inserts.append(params)
                counts.new += 1
                if is_units and rec.get("parent_code") in run.owners:
                    run.owners.add(rec["code"])  # a hamlet of the sender owns records too
                continue
            values = sp.decode(rec, where)
            if local is None:
                inserts.append(values)
                counts.new += 1
                if is_units and values.get("parent_code") in run.owners:
                    run.owners.add(values["code"])  # a hamlet of the sender owns records too
                continue
            if local.unit_code != owner:
                _reject(
                    run,
                    sp,
                    rec,
                    "duplicate_uuid",
                    f"{where}: mã {rec['id']} đã có ở đây, thuộc đơn vị {local.unit_code}; "
                    f"gói ghi thuộc đơn vị {owner}",
                )
                continue
            diff = [c for c in values if c in content and values[c] != local._mapping[c]]
            incoming_rev, local_rev = values["revision"], local.revision
            if not diff:
                if incoming_rev > local_rev:
                    updates.append(values)
                    counts.updated += 1
                else:
                    counts.unchanged += 1
                continue
            local_edit = local.change_seq > run.acked_watermark
            if local_edit or incoming_rev == local_rev:
                why = (
                    "máy này đã sửa bản ghi sau lần nơi gửi xác nhận gần nhất"
                    if local_edit
                    else "hai máy cùng sửa thành cùng một lần sửa (revision)"
                )
                _conflict(run, sp, rec, local, diff, why)
                counts.conflicts += 1
            elif incoming_rev > local_rev:
                updates.append(values)
                counts.updated += 1
                audits.append(
                    dict(
                        at=now,
                        user=user,
                        entity=sp.name,
                        record_id=rec["id"],
                        action="import",
                        changes=json.dumps(
                            {c: [_plain(local._mapping[c]), _plain(values[c])] for c in diff},
                            ensure_ascii=False,
                            default=str,
                        ),
                    )
                )
            else:
                counts.stale += 1
        if run.report.rejections:
            batch.clear()
            return
        try:
            if fast_inserts:
                writer.insert_params(fast_inserts)
            if inserts:
                writer.insert(inserts)
            if updates:
                writer.update(updates)
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            detail = str(getattr(exc, "orig", None) or exc)
            raise _Refuse(
                BundleError("constraint", f"{label} ({sp.name}) quanh dòng {line}: {detail[:200]}")
            ) from None
        if audits:
            run.session.execute(insert(audit_table), audits)
        progress(len(batch))
        batch.clear()
        if fast_inserts or inserts or updates:
            _pause_for_tests()

    for rec in run.bundle.iter_records(sp.name):
        batch.append(rec)
        if len(batch) >= _BATCH:
            flush()
    if batch:
        flush()


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def _reject(run: ImportRun, sp: EntitySpec, rec: dict[str, Any], code: str, detail: str) -> None:
    run.report.entities[sp.name].rejected += 1
    if len(run.report.rejections) < _SAMPLES:
        run.report.rejections.append(
            Rejection(sp.name, str(rec.get("id")), code, f"{_errors.REASONS[code]}: {detail}")
        )


def _conflict(
    run: ImportRun, sp: EntitySpec, rec: dict[str, Any], local: Any, diff: list[str], why: str
) -> None:
    incoming = {c: rec[c] for c in sp.columns if c in rec}
    local_json = sp.encode(local._mapping)
    if len(run.report.conflicts) < _SAMPLES:
        run.report.conflicts.append(
            ConflictNote(sp.name, rec["id"], local.revision, rec["revision"], tuple(diff))
        )
    s = run.session
    row = (
        s.execute(
            select(Conflict).where(
                Conflict.entity == sp.name, Conflict.record_id == rec["id"], Conflict.status == OPEN
            )
        )
        .scalars()
        .first()
    )
    if row is None:
        row = Conflict(entity=sp.name, record_id=rec["id"], unit_code=rec["unit_code"])
        s.add(row)
    row.bundle_id = run.manifest.bundle_id
    row.sender_unit, row.sender_install = run.manifest.sender_unit, run.manifest.sender_install
    row.local_revision, row.incoming_revision = local.revision, rec["revision"]
    row.local_updated_by = local.updated_by or ""
    row.incoming_updated_by = str(rec.get("updated_by") or "")
    row.local = json.dumps(local_json, ensure_ascii=False, sort_keys=True)
    row.incoming = json.dumps(incoming, ensure_ascii=False, sort_keys=True)
    row.fields = json.dumps(diff, ensure_ascii=False)
    row.reason = why
    row.detected_at = utcnow()


# --------------------------------------------------------------------------- extras


def _handle_sender_key(run: ImportRun, entity: str, records: Iterator[dict[str, Any]]) -> int:
    n = 0
    for line in records:
        n += 1
        raw = trust.parse_key_line(line, run.manifest.sender_unit, run.manifest.sender_install)
        if raw != run.bundle.sender_key:
            raise BundleError("bad_signature", "khóa ghi trong gói không phải khóa đã ký gói")
    return n


def _handle_keys(run: ImportRun, entity: str, records: Iterator[dict[str, Any]]) -> int:
    """Keys distributed downward by a trusted upper level (reference and rollup bundles)."""
    applied = 0
    for line in records:
        unit, install = line.get("unit_code"), line.get("install_id")
        raw = trust.parse_key_line(line)
        if raw is None or not isinstance(unit, str) or not isinstance(install, str):
            raise BundleError("bad_record", f"{entity}: dòng khóa không hợp lệ")
        assert run.auth is not None
        run.auth.check_key(unit, install, run.me_install)  # refuses the whole bundle
        if (unit, install) == (run.me_unit, run.me_install):
            continue
        try:
            result = trust.trust_key(
                run.session,
                unit,
                install,
                raw,
                source=f"reference:{run.manifest.sender_unit}",
                confirmed_by=run.ctx.user.username,
            )
        except BundleError as exc:
            run.warn(
                f"Không nhận khóa mới của đơn vị {unit} (máy {install}) từ cấp trên: {exc.message}"
            )
            continue
        applied += result.status == "added"
    return applied


register_payload_handler(
    trust.SENDER_KEY_ENTITY, _handle_sender_key, ("data", "ack", "rollup", "reference")
)
register_payload_handler(trust.KEYS_ENTITY, _handle_keys, ("rollup", "reference"))
register_payload_handler(acks.ACKS_ENTITY, acks.apply_acks, ("ack",))


# --------------------------------------------------------------------------- one bundle


@dataclass
class _Options:
    dry_run: bool
    trust_new: bool
    accept_keys: frozenset[str]
    ack_dir: Path | None
    staging_dir: Path
    progress: Progress | None
    known_revisions: frozenset[str]
    position: tuple[int, int]


def _open_verified(
    session: Session, staged: Path, me_unit: str, opts: _Options, report: BundleReport
) -> tuple[VerifiedBundle, bytes | None]:
    """open_bundle with the trusted keys; on first contact or a changed key, with the key the
    bundle carries once it verifies. Returns (bundle, key to register or None)."""
    known = trust.trusted_keys(session)
    asked: dict[str, Any] = {}

    def lookup(unit: str, install: str) -> bytes | None:
        asked["sender"] = (unit, install)
        raw = known(unit, install)
        if raw is not None:
            return raw
        raw = trust.claimed_sender_key(staged, unit, install)
        if raw is not None:
            asked["claimed"] = raw
        return raw

    try:
        bundle = open_bundle(staged, lookup, expected_recipient=me_unit, verify_hashes=False)
    except BundleError as exc:
        sender = asked.get("sender")
        if exc.code != "bad_signature" or sender is None or known(*sender) is None:
            raise
        # A known sender whose signature fails: a forged bundle, or the sender's new key.
        old = known(*sender)
        raw = trust.claimed_sender_key(staged, *sender)
        if raw is None or raw == old:
            raise
        bundle = open_bundle(
            staged, lambda u, i: raw, expected_recipient=me_unit, verify_hashes=False
        )
        notice = KeyNotice(
            sender[0],
            sender[1],
            keys.fingerprint(raw),
            keys.fingerprint(old),
            _unit_name(session, sender[0]),
            True,
        )
        report.key_notice = notice
        if notice.fingerprint not in opts.accept_keys:
            bundle.close()
            raise BundleError(
                "key_changed",
                (
                    f"đơn vị {sender[0]}, máy {sender[1]}: khóa đã đăng ký "
                    f"{notice.previous_fingerprint}, gói ký bằng khóa {notice.fingerprint}; hãy gọi "
                    "điện xác nhận dấu vân tay với nơi gửi trước khi chấp nhận"
                ),
            ) from None
        return bundle, raw
    if "claimed" in asked:
        m = bundle.manifest
        report.key_notice = KeyNotice(
            m.sender_unit,
            m.sender_install,
            keys.fingerprint(asked["claimed"]),
            None,
            _unit_name(session, m.sender_unit),
            trust.unit_has_key(session, m.sender_unit),
        )
        return bundle, asked["claimed"]
    return bundle, None


def _check_stream(run: ImportRun, session: Session) -> None:
    m = run.manifest
    last = last_imported_seq(session, m.sender_unit, m.sender_install)
    if m.seq <= last:
        raise BundleError(
            "replayed_seq",
            (
                f"gói số {m.seq} của đơn vị {m.sender_unit} (máy {m.sender_install}), "
                f"đã nhận đến gói số {last}"
            ),
        )
    # A number, never a list: a hostile seq of 2**31 must not allocate two billion ints.
    n_missing = m.seq - last - 1
    if n_missing > 0:
        run.report.missing_count = n_missing
        run.report.missing_seqs = list(range(last + 1, last + 1 + min(n_missing, _SAMPLES)))
        shown = ", ".join(str(n) for n in run.report.missing_seqs[:20])
        shown += f"… ({n_missing} gói)" if n_missing > 20 else ""
        covered = m.kind != "data" or m.full or (m.since_seq is not None and m.since_seq <= last)
        if not covered:
            raise BundleError(
                "seq_gap",
                (
                    f"chưa nhận gói số {shown} của đơn vị {m.sender_unit} (máy {m.sender_install}); "
                    f"gói số {m.seq} chỉ mang thay đổi sau gói số {m.since_seq}. Hãy đề nghị nơi "
                    "gửi gửi lại các gói thiếu hoặc xuất một gói đầy đủ"
                ),
            )
        note = (
            "nội dung của chúng đã có trong gói này"
            if m.kind == "data"
            else "hãy đề nghị nơi gửi gửi lại nếu cần"
        )
        run.warn(
            f"Chưa nhận gói số {shown} của đơn vị {m.sender_unit} (máy {m.sender_install}); {note}."
        )
    if last and m.seq == last + 1:
        prev = session.execute(
            select(ImportLedger.bundle_sha256).where(
                ImportLedger.sender_unit == m.sender_unit,
                ImportLedger.sender_install == m.sender_install,
                ImportLedger.seq == last,
            )
        ).scalar()
        if prev is not None and m.prev_bundle_hash != prev:
            run.warn(
                "Gói này không nối tiếp gói trước đã nhận (mã băm gói trước khác): máy gửi "
                "có thể đã được khôi phục từ bản sao lưu hoặc bị sao chép sang máy khác."
            )


def _check_versions(run: ImportRun, session: Session, opts: _Options) -> None:
    m = run.manifest
    if m.schema_revision not in opts.known_revisions:
        raise BundleError(
            "future_schema",
            f"phiên bản cấu trúc dữ liệu {m.schema_revision} chưa có ở phần mềm này",
        )
    mine = get_setting(session, "rubric_hash") or None
    if m.rubric_hash and mine and m.rubric_hash != mine:
        run.warn(f"Gói dùng bộ tiêu chí {m.rubric_version or ''} khác bộ tiêu chí ở đây.")
    for entity in m.entities:
        handler = _HANDLERS.get(entity)
        if handler is not None:
            if m.kind not in handler[1]:
                raise BundleError("unknown_entity", f"{entity} không dùng trong gói loại {m.kind}")
        elif not is_synced_entity(entity):
            raise BundleError("unknown_entity", entity)
        elif m.kind == "ack":
            raise BundleError("unknown_entity", f"gói xác nhận không mang bản ghi ({entity})")


def _run_one(ctx: AppContext, src: Path, opts: _Options) -> BundleReport:
    report = BundleReport(source=src)
    parsed = parse_bundle_file_name(src.name)
    report.period = parsed[1] if parsed else ""
    started = time.perf_counter()
    staged: Path | None = None
    # Millions of short-lived records: without this every full collection would rescan the
    # whole application heap (SQLAlchemy, Qt…). Frozen objects are skipped; the GC still runs.
    gc.freeze()
    try:
        staged = copy_to_staging(src, opts.staging_dir)
        _apply_one(ctx, staged, src, opts, report)
    except (BundleError, _Refuse) as exc:
        error = exc.error if isinstance(exc, _Refuse) else exc
        report.status, report.code, report.message = "refused", error.code, error.message
        log.warning("bundle %s refused (%s): %s", src, error.code, error.message)
    except (Cancelled, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        # Whatever a hostile file provokes that no check named: this bundle is refused with
        # the fault, the others of the batch go on (the transaction was rolled back).
        error = BundleError("corrupted", f"không đọc được gói ({type(exc).__name__}: {exc})"[:300])
        report.status, report.code, report.message = "refused", error.code, error.message
        log.exception("bundle %s refused after an unexpected fault", src)
    finally:
        gc.unfreeze()
        if staged is not None:
            staged.unlink(missing_ok=True)
        report.seconds = time.perf_counter() - started
    return report


@contextlib.contextmanager
def _transaction(ctx: AppContext) -> Iterator[Session]:
    session = ctx.sessions()
    session.info["user"] = ctx.user.username
    session.info["unit_code"] = ctx.unit_code
    try:
        with session.begin():
            yield session
    finally:
        session.close()


class _DryRun(Exception):
    pass


def _apply_one(
    ctx: AppContext, staged: Path, src: Path, opts: _Options, report: BundleReport
) -> None:
    me_unit = ctx.unit_code
    try:
        with _transaction(ctx) as s:
            me_install = get_setting(s, "install_id")
            bundle, new_key = _open_verified(s, staged, me_unit, opts, report)
            with bundle:
                m = report.manifest = bundle.manifest
                if m.sender_install == me_install:
                    raise BundleError("own_bundle", f"gói số {m.seq} gửi {m.recipient_unit}")
                done = s.execute(
                    select(ImportLedger).where(ImportLedger.bundle_id == m.bundle_id)
                ).scalar_one_or_none()
                if done is not None:
                    if done.bundle_sha256 != bundle.bundle_sha256:
                        raise BundleError("bundle_reused", m.bundle_id)
                    report.status = "already_imported"
                    report.message = (
                        "Gói này đã được nhập lúc "
                        f"{local_time(done.imported_at):%H:%M ngày %d/%m/%Y}; "
                        "không có gì thay đổi."
                    )
                    raise _DryRun
                # Direction and record kinds first: a bundle its sender may not send uses
                # up no seq number, registers no key and writes nothing.
                auth = authority.for_bundle(s, m, me_unit)
                authority.check_entities(auth, m)
                run = ImportRun(
                    ctx,
                    s,
                    bundle,
                    report,
                    me_unit,
                    me_install,
                    auth.owners,
                    _acked_watermark(s, m),
                    opts.dry_run,
                    auth,
                )
                _check_versions(run, s, opts)
                _check_stream(run, s)
                if new_key is not None:
                    _trust_sender(run, new_key, opts)
                _apply_payload(run, opts)
                for child, v in auth.finish(s):
                    _reject(run, spec(child), v.record, v.code, v.detail)
                if report.rejections:
                    first = report.rejections[0]
                    raise _Refuse(
                        BundleError(
                            first.code,
                            (
                                f"{report.total('rejected')} bản ghi bị từ chối; đầu tiên: "
                                f"{first.reason.split(': ', 1)[-1]}"
                            ),
                        )
                    )
                for entity, counts in report.entities.items():
                    if counts.seen != counts.manifest:
                        raise BundleError(
                            "count_mismatch",
                            (f"{entity}: đã xử lý {counts.seen}, bản kê ghi {counts.manifest}"),
                        )
                if opts.dry_run:
                    report.status = "preview"
                    raise _DryRun
                _ledger(run, src)
        report.status = "applied"  # only once the commit went through
    except _DryRun:
        pass
    except (IntegrityError, sqlite3.IntegrityError) as exc:  # at commit (deferred checks)
        detail = str(getattr(exc, "orig", None) or exc)
        raise BundleError("constraint", detail[:200]) from None
    if report.status == "applied":
        report.message = report.summary()
        if report.manifest is not None and report.manifest.kind == "data":
            _answer_with_ack(ctx, report, opts)
    elif report.status == "preview":
        report.message = report.summary()
        if report.key_notice is not None and not _key_accepted(report.key_notice, opts):
            report.warnings.insert(
                0,
                (
                    f"Nơi gửi chưa được đăng ký: đơn vị {report.key_notice.unit_name} (máy "
                    f"{report.key_notice.install_id}), dấu vân tay khóa "
                    f"{report.key_notice.fingerprint}. Hãy gọi điện đối chiếu dấu vân tay trước "
                    "khi nhập."
                ),
            )


def _key_accepted(notice: KeyNotice, opts: _Options) -> bool:
    return trust.key_accepted(
        notice.fingerprint,
        previous_fingerprint=notice.previous_fingerprint,
        unit_has_key=notice.unit_has_key,
        trust_new=opts.trust_new,
        accept_keys=opts.accept_keys,
    )


def _trust_sender(run: ImportRun, raw: bytes, opts: _Options) -> None:
    notice = run.report.key_notice
    assert notice is not None
    if not _key_accepted(notice, opts):
        if opts.dry_run:
            return
        how = (
            f"đơn vị này đã có khóa đăng ký cho máy khác, nên --trust-new không áp dụng: dòng "
            f"lệnh thêm --accept-key {notice.fingerprint}"
            if notice.unit_has_key
            else "dòng lệnh: thêm --trust-new"
        )
        raise BundleError(
            "unknown_sender",
            (
                f"đơn vị {notice.unit_name} (mã {notice.unit_code}, máy {notice.install_id}); dấu "
                f"vân tay khóa {notice.fingerprint}. Sau khi gọi điện đối chiếu dấu vân tay, hãy "
                f"nhập lại và xác nhận ({how})"
            ),
        )
    source = (
        "key_change"
        if notice.previous_fingerprint
        else "trust_new"
        if opts.trust_new and notice.fingerprint not in opts.accept_keys
        else "first_contact"
    )
    trust.trust_key(
        run.session,
        notice.unit_code,
        notice.install_id,
        raw,
        source=source,
        confirmed_by=run.ctx.user.username,
        replace=notice.previous_fingerprint is not None,
        note=f"gói {run.manifest.bundle_id}",
    )


def _apply_payload(run: ImportRun, opts: _Options) -> None:
    m = run.manifest
    total = sum(m.counts.values())
    done = [0]
    index, count = opts.position

    def step(n: int) -> None:
        done[0] += n
        if opts.progress is not None:
            opts.progress.update(done[0], total, f"Gói {index}/{count}: đang nhập dữ liệu")

    extras_first = [e for e in m.entities if e == trust.SENDER_KEY_ENTITY]
    for entity in extras_first:
        run.report.extras[entity] = _HANDLERS[entity][0](
            run, entity, run.bundle.iter_records(entity)
        )
    for sp in [s for s in synced_specs() if s.name in m.counts]:
        run.report.entities[sp.name] = EntityCounts(manifest=m.counts[sp.name])
        _apply_entity(run, sp, step)
    for entity in m.entities:
        if entity in _HANDLERS and entity not in extras_first:
            run.report.extras[entity] = _HANDLERS[entity][0](
                run, entity, run.bundle.iter_records(entity)
            )


def _ledger(run: ImportRun, src: Path) -> None:
    m, report, s = run.manifest, run.report, run.session
    summary = {
        e: {k: getattr(c, k) for k in ("new", "updated", "unchanged", "stale", "conflicts")}
        for e, c in report.entities.items()
    }
    created = dt.datetime.fromisoformat(m.created_at).astimezone(dt.UTC).replace(tzinfo=None)
    s.add(
        ImportLedger(
            bundle_id=m.bundle_id,
            kind=m.kind,
            sender_unit=m.sender_unit,
            sender_install=m.sender_install,
            recipient_unit=m.recipient_unit,
            seq=m.seq,
            full=m.full,
            since_seq=m.since_seq,
            bundle_sha256=run.bundle.bundle_sha256,
            prev_bundle_hash=m.prev_bundle_hash,
            schema_revision=m.schema_revision,
            rubric_version=m.rubric_version,
            created_at=created,
            imported_by=run.ctx.user.username,
            file_name=src.name[:255],
            period=report.period,
            counts=json.dumps(
                {e: n for e, n in m.counts.items() if is_synced_entity(e)}, sort_keys=True
            ),
            summary=json.dumps(summary, sort_keys=True),
            n_new=report.total("new"),
            n_updated=report.total("updated"),
            n_unchanged=report.total("unchanged") + report.total("stale"),
            n_conflicts=report.total("conflicts"),
            warnings=json.dumps(report.warnings, ensure_ascii=False),
            missing_seqs=json.dumps(report.missing_seqs),
        )
    )
    s.add(
        AuditEntry(
            user=run.ctx.user.username,
            entity="sync_bundle",
            record_id=m.bundle_id,
            action="import",
            changes=json.dumps(
                {
                    "file": src.name,
                    "kind": m.kind,
                    "sender": f"{m.sender_unit}/{m.sender_install}",
                    "seq": m.seq,
                    "new": {e: c.new for e, c in report.entities.items() if c.new},
                    "updated": {e: c.updated for e, c in report.entities.items() if c.updated},
                    "conflicts": {
                        e: c.conflicts for e, c in report.entities.items() if c.conflicts
                    },
                },
                ensure_ascii=False,
            ),
        )
    )


def _answer_with_ack(ctx: AppContext, report: BundleReport, opts: _Options) -> None:
    try:
        report.ack = acks.write_ack(ctx, report, opts.ack_dir or _default_ack_dir(ctx))
    except (RuleViolation, BundleError, OSError) as exc:
        text = getattr(exc, "message", None) or str(exc)
        report.warnings.append(f"Đã nhập nhưng chưa tạo được gói xác nhận: {text}")


def _default_ack_dir(ctx: AppContext) -> Path:
    base = ctx.db_path.parent if ctx.db_path is not None else Path.cwd()
    return base / "goi-xac-nhan"


def default_staging_dir(ctx: AppContext) -> Path:
    if ctx.db_path is not None:
        return ctx.db_path.parent / ".danvan-staging"
    # A shared PostgreSQL database has no folder of its own: stage in this user's data folder,
    # never in whatever directory the command happened to be run from.
    from platformdirs import user_data_path

    return user_data_path("danvan-desktop", appauthor=False) / "staging"


def _drop_stale_copies(staging: Path, older_than_s: float = 24 * 3600) -> None:
    """Copies left behind by an import that was killed (each import removes its own)."""
    if not staging.is_dir():
        return
    cutoff = time.time() - older_than_s
    for leftover in staging.glob("*" + BUNDLE_SUFFIX):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given and every *.dvk inside given folders, in the order of sender and seq
    (so a folder of one commune's bundles applies 1, 2, 3… whatever the listing order)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(
                sorted(q for q in p.iterdir() if q.suffix == BUNDLE_SUFFIX and q.is_file())
            )
        else:
            files.append(p)

    def key(p: Path) -> tuple[str, int, str]:
        parsed = parse_bundle_file_name(p.name)
        return (parsed[0], parsed[2], p.name) if parsed else ("~", 0, p.name)

    return sorted(dict.fromkeys(files), key=key)


def import_bundles(
    ctx: AppContext,
    paths: Iterable[Path],
    *,
    dry_run: bool = False,
    trust_new: bool = False,
    accept_keys: Iterable[str] = (),
    ack_dir: Path | None = None,
    staging_dir: Path | None = None,
    progress: Progress | None = None,
    backup: bool = True,
) -> list[BundleReport]:
    """Import bundle files (and folders of them); one report per file, in the order applied.

    `trust_new` registers senders seen for the first time (after a person compared the
    fingerprint); `accept_keys` lists fingerprints a person confirmed (first contact or a
    changed key). Cancelled (from `progress`) stops the batch: the bundle being applied is
    rolled back, those before it stay applied."""
    ctx.require(Permission.SYNC)
    if not ctx.unit_code:
        raise RuleViolation("Cơ sở dữ liệu chưa được thiết lập đơn vị.")
    files = expand_paths(paths)
    staging = Path(staging_dir) if staging_dir else default_staging_dir(ctx)
    _drop_stale_copies(staging)
    opts = _Options(
        dry_run,
        trust_new,
        frozenset(accept_keys),
        ack_dir,
        staging,
        progress,
        _known_revisions(),
        (0, len(files)),
    )
    made_backup: Path | None = None
    db_file = sqlite_path(ctx.engine)
    if backup and not dry_run and files and db_file is not None and db_file.exists():
        if progress is not None:
            progress.update(0, 0, "Đang sao lưu cơ sở dữ liệu trước khi nhập…")
        made_backup = backup_sqlite(db_file, "before-import")
    reports: list[BundleReport] = []
    for i, path in enumerate(files, 1):
        opts.position = (i, len(files))
        if progress is not None:
            progress.update(0, 0, f"Gói {i}/{len(files)}: đang kiểm tra {path.name}")
        try:
            report = _run_one(ctx, path, opts)
        except Cancelled:
            raise
        report.backup = made_backup
        reports.append(report)
    return reports


def import_bundle(ctx: AppContext, path: Path, **options: Any) -> BundleReport:
    return import_bundles(ctx, [path], **options)[0]


def preview_bundle(ctx: AppContext, path: Path, **options: Any) -> BundleReport:
    options["dry_run"] = True
    return import_bundles(ctx, [path], **options)[0]


def spec_label(entity: str) -> str:
    """Vietnamese name of a payload entity, for previews."""
    if is_synced_entity(entity):
        return spec(entity).label
    return {"sender_key": "Khóa của nơi gửi", "acks": "Xác nhận", "keys": "Khóa các đơn vị"}.get(
        entity, entity
    )
