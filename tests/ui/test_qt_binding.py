"""Guards against Qt-binding regressions that crash the app, found the hard way."""

import subprocess
import sys

CODE = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = sys.getrefcount(None)
for _ in range(20000):
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
print(before - sys.getrefcount(None))
"""


def test_process_events_does_not_drop_references_to_none() -> None:
    """PySide6 6.12.0 lost one reference to None per processEvents() call: the interpreter then
    aborted with "deallocating None" after a few thousand calls (pyproject excludes 6.12.0)."""
    result = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
