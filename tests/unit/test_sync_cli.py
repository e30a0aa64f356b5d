"""`danvan keys …` and `danvan bundle …` run as an officer would (real subprocesses, real files):
a commune and its province exchange keys, export, verify, import with the ack going back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from danvan_desktop.services.context import open_context
from danvan_desktop.sync import exporter
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.sync_support import DEMO_PASSWORD, build_province, owned_counts, table_digest

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def danvan(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {**ENV, "DANVAN_PASSWORD": password} if password else ENV
    return subprocess.run(
        [sys.executable, "-m", "danvan_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_keys_export_verify_import_and_ack_back(tmp_path: Path, demo_template: Path) -> None:
    xa, tinh = tmp_path / "xa.sqlite", tmp_path / "tinh.sqlite"
    shutil.copyfile(demo_template, xa)
    shutil.copyfile(build_province(tmp_path), tinh)

    for db, name in ((xa, "xa.json"), (tinh, "tinh.json")):
        made = danvan("keys", "export", "--db", str(db), "--out", str(tmp_path / name))
        assert made.returncode == 0, made.stderr
        assert "Dấu vân tay:" in made.stdout
    fingerprint = made.stdout.split("Dấu vân tay:")[1].strip()
    trusted = danvan(
        "keys", "trust", "--db", str(tinh), str(tmp_path / "xa.json"), password=ADMIN_PASSWORD
    )
    assert trusted.returncode == 0 and "Đã đăng ký khóa của đơn vị 18673" in trusted.stdout
    assert (
        danvan(
            "keys", "trust", "--db", str(xa), str(tmp_path / "tinh.json"), password=DEMO_PASSWORD
        ).returncode
        == 0
    )
    listed = danvan("keys", "list", "--db", str(xa))
    assert fingerprint in listed.stdout and "42\t" in listed.stdout

    wrong = danvan(
        "bundle", "export", "--db", str(xa), "--out", str(tmp_path / "usb"), password="sai-mat-khau"
    )
    assert wrong.returncode == 2 and "mật khẩu không đúng" in wrong.stderr
    out = danvan(
        "bundle",
        "export",
        "--db",
        str(xa),
        "--out",
        str(tmp_path / "usb"),
        "--period",
        "2026-Q4",
        password=DEMO_PASSWORD,
    )
    assert out.returncode == 0, out.stderr
    bundle = Path(out.stdout.strip())
    assert bundle.exists() and bundle.name.startswith(f"{COMMUNE}_2026-Q4_000001_")

    ok = danvan("bundle", "verify", str(bundle), "--db", str(tinh))
    assert ok.returncode == 0, ok.stderr
    assert "Hợp lệ" in ok.stdout and "khóa đã đăng ký" in ok.stdout
    damaged = tmp_path / "hong.dvk"
    damaged.write_bytes(bundle.read_bytes()[:-100])
    bad = danvan("bundle", "verify", str(damaged))
    assert bad.returncode == 2 and "bị cắt cụt" in bad.stderr

    before = table_digest(tinh)
    dry = danvan("bundle", "import", "--db", str(tinh), "--dry-run", str(bundle))
    assert dry.returncode == 0 and "Xem trước: mới" in dry.stdout, dry.stderr
    assert table_digest(tinh) == before

    got = danvan(
        "bundle",
        "import",
        "--db",
        str(tinh),
        "--ack-dir",
        str(tmp_path / "acks"),
        str(bundle),
        password=ADMIN_PASSWORD,
    )
    assert got.returncode == 0, got.stderr
    commune = open_context(xa)
    try:
        with commune.read() as s:
            expected = owned_counts(commune, exporter.subtree_codes(s, COMMUNE))
    finally:
        commune.close()
    for entity, n in expected.items():
        if n:
            assert f"  {entity}: mới {n}, cập nhật 0, không đổi 0, xung đột 0 / {n}" in got.stdout
    province = open_context(tinh)
    try:
        with province.read() as s:
            assert owned_counts(province, exporter.subtree_codes(s, COMMUNE)) == expected
    finally:
        province.close()
    ack = Path(got.stdout.split("Gói xác nhận:")[1].split()[0])

    again = danvan("bundle", "import", "--db", str(tinh), str(bundle), password=ADMIN_PASSWORD)
    assert again.returncode == 0 and "đã được nhập" in again.stdout

    back = danvan("bundle", "import", "--db", str(xa), str(ack), password=DEMO_PASSWORD)
    assert back.returncode == 0, back.stderr
    assert "gói xác nhận: 1 gói đã gửi được ghi nhận" in back.stdout
    nothing_new = danvan(
        "bundle", "export", "--db", str(xa), "--out", str(tmp_path / "usb"), password=DEMO_PASSWORD
    )
    incremental = Path(nothing_new.stdout.strip())
    check = danvan("bundle", "verify", str(incremental))
    assert check.returncode == 0 and ", 0 bản ghi," in check.stdout, check.stdout + check.stderr


def test_unknown_sender_needs_trust_new(tmp_path: Path, demo_template: Path) -> None:
    xa, tinh = tmp_path / "xa.sqlite", tmp_path / "tinh.sqlite"
    shutil.copyfile(demo_template, xa)
    shutil.copyfile(build_province(tmp_path), tinh)
    out = danvan(
        "bundle", "export", "--db", str(xa), "--out", str(tmp_path / "usb"), password=DEMO_PASSWORD
    )
    bundle = Path(out.stdout.strip())
    refused = danvan("bundle", "import", "--db", str(tinh), str(bundle), password=ADMIN_PASSWORD)
    assert refused.returncode == 2
    assert "chưa được đăng ký khóa" in refused.stderr and "--trust-new" in refused.stderr
    taken = danvan(
        "bundle", "import", "--db", str(tinh), "--trust-new", str(bundle), password=ADMIN_PASSWORD
    )
    assert taken.returncode == 0, taken.stderr
    listed = danvan("keys", "list", "--db", str(tinh))
    assert "trust_new" in listed.stdout
