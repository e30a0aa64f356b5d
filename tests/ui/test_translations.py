"""Qt's own texts in Vietnamese come from a compiled .qm that must match its source table."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.translator import QM_NAME, translations_dir, ts_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from build_translations import build  # noqa: E402


def test_committed_translation_files_are_up_to_date(tmp_path: Path) -> None:
    assert (translations_dir() / "qt_vi.ts").read_text(encoding="utf-8") == ts_text(), (
        "run packaging/build_translations.py"
    )
    fresh = build(tmp_path)
    assert fresh.read_bytes() == (translations_dir() / QM_NAME).read_bytes(), (
        "run packaging/build_translations.py"
    )


def test_standard_texts_translate_in_their_qt_contexts(qtbot) -> None:  # noqa: ANN001
    make_app()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QWizard", "&Finish") == "Hoàn tất"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Chọn tất cả"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Xem chi tiết..."


def test_many_lookups_do_not_crash(qtbot) -> None:  # noqa: ANN001
    """The old Python-side translator aborted the interpreter after enough calls."""
    make_app()
    for _ in range(300_000):
        QCoreApplication.translate("QPlatformTheme", "OK")
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "Đồng ý"
