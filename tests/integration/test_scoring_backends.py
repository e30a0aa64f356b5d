"""Indicator values, suggested scores and the ranking are the same on SQLite and PostgreSQL: the
province computes them from its communes' imported records with the same code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.evaluate import evaluate
from danvan_desktop.domain.scoring.ranking import rank
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services import install
from danvan_desktop.services.areas import FigureSpan
from danvan_desktop.services.context import open_context
from danvan_desktop.services.scoring.indicators import catalogue, compute_values
from danvan_desktop.store.units import Unit
from tests.bench.province_generator import fill

TODAY = dt.date(2026, 11, 20)


def figures(ctx) -> tuple[dict, list]:  # noqa: ANN001
    install.initialise(ctx, "42", "admin", "matkhau123", "Quản trị tỉnh")
    with ctx.read() as s:
        codes = list(
            s.scalars(select(Unit.code).where(Unit.parent_code == "42", Unit.level == "commune"))
        )[:6]
    fill(ctx, codes, [2025, 2026])
    span = FigureSpan(tuple(codes), 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
    with ctx.read() as s:
        values = compute_values(s, span)
        drill = {
            (u, k): catalogue()[k].records(s, u, span)
            for u in codes[:2]
            for k in ("petitions_on_time_rate", "models_recognised", "board_activities")
        }
    rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
    results = {u: evaluate(rubric, v) for u, v in values.items()}
    ranked = [(r.unit, r.rank, r.total) for r in rank(rubric, results)]
    return {"values": values, "drill": {k: len(v) for k, v in drill.items()}}, ranked


@pytest.mark.postgres
def test_same_values_scores_and_ranks_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    lite = open_context(tmp_path / "tinh.sqlite")
    pg = open_context(database_url=pg_url)
    try:
        a, ranks_a = figures(lite)
        b, ranks_b = figures(pg)
    finally:
        lite.close()
        pg.close()
    assert a["values"] == b["values"]
    assert a["drill"] == b["drill"] and all(n > 0 for n in a["drill"].values())
    assert ranks_a == ranks_b
    one = next(iter(a["values"].values()))
    assert one["petitions_on_time_rate"].denominator > 0
    assert one["reception_days_chair_rate"].value is not None
