"""Bench: start-up to the first painted main window vs a bare PySide6 window (same run).

Run: ``python tests/bench/bench_startup.py [repeats]`` — prints medians; no pass/fail.
Target (DESIGN §6): the main window usable within 1.5× of a bare PySide6 window's start time.
Each sample is a fresh process (interpreter start, imports, Qt start, database open and
migration check, login, first paint), timed from launch to the first Paint event.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("Xin chào")); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", time.time(), flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

OURS = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from danvan_desktop.ui.app import make_app
from danvan_desktop.services.context import open_context
from danvan_desktop.services import users
from danvan_desktop.ui.main_window import MainWindow
app = make_app()
ctx = open_context(Path(sys.argv[1]))
users.authenticate(ctx, "admin", "danvan2026")
w = MainWindow(ctx)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", time.time(), flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def _sample(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    painted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PAINTED")))
    return painted - start


def main(repeats: int = 5) -> None:
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-"))
    db = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "danvan_desktop", "demo", "--db", str(db)], check=True,
                   capture_output=True)
    bare = [_sample(BARE) for _ in range(repeats)]
    ours = [_sample(OURS, str(db)) for _ in range(repeats)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {repeats} fresh processes each")
    print(f"bare PySide6 window, launch → first paint: median {b * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"danvan main window (demo db, login included): median {o * 1000:.0f} ms "
          f"(min {min(ours) * 1000:.0f}, max {max(ours) * 1000:.0f})")
    print(f"ratio: {o / b:.2f}× (target ≤ 1.5×)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
