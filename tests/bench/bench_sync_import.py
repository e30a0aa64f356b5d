"""Bundle import throughput, time per record and memory, next to the bare floor (DESIGN §6).

    /work/venv/bin/python tests/bench/bench_sync_import.py [--sizes 1000,10000,100000,1000000]
        [--bundles 1,10,50] [--repeat 3]

A province database (unit 42, initialised once) trusts a commune install whose bundles are
written here with the real BundleWriter: `models` records of the full dvk_model shape (35
columns, Vietnamese text), owned by the commune 18673.

- ours: `importer.import_bundles` on a fresh copy of the province, first call of the process;
  warm: the same after a 1-record bundle was imported in that process (what every bundle but
  the first of a folder costs). Both: copy off the "drive",
  automatic backup, open/verify (signature, names, sizes), one streaming pass that hashes,
  parses, checks every record, classifies it against the database and inserts it, ledger,
  audit, count check, commit, then the signed ack bundle;
- floor: the same bundle read bare with the stdlib (zipfile + sha256 + json.loads per line)
  and inserted with sqlite3.executemany into a table of the same shape (same DDL, same
  indexes, same pragmas), one transaction.
Each measurement runs in its own subprocess (peak RSS is its own); median of `--repeat`.
Memory vs bundles: N bundles of 5,000 records from one sender imported in one call.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SENDER, INSTALL, PROVINCE = "18673", "bench-xa", "42"
PASSWORD = "matkhau123"
FIELDS = ("economy", "culture_society", "defence_security", "political_system")
STATUSES = ("draft", "registered", "implementing", "recognised", "replicated")
WORDS = (
    "Dân vận khéo",
    "xây dựng nông thôn mới",
    "kiểu mẫu",
    "thôn Trung Hà",
    "hội viên phụ nữ",
    "đường giao thông",
    "hiến đất",
    "an ninh trật tự",
    "chuyển đổi số",
    "tổ hợp tác",
)


def records(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """`models` records as a commune's export writes them (every travelling column)."""
    rnd = random.Random(seed)
    bits = rnd.getrandbits
    # UUIDv7 as a commune makes them: the time part rises with creation (a record every ~20 s
    # over the years before the export), the rest is random.
    ms = 1_735_689_600_000 + (seed % 997) * 1_000_000_000
    for i in range(n):
        ms += 1 + bits(15)
        tail = f"{bits(74):019x}"
        text = " ".join(rnd.choice(WORDS) for _ in range(6))
        yield {
            "id": f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{tail[:3]}-8{tail[3:6]}-{tail[6:18]}",
            "unit_code": SENDER,
            "created_at": "2026-03-04T02:03:04.123456",
            "updated_at": "2026-05-06T07:08:09.654321",
            "revision": 1 + i % 3,
            "deleted": False,
            "updated_by": "canbo",
            "kind": "model",
            "name": f"Mô hình {text} số {i}",
            "field_code": FIELDS[i % 4],
            "status": STATUSES[i % 5],
            "year": 2026,
            "owner_unit_code": None,
            "owner_kind": "hamlet",
            "owner_name": "Thôn Trung Hà",
            "person_name": "",
            "situation": text,
            "goals": text,
            "criteria": "",
            "content": text + " " + text,
            "scope": "Toàn xã",
            "beneficiaries": "Nhân dân",
            "lead_force": "Hội Phụ nữ",
            "coordinating_forces": "",
            "participating_forces": "",
            "budget_vnd": 1000000 * (i % 50),
            "labour_days": i % 300,
            "contributions_vnd": 0,
            "start_date": "2026-01-15",
            "milestones": "",
            "evaluation_date": None,
            "outputs": "",
            "sustainability": "",
            "recognised_level": None,
            "recognised_on": None,
            "decision_no": "",
            "replicated_from_id": None,
            "search_text": f"mo hinh {i}",
            "sort_name": f"mo hinh {i:07d}",
        }


# ---- set-up (once) ---------------------------------------------------------------------------


