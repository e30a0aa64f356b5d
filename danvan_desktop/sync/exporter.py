"""Write sync bundles: the commune's data going up, and any bundle kind through one function.

Stable API:

    export_data(ctx, out_dir, *, recipient=None, full=False, period=None, progress=None)
        -> ExportResult          `danvan bundle export`: incremental since the last
                                 acknowledged seq to that recipient, or full
    write_bundle(ctx, session, *, kind, recipient, out_dir, period, write, full=True,
                 since_seq=None, change_seq_high=0, progress=None) -> ExportResult
        the one way a bundle is written (rollups, references and acks use it too): seq and
        prev_bundle_hash continue the chain per recipient, the manifest is signed with this
        install's key, every bundle carries the `sender_key` line, the export log records it.
        `write(writer)` adds the payload with `writer.add_records(entity, records)`.
    records_for(session, spec, *, owners, since_change_seq=None) -> Iterator[dict]
        a synced entity's rows as bundle records (confidential columns never selected)
    default_recipient(session, unit_code) -> str;  default_period(today=None) -> str
    subtree_codes(session, unit_code) -> set[str];  ancestor_codes(session, unit_code)

What a data bundle carries: every SYNCED entity (profiles.PROFILES["data"]), records owned by
this unit or a unit below it, tombstones included; incremental bundles take the records whose
`change_seq` (the local change counter) is above the one the last acknowledged bundle covered.
Imported rows are stamped change_seq 0, so only changes made here travel again. The evidence
files the records cite travel as `files/<sha256>` (sync.evidence_files): each once per bundle,
not again once the recipient acknowledged a bundle that carried it, within the province's size
limits (`ExportResult.files_skipped` says which stayed home and why). The bundle is
written to a temp name and renamed when complete; a cancel (progress) leaves no file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import Progress, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import signing_keys
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.audit import CHANGE_SEQ
from danvan_desktop.store.base import Counter
from danvan_desktop.store.migrate import current_revision
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.sync_files import SentFile
from danvan_desktop.store.sync_state import ExportLog, last_acked_export, last_export
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import trust
from danvan_desktop.sync.bundle_format import BundleWriter, Manifest
from danvan_desktop.sync.evidence_files import FilesSent, add_evidence_files, file_limits
from danvan_desktop.sync.profiles import EntitySpec, profile

_BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    recipient: str
    seq: int
    full: bool
    since_seq: int | None
    #: records per entity (the sender_key / acks extras included)
    counts: dict[str, int]
    bundle_sha256: str
    period: str
    #: evidence files carried (sha256 → bytes) and those left out: (name, sha256, reason)
    files_sent: dict[str, int] = dataclasses.field(default_factory=dict)
    files_skipped: tuple[tuple[str, str, str], ...] = ()

    @property
    def records(self) -> int:
        return sum(n for e, n in self.counts.items() if e not in ("sender_key",))


def default_period(today: dt.date | None = None) -> str:
    """The month as a period label: "2026-11" (the upper level also reads 2026, 2026-Q4…)."""
    return (today or dt.date.today()).strftime("%Y-%m")


def subtree_codes(session: Session, unit_code: str) -> set[str]:
    """The unit and every unit below it, whatever the depth (one recursive query)."""
    t = Unit.__table__
    # The anchor is a row of the table, not a literal: PostgreSQL wants both terms of a
    # recursive query to have the same column type.
    sub = select(t.c.code).where(t.c.code == unit_code).cte("sub", recursive=True)
    sub = sub.union(select(t.c.code).where(t.c.parent_code == sub.c.code, t.c.deleted.is_(False)))
    return {unit_code} | set(session.connection().execute(select(sub.c.code)).scalars())


def ancestor_codes(session: Session, unit_code: str) -> list[str]:
    """The chain upward, nearest first (the national reference "VN" owns the official list)."""
    t = Unit.__table__
    out: list[str] = []
    code: str | None = unit_code
    while code is not None:
        code = (
            session.connection().execute(select(t.c.parent_code).where(t.c.code == code)).scalar()
        )
        if code is None or code in out or code == unit_code:
            break
        out.append(code)
    return out


def default_recipient(session: Session, unit_code: str) -> str:
    up = ancestor_codes(session, unit_code)
    if not up:
        raise RuleViolation(
            f"Đơn vị {unit_code} không có cấp trên trong danh mục; hãy chọn nơi nhận gói dữ liệu."
        )
    return up[0]


def _schema_revision(ctx: AppContext) -> str:
    return current_revision(ctx.engine) or "empty"


def _private_key(ctx: AppContext, identity: trust.Identity) -> Ed25519PrivateKey:
    held = signing_keys.unlocked(ctx)
    if held.public_raw != identity.public_key:
        raise RuleViolation(
            "Khóa ký đang mở không phải khóa hiện hành của máy này; hãy đăng nhập lại."
        )
    return Ed25519PrivateKey.from_private_bytes(held.private_raw)


def records_for(
    session: Session,
    spec: EntitySpec,
    *,
    owners: set[str] | None,
    since_change_seq: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows of one synced entity as bundle records, streamed in batches (flat memory).

    `owners` None takes every owner; otherwise only records owned by those unit codes.
    `since_change_seq` takes only rows changed here after that local counter value."""
    table = spec.table
    cols = [table.c[name] for name in spec.columns]
    stmt = select(*cols)
    if since_change_seq is not None:
        stmt = stmt.where(table.c.change_seq > since_change_seq)
    if owners is not None and len(owners) <= 500:
        stmt = stmt.where(table.c.unit_code.in_(sorted(owners)))
    names = spec.columns
    encode = [enc for _name, enc in spec._encoders]
    owner_at = names.index("unit_code")
    result = session.connection().execution_options(yield_per=_BATCH).execute(stmt)
    for row in result:
        if owners is not None and row[owner_at] not in owners:
            continue
        yield dict(zip(names, [f(v) for f, v in zip(encode, row, strict=True)], strict=True))


