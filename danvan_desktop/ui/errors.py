"""Unexpected errors: logged to a file and shown in a dialog, never a silent crash."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from danvan_desktop.ui.i18n import translate

log = logging.getLogger("danvan")


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("danvan-desktop", appauthor=False) / "danvan.log"


def setup_logging(path: Path | None = None) -> Path:
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def user_message(exc: BaseException) -> str | None:
    """The Vietnamese message of an expected error (rule, permission, bundle…, and faults of the
    disk or the database file however deeply wrapped: full, read-only, damaged, busy), else
    None."""
    message = getattr(exc, "message", None)
    if message:
        return message
    from danvan_desktop.store.faults import os_error_message, storage_fault

    fault = storage_fault(exc)
    if fault is not None:
        return fault.message
    if isinstance(exc, OSError):
        return os_error_message(exc)
    return None


def show_unexpected(exc: BaseException, parent=None) -> None:  # noqa: ANN001
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Unexpected error\n%s", text)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("errors", "Lỗi không mong muốn"))
    box.setText(
        translate(
            "errors", "Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu trước đó không bị ảnh hưởng."
        )
    )
    box.setInformativeText(
        translate("errors", "Chi tiết đã được ghi vào nhật ký:\n{0}").format(log_path())
    )
    box.setDetailedText(text)
    box.exec()


def install_excepthook() -> None:
    def hook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        value.__traceback__ = tb
        show_unexpected(value)

    sys.excepthook = hook
