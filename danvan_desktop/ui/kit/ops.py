"""The one way screens call services, quick or long, and hear what changed.

`run_task(parent, title, fn, on_done)` runs `fn(progress)`:
- by default on a worker thread with a progress dialog and a cancel button (export, import,
  backup, reports: anything that may take more than ~50 ms). The worker never touches widgets:
  it reports through `progress.update(done, total, message)`, which also raises Cancelled when
  the user pressed "Hủy". Results and errors come back on the GUI thread through queued signals.
- with `quick=True` at once on the GUI thread (a single-record save that takes a few
  milliseconds): the handle is finished when `run_task` returns, so a dialog can read
  `handle.ok` / `handle.result` straight away.

Either way the record types committed by `fn` are gathered (store.changes) and, on success,
broadcast through `change_hub().changed` (a frozenset of entity names; "*" means everything)
so the main window can tell the screens showing them to reload. A refusal goes to `on_error`,
else into `error` (a FieldError, or a FormDialog that highlights the field it names), else a
message box.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from danvan_desktop.domain.errors import (
    Cancelled,
    NotFound,
    PermissionDenied,
    Progress,
    RuleViolation,
)
from danvan_desktop.store import changes
from danvan_desktop.ui.errors import show_unexpected, user_message
from danvan_desktop.ui.i18n import translate

#: refusals a service raises with a Vietnamese message the user can act on
EXPECTED = (RuleViolation, PermissionDenied, NotFound)
ALL = "*"
#: a quick operation (run on the GUI thread) should stay under this many milliseconds
QUICK_MS = 50
log = logging.getLogger(__name__)


class ChangeHub(QObject):
    """Where finished operations announce the record types they changed."""

    changed = Signal(object)  # frozenset[str]

    def announce(self, types: Iterable[str]) -> None:
        names = frozenset(types)
        if names:
            self.changed.emit(names)


_hub: ChangeHub | None = None


def change_hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(types: Iterable[str]) -> None:
    """Tell every screen that these record types changed (e.g. {"*"} after a restore)."""
    change_hub().announce(types)


#: called with every finished task's result, on the GUI thread (ui.kit.printing offers a
#: written PDF for printing): one place, so no export needs to know about printing
_result_hooks: list[Callable[[Any], None]] = []


def add_result_hook(fn: Callable[[Any], None]) -> None:
    _result_hooks.append(fn)


def remove_result_hook(fn: Callable[[Any], None]) -> None:
    if fn in _result_hooks:
        _result_hooks.remove(fn)


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


def _collecting(fn: Callable[[Progress], Any], sink: set[str]) -> Callable[[Progress], Any]:
    def run(progress: Progress) -> Any:
        with changes.collect() as changed:
            try:
                return fn(progress)
            finally:
                sink.update(changed)  # what committed before a failure did change

    return run


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
        *,
        quick: bool = False,
        error: Any = None,
        changes_extra: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.title = title
        self.bridge = _Bridge()
        self.progress = _QtProgress(self.bridge)
        self._on_done, self._on_error, self._error_sink = on_done, on_error, error
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.ok = False
        #: entity names committed by the work (plus `changes_extra` on success)
        self.changed: set[str] = set()
        self._extra = set(changes_extra)
        self.dialog: QProgressDialog | None = None
        self._fn = _collecting(fn, self.changed)
        self.thread: _Worker | None = None
        if quick:
            return
        if show_dialog:
            dlg = QProgressDialog(title, translate("kit.ops", "Hủy"), 0, 0, parent)
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
        self.thread = _Worker(self._fn, self.progress, self.bridge)

    def start(self) -> TaskHandle:
        if self.thread is not None:
            self.thread.start()
        return self

    def run_here(self) -> TaskHandle:
        """Quick mode: run on this (GUI) thread now. One that took longer than QUICK_MS is
        logged: it belongs on a worker (the default mode)."""
        if hasattr(self._error_sink, "clear_error"):
            self._error_sink.clear_error()
        started = time.perf_counter()
        try:
            result = self._fn(self.progress)
        except Exception as exc:
            self._note_time(started)
            if self._on_error is None and not isinstance(exc, (*EXPECTED, Cancelled)):
                # a bug, not a refusal: up to the caller (and the app's excepthook) as before
                self.error = exc
                self._finish()
                announce(self.changed)
                raise
            self._on_failure(exc)
        else:
            self._note_time(started)
            self._on_success(result)
        return self

    def _note_time(self, started: float) -> None:
        took = (time.perf_counter() - started) * 1000
        if took > QUICK_MS:
            log.warning("Thao tác nhanh '%s' chạy %.0f ms trên luồng giao diện", self.title, took)

    @Slot()
    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("kit.ops", "Đang dừng…"))

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
        if self.thread is not None:
            self.thread.wait()
        self.finished = True
        if self.dialog is not None:
            self.dialog.close()
        self.done.emit()

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self.result = result
        self.ok = True
        self.changed.update(self._extra)
        self._finish()
        announce(self.changed)
        if self._on_done is not None:
            self._on_done(result)
        for hook in list(_result_hooks):
            hook(result)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        announce(self.changed)  # a partly done import still changed what it committed
        if self._on_error is not None:
            self._on_error(exc)
            return
        if isinstance(exc, Cancelled):
            return  # the user asked for it; nothing was written
        if self._error_sink is not None and isinstance(exc, EXPECTED):
            show_refusal(self._error_sink, exc)
            return
        message = user_message(exc)
        if message:
            QMessageBox.warning(self._parent, translate("kit.ops", "Không thực hiện được"), message)
        else:
            show_unexpected(exc, self._parent)


def show_refusal(sink: Any, exc: BaseException) -> None:
    """Show a service's refusal in a FieldError or a FormDialog (which highlights its field)."""
    message = getattr(exc, "message", str(exc))
    field = getattr(exc, "field", None)
    if hasattr(sink, "show_errors"):
        sink.show_errors({field or "": message})
    else:
        sink.show_error(message)
        window = sink.window() if isinstance(sink, QWidget) else None
        widget = window.findChild(QWidget, field) if (window is not None and field) else None
        if widget is not None:
            widget.setFocus()


