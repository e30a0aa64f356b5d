"""Apply one entity's records of a bundle, batch by batch: check each record (shape, authority:
owner and parents), classify it against the database (new, updated, unchanged, stale,
conflict, rejected) and write the batch; then the payload handlers of non-table entities."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.store.base import AuditEntry, table_of
from danvan_desktop.store.sync_state import (
    OPEN,
    Conflict,
)
from danvan_desktop.sync import errors as _errors
from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync import trust
from danvan_desktop.sync.bundle_format import (
    check_record_shape,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.import_report import (
    BATCH,
    HANDLERS,
    PAUSE_ENV,
    SAMPLES,
    ConflictNote,
    EntityCounts,
    ImportOptions,
    ImportRun,
    Refuse,
    Rejection,
)
from danvan_desktop.sync.import_writer import BatchWriter, fast_for
from danvan_desktop.sync.profiles import (
    EntitySpec,
    synced_specs,
)


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if marker and not Path(marker).exists():
        Path(marker).write_text("applying\n", encoding="utf-8")
        time.sleep(3600)


def apply_entity(run: ImportRun, sp: EntitySpec, progress: Callable[[int], None]) -> None:
    counts = run.report.entities[sp.name]
    writer = BatchWriter(run.session, sp)
    table = sp.table
    lookup = select(*[table.c[c] for c in sp.columns], table.c.change_seq)
    batch: list[dict[str, Any]] = []
    line = 0
    label = sp.label
    user = run.ctx.user.username
    audit_table = table_of(AuditEntry)
    now = utcnow()
    is_units = sp.table.name == "unit"
    content = sp.content_columns()

    fast = fast_for(sp, writer.conn.dialect) if writer.raw else None

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
            reject(run, sp, v.record, v.code, v.detail)
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
                reject(
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
            raise Refuse(
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
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.datetime) else v


def reject(run: ImportRun, sp: EntitySpec, rec: dict[str, Any], code: str, detail: str) -> None:
    run.report.entities[sp.name].rejected += 1
    if len(run.report.rejections) < SAMPLES:
        run.report.rejections.append(
            Rejection(sp.name, str(rec.get("id")), code, f"{_errors.REASONS[code]}: {detail}")
        )


def _conflict(
    run: ImportRun, sp: EntitySpec, rec: dict[str, Any], local: Any, diff: list[str], why: str
) -> None:
    incoming = {c: rec[c] for c in sp.columns if c in rec}
    local_json = sp.encode(local._mapping)
    if len(run.report.conflicts) < SAMPLES:
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


def apply_payload(run: ImportRun, opts: ImportOptions) -> None:
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
        run.report.extras[entity] = HANDLERS[entity][0](
            run, entity, run.bundle.iter_records(entity)
        )
    for sp in [s for s in synced_specs() if s.name in m.counts]:
        run.report.entities[sp.name] = EntityCounts(manifest=m.counts[sp.name])
        apply_entity(run, sp, step)
    for entity in m.entities:
        if entity in HANDLERS and entity not in extras_first:
            run.report.extras[entity] = HANDLERS[entity][0](
                run, entity, run.bundle.iter_records(entity)
            )
