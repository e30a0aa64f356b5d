"""Evidence files travel with the records that cite them (issue 10): a real commune (the demo)
exports a data bundle, its province imports it and opens the files by hash; each file goes
once, not again once acknowledged; a tampered file refuses the whole bundle and leaves nothing;
a file over the province's limit stays home and the export says why."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from danvan_desktop.services import evidence, models
from danvan_desktop.services.scoring import evaluations as ev
from danvan_desktop.store.dvk_models import Evidence
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.store.scoring import ScoringCriterionScore
from danvan_desktop.store.sync_state import ImportLedger
from danvan_desktop.sync import exporter, importer, rollup
from danvan_desktop.sync.bundle_format import open_bundle
from tests.conftest import COMMUNE
from tests.sync_support import DEMO_PASSWORD, build_province, introduce, open_copy

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_province(tmp_path_factory.mktemp("province"))


@pytest.fixture
def world(tmp_path: Path, demo_template: Path, province_template: Path):  # noqa: ANN201
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(province_template, tmp_path / "tinh" / "tinh.sqlite")
    introduce(commune, province, tmp_path / "keys")
    yield commune, province, tmp_path
    commune.close()
    province.close()


def _file(folder: Path, name: str, size: int, seed: str) -> tuple[Path, str]:
    """A file of `size` bytes that does not compress (like a photo); returns (path, sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    data = b"".join(hashlib.sha256(f"{seed}-{i}".encode()).digest() for i in range(size // 32 + 1))[
        :size
    ]
    path = folder / name
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


def _models(ctx, n: int) -> list[str]:  # noqa: ANN001
    with ctx.read() as s:
        return list(
            s.scalars(
                select(DvkModel.id)
                .where(DvkModel.unit_code == COMMUNE, DvkModel.deleted.is_(False))
                .order_by(DvkModel.id)
                .limit(n)
            )
        )


def _stored(ctx) -> list[Path]:  # noqa: ANN001
    """Every file in the evidence store, temps included (a refusal must leave none)."""
    root = ctx.files_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _cite_in_score(ctx, path: Path) -> None:  # noqa: ANN001
    """A criterion score citing a file put into the evidence store (as the scoring screen does)."""
    sha, _size = evidence.store_file(ctx.files_dir, path)
    eid = ev.open_year(ctx, 2026)
    ev.set_score(
        ctx,
        eid,
        "1.3",
        4,
        note="Có kế hoạch, biên bản",
        evidence=[{"kind": "file", "sha256": sha, "name": path.name}],
        today=TODAY,
    )


def test_files_travel_once_byte_identical_and_not_resent_after_ack(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    src = tmp / "anh"
    photo, photo_sha = _file(src, "anh-hop-dan.jpg", 300_000, "photo")
    minutes, minutes_sha = _file(src, "bien-ban.pdf", 40_000, "minutes")
    plan, plan_sha = _file(src, "ke-hoach.docx", 12_000, "plan")
    first_model, second_model = _models(commune, 2)
    models.attach_evidence(commune, first_model, photo)
    models.attach_evidence(commune, second_model, photo)  # the same photo cited twice
    models.attach_evidence(commune, first_model, minutes)
    _cite_in_score(commune, plan)  # cited only by the criterion score

    first = exporter.export_data(commune, tmp / "usb")
    mine = {photo_sha, minutes_sha, plan_sha}
    assert set(first.files_sent) == mine
    assert first.files_sent[photo_sha] == 300_000
    with zipfile.ZipFile(first.path) as zf:
        entries = [i.filename for i in zf.infolist() if i.filename.startswith("files/")]
        manifest = json.loads(zf.read("manifest.json"))
    assert sorted(entries) == sorted(f"files/{h}" for h in mine)  # each content once
    assert manifest["attachments"][minutes_sha] == 40_000
    # The demo's own evidence rows cite files this copy's store does not hold: reported.
    assert all(reason == "tệp không còn trong kho minh chứng" for *_, reason in first.files_skipped)

    report = importer.import_bundle(province, first.path, ack_dir=tmp / "acks")
    assert report.status == "applied", report.message
    assert report.files == 3 and report.message.endswith("tệp minh chứng 3")
    for path, sha in ((photo, photo_sha), (minutes, minutes_sha), (plan, plan_sha)):
        opened = evidence.evidence_file(province, sha)
        assert opened is not None and opened.read_bytes() == path.read_bytes()
    assert evidence.evidence_file(province, "0" * 64) is None
    assert evidence.evidence_file(province, "../../etc/passwd") is None
    assert not [p for p in _stored(province) if p.name.startswith(".incoming")]
    with province.read() as s:  # the score citing the file arrived beside it
        cited = s.scalars(
            select(ScoringCriterionScore.evidence).where(ScoringCriterionScore.code == "1.3")
        ).all()
    assert any(plan_sha in text for text in cited)

    # The ack comes back: the next incremental export leaves out what it acknowledged.
    assert importer.import_bundle(commune, report.ack.path).status == "applied"
    new_file, new_sha = _file(src, "bao-cao.pdf", 25_000, "report")
    models.attach_evidence(commune, first_model, new_file)
    models.attach_evidence(commune, second_model, minutes)  # cites an acknowledged file again
    second = exporter.export_data(commune, tmp / "usb")
    assert not second.full
    assert set(second.files_sent) == {new_sha}  # the acknowledged minutes do not go again
    again = importer.import_bundle(province, second.path, ack_dir=tmp / "acks")
    assert again.status == "applied", again.message
    assert evidence.evidence_file(province, new_sha).read_bytes() == new_file.read_bytes()

    # A full export sends everything again.
    full = exporter.export_data(commune, tmp / "usb", full=True)
    assert {photo_sha, minutes_sha, plan_sha, new_sha} <= set(full.files_sent)


def _tamper(bundle: Path, sha: str, out: Path) -> Path:
    """The same zip with one file's bytes changed (same size); manifest and signature kept."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == f"files/{sha}":
                data = bytes([data[0] ^ 0xFF]) + data[1:]
            dst.writestr(info, data, compress_type=info.compress_type)
    return out


def test_a_tampered_file_refuses_the_whole_bundle_and_leaves_no_file(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    src = tmp / "anh"
    good, good_sha = _file(src, "a.jpg", 50_000, "good")
    bad, bad_sha = _file(src, "b.jpg", 50_000, "bad")
    model_id = _models(commune, 1)[0]
    models.attach_evidence(commune, model_id, good)
    models.attach_evidence(commune, model_id, bad)
    made = exporter.export_data(commune, tmp / "usb")
    assert {good_sha, bad_sha} <= set(made.files_sent)
    forged = _tamper(made.path, bad_sha, tmp / made.path.name.replace(".dvk", "-x.dvk"))
    # Structure, signature and sizes still pass: only the file's hash tells.
    with open_bundle(forged, lambda *_: _pub(commune), expected_recipient=None) as b:
        assert bad_sha in b.attachments

    preview = importer.preview_bundle(province, forged)
    assert preview.status == "refused" and preview.code == "hash_mismatch", preview.message
    report = importer.import_bundle(province, forged)
    assert report.status == "refused" and report.code == "hash_mismatch"
    assert bad_sha in report.message
    assert _stored(province) == []  # not even the good file, nor a temp
    with province.read() as s:
        assert s.scalars(select(ImportLedger)).all() == []
        assert s.scalars(select(Evidence).where(Evidence.sha256 == good_sha)).all() == []

    # A preview of the untouched bundle checks the files and keeps none; the import keeps all.
    assert importer.preview_bundle(province, made.path).status == "preview"
    assert _stored(province) == []
    ok = importer.import_bundle(province, made.path)
    assert ok.status == "applied", ok.message
    assert evidence.evidence_file(province, good_sha).read_bytes() == good.read_bytes()


def _pub(ctx) -> bytes:  # noqa: ANN001
    from danvan_desktop.sync import trust

    return trust.own_identity(ctx).public_key


def test_a_file_over_the_province_limit_stays_home_and_the_export_says_why(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    evidence.set_file_limits(province, max_file_mb=0.05, max_bundle_mb=0.1)  # 50 KiB, 100 KiB
    down = rollup.export_reference(province, tmp / "down", unit=COMMUNE)[0]
    assert importer.import_bundle(commune, down.path).status == "applied"

    src = tmp / "anh"
    big, big_sha = _file(src, "video-hoi-nghi.mp4", 80_000, "big")
    small, small_sha = _file(src, "anh-nho.jpg", 30_000, "small")
    other, other_sha = _file(src, "anh-khac.jpg", 45_000, "other")
    model_id = _models(commune, 1)[0]
    big_id = models.attach_evidence(commune, model_id, big)
    models.attach_evidence(commune, model_id, small)
    models.attach_evidence(commune, model_id, other)

    made = exporter.export_data(commune, tmp / "usb")
    skipped = {sha: (name, reason) for name, sha, reason in made.files_skipped}
    assert skipped[big_sha][0] == "video-hoi-nghi.mp4"
    assert skipped[big_sha][1] == "tệp nặng 78 KB, vượt giới hạn 51 KB mỗi tệp"
    sent = set(made.files_sent)
    assert big_sha not in sent and small_sha in sent
    # 30 KB + 45 KB fit 100 KiB; the per-bundle limit is what the other would hit beyond.
    assert sum(made.files_sent.values()) <= 100 * 1024

    with zipfile.ZipFile(made.path) as zf:  # the signed manifest marks the file not sent
        held = json.loads(zf.read("manifest.json"))["withheld"]
    assert held[big_sha] == "video-hoi-nghi.mp4: tệp nặng 78 KB, vượt giới hạn 51 KB mỗi tệp"
    assert small_sha not in held

    report = importer.import_bundle(province, made.path)
    assert report.status == "applied", report.message
    assert evidence.evidence_file(province, big_sha) is None  # the record came, not the file
    assert any("video-hoi-nghi.mp4: tệp nặng 78 KB" in w for w in report.warnings)
    with province.read() as s:  # and the ledger keeps the warning for the appraiser
        kept = s.scalars(select(ImportLedger.warnings)).one()
    assert "video-hoi-nghi.mp4" in kept
    with province.read() as s:
        assert s.get(Evidence, big_id).sha256 == big_sha
    assert evidence.evidence_file(province, small_sha).read_bytes() == small.read_bytes()
    assert other_sha in sent


def test_the_bundle_limit_defers_files_to_a_later_bundle(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    evidence.set_file_limits(province, max_file_mb=0.05, max_bundle_mb=0.06)
    down = rollup.export_reference(province, tmp / "down", unit=COMMUNE)[0]
    assert importer.import_bundle(commune, down.path).status == "applied"
    src = tmp / "anh"
    model_id = _models(commune, 1)[0]
    shas = []
    for i in range(3):
        path, sha = _file(src, f"anh-{i}.jpg", 30_000, f"p{i}")
        models.attach_evidence(commune, model_id, path)
        shas.append(sha)
    made = exporter.export_data(commune, tmp / "usb")
    assert len([s for s in shas if s in made.files_sent]) == 2
    deferred = [(sha, r) for _n, sha, r in made.files_skipped if sha in shas]
    assert len(deferred) == 1 and "gói sau" in deferred[0][1]
    report = importer.import_bundle(province, made.path, ack_dir=tmp / "acks")
    assert report.status == "applied", report.message
    assert evidence.evidence_file(province, deferred[0][0]) is None

    # After the ack, the next bundle carries no record of them but the deferred file, alone.
    assert importer.import_bundle(commune, report.ack.path).status == "applied"
    later = exporter.export_data(commune, tmp / "usb")
    assert not later.full and set(later.files_sent) == {deferred[0][0]}
    assert importer.import_bundle(province, later.path).status == "applied"
    assert evidence.evidence_file(province, deferred[0][0]) is not None
    assert all(evidence.evidence_file(province, sha) is not None for sha in shas)


def test_limits_refuse_nonsense(world) -> None:  # noqa: ANN001
    _commune, province, _tmp = world
    from danvan_desktop.domain.errors import RuleViolation

    with pytest.raises(RuleViolation, match="không vượt giới hạn cả gói"):
        evidence.set_file_limits(province, max_file_mb=30, max_bundle_mb=20)
    assert evidence.FileLimits.from_json('{"max_file_bytes": -1, "max_bundle_bytes": 5}') is None
    assert evidence.FileLimits.from_json("không phải JSON") is None


def test_the_province_sets_limits_from_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ADMIN_PASSWORD

    db = tmp_path / "tinh.sqlite"
    db.write_bytes(build_province(tmp_path).read_bytes())
    env = {**os.environ, "PYTHONPATH": str(Path.cwd()), "DANVAN_PASSWORD": ADMIN_PASSWORD}

    def run(*args: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "danvan_desktop", "bundle", "limits", "--db", str(db), *args]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)

    bad = run("--file-mb", "30", "--bundle-mb", "20")
    assert bad.returncode != 0 and "không vượt giới hạn cả gói" in bad.stderr
    ok = run("--file-mb", "10", "--bundle-mb", "150")
    assert ok.returncode == 0, ok.stderr
    assert "10 MB mỗi tệp, 150 MB mỗi gói" in ok.stdout
    with sqlite3.connect(db) as con:
        (content,) = con.execute(
            "SELECT content FROM reference_document WHERE kind = 'limits'"
        ).fetchone()
    assert evidence.FileLimits.from_json(content) == evidence.FileLimits(10 << 20, 150 << 20)
