"""The province's averages at the commune (issue 10): the published appraisal brings them down,
the commune's year view reads them, the PDF draws the commune against them, and a database from
before revision 0009 keeps its appraisals (with no averages) on upgrade."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from danvan_desktop.reports.scoring import score_sheet as ss
from danvan_desktop.services.scoring import overview
from danvan_desktop.store.engine import make_engine, sqlite_url
from danvan_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade
from danvan_desktop.store.scoring import ScoringAppraisal
from tests.unit.test_scoring_documents import pdf_text

AVERAGES = {"1": 11.5, "2": 12.25, "3": 10.0, "4": 14.0, "5": 9.0, "6": 3.5, "total": 61.75}


def rolled_up(ctx, averages: dict[str, float]) -> str:  # noqa: ANN001
    """The demo's published 2025 appraisal as a newer rollup leaves it: with the averages."""
    with ctx.session() as s:
        a = s.scalars(select(ScoringAppraisal).where(ScoringAppraisal.year == 2025)).one()
        a.averages = json.dumps(averages)
        return a.evaluation_id


def test_the_commune_view_reads_the_averages_it_received(demo_ctx) -> None:  # noqa: ANN001
    rolled_up(demo_ctx, {})  # an appraisal published before averages travelled
    before = overview.year_view(demo_ctx, 2025)
    assert (
        before.averages == {}
        and overview.figures(before.card, None, before.received).province == {}
    )
    rolled_up(demo_ctx, AVERAGES)
    view = overview.year_view(demo_ctx, 2025)
    assert view.averages == AVERAGES
    shown = overview.figures(view.card, view.last_year, view.received)
    assert shown.year == {}  # the demo has no 2024
    groups = {k.partition(". ")[0]: v for k, v in shown.province.items()}
    assert list(groups) == ["1", "2", "3", "4", "5", "6"]
    claimed = view.card.result.by_code()
    # The province marked 1.3 down from 3 to 2: the commune's bar is its appraised group.
    assert groups["1"] == (claimed["1"].points - 1, 11.5)
    assert groups["6"] == (claimed["6"].points, 3.5)
    # 2026 against 2025: the year pairs, and no province figures (nothing published yet).
    now = overview.year_view(demo_ctx, 2026)
    pairs = overview.figures(now.card, now.last_year, now.received)
    assert pairs.province == {}
    assert pairs.year["6. Sơ kết, tổng kết, biểu dương, khen thưởng"] == (
        now.card.result.by_code()["6"].points,
        claimed["6"].points,
    )


def test_the_pdf_draws_the_commune_against_the_province_average(demo_ctx, tmp_path: Path) -> None:  # noqa: ANN001
    eid = rolled_up(demo_ctx, {})
    _, pages = pdf_text(ss.export_scorecard_pdf(demo_ctx, eid, tmp_path / "truoc.pdf"))
    assert "bình quân toàn tỉnh" not in " ".join(pages).lower()  # no averages, no chart
    rolled_up(demo_ctx, AVERAGES)
    _, pages = pdf_text(ss.export_scorecard_pdf(demo_ctx, eid, tmp_path / "sau.pdf"))
    text = " ".join(pages)
    assert "BIỂU ĐỒ SO SÁNH THEO NHÓM TIÊU CHÍ" in text
    assert "Điểm theo nhóm tiêu chí năm 2025:" in text
    assert "so với bình quân toàn tỉnh" in text and "Bình quân toàn tỉnh" in text
    assert "12,25" in text and "11,5" in text  # the averages on their bars, decimal comma
    assert pages[-1].rstrip().endswith("Nguyễn Văn Quản")  # the signature still closes it


def test_upgrade_from_0008_keeps_the_appraisals_without_averages(
    tmp_path: Path, demo_template: Path
) -> None:
    path = tmp_path / "cu.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o644)
    engine = make_engine(sqlite_url(path))
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "evidence_sent_files")
        conn.commit()
    assert current_revision(engine) == "evidence_sent_files"
    with sqlite3.connect(path) as con:
        columns = {r[1] for r in con.execute("PRAGMA table_info(scoring_appraisal)")}
        before = con.execute("SELECT id, total, rank, criteria FROM scoring_appraisal").fetchall()
    assert "averages" not in columns and len(before) == 1
    result = upgrade(engine)
    assert result.to_revision == head_revision()
    engine.dispose()
    with sqlite3.connect(path) as con:
        after = con.execute(
            "SELECT id, total, rank, criteria, averages FROM scoring_appraisal"
        ).fetchall()
    assert [r[:4] for r in after] == before and after[0][4] == ""