class _Counted:
    """Wraps a record iterator to report progress every few thousand records."""

    def __init__(self, progress: Progress | None, total: int, label: str) -> None:
        self.progress, self.total, self.label, self.done = progress, total, label, 0

    def wrap(self, records: Iterator[dict[str, Any]], what: str) -> Iterator[dict[str, Any]]:
        for rec in records:
            self.done += 1
            if self.progress is not None and self.done % 1000 == 0:
                self.progress.update(self.done, self.total, f"{self.label}: {what}")
            yield rec


def write_bundle(
    ctx: AppContext,
    session: Session,
    *,
    kind: str,
    recipient: str,
    out_dir: Path,
    period: str,
    write: Callable[[BundleWriter], None],
    full: bool = True,
    since_seq: int | None = None,
    change_seq_high: int = 0,
    progress: Progress | None = None,
) -> ExportResult:
    """Write, sign and log one bundle (see module docstring). `session` is the caller's read
    session: the payload `write` streams should come from that one snapshot."""
    me = trust.own_identity_in(session)
    key = _private_key(ctx, me)
    previous = last_export(session, recipient)
    manifest = Manifest.new(
        kind=kind,
        sender_unit=me.unit_code,
        sender_install=me.install_id,
        recipient_unit=recipient,
        schema_revision=_schema_revision(ctx),
        seq=(previous.seq + 1) if previous else 1,
        prev_bundle_hash=previous.bundle_sha256 if previous else None,
        full=full,
        since_seq=None if full else since_seq,
        rubric_version=get_setting(session, "rubric_version") or None,
        rubric_hash=get_setting(session, "rubric_hash") or None,
    )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with BundleWriter(out_dir, manifest, key, period=period) as writer:
        writer.add_records(trust.SENDER_KEY_ENTITY, [trust.sender_key_line(me)])
        write(writer)
        if progress is not None:
            progress.check()  # a cancel pressed at the very end still leaves no file
    assert writer.path is not None and writer.manifest is not None and writer.bundle_sha256
    done = writer.manifest
    try:
        with ctx.session() as w:
            w.add(
                ExportLog(
                    bundle_id=done.bundle_id,
                    kind=kind,
                    recipient_unit=recipient,
                    seq=done.seq,
                    full=done.full,
                    since_seq=done.since_seq,
                    bundle_sha256=writer.bundle_sha256,
                    prev_bundle_hash=done.prev_bundle_hash,
                    file_name=writer.path.name,
                    period=period,
                    created_by=ctx.user.username,
                    change_seq_high=change_seq_high,
                    counts=json.dumps(done.counts, sort_keys=True),
                )
            )
            w.add_all(
                SentFile(recipient_unit=recipient, sha256=sha, bundle_id=done.bundle_id)
                for sha in done.attachments
            )
    except IntegrityError:
        # Another export to the same recipient took this seq meanwhile: this file must not go.
        writer.path.unlink(missing_ok=True)
        raise RuleViolation("Một gói khác vừa được xuất cho cùng nơi nhận; hãy xuất lại.") from None
    except BaseException:
        writer.path.unlink(missing_ok=True)
        raise
    return ExportResult(
        writer.path,
        done.bundle_id,
        kind,
        recipient,
        done.seq,
        done.full,
        done.since_seq,
        dict(done.counts),
        writer.bundle_sha256,
        period,
        dict(done.attachments),
    )


