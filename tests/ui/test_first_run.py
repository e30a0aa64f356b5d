"""First-run wizard and login, driven like a user would."""

from PySide6.QtWidgets import QDialogButtonBox, QWizard

from danvan_desktop.services import install, units, users
from danvan_desktop.services.context import open_context
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.login import LoginDialog
from danvan_desktop.ui.setup_wizard import SetupWizard
from danvan_desktop.ui.translator import vietnamese


def test_wizard_sets_up_commune_hamlets_and_admin(qtbot, db_path) -> None:  # noqa: ANN001
    make_app()
    ctx = open_context(db_path)
    install.prepare_reference_data(ctx)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.unit_page
    page.province.setCurrentIndex(page.province.findData("42"))
    assert page.commune.count() == 69
    page.commune.setCurrentIndex(page.commune.findData("18673"))
    assert wizard.button(QWizard.WizardButton.NextButton).text() == vietnamese("&Next >")
    wizard.next()
    assert wizard.currentId() == SetupWizard.HAMLETS
    wizard.hamlet_page.text.setPlainText("Thôn Trung Hà\n\n  Thôn   Thượng Nam \nTổ dân phố 3")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("quantri")
    admin.full_name.setText("Nguyễn Văn Quản")
    admin.password.setText("matkhau123")
    admin.password2.setText("matkhau12")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert admin.error.isVisible() and "không giống nhau" in admin.error.text()
    assert not install.is_initialised(ctx)
    admin.password2.setText("matkhau123")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert install.is_initialised(ctx) and ctx.unit_code == "18673"
    assert [h.name for h in units.hamlets(ctx)] == [
        "Thôn Trung Hà",
        "Thôn Thượng Nam",
        "Tổ dân phố 3",
    ]
    assert users.list_users(ctx)[0].username == "quantri"
    ctx.close()


def test_wizard_refuses_a_commune_name_not_in_the_list(qtbot, db_path) -> None:  # noqa: ANN001
    make_app()
    ctx = open_context(db_path)
    install.prepare_reference_data(ctx)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_page.commune.setEditText("Xã Không Có")
    wizard.next()
    assert wizard.currentId() == SetupWizard.UNIT
    assert "Chưa chọn đơn vị" in wizard.unit_page.error.text()
    ctx.close()


def test_login_wrong_then_right_password(qtbot, ctx) -> None:  # noqa: ANN001
    make_app()
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("admin")
    dialog.password.setText("sai-mat-khau")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Đăng nhập"
    ok.click()
    assert dialog.error.isVisible() and "không đúng" in dialog.error.text()
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    dialog.password.setText("matkhau123")
    ok.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert ctx.user.username == "admin" and ctx.user.full_name == "Nguyễn Văn Quản"


def test_standard_buttons_are_vietnamese(qtbot) -> None:  # noqa: ANN001
    make_app()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "Lưu"}
