"""Ack bundles: the receiver's signed answer that a data bundle was applied.

Stable API:

    write_ack(ctx, report, out_dir) -> ExportResult     after an import (called by the importer)
    reissue_ack(ctx, bundle_id, out_dir) -> ExportResult   again from the ledger (ack lost)
    apply_acks(run, entity, records) -> int             payload handler of `acks` lines

An ack is a bundle of kind `ack` addressed to the sender, in the receiver's own seq stream to
that unit, carrying one `acks` line per acknowledged bundle:
    {"bundle_id", "bundle_sha256", "seq", "sender_unit", "sender_install", "result",
     "counts": {entity: {new, updated, unchanged, stale, conflicts}}, "imported_at"}
Back at the sender, the ack marks the export log row (only if the hash names the very file
sent); the next incremental export then carries only changes made after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.sync_state import ExportLog, ImportLedger
from danvan_desktop.sync.bundle_format import BundleWriter
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.exporter import ExportResult, default_period, write_bundle

if TYPE_CHECKING:
    from danvan_desktop.sync.import_report import BundleReport, ImportRun

ACKS_ENTITY = "acks"


def _line(row: ImportLedger) -> dict[str, Any]:
    return {
        "bundle_id": row.bundle_id,
        "bundle_sha256": row.bundle_sha256,
        "seq": row.seq,
        "sender_unit": row.sender_unit,
        "sender_install": row.sender_install,
        "result": "applied",
        "counts": json.loads(row.summary or "{}"),
        "imported_at": row.imported_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def reissue_ack(ctx: AppContext, bundle_id: str, out_dir: Path) -> ExportResult:
    """Write (again) the ack of an imported data bundle; the ledger remembers the newest."""
    with ctx.read() as s:
        row = s.execute(
            select(ImportLedger).where(ImportLedger.bundle_id == bundle_id)
        ).scalar_one_or_none()
        if row is None or row.kind != "data":
            raise RuleViolation("Không có gói dữ liệu này trong sổ nhập.")
        line = _line(row)

        def write(writer: BundleWriter) -> None:
            writer.add_records(ACKS_ENTITY, [line])

        result = write_bundle(
            ctx,
            s,
            kind="ack",
            recipient=row.sender_unit,
            out_dir=out_dir,
            period=row.period or default_period(),
            write=write,
        )
    with ctx.session() as w:
        stored = w.execute(
            select(ImportLedger).where(ImportLedger.bundle_id == bundle_id)
        ).scalar_one()
        stored.ack_bundle_id = result.bundle_id
    return result


def write_ack(ctx: AppContext, report: BundleReport, out_dir: Path) -> ExportResult:
    assert report.manifest is not None
    return reissue_ack(ctx, report.manifest.bundle_id, out_dir)


def apply_acks(run: ImportRun, entity: str, records: Iterator[dict[str, Any]]) -> int:
    """Mark our export log from an ack's lines; a line that does not match is a warning."""
    m = run.manifest
    marked = 0
    for line in records:
        bundle_id, digest = line.get("bundle_id"), line.get("bundle_sha256")
        if not isinstance(bundle_id, str) or not isinstance(digest, str):
            raise BundleError("bad_record", f"{entity}: thiếu mã gói hoặc mã băm")
        row = run.session.execute(
            select(ExportLog).where(ExportLog.bundle_id == bundle_id)
        ).scalar_one_or_none()
        seq = line.get("seq")
        if row is None:
            run.warn(f"Xác nhận cho gói số {seq} không có trong sổ xuất của máy này.")
            continue
        if row.recipient_unit != m.sender_unit:
            run.warn(
                f"Xác nhận cho gói số {row.seq} đến từ đơn vị {m.sender_unit}, "
                f"nhưng gói đó gửi cho {row.recipient_unit}: bỏ qua."
            )
            continue
        if row.bundle_sha256 != digest:
            run.warn(
                f"Nơi nhận xác nhận gói số {row.seq} nhưng mã băm khác gói đã gửi: "
                "gói có thể đã bị sửa trên đường đi. Hãy xuất lại."
            )
            continue
        if row.acked_at is not None:
            continue
        row.acked_at = utcnow()
        row.ack_bundle_id = m.bundle_id
        row.acked_by_install = m.sender_install
        row.ack_result = json.dumps(line.get("counts") or {}, ensure_ascii=False, sort_keys=True)
        marked += 1
    return marked
