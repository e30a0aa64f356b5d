"""The application context: database, signed-in user and this install's unit.

Passed explicitly to every service function (no global singletons). Each use case opens one
short transaction with `ctx.session()`; the session carries the user and unit so the audit
hook attributes every change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from danvan_desktop.domain.errors import PermissionDenied
from danvan_desktop.domain.roles import Permission, Role, can
from danvan_desktop.store.engine import make_engine, make_session_factory, sqlite_url
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

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any exception."""
        with self.sessions.begin() as session:
            session.info["user"] = self.user.username
            session.info["unit_code"] = self.unit_code
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing is flushed)."""
        with self.sessions() as session:
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


def open_context(
    db_path: Path | None = None, database_url: str | None = None, *, migrate: bool = True
) -> AppContext:
    """Open (and by default migrate) a database; raises DatabaseTooNew / MigrationFailed."""
    if database_url is None:
        if db_path is None:
            raise ValueError("db_path or database_url is required")
        db_path = Path(db_path).expanduser().resolve()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        database_url = sqlite_url(db_path)
    engine = make_engine(database_url)
    result = upgrade(engine) if migrate else None
    ctx = AppContext(
        engine, make_session_factory(engine), db_path if db_path else None, last_upgrade=result
    )
    with ctx.read() as s:
        ctx.unit_code = get_setting(s, "unit_code")
        # Sealed columns (store.sealed): once the database has a data key, nothing confidential
        # is written in clear, even before a login opens the key.
        sealed_db = s.execute(select(DataKeyWrap.username).limit(1)).first() is not None
    use_data_key(engine, None, required=sealed_db)
    return ctx
