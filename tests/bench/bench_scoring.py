"""Scoring speed (issue "Scoring the movement"), figures printed beside their floors.

    .venv/bin/python tests/bench/bench_scoring.py [--communes 170] [--years 10] [--postgres]

1. One commune with 10 years of demo-scale records of every area: all indicators of one year,
   the suggested scores and the class (target < 0.5 s); floor: the bare `SELECT count(*)` of
   the petitions table, the cheapest query any indicator needs, in the same run.
2. A province (79, Hồ Chí Minh City, 168 communes; or --communes from it) with one year of
   demo-like records per commune (tests/bench/province_generator.py): indicators, suggested
   scores and the ranking for every commune (target < 10 s), on SQLite and, with --postgres,
   on a real PostgreSQL server started for the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from danvan_desktop.domain.rulefiles import default_rules_dir  # noqa: E402
from danvan_desktop.domain.scoring.evaluate import evaluate  # noqa: E402
from danvan_desktop.domain.scoring.ranking import rank  # noqa: E402
from danvan_desktop.domain.scoring.rubric import Rubric  # noqa: E402
from danvan_desktop.services import install  # noqa: E402
from danvan_desktop.services.areas import FigureSpan  # noqa: E402
from danvan_desktop.services.context import open_context  # noqa: E402
from danvan_desktop.services.scoring.indicators import compute_values  # noqa: E402
from danvan_desktop.store.petitions import Petition  # noqa: E402
from danvan_desktop.store.units import Unit  # noqa: E402
from tests.bench.province_generator import fill  # noqa: E402

TODAY = dt.date(2026, 11, 20)
RUBRIC = Rubric.load(default_rules_dir() / "rubric_commune_default.json")


def _median(fn, n: int = 5) -> float:  # noqa: ANN001
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def one_commune(folder: Path, years: int) -> None:
    ctx = open_context(folder / "xa.sqlite")
    install.initialise(
        ctx, "18673", "admin", "matkhau123", "Quản trị", [f"Thôn {i}" for i in range(1, 11)]
    )
    t = time.perf_counter()
    rows = fill(ctx, ["18673"], range(TODAY.year - years + 1, TODAY.year + 1))
    print(
        f"[1] one commune, {years} years: {rows:,} records generated in {time.perf_counter() - t:.1f} s"
    )
    span = FigureSpan(
        ("18673",), TODAY.year, dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31), TODAY
    )

    def score() -> None:
        with ctx.read() as s:
            values = compute_values(s, span)["18673"]
        evaluate(RUBRIC, values)

    def floor() -> None:
        with ctx.read() as s:
            s.scalar(select(func.count()).select_from(Petition))

    ours, bare = _median(score), _median(floor)
    print(
        f"    all indicators + suggested scores of one year: {ours * 1000:.0f} ms (target < 500 ms); "
        f"floor (count of petitions) {bare * 1000:.1f} ms"
    )
    ctx.close()


def province(ctx, label: str, communes: int) -> None:  # noqa: ANN001
    install.initialise(ctx, "79", "admin", "matkhau123", "Quản trị tỉnh")
    with ctx.read() as s:
        codes = list(
            s.scalars(select(Unit.code).where(Unit.parent_code == "79", Unit.level == "commune"))
        )
    codes = codes[:communes]
    t = time.perf_counter()
    rows = fill(ctx, codes, [TODAY.year])
    print(
        f"[2] {label}: {len(codes)} communes, {rows:,} records generated in {time.perf_counter() - t:.1f} s"
    )
    span = FigureSpan(
        tuple(codes), TODAY.year, dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31), TODAY
    )

    def score_all() -> None:
        with ctx.read() as s:
            values = compute_values(s, span)
        results = {u: evaluate(RUBRIC, v) for u, v in values.items()}
        rank(RUBRIC, results)

    def floor() -> None:
        with ctx.read() as s:
            s.execute(select(Petition.unit_code, func.count()).group_by(Petition.unit_code)).all()

    ours, bare = _median(score_all, 3), _median(floor, 3)
    print(
        f"    indicators, suggested scores and ranking of {len(codes)} communes: {ours:.2f} s "
        f"(target < 10 s); floor (petitions counted per commune) {bare:.3f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--communes", type=int, default=170)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--postgres", action="store_true")
    args = ap.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_commune(folder, args.years)
        ctx = open_context(folder / "tinh.sqlite")
        province(ctx, "SQLite", args.communes)
        ctx.close()
        if args.postgres:
            from tests.integration.pg_server import PgServer, find_bin_dir

            bin_dir = find_bin_dir()
            if bin_dir is None:
                print("PostgreSQL: no server binaries found (apt-get install postgresql)")
                return
            server = PgServer(bin_dir).start()
            try:
                url = server.create_database()
                ctx = open_context(database_url=url)
                province(ctx, "PostgreSQL", args.communes)
                with ctx.engine.connect() as c:
                    c.execute(text("SELECT 1"))
                ctx.close()
            finally:
                server.stop()


if __name__ == "__main__":
    main()
