"""Rollups down, folders of bundles up: the upper level's side of sync, built on the engine.

    import_folder(ctx, folder, *, progress=None, trust_new=False, dry_run=False) -> FolderImport
        every `.dvk` in a folder (a province receives dozens on one drive), oldest seq first per
        sender; one refused bundle does not stop the others, each keeps its reason.
    export_rollups(ctx, out_dir, *, unit=None, period=None, progress=None, today=None)
        -> list[ExportResult]
        one `rollup` bundle per commune below this unit (or only `unit`), carrying the
        commune's standing among its peers (with the aggregates), the upper level's decisions
        on its records, the deadlines and reference documents this unit distributes, the units
        it owns and the keys it trusts.
    export_reference(ctx, out_dir, *, unit=None, period=None, progress=None) -> list[ExportResult]
        the same reference data without standings and decisions.
    import_from_upper(ctx, paths, *, progress=None, trust_new=False) -> FolderImport
        the commune's side: rollup, ack and reference bundles from its upper level.

Everything the rollup carries is a record the upper level owns (DESIGN §2), so the commune's
import applies it like any other synced entity; nothing here edits a commune's row.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain import authority
from danvan_desktop.domain.errors import Progress, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import AppContext
from danvan_desktop.store import schema  # noqa: F401 - every table registered before _down_entities
from danvan_desktop.store.base import SYNCED
from danvan_desktop.store.settings import get_setting
from danvan_desktop.sync import exporter, importer, trust
from danvan_desktop.sync.bundle_format import BundleWriter, parse_bundle_file_name
from danvan_desktop.sync.profiles import Profile, register_profile, spec, synced_specs


def _down_entities() -> tuple[tuple[str, ...], dict[str, str]]:
    """What flows down, from what each record type declares (store.base.Record): the unit list
    and every upper-level type for all units below (reference data), and the upper-level types
    about one unit (`__for_unit__`: standings, decisions, appraisals) in that unit's rollup.
    A new area's upper-level records travel without a line here."""
    reference, per_unit = ["unit"], {}
    for sp in synced_specs():
        cls = SYNCED[sp.name]
        if getattr(cls, "__authority__", None) != authority.UPPER:
            continue
        if cls.__for_unit__:
            per_unit[sp.name] = cls.__for_unit__
        else:
            reference.append(sp.name)
    return tuple(reference), per_unit


#: what flows down with every rollup and reference bundle (all owned by the upper unit)
REFERENCE_ENTITIES, PER_UNIT_ENTITIES = _down_entities()
ROLLUP_ENTITIES = (*REFERENCE_ENTITIES, *PER_UNIT_ENTITIES)

register_profile(
    Profile(
        "rollup",
        "Bản tổng hợp của cấp trên",
        ROLLUP_ENTITIES,
        extras=("sender_key", trust.KEYS_ENTITY),
        owners="sender",
    )
)
register_profile(
    Profile(
        "reference",
        "Dữ liệu tham chiếu của cấp trên",
        REFERENCE_ENTITIES,
        extras=("sender_key", trust.KEYS_ENTITY),
        owners="sender",
    )
)


# ---- export down --------------------------------------------------------------------------


def _rows(session: Session, entity: str, *conds: Any) -> Iterator[dict[str, Any]]:
    """Records of one synced entity matching `conds`, encoded as in every bundle."""
    sp = spec(entity)
    cols = [sp.table.c[name] for name in sp.columns]
    result = session.execute(select(*cols).where(*conds).order_by(sp.table.c.id))
    names = sp.columns
    for row in result:
        yield sp.encode(dict(zip(names, row, strict=True)))


def _reference_payload(writer: BundleWriter, session: Session, me: str) -> None:
    for entity in REFERENCE_ENTITIES:
        t = spec(entity).table
        writer.add_records(entity, _rows(session, entity, t.c.unit_code == me))
    writer.add_records(trust.KEYS_ENTITY, trust.keys_payload(session))


def _targets(ctx: AppContext, session: Session, unit: str | None) -> list[ul.CommuneInfo]:
    members = ul.member_communes(session, ctx.unit_code)
    if unit is None:
        return members
    found = [c for c in members if c.code == unit]
    if not found:
        raise RuleViolation(f"Đơn vị {unit} không phải xã, phường, đặc khu trực thuộc đơn vị này.")
    return found


