"""Bench: one scoring-sheet PDF (phiếu tự chấm điểm on the shipped commune rubric) against a bare
reportlab document holding a table of the same cells, in the same run.

Run: ``python tests/bench/bench_score_sheet.py`` (prints figures; no pass/fail).
Target (issue 10): a scoring sheet PDF in under 1 s.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from danvan_desktop.domain.rulefiles import default_rules_dir  # noqa: E402
from danvan_desktop.domain.scoring.evaluate import IndicatorValue as V  # noqa: E402
from danvan_desktop.domain.scoring.evaluate import ManualScore as M  # noqa: E402
from danvan_desktop.domain.scoring.evaluate import evaluate  # noqa: E402
from danvan_desktop.domain.scoring.rubric import Rubric  # noqa: E402
from danvan_desktop.reports.fonts import SERIF, face, register_fonts  # noqa: E402
from danvan_desktop.reports.pdf_layout import format_number  # noqa: E402
from danvan_desktop.reports.scoring import charts  # noqa: E402
from danvan_desktop.reports.scoring import score_sheet as ss  # noqa: E402

REPEATS = 7
VALUES = {
    "bundles_on_time_rate": V(75, 3, 4, "%"),
    "models_registered": V(3),
    "models_recognised": V(2),
    "hamlets_with_model_rate": V(62.5, 5, 8, "%"),
    "models_replicated": V(1),
    "models_reviewed_rate": V(100, 2, 2, "%"),
    "reception_days_chair_rate": V(83.3, 10, 12, "%"),
    "reception_days_secretary_rate": V(100, 12, 12, "%"),
    "dialogues_held": V(2),
    "commitments_on_time_rate": V(80, 4, 5, "%"),
    "petitions_on_time_rate": V(83.9, 183, 218, "%"),
    "complaints_on_time_rate": V(90, 9, 10, "%"),
    "hot_spots": V(0),
    "board_activities": V(4),
    "board_answers_on_time_rate": V(100, 6, 6, "%"),
    "works_supervised": V(3),
    "models_recognised_province": V(1),
    "petitions_overdue": V(2),
    "crowd_complaints_overdue": V(1),
}
MANUAL = {"1.3": M(3.5, "Biên bản hội nghị quán triệt ngày 12/3/2026")}


def make_sheet(with_charts: bool = False) -> ss.ScoreSheet:
    rubric = Rubric.load(default_rules_dir() / "rubric_commune_default.json")
    result = evaluate(rubric, VALUES, MANUAL)
    groups = charts.group_points(result)
    return ss.ScoreSheet(
        "Xã Cẩm Xuyên",
        2026,
        rubric,
        result,
        "Cẩm Xuyên",
        dt.date(2026, 12, 5),
        "Nguyễn Văn An",
        year_figures=charts.pair(groups, {k: v - 1 for k, v in groups.items()})
        if with_charts
        else None,
        province_figures=charts.pair(groups, {k: v * 0.9 for k, v in groups.items()})
        if with_charts
        else None,
    )


def bare_pdf(path: Path, sheet: ss.ScoreSheet) -> None:
    """reportlab alone: one Table of the same cells (Paragraphs, same fonts), no header block,
    no signature, no atomic write."""
    size = 11
    cell = ParagraphStyle("c", fontName=SERIF, fontSize=size, leading=size * 1.2)
    bold = ParagraphStyle("b", parent=cell, fontName=face(SERIF, bold=True))
    head = ["STT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Giải trình"]
    data: list[list[object]] = [[Paragraph(h, bold) for h in head]]
    for r in ss.sheet_rows(sheet):
        st = bold if r.bold else cell
        nums = [format_number(v) if v is not None else "" for v in (r.max_points, r.points)]
        data.append(
            [Paragraph(escape(x), st) for x in (r.stt, r.text, *nums)]
            + [Paragraph(escape(r.note), cell)]
        )
    table = Table(
        data,
        colWidths=[m * mm for m in (11, 63, 16, 16, 59)],
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, size),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        ),
    )
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    ).build([table])


def ours_pdf(path: Path, sheet: ss.ScoreSheet) -> None:
    ss.write_score_sheet_pdf(sheet, path)


def timed(fn: Callable[[Path, ss.ScoreSheet], None], path: Path, sheet: ss.ScoreSheet) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn(path, sheet)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    t0 = time.perf_counter()
    register_fonts()
    sheet = make_sheet()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours_pdf(folder / "cold.pdf", sheet)
        cold = time.perf_counter() - t0
        bare = timed(bare_pdf, folder / "bare.pdf", sheet)
        ours = timed(ours_pdf, folder / "ours.pdf", sheet)
        with_charts = timed(ours_pdf, folder / "charts.pdf", make_sheet(with_charts=True))
        rows = len(ss.sheet_rows(sheet))
    print(f"Scoring sheet PDF, {rows} rows, median of {REPEATS}:")
    print(f"  bare reportlab table (floor)      {bare * 1000:7.0f} ms")
    print(f"  score_sheet.write_score_sheet_pdf {ours * 1000:7.0f} ms  ({ours / bare:4.2f}× floor)")
    print(f"  … with the two charts             {with_charts * 1000:7.0f} ms")
    print(f"  first sheet in a fresh process (fonts, rubric load): {cold * 1000:.0f} ms")
    print("  target: under 1 s")
    print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
