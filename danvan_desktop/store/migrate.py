"""Run Alembic migrations from the app: back up first, refuse a newer database, all or nothing."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from danvan_desktop.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a database actually needs upgrading: importing it costs a few
# hundred milliseconds of start-up that an up-to-date database should not pay.
from danvan_desktop.store.backup import backup_sqlite
from danvan_desktop.store.faults import storage_fault
from danvan_desktop.store.level_indexes import fit_indexes_to_level


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer version of the app."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        self.message = (
            f"Cơ sở dữ liệu này được tạo bởi phiên bản phần mềm mới hơn (phiên bản dữ liệu {revision}). "
            "Vui lòng cập nhật phần mềm trước khi mở tệp này; tệp không bị thay đổi."
        )
        super().__init__(self.message)


class MigrationFailed(RuntimeError):
    def __init__(self, detail: str, backup: Path | None) -> None:
        self.backup = backup
        where = f" Bản sao lưu trước khi nâng cấp: {backup}." if backup else ""
        self.message = (
            f"Nâng cấp cơ sở dữ liệu không thành công, dữ liệu được giữ nguyên như trước.{where} "
            f"Chi tiết: {detail}"
        )
        super().__init__(self.message)


@dataclass
class UpgradeResult:
    from_revision: str | None
    to_revision: str | None  # None only when there are no revision files at all
    backup: Path | None


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or migrations_dir()))
    return cfg


@lru_cache(maxsize=8)
def _declared_heads(versions: Path, stamp: tuple) -> tuple[str, ...]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value_node: ast.expr | None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value_node = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value_node = node.target, node.value
            else:
                continue
            if not isinstance(target, ast.Name) or value_node is None:
                continue
            value = ast.literal_eval(value_node)
            if target.id == "revision":
                revisions.add(value)
            elif target.id == "down_revision" and value:
                parents.update([value] if isinstance(value, str) else value)
    return tuple(sorted(revisions - parents))


def quick_heads(script_location: Path | None = None) -> tuple[str, ...]:
    """Heads read from the revision files themselves, without importing Alembic."""
    versions = Path(script_location or migrations_dir()) / "versions"
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in versions.glob("*.py")))
    return _declared_heads(versions, stamp)


def head_revision(script_location: Path | None = None) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    # A read: it must not queue behind a writer (an export asks this while a long import or
    # another window's save holds the write lock).
    from danvan_desktop.store.engine import READ_ONLY  # engine imports this module

    with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def sqlite_path(engine: Engine) -> Path | None:
    if (
        engine.dialect.name != "sqlite"
        or not engine.url.database
        or engine.url.database == ":memory:"
    ):
        return None
    return Path(engine.url.database)


def _has_user_tables(engine: Engine) -> bool:
    return any(not t.startswith("sqlite_") for t in inspect(engine).get_table_names())


def upgrade(engine: Engine, script_location: Path | None = None) -> UpgradeResult:
    """Bring the database to the app's head revision.

    A SQLite file with data is backed up (SQLite backup API) before anything changes; the
    upgrade runs in one transaction (transactional DDL recipe), so a failure leaves the file as
    it was and raises MigrationFailed naming the backup.
    """
    current = current_revision(engine)
    heads = quick_heads(script_location)
    if len(heads) == 1 and current == heads[0]:
        return UpgradeResult(current, current, None)  # the usual start-up: nothing to do
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(script_location)
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    if current is not None and current != head:
        try:
            script.get_revision(current)
        except Exception:  # alembic raises several types for an unknown revision
            raise DatabaseTooNew(current) from None
    if current == head:
        return UpgradeResult(current, head, None)
    backup = None
    path = sqlite_path(engine)
    if path is not None and path.exists() and _has_user_tables(engine):
        backup = backup_sqlite(path, f"before-{current or 'empty'}-to-{head}")
    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if current is not None:  # a fresh file has no level yet (set up drops them)
                fit_indexes_to_level(conn)
            conn.commit()
    except Exception as exc:
        # A full disk or a busy file is the disk's fault, not the migration's: say that.
        fault = storage_fault(exc, path)
        if fault is not None:
            raise fault from exc
        raise MigrationFailed(str(exc), backup) from exc
    return UpgradeResult(current, head, backup)


def row_counts(engine: Engine) -> dict[str, int]:
    names = sorted(t for t in inspect(engine).get_table_names() if not t.startswith("sqlite_"))
    with engine.connect() as conn:
        return {n: conn.execute(text(f'SELECT COUNT(*) FROM "{n}"')).scalar_one() for n in names}
