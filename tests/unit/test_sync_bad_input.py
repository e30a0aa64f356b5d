"""Bad bundles, each refused with a Vietnamese message naming the reason and the province
database byte-for-byte unchanged; an import killed half-way leaves nothing; confidential
values never leave the commune."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.services import petitions
from danvan_desktop.store.migrate import current_revision
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.store.units import Unit
from danvan_desktop.sync import exporter, importer, keys, trust
from danvan_desktop.sync.bundle_format import Manifest, utc_now_iso
from danvan_desktop.sync.errors import REASONS
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.sync_support import (
    DEMO_PASSWORD,
    build_province,
    db_file,
    introduce,
    open_copy,
    table_digest,
)

OTHER_INSTALL = "may-ngoai"


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_province(tmp_path_factory.mktemp("province"))


@pytest.fixture(scope="module")
def bundles(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path, province_template: Path
) -> dict[str, Any]:
    """One commune (the demo) that exported a full bundle, known to a fresh province copy."""
    folder = tmp_path_factory.mktemp("bundles")
    commune = open_copy(demo_template, folder / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(province_template, folder / "tinh" / "tinh.sqlite")
    introduce(commune, province, folder / "keys")
    province.close()
    good = exporter.export_data(commune, folder / "usb")
    wrong = exporter.export_data(commune, folder / "other", recipient="01")  # Hà Nội
    ident = trust.own_identity(commune)
    commune.close()
    return {
        "good": good,
        "wrong": wrong,
        "province": folder / "tinh" / "tinh.sqlite",
        "commune_key": ident.public_key,
        "commune_install": ident.install_id,
    }


@pytest.fixture
def province(bundles: dict[str, Any], tmp_path: Path):  # noqa: ANN201
    ctx = open_copy(bundles["province"], tmp_path / "tinh" / "tinh.sqlite")
    yield ctx
    ctx.close()


def refused(ctx, path: Path, code: str, **options: Any) -> importer.BundleReport:  # noqa: ANN001
    """Import, expect a refusal with `code`, and prove nothing changed in the database."""
    before = table_digest(db_file(ctx))
    report = importer.import_bundle(ctx, path, ack_dir=path.parent / "acks", **options)
    assert report.status == "refused", report.message
    assert report.code == code, report.message
    assert report.message.startswith(REASONS[code]), report.message
    assert table_digest(db_file(ctx)) == before
    return report


# ---- building bad files ----------------------------------------------------------------------


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def craft(
    path: Path,
    key: Ed25519PrivateKey,
    payloads: dict[str, bytes],
    *,
    sender: str,
    install: str,
    counts: dict[str, int] | None = None,
    **fields: Any,
) -> Path:
    """A bundle written by hand (so it can be wrong in ways our writer never is), signed."""
    base: dict[str, Any] = dict(
        bundle_id=uuid7(),
        kind="data",
        sender_unit=sender,
        sender_install=install,
        recipient_unit="42",
        created_at=utc_now_iso(),
        schema_revision=fields.pop("schema"),
        rubric_version=None,
        rubric_hash=None,
        seq=1,
        prev_bundle_hash=None,
        full=True,
        since_seq=None,
    )
    base.update(fields)
    files = {f"payload/{e}.jsonl": hashlib.sha256(b).hexdigest() for e, b in payloads.items()}
    counts = counts or {e: b.count(b"\n") for e, b in payloads.items()}
    manifest = Manifest(
        **base, counts=dict(sorted(counts.items())), files=dict(sorted(files.items()))
    )
    body = manifest.canonical_bytes()
    data = {f"payload/{e}.jsonl": b for e, b in payloads.items()}
    data["manifest.json"] = body
    data["signature"] = key.sign(body)
    return rezip(path, data)


def key_line(key: Ed25519PrivateKey, unit: str, install: str) -> bytes:
    raw = keys.public_key_bytes(key)
    return (
        json.dumps(trust.sender_key_line(trust.Identity(unit, install, raw, keys.fingerprint(raw))))
        + "\n"
    ).encode()


@pytest.fixture
def outsider(province) -> dict[str, Any]:  # noqa: ANN001
    """A second commune of the province with a trusted key, sending hand-made bundles."""
    with province.session() as s:
        sibling = (
            s.execute(
                select(Unit.code)
                .where(Unit.parent_code == "42", Unit.code != COMMUNE)
                .order_by(Unit.code)
            )
            .scalars()
            .first()
        )
        key = Ed25519PrivateKey.generate()
        trust.trust_key(
            s,
            sibling,
            OTHER_INSTALL,
            keys.public_key_bytes(key),
            source="key_file",
            confirmed_by="admin",
        )
    return {"unit": sibling, "key": key, "schema": current_revision(province.engine)}


def model_line(**changes: Any) -> dict[str, Any]:
    rec = {
        "id": uuid7(),
        "unit_code": "x",
        "revision": 1,
        "deleted": False,
        "created_at": "2026-05-04T03:02:01",
        "updated_at": "2026-05-04T03:02:01",
        "updated_by": "admin",
        "kind": "model",
        "name": "Mô hình thử",
        "field_code": "economy",
        "status": "draft",
        "year": 2026,
    }
    rec.update(changes)
    return rec


def lines(*records: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def send(outsider: dict[str, Any], path: Path, payloads: dict[str, bytes], **fields: Any) -> Path:
    payloads = {
        "sender_key": key_line(outsider["key"], outsider["unit"], OTHER_INSTALL),
        **payloads,
    }
    return craft(
        path,
        outsider["key"],
        payloads,
        sender=outsider["unit"],
        install=OTHER_INSTALL,
        schema=fields.pop("schema", outsider["schema"]),
        **fields,
    )


# ---- the file itself -------------------------------------------------------------------------


def test_truncated_zip(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    data = bundles["good"].path.read_bytes()
    cut = tmp_path / "cut.dvk"
    cut.write_bytes(data[: len(data) // 2])
    refused(province, cut, "truncated")


def test_corrupted_zip(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    path = bundles["good"].path
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:  # damage the middle of the biggest payload's deflate data
        info = max(zf.infolist(), key=lambda i: i.compress_size)
    start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = bytes(64)
    bad = tmp_path / "hong.dvk"
    bad.write_bytes(bytes(data))
    report = refused(province, bad, "corrupted")
    assert "hỏng" in report.message


def test_zip_bomb(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    files = entries(bundles["good"].path)
    files["payload/models.jsonl"] = b"\n" * (40 << 20)  # 40 MiB of newlines, ~40 KiB packed
    report = refused(province, rezip(tmp_path / "bom.dvk", files), "zip_bomb")
    assert "bom nén" in report.message


@pytest.mark.parametrize("name", ["/etc/cron.d/x", "payload/../../x.jsonl", "..\\x.jsonl"])
def test_absolute_or_parent_entry_names(province, bundles, tmp_path: Path, name: str) -> None:  # noqa: ANN001
    files = entries(bundles["good"].path)
    files[name] = b"{}\n"
    refused(province, rezip(tmp_path / "duong-dan.dvk", files), "path_traversal")


def test_flipped_payload_byte(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    files = entries(bundles["good"].path)
    data = bytearray(files["payload/models.jsonl"])
    at = data.index(b'"name":"') + 9
    data[at] ^= 0x01
    files["payload/models.jsonl"] = bytes(data)
    report = refused(province, rezip(tmp_path / "sua.dvk", files), "hash_mismatch")
    assert "models.jsonl" in report.message


def test_valid_bundle_resigned_by_another_key(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    files = entries(bundles["good"].path)
    files["signature"] = Ed25519PrivateKey.generate().sign(files["manifest.json"])
    refused(province, rezip(tmp_path / "ky-lai.dvk", files), "bad_signature")


def test_changed_key_refused_unless_confirmed(province, bundles, tmp_path: Path) -> None:  # noqa: ANN001
    # The whole bundle re-signed with a new key that it also announces: a key change.
    other = Ed25519PrivateKey.generate()
    files = entries(bundles["good"].path)
    manifest = json.loads(files["manifest.json"])
    files["payload/sender_key.jsonl"] = key_line(other, COMMUNE, bundles["commune_install"])
    manifest["files"]["payload/sender_key.jsonl"] = hashlib.sha256(
        files["payload/sender_key.jsonl"]
    ).hexdigest()
    body = Manifest.from_dict(manifest).canonical_bytes()
    files["manifest.json"], files["signature"] = body, other.sign(body)
    path = rezip(tmp_path / "khoa-moi.dvk", files)
    report = refused(province, path, "key_changed")
    assert report.key_notice is not None
    assert report.key_notice.previous_fingerprint == keys.fingerprint(bundles["commune_key"])
    assert report.key_notice.fingerprint in report.message
    # --trust-new is for first contact only; the person's confirmation of this fingerprint is.
    refused(province, path, "key_changed", trust_new=True)
    ok = importer.import_bundle(
        province, path, accept_keys=[report.key_notice.fingerprint], ack_dir=tmp_path / "acks"
    )
    assert ok.status == "applied", ok.message
    assert [k.status for k in trust.list_keys(province) if k.unit_code == COMMUNE] == [
        "superseded",
        "trusted",
    ]


def test_unknown_sender(bundles, province_template: Path, tmp_path: Path) -> None:  # noqa: ANN001
    stranger = open_copy(province_template, tmp_path / "tinh-moi" / "tinh.sqlite")
    try:
        report = refused(stranger, bundles["good"].path, "unknown_sender")
        fp = keys.fingerprint(bundles["commune_key"])
        assert fp in report.message and report.key_notice.fingerprint == fp
        preview = importer.preview_bundle(stranger, bundles["good"].path)
        assert preview.status == "preview" and fp in preview.warnings[0]
        ok = importer.import_bundle(
            stranger, bundles["good"].path, trust_new=True, ack_dir=tmp_path / "acks"
        )
        assert ok.status == "applied", ok.message
        assert [(k.unit_code, k.source) for k in trust.list_keys(stranger)] == [
            (COMMUNE, "trust_new")
        ]
    finally:
        stranger.close()


def test_bundle_addressed_to_another_unit(province, bundles) -> None:  # noqa: ANN001
    report = refused(province, bundles["wrong"].path, "wrong_recipient")
    assert "01" in report.message


def test_replayed_old_seq(province, bundles, demo_template: Path, tmp_path: Path) -> None:  # noqa: ANN001
    assert (
        importer.import_bundle(province, bundles["good"].path, ack_dir=tmp_path / "acks").status
        == "applied"
    )
    # The same commune install restored from a copy made before it exported: a new bundle
    # numbered 1 again.
    again = open_copy(
        bundles["province"].parent.parent / "xa" / "xa.sqlite",
        tmp_path / "xa2" / "xa.sqlite",
        DEMO_PASSWORD,
    )
    try:
        with again.session() as s:  # forget the export: as if restored from an older backup
            from danvan_desktop.store.sync_state import ExportLog

            for row in s.execute(select(ExportLog)).scalars():
                s.delete(row)
        replay = exporter.export_data(again, tmp_path / "replay")
    finally:
        again.close()
    assert replay.seq == 1 and replay.bundle_id != bundles["good"].bundle_id
    report = refused(province, replay.path, "replayed_seq")
    assert "gói số 1" in report.message


def test_future_format_and_schema(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    payload = {"models": lines(model_line(unit_code=outsider["unit"]))}
    report = refused(
        province, send(outsider, tmp_path / "f.dvk", payload, format_version=2), "future_format"
    )
    assert "phiên bản 2" in report.message
    report = refused(
        province,
        send(outsider, tmp_path / "s.dvk", payload, schema="zz_from_the_future"),
        "future_schema",
    )
    assert "zz_from_the_future" in report.message
    # The same bundle with today's schema goes in: the refusals were about the versions.
    ok = importer.import_bundle(
        province, send(outsider, tmp_path / "ok.dvk", payload), ack_dir=tmp_path / "acks"
    )
    assert ok.status == "applied" and ok.entities["models"].new == 1, ok.message


def test_duplicate_uuid_claimed_by_two_owners(province, bundles, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    assert (
        importer.import_bundle(province, bundles["good"].path, ack_dir=tmp_path / "acks").status
        == "applied"
    )
    with province.read() as s:
        taken = (
            s.execute(select(DvkModel.id).where(DvkModel.unit_code == COMMUNE)).scalars().first()
        )
    payload = {
        "models": lines(
            model_line(unit_code=outsider["unit"]), model_line(id=taken, unit_code=outsider["unit"])
        )
    }
    report = refused(province, send(outsider, tmp_path / "trung.dvk", payload), "duplicate_uuid")
    assert taken in report.message and COMMUNE in report.message
    assert [r.record_id for r in report.rejections] == [taken]


def test_record_owned_outside_the_senders_subtree(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    payload = {"models": lines(model_line(unit_code=COMMUNE))}
    report = refused(province, send(outsider, tmp_path / "ngoai.dvk", payload), "foreign_owner")
    assert COMMUNE in report.message


def test_malformed_json_lines(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    payload = {"models": lines(model_line(unit_code=outsider["unit"])) + b'{"id": "x", oops\n'}
    report = refused(province, send(outsider, tmp_path / "json.dvk", payload), "malformed_jsonl")
    assert "dòng 2" in report.message
    wrong_type = {"models": lines(model_line(unit_code=outsider["unit"], year="hai nghìn"))}
    report = refused(province, send(outsider, tmp_path / "kieu.dvk", wrong_type), "bad_record")
    assert "year" in report.message


def test_manifest_counts_disagree_with_payload(province, outsider, tmp_path: Path) -> None:  # noqa: ANN001
    payload = {"models": lines(*(model_line(unit_code=outsider["unit"]) for _ in range(3)))}
    path = send(outsider, tmp_path / "dem.dvk", payload, counts={"sender_key": 1, "models": 5})
    report = refused(province, path, "count_mismatch")
    assert "3" in report.message and "5" in report.message


# ---- a killed import -------------------------------------------------------------------------


def test_killed_import_leaves_database_as_before_and_import_again_completes(
    province, bundles, tmp_path: Path
) -> None:  # noqa: ANN001
    db = db_file(province)
    province.close()
    marker = tmp_path / "applying"
    env = {
        **os.environ,
        "DANVAN_PASSWORD": ADMIN_PASSWORD,
        "PYTHONIOENCODING": "utf-8",
        importer.PAUSE_ENV: str(marker),
    }
    cmd = [
        sys.executable,
        "-m",
        "danvan_desktop",
        "bundle",
        "import",
        "--db",
        str(db),
        "--ack-dir",
        str(tmp_path / "acks"),
        str(bundles["good"].path),
    ]
    before = table_digest(db)
    # The CLI signs in first (that writes user_account.last_login); nothing else may change.
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the import never started applying"
            time.sleep(0.05)
        during = table_digest(db)  # rows are written, but not committed
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    after = table_digest(db)
    assert after == during
    assert {t: d for t, d in after.items() if t != "user_account"} == {
        t: d for t, d in before.items() if t != "user_account"
    }
    assert after["dvk_model"][0] == 0 and after["sync_import"][0] == 0
    env.pop(importer.PAUSE_ENV)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "Đã nhập: mới" in done.stdout and "Gói xác nhận:" in done.stdout
    final = table_digest(db)
    assert final["dvk_model"][0] == bundles["good"].counts["models"]
    assert final["sync_import"][0] == 1


# ---- confidential values never leave ---------------------------------------------------------

SENTINELS = ("Sentinel Nguyễn Tố Cáo", "038099912345", "Số 9 ngõ Bí Mật", "0909000111")


def test_confidential_sentinels_in_no_exported_bundle(
    demo_template: Path, tmp_path: Path, province_template: Path
) -> None:
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(province_template, tmp_path / "tinh" / "tinh.sqlite")
    try:
        introduce(commune, province, tmp_path / "keys")
        name, id_no, address, phone = SENTINELS
        pid = petitions.register_petition(
            commune,
            petitions.PetitionInput(
                received_on=dt.date.today(),
                channel="post",
                type="denunciation",
                summary="Tố cáo việc lấn chiếm đất công",
                citizen_name=name,
                citizen_id_no=id_no,
                citizen_address=address,
                citizen_phone=phone,
            ),
        )
        made = [exporter.export_data(commune, tmp_path / "out")]
        report = importer.import_bundle(province, made[0].path, ack_dir=tmp_path / "out")
        made.append(report.ack)
        importer.import_bundle(commune, report.ack.path)
        detail = petitions.get_petition(commune, pid)
        data = petitions.as_input(detail, petitions.reveal_identity(commune, pid))
        data.summary = "Tố cáo việc lấn chiếm đất công (bổ sung)"
        petitions.update_petition(commune, pid, data)
        made.append(exporter.export_data(commune, tmp_path / "out"))  # incremental
        made.append(exporter.export_data(commune, tmp_path / "out", full=True))
        assert made[2].counts["petitions"] == 1
    finally:
        commune.close()
        province.close()
    scanned = 0
    for result in made:
        raw = result.path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            blobs = [zf.read(i) for i in zf.infolist()]
        for blob in [raw, *blobs]:
            for value in SENTINELS:
                assert value.encode() not in blob, (result.path.name, value)
                folded = value.casefold().encode()
                assert folded not in blob.lower(), (result.path.name, value)
            scanned += len(blob)
    assert scanned > 100_000
    # …while the petition itself did travel (only its identity stayed home).
    assert any(
        b"l\\u1ea5n chi\\u1ebfm" in b or "lấn chiếm".encode() in b
        for r in made
        for b in [entries(r.path).get("payload/petitions.jsonl", b"")]
    )


# ---- the compiled fast path agrees with the checks -------------------------------------------


def test_fast_path_is_never_more_lenient_than_the_checks() -> None:
    """Every mutation the fast path accepts, the slow path (shape check + decode) accepts too
    and gives the same database values; everything else is left to the slow path."""
    import unicodedata

    from danvan_desktop.store.engine import make_engine
    from danvan_desktop.sync._fastpath import compile_params
    from danvan_desktop.sync.bundle_format import check_record_shape
    from danvan_desktop.sync.errors import BundleError
    from danvan_desktop.sync.profiles import spec

    sp = spec("models")
    dialect = make_engine("sqlite://").dialect
    fast = compile_params(sp, dialect)
    procs = {c: sp.table.c[c].type._cached_bind_processor(dialect) for c in sp.columns}
    defaults = sp.insert_defaults()
    base = {c: defaults.get(c) for c in sp.columns} | model_line(
        unit_code=COMMUNE,
        start_date="2026-01-15",
        budget_vnd=5,
        owner_kind="hamlet",
        created_at="2026-05-04T03:02:01.5+00:00",
    )
    base = {k: v for k, v in base.items() if k in sp.columns}
    nfd = unicodedata.normalize("NFD", "Mô hình Dân vận khéo")
    mutations: list[dict[str, Any]] = [
        {},
        {"name": nfd},
        {"name": "x" * 501},
        {"name": 5},
        {"year": "2026"},
        {"year": True},
        {"year": 1 << 63},
        {"deleted": 0},
        {"revision": 0},
        {"revision": 1.0},
        {"id": base["id"].upper()},
        {"id": "not-a-uuid"},
        {"unit_code": "42_001"},
        {"unit_code": None},
        {"start_date": "2026-W03-4"},
        {"start_date": "20260115"},
        {"start_date": "2026-02-30"},
        {"updated_at": "2026-05-04T10:02:01+07:00"},
        {"updated_at": "hôm qua"},
        {"created_at": None},
        {"name": None},
        {"owner_unit_code": None},
        {"budget_vnd": 2.5},
        {"status": ["draft"]},
        {"evaluation_date": "2026-12-01"},
    ]
    accepted = []
    for change in mutations:
        rec = {**base, **change}
        try:
            params = fast(rec)
        except Exception:  # noqa: BLE001 - left to the slow path
            continue
        accepted.append(change)
        check_record_shape("models", rec)  # must not raise
        try:
            values = sp.decode(rec, "thử")
        except BundleError as exc:  # pragma: no cover - the assertion names the mutation
            raise AssertionError(f"fast path accepted {change}: {exc}") from None
        slow = tuple(
            procs[c](values[c]) if procs[c] and values[c] is not None else values[c]
            for c in sp.columns
        )
        assert params == slow, change
    # ISO week dates are dates to both paths (2026-W03-4 is 15/01/2026).
    assert accepted == [
        {},
        {"name": nfd},
        {"start_date": "2026-W03-4"},
        {"owner_unit_code": None},
        {"evaluation_date": "2026-12-01"},
    ]
    missing = dict(base)
    del missing["goals"]
    with pytest.raises(KeyError):
        fast(missing)  # a column missing: the slow path fills its default
