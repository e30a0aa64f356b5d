"""Revision 0010 (commendations_tables) upgrades a populated 0009 database: the three tables
appear empty, every other row stays, and the commendations area works on the upgraded file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade

TABLES = {"commendation_round", "commendation_proposal", "commendation_decision"}


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [
            n
            for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not n.startswith(("sqlite_", "petition_fts")) and n != "alembic_version"
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_upgrade_from_0009_adds_the_tables_and_keeps_every_row(
    tmp_path: Path, demo_template: Path
) -> None:
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
    assert not TABLES & set(inspect(engine).get_table_names())
    before = _counts(path)
    assert before["dvk_model"] >= 40 and before["scoring_evaluation"] >= 1
    result = upgrade(engine)
    assert (result.from_revision, result.to_revision) == ("scoring_averages", head_revision())
    after = _counts(path)
    assert set(after) >= TABLES and all(after[t] == 0 for t in TABLES)
    assert {t: after[t] for t in before} == before  # later revisions may add tables too
    engine.dispose()

    # the area works on the upgraded database: a round and a proposal for a recognised model
    import datetime as dt

    from danvan_desktop.services import users
    from danvan_desktop.services.commendations import queries, suggest
    from danvan_desktop.services.commendations import records as cr
    from danvan_desktop.services.context import open_context

    ctx = open_context(path)
    try:
        users.authenticate(ctx, "admin", "danvan2026")
        rid = cr.save_round(ctx, cr.RoundInput("Ngày truyền thống công tác dân vận 15/10", 2026)).id
        found = suggest.suggestions(ctx, 2026)
        suggest.create_from_suggestions(ctx, rid, 2026, [found[0].key], today=dt.date(2026, 11, 20))
        assert len(queries.list_proposals(ctx, year=2026)) == 1
    finally:
        ctx.close()
