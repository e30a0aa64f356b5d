"""Start-up on a damaged, foreign or already open database: a clear dialog, never "Lỗi không
mong muốn"; a damaged one is offered its newest good backup, restored through the restore
service (issue 8, item 6)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop.services import users
from danvan_desktop.store import backup
from danvan_desktop.store.lockfile import AppLock
from danvan_desktop.ui import errors, login, startup
from danvan_desktop.ui.app import make_app
from tests.sync_support import table_digest


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for n in range(3, min(len(data) // 4096, 40), 2):
        data[n * 4096 + 8 : n * 4096 + 600] = os.urandom(592)
    path.write_bytes(bytes(data))


@pytest.fixture
def dialogs(monkeypatch):  # noqa: ANN001, ANN201
    """Record the message boxes and the exit code instead of blocking on them."""
    seen: dict[str, list] = {"critical": [], "question": [], "exits": [], "unexpected": []}
    answer = {"value": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: seen["critical"].append(a[1:3]))

    def question(*a):  # noqa: ANN002, ANN202
        seen["question"].append(a[1:3])
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QApplication, "exit", staticmethod(lambda code=0: seen["exits"].append(code))
    )
    monkeypatch.setattr(
        errors, "show_unexpected", lambda exc, parent=None: seen["unexpected"].append(exc)
    )

    def login_exec(self) -> int:  # noqa: ANN001
        users.authenticate(self.ctx, "admin", "danvan2026")
        return login.LoginDialog.DialogCode.Accepted

    monkeypatch.setattr(login.LoginDialog, "exec", login_exec)
    seen["answer"] = answer  # type: ignore[assignment]
    return seen


def test_a_damaged_database_is_restored_from_the_latest_good_backup(
    qtbot, demo_template: Path, tmp_path: Path, dialogs
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    backup.backup_sqlite(db, "old")
    good = backup.backup_sqlite(db, "manual")
    damaged_backup = backup.backup_sqlite(db, "later")
    _damage(damaged_backup)  # the newest backup is damaged too: the newest *good* one is offered
    expected = table_digest(good)
    _damage(db)
    killed = tmp_path / "backups" / "xa.manual.20261128T010203000000Z.999999999.part"
    killed.write_bytes(b"\0" * 100_000)  # left by a backup killed mid-way (no such process)
    flow = startup.Startup(db, None)
    flow.start()
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=30000)
    title, text = dialogs["question"][0]
    assert title == "Cơ sở dữ liệu bị hỏng"
    assert "Khôi phục từ bản sao lưu ngày" in text and str(good) in text
    assert dialogs["unexpected"] == [] and dialogs["critical"] == []
    flow.main_window.close()
    flow.close()
    restored = {k: v for k, v in table_digest(db).items() if k != "user_account"}
    assert restored == {k: v for k, v in expected.items() if k != "user_account"}
    assert list((tmp_path / "backups").glob("xa.damaged.*.bad"))
    assert not killed.exists()


def test_declining_the_restore_leaves_the_file_and_stops(
    qtbot, demo_template: Path, tmp_path: Path, dialogs
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    backup.backup_sqlite(db, "manual")
    _damage(db)
    before = db.read_bytes()
    dialogs["answer"]["value"] = QMessageBox.StandardButton.No
    flow = startup.Startup(db, None)
    flow.start()
    qtbot.waitUntil(lambda: bool(dialogs["exits"]), timeout=30000)
    assert dialogs["exits"] == [1] and dialogs["unexpected"] == []
    assert "bị hỏng" in dialogs["critical"][0][1]
    assert db.read_bytes() == before
    flow.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_foreign_file_without_backups_is_refused_plainly(
    qtbot, tmp_path: Path, dialogs, content: bytes
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "xa.sqlite"
    db.write_bytes(content)
    flow = startup.Startup(db, None)
    flow.start()
    qtbot.waitUntil(lambda: bool(dialogs["exits"]), timeout=30000)
    assert dialogs["exits"] == [1] and dialogs["unexpected"] == [] and dialogs["question"] == []
    title, text = dialogs["critical"][0]
    assert title == "Không mở được cơ sở dữ liệu"
    assert "không phải là cơ sở dữ liệu" in text and "Không tìm thấy bản sao lưu tốt" in text
    assert db.read_bytes() == content
    flow.close()


def test_a_second_window_on_the_same_database_is_told_so(
    qtbot, demo_template: Path, tmp_path: Path, dialogs
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, db)
    first = AppLock(db).acquire()  # the first window's lock
    try:
        flow = startup.Startup(db, None)
        flow.start()
        qtbot.waitUntil(lambda: bool(dialogs["exits"]), timeout=30000)
    finally:
        first.release()
    assert dialogs["exits"] == [1] and dialogs["unexpected"] == []
    assert "đang được mở trong một cửa sổ phần mềm khác" in dialogs["critical"][0][1]
    flow.close()


def test_storage_faults_deep_in_a_task_are_sentences() -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))
    assert "hết chỗ trống" in errors.user_message(wrapped)
    busy = OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))
    assert "đang được một chương trình khác ghi" in errors.user_message(busy)
    assert "chỉ cho phép đọc" in errors.user_message(OSError(30, "Read-only file system", "/usb"))
    assert errors.user_message(ValueError("bug")) is None
