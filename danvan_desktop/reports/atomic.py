"""Write report files all-or-nothing, and say in Vietnamese why a write failed."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from danvan_desktop.domain.errors import Cancelled as _DomainCancelled


class Cancelled(_DomainCancelled):  # noqa: N818 - the name is the public contract
    """The user cancelled a report while it was being built; nothing was written.

    A subclass of domain.errors.Cancelled so the GUI task runner and the CLI treat a cancelled
    report like any other cancelled work.
    """

    def __init__(self, message: str = "Đã hủy tạo báo cáo.") -> None:
        super().__init__(message)


def _current_umask() -> int:
    # os.umask can only be read by setting it; done once at import, before worker threads start.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a directory for this.
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``final``; on success it replaces ``final`` in one step.

    On any exception (including :class:`Cancelled`) the temporary file is removed and
    ``final`` is left exactly as it was, so a reader never sees a half-written report.
    """
    final = Path(final)
    folder = final.parent if str(final.parent) else Path(".")
    # Same folder, so os.replace is a rename on one file system and therefore atomic.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".~{final.stem}.", suffix=f".tmp{final.suffix}", dir=folder
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); a report should get the user's usual mode.
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o666 & ~_UMASK)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)


# Windows error codes that mean "another program has the file open" (Excel keeps it locked).
_WIN_SHARING_VIOLATION = {32, 33}


# ".~<stem>.<random>.tmp<suffix>" as made by atomic_path: the user knows only "<stem><suffix>".
_TEMP_NAME = re.compile(r"^\.~(?P<stem>.*)\.[^.]+\.tmp(?P<suffix>(\.[^.]*)?)$")


def _user_file_name(target: str) -> str:
    name = Path(target).name
    m = _TEMP_NAME.match(name)
    return m.group("stem") + m.group("suffix") if m else name


def friendly_os_error(e: OSError) -> str:
    """A Vietnamese sentence for the user saying why a file could not be written."""
    target = os.fsdecode(e.filename or e.filename2 or "")
    name = _user_file_name(target) if target else ""
    quoted = f"“{name}”" if name else "tệp"
    code = e.errno
    winerror = getattr(e, "winerror", None)
    if winerror in _WIN_SHARING_VIOLATION:
        return (
            f"Không ghi được {quoted} vì tệp đang được mở trong chương trình khác "
            "(ví dụ Excel hoặc trình đọc PDF). Hãy đóng tệp đó rồi thử lại."
        )
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in (39, 112):
        return (
            f"Ổ đĩa đã đầy, không đủ chỗ để ghi {quoted}. "
            "Hãy xóa bớt tệp không cần thiết hoặc chọn nơi lưu khác."
        )
    if code == errno.EROFS:
        return (
            f"Không ghi được {quoted}: ổ đĩa hoặc thẻ nhớ chỉ cho phép đọc. "
            "Hãy mở khóa ghi hoặc chọn nơi lưu khác."
        )
    if isinstance(e, PermissionError) or code in (errno.EACCES, errno.EPERM):
        where = f"“{Path(target).parent}”" if target else "thư mục đã chọn"
        return (
            f"Không có quyền ghi vào {where}. "
            "Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents) của bạn."
        )
    if isinstance(e, FileNotFoundError) or code == errno.ENOENT:
        return (
            f"Không tìm thấy thư mục để lưu {quoted}. "
            "Có thể ổ USB đã bị rút ra hoặc thư mục đã bị xóa; hãy chọn lại nơi lưu."
        )
    if code == errno.ENAMETOOLONG:
        return f"Tên hoặc đường dẫn của {quoted} quá dài. Hãy đặt tên ngắn hơn."
    if code == errno.EIO:
        return (
            f"Lỗi thiết bị khi ghi {quoted}: ổ đĩa có thể bị hỏng hoặc đã bị rút ra. "
            "Hãy kiểm tra ổ đĩa rồi thử lại."
        )
    detail = e.strerror or str(e)
    return f"Không ghi được {quoted}: {detail}."
