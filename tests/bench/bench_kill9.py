"""kill -9 at random moments of import, export, migration and backup: all or nothing, always.

    /work/main/.venv/bin/python tests/bench/bench_kill9.py [--trials 220] [--seed 8]

Set-up (once): the demo commune, a province that trusts it, the commune's full data bundle, and
a copy of the commune downgraded to revision 0003 (for the migration). Each trial copies the
operation's "before" database, starts a worker process that has already imported the app
(so the kill lands in the operation, not in Python's start-up), tells it to run the real CLI
command (`bundle import`, `bundle export --full`, `db upgrade`, `db backup`), and SIGKILLs it
after a random delay drawn over the operation's measured duration (+15 %). Then it checks:

- the database passes `PRAGMA integrity_check`;
- its row counts per table (and its Alembic revision) equal the "before" or the "after" state
  (both measured from uninterrupted runs) — anything else is a partial state, and must be 0;
- export: every bundle file in the output folder is a complete archive (no half file);
- backup: every `.sqlite` in backups/ passes its integrity check; `.part` leftovers of killed
  backups are counted, and the next backup must remove them all.

Measured 29/11/2026 (2 shared cores, load ≈ 13; uninterrupted runs: import 5.1 s, export
3.9 s, migration 3.3 s, backup 2.4 s): 200 trials in 814 s — import 50 (23 before, 27 after),
export 50 (25/25), migration 50 (9/41), backup 50 (3 left a .part, all 3 removed by the next
backup); partial states 0, integrity failures 0, half files 0.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ADMIN_PASSWORD = "matkhau123"
DEMO_PASSWORD = "danvan2026"
OLD_REVISION = "inspection_boards"  # two revisions before the head (0003)


def worker() -> int:
    """Import the app, say ready, run the CLI command read from stdin (then exit)."""
    import danvan_desktop.commands.sync  # noqa: F401
    import danvan_desktop.services.context  # noqa: F401
    import danvan_desktop.sync.exporter  # noqa: F401
    import danvan_desktop.sync.importer  # noqa: F401
    from danvan_desktop.cli import build_parser, main

    build_parser()  # every command module imported: the kill lands in the operation itself
    print("ready", flush=True)
    line = sys.stdin.readline()
    if not line.strip():
        return 0
    env, argv = line.rstrip("\n").split("\t", 1)
    os.environ["DANVAN_PASSWORD"] = env
    return main(argv.split("\t"))


def spawn() -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"},
    )
    return proc


def state(path: Path) -> tuple[bool, tuple]:
    """(integrity ok, (revision, row count per table)) after recovery from the WAL."""
    con = sqlite3.connect(path)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        counts = tuple((n, con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names)
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    return ok, (rev, counts)


@dataclass
class Op:
    name: str
    base: Path  # the "before" database
    argv: list[str]  # with {db} and {out}
    password: str
    before: tuple = ()
    after: tuple = ()
    seconds: float = 0.0
    trials: int = 0
    partial: int = 0
    integrity_failures: int = 0
    ended_before: int = 0
    ended_after: int = 0
    half_files: int = 0
    parts_left: int = 0
    notes: list[str] = field(default_factory=list)


def build(work: Path) -> list[Op]:
    from danvan_desktop.services import demo, install, users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.store.migrate import alembic_config
    from danvan_desktop.sync import exporter, trust

    xa_path, tinh_path = work / "xa.sqlite", work / "tinh.sqlite"
    xa = open_context(xa_path)
    demo.build_demo(xa)
    tinh = open_context(tinh_path)
    install.initialise(tinh, "42", "admin", ADMIN_PASSWORD, "Trần Thị Tỉnh")
    users.authenticate(xa, "admin", DEMO_PASSWORD)
    users.authenticate(tinh, "admin", ADMIN_PASSWORD)
    for me, other, name in ((xa, tinh, "xa.key"), (tinh, xa, "tinh.key")):
        trust.export_own_key(me, work / name)
        trust.trust_key_file(other, work / name)
    bundle = Path(exporter.export_data(xa, work / "bundle", full=True).path)
    xa.close()
    tinh.close()

    old = work / "xa-old.sqlite"
    shutil.copyfile(xa_path, old)
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{old}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, OLD_REVISION)
    engine.dispose()
    return [
        Op("import", tinh_path, ["bundle", "import", "--db", "{db}", str(bundle)], ADMIN_PASSWORD),
        Op(
            "export",
            xa_path,
            ["bundle", "export", "--db", "{db}", "--out", "{out}", "--full"],
            DEMO_PASSWORD,
        ),
        Op("migration", old, ["db", "upgrade", "--db", "{db}"], ""),
        Op("backup", xa_path, ["db", "backup", "--db", "{db}"], ""),
    ]


def fresh(op: Op, trial_dir: Path) -> tuple[Path, Path]:
    if trial_dir.exists():
        shutil.rmtree(trial_dir)
    trial_dir.mkdir(parents=True)
    db = trial_dir / op.base.name
    shutil.copyfile(op.base, db)
    return db, trial_dir / "usb"


def command_line(op: Op, db: Path, out: Path) -> str:
    argv = [a.replace("{db}", str(db)).replace("{out}", str(out)) for a in op.argv]
    return op.password + "\t" + "\t".join(argv) + "\n"


def calibrate(op: Op, work: Path) -> None:
    """The uninterrupted run: its duration and the "after" state."""
    db, out = fresh(op, work / f"calibrate-{op.name}")
    op.before = state(db)[1]
    proc = spawn()
    assert proc.stdout.readline().strip() == "ready"
    started = time.perf_counter()
    proc.stdin.write(command_line(op, db, out))
    proc.stdin.flush()
    code = proc.wait()
    op.seconds = time.perf_counter() - started
    ok, op.after = state(db)
    if code != 0 or not ok:
        raise SystemExit(f"{op.name}: the uninterrupted run failed (exit {code}, ok={ok})")
    if op.name != "backup" and op.after == op.before:
        raise SystemExit(f"{op.name}: the operation changes nothing; the bench would prove nothing")


def trial(op: Op, proc: subprocess.Popen, work: Path, rng: random.Random) -> None:
    db, out = fresh(op, work / "trial")
    proc.stdin.write(command_line(op, db, out))
    proc.stdin.flush()
    time.sleep(rng.uniform(0, op.seconds * 1.15))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    op.trials += 1
    ok, now = state(db)
    if not ok:
        op.integrity_failures += 1
    if now == op.before:
        op.ended_before += 1
    elif now == op.after:
        op.ended_after += 1
    else:
        op.partial += 1
        op.notes.append(f"trial {op.trials}: revision {now[0]}")
    if op.name == "export" and out.exists():
        for f in out.iterdir():
            if f.suffix == ".dvk":
                try:
                    with zipfile.ZipFile(f) as z:
                        if z.testzip() is not None:
                            op.half_files += 1
                except zipfile.BadZipFile:
                    op.half_files += 1
    if op.name == "backup":
        folder = db.parent / "backups"
        for f in folder.glob("*.sqlite") if folder.exists() else ():
            con = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
            try:
                if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    op.half_files += 1
            except sqlite3.DatabaseError:
                op.half_files += 1
            finally:
                con.close()
        parts = list(folder.glob("*.part*")) if folder.exists() else []
        if parts:
            op.parts_left += 1
            # The next backup (any process) removes what the killed one left.
            from danvan_desktop.store.backup import backup_sqlite

            backup_sqlite(db, "after-kill")
            if list(folder.glob("*.part*")):
                op.notes.append(f"trial {op.trials}: .part files survived the next backup")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kill9-") as tmp:
        work = Path(tmp)
        ops = build(work)
        print(f"set-up {time.perf_counter() - started:.0f} s", flush=True)
        for op in ops:
            calibrate(op, work)
            print(f"  {op.name:9} uninterrupted run {op.seconds:.2f} s", flush=True)
        schedule = [ops[i % len(ops)] for i in range(args.trials)]
        rng.shuffle(schedule)
        ready = spawn()
        for n, op in enumerate(schedule, 1):
            proc, ready = ready, spawn()  # the next worker imports while this trial runs
            assert proc.stdout.readline().strip() == "ready"
            trial(op, proc, work, rng)
            if n % 25 == 0:
                partial = sum(o.partial for o in ops)
                print(f"  {n} trials, {partial} partial", flush=True)
        ready.stdin.close()
        ready.wait()
    total = sum(op.trials for op in ops)
    print(
        f"\n{'operation':10} {'trials':>6} {'before':>7} {'after':>6} {'partial':>8} "
        f"{'integrity':>9} {'half files':>10} {'.part left→removed':>18}"
    )
    for op in ops:
        print(
            f"{op.name:10} {op.trials:6} {op.ended_before:7} {op.ended_after:6} {op.partial:8} "
            f"{op.integrity_failures:9} {op.half_files:10} {op.parts_left:18}"
        )
        for note in op.notes:
            print("   ", note)
    partial = sum(op.partial + op.integrity_failures + op.half_files for op in ops)
    print(f"\ntrials {total}, partial states {partial}, {time.perf_counter() - started:.0f} s")
    return 0 if partial == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
