"""An upper level's database leaves out the commune's register indexes, and an import numbers
petitions' local serial itself (no per-row trigger): both for the province's import speed
(tests/bench/bench_province_round_trip.py). The commune keeps every index; imported petitions
keep unique, gap-free serials that continue after the local ones, one FTS row each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from danvan_desktop.services import install
from danvan_desktop.services.context import open_context
from danvan_desktop.store import migrate
from danvan_desktop.store.level_indexes import commune_only_indexes
from danvan_desktop.store.petitions import Petition
from danvan_desktop.sync import exporter, importer
from tests.sync_support import DEMO_PASSWORD, build_province, introduce, open_copy
from tests.upper_level_support import petitions


def _index_names(ctx) -> set[str]:  # noqa: ANN001
    insp = inspect(ctx.engine)
    return {ix["name"] for t in insp.get_table_names() for ix in insp.get_indexes(t)}


def test_declared_commune_only_indexes_are_the_registers() -> None:
    names = {ix.name for ix in commune_only_indexes()}
    assert "ix_petition_received" in names and "ix_petition_name_key" in names
    # what the upper level reads by stays: the unit, the sync sequence, the parent link
    assert not names & {"ix_petition_unit_code", "ix_petition_change_seq"}


def test_province_drops_them_and_commune_keeps_them(tmp_path: Path, ctx) -> None:  # noqa: ANN001
    wanted = {str(ix.name) for ix in commune_only_indexes()}
    assert wanted <= _index_names(ctx)  # the commune (the ctx fixture) has every one
    province = open_context(tmp_path / "tinh.sqlite")
    install.initialise(province, "42", "admin", "matkhau123", "Cán bộ tỉnh")
    have = _index_names(province)
    assert not wanted & have
    assert "ix_petition_unit_code" in have
    province.close()


def test_an_upgrade_drops_them_again_at_the_province(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    province = open_context(tmp_path / "tinh.sqlite")
    install.initialise(province, "42", "admin", "matkhau123", "Cán bộ tỉnh")
    cfg = migrate.alembic_config()
    previous = list(ScriptDirectory.from_config(cfg).walk_revisions())[1].revision
    with province.engine.connect() as conn:  # as an older version's file had it
        conn.execute(text("CREATE INDEX ix_petition_received ON petition (deleted, received_on)"))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
        conn.commit()
    assert "ix_petition_received" in _index_names(province)
    result = migrate.upgrade(province.engine)
    assert result.from_revision == previous and result.to_revision == migrate.head_revision()
    assert "ix_petition_received" not in _index_names(province)
    province.close()


@pytest.fixture
def pair(tmp_path: Path, demo_template: Path):  # noqa: ANN201
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(build_province(tmp_path / "p"), tmp_path / "tinh" / "tinh.sqlite")
    introduce(commune, province, tmp_path / "keys")
    yield commune, province, tmp_path
    commune.close()
    province.close()


def test_imported_petitions_are_numbered_and_indexed_for_search(pair) -> None:  # noqa: ANN001
    commune, province, tmp = pair
    # a petition already there, numbered by the trigger as an insert without row_no is
    petitions(province, "42", [{"received_on": dt.date(2026, 1, 2)}])
    report = importer.import_bundle(
        province, exporter.export_data(commune, tmp / "usb").path, ack_dir=tmp / "acks"
    )
    assert report.status == "applied", report.message
    with province.read() as s:
        serials = list(s.scalars(select(Petition.row_no).order_by(Petition.row_no)))
        n = s.scalar(select(func.count()).select_from(Petition))
        fts = s.execute(text("SELECT count(*) FROM petition_fts")).scalar()
    assert n > 100 and serials == list(range(1, n + 1))  # unique, none missing, none NULL
    assert fts == n
