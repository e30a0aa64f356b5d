"""Bench: exporting 10,000 models to .xlsx and to PDF vs bare openpyxl write-only / reportlab
tables of the same cells, in the same run.

Run: ``python tests/bench/bench_model_exports.py [n]`` — prints figures; no pass/fail.
Targets (DESIGN §6): within 1.5× of the bare floor.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.domain.text import fold, sort_string
from danvan_desktop.reports import model_register
from danvan_desktop.services import install, models
from danvan_desktop.services.context import open_context
from danvan_desktop.store.model_register import DvkModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report_layout import bare_pdf  # noqa: E402

WORDS = [
    "Dân vận khéo",
    "xây dựng",
    "nông thôn mới",
    "đường giao thông",
    "phụ nữ",
    "thanh niên",
    "an ninh",
    "môi trường",
    "Ngày Chủ nhật xanh",
    "hiến đất",
    "chuyển đổi số",
    "người cao tuổi",
    "khuyến học",
]


def _populate(path: Path, n: int):  # noqa: ANN202
    ctx = open_context(path)
    install.initialise(
        ctx, "18673", "admin", "matkhau123", "Quản trị", ["Thôn A", "Thôn B", "Thôn C"]
    )
    rng = random.Random(7)
    now = utcnow()
    rows = []
    fields = ["economy", "culture_society", "defence_security", "political_system"]
    statuses = ["draft", "registered", "in_progress", "recognised", "maintained"]
    for i in range(n):
        name = f"{' '.join(rng.sample(WORDS, 3)).capitalize()} {i}"
        rows.append(
            dict(
                id=uuid7(),
                unit_code="18673",
                created_at=now,
                updated_at=now,
                revision=1,
                deleted=False,
                change_seq=1,
                kind="model",
                name=name,
                field_code=rng.choice(fields),
                status=rng.choice(statuses),
                year=rng.choice([2024, 2025, 2026]),
                owner_kind="hamlet",
                owner_name=f"Thôn {rng.choice('ABC')}",
                person_name="",
                goals="Nâng cao đời sống nhân dân",
                content="Tuyên truyền, vận động",
                start_date=dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
                budget_vnd=rng.randint(1, 99) * 10**6,
                contributions_vnd=0,
                labour_days=rng.randint(0, 500),
                search_text=fold(name),
                sort_name=sort_string(name),
                **{
                    k: ""
                    for k in (
                        "situation",
                        "criteria",
                        "scope",
                        "beneficiaries",
                        "lead_force",
                        "coordinating_forces",
                        "participating_forces",
                        "milestones",
                        "outputs",
                        "sustainability",
                        "decision_no",
                    )
                },
            )
        )
    with ctx.session() as s:
        s.execute(insert(DvkModel), rows)
    return ctx


def _bare_xlsx(rows: list[list], headers: list[str], out: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sổ mô hình")
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(out)


def _time(fn, repeat: int = 3) -> float:  # noqa: ANN001
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main(n: int = 10_000) -> None:
    folder = Path(tempfile.mkdtemp(prefix="danvan-bench-exports-"))
    ctx = _populate(folder / "bench.sqlite", n)
    f = models.ModelFilter()
    # The same cells both ways: read once from our own iterator.
    t = time.perf_counter()
    xlsx_rows = list(model_register._xlsx_rows(ctx, f, None))
    read = time.perf_counter() - t
    headers = [c.header for c in model_register.XLSX_COLUMNS]
    ours_x = _time(lambda: model_register.export_xlsx(ctx, folder / "ours.xlsx", f))
    bare_x = _time(lambda: _bare_xlsx(xlsx_rows, headers, folder / "bare.xlsx"))
    pdf_rows = [[r[0], r[1], r[3], r[4], str(r[6]), r[7], r[8]] for r in xlsx_rows]
    ours_p = _time(lambda: model_register.export_pdf(ctx, folder / "ours.pdf", f), repeat=1)
    # The floor wraps long cells in Paragraphs like ours does (helper shared with bench_report_layout).
    bare_p = _time(
        lambda: bare_pdf(
            folder / "bare.pdf",
            pdf_rows,
            model_register.PDF_HEADERS,
            model_register.PDF_WIDTHS_MM,
            landscape=True,
        ),
        repeat=1,
    )
    print(f"{n:,} models, {len(headers)} columns in the register")
    print(f"reading the {n:,} models from the database: {read:.2f} s")
    print(
        f"xlsx: ours {ours_x:.2f} s (database read + layout) vs bare openpyxl write-only {bare_x:.2f} s "
        f"(cells already in memory) → {ours_x / bare_x:.2f}×; without the read "
        f"{(ours_x - read) / bare_x:.2f}× "
        "(target ≤ 1.5×)"
    )
    print(
        f"pdf : ours {ours_p:.2f} s vs bare reportlab chunked tables {bare_p:.2f} s → {ours_p / bare_p:.2f}× "
        "(target ≤ 1.5×)"
    )
    ctx.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
