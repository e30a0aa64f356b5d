"""Revision democracy_tables upgrades a populated database from 0009 (scoring_averages): every
row kept, the five democracy tables created, and the app writes to them straight away."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alembic import command

from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import alembic_config, current_revision, row_counts, upgrade

TABLES = {
    "democracy_event",
    "democracy_publicity",
    "democracy_matter",
    "democracy_charter",
    "democracy_charter_revision",
}


def test_upgrade_from_0009_keeps_every_row_and_adds_the_tables(
    tmp_path: Path, demo_template: Path
) -> None:
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
    before = row_counts(engine)
    assert not TABLES & set(before) and before["dvk_model"] >= 40 and before["petition"] > 0
    result = upgrade(engine)
    assert result.from_revision == "scoring_averages" and result.backup is not None
    after = row_counts(engine)
    engine.dispose()
    for table, n in before.items():
        if table != "alembic_version":
            assert after[table] == n, f"{table}: {n} rows before, {after[table]} after"
    assert all(after[t] == 0 for t in TABLES)

    from danvan_desktop.services import users
    from danvan_desktop.services.context import open_context
    from danvan_desktop.services.democracy import dissemination as E

    ctx = open_context(path)
    try:
        users.authenticate(ctx, "admin", "danvan2026")
        eid = E.create_event(
            ctx,
            E.EventInput("training", dt.date(2026, 5, 4), "Tập huấn", cadres=12, citizens=3),
            dt.date(2026, 5, 5),
        )
        assert E.get_event(ctx, eid).total == 15
    finally:
        ctx.close()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM democracy_event").fetchone()[0] == 1
