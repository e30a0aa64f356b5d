"""The idle lock: after the idle time a modal re-login covers the app; what was typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from danvan_desktop.services import install
from danvan_desktop.store.settings import set_setting
from danvan_desktop.ui import idle_lock
from danvan_desktop.ui.main_window import MainWindow

ADMIN_PASSWORD = "matkhau123"


def test_default_is_ten_minutes(ctx) -> None:  # noqa: ANN001
    assert idle_lock.idle_minutes(ctx) == 10.0


def test_lock_refuses_wrong_password_and_keeps_unsaved_input(qtbot, ctx) -> None:  # noqa: ANN001
    assert install.is_initialised(ctx)
    with ctx.session() as s:
        set_setting(s, idle_lock.SETTING, "0.005")  # 0.3 s
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.idle_lock is not None and not window.idle_lock.locked

    # A dialog with unsaved input, open when the lock comes.
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    field.setObjectName("unsaved")
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.keyClicks(field, "Don cua ong Nguyen Van An")

    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5000)
    lock = window.idle_lock.screen
    assert lock.windowModality() == Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() is lock  # the window and the dialog are blocked

    qtbot.keyClicks(lock.password, "saimatkhau")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.locked
    assert "không đúng" in lock.error.text()
    # Escape does not get past it either.
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert window.idle_lock.locked

    lock.password.clear()
    qtbot.keyClicks(lock.password, ADMIN_PASSWORD)
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=2000)
    assert dialog.isVisible() and field.text() == "Don cua ong Nguyen Van An"
    assert window.isVisible()
    window.idle_lock.stop()


def test_zero_turns_the_lock_off(qtbot, ctx) -> None:  # noqa: ANN001
    with ctx.session() as s:
        set_setting(s, idle_lock.SETTING, "0")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.idle_lock is None
