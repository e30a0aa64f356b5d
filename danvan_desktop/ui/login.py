"""The login screen: local accounts, a clear message on a wrong password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop import APP_TITLE
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import units, users
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.widgets import FieldError


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(
            translate("login", "Đăng nhập — {APP_TITLE}").format(APP_TITLE=APP_TITLE)
        )
        unit = units.get(ctx, ctx.unit_code)
        title = QLabel(f"<h2>{APP_TITLE}</h2><p>{unit.full_name if unit else ''}</p>")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(translate("login", "Tên đăng nhập:"), self.username)
        form.addRow(translate("login", "Mật khẩu:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("login", "Đăng nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("login", "Thoát"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def try_login(self) -> None:
        try:
            users.authenticate(self.ctx, self.username.text(), self.password.text())
        except RuleViolation as exc:
            self.error.show_error(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
