"""Start-up: a window at once, the database opened off the GUI thread, then login or wizard."""

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop.services import users
from danvan_desktop.ui import login, setup_wizard, startup
from danvan_desktop.ui.app import make_app


def test_window_first_then_login_then_main_window(
    qtbot, demo_template: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)

    def login_exec(self) -> int:  # noqa: ANN001
        users.authenticate(self.ctx, "admin", "danvan2026")
        return login.LoginDialog.DialogCode.Accepted

    monkeypatch.setattr(login.LoginDialog, "exec", login_exec)
    flow = startup.Startup(db, None)
    flow.start()
    assert flow.window.isVisible()  # shown before the database is even opened
    assert flow.ctx is None
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=30000)
    assert flow.main_window.isVisible() and not flow.window.isVisible()
    assert flow.ctx.user.username == "admin"
    flow.main_window.close()
    flow.close()


def test_first_run_opens_the_wizard_with_reference_data(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    make_app()
    seen = {}

    def wizard_exec(self) -> int:  # noqa: ANN001
        seen["provinces"] = self.unit_page.province.count()
        return setup_wizard.SetupWizard.DialogCode.Rejected

    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", wizard_exec)
    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    flow = startup.Startup(tmp_path / "moi.sqlite", None)
    flow.start()
    qtbot.waitUntil(lambda: bool(exits), timeout=30000)
    assert seen["provinces"] == 34
    assert exits == [0] and flow.exit_code == 0
    flow.close()


def test_newer_database_is_refused_with_a_message(
    qtbot, demo_template: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    make_app()
    db = tmp_path / "moi-hon.sqlite"
    shutil.copyfile(demo_template, db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = 'tuong_lai'")
    shown, exits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    flow = startup.Startup(db, None)
    flow.start()
    qtbot.waitUntil(lambda: bool(exits), timeout=30000)
    assert exits == [1]
    assert "phiên bản phần mềm mới hơn" in shown[0]
