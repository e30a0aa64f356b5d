"""Đơn vị và tài khoản: the commune's hamlets and sub-units, local accounts, backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from danvan_desktop.domain.roles import Permission, Role
from danvan_desktop.services import units, users
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import Area
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.forms import FormBase
from danvan_desktop.ui.kit.ops import TaskHandle, call, run_task
from danvan_desktop.ui.widgets import FieldError, confirm, ok_cancel

NAV = Area(
    "system",
    translate("system_screen", "Đơn vị và tài khoản"),
    "danvan_desktop.ui.system_screen:SystemScreen",
    order=90,
    tooltip=translate("system_screen", "Thôn, tổ dân phố; tài khoản người dùng; sao lưu"),
)


class SystemScreen(QWidget):
    task: TaskHandle | None = None
    #: record types this screen shows: it reloads when an operation changed one of them
    watched_types = {"unit", "user_account"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.error = FieldError()
        unit = units.get(ctx, ctx.unit_code)
        title = QLabel(
            translate(
                "system_screen", "<h2>Đơn vị và tài khoản</h2><p>{0} — mã {unit_code}</p>"
            ).format(unit.full_name if unit else "", unit_code=ctx.unit_code)
        )

        self.sub_units = QTableWidget(0, 2)
        self.sub_units.setObjectName("sub_units")
        self.sub_units.setHorizontalHeaderLabels(
            [translate("system_screen", "Tên"), translate("system_screen", "Loại")]
        )
        self.sub_units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sub_units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sub_units.horizontalHeader().setStretchLastSection(True)
        self.new_unit = QLineEdit()
        self.new_unit.setObjectName("new_unit_name")
        self.new_unit.setPlaceholderText(
            translate("system_screen", "Tên thôn, tổ dân phố, cơ quan, chi bộ, đoàn thể…")
        )
        self.new_level = QComboBox()
        for level, label in units.SUB_UNIT_LEVELS.items():
            self.new_level.addItem(label, level)
        add_unit = QPushButton(translate("system_screen", "Thêm"))
        add_unit.setObjectName("add_unit")
        add_unit.clicked.connect(self.add_unit)
        remove_unit = QPushButton(translate("system_screen", "Xóa khỏi danh sách"))
        remove_unit.clicked.connect(self.remove_unit)
        editable = ctx.can(Permission.EDIT)
        for w in (self.new_unit, self.new_level, add_unit, remove_unit):
            w.setEnabled(editable)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.new_unit, 2)
        unit_row.addWidget(self.new_level)
        unit_row.addWidget(add_unit)
        unit_row.addWidget(remove_unit)
        units_box = QGroupBox(translate("system_screen", "Thôn, tổ dân phố và đơn vị trực thuộc"))
        ul = QVBoxLayout(units_box)
        ul.addLayout(unit_row)
        ul.addWidget(self.sub_units)

        self.accounts = QTableWidget(0, 4)
        self.accounts.setObjectName("accounts")
        self.accounts.setHorizontalHeaderLabels(
            [
                translate("system_screen", "Tên đăng nhập"),
                translate("system_screen", "Họ và tên"),
                translate("system_screen", "Vai trò"),
                translate("system_screen", "Trạng thái"),
            ]
        )
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        add_user = QPushButton(translate("system_screen", "Tạo tài khoản…"))
        add_user.setObjectName("add_user")
        add_user.clicked.connect(self.add_user)
        admin = ctx.can(Permission.MANAGE_USERS)
        add_user.setEnabled(admin)
        edit_user = QPushButton(translate("system_screen", "Đổi vai trò, khóa/mở…"))
        edit_user.setObjectName("edit_user")
        edit_user.setEnabled(admin)
        edit_user.clicked.connect(self.edit_user)
        reset = QPushButton(translate("system_screen", "Đặt lại mật khẩu…"))
        reset.setObjectName("reset_password")
        reset.setEnabled(admin)
        reset.clicked.connect(self.reset_password)
        own = QPushButton(translate("system_screen", "Đổi mật khẩu của tôi…"))
        own.setObjectName("own_password")
        own.clicked.connect(self.change_own_password)
        account_buttons = QHBoxLayout()
        for b in (add_user, edit_user, reset, own):
            account_buttons.addWidget(b)
        account_buttons.addStretch(1)
        accounts_box = QGroupBox(translate("system_screen", "Tài khoản người dùng"))
        al = QVBoxLayout(accounts_box)
        al.addLayout(account_buttons)
        al.addWidget(self.accounts)
        if not admin:
            al.addWidget(
                QLabel(translate("system_screen", "Chỉ quản trị viên tạo và sửa tài khoản."))
            )

        boxes = QHBoxLayout()
        boxes.addWidget(units_box, 1)
        boxes.addWidget(accounts_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.error)
        layout.addLayout(boxes, 1)
        self.refresh()

    def reload(self) -> None:
        """Called by the main window when a watched record type changed."""
        self.refresh()

    def refresh(self) -> None:
        subs = units.sub_units(self.ctx)
        self._unit_codes = [u.code for u in subs]
        self.sub_units.setRowCount(len(subs))
        for r, u in enumerate(subs):
            self.sub_units.setItem(r, 0, QTableWidgetItem(u.full_name))
            self.sub_units.setItem(
                r, 1, QTableWidgetItem(units.SUB_UNIT_LEVELS.get(u.level, u.level))
            )
        self.sub_units.resizeColumnToContents(0)
        accounts = users.list_users(self.ctx)
        self.accounts.setRowCount(len(accounts))
        for r, a in enumerate(accounts):
            for c, v in enumerate(
                (
                    a.username,
                    a.full_name,
                    a.role.label,
                    translate("system_screen", "Đang dùng")
                    if a.active
                    else translate("system_screen", "Đã khóa"),
                )
            ):
                self.accounts.setItem(r, c, QTableWidgetItem(v))
        self.accounts.resizeColumnsToContents()

    def add_unit(self) -> None:
        if not call(
            self.error,
            units.add_hamlet,
            self.ctx,
            self.new_unit.text(),
            self.new_level.currentData(),
        ):
            return
        self.new_unit.clear()
        self.refresh()

    def remove_unit(self) -> None:
        rows = self.sub_units.selectionModel().selectedRows()
        if not rows:
            self.error.show_error(
                translate("system_screen", "Hãy chọn một đơn vị trong danh sách.")
            )
            return
        code = self._unit_codes[rows[0].row()]
        name = self.sub_units.item(rows[0].row(), 0).text()
        if not confirm(
            self,
            translate("system_screen", "Xóa đơn vị"),
            translate(
                "system_screen", 'Xóa "{name}" khỏi danh sách? Các hồ sơ đã ghi vẫn giữ nguyên.'
            ).format(name=name),
        ):
            return
        if call(self.error, units.remove_sub_unit, self.ctx, code):
            self.refresh()

    def add_user(self) -> None:
        dialog = UserDialog(self.ctx, self)
        if dialog.exec():
            self.refresh()

    def _selected_user(self) -> users.UserInfo | None:
        rows = self.accounts.selectionModel().selectedRows()
        if not rows:
            self.error.show_error(
                translate("system_screen", "Hãy chọn một tài khoản trong danh sách.")
            )
            return None
        return users.list_users(self.ctx)[rows[0].row()]

    def edit_user(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        dialog = RoleDialog(user, self)
        if dialog.exec():
            self._call(
                users.set_role,
                self.ctx,
                user.username,
                Role(dialog.role.currentData()),
                dialog.active.currentData(),
            )

    def reset_password(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        dialog = PasswordDialog(
            translate("system_screen", "Đặt lại mật khẩu cho {0}").format(
                user.full_name or user.username
            ),
            ask_old=False,
            parent=self,
        )
        if dialog.exec():
            self._slow(
                translate("system_screen", "Đặt lại mật khẩu"),
                users.change_password,
                self.ctx,
                user.username,
                dialog.new.text(),
            )

    def change_own_password(self) -> None:
        dialog = PasswordDialog(
            translate("system_screen", "Đổi mật khẩu của tôi"), ask_old=True, parent=self
        )
        if dialog.exec():
            self._slow(
                translate("system_screen", "Đổi mật khẩu"),
                users.change_password,
                self.ctx,
                self.ctx.user.username,
                dialog.new.text(),
                dialog.old.text(),
            )

    def _call(self, fn, *args) -> None:  # noqa: ANN001, ANN002
        if call(self.error, fn, *args):
            self.refresh()

    def _slow(self, title: str, fn, *args) -> TaskHandle:  # noqa: ANN001, ANN002
        """Password hashing takes a few hundred milliseconds: on a worker, not the GUI thread."""
        self.error.clear_error()
        self.task = run_task(
            self, title, lambda _p: fn(*args), lambda _r: self.refresh(), error=self.error
        )
        return self.task


class RoleDialog(FormBase):
    def __init__(self, user: users.UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("system_screen", "Tài khoản {username}").format(username=user.username)
        )
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.active = QComboBox()
        self.active.setObjectName("active")
        self.active.addItem(translate("system_screen", "Đang dùng"), True)
        self.active.addItem(translate("system_screen", "Khóa tài khoản"), False)
        self.active.setCurrentIndex(0 if user.active else 1)
        form = QFormLayout(self)
        form.addRow(translate("system_screen", "Vai trò:"), self.role)
        form.addRow(translate("system_screen", "Trạng thái:"), self.active)
        form.addRow(ok_cancel(self))


class PasswordDialog(FormBase):
    def __init__(self, title: str, ask_old: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.old = QLineEdit()
        self.old.setObjectName("old_password")
        self.new = QLineEdit()
        self.new.setObjectName("new_password")
        self.again = QLineEdit()
        self.again.setObjectName("again_password")
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        form = QFormLayout(self)
        if ask_old:
            form.addRow(translate("system_screen", "Mật khẩu hiện tại:"), self.old)
        form.addRow(translate("system_screen", "Mật khẩu mới:"), self.new)
        form.addRow(translate("system_screen", "Nhập lại mật khẩu mới:"), self.again)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self._check))

    def _check(self) -> None:
        if self.new.text() != self.again.text():
            self.error.show_error(
                translate("system_screen", "Hai lần nhập mật khẩu mới không giống nhau.")
            )
            return
        self.accept()


class UserDialog(FormBase):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("system_screen", "Tạo tài khoản"))
        self.required = ["username", "full_name", "password"]
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.position = QLineEdit()
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        form = QFormLayout(self)
        form.addRow(translate("system_screen", "Tên đăng nhập:"), self.username)
        form.addRow(translate("system_screen", "Họ và tên:"), self.full_name)
        form.addRow(translate("system_screen", "Chức vụ:"), self.position)
        form.addRow(translate("system_screen", "Vai trò:"), self.role)
        form.addRow(translate("system_screen", "Mật khẩu ban đầu:"), self.password)
        form.addRow(self.error)
        form.addRow(ok_cancel(self, self.save))

    def save(self) -> None:
        if not self.checked():
            return
        values = (
            self.username.text(),
            self.password.text(),
            self.full_name.text(),
            Role(self.role.currentData()),
            self.position.text(),
        )
        # hashing the password takes a few hundred milliseconds: on a worker
        self.task = run_task(
            self,
            translate("system_screen", "Tạo tài khoản"),
            lambda _p: users.create_user(self.ctx, *values),
            lambda _r: self.accept(),
            error=self,
        )
