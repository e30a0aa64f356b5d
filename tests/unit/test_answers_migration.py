"""Revision answers_tables upgrades a populated database at scoring_averages (the demo commune,
taken back one revision) without losing a row, and the new tables take records at once."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command

from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    row_counts,
    upgrade,
)

NEW = {
    "answer_front_activity",
    "answer_owed",
    "answer_self_inspection",
    "answer_finding",
    "answer_followup",
}


def test_upgrade_a_populated_0009_database(tmp_path: Path, demo_template: Path) -> None:
    from danvan_desktop.services import users
    from danvan_desktop.services.answers import owed
    from danvan_desktop.services.context import open_context

    path = tmp_path / "xa.sqlite"
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
    assert not NEW & set(before)
    assert before["petition"] >= 100 and before["dvk_model"] >= 40
    result = upgrade(engine)
    engine.dispose()
    assert (result.from_revision, result.to_revision) == ("scoring_averages", head_revision())
    after = row_counts(engine)
    for table, n in before.items():
        if table != "alembic_version":
            assert after[table] == n, f"{table}: {n} rows before, {after[table]} after"
    assert all(after[t] == 0 for t in NEW)
    ctx = open_context(path)
    try:
        users.authenticate(ctx, "admin", "danvan2026")
        item = owed.save_item(
            ctx, owed.OwedInput("Đề nghị sửa cầu", dt.date(2026, 7, 20), "voters", "HĐND xã")
        )
        assert owed.get_item(ctx, item, dt.date(2026, 8, 1)).due_on == dt.date(2026, 8, 19)
    finally:
        ctx.close()
