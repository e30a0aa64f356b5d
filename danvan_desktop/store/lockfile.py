"""One running app per database: an OS lock on `<database>.lock` beside the file (filelock).

The lock is advisory and held by the GUI only: the OS frees it when the process ends, even by
kill -9 or a power cut, so a stale lock never blocks the next start. CLI commands do not take
it: SQLite's WAL, the busy timeout and BEGIN IMMEDIATE already let a command and the open app
write the same file safely; only `db restore`, which replaces the file under the app, refuses
while the app holds the lock.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from danvan_desktop.store.faults import DatabaseInUse, StorageFault, in_use, storage_fault


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class AppLock:
    """The lock of one database; acquire() raises DatabaseInUse when another app holds it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        # thread_local=False: start-up takes the lock in a worker thread, the main thread
        # releases it when the window closes.
        self._lock = FileLock(str(lock_path(self.db_path)), timeout=0, thread_local=False)

    def acquire(self) -> AppLock:
        try:
            self._lock.acquire(timeout=0, blocking=False)
        except Timeout:
            raise in_use(self.db_path) from None
        except OSError as exc:
            raise storage_fault(exc, lock_path(self.db_path)) or exc from None
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked


def held_by_another(db_path: Path) -> bool:
    """Whether another app (process or window) holds the database's lock now."""
    if not lock_path(db_path).exists():
        return False
    probe = AppLock(db_path)
    try:
        probe.acquire()
    except DatabaseInUse:
        return True
    except (OSError, StorageFault):  # unreadable or read-only folder: no app can hold it
        return False
    probe.release()
    return False
