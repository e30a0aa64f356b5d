"""First-run wizard: this install's unit, the commune's hamlets, the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from danvan_desktop import APP_TITLE
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.text import clean, fold
from danvan_desktop.services import install, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.users import MIN_PASSWORD
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.widgets import FieldError


def _searchable(combo: QComboBox) -> None:
    """Typing part of a name (with or without diacritics) narrows the list."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setCompletionRole(
        Qt.ItemDataRole.UserRole + 1
    )  # folded names: "cam xuyen" finds "Cẩm Xuyên"
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


class UnitPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(translate("setup_wizard", "Đơn vị sử dụng phần mềm"))
        self.setSubTitle(
            translate(
                "setup_wizard",
                "Chọn tỉnh, thành phố và xã, phường, đặc khu theo danh mục đơn vị hành chính từ 01/7/2025.",
            )
        )
        self.commune_level = QRadioButton(translate("setup_wizard", "Xã, phường, đặc khu"))
        self.upper_level = QRadioButton(
            translate("setup_wizard", "Cấp trên (tỉnh, thành phố) — tổng hợp dữ liệu các xã")
        )
        self.commune_level.setChecked(True)
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.commune = QComboBox()
        self.commune.setObjectName("commune")
        _searchable(self.province)
        _searchable(self.commune)
        for p in units.provinces(ctx):
            self.province.addItem(p.full_name, p.code)
            self.province.setItemData(
                self.province.count() - 1, fold(p.full_name), Qt.ItemDataRole.UserRole + 1
            )
        self.province.currentIndexChanged.connect(self._load_communes)
        self.commune_level.toggled.connect(self._level_changed)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(translate("setup_wizard", "Cấp:"), self.commune_level)
        form.addRow("", self.upper_level)
        form.addRow(translate("setup_wizard", "Tỉnh, thành phố:"), self.province)
        form.addRow(translate("setup_wizard", "Xã, phường, đặc khu:"), self.commune)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self._load_communes()

    def _load_communes(self) -> None:
        self.commune.clear()
        code = self.province.currentData()
        if not code:
            return
        for c in units.communes(self.ctx, code):
            self.commune.addItem(c.name, c.code)
            self.commune.setItemData(
                self.commune.count() - 1, fold(c.name), Qt.ItemDataRole.UserRole + 1
            )

    def _level_changed(self) -> None:
        self.commune.setEnabled(self.commune_level.isChecked())
        self.completeChanged.emit()

    def unit_code(self) -> str | None:
        if self.upper_level.isChecked():
            return self.province.currentData()
        # an edited text that matches no item leaves currentData stale: check the text too
        if self.commune.currentText() != self.commune.itemText(self.commune.currentIndex()):
            return None
        return self.commune.currentData()

    def validatePage(self) -> bool:  # noqa: N802
        if not self.unit_code():
            self.error.show_error(translate("setup_wizard", "Chưa chọn đơn vị trong danh sách."))
            return False
        self.error.clear_error()
        return True

    def nextId(self) -> int:  # noqa: N802
        wizard = self.wizard()
        return wizard.HAMLETS if self.commune_level.isChecked() else wizard.ADMIN


class HamletPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("setup_wizard", "Thôn, tổ dân phố"))
        self.setSubTitle(
            translate(
                "setup_wizard",
                'Mỗi dòng một thôn hoặc tổ dân phố. Có thể bổ sung, sửa sau trong mục "Đơn vị và tài khoản".',
            )
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("hamlets")
        self.text.setPlaceholderText(
            translate("setup_wizard", "Thôn Trung Hà\nThôn Thượng Nam\nTổ dân phố 1")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def names(self) -> list[str]:
        return [clean(line) for line in self.text.toPlainText().splitlines() if clean(line)]


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("setup_wizard", "Tài khoản quản trị đầu tiên"))
        self.setSubTitle(
            translate(
                "setup_wizard",
                "Quản trị viên tạo tài khoản cho cán bộ khác. Mật khẩu ít nhất "
                "{MIN_PASSWORD} ký tự.",
            ).format(MIN_PASSWORD=MIN_PASSWORD)
        )
        self.username = QLineEdit()
        self.username.setObjectName("admin_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("admin_full_name")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("admin_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(translate("setup_wizard", "Tên đăng nhập:"), self.username)
        form.addRow(translate("setup_wizard", "Họ và tên:"), self.full_name)
        form.addRow(translate("setup_wizard", "Mật khẩu:"), self.password)
        form.addRow(translate("setup_wizard", "Nhập lại mật khẩu:"), self.password2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def validatePage(self) -> bool:  # noqa: N802
        if not clean(self.username.text()):
            self.error.show_error(translate("setup_wizard", "Chưa nhập tên đăng nhập."))
            return False
        if len(self.password.text()) < MIN_PASSWORD:
            self.error.show_error(
                translate("setup_wizard", "Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.").format(
                    MIN_PASSWORD=MIN_PASSWORD
                )
            )
            return False
        if self.password.text() != self.password2.text():
            self.error.show_error(
                translate("setup_wizard", "Hai lần nhập mật khẩu không giống nhau.")
            )
            return False
        wizard: SetupWizard = self.wizard()
        try:
            wizard.finish_setup()
        except RuleViolation as exc:
            self.error.show_error(exc.message)
            return False
        return True


class SetupWizard(QWizard):
    UNIT, HAMLETS, ADMIN = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(
            translate("setup_wizard", "Thiết lập lần đầu — {APP_TITLE}").format(APP_TITLE=APP_TITLE)
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.unit_page = UnitPage(ctx)
        self.hamlet_page = HamletPage()
        self.admin_page = AdminPage()
        self.setPage(self.UNIT, self.unit_page)
        self.setPage(self.HAMLETS, self.hamlet_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.setMinimumSize(640, 460)

    def finish_setup(self) -> None:
        hamlets = self.hamlet_page.names() if self.unit_page.commune_level.isChecked() else []
        install.initialise(
            self.ctx,
            self.unit_page.unit_code(),
            self.admin_page.username.text(),
            self.admin_page.password.text(),
            self.admin_page.full_name.text(),
            hamlets,
        )
