"""The province round trip (DESIGN §6): commune bundles imported, aggregated, rollups exported,
on SQLite and on PostgreSQL, with peak memory against the number of bundles. Prints figures.

    /work/venv/bin/python tests/bench/bench_province_round_trip.py [--bundles 170] [--records 5000]
        [--backends sqlite,postgres]

Province 79 (Thành phố Hồ Chí Minh, 168 communes, the most of any province) receives one full
bundle of `--records` models from each commune, plus incremental second bundles (seq 2) from as
many communes as it takes to reach `--bundles`. The bundles are written directly with
BundleWriter from synthetic records of the `models` entity shape, each signed with its commune's
own Ed25519 key, which the province registers first (as key files would). The same files are
imported on each backend.

Phases timed on each backend (target: the three together under 60 s on SQLite, 2 cores):
- import:    sync.rollup.import_folder (the engine's verify → stage → apply → ledger → ack);
- aggregate: completeness of the period, models by field and status per commune, standings;
- rollups:   sync.rollup.export_rollups (one signed rollup bundle per commune).
Memory: a sampler thread records the process's resident set; the peak so far is printed after
10, 20, 50, 100… bundles (flat means streamed). PostgreSQL's own processes are not counted.
"""

from __future__ import annotations

import argparse
import base64
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from danvan_desktop.domain.errors import Progress  # noqa: E402
from danvan_desktop.domain.ids import uuid7  # noqa: E402
from danvan_desktop.services import install  # noqa: E402
from danvan_desktop.services import upper_level as ul  # noqa: E402
from danvan_desktop.services.context import open_context  # noqa: E402
from danvan_desktop.store.migrate import head_revision  # noqa: E402
from danvan_desktop.sync import keys, rollup, trust  # noqa: E402
from danvan_desktop.sync.bundle_format import BundleWriter, Manifest  # noqa: E402
from danvan_desktop.sync.profiles import spec  # noqa: E402

PROVINCE = "79"
PERIOD = "2026-11"
PASSWORD = "matkhau123"
STAMP = "2026-11-02T03:04:05.123456"
FIELDS = ("economy", "culture_society", "defence_security", "political_system")
STATUSES = (
    "draft",
    "registered",
    "in_progress",
    "proposed",
    "appraised_pass",
    "recognised",
    "replicated",
    "maintained",
    "declining",
    "stopped",
)


def rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * 4


class Sampler:
    """Peak resident set of this process, sampled every 20 ms on a thread."""

    def __init__(self) -> None:
        self.peak = rss_kib()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_kib())

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# ---- generating the commune bundles -------------------------------------------------------


def _records(unit: str, n: int, hamlet: str) -> Iterator[dict[str, Any]]:
    sp = spec("models")
    base = {c: None for c in sp.columns}
    base.update(
        kind="model",
        owner_unit_code=None,
        owner_kind="hamlet",
        owner_name=f"Thôn {hamlet}",
        person_name="",
        situation="Nhân dân còn khó khăn, đường giao thông xuống cấp.",
        goals="Nâng cao đời sống vật chất, tinh thần của nhân dân.",
        criteria="",
        scope="",
        beneficiaries="320 hộ dân",
        lead_force="Ban công tác Mặt trận thôn",
        coordinating_forces="",
        participating_forces="",
        budget_vnd=150_000_000,
        labour_days=420,
        contributions_vnd=80_000_000,
        start_date="2026-02-01",
        milestones="",
        evaluation_date=None,
        outputs="",
        sustainability="",
        recognised_level=None,
        recognised_on=None,
        decision_no="",
        replicated_from_id=None,
        unit_code=unit,
        created_at=STAMP,
        updated_at=STAMP,
        revision=1,
        deleted=False,
        updated_by="canbo",
        year=2026,
    )
    for i in range(n):
        rec = dict(base)
        name = f"Mô hình “Dân vận khéo” số {i} – {FIELDS[i % 4]} của xã {unit}"
        rec.update(
            id=uuid7(),
            name=name,
            field_code=FIELDS[i % 4],
            status=STATUSES[i % len(STATUSES)],
            content=f"Vận động nhân dân hiến đất, góp công làm đường; mô hình số {i}.",
            search_text=name.lower(),
            sort_name=name.lower(),
        )
        yield rec


