"""Evidence files reach a province kept on a real PostgreSQL server (issue 10): the records in
the server, the files in the province's evidence store, each once; a tampered file refuses the
bundle on PostgreSQL too and leaves neither rows nor files."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from danvan_desktop.services import evidence, models
from danvan_desktop.store.dvk_models import Evidence
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.sync import exporter, importer
from tests.conftest import COMMUNE
from tests.integration.upper_level_suite import open_province
from tests.sync_support import DEMO_PASSWORD, introduce, open_copy

pytestmark = pytest.mark.postgres


def _file(folder: Path, name: str, size: int) -> tuple[Path, str]:
    folder.mkdir(parents=True, exist_ok=True)
    data = b"".join(hashlib.sha256(f"{name}{i}".encode()).digest() for i in range(size // 32 + 1))
    path = folder / name
    path.write_bytes(data[:size])
    return path, hashlib.sha256(data[:size]).hexdigest()


def test_evidence_files_reach_a_postgres_province(
    pg_url: str, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A province on a server has no database file to sit beside: its store is ./danvan-files.
    monkeypatch.chdir(tmp_path)
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_province(pg_url)
    try:
        introduce(commune, province, tmp_path / "keys")
        with commune.read() as s:
            first, second = s.scalars(
                select(DvkModel.id).where(DvkModel.unit_code == COMMUNE).order_by(DvkModel.id)
            ).all()[:2]
        photo, photo_sha = _file(tmp_path / "src", "anh.jpg", 120_000)
        minutes, minutes_sha = _file(tmp_path / "src", "bien-ban.pdf", 20_000)
        models.attach_evidence(commune, first, photo)
        models.attach_evidence(commune, second, photo)
        models.attach_evidence(commune, first, minutes)
        made = exporter.export_data(commune, tmp_path / "usb")
        assert {photo_sha, minutes_sha} <= set(made.files_sent)

        forged = tmp_path / "forged.dvk"
        with zipfile.ZipFile(made.path) as src, zipfile.ZipFile(forged, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == f"files/{minutes_sha}":
                    data = data[::-1]
                dst.writestr(info, data, compress_type=info.compress_type)
        refused = importer.import_bundle(province, forged)
        assert refused.status == "refused" and refused.code == "hash_mismatch"
        assert not province.files_dir.exists() or not any(province.files_dir.rglob("*"))
        with province.read() as s:
            assert s.scalars(select(Evidence).where(Evidence.sha256 == photo_sha)).all() == []

        report = importer.import_bundle(province, made.path, ack_dir=tmp_path / "acks")
        assert report.status == "applied", report.message
        for path, sha in ((photo, photo_sha), (minutes, minutes_sha)):
            assert evidence.evidence_file(province, sha).read_bytes() == path.read_bytes()
        with province.read() as s:
            rows = s.scalars(select(Evidence).where(Evidence.sha256 == photo_sha)).all()
        assert len(rows) == 2  # two records, one file

        assert importer.import_bundle(commune, report.ack.path).status == "applied"
        extra, extra_sha = _file(tmp_path / "src", "bao-cao.pdf", 9_000)
        models.attach_evidence(commune, second, extra)
        models.attach_evidence(commune, second, minutes)
        later = exporter.export_data(commune, tmp_path / "usb")
        assert set(later.files_sent) == {extra_sha}
        assert importer.import_bundle(province, later.path).status == "applied"
        assert evidence.evidence_file(province, extra_sha).read_bytes() == extra.read_bytes()
    finally:
        commune.close()
        province.close()
