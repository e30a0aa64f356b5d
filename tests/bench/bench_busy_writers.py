"""Two processes writing one SQLite database at once: does either die with "database is locked"?

    /work/main/.venv/bin/python tests/bench/bench_busy_writers.py [--trials 18]

Each trial: a fresh database, two processes each running 15 short transactions that read a
setting, then write it (what most service calls do). With a deferred BEGIN the second writer's
snapshot goes stale and SQLite refuses it at once, whatever the busy timeout (16 of 18 trials
died before BEGIN IMMEDIATE); with BEGIN IMMEDIATE writers queue and none should die.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys, time
from danvan_desktop.services.context import open_context
from danvan_desktop.store.settings import get_setting, set_setting
ctx = open_context(sys.argv[1])
try:
    for i in range(15):
        with ctx.session() as s:
            get_setting(s, "probe")
            time.sleep(0.01)
            set_setting(s, "probe", f"{sys.argv[2]}-{i}")
except Exception as exc:
    print(type(exc).__name__, str(exc).splitlines()[0][:100])
    sys.exit(3)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=18)
    args = parser.parse_args()
    from danvan_desktop.services.context import open_context

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    died = 0
    with tempfile.TemporaryDirectory() as tmp:
        for t in range(args.trials):
            db = Path(tmp) / f"t{t}.sqlite"
            open_context(db).close()
            procs = [
                subprocess.Popen(
                    [sys.executable, "-c", CHILD, str(db), str(k)],
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                )
                for k in range(2)
            ]
            results = [(p.wait(), p.stdout.read().strip()) for p in procs]
            if any(code for code, _ in results):
                died += 1
                print(f"trial {t}: " + "; ".join(out for _, out in results if out))
    print(f"{died} of {args.trials} trials: a writer died")
    return 0 if died == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
