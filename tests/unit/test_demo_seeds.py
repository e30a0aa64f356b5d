"""The demo builds for another commune and another seed (the province demo builds several
communes this way), and nothing it records is dated after the day it is built."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from danvan_desktop import demo
from danvan_desktop.services.context import open_context
from danvan_desktop.store.inspection import BoardRecommendation


def test_another_commune_and_seed_build_with_nothing_in_the_future(tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "xa.sqlite")
    try:
        today = dt.date(2026, 11, 29)
        summary = demo.build_demo(ctx, unit_code="18652", seed=2027, today=today)
        assert "Chấm điểm" in summary
        with ctx.read() as s:
            latest = s.scalar(select(func.max(BoardRecommendation.received_on)))
        assert latest is not None and latest <= today
    finally:
        ctx.close()
