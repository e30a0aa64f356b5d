"""Storage faults as Vietnamese sentences: full disk, read-only folder, not a database, busy.

The OS and SQLite report these as OSError errnos or sqlite3 errors (often wrapped by
SQLAlchemy); `storage_fault` turns any of them into a StorageFault whose `message` the CLI
prints and the GUI shows, instead of a traceback. Plain Python: no SQLAlchemy import needed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"

UNCHANGED = "Thao tác đã bị hủy; dữ liệu được giữ nguyên như trước."


class StorageFault(Exception):
    """A fault of the disk or the database file; `message` is a sentence for the user."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path else None


class DiskFull(StorageFault):
    pass


class ReadOnlyStorage(StorageFault):
    pass


class StorageIOError(StorageFault):
    pass


class NotADatabase(StorageFault):
    """The file is empty, garbage or another kind of file: refused, never initialised."""


class DatabaseDamaged(StorageFault):
    """A SQLite file whose integrity check fails."""


class DatabaseBusy(StorageFault):
    pass


class DatabaseInUse(StorageFault):
    """Another window of the app holds this database's lock file."""


def _where(path: Path | str | None) -> str:
    return f"“{path}”" if path else "thư mục dữ liệu"


def disk_full(path: Path | str | None = None, detail: str = "") -> DiskFull:
    return DiskFull(
        f"Ổ đĩa chứa {_where(path)} đã hết chỗ trống{detail}. {UNCHANGED} Hãy giải phóng chỗ "
        "trống (xóa bớt tệp không cần, dọn thùng rác) hoặc chọn ổ đĩa khác rồi thử lại.",
        path,
    )


def read_only(path: Path | str | None = None) -> ReadOnlyStorage:
    return ReadOnlyStorage(
        f"Không ghi được vào {_where(path)}: thư mục hoặc ổ đĩa (USB) chỉ cho phép đọc, hoặc "
        f"tài khoản máy không có quyền ghi. {UNCHANGED} Hãy chép tệp dữ liệu sang một thư mục "
        "ghi được (hoặc gạt khóa chống ghi của USB) rồi thử lại.",
        path,
    )


def io_error(path: Path | str | None = None) -> StorageIOError:
    return StorageIOError(
        f"Lỗi đọc/ghi ổ đĩa khi truy cập {_where(path)} (ổ USB bị rút ra hoặc đĩa bị lỗi?). "
        f"{UNCHANGED} Hãy kiểm tra ổ đĩa rồi thử lại.",
        path,
    )


def not_a_database(path: Path | str, why: str) -> NotADatabase:
    return NotADatabase(
        f"Tệp {_where(path)} không phải là cơ sở dữ liệu của phần mềm ({why}). Phần mềm không "
        "mở và không thay đổi tệp này. Hãy chọn đúng tệp dữ liệu, hoặc khôi phục từ bản sao "
        "lưu (lệnh “danvan db restore”).",
        path,
    )


def damaged(path: Path | str | None, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        f"Cơ sở dữ liệu {_where(path)} bị hỏng (kiểm tra toàn vẹn: {detail[:200]}). Hãy khôi "
        "phục từ bản sao lưu gần nhất: mở phần mềm để được đề nghị khôi phục, hoặc dùng lệnh "
        "“danvan db restore”.",
        path,
    )


def busy(seconds: float) -> DatabaseBusy:
    return DatabaseBusy(
        "Cơ sở dữ liệu đang được một chương trình khác ghi; đã chờ "
        f"{seconds:g} giây mà chưa đến lượt. {UNCHANGED} Hãy đợi thao tác kia xong rồi thử lại."
    )


def in_use(path: Path | str) -> DatabaseInUse:
    return DatabaseInUse(
        f"Cơ sở dữ liệu {_where(path)} đang được mở trong một cửa sổ phần mềm khác trên máy "
        "này. Hãy dùng cửa sổ đó: mỗi tệp dữ liệu chỉ được mở trong một cửa sổ một lúc.",
        path,
    )


def busy_timeout_seconds() -> float:
    """How long a writer waits for another's lock (DANVAN_BUSY_TIMEOUT overrides, for tests)."""
    try:
        return float(os.environ.get("DANVAN_BUSY_TIMEOUT", "30"))
    except ValueError:
        return 30.0


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        # SQLAlchemy keeps the DBAPI error in .orig; Python in __cause__/__context__.
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return seen


_OS_FAULTS: dict[int, Callable[[Path | str | None], StorageFault]] = {
    errno.ENOSPC: disk_full,
    errno.EDQUOT: disk_full,
    errno.EROFS: read_only,
    errno.EACCES: read_only,
    errno.EPERM: read_only,
    errno.EIO: io_error,
}


def storage_fault(exc: BaseException, path: Path | str | None = None) -> StorageFault | None:
    """The StorageFault an exception (or what it wraps) stands for, else None."""
    for e in _chain(exc):
        if isinstance(e, StorageFault):
            return e
        if isinstance(e, OSError) and e.errno in _OS_FAULTS:
            return _OS_FAULTS[e.errno](e.filename or path)
        if isinstance(e, sqlite3.Error):
            text = str(e).lower()
            if "disk is full" in text:
                return disk_full(path)
            if "readonly" in text or "read-only" in text or "unable to open" in text:
                return read_only(path)
            if "locked" in text or "busy" in text:
                return busy(busy_timeout_seconds())
            if "not a database" in text:
                return not_a_database(path or "?", "tệp hỏng hoặc tệp loại khác")
            if "malformed" in text or "corrupt" in text:
                return damaged(path, str(e))
            if "disk i/o error" in text:
                return io_error(path)
    return None


def os_error_message(exc: OSError) -> str:
    """A Vietnamese sentence for any OSError (the errno's English text only as a detail)."""
    fault = storage_fault(exc)
    if fault is not None:
        return fault.message
    name = _where(exc.filename)
    if exc.errno == errno.ENOENT:
        return f"Không tìm thấy tệp hoặc thư mục {name}."
    if exc.errno == errno.EISDIR:
        return f"{name} là một thư mục, không phải tệp."
    if exc.errno == errno.ENOTDIR:
        return f"Đường dẫn {name} không phải là thư mục."
    return f"Lỗi hệ thống tệp khi truy cập {name} ({exc.strerror or exc})."


def check_database_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database; a missing file is a new one.

    A 0-byte file is refused too: SQLite would silently make it a new, empty database and the
    user's real data (the file they meant) would look lost."""
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise not_a_database(path, "đây là một thư mục")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise storage_fault(exc, path) or exc from None
    if not head:
        raise not_a_database(path, "tệp rỗng, 0 byte")
    if head != SQLITE_HEADER:
        raise not_a_database(path, "tệp hỏng hoặc tệp loại khác, không phải SQLite")
