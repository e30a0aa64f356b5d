"""Bundle format throughput and memory, next to the bare floor (DESIGN §6). Prints figures.

    /work/venv/bin/python tests/bench/bench_bundle_format.py [N ...]   (default 100000 1000000)

Each measurement (median of 3) runs in a fresh subprocess so its peak RSS (ru_maxrss) is its own:
- ours-write: BundleWriter, one entity, records generated on the fly;
- ours-read: open_bundle (structure, signature, eager payload hash) + iter_records over all;
- ours-verify: verify_file (one streaming pass: hash, parse, count);
- bare-write / bare-read: the same zip + JSON lines + sha256 done minimally with the stdlib;
- gen: generating the records alone (included in both write figures).
Flat memory shows as the same peak RSS for 100 k and 1 M records.
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
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

from danvan_desktop.sync import bundle_format as bf  # noqa: E402
from danvan_desktop.sync import keys  # noqa: E402

STAMP = "2026-05-04T03:02:01Z"
FIELDS = ("Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị")


def gen(n: int) -> Iterator[dict[str, Any]]:
    # UUIDv7-shaped ids with 74 random bits, like real ones (they are what resists compression).
    bits = random.Random(2026).getrandbits
    for i in range(n):
        h = f"{bits(128):032x}"
        yield {
            "id": f"019{h[:5]}-{h[5:9]}-7{h[9:12]}-8{h[12:15]}-{h[15:27]}",
            "unit_code": "42001",
            "revision": 1 + i % 3,
            "deleted": i % 50 == 0,
            "created_at": STAMP,
            "updated_at": STAMP,
            "name": f"Mô hình “Dân vận khéo” xây dựng nông thôn mới số {i}",
            "field": FIELDS[i % 4],
            "year": 2026,
            "points": (i % 100) + 0.5,
        }


def manifest() -> bf.Manifest:
    return bf.Manifest.new(
        kind="data",
        sender_unit="42001",
        sender_install="bench",
        recipient_unit="42",
        schema_revision="bench",
        seq=1,
    )


def key_from(folder: Path) -> keys.KeyPair:
    path = folder / "key.pem"
    if not path.exists():
        keys.save_private_key(keys.generate_keypair().private, path, b"bench")
    private = keys.load_private_key(path, b"bench")
    return keys.KeyPair(private, private.public_key())


def ours_write(n: int, folder: Path) -> None:
    pair = key_from(folder)
    out = folder / "ours"
    out.mkdir(exist_ok=True)
    with bf.BundleWriter(out, manifest(), pair.private, period="2026") as writer:
        writer.add_records("models", gen(n))
    writer.path.rename(folder / "ours.dvk")


def ours_read(n: int, folder: Path) -> None:
    pair = key_from(folder)
    count = 0
    with bf.open_bundle(
        folder / "ours.dvk", lambda u, i: pair.public_bytes, expected_recipient="42"
    ) as bundle:
        for _ in bundle.iter_records("models"):
            count += 1
    assert count == n


def ours_verify(n: int, folder: Path) -> None:
    pair = key_from(folder)
    m = bf.verify_file(folder / "ours.dvk", lambda u, i: pair.public_bytes, "42")
    assert m.counts["models"] == n


def bare_write(n: int, folder: Path) -> None:
    digest = hashlib.sha256()
    with (
        zipfile.ZipFile(folder / "bare.zip", "w", zipfile.ZIP_DEFLATED) as zf,
        zf.open("payload/models.jsonl", "w", force_zip64=True) as dst,
    ):
        for rec in gen(n):
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode()
            digest.update(line)
            dst.write(line)
    (folder / "bare.sha256").write_text(digest.hexdigest())


def bare_read(n: int, folder: Path) -> None:
    digest = hashlib.sha256()
    count = 0
    tail = b""
    with zipfile.ZipFile(folder / "bare.zip") as zf, zf.open("payload/models.jsonl") as src:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            lines = (tail + chunk).split(b"\n")
            tail = lines.pop()
            for line in lines:
                json.loads(line.decode())
                count += 1
    assert digest.hexdigest() == (folder / "bare.sha256").read_text() and count == n


def gen_only(n: int, folder: Path) -> None:
    for _ in gen(n):
        pass


STEPS = {
    f.__name__.replace("_", "-"): f
    for f in (gen_only, bare_write, ours_write, bare_read, ours_read, ours_verify)
}


def child(step: str, n: int, folder: Path) -> None:
    start = time.perf_counter()
    STEPS[step](n, folder)
    seconds = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_mib": rss_kib / 1024}))


def run(step: str, n: int, folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", step, str(n), str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(sizes: list[int], repeat: int = 3) -> None:
    baseline = run("gen-only", 0, Path(tempfile.gettempdir()))["rss_mib"]
    print(
        f"python {sys.version.split()[0]}; idle child peak RSS {baseline:.1f} MiB; "
        f"median of {repeat} runs"
    )
    print(
        f"{'records':>9} {'step':<12} {'seconds':>8} {'rows/s':>10} {'vs bare':>8} "
        f"{'peak RSS':>9} {'µs/rec':>7}"
    )
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            # Steps interleaved, median of `repeat`: other load on the machine hits all alike.
            runs = [{step: run(step, n, folder) for step in STEPS} for _ in range(repeat)]
            figures = {
                step: {k: statistics.median(r[step][k] for r in runs) for k in runs[0][step]}
                for step in STEPS
            }
            for step, fig in figures.items():
                rate = n / fig["seconds"]
                bare = {
                    "ours-write": "bare-write",
                    "ours-read": "bare-read",
                    "ours-verify": "bare-read",
                }.get(step)
                ratio = f"{figures[bare]['seconds'] / fig['seconds']:.2f}x" if bare else ""
                print(
                    f"{n:>9} {step:<12} {fig['seconds']:>8.2f} {rate:>10,.0f} {ratio:>8} "
                    f"{fig['rss_mib']:>7.1f}Mi {fig['seconds'] / n * 1e6:>7.2f}"
                )
            size = (folder / "ours.dvk").stat().st_size
            print(
                f"{n:>9} bundle size {size / (1 << 20):.1f} MiB "
                f"({size / n:.0f} B/record compressed)"
            )
    print("'vs bare' = bare time / our time (1.00x = as fast as the floor, 0.50x = half).")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
    else:
        main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
