"""Backups of the SQLite file with SQLite's online backup API (safe with WAL, unlike a file copy).

A backup is written to a `.part` file named with the writer's process id and renamed when
complete, so an interrupted backup never looks like a good one; the next backup removes such
leftovers. Old backups are pruned by count and, when the disk runs low, by free space; a full
disk or a read-only folder ends in a StorageFault sentence, never a half-written file.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

from danvan_desktop.store.faults import (
    DatabaseDamaged,
    NotADatabase,
    StorageFault,
    check_database_file,
    disk_full,
    storage_fault,
)

KEEP = 10
#: backups never pruned for free space: the newest ones are the way back after a fault.
MIN_KEEP = 2
#: a `.part` whose writer is gone, or untouched this long, is a leftover of an interrupted backup.
STALE_PART_SECONDS = 3600
_MB = 1024 * 1024


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _db_bytes(path: Path) -> int:
    """Size a backup of the database will take: its pages, including those still in the WAL."""
    files = (path, path.with_name(path.name + "-wal"))
    return sum(p.stat().st_size for p in files if p.exists())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(db_path: Path) -> list[Path]:
    """Delete `.part` files left by backups that were interrupted (kill, power cut, full disk)."""
    folder = backup_dir(Path(db_path))
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for part in folder.glob(f"{Path(db_path).stem}.*.part*"):  # with its -journal
        base = part.name.split(".part")[0]
        pid_text = base.rsplit(".", 1)[-1]
        try:
            age = now - part.stat().st_mtime
        except FileNotFoundError:
            continue
        pid = int(pid_text) if pid_text.isdigit() else None
        # This process's own .part may be a backup running in another thread.
        writer_gone = pid is None or (pid != os.getpid() and not _pid_alive(pid))
        if writer_gone or age > STALE_PART_SECONDS:
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def backup_sqlite(db_path: Path, label: str, keep: int = KEEP) -> Path:
    """Copy the live database to backups/<name>.<label>.<UTC time>.sqlite; keep the last `keep`.

    Raises DiskFull before writing when the disk cannot hold the copy even after pruning old
    backups, and a StorageFault (nothing left behind) when writing fails."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    safe_label = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label) or "backup"
    target = folder / f"{db_path.stem}.{safe_label}.{_stamp()}.sqlite"
    tmp = folder / f"{target.stem}.{os.getpid()}.part"
    try:
        check_database_file(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(db_path)
        _make_room(db_path, _db_bytes(db_path) + _MB)
        src = sqlite3.connect(db_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except Exception as exc:
        _remove_part(tmp)
        fault = storage_fault(exc, folder if isinstance(exc, OSError) else db_path)
        if fault is None or fault is exc:
            raise
        raise fault from exc
    prune(db_path, keep)
    return target


def _remove_part(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def _make_room(db_path: Path, needed: int) -> None:
    """Prune old backups (never the newest MIN_KEEP) until `needed` bytes fit, else DiskFull."""
    folder = backup_dir(db_path)
    backups = list_backups(db_path)
    while _free(folder) < needed and len(backups) > MIN_KEEP:
        backups.pop(0).unlink(missing_ok=True)
    free = _free(folder)
    if free < needed:
        raise disk_full(
            folder,
            f" (bản sao lưu cần khoảng {needed / _MB:.0f} MB, còn trống {free / _MB:.0f} MB)",
        )


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}.*.sqlite"), key=lambda p: p.stat().st_mtime)


def prune(db_path: Path, keep: int = KEEP, min_free: int | None = None) -> list[Path]:
    """Keep the newest `keep` backups; while free space is below `min_free` (default: twice the
    database, room for its growth and the next backup) drop the oldest, down to MIN_KEEP."""
    backups = list_backups(db_path)
    removed = backups[: max(len(backups) - keep, 0)]
    backups = backups[len(removed) :]
    for old in removed:
        old.unlink(missing_ok=True)
    floor = 2 * _db_bytes(Path(db_path)) if min_free is None else min_free
    while len(backups) > MIN_KEEP and _free(backup_dir(Path(db_path))) < floor:
        removed.append(backups.pop(0))
        removed[-1].unlink(missing_ok=True)
    return removed


def integrity_ok(path: Path, *, quick: bool = False) -> tuple[bool, str]:
    """(ok, detail) of SQLite's integrity check; a file that is not a database is not ok.

    A fault of the disk (unreadable, read-only folder) is raised, not reported as damage."""
    try:
        check_database_file(Path(path))
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except NotADatabase as exc:
        return False, exc.message
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.Error as exc:
        fault = storage_fault(exc, path)
        if fault is None or isinstance(fault, (NotADatabase, DatabaseDamaged)):
            return False, str(exc)
        raise fault from exc
    finally:
        con.close()
    return rows == ["ok"], "; ".join(rows[:5])


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest backup whose integrity check passes (the way back from a damaged database)."""
    for candidate in reversed(list_backups(db_path)):
        try:
            if integrity_ok(candidate)[0]:
                return candidate
        except StorageFault:
            continue
    return None


def _set_aside_damaged(db_path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, into backups/ as `.bad`:
    it cannot be backed up with SQLite, and a person may still want to rescue something."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{db_path.stem}.damaged.{_stamp()}.bad"
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def restore_sqlite(db_path: Path, backup_path: Path) -> Path:
    """Replace the database's content with a backup; the current state is backed up first.

    A damaged current database (not a database, or its integrity check fails) is set aside as
    a `.bad` file instead, and the backup is written beside it and renamed into place."""
    db_path = Path(db_path)
    ok, detail = integrity_ok(backup_path)
    if not ok:
        raise ValueError(f"Bản sao lưu bị hỏng, không thể khôi phục: {detail}")
    if db_path.exists() and not integrity_ok(db_path, quick=True)[0]:
        return _restore_over_damaged(db_path, backup_path)
    safety = backup_sqlite(db_path, "before-restore") if db_path.exists() else None
    try:
        src = sqlite3.connect(backup_path)
        try:
            dst = sqlite3.connect(db_path)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise storage_fault(exc, db_path) or exc from exc
    return safety or backup_path


def _restore_over_damaged(db_path: Path, backup_path: Path) -> Path:
    tmp = db_path.with_name(f"{db_path.name}.{os.getpid()}.restore.part")
    try:
        _make_room(db_path, _db_bytes(backup_path) + _MB)
        src = sqlite3.connect(backup_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        aside = _set_aside_damaged(db_path)
        os.replace(tmp, db_path)
    except Exception as exc:
        _remove_part(tmp)
        fault = storage_fault(exc, db_path)
        if fault is None or fault is exc:
            raise
        raise fault from exc
    return aside
