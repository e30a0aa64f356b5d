"""Read the sync bookkeeping for people: what came in, what went out, and verify a file.

Stable API:

    list_imports(ctx, limit=500) -> list[ImportRow]      the import ledger, newest first
    list_exports(ctx, limit=500) -> list[ExportRow]      bundles written, ack state
    verify_bundle(path, trusted_keys=None) -> VerifyResult   `danvan bundle verify`
    local_time(utc_naive) -> datetime                    for display (the store keeps UTC)
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from danvan_desktop.services.context import AppContext
from danvan_desktop.store.sync_state import ExportLog, ImportLedger
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import keys, reasons, trust  # noqa: F401 (reasons: error codes)
from danvan_desktop.sync.bundle_format import Manifest, TrustedKeys, open_bundle
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.profiles import is_synced_entity, spec


def local_time(moment: dt.datetime | None) -> dt.datetime | None:
    """A naive UTC time from the store as this computer's local time (naive)."""
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class ImportRow:
    bundle_id: str
    kind: str
    sender_unit: str
    sender_name: str
    sender_install: str
    seq: int
    full: bool
    period: str
    created_at: dt.datetime
    imported_at: dt.datetime
    imported_by: str
    file_name: str
    new: int
    updated: int
    unchanged: int
    conflicts: int
    warnings: tuple[str, ...]
    missing_seqs: tuple[int, ...]
    ack_bundle_id: str | None


@dataclass(frozen=True)
class ExportRow:
    bundle_id: str
    kind: str
    recipient_unit: str
    recipient_name: str
    seq: int
    full: bool
    since_seq: int | None
    file_name: str
    period: str
    created_at: dt.datetime
    created_by: str
    records: int
    acked_at: dt.datetime | None
    acked_by_install: str | None


def _names(session, codes: set[str]) -> dict[str, str]:  # noqa: ANN001
    if not codes:
        return {}
    rows = session.execute(select(Unit).where(Unit.code.in_(sorted(codes)))).scalars()
    return {u.code: u.full_name for u in rows}


def list_imports(ctx: AppContext, limit: int = 500) -> list[ImportRow]:
    with ctx.read() as s:
        rows = list(
            s.execute(
                select(ImportLedger)
                .order_by(ImportLedger.imported_at.desc(), ImportLedger.id.desc())
                .limit(limit)
            ).scalars()
        )
        names = _names(s, {r.sender_unit for r in rows})
        return [
            ImportRow(
                r.bundle_id,
                r.kind,
                r.sender_unit,
                names.get(r.sender_unit, r.sender_unit),
                r.sender_install,
                r.seq,
                r.full,
                r.period,
                r.created_at,
                r.imported_at,
                r.imported_by,
                r.file_name,
                r.n_new,
                r.n_updated,
                r.n_unchanged,
                r.n_conflicts,
                tuple(json.loads(r.warnings or "[]")),
                tuple(json.loads(r.missing_seqs or "[]")),
                r.ack_bundle_id,
            )
            for r in rows
        ]


def list_exports(ctx: AppContext, limit: int = 500) -> list[ExportRow]:
    with ctx.read() as s:
        rows = list(
            s.execute(
                select(ExportLog)
                .order_by(ExportLog.created_at.desc(), ExportLog.id.desc())
                .limit(limit)
            ).scalars()
        )
        names = _names(s, {r.recipient_unit for r in rows})
        out = []
        for r in rows:
            counts = json.loads(r.counts or "{}")
            records = sum(n for e, n in counts.items() if is_synced_entity(e))
            out.append(
                ExportRow(
                    r.bundle_id,
                    r.kind,
                    r.recipient_unit,
                    names.get(r.recipient_unit, r.recipient_unit),
                    r.seq,
                    r.full,
                    r.since_seq,
                    r.file_name,
                    r.period,
                    r.created_at,
                    r.created_by,
                    records,
                    r.acked_at,
                    r.acked_by_install,
                )
            )
        return out


@dataclass(frozen=True)
class VerifyResult:
    manifest: Manifest
    fingerprint: str
    #: True: checked against a key registered here; False: against the key the bundle carries
    #: (the file is intact and self-consistent, but nobody has confirmed who made it)
    trusted: bool


def verify_bundle(path: Path, trusted_keys: TrustedKeys | None = None) -> VerifyResult:
    """Every check an import makes before touching a database: structure, names, sizes,
    signature, every payload hash and count, every record's shape and column types."""
    used: dict[str, object] = {}

    def lookup(unit: str, install: str) -> bytes | None:
        raw = trusted_keys(unit, install) if trusted_keys is not None else None
        used["trusted"] = raw is not None
        if raw is None:
            raw = trust.claimed_sender_key(Path(path), unit, install)
        used["key"] = raw
        return raw

    with open_bundle(Path(path), lookup, expected_recipient=None, verify_hashes=False) as bundle:
        for entity in bundle.entities:
            synced = is_synced_entity(entity)
            sp = spec(entity) if synced else None
            if (
                not synced
                and entity not in ("sender_key", "acks", "keys")
                and bundle.manifest.kind == "data"
            ):
                raise BundleError("unknown_entity", entity)
            for n, record in enumerate(bundle.iter_records(entity, check_shape=synced), 1):
                if sp is not None:
                    sp.decode(record, f"{sp.label} ({entity}) dòng {n}")
        key = used.get("key")
        return VerifyResult(
            bundle.manifest,
            keys.fingerprint(key) if isinstance(key, bytes) else "",
            bool(used.get("trusted")),
        )