def setup(folder: Path) -> None:
    from danvan_desktop.services import install
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import keys, trust

    ctx = open_context(folder / "province.sqlite")
    install.initialise(ctx, PROVINCE, "admin", PASSWORD)
    pair = keys.generate_keypair()
    keys.save_private_key(pair.private, folder / "sender.pem", b"bench")
    with ctx.session() as s:
        trust.trust_key(
            s, SENDER, INSTALL, pair.public_bytes, source="key_file", confirmed_by="bench"
        )
    ctx.close()
    con = sqlite3.connect(folder / "province.sqlite")
    ddl = [
        sql
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'dvk_model' AND sql IS NOT NULL"
        )
    ]
    con.close()
    (folder / "ddl.json").write_text(json.dumps(ddl))


def write_bundles(folder: Path, sizes: list[int], seq_from: int = 1, tag: str = "") -> list[Path]:
    """Bundles seq_from, seq_from+1, … (one per size), chained like a real sender's."""
    from danvan_desktop.store.engine import make_engine, sqlite_url
    from danvan_desktop.store.migrate import current_revision
    from danvan_desktop.sync import keys, trust
    from danvan_desktop.sync.bundle_format import BundleWriter, Manifest

    private = keys.load_private_key(folder / "sender.pem", b"bench")
    raw = keys.public_key_bytes(private)
    engine = make_engine(sqlite_url(folder / "province.sqlite"))
    schema = current_revision(engine)
    engine.dispose()
    line = trust.sender_key_line(trust.Identity(SENDER, INSTALL, raw, keys.fingerprint(raw)))
    out = folder / f"bundles{tag}"
    out.mkdir(exist_ok=True)
    paths, prev = [], None
    for i, n in enumerate(sizes):
        seq = seq_from + i
        manifest = Manifest.new(
            kind="data",
            sender_unit=SENDER,
            sender_install=INSTALL,
            recipient_unit=PROVINCE,
            schema_revision=schema,
            seq=seq,
            prev_bundle_hash=prev,
        )
        with BundleWriter(out, manifest, private, period="2026-11") as writer:
            writer.add_records("sender_key", [line])
            writer.add_records("models", records(n, seed=seq * 7919 + n))
        prev = writer.bundle_sha256
        paths.append(writer.path)
    return paths


# ---- measured steps (each in its own subprocess) ---------------------------------------------


def ours(folder: Path, bundles: list[Path], warm: Path | None = None) -> dict[str, float]:
    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import importer

    db = folder / "run" / "province.sqlite"
    ctx = open_context(db)
    users.authenticate(ctx, "admin", PASSWORD)  # opens the signing key for the ack (not timed)
    if warm is not None:  # not timed: the first import of the process (caches, backup)
        [first] = importer.import_bundles(ctx, [warm], ack_dir=folder / "run" / "acks")
        assert first.status == "applied", first.message
    start = time.perf_counter()
    reports = importer.import_bundles(ctx, bundles, ack_dir=folder / "run" / "acks")
    seconds = time.perf_counter() - start
    ctx.close()
    assert all(r.status == "applied" for r in reports), [r.message for r in reports]
    return {"seconds": seconds, "rows": sum(r.total("new") for r in reports)}


def floor(folder: Path, bundles: list[Path]) -> dict[str, float]:
    db = folder / "run" / "bare.sqlite"
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    for sql in json.loads((folder / "ddl.json").read_text()):
        con.execute(sql)
    cols: list[str] | None = None
    rows = 0
    start = time.perf_counter()
    con.execute("BEGIN")
    for path in bundles:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            with zf.open("payload/models.jsonl") as src:
                digest, tail, batch = hashlib.sha256(), b"", []
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    lines = (tail + chunk).split(b"\n")
                    tail = lines.pop()
                    for raw in lines:
                        rec = json.loads(raw)
                        if cols is None:
                            cols = [*rec, "change_seq"]
                            sql = (
                                f"INSERT INTO dvk_model ({', '.join(cols)}) "
                                f"VALUES ({', '.join('?' for _ in cols)})"
                            )
                        batch.append((*rec.values(), 0))
                    if len(batch) >= 1000:
                        con.executemany(sql, batch)
                        rows += len(batch)
                        batch.clear()
                if batch:
                    con.executemany(sql, batch)
                    rows += len(batch)
            assert digest.hexdigest() == manifest["files"]["payload/models.jsonl"]
    con.execute("COMMIT")
    seconds = time.perf_counter() - start
    con.close()
    return {"seconds": seconds, "rows": rows}


