"""Idle lock: after N minutes without a key press or mouse use, the app asks for the password.

An event filter on the QApplication restarts a timer on every input event. When it runs out a
modal lock window covers the screen of the main window; everything behind it (the main window,
open dialogs, what was typed in them and not yet saved) stays exactly as it was, only blocked.
The signed-in user unlocks with their password, checked by `users.authenticate`, so wrong
passwords count towards the same delay and lock as at login. The delay is the setting
`idle_lock_minutes` (default 10; 0 turns the lock off).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop import APP_TITLE
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import users
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.settings import get_setting
from danvan_desktop.ui.i18n import translate

SETTING = "idle_lock_minutes"
DEFAULT_MINUTES = 10.0

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def idle_minutes(ctx: AppContext) -> float:
    with ctx.read() as s:
        raw = get_setting(s, SETTING, "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_MINUTES
    except ValueError:
        return DEFAULT_MINUTES


class LockScreen(QDialog):
    """The re-login window over everything; it cannot be closed, only unlocked (or the app quit)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("idle_lock")
        self.setWindowTitle(
            translate("idle_lock", "Đã khóa — {APP_TITLE}").format(APP_TITLE=APP_TITLE)
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAutoFillBackground(True)
        title = QLabel(
            translate(
                "idle_lock",
                "<h2>{APP_TITLE}</h2><p>Phần mềm đã tự khóa vì lâu không sử dụng. Dữ "
                "liệu đang nhập dở vẫn được giữ nguyên.</p><p>Tài khoản: "
                "<b>{full_name}</b> ({username})</p>",
            ).format(APP_TITLE=APP_TITLE, full_name=ctx.user.full_name, username=ctx.user.username)
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("idle_lock", "Mật khẩu"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(translate("idle_lock", "Mở khóa"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton(translate("idle_lock", "Thoát phần mềm"))
        quit_button.clicked.connect(QApplication.quit)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addWidget(quit_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch()

    def try_unlock(self) -> None:
        try:
            users.authenticate(self.ctx, self.ctx.user.username, self.password.text())
        except RuleViolation as exc:
            self.error.setText(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.password.clear()
        self.error.clear()
        self.accept()

    # Escape and the window's close button do not get past the lock.
    def reject(self) -> None:
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.result():
            event.ignore()


class IdleLock(QObject):
    """Watches input for the whole application and locks `window` after `timeout_ms` idle."""

    def __init__(self, window: QWidget, ctx: AppContext, timeout_ms: int) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.screen is not None and self.screen.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or not self.window.isVisible():
            self.timer.start()
            return
        self.screen = LockScreen(self.ctx, self.window)
        screen = self.window.screen()
        self.screen.setGeometry(screen.geometry() if screen else self.window.geometry())
        self.screen.accepted.connect(self._unlocked)
        # show(), not exec() (dialogs already in their own loops keep them) nor open() (that
        # makes it window-modal): application-modal, every other window is blocked.
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password.setFocus()

    def _unlocked(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def install_idle_lock(window: QWidget, ctx: AppContext) -> IdleLock | None:
    """The hook for the main window: the lock after the configured idle time (None when off)."""
    minutes = idle_minutes(ctx)
    if minutes <= 0:
        return None
    return IdleLock(window, ctx, int(minutes * 60_000))
