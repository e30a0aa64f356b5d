"""Revision plans_tables upgrades a populated database at scoring_averages: every row kept, the
plans tables created empty and usable."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from danvan_desktop.services.context import open_context
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import alembic_config, current_revision, row_counts, upgrade

PLAN_TABLES = {
    "plan_directive",
    "plan_received_directive",
    "plan",
    "plan_item",
    "plan_progress",
    "steering_committee",
    "steering_member",
    "movement_funding",
}


def test_upgrade_from_scoring_averages_keeps_rows(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    engine = make_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "scoring_averages")
        conn.commit()
    assert current_revision(engine) == "scoring_averages"
    assert not PLAN_TABLES & set(inspect(engine).get_table_names())
    before = row_counts(engine)
    assert before["dvk_model"] >= 40 and before["petition"] > 0
    result = upgrade(engine)
    assert result.from_revision == "scoring_averages"
    after = row_counts(engine)
    for table, n in before.items():
        if table != "alembic_version":
            assert after[table] == n, table
    assert set(after) >= PLAN_TABLES and all(after[t] == 0 for t in PLAN_TABLES)
    engine.dispose()
    ctx = open_context(path)
    try:
        pid = svc.save_plan(
            ctx,
            svc.PlanInput(
                "Kế hoạch sau nâng cấp", 2026, "UBND xã", "1/KH-UBND", dt.date(2026, 3, 1), True
            ),
            today=dt.date(2026, 11, 20),
        )
        assert svc.get_plan(ctx, pid).number == "1/KH-UBND"
    finally:
        ctx.close()