def _check_upper(ctx: AppContext) -> None:
    ctx.require(Permission.SYNC)
    if not ul.is_upper_level(ctx):
        raise RuleViolation(
            "Chỉ cơ sở dữ liệu của cấp tỉnh hoặc cấp trung gian mới xuất bản tổng hợp."
        )


def export_rollups(
    ctx: AppContext,
    out_dir: Path,
    *,
    unit: str | None = None,
    period: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> list[exporter.ExportResult]:
    """One signed rollup bundle per commune (or only `unit`); returns what was written."""
    _check_upper(ctx)
    period = ul.check_period(period or exporter.default_period(today))
    with ctx.read() as s:
        targets = _targets(ctx, s, unit)
    if progress is not None:
        progress.update(0, len(targets) + 1, "Đang tính bản tổng hợp…")
    ul.publish_standings(ctx, period, communes_only=[c.code for c in targets], today=today)
    results: list[exporter.ExportResult] = []
    try:
        for i, c in enumerate(targets, start=1):
            if progress is not None:
                progress.update(i, len(targets) + 1, f"Đang ghi bản tổng hợp cho {c.name}…")
            with ctx.read() as s:
                results.append(
                    _write_rollup(ctx, s, c.code, period, Path(out_dir) / c.code, progress)
                )
    except BaseException:
        # A half-sent set is confusing on a drive: remove what this run wrote. The export log
        # keeps their seqs (the next rollup continues the chain, the commune sees no gap
        # because each rollup is full).
        for r in results:
            r.path.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress.update(len(targets) + 1, len(targets) + 1, "Xong")
    return results


def _write_rollup(
    ctx: AppContext, s: Session, commune: str, period: str, out_dir: Path, progress: Progress | None
) -> exporter.ExportResult:
    me = get_setting(s, "unit_code")

    def write(writer: BundleWriter) -> None:
        _reference_payload(writer, s, me)
        for entity, column in PER_UNIT_ENTITIES.items():
            t = spec(entity).table
            writer.add_records(
                entity, _rows(s, entity, t.c.unit_code == me, t.c[column] == commune)
            )

    return exporter.write_bundle(
        ctx,
        s,
        kind="rollup",
        recipient=commune,
        out_dir=out_dir,
        period=period,
        write=write,
        full=True,
        progress=progress,
    )


def export_reference(
    ctx: AppContext,
    out_dir: Path,
    *,
    unit: str | None = None,
    period: str | None = None,
    progress: Progress | None = None,
) -> list[exporter.ExportResult]:
    """Reference data only (units, deadlines, reference documents, keys) for each commune."""
    _check_upper(ctx)
    period = ul.check_period(period or exporter.default_period())
    with ctx.read() as s:
        targets = _targets(ctx, s, unit)
        me = get_setting(s, "unit_code")
    results = []
    for i, c in enumerate(targets, start=1):
        if progress is not None:
            progress.update(i - 1, len(targets), f"Đang ghi dữ liệu tham chiếu cho {c.name}…")
        with ctx.read() as s:
            results.append(
                exporter.write_bundle(
                    ctx,
                    s,
                    kind="reference",
                    recipient=c.code,
                    out_dir=Path(out_dir) / c.code,
                    period=period,
                    write=functools.partial(_reference_payload, session=s, me=me),
                    full=True,
                    progress=progress,
                )
            )
    return results


# ---- import up (a folder) and down (from the upper level) ---------------------------------

_STATUS = {
    "applied": "imported",
    "already_imported": "unchanged",
    "preview": "dry_run",
    "refused": "refused",
}


@dataclass
class FileOutcome:
    path: Path
    status: str  # imported, unchanged, refused, dry_run
    sender: str = ""
    seq: int | None = None
    kind: str = ""
    message: str = ""
    code: str = ""  # the engine's error code when refused
    report: importer.BundleReport | None = None


@dataclass
class FolderImport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self.count("imported")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "refused"]

    @property
    def key_notices(self) -> list[importer.KeyNotice]:
        """Senders refused only because their key is new or changed: a person compares these
        fingerprints (by phone) and imports again with them in `accept_keys`."""
        out: dict[str, importer.KeyNotice] = {}
        for o in self.refused:
            notice = o.report.key_notice if o.report is not None else None
            if notice is not None and o.code in ("unknown_sender", "key_changed"):
                out[notice.fingerprint] = notice
        return list(out.values())

    @property
    def records(self) -> int:
        """Records new or updated by this import."""
        return sum(
            o.report.total("new") + o.report.total("updated")
            for o in self.outcomes
            if o.report is not None and o.status == "imported"
        )

    def summary(self) -> str:
        """A few Vietnamese lines: totals, then each refused file with its reason."""
        lines = [
            f"Đã xét {len(self.outcomes)} tệp: nhập mới {self.imported} "
            f"({self.records} bản ghi mới hoặc cập nhật), đã nhập từ trước {self.unchanged}, "
            f"bị từ chối {len(self.refused)}."
        ]
        dry = self.count("dry_run")
        if dry:
            lines[0] += f" Xem thử (chưa ghi): {dry}."
        for o in self.refused[:20]:
            lines.append(f"- {o.path.name}: {o.message}")
        if len(self.refused) > 20:
            lines.append(f"- … và {len(self.refused) - 20} tệp khác")
        return "\n".join(lines)


