"""The main window: areas on the left, the current screen on the right, status bar below.

It relays the change broadcast (ui.kit.ops): after every operation, each built screen whose
`watched_types` meet the changed record types reloads — now if it is the one shown, else when
it is next shown. A screen without `watched_types` is treated as watching everything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from danvan_desktop import APP_TITLE, __version__
from danvan_desktop.domain.roles import Permission
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.ui.areas import Area, visible_areas
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.idle_lock import install_idle_lock
from danvan_desktop.ui.kit import printing
from danvan_desktop.ui.kit.ops import ALL, announce, change_hub
from danvan_desktop.ui.kit.register import compact
from danvan_desktop.ui.tasks import run_task
from danvan_desktop.ui.widgets import confirm


def settings() -> QSettings:
    return QSettings("danvan-desktop", "danvan")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        unit = units.get(ctx, ctx.unit_code)
        self.unit_name = unit.full_name if unit else ctx.unit_code
        # Qt adds the application's display name (the app's title) after this: name it once.
        self.setWindowTitle(self.unit_name)
        self.areas: list[Area] = visible_areas(ctx)
        self.screens: dict[str, QWidget] = {}
        #: keys of built screens that must reload before they are shown again
        self.stale: set[str] = set()
        change_hub().changed.connect(self.broadcast_changes)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        # One width whatever the window's size : the longest
        # label at the pane's 11 pt, plus room for the padding and a scroll bar.
        font = QFont(self.nav.font())
        font.setPointSizeF(11)
        metrics = QFontMetrics(font)
        longest = max((metrics.horizontalAdvance(a.label) for a in self.areas), default=160)
        self.nav.setFixedWidth(longest + 40)
        # Roomy targets: officers click these all day, often on small laptop screens.
        self.nav.setStyleSheet(
            "QListWidget#nav { font-size: 11pt; }QListWidget#nav::item { padding: 7px 6px; }"
        )
        for i, area in enumerate(self.areas):
            item = QListWidgetItem(area.label)
            item.setToolTip(f"{area.tooltip} (Ctrl+{i + 1})" if area.tooltip else f"Ctrl+{i + 1}")
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        # Side by side, no splitter: the pane keeps its width and the screen takes the rest.
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_area)

        self._build_menu()
        self._build_status()
        for i in range(min(len(self.areas), 9)):
            QShortcut(
                QKeySequence(f"Ctrl+{i + 1}"), self, activated=lambda i=i: self.nav.setCurrentRow(i)
            )
        QShortcut(
            QKeySequence("Ctrl+F"), self, activated=lambda: self._call_current("focus_search")
        )
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self._call_current("new_record"))

        geometry = settings().value("main/geometry")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            self.fit_screen()
        # The day starts on the first area of this level (the home screen, "Hôm nay", at a
        # commune; the overview at the upper level), not on the screen left open last time.
        self.nav.setCurrentRow(0)
        self.idle_lock = install_idle_lock(self, ctx)  # re-login after idle (ui.idle_lock)

    def fit_screen(self) -> None:
        """First start: the whole available screen (maximised on a small one), so the status
        bar and legends never fall below a 768-line screen."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None:
            self.resize(1280, 700)
            return
        self.setGeometry(room)
        if room.width() <= 1440 or room.height() <= 900:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            width, height = min(room.width(), 1600), min(room.height(), 1000)
            self.resize(width, height)
            self.move(room.center().x() - width // 2, room.center().y() - height // 2)

    # ---- change broadcast -----------------------------------------------------------------
    def broadcast_changes(self, types: frozenset[str] | set[str]) -> None:
        """Screens showing any of `types` reload: the visible one now, others when shown."""
        current = self.stack.currentWidget()
        for key, screen in self.screens.items():
            watched = set(getattr(screen, "watched_types", {ALL}))
            if not (ALL in types or ALL in watched or watched & set(types)):
                continue
            if screen is current and screen.isVisible():
                self._reload(screen)
                self.stale.discard(key)
            else:
                self.stale.add(key)

    @staticmethod
    def _reload(screen: QWidget) -> None:
        fn = getattr(screen, "reload", None) or getattr(screen, "refresh", None)
        if callable(fn):
            fn()

    # ---- areas ----------------------------------------------------------------------------
    def show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        screen = self.screens.get(area.key)
        if screen is not None and area.key in self.stale:
            self.stale.discard(area.key)
            self._reload(screen)
        if screen is None:
            screen = area.build(self.ctx, self)
            screen.setObjectName(f"screen_{area.key}")
            compact(screen)
            self.screens[area.key] = screen
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        settings().setValue("main/area", area.key)

    def open_area(self, key: str) -> QWidget:
        """Switch to an area by key (used by other screens' links) and return its screen."""
        row = [a.key for a in self.areas].index(key)
        self.nav.setCurrentRow(row)
        return self.screens[key]

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _call_current(self, method: str) -> None:
        screen = self.current_screen()
        fn = getattr(screen, method, None)
        if callable(fn):
            fn()

    def refresh_current(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            self._reload(screen)

    # ---- menu and status ------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&Tệp"))
        backup = QAction(translate("main_window", "Sao lưu dữ liệu ngay"), self)
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.triggered.connect(self.backup_now)
        backup.setEnabled(self.ctx.db_path is not None)
        file_menu.addAction(backup)
        restore = QAction(translate("main_window", "Khôi phục từ bản sao lưu…"), self)
        restore.triggered.connect(self.restore_backup)
        restore.setEnabled(self.ctx.db_path is not None and self.ctx.can(Permission.MANAGE_USERS))
        file_menu.addAction(restore)
        workbook = QAction(translate("main_window", "Xuất sổ tổng hợp Excel…"), self)
        workbook.triggered.connect(self.export_workbook)
        file_menu.addAction(workbook)
        refresh = QAction(translate("main_window", "Làm mới"), self)
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.refresh_current)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(translate("main_window", "Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("main_window", "T&rợ giúp"))
        about = QAction(translate("main_window", "Giới thiệu"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.unit_label = QLabel(
            translate("main_window", "Đơn vị: {unit_name}").format(unit_name=self.unit_name)
        )
        self.user_label = QLabel(
            translate("main_window", "Người dùng: {full_name} ({label})").format(
                full_name=self.ctx.user.full_name, label=self.ctx.user.role.label
            )
        )
        where = self.ctx.db_path or self.ctx.engine.url.render_as_string(hide_password=True)
        # the file's name only: a long path pushed the backup time off a 1366-pixel screen
        self.db_label = QLabel(
            translate("main_window", "Dữ liệu: {0}").format(getattr(where, "name", where))
        )
        self.db_label.setToolTip(str(where))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel()
        for w in (self.unit_label, self.user_label, self.db_label):
            bar.addWidget(w)
        self.backup_label.setContentsMargins(0, 0, 12, 0)
        # "In …" for the PDF an export has just written (every export, ui.kit.printing)
        self.print_offer = printing.install(bar)
        bar.addPermanentWidget(self.backup_label)
        self.update_backup_label()

    def update_backup_label(self) -> None:
        if self.ctx.db_path is None:
            self.backup_label.setText("")
            return
        from danvan_desktop.store.backup import list_backups

        backups = list_backups(self.ctx.db_path)
        if not backups:
            self.backup_label.setText(translate("main_window", "Sao lưu gần nhất: chưa có"))
            return
        when = dt.datetime.fromtimestamp(backups[-1].stat().st_mtime)
        self.backup_label.setText(
            translate("main_window", "Sao lưu gần nhất: {when:%d/%m/%Y %H:%M}").format(when=when)
        )

    def backup_now(self) -> None:
        from danvan_desktop.store.backup import backup_sqlite

        path = self.ctx.db_path

        def work(progress):  # noqa: ANN001, ANN202
            progress.update(0, 0, translate("main_window", "Đang sao lưu cơ sở dữ liệu…"))
            return backup_sqlite(path, "manual")

        def done(target) -> None:  # noqa: ANN001
            self.update_backup_label()
            self.statusBar().showMessage(
                translate("main_window", "Đã sao lưu: {target}").format(target=target), 8000
            )

        self.backup_task = run_task(self, translate("main_window", "Sao lưu dữ liệu"), work, done)

    def export_workbook(self) -> None:
        from danvan_desktop.ui.home.workbook_action import export_workbook

        export_workbook(self, self.ctx)

    def restore_backup(self) -> None:
        """Replace the data with a backup: the current state is backed up first, then the app
        closes (every screen holds data of the old state) and is opened again by the user."""
        from danvan_desktop.store.backup import backup_dir, restore_sqlite

        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Chọn bản sao lưu"),
            str(backup_dir(self.ctx.db_path)),
            translate("main_window", "Bản sao lưu (*.sqlite)"),
        )
        if not path or not confirm(
            self,
            translate("main_window", "Khôi phục dữ liệu"),
            translate(
                "main_window",
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{path}?\n\nDữ liệu hiện "
                "tại sẽ được sao lưu trước. Sau khi khôi phục, phần mềm sẽ đóng để mở "
                "lại.",
            ).format(path=path),
        ):
            return
        self.ctx.engine.dispose()
        try:
            safety = restore_sqlite(self.ctx.db_path, Path(path))
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, translate("main_window", "Không khôi phục được"), str(exc))
            return
        QMessageBox.information(
            self,
            translate("main_window", "Đã khôi phục"),
            translate(
                "main_window",
                "Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được lưu tại:\n"
                "{safety}\n\nHãy mở lại phần mềm.",
            ).format(safety=safety),
        )
        self.restored = True
        announce({ALL})  # every screen holds data of the old state
        self.close()

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("main_window", "Giới thiệu"),
            translate(
                "main_window",
                "<b>{APP_TITLE}</b> — phiên bản {__version__}<br>Phần mềm phục vụ phong "
                'trào thi đua "Dân vận khéo" và công tác dân vận chính quyền ở xã, '
                "phường, đặc khu; làm việc không cần kết nối Internet.",
            ).format(APP_TITLE=APP_TITLE, __version__=__version__),
        )

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        for screen in self.screens.values():
            can_close = getattr(screen, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        settings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
