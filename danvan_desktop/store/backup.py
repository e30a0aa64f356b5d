"""Backups of the SQLite file with SQLite's online backup API (safe with WAL, unlike a file copy)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(db_path: Path, label: str, keep: int = KEEP) -> Path:
    """Copy the live database to backups/<name>.<label>.<UTC time>.sqlite; keep the last `keep`."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe_label = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label) or "backup"
    target = folder / f"{db_path.stem}.{safe_label}.{stamp}.sqlite"
    tmp = target.with_suffix(".part")
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
    prune(db_path, keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}.*.sqlite"), key=lambda p: p.stat().st_mtime)


def prune(db_path: Path, keep: int = KEEP) -> None:
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)


def integrity_ok(path: Path) -> tuple[bool, str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    finally:
        con.close()
    return result == "ok", result


def restore_sqlite(db_path: Path, backup_path: Path) -> Path:
    """Replace the database's content with a backup; the current state is backed up first."""
    ok, detail = integrity_ok(backup_path)
    if not ok:
        raise ValueError(f"Bản sao lưu bị hỏng, không thể khôi phục: {detail}")
    safety = backup_sqlite(db_path, "before-restore") if Path(db_path).exists() else None
    src = sqlite3.connect(backup_path)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety or backup_path