def write_commune_bundles(
    out: Path, communes: list[str], total: int, records: int
) -> list[tuple[str, str, bytes]]:
    """Bundles into `out`; returns (unit, install, public key) of every sender."""
    schema = head_revision()
    senders = []
    plan = [(c, 1) for c in communes] + [(c, 2) for c in communes[: max(0, total - len(communes))]]
    prev: dict[str, str] = {}
    for unit, seq in plan:
        if seq == 1:
            key = Ed25519PrivateKey.generate()
            install_id = uuid7()
            senders.append((unit, install_id, keys.public_key_bytes(key), key))
        unit_, install_id, raw, key = next(s for s in senders if s[0] == unit)
        manifest = Manifest.new(
            kind="data",
            sender_unit=unit,
            sender_install=install_id,
            recipient_unit=PROVINCE,
            schema_revision=schema,
            seq=seq,
            prev_bundle_hash=prev.get(unit),
            full=seq == 1,
            since_seq=None if seq == 1 else seq - 1,
        )
        with BundleWriter(out, manifest, key, period=PERIOD) as w:
            w.add_records(
                trust.SENDER_KEY_ENTITY,
                [
                    {
                        "unit_code": unit,
                        "install_id": install_id,
                        "public_key": base64.b64encode(raw).decode(),
                        "fingerprint": keys.fingerprint(raw),
                    }
                ],
            )
            w.add_records(
                "models", _records(unit, records if seq == 1 else max(1, records // 10), "Một")
            )
        prev[unit] = w.bundle_sha256
    return [(u, i, r) for u, i, r, _k in senders]


# ---- one backend --------------------------------------------------------------------------


class _Marks(Progress):
    """Notes the peak memory each time the import moves to a new bundle."""

    def __init__(self, sampler: Sampler, total: int) -> None:
        super().__init__()
        self.sampler, self.total = sampler, total
        self.started = time.perf_counter()
        self.points: dict[int, tuple[float, int]] = {}
        self._seen = 0

    def report(self, done: int, total: int, message: str) -> None:
        # The engine says "Gói i/n: đang kiểm tra …" as it starts each bundle (i counts per
        # commune's group here): one more bundle is then finished.
        if message.startswith("Gói ") and "đang kiểm tra" in message:
            if self._seen in (10, 20, 50, 100, 150):
                self.mark()
            self._seen += 1

    def mark(self, n: int | None = None) -> None:
        self.points[n or self._seen] = (time.perf_counter() - self.started, self.sampler.peak)


def run_backend(
    name: str, url: str, bundles: Path, senders: list, work: Path, n_bundles: int, records: int
) -> dict[str, Any]:
    ctx = open_context(database_url=url)
    install.initialise(ctx, PROVINCE, "admin", PASSWORD, "Cán bộ tỉnh")
    with ctx.session() as s:
        for unit, install_id, raw in senders:
            trust.trust_key(s, unit, install_id, raw, source="key_file", confirmed_by="bench")
    out: dict[str, Any] = {"backend": name}
    with Sampler() as sampler:
        base = sampler.peak
        marks = _Marks(sampler, n_bundles)
        t0 = time.perf_counter()
        result = rollup.import_folder(ctx, bundles, ack_dir=work / f"acks-{name}", progress=marks)
        t1 = time.perf_counter()
        marks.mark(len(result.outcomes))
        assert not result.refused, result.summary()
        rows = ul.completeness(ctx, PERIOD)
        aggs = ul.model_aggregates(ctx, 2026)
        standings = ul.compute_standings(ctx, PERIOD, completeness_rows=rows, aggregates=aggs)
        t2 = time.perf_counter()
        written = rollup.export_rollups(ctx, work / f"down-{name}", period=PERIOD)
        t3 = time.perf_counter()
        out.update(
            import_s=t1 - t0,
            aggregate_s=t2 - t1,
            rollups_s=t3 - t2,
            total_s=t3 - t0,
            imported=result.imported,
            records=result.records,
            rows_per_s=result.records / (t1 - t0),
            rollups=len(written),
            base_mib=base / 1024,
            peak_mib=sampler.peak / 1024,
            points=marks.points,
            received=sum(1 for r in rows if r.received),
            models=sum(a.total for a in aggs),
            ranked=len(standings),
        )
    ctx.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundles", type=int, default=170)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--backends", default="sqlite,postgres")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="danvan-bench-province-"))
    try:
        probe = open_context(work / "probe.sqlite")
        install.prepare_reference_data(probe)
        communes = _communes(probe)
        probe.close()
        communes = communes[: args.bundles]
        bundles = work / "bundles"
        bundles.mkdir()
        t = time.perf_counter()
        senders = write_commune_bundles(bundles, communes, args.bundles, args.records)
        gen_s = time.perf_counter() - t
        n_files = len(list(bundles.glob("*.dvk")))
        size = sum(p.stat().st_size for p in bundles.glob("*.dvk")) / (1 << 20)
        print(
            f"Province {PROVINCE}: {len(communes)} communes, {n_files} bundles "
            f"({args.records} models each, second bundles {max(1, args.records // 10)}), "
            f"{size:.0f} MiB, generated in {gen_s:.1f} s"
        )
        results = []
        for backend in args.backends.split(","):
            if backend == "sqlite":
                from danvan_desktop.store.engine import sqlite_url

                results.append(
                    run_backend(
                        "sqlite",
                        sqlite_url(work / "tinh.sqlite"),
                        bundles,
                        senders,
                        work,
                        n_files,
                        args.records,
                    )
                )
            elif backend == "postgres":
                from tests.integration.pg_server import PgServer, find_bin_dir

                bin_dir = find_bin_dir()
                if bin_dir is None:
                    print(
                        "postgres: skipped (no PostgreSQL server binaries: apt-get install postgresql)"
                    )
                    continue
                server = PgServer(bin_dir).start()
                try:
                    results.append(
                        run_backend(
                            "postgres",
                            server.create_database("tinh"),
                            bundles,
                            senders,
                            work,
                            n_files,
                            args.records,
                        )
                    )
                finally:
                    server.stop()
            _print(results[-1])
        print()
        print(
            "backend    import s  rows/s   aggregate s  rollups s  total s  (target < 60 s on SQLite)"
            "  peak RSS MiB"
        )
        for r in results:
            print(
                f"{r['backend']:<10} {r['import_s']:8.1f} {r['rows_per_s']:8.0f} {r['aggregate_s']:12.2f} "
                f"{r['rollups_s']:10.1f} {r['total_s']:8.1f}  {r['peak_mib']:>40.0f}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _communes(ctx) -> list[str]:  # noqa: ANN001
    with ctx.read() as s:
        return [c.code for c in ul.member_communes(s, PROVINCE)]


def _print(r: dict[str, Any]) -> None:
    print(
        f"\n[{r['backend']}] imported {r['imported']} bundles, {r['records']} records in "
        f"{r['import_s']:.1f} s "
        f"({r['rows_per_s']:.0f} rows/s); aggregate {r['aggregate_s']:.2f} s "
        f"({r['received']} communes received, {r['models']} models, {r['ranked']} ranked); "
        f"{r['rollups']} rollups in {r['rollups_s']:.1f} s; total {r['total_s']:.1f} s"
    )
    print(f"  memory: {r['base_mib']:.0f} MiB before import; peak after n bundles:")
    for n, (secs, peak) in sorted(r["points"].items()):
        print(f"    {n:4d} bundles  {secs:7.1f} s  peak {peak / 1024:6.0f} MiB")


if __name__ == "__main__":
    main()
