"""The ranking of units by their evaluations as an Excel table: rank, unit, total, class, the
base points, bonus and deduction, then each criterion group's subtotal; the tie-break rule of
the rubric is written in words in the heading, so a shared rank can be checked by hand."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.scoring.evaluate import Evaluation
from danvan_desktop.domain.scoring.ranking import describe, rank
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.reports.common import layout_callbacks
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.reports.pdf_layout import format_number

_POINTS = "General"  # 83.5 and 80 as typed, not 80.00


def group_columns(rubric: Rubric) -> list[tuple[str, str]]:
    """(code, header) of each top-level base criterion, e.g. ("4", "4. Giải quyết … (20 đ)")."""
    return [
        (c.code, f"{c.code}. {c.title} ({format_number(c.max_points)} đ)")
        for c in rubric.criteria
        if c.kind == "base"
    ]


def ranking_rows(
    rubric: Rubric,
    evaluations: Mapping[str, Evaluation],
    names: Mapping[str, str] | None = None,
) -> list[list[object]]:
    """One row per unit in rank order (``evaluations`` keyed by unit code; ``names`` shows
    the unit's name instead of its code)."""
    names = names or {}
    groups = [code for code, _ in group_columns(rubric)]
    rows: list[list[object]] = []
    for r in rank(rubric, evaluations):
        ev = evaluations[r.unit]
        by_code = ev.by_code()
        klass = ev.score_class.label if ev.score_class is not None else "Chưa xếp loại"
        if ev.disqualified_by:
            klass += " (hạn chế xếp loại)"
        rows.append(
            [
                r.rank,
                names.get(r.unit, r.unit),
                ev.total,
                klass,
                ev.base,
                ev.bonus,
                ev.deduction,
                *[by_code[g].points if g in by_code else None for g in groups],
            ]
        )
    return rows


def ranking_sheet(
    rubric: Rubric,
    evaluations: Mapping[str, Evaluation],
    *,
    title: str,
    names: Mapping[str, str] | None = None,
) -> SheetSpec:
    columns = [
        Column("Hạng", 7, "int"),
        Column("Đơn vị", 26, wrap=True),
        Column("Tổng điểm", 10, "number", number_format=_POINTS),
        Column("Xếp loại", 16, wrap=True),
        Column("Điểm các tiêu chí", 11, "number", number_format=_POINTS),
        Column("Điểm thưởng", 10, "number", number_format=_POINTS),
        Column("Điểm trừ", 9, "number", number_format=_POINTS),
        *[
            Column(header, 16, "number", wrap=True, number_format=_POINTS)
            for _, header in group_columns(rubric)
        ],
    ]
    heading = (
        f"{title}\n{rubric.title}, phiên bản {rubric.version}\nCách xếp hạng: {describe(rubric)}"
    )
    return SheetSpec(
        "Xếp hạng",
        columns,
        ranking_rows(rubric, evaluations, names),
        heading=heading,
        landscape=True,
    )


def write_ranking_workbook(
    rubric: Rubric,
    evaluations: Mapping[str, Evaluation],
    out_path: Path,
    *,
    title: str,
    names: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the ranking table to ``out_path`` (.xlsx), all-or-nothing.

    ``title``: e.g. "BẢNG XẾP HẠNG KẾT QUẢ CHẤM ĐIỂM PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO" NĂM 2026".
    """
    spec = ranking_sheet(rubric, evaluations, title=title, names=names)
    return write_table_workbook(
        Path(out_path), [spec], **layout_callbacks(progress, "Đang ghi bảng xếp hạng…")
    )


__all__ = ["group_columns", "ranking_rows", "ranking_sheet", "write_ranking_workbook"]