def peak_rss_mib() -> float:
    """This process's own peak RSS (VmHWM). ru_maxrss would include the parent's peak, which
    Linux carries across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, folder: Path, bundles: list[Path]) -> None:
    run = folder / "run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir()
    shutil.copyfile(folder / "province.sqlite", run / "province.sqlite")
    if step == "warm":  # bundles[0] is the 1-record warm-up, then the measured ones
        result = ours(folder, bundles[1:], warm=bundles[0])
    else:
        result = (ours if step == "ours" else floor)(folder, bundles)
    result["rss_mib"] = peak_rss_mib()
    print(json.dumps(result))


def measure(step: str, folder: Path, bundles: list[Path]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, str(folder), *map(str, bundles)],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"{step} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--bundles", default="1,10,50")
    parser.add_argument("--per-bundle", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x]
    counts = [int(x) for x in args.bundles.split(",") if x]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup(folder)
        print(
            f"python {sys.version.split()[0]}; median of {args.repeat} (1 run at 1M); "
            "each step in its own process"
        )
        print(
            f"{'records':>9} {'step':<6} {'seconds':>8} {'rows/s':>9} {'vs floor':>9} "
            f"{'µs/rec':>7} {'peak RSS':>9}"
        )
        steps = ("floor", "ours", "warm")
        for n in sizes:
            warm, bundle = write_bundles(folder, [1, n], tag=str(n))
            repeat = 1 if n >= 1_000_000 else args.repeat
            runs = [
                {s: measure(s, folder, [warm, bundle] if s == "warm" else [bundle]) for s in steps}
                for _ in range(repeat)
            ]
            figs = {s: median([r[s] for r in runs]) for s in steps}
            for step in steps:
                f = figs[step]
                ratio = figs["floor"]["seconds"] / f["seconds"]
                print(
                    f"{n:>9} {step:<6} {f['seconds']:>8.2f} {n / f['seconds']:>9,.0f} "
                    f"{ratio:>8.2f}x {f['seconds'] / n * 1e6:>7.1f} {f['rss_mib']:>7.1f}Mi"
                )
            print(f"{n:>9} bundle {bundle.stat().st_size / (1 << 20):.1f} MiB")
            bundle.unlink()
        print(f"\nmemory vs bundles ({args.per_bundle} records each, one import call):")
        print(
            f"{'bundles':>8} {'records':>9} {'seconds':>8} {'rows/s':>9} {'peak RSS':>9} "
            f"{'floor RSS':>9}"
        )
        for k in counts:
            paths = write_bundles(folder, [args.per_bundle] * k, tag=f"m{k}")
            o = measure("ours", folder, paths)
            f = measure("floor", folder, paths)
            print(
                f"{k:>8} {k * args.per_bundle:>9} {o['seconds']:>8.2f} "
                f"{k * args.per_bundle / o['seconds']:>9,.0f} {o['rss_mib']:>7.1f}Mi "
                f"{f['rss_mib']:>7.1f}Mi"
            )
            shutil.rmtree(paths[0].parent)
        print(
            "'vs floor' = floor time / our time (1.00x = as fast as the bare pipeline; "
            "target ≥ 0.50x). ours: the first import of a fresh process (first-use costs "
            "and the automatic backup included); warm: after one import in the same process."
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), [Path(p) for p in sys.argv[4:]])
    else:
        main()