_running: set[TaskHandle] = set()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    show_dialog: bool = True,
    quick: bool = False,
    error: Any = None,
    changes: Iterable[str] = (),
) -> TaskHandle:
    """Run `fn(progress)`; see module docstring. `changes` adds record types to announce on
    success beyond those seen committed (e.g. {"*"} after a bundle import)."""
    handle = TaskHandle(
        parent,
        title,
        fn,
        on_done,
        on_error,
        show_dialog,
        quick=quick,
        error=error,
        changes_extra=changes,
    )
    if quick:
        return handle.run_here()
    _running.add(handle)
    handle.done.connect(lambda: _running.discard(handle))
    return handle.start()


def act(
    parent: QWidget | None,
    fn: Callable[[], Any],
    title: str = translate("kit.ops", "Không thực hiện được"),
    *,
    expected: tuple[type[BaseException], ...] = EXPECTED,
    warn: Callable[[QWidget | None, str, str], Any] | None = None,
) -> bool:
    """A quick action (delete, resolve, register…) through `run_task(quick=True)`: True when
    done; a refusal of an `expected` kind is shown in a message box titled `title`."""

    def refused(exc: BaseException) -> None:
        if not isinstance(exc, expected):
            raise exc
        (warn or QMessageBox.warning)(parent, title, getattr(exc, "message", str(exc)))

    handle = run_task(
        parent, title, lambda _p: fn(), quick=True, on_error=refused, show_dialog=False
    )
    return handle.ok


def call(
    error: Any,
    fn: Callable[..., Any],
    *args: Any,
    title: str = translate("kit.ops", "Lưu"),
    **kwargs: Any,
) -> Any:
    """A quick service call through `run_task(quick=True)`: its result (True for None), or
    None when refused — the refusal shown in `error` (FieldError or FormDialog)."""
    parent = error if isinstance(error, QWidget) else None
    handle = run_task(
        parent, title, lambda _p: fn(*args, **kwargs), quick=True, error=error, show_dialog=False
    )
    if not handle.ok:
        return None
    return True if handle.result is None else handle.result
