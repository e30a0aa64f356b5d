"""Start the GUI: Qt set-up, open and migrate the database, first-run wizard or login, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop import APP_TITLE, __version__
from danvan_desktop.services import install
from danvan_desktop.services.context import AppContext, open_context
from danvan_desktop.store.migrate import DatabaseTooNew, MigrationFailed
from danvan_desktop.ui.errors import install_excepthook, setup_logging
from danvan_desktop.ui.fonts import install_fonts
from danvan_desktop.ui.translator import install_translator


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Vietnamese texts and bundled fonts (also used by tests)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("danvan-desktop")
    QCoreApplication.setApplicationName("danvan")
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_TITLE)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    if not getattr(app, "_danvan_ready", False):
        app._danvan_translator = install_translator(app)
        app._danvan_ready = True
        install_fonts(app)
    return app


def open_database(db_path: Path | None, database_url: str | None) -> AppContext | None:
    """Open and migrate before any window; a refused or failed upgrade is explained, not crashed."""
    try:
        return open_context(db_path, database_url)
    except (DatabaseTooNew, MigrationFailed) as exc:
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu", str(exc))
    except OSError as exc:
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu",
                             f"Không mở được tệp dữ liệu {db_path}: {exc.strerror or exc}.")
    return None


def run_gui(db_path: Path | None, database_url: str | None = None) -> int:
    setup_logging()
    app = make_app()
    install_excepthook()
    ctx = open_database(db_path, database_url)
    if ctx is None:
        return 1
    from danvan_desktop.ui.login import LoginDialog
    from danvan_desktop.ui.main_window import MainWindow
    from danvan_desktop.ui.setup_wizard import SetupWizard

    if not install.is_initialised(ctx):
        install.prepare_reference_data(ctx)
        wizard = SetupWizard(ctx)
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            return 0
    else:
        login = LoginDialog(ctx)
        if login.exec() != LoginDialog.DialogCode.Accepted:
            return 0
    window = MainWindow(ctx)
    window.show()
    code = app.exec()
    ctx.close()
    return code
