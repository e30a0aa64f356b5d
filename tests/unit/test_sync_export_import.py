"""Export → import → ack → import the ack back, between a real commune database (the demo) and
its province (unit 42), with every count checked; incremental after an ack; re-import; gaps;
a conflict between two installs of one commune."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from danvan_desktop.services import install, models
from danvan_desktop.services.context import open_context
from danvan_desktop.store.audit import CHANGE_SEQ
from danvan_desktop.store.base import AuditEntry, Counter
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.store.sync_state import ExportLog, ImportLedger
from danvan_desktop.sync import conflicts, exporter, importer
from danvan_desktop.sync.bundle_format import open_bundle
from danvan_desktop.sync.profiles import synced_specs
from tests.conftest import ADMIN_PASSWORD, COMMUNE
from tests.sync_support import (
    DEMO_PASSWORD,
    build_province,
    db_file,
    introduce,
    open_copy,
    owned_counts,
    rename_model,
    table_digest,
)


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


def _model_ids(ctx) -> list[str]:  # noqa: ANN001
    with ctx.read() as s:
        return list(
            s.execute(
                select(DvkModel.id)
                .where(DvkModel.unit_code == COMMUNE, DvkModel.deleted.is_(False))
                .order_by(DvkModel.id)
            ).scalars()
        )


def test_round_trip_counts_ack_incremental_and_reimport(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    # a read session, closed at once: a bare `sessions()` left open held the write lock (BEGIN
    # IMMEDIATE) until the garbage collector freed it, and the export then waited 30 s for it
    with commune.read() as s:
        owners = exporter.subtree_codes(s, COMMUNE)
    expected = owned_counts(commune, owners)
    assert expected["models"] >= 40 and expected["petitions"] >= 100 and expected["unit"] >= 10

    first = exporter.export_data(commune, tmp / "usb")
    assert first.full and first.since_seq is None and first.seq == 1
    assert first.recipient == "42" and first.path.name.startswith(f"{COMMUNE}_")
    assert {e: n for e, n in first.counts.items() if e != "sender_key"} == expected

    report = importer.import_bundle(province, first.path, ack_dir=tmp / "acks")
    assert report.status == "applied", report.message
    for entity, n in expected.items():
        c = report.entities[entity]
        assert (c.manifest, c.new, c.updated, c.unchanged, c.conflicts) == (n, n, 0, 0, 0), entity
    assert owned_counts(province, owners) == expected  # every row arrived, per entity
    assert report.backup is not None and report.backup.exists()
    with province.read() as s:
        ledger = s.execute(select(ImportLedger)).scalar_one()
        assert (ledger.bundle_id, ledger.seq, ledger.n_new) == (
            first.bundle_id,
            1,
            sum(expected.values()),
        )
        assert json.loads(ledger.counts) == expected
        assert ledger.period == first.period and ledger.ack_bundle_id == report.ack.bundle_id
        # one summary audit row for the new records, none per record
        audit = s.execute(select(AuditEntry).where(AuditEntry.action == "import")).scalars().all()
        assert [a.record_id for a in audit] == [first.bundle_id]
        # imported rows are stamped change_seq 0: they are not the province's own changes
        assert s.execute(select(func.max(DvkModel.change_seq))).scalar_one() == 0

    # The ack goes back and marks the export; the next incremental carries only the changes.
    ack = importer.import_bundle(commune, report.ack.path)
    assert ack.status == "applied" and ack.extras["acks"] == 1, ack.message
    with commune.read() as s:
        row = s.execute(
            select(ExportLog).where(ExportLog.bundle_id == first.bundle_id)
        ).scalar_one()
        assert row.acked_at is not None and row.ack_bundle_id == report.ack.bundle_id

    ids = _model_ids(commune)
    rename_model(commune, ids[0], "Mô hình đổi tên sau lần gửi đầu")
    new_id = models.create_model(
        commune,
        models.ModelInput(
            name="Mô hình mới sau khi nhận xác nhận", field_code="economy", year=2026
        ),
    )
    second = exporter.export_data(commune, tmp / "usb")
    assert (second.full, second.since_seq, second.seq) == (False, 1, 2)
    carried = {e: n for e, n in second.counts.items() if n and e != "sender_key"}
    assert carried == {"models": 2}

    again = importer.import_bundle(province, second.path, ack_dir=tmp / "acks")
    assert again.status == "applied", again.message
    c = again.entities["models"]
    assert (c.new, c.updated, c.unchanged, c.conflicts) == (1, 1, 0, 0)
    with province.read() as s:
        assert s.get(DvkModel, ids[0]).name == "Mô hình đổi tên sau lần gửi đầu"
        assert s.get(DvkModel, new_id) is not None
        # the update is audited field by field
        audit = s.execute(select(AuditEntry).where(AuditEntry.record_id == ids[0])).scalar_one()
        assert json.loads(audit.changes)["name"][1] == "Mô hình đổi tên sau lần gửi đầu"

    # Importing the same bundle again changes nothing and says so.
    before = table_digest(db_file(province))
    repeat = importer.import_bundle(province, first.path)
    assert repeat.status == "already_imported" and "đã được nhập" in repeat.message
    assert table_digest(db_file(province)) == before


def test_folder_import_in_seq_order_and_gap_reported(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    ids = _model_ids(commune)
    b1 = exporter.export_data(commune, tmp / "b1")
    r1 = importer.import_bundle(province, b1.path, ack_dir=tmp / "acks")
    assert r1.status == "applied"
    importer.import_bundle(commune, r1.ack.path)

    rename_model(commune, ids[1], "Đổi tên lần một")
    b2 = exporter.export_data(commune, tmp / "lost")  # never reaches the province
    rename_model(commune, ids[2], "Đổi tên lần hai")
    b3 = exporter.export_data(commune, tmp / "b3")
    assert (b2.seq, b3.seq, b3.since_seq) == (2, 3, 1)  # b2 was never acknowledged

    r3 = importer.import_bundle(province, b3.path, ack_dir=tmp / "acks")
    assert r3.status == "applied", r3.message
    assert r3.missing_seqs == [2]
    assert any("Chưa nhận gói số 2" in w for w in r3.warnings)
    with province.read() as s:  # b3 carries everything since the ack of 1: nothing is lost
        assert s.get(DvkModel, ids[1]).name == "Đổi tên lần một"
        assert s.get(DvkModel, ids[2]).name == "Đổi tên lần hai"
        assert json.loads(
            s.execute(select(ImportLedger.missing_seqs).where(ImportLedger.seq == 3)).scalar_one()
        ) == [2]

    # A province restored from before bundle 1 cannot take bundle 3 (it only carries changes
    # since 1): refused, naming what is missing, and nothing changes.
    fresh = open_copy(_before_first_import(province), tmp / "tinh2" / "tinh.sqlite")
    try:
        before = table_digest(db_file(fresh))
        gap = importer.import_bundle(fresh, b3.path)
        assert gap.status == "refused" and gap.code == "seq_gap"
        assert "chưa nhận gói số 1, 2" in gap.message
        assert table_digest(db_file(fresh)) == before
        # A folder of bundles in any listing order is applied 1, 2, 3.
        folder = tmp / "all"
        folder.mkdir()
        for b in (b3, b2, b1):
            shutil.copy(b.path, folder / b.path.name)
        reports = importer.import_bundles(fresh, [folder], ack_dir=tmp / "acks2")
        assert [r.manifest.seq for r in reports] == [1, 2, 3]
        assert [r.status for r in reports] == ["applied"] * 3
    finally:
        fresh.close()


def _before_first_import(province) -> Path:  # noqa: ANN001
    """The automatic backup the first import made: the province as it was before."""
    from danvan_desktop.store.backup import list_backups

    return list_backups(db_file(province))[0]


def test_conflict_between_two_installs_of_one_commune(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    # A second computer of the same commune: its own install and key.
    other = open_context(tmp / "may2" / "xa.sqlite")
    try:
        install.initialise(other, COMMUNE, "admin", ADMIN_PASSWORD)
        introduce(commune, other, tmp / "keys2")
        introduce(other, province, tmp / "keys3")
        # Machine 1 hands its records to machine 2 (a bundle addressed to the commune itself).
        share = exporter.export_data(commune, tmp / "share", recipient=COMMUNE)
        got = importer.import_bundle(other, share.path, ack_dir=tmp / "acks")
        assert got.status == "applied" and got.total("new") > 100, got.message
        mid = _model_ids(commune)[3]
        base_rev = models.get_model(other, mid).revision

        # Both edit the same model apart.
        rename_model(commune, mid, "Tên sửa ở máy 1")
        rename_model(other, mid, "Tên sửa ở máy 2")
        again = exporter.export_data(commune, tmp / "share2", recipient=COMMUNE)
        seen = importer.import_bundle(other, again.path, ack_dir=tmp / "acks")
        assert seen.status == "applied", seen.message
        assert seen.entities["models"].conflicts == 1
        assert models.get_model(other, mid).name == "Tên sửa ở máy 2"  # nothing overwritten
        [conflict] = conflicts.list_conflicts(other)
        assert conflict.record_id == mid and conflict.entity == "models"
        assert ("name", "Tên sửa ở máy 2", "Tên sửa ở máy 1") in conflict.differences

        # Upstairs: both machines send; equal revisions with other content land in the register.
        up1 = exporter.export_data(commune, tmp / "up")
        up2 = exporter.export_data(other, tmp / "up")
        assert importer.import_bundle(province, up1.path).status == "applied"
        r2 = importer.import_bundle(province, up2.path)
        assert r2.status == "applied", r2.message
        assert r2.entities["models"].conflicts == 1
        assert [c.record_id for c in conflicts.list_conflicts(province)] == [mid]
        with province.read() as s:
            assert s.get(DvkModel, mid).name == "Tên sửa ở máy 1"

        # A person takes machine 1's version at machine 2: a revision above both, a local
        # change that travels on.
        conflicts.resolve(other, conflict.id, "incoming", "Thống nhất theo máy 1")
        detail = models.get_model(other, mid)
        assert detail.name == "Tên sửa ở máy 1" and detail.revision == base_rev + 2
        assert conflicts.list_conflicts(other) == []
        with other.read() as s:
            seq = s.get(Counter, CHANGE_SEQ).value
            assert s.get(DvkModel, mid).change_seq == seq
    finally:
        other.close()


def test_tombstones_travel_and_confidential_columns_stay(world) -> None:  # noqa: ANN001
    commune, province, tmp = world
    from danvan_desktop.store.petitions import Petition

    b1 = exporter.export_data(commune, tmp / "usb")
    with open_bundle(b1.path, lambda u, i: _key(commune), expected_recipient="42") as bundle:
        rec = next(bundle.iter_records("petitions"))
        assert "citizen_name" not in rec and "citizen_id_no" not in rec and "change_seq" not in rec
        assert set(rec) == set(next(s for s in synced_specs() if s.name == "petitions").columns)
    assert importer.import_bundle(province, b1.path).status == "applied"
    with province.read() as s:
        names = set(s.execute(select(Petition.citizen_name)).scalars())
        assert names == {""}  # the province never learns who wrote


def _key(ctx) -> bytes:  # noqa: ANN001
    from danvan_desktop.sync import trust

    return trust.own_identity(ctx).public_key
