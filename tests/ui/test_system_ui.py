"""Hamlets, accounts, backup restore and the unexpected-error path."""

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from danvan_desktop.domain.roles import Role
from danvan_desktop.services import units, users
from danvan_desktop.store.backup import backup_sqlite
from danvan_desktop.ui import main_window as mw
from danvan_desktop.ui import system_screen as ss
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.errors import setup_logging, show_unexpected


def _screen(qtbot, ctx) -> ss.SystemScreen:  # noqa: ANN001
    make_app()
    screen = ss.SystemScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_add_refuse_and_remove_hamlet(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    screen = _screen(qtbot, ctx)
    before = screen.sub_units.rowCount()
    screen.new_unit.setText("Yên Lạc")
    screen.add_unit()
    assert screen.sub_units.rowCount() == before + 1
    assert "Thôn Yên Lạc" in [h.full_name for h in units.hamlets(ctx)]
    screen.new_unit.setText("  thôn yên lạc ")
    screen.add_unit()
    assert screen.error.isVisible() and "đã có" in screen.error.text()
    monkeypatch.setattr(ss, "confirm", lambda *a: True)
    screen.sub_units.selectRow(0)
    screen.remove_unit()
    assert screen.sub_units.rowCount() == before


def test_accounts_create_role_lock_and_passwords(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    screen = _screen(qtbot, ctx)
    dialog = ss.UserDialog(ctx, screen)
    qtbot.addWidget(dialog)
    dialog.username.setText("canbo")
    dialog.full_name.setText("Trần Thị Lan")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.OFFICER.value))
    dialog.password.setText("ngan")
    dialog.save()  # on a worker: hashing a password is slow
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=10000)
    assert "ít nhất 8" in dialog.error.text()
    dialog.password.setText("matkhau456")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=10000)
    assert dialog.task.error is None and "user_account" in dialog.task.changed
    screen.refresh()
    assert screen.accounts.rowCount() == 2

    def pick(name: str) -> None:
        row = next(
            r
            for r in range(screen.accounts.rowCount())
            if screen.accounts.item(r, 0).text() == name
        )
        screen.accounts.selectRow(row)

    pick("canbo")

    def role_exec(self) -> int:  # noqa: ANN001
        self.role.setCurrentIndex(self.role.findData(Role.LEADER.value))
        self.active.setCurrentIndex(1)  # lock
        return 1

    monkeypatch.setattr(ss.RoleDialog, "exec", role_exec)
    screen.edit_user()
    info = {u.username: u for u in users.list_users(ctx)}["canbo"]
    assert info.role == Role.LEADER and info.active is False

    def password_exec(self) -> int:  # noqa: ANN001
        self.old.setText("matkhau123")
        self.new.setText("matkhau-moi-2026")
        self.again.setText("matkhau-moi-2026")
        return 1

    monkeypatch.setattr(ss.PasswordDialog, "exec", password_exec)
    screen.change_own_password()
    qtbot.waitUntil(lambda: screen.task.finished, timeout=10000)
    assert not screen.error.isVisible()
    users.authenticate(ctx, "admin", "matkhau-moi-2026")
    pick("admin")
    monkeypatch.setattr(ss.RoleDialog, "exec", lambda self: self.active.setCurrentIndex(1) or 1)
    screen.edit_user()
    assert "Không thể tự bỏ quyền quản trị" in screen.error.text()


def test_restore_from_backup_in_the_gui(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    window = mw.MainWindow(demo_ctx)
    qtbot.addWidget(window)
    backup = backup_sqlite(demo_ctx.db_path, "manual")
    units.add_hamlet(demo_ctx, "Thôn Sau Sao Lưu")
    monkeypatch.setattr(mw.QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(mw, "confirm", lambda *a: True)
    shown = []
    monkeypatch.setattr(mw.QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.restore_backup()
    assert getattr(window, "restored", False)
    assert shown and "Đã khôi phục" in shown[0]
    from danvan_desktop.services.context import open_context

    reopened = open_context(demo_ctx.db_path)
    assert "Thôn Sau Sao Lưu" not in [h.name for h in units.hamlets(reopened)]
    reopened.close()


def test_unexpected_error_goes_to_log_and_dialog(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    log_file = setup_logging(tmp_path / "danvan.log")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        raise KeyError("lỗi thử")
    except KeyError as exc:
        show_unexpected(exc)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "KeyError: 'lỗi thử'" in log_file.read_text(encoding="utf-8")
    assert shown and "lỗi không mong muốn" in shown[0]