def export_data(
    ctx: AppContext,
    out_dir: Path,
    *,
    recipient: str | None = None,
    full: bool = False,
    period: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """The `data` bundle for the upper level (or another install of this unit)."""
    ctx.require(Permission.SYNC)
    period = period or default_period()
    with ctx.read() as s:
        unit = get_setting(s, "unit_code")
        if not unit:
            raise RuleViolation("Cơ sở dữ liệu chưa được thiết lập đơn vị.")
        recipient = recipient or default_recipient(s, unit)
        acked = None if full else last_acked_export(s, recipient)
        since = acked.change_seq_high if acked is not None else None
        high = s.get(Counter, CHANGE_SEQ)
        high_value = high.value if high is not None else 0
        owners = subtree_codes(s, unit)
        specs = profile("data").specs()
        counter = _Counted(progress, 0, "Đang xuất dữ liệu")
        limits = file_limits(s, [unit, *ancestor_codes(s, unit)])
        files: list[FilesSent] = []
        if progress is not None:
            counter.total = sum(_count(s, sp, owners, since) for sp in specs)
            progress.update(0, counter.total, "Đang xuất dữ liệu")

        def write(writer: BundleWriter) -> None:
            for sp in specs:
                rows = records_for(s, sp, owners=owners, since_change_seq=since)
                writer.add_records(sp.name, counter.wrap(rows, sp.label))
            # The files the outgoing records cite (issue 10), after the records they belong to.
            files.append(
                add_evidence_files(
                    writer,
                    s,
                    ctx.files_dir,
                    owners=owners,
                    recipient=recipient,
                    full=acked is None,
                    limits=limits,
                )
            )

        result = write_bundle(
            ctx,
            s,
            kind="data",
            recipient=recipient,
            out_dir=out_dir,
            period=period,
            write=write,
            full=acked is None,
            since_seq=acked.seq if acked is not None else None,
            change_seq_high=high_value,
            progress=progress,
        )
        skipped = tuple(files[0].skipped) if files else ()
        return dataclasses.replace(result, files_skipped=skipped)


def _count(session: Session, spec: EntitySpec, owners: set[str], since: int | None) -> int:
    t = spec.table
    stmt = select(func.count()).select_from(t)
    if since is not None:
        stmt = stmt.where(t.c.change_seq > since)
    if len(owners) <= 500:
        stmt = stmt.where(t.c.unit_code.in_(sorted(owners)))
    return session.execute(stmt).scalar_one()
