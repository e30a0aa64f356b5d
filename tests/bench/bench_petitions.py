"""Benchmark: the petition register and the early-warning screen on 1,000,000 petitions.

Run:  /work/venv/bin/python tests/bench/bench_petitions.py [--rows 1000000] [--db PATH] [--keep]

Generates the petitions with Core executemany into a real SQLite file made by the app's
migrations (the FTS5 index is kept by the triggers, as in use), then times what a person waits
for: opening the list (count + first page), each keystroke of a search (count + first page), a
filter change, and computing the early-warning screen. Prints figures (median of 3 runs).
Target (DESIGN §6): under 200 ms per keystroke.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from danvan_desktop.domain.ids import uuid7  # noqa: E402
from danvan_desktop.domain.text import fold  # noqa: E402
from danvan_desktop.services import early_warning, install, units  # noqa: E402
from danvan_desktop.services import petitions as P  # noqa: E402
from danvan_desktop.services.context import open_context  # noqa: E402
from danvan_desktop.store.petitions import Petition  # noqa: E402

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLES = ["Văn", "Thị", "Đình", "Xuân", "Quang", "Hữu", "Minh", "Công"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Sơn",
    "Tâm",
    "Yến",
]
SUMMARIES = [
    ("Đất đai", "Tranh chấp ranh giới đất với hộ liền kề"),
    ("Đất đai", "Khiếu nại quyết định thu hồi đất làm đường"),
    ("Môi trường", "Phản ánh trang trại lợn gây ô nhiễm nguồn nước"),
    ("Chế độ, chính sách", "Kiến nghị xét hỗ trợ hộ cận nghèo"),
    ("Cán bộ, công chức", "Tố cáo cán bộ gây khó khăn khi làm hồ sơ"),
    ("Xây dựng, trật tự đô thị", "Phản ánh công trình xây dựng trái phép"),
    ("An ninh, trật tự", "Kiến nghị lắp đèn chiếu sáng đường quê"),
]
TYPES = ["complaint", "denunciation", "recommendation", "feedback", "mixed"]
OPEN = ["received", "classified", "accepted", "verifying", "dialogue"]


def generate(ctx, n: int, today: dt.date, seed: int = 1) -> float:  # noqa: ANN001
    rng = random.Random(seed)
    hamlets = [h.code for h in units.hamlets(ctx)]
    now = dt.datetime(2026, 1, 1)
    t0 = time.perf_counter()
    # A bulk load: drop the petition table's indexes and full-text triggers, insert, then build
    # them again in one pass each (what a restore or a first import of a big register would do).
    with ctx.engine.begin() as conn:
        saved = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'petition' AND sql IS NOT NULL "
            "AND type IN ('index', 'trigger')"
        ).all()
        for kind, name, _sql in saved:
            conn.exec_driver_sql(f"DROP {kind.upper()} {name}")
    batch: list[dict] = []
    per_year: dict[int, int] = {}
    for i in range(n):
        received = today - dt.timedelta(days=rng.randint(0, 3650))
        year = received.year
        per_year[year] = per_year.get(year, 0) + 1
        ptype = rng.choice(TYPES)
        field, summary = rng.choice(SUMMARIES)
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
        hamlet = rng.choice(hamlets)
        protected = ptype in ("denunciation", "mixed")
        age = (today - received).days
        # Old cases are resolved; recent ones spread over the open states (a few forgotten).
        if age > 120 or rng.random() < 0.6:
            status, is_open, resolved = (
                "closed",
                False,
                received + dt.timedelta(days=rng.randint(5, 60)),
            )
            resolved = min(resolved, today)
            due = None
            on_time = rng.random() < 0.85
        else:
            status, is_open, resolved, on_time = rng.choice(OPEN), True, None, None
            due = received + dt.timedelta(days=rng.choice([10, 30, 45]))
        text = fold(
            " ".join(
                [
                    f"{per_year[year]:03d}/{year}",
                    summary,
                    field,
                    "thon",
                    *([] if protected else [name]),
                ]
            )
        )
        batch.append(
            dict(
                id=uuid7(),
                unit_code="18673",
                created_at=now,
                updated_at=now,
                revision=1,
                deleted=False,
                change_seq=0,
                updated_by="bench",
                year=year,
                number=per_year[year],
                received_on=received,
                channel="post",
                type=ptype,
                field=field,
                hamlet_code=hamlet,
                summary=summary,
                citizen_name=name,
                citizen_id_no="",
                citizen_address="",
                citizen_phone="",
                identity_protected=protected,
                people_count=1,
                is_crowd=rng.random() < 0.01,
                complexity="normal",
                remote_area=False,
                multi_site=False,
                complaint_round=1,
                handler="Trần Thị Lan",
                from_agency="",
                status=status,
                is_open=is_open,
                accepted_on=None,
                due_on=due,
                due_step="",
                warn_on=due - dt.timedelta(days=4) if due else None,
                last_due_on=due,
                rule_version="vn-don-thu 2019.1",
                extensions=0,
                suspended_on=None,
                paused_days=0,
                resolved_on=resolved,
                closed_on=resolved,
                on_time=on_time,
                outcome="",
                transferred_to="",
                duplicate_of_id=None,
                search_text=text,
                name_key=fold(name),
                address_key="",
                row_no=i + 1,
            )
        )
        if len(batch) == 20000:
            with ctx.engine.begin() as conn:
                conn.execute(insert(Petition), batch)
            batch.clear()
    if batch:
        with ctx.engine.begin() as conn:
            conn.execute(insert(Petition), batch)
    with ctx.engine.begin() as conn:
        for _kind, _name, sql in saved:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            "INSERT INTO petition_fts(rowid, search_text) SELECT row_no, search_text FROM petition"
        )
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - t0


def timed(fn, runs: int = 3) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--keep", action="store_true", help="keep the generated database")
    args = ap.parse_args()
    today = dt.date(2026, 11, 20)
    folder = Path(tempfile.mkdtemp(prefix="bench-petitions-"))
    db = args.db or folder / "bench.sqlite"
    fresh = not db.exists()
    ctx = open_context(db)
    if fresh:
        install.initialise(
            ctx, "18673", "admin", "matkhau123", "Quản trị", [f"Thôn {i}" for i in range(1, 13)]
        )
        secs = generate(ctx, args.rows, today)
        print(
            f"generated {args.rows:,} petitions (Core executemany, then indexes and FTS5 built) in "
            f"{secs:.1f} s "
            f"({args.rows / secs:,.0f} rows/s); file {db.stat().st_size / 2**20:,.0f} MiB"
        )
    total = P.count_petitions(ctx, P.PetitionFilter(today=today))
    print(f"petitions in the register: {total:,}")

    def open_list(f: P.PetitionFilter):  # noqa: ANN202
        # What the list screen does per keystroke: a count (capped when it must scan) and a page.
        return lambda: (
            P.count_petitions(ctx, f, cap=P.COUNT_CAP),
            P.list_petitions(ctx, f, limit=100),
        )

    ms, (n, _rows) = timed(open_list(P.PetitionFilter(today=today)))
    print(f"open the list (count + first 100 rows):           {ms:7.1f} ms  ({n:,} rows)")
    for word in ("nguyen van", "tranh chap ranh", "o nhiem", "123/2024"):
        print(f"typing “{word}”, count + first page per keystroke:")
        worst = 0.0
        for k in range(1, len(word) + 1):
            prefix = word[:k]
            if prefix.endswith(" "):
                continue
            ms, (n, _rows) = timed(open_list(P.PetitionFilter(text=prefix, today=today)))
            worst = max(worst, ms)
            print(f"    {prefix!r:20} {ms:7.1f} ms  ({n:,} hits)")
        print(f"    worst keystroke: {worst:.1f} ms")
    ms, (n, _rows) = timed(
        open_list(P.PetitionFilter(text="nguyen van", status="verifying", today=today))
    )
    print(f"search + status filter:                          {ms:7.1f} ms  ({n:,} rows)")
    for label, f in (
        ("overdue", P.PetitionFilter(deadline="overdue", today=today)),
        ("type = complaint", P.PetitionFilter(type="complaint", today=today)),
        ("received this month", P.PetitionFilter(received_from=today.replace(day=1), today=today)),
        ("hamlet", P.PetitionFilter(hamlet_code=units.hamlets(ctx)[0].code, today=today)),
    ):
        ms, (n, _rows) = timed(open_list(f))
        print(f"filter {label:24}                  {ms:7.1f} ms  ({n:,} rows)")
    ms, _ = timed(
        lambda: P.list_petitions(ctx, P.PetitionFilter(today=today), offset=500_000, limit=100)
    )
    print(f"scroll to row 500,000 (offset page):              {ms:7.1f} ms")
    ms, ew = timed(lambda: early_warning.compute(ctx, today))
    print(
        f"early-warning screen (all figures and lists):     {ms:7.1f} ms  "
        f"(open {ew.open_total:,}, overdue {ew.overdue:,}, on-time {ew.on_time.percent}%)"
    )
    ctx.close()
    if not args.keep and not args.db:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    else:
        print(f"database kept: {db}")


if __name__ == "__main__":
    main()
