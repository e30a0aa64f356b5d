"""Start the GUI: Qt set-up (Vietnamese texts, bundled fonts), then ui.startup takes over.

Nothing here imports the data layers, so the first window appears before SQLAlchemy loads."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from danvan_desktop import APP_TITLE, __version__
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


def run_gui(db_path: Path | None, database_url: str | None = None) -> int:
    with contextlib.suppress(OSError):  # a full or read-only home: run without the log file
        setup_logging()
    app = make_app()
    install_excepthook()
    from danvan_desktop.ui.startup import Startup

    flow = Startup(db_path, database_url)
    flow.start()
    code = app.exec()
    flow.close()
    return flow.exit_code or code