def bundle_files(folder: Path) -> list[Path]:
    """The folder's `.dvk` files in the order they are applied (sender, then seq)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RuleViolation(f"Không tìm thấy thư mục {folder}.")
    return importer.expand_paths([folder])


def _outcomes(reports: list[importer.BundleReport]) -> FolderImport:
    out = FolderImport()
    for r in reports:
        m = r.manifest
        parsed = parse_bundle_file_name(r.source.name)
        out.outcomes.append(
            FileOutcome(
                r.source,
                _STATUS.get(r.status, r.status),
                sender=m.sender_unit if m else (parsed[0] if parsed else ""),
                seq=m.seq if m else (parsed[2] if parsed else None),
                kind=m.kind if m else "",
                message=r.message,
                code=r.code or "",
                report=r,
            )
        )
    return out


def default_ack_dir(ctx: AppContext) -> Path:
    base = ctx.db_path.parent if ctx.db_path is not None else Path.cwd()
    return base / "goi-xac-nhan"


def import_folder(
    ctx: AppContext,
    folder: Path,
    *,
    progress: Progress | None = None,
    trust_new: bool = False,
    dry_run: bool = False,
    ack_dir: Path | None = None,
    accept_keys: Iterable[str] = (),
) -> FolderImport:
    """Import every bundle of a folder of commune bundles: one backup first, then each sender's
    bundles in seq order; a refused bundle keeps its reason and the others go on.

    Acks go to `ack_dir/<commune code>/`: one folder per commune to carry back to it (rollups
    are laid out the same way), so an officer copies a folder, not files picked by name."""
    ctx.require(Permission.SYNC)
    files = bundle_files(folder)
    groups: dict[str, list[Path]] = {}
    for f in files:
        parsed = parse_bundle_file_name(f.name)
        groups.setdefault(parsed[0] if parsed else "khac", []).append(f)
    base = Path(ack_dir) if ack_dir is not None else default_ack_dir(ctx)
    reports: list[importer.BundleReport] = []
    for i, (sender, group) in enumerate(groups.items()):
        if progress is not None:
            progress.update(len(reports), len(files), f"Đơn vị {sender}: {len(group)} gói")
        reports += importer.import_bundles(
            ctx,
            group,
            trust_new=trust_new,
            dry_run=dry_run,
            accept_keys=accept_keys,
            ack_dir=base / sender,
            progress=progress,
            backup=i == 0,
        )
    if progress is not None:
        progress.update(len(files), len(files), "Xong")
    return _outcomes(reports)


def import_from_upper(
    ctx: AppContext,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    trust_new: bool = False,
    accept_keys: Iterable[str] = (),
) -> FolderImport:
    """The commune imports rollup, ack and reference bundles (files or folders of them)."""
    ctx.require(Permission.SYNC)
    files = importer.expand_paths(paths)
    reports = importer.import_bundles(
        ctx, files, trust_new=trust_new, accept_keys=accept_keys, progress=progress
    )
    return _outcomes(reports)
