"""Regenerate resources/translations/qt_vi.ts from ui/translator.py and compile qt_vi.qm.

    .venv/bin/python packaging/build_translations.py

tests/ui/test_translations.py fails when the committed files are out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from danvan_desktop.ui.translator import QM_NAME, translations_dir, ts_text


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease not found (it ships with PySide6-Essentials)")
    return found


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / "qt_vi.ts"
    ts.write_text(ts_text(), encoding="utf-8")
    qm = folder / QM_NAME
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else translations_dir()))
