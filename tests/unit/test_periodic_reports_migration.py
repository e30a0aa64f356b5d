"""Revision 0010 (reports_tables): a populated database at 0009 upgrades with every row kept and
the periodic-report tables empty and usable; downgrading drops exactly those tables."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alembic import command

from danvan_desktop.services import users
from danvan_desktop.services.context import open_context
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R
from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade

TABLES = ("periodic_report", "report_narrative", "outgoing_document")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        names = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("sqlite_", "petition_fts", "alembic"))
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_upgrade_from_0009_keeps_every_row(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "cu.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    engine = make_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "scoring_averages")
        conn.commit()
    assert current_revision(engine) == "scoring_averages"
    before = _counts(path)
    assert not set(TABLES) & set(before)
    assert before["petition"] > 100 and before["dvk_model"] > 10  # a populated commune
    result = upgrade(engine)
    assert result.from_revision == "scoring_averages" and result.to_revision == head_revision()
    engine.dispose()
    after = _counts(path)
    assert {k: after[k] for k in before} == before
    assert all(after[t] == 0 for t in TABLES)
    ctx = open_context(path)
    try:
        users.authenticate(ctx, "admin", "danvan2026")
        rid = R.create_report(ctx, periods.make_period("half", 2026), today=dt.date(2026, 11, 20))
        R.update_header(ctx, rid, {"signer_name": "Lê Văn Hùng"})
        assert R.issue(ctx, rid, dt.date(2026, 7, 5)) == "01/BC-UBND"
    finally:
        ctx.close()
