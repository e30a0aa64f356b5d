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
Evidence files the bundle carries are hash-checked into temp files of the store before the
commit and renamed to their hashes only after it: a refused bundle or a preview leaves none.

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

The import is split by what each part holds: import_report (the report, the run, options and
the payload handler registry), import_keys (the sender's key: first contact, key change,
`sender_key` / `keys` lines), import_apply (records checked, classified and written per batch),
import_writer (the executemany writer and fast path), sync.authority (who may say what); this
module runs one bundle and a batch of them.

Bulk path: rows go in with executemany per batch of 1000 (the raw sqlite3 cursor on SQLite,
SQLAlchemy Core elsewhere), stamped change_seq 0 so they are not exported again as local
changes. Audit: one `import` row per updated record (old → new of the fields that changed) and
one row per bundle summing up the new records (entity "sync_bundle", record id = bundle id).
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import functools
import gc
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import Cancelled, Progress, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.paths import migrations_dir
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.backup import backup_sqlite
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.faults import os_error_message, storage_fault
from danvan_desktop.store.migrate import sqlite_path
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.sync_state import (
    ExportLog,
    ImportLedger,
    last_imported_seq,
)
from danvan_desktop.sync import acks, authority
from danvan_desktop.sync import reasons as _reasons  # noqa: F401 (codes of the import stage)
from danvan_desktop.sync.bundle_format import (
    BUNDLE_SUFFIX,
    Manifest,
    copy_to_staging,
    parse_bundle_file_name,
)
from danvan_desktop.sync.errors import BundleError
from danvan_desktop.sync.evidence_files import (
    commit_staged,
    drop_staged,
    stage_attachments,
    withheld_warnings,
)
from danvan_desktop.sync.import_apply import apply_payload, reject
from danvan_desktop.sync.import_keys import key_accepted, open_verified, trust_sender
from danvan_desktop.sync.import_report import (
    HANDLERS,
    PAUSE_ENV,
    SAMPLES,
    BundleReport,
    ConflictNote,
    EntityCounts,
    ImportOptions,
    ImportRun,
    KeyNotice,
    Refuse,
    Rejection,
    log,
    register_payload_handler,
)
from danvan_desktop.sync.ledger import local_time
from danvan_desktop.sync.profiles import (
    is_synced_entity,
    spec,
)


@functools.cache
def _known_revisions() -> frozenset[str]:
    """Every schema revision this software knows, read from the revision files themselves:
    importing Alembic for this cost ~0.25 s at every start of an import (store.migrate keeps
    Alembic out of start-up for the same reason)."""
    found: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id == "revision":
                found.add(ast.literal_eval(value))
    return frozenset(found)


def _acked_watermark(session: Session, manifest: Manifest) -> int:
    """Our local changes up to this counter value have reached the sending install."""
    value = session.execute(
        select(func.coalesce(func.max(ExportLog.change_seq_high), 0)).where(
            ExportLog.recipient_unit == manifest.sender_unit,
            ExportLog.acked_by_install == manifest.sender_install,
        )
    ).scalar_one()
    return int(value)


register_payload_handler(acks.ACKS_ENTITY, acks.apply_acks, ("ack",))


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
        run.report.missing_seqs = list(range(last + 1, last + 1 + min(n_missing, SAMPLES)))
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


def _check_versions(run: ImportRun, session: Session, opts: ImportOptions) -> None:
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
        handler = HANDLERS.get(entity)
        if handler is not None:
            if m.kind not in handler[1]:
                raise BundleError("unknown_entity", f"{entity} không dùng trong gói loại {m.kind}")
        elif not is_synced_entity(entity):
            raise BundleError("unknown_entity", entity)
        elif m.kind == "ack":
            raise BundleError("unknown_entity", f"gói xác nhận không mang bản ghi ({entity})")


def _run_one(ctx: AppContext, src: Path, opts: ImportOptions) -> BundleReport:
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
    except (BundleError, Refuse) as exc:
        error = exc.error if isinstance(exc, Refuse) else exc
        report.status, report.code, report.message = "refused", error.code, error.message
        log.warning("bundle %s refused (%s): %s", src, error.code, error.message)
    except (Cancelled, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        # Our own disk full, read-only or busy is not the file's fault: say it as it is, and
        # stop the batch (the next bundle would hit the same wall); nothing was committed.
        fault = storage_fault(exc, ctx.db_path)
        if fault is not None:
            raise fault from exc
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
    ctx: AppContext, staged: Path, src: Path, opts: ImportOptions, report: BundleReport
) -> None:
    me_unit = ctx.unit_code
    files: list[tuple[Path, Path]] = []  # evidence files checked, renamed in after the commit
    try:
        with _transaction(ctx) as s:
            me_install = get_setting(s, "install_id")
            bundle, new_key = open_verified(s, staged, me_unit, opts, report)
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
                    trust_sender(run, new_key, opts)
                apply_payload(run, opts)
                for child, v in auth.finish(s):
                    reject(run, spec(child), v.record, v.code, v.detail)
                if report.rejections:
                    first = report.rejections[0]
                    raise Refuse(
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
                files = stage_attachments(bundle, ctx.files_dir)
                report.files = len(bundle.attachments)
                report.warnings.extend(withheld_warnings(bundle))
                if opts.dry_run:
                    report.status = "preview"
                    raise _DryRun
                _ledger(run, src)
        report.status = "applied"  # only once the commit went through
        commit_staged(files)
    except _DryRun:
        pass
    except (IntegrityError, sqlite3.IntegrityError) as exc:  # at commit (deferred checks)
        detail = str(getattr(exc, "orig", None) or exc)
        raise BundleError("constraint", detail[:200]) from None
    finally:
        drop_staged(files)  # refused, preview or failed: no file left behind (renamed: no-op)
    if report.status == "applied":
        report.message = report.summary()
        if report.manifest is not None and report.manifest.kind == "data":
            _answer_with_ack(ctx, report, opts)
    elif report.status == "preview":
        report.message = report.summary()
        if report.key_notice is not None and not key_accepted(report.key_notice, opts):
            report.warnings.insert(
                0,
                (
                    f"Nơi gửi chưa được đăng ký: đơn vị {report.key_notice.unit_name} (máy "
                    f"{report.key_notice.install_id}), dấu vân tay khóa "
                    f"{report.key_notice.fingerprint}. Hãy gọi điện đối chiếu dấu vân tay trước "
                    "khi nhập."
                ),
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


def _answer_with_ack(ctx: AppContext, report: BundleReport, opts: ImportOptions) -> None:
    try:
        report.ack = acks.write_ack(ctx, report, opts.ack_dir or _default_ack_dir(ctx))
    except (RuleViolation, BundleError, OSError) as exc:
        text = getattr(exc, "message", None) or (
            os_error_message(exc) if isinstance(exc, OSError) else str(exc)
        )
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
    opts = ImportOptions(
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


__all__ = [
    "PAUSE_ENV",
    "BundleReport",
    "ConflictNote",
    "EntityCounts",
    "ImportRun",
    "KeyNotice",
    "Rejection",
    "default_staging_dir",
    "expand_paths",
    "import_bundle",
    "import_bundles",
    "preview_bundle",
    "register_payload_handler",
    "spec_label",
]
