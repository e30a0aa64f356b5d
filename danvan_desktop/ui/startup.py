"""Start-up: a window at once, the database opened off the GUI thread, then wizard or login.

Importing SQLAlchemy, opening the file, checking (and if needed backing up and migrating) the
schema take from a fraction of a second to minutes on an old commune PC. A window shows first
and stays responsive while a worker does that; only then comes the wizard or the login.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from danvan_desktop import APP_TITLE, __version__
from danvan_desktop.domain.errors import Progress
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.tasks import TaskHandle, run_task


class StartupWindow(QWidget):
    def __init__(self, db_label: str) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("startup")
        title = QLabel(
            translate("startup", "<h1>{APP_TITLE}</h1><p>Phiên bản {__version__}</p>").format(
                APP_TITLE=APP_TITLE, __version__=__version__
            )
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(translate("startup", "Đang mở và kiểm tra cơ sở dữ liệu…"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        where = QLabel(db_label)
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setStyleSheet("color: #555;")
        where.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: how long a check or migration takes is not known ahead
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addWidget(bar)
        layout.addWidget(where)
        self.setFixedSize(460, 230)


def _open_database(
    db_path: Path | None, database_url: str | None, progress: Progress
) -> tuple[Any, bool]:
    """Worker thread: import the data layers, open, migrate, prepare first-run reference data."""
    progress.report(0, 0, translate("startup", "Đang mở và kiểm tra cơ sở dữ liệu…"))
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context

    if database_url is None and db_path is not None:
        _check_file(Path(db_path))
    ctx = open_context(db_path, database_url, app_lock=True)
    if ctx.db_path is not None:
        from danvan_desktop.store.backup import remove_stale_parts

        remove_stale_parts(ctx.db_path)  # hundreds of MB a killed backup may have left
    initialised = install.is_initialised(ctx)
    if not initialised:
        progress.report(0, 0, translate("startup", "Đang chuẩn bị danh mục đơn vị hành chính…"))
        install.prepare_reference_data(ctx)
    # Warm the modules the next windows need while the window is already on screen.
    import danvan_desktop.ui.login  # noqa: F401
    import danvan_desktop.ui.main_window  # noqa: F401

    return ctx, initialised


def _check_file(db_path: Path) -> None:
    """A damaged or foreign file is found before anything opens it, with the newest good backup
    attached (`exc.good_backup`) so the window can offer it."""
    from danvan_desktop.store.backup import integrity_ok, latest_good_backup
    from danvan_desktop.store.faults import StorageFault, check_database_file, damaged

    if not db_path.exists():
        return
    # quick_check: the page structure only, a fraction of a full check.
    ok, detail = integrity_ok(db_path, quick=True)
    if ok:
        return
    fault: StorageFault
    try:
        check_database_file(db_path)
    except StorageFault as exc:
        fault = exc  # not a database at all
    else:
        fault = damaged(db_path, detail)
    fault.good_backup = latest_good_backup(db_path)  # type: ignore[attr-defined]
    raise fault


class Startup(QObject):
    """Drives start-up from the first window to the main window; `exit_code` when it ends early."""

    def __init__(self, db_path: Path | None, database_url: str | None) -> None:
        super().__init__()
        self.db_path, self.database_url = db_path, database_url
        self.ctx: Any = None
        self.main_window: QWidget | None = None
        self.exit_code = 0
        self.window = StartupWindow(str(database_url or db_path))
        self.task: TaskHandle | None = None

    def start(self) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(False)
        self.window.show()
        self.task = run_task(
            self.window,
            translate("startup", "Mở dữ liệu"),
            lambda progress: _open_database(self.db_path, self.database_url, progress),
            self._opened,
            on_error=self._failed,
            show_dialog=False,
        )
        self.task.bridge.progressed.connect(
            lambda _d, _t, message: message and self.window.status.setText(message)
        )

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        QApplication.instance().exit(code)

    def _failed(self, exc: BaseException) -> None:
        from danvan_desktop.ui.errors import show_unexpected, user_message

        good = getattr(exc, "good_backup", None)
        if good is not None and self._offer_restore(exc, good):
            self.start()  # open again, now the restored file
            return
        message = user_message(exc)
        if message is None:
            show_unexpected(exc, self.window)
        else:
            if hasattr(exc, "good_backup"):
                message += translate(
                    "startup", "\n\nKhông tìm thấy bản sao lưu tốt nào bên cạnh tệp dữ liệu."
                )
            QMessageBox.critical(
                self.window, translate("startup", "Không mở được cơ sở dữ liệu"), message
            )
        self._finish(1)

    def _offer_restore(self, exc: BaseException, good: Path) -> bool:
        """Damaged database: offer the newest good backup; restore it through the restore
        service (the damaged file is kept aside in backups/ as .bad). True when restored."""
        import datetime as dt

        from danvan_desktop.store.backup import restore_sqlite
        from danvan_desktop.ui.errors import user_message

        when = dt.datetime.fromtimestamp(good.stat().st_mtime)
        answer = QMessageBox.question(
            self.window,
            translate("startup", "Cơ sở dữ liệu bị hỏng"),
            translate(
                "startup",
                "Cơ sở dữ liệu bị hỏng, không mở được:\n{db_path}\n\nKhôi phục từ bản sao "
                "lưu ngày {when:%d/%m/%Y} lúc {when:%H:%M}?\n{good}\n\nNhững thay đổi sau "
                "thời điểm sao lưu sẽ không còn. Tệp bị hỏng được giữ lại trong thư mục "
                "sao lưu (đuôi .bad).",
            ).format(db_path=self.db_path, when=when, good=good),
        )
        if answer != QMessageBox.StandardButton.Yes or self.db_path is None:
            return False
        try:
            restore_sqlite(Path(self.db_path), good)
        except Exception as failure:  # noqa: BLE001 - shown as a sentence, then the app stops
            QMessageBox.critical(
                self.window,
                translate("startup", "Không khôi phục được"),
                user_message(failure) or str(failure),
            )
            return False
        self.window.status.setText(
            translate("startup", "Đã khôi phục từ bản sao lưu ngày {when:%d/%m/%Y}.").format(
                when=when
            )
        )
        return True

    def _opened(self, result: tuple[Any, bool]) -> None:
        from danvan_desktop.ui.login import LoginDialog
        from danvan_desktop.ui.main_window import MainWindow
        from danvan_desktop.ui.setup_wizard import SetupWizard

        self.ctx, initialised = result
        self.window.hide()
        dialog = SetupWizard(self.ctx) if not initialised else LoginDialog(self.ctx)
        if dialog.exec() != dialog.DialogCode.Accepted:
            self._finish(0)
            return
        self.main_window = MainWindow(self.ctx)
        QApplication.instance().setQuitOnLastWindowClosed(True)
        self.main_window.show()
        self.window.close()

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
