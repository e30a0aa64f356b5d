"""The application context: database, signed-in user and this install's unit.

Passed explicitly to every service function (no global singletons). Each use case opens one
short transaction with `ctx.session()`; the session carries the user and unit so the audit
hook attributes every change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from danvan_desktop.domain.errors import PermissionDenied
from danvan_desktop.domain.roles import Permission, Role, can
from danvan_desktop.store.engine import READ_ONLY, make_engine, make_session_factory, sqlite_url
from danvan_desktop.store.faults import (
    DiskFull,
    ReadOnlyStorage,
    StorageIOError,
    check_database_file,
    storage_fault,
)
from danvan_desktop.store.lockfile import AppLock
from danvan_desktop.store.migrate import UpgradeResult, upgrade
from danvan_desktop.store.sealed import use_data_key
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.users import DataKeyWrap


@dataclass(frozen=True)
class CurrentUser:
    username: str
    full_name: str
    role: Role


SYSTEM = CurrentUser("system", "Hệ thống", Role.ADMIN)


@dataclass
class AppContext:
    engine: Engine
    sessions: sessionmaker[Session]
    db_path: Path | None
    user: CurrentUser = SYSTEM
    unit_code: str = ""
    last_upgrade: UpgradeResult | None = None
    extra: dict = field(default_factory=dict)
    app_lock: AppLock | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any exception."""
        with self.sessions.begin() as session:
            session.info["user"] = self.user.username
            session.info["unit_code"] = self.unit_code
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing is flushed); its transaction never waits for writers."""
        with self.sessions(bind=self.engine.execution_options(**{READ_ONLY: True})) as session:
            session.info["user"] = self.user.username
            yield session

    def can(self, permission: Permission) -> bool:
        return can(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied()

    @property
    def files_dir(self) -> Path:
        """Managed store of evidence files, beside the database."""
        if self.db_path is not None:
            return self.db_path.parent / f"{self.db_path.stem}-files"
        return Path.cwd() / "danvan-files"

    def close(self) -> None:
        self.engine.dispose()
        if self.app_lock is not None:
            self.app_lock.release()
            self.app_lock = None


def open_context(
    db_path: Path | None = None,
    database_url: str | None = None,
    *,
    migrate: bool = True,
    app_lock: bool = False,
) -> AppContext:
    """Open (and by default migrate) a database.

    Raises DatabaseTooNew / MigrationFailed, and a StorageFault with a Vietnamese message for a
    file that is not a database (refused before SQLite touches it, so a 0-byte or foreign file
    is never initialised), a full disk, a read-only folder or a busy database. `app_lock` takes
    the one-app-per-database lock (the GUI does; DatabaseInUse when another window holds it).
    """
    lock: AppLock | None = None
    created = False
    try:
        if database_url is None:
            if db_path is None:
                raise ValueError("db_path or database_url is required")
            db_path = Path(db_path).expanduser().resolve()
            check_database_file(db_path)
            created = not db_path.exists()
            db_path.parent.mkdir(parents=True, exist_ok=True)
            if app_lock:
                lock = AppLock(db_path).acquire()
            database_url = sqlite_url(db_path)
        engine = make_engine(database_url)
        try:
            result = upgrade(engine) if migrate else None
            ctx = AppContext(
                engine,
                make_session_factory(engine),
                db_path if db_path else None,
                last_upgrade=result,
                app_lock=lock,
            )
            with ctx.read() as s:
                ctx.unit_code = get_setting(s, "unit_code")
                # Sealed columns (store.sealed): once the database has a data key, nothing
                # confidential is written in clear, even before a login opens the key.
                sealed_db = s.execute(select(DataKeyWrap.username).limit(1)).first() is not None
            use_data_key(engine, None, required=sealed_db)
        except BaseException:
            engine.dispose()
            raise
    except Exception as exc:
        if lock is not None:
            lock.release()
        fault = storage_fault(exc, db_path)
        # Not on a busy error: the file may then be another process's brand-new database.
        if (
            created
            and db_path is not None
            and isinstance(fault, (DiskFull, ReadOnlyStorage, StorageIOError))
        ):
            _remove_new_file(db_path)
        if fault is not None and fault is not exc:
            raise fault from exc
        raise
    return ctx


def _remove_new_file(db_path: Path) -> None:
    """A database this call created and could not finish (full disk, read-only folder…) is
    removed: left behind, a 0-byte or schema-less file would be refused or misread next time."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
