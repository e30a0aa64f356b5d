"""The one way screens run long work (export, import, backup, reports) off the GUI thread.

`run_task` starts `fn(progress)` on a worker thread and shows a progress dialog with a cancel
button. The worker never touches widgets: it reports through `progress.update(done, total,
message)`, which also raises Cancelled when the user pressed "Hủy". Results and errors come
back on the GUI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from danvan_desktop.domain.errors import Cancelled, Progress
from danvan_desktop.ui.errors import show_unexpected, user_message


class _Bridge(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _QtProgress(Progress):
    def __init__(self, bridge: _Bridge) -> None:
        super().__init__()
        self._bridge = bridge

    def report(self, done: int, total: int, message: str) -> None:
        self._bridge.progressed.emit(int(done), int(total), message)


class _Worker(QThread):
    def __init__(
        self, fn: Callable[[Progress], Any], progress: _QtProgress, bridge: _Bridge
    ) -> None:
        super().__init__()
        self._fn, self._progress, self._bridge = fn, progress, bridge

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._bridge.failed.emit(exc)
        else:
            self._bridge.succeeded.emit(result)


class TaskHandle(QObject):
    """A running task; keeps its thread and dialog alive until it ends."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        show_dialog: bool,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.bridge = _Bridge()
        self.progress = _QtProgress(self.bridge)
        self._on_done, self._on_error = on_done, on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            dlg = QProgressDialog(title, "Hủy", 0, 0, parent)
            dlg.setWindowTitle(title)
            dlg.setWindowModality(Qt.WindowModality.WindowModal)
            dlg.setMinimumDuration(300)
            dlg.setAutoClose(False)
            dlg.setAutoReset(False)
            dlg.canceled.connect(self.cancel)
            self.dialog = dlg
        self.bridge.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.bridge.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.bridge.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self.thread = _Worker(fn, self.progress, self.bridge)

    def start(self) -> TaskHandle:
        self.thread.start()
        return self

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText("Đang dừng…")

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self.thread.wait()
        self.finished = True
        if self.dialog is not None:
            self.dialog.close()
        self.done.emit()

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        if self._on_error is not None:
            self._on_error(exc)
            return
        if isinstance(exc, Cancelled):
            return  # the user asked for it; nothing was written
        message = user_message(exc)
        if message:
            QMessageBox.warning(self._parent, "Không thực hiện được", message)
        else:
            show_unexpected(exc, self._parent)


_running: set[TaskHandle] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    show_dialog: bool = True,
) -> TaskHandle:
    """Run `fn(progress)` on a worker thread with a progress dialog; see module docstring."""
    handle = TaskHandle(parent, title, fn, on_done, on_error, show_dialog)
    _running.add(handle)
    handle.done.connect(lambda: _running.discard(handle))
    return handle.start()
