"""Alembic migrations: empty → head, populated → head with nothing lost, newer refused,
a failed migration leaves the file as it was, backups before every upgrade."""

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from danvan_desktop.paths import migrations_dir
from danvan_desktop.store.backup import list_backups
from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import (
    DatabaseTooNew,
    MigrationFailed,
    alembic_config,
    current_revision,
    head_revision,
    row_counts,
    upgrade,
)
from danvan_desktop.store.schema import metadata


def _engine(path: Path):  # noqa: ANN202
    return make_engine(sqlite_url(path))


def test_empty_to_head_creates_every_table(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "a.sqlite")
    result = upgrade(engine)
    assert result.from_revision is None and result.to_revision == head_revision()
    assert current_revision(engine) == head_revision()
    assert set(metadata.tables) <= set(row_counts(engine))
    assert result.backup is None  # nothing to back up in a new file


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "a.sqlite")
    upgrade(engine)
    with engine.connect() as conn:
        # SQLite FTS5 search indexes (virtual tables and their shadow tables) are not ORM tables.
        opts = {
            "compare_type": True,
            "include_name": lambda name, kind, _parent: (
                not (kind == "table" and "_fts" in (name or ""))
            ),
        }
        diffs = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diffs == [], f"ORM tables and migrations differ: {diffs}"


def test_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"


def test_upgrade_from_previous_revision_keeps_every_row_and_backs_up(
    tmp_path: Path, demo_template: Path
) -> None:
    """The newest revision upgrades a populated database from the one before, losing nothing."""
    from alembic import command

    cfg = alembic_config()
    revisions = list(reversed(list(ScriptDirectory.from_config(cfg).walk_revisions())))
    if len(revisions) < 2:
        pytest.skip("only one revision: there is no previous revision to upgrade from")
    path = tmp_path / "walk.sqlite"
    shutil.copyfile(demo_template, path)
    engine = _engine(path)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revisions[-2].revision)
        conn.commit()
    assert current_revision(engine) == revisions[-2].revision
    before = row_counts(engine)
    assert before["dvk_model"] >= 40
    result = upgrade(engine)
    after = row_counts(engine)
    assert result.from_revision == revisions[-2].revision and result.to_revision == head_revision()
    for table, n in before.items():
        if table != "alembic_version":
            assert after[table] == n, f"{table}: {n} rows before, {after[table]} after"
    assert result.backup is not None and result.backup.exists()
    assert list_backups(path) == [result.backup]
    with sqlite3.connect(result.backup) as con:
        assert (
            con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == revisions[-2].revision
        )


def test_backups_keep_the_last_ten(tmp_path: Path, demo_template: Path) -> None:
    from danvan_desktop.store.backup import backup_sqlite

    path = tmp_path / "k.sqlite"
    shutil.copyfile(demo_template, path)
    made = [backup_sqlite(path, f"n{i}") for i in range(12)]
    kept = list_backups(path)
    assert len(kept) == 10
    assert kept == made[2:]
    with sqlite3.connect(kept[-1]) as con:
        assert con.execute("SELECT COUNT(*) FROM dvk_model").fetchone()[0] >= 40


def test_database_newer_than_app_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    engine = _engine(path)
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future_9999'")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="phiên bản phần mềm mới hơn"):
        upgrade(_engine(path))
    assert path.read_bytes() == before


def test_failed_migration_leaves_file_as_it_was(tmp_path: Path, demo_template: Path) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        textwrap.dedent(f'''
        import sqlalchemy as sa
        from alembic import op
        revision = "9999_broken"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None
        def upgrade():
            op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
            with op.batch_alter_table("dvk_model") as batch:
                batch.add_column(sa.Column("extra", sa.String(), nullable=True))
            op.execute("UPDATE dvk_model SET name = 'hỏng'")
            raise RuntimeError("migration bug")
        def downgrade():
            pass
    '''),
        encoding="utf-8",
    )
    path = tmp_path / "d.sqlite"
    shutil.copyfile(demo_template, path)
    engine = _engine(path)
    before = row_counts(engine)
    with engine.connect() as conn:
        names_before = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM dvk_model ORDER BY id")
        ]
    with pytest.raises(MigrationFailed, match="dữ liệu được giữ nguyên") as info:
        upgrade(engine, script_location=scripts)
    assert info.value.backup is not None and info.value.backup.exists()
    assert current_revision(engine) == head
    assert row_counts(engine) == before
    with engine.connect() as conn:
        tables = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        names_after = [r[0] for r in conn.exec_driver_sql("SELECT name FROM dvk_model ORDER BY id")]
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(dvk_model)")]
    assert "half_done" not in tables
    assert not any(t.startswith("_alembic_tmp") for t in tables)
    assert "extra" not in columns
    assert names_after == names_before
