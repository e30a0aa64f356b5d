"""Bench: start-up vs a bare PySide6 window (same run, fresh processes, isolated home).

Run: ``python tests/bench/bench_startup.py [repeats]`` — prints medians; no pass/fail.
Target (DESIGN §6): the main window usable within 1.5× of a bare PySide6 window's start time.
Three figures, each launch → first Paint event of a window:
- bare: QApplication + QMainWindow;
- first window: `danvan`'s real start (ui.startup), whose window appears before the database
  layers are even imported;
- main window: interpreter, imports, database open and migration check, login (argon2 +
  scrypt, deliberately slow), main window — scripted, with no human typing a password.
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


FIRST = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.startup import Startup
app = make_app()
flow = Startup(Path(sys.argv[1]), None)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", time.time(), flush=True); os._exit(0)
        return False
f = F(); flow.window.installEventFilter(f); flow.start(); app.exec()
os._exit(0)  # the start-up worker is still opening the database: do not wait for it
"""


def _sample(code: str, *args: str) -> float:
    home = tempfile.mkdtemp(prefix="danvan-bench-home-")  # no remembered area or geometry
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/.config",
        "XDG_DATA_HOME": f"{home}/.local/share",
    }
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    painted = float(
        next(line.split()[1] for line in out.splitlines() if line.startswith("PAINTED"))
    )
    return painted - start


def main(repeats: int = 5) -> None:
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-"))
    db = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "danvan_desktop", "demo", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    bare, first, ours = [], [], []
    for _ in range(repeats):  # interleaved, so load on the machine hits all three alike
        bare.append(_sample(BARE))
        first.append(_sample(FIRST, str(db)))
        ours.append(_sample(OURS, str(db)))
    b = statistics.median(bare)
    print(
        f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {repeats} fresh processes each, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    for label, xs in (
        ("bare PySide6 window", bare),
        ("danvan first window (start-up screen)", first),
        ("danvan main window (open, migrate check, login, build)", ours),
    ):
        m = statistics.median(xs)
        print(
            f"{label}: median {m * 1000:.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
            f" → {m / b:.2f}× bare (target ≤ 1.5×)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
