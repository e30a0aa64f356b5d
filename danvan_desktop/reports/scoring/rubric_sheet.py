"""A rubric back to the Excel layout of the guidance tables (STT, Nội dung tiêu chí, Điểm tối
đa, Cách chấm, Tài liệu kiểm chứng), with the columns that say how each criterion is computed,
the classes, the disqualifying conditions and the rubric's details on their own sheets."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.services.scoring import rubric_columns as rc


def _params(c: Mapping[str, Any]) -> str:
    parts = [f"{rc.PARAMS[k]}={_num(c[k])}" for k in rc.PARAMS if k in c]
    if c.get("levels"):
        parts.append(
            "mức=" + ", ".join(f"{_num(lv['min'])}:{_num(lv['points'])}" for lv in c["levels"])
        )
    return "; ".join(parts)


def _num(x: Any) -> str:
    return f"{x:g}" if isinstance(x, int | float) else str(x)


def _rows(criteria: list[Mapping[str, Any]]) -> list[list[object]]:
    out: list[list[object]] = []
    for c in criteria:
        out.append(
            [
                c["code"],
                c["title"],
                float(c["max"]),
                c.get("guidance", ""),
                c.get("evidence", ""),
                c.get("method", "manual"),
                c.get("formula") or c.get("indicator") or "",
                _params(c),
                rc.SCORERS[c.get("scored_by", "unit")],
            ]
        )
        out.extend(_rows(c.get("children", [])))
    return out


def write_rubric_workbook(rubric_data: Mapping[str, Any], out_path: Path) -> Path:
    """`rubric_data` is the rubric file's content (Rubric.raw)."""
    d = rubric_data
    info = []
    for label, key in rc.INFO_FIELDS.items():
        value = d.get(key)
        if key == "tie_break" and value:
            value = ", ".join(value)
        info.append([label, "" if value is None else _num(value)])
    sheets = [
        SheetSpec(
            rc.CRITERIA_SHEET,
            [
                Column(h, w, "number" if h == "Điểm tối đa" else "text", wrap=w >= 30)
                for h, w in rc.CRITERIA_COLUMNS
            ],
            _rows(list(d["criteria"])),
            heading=f"{d['title']}\nPhiên bản {d['version']}",
        ),
        SheetSpec(
            rc.CLASSES_SHEET,
            [
                Column(h, w, "number" if i == 2 else "text")
                for i, (h, w) in enumerate(rc.CLASSES_COLUMNS)
            ],
            [[k["code"], k["label"], float(k["min"])] for k in d["classes"]],
        ),
        SheetSpec(
            rc.CONDITIONS_SHEET,
            [Column(h, w, wrap=True) for h, w in rc.CONDITIONS_COLUMNS],
            [
                [x["code"], x["label"], x["when"], x["max_class"]]
                for x in d.get("disqualifiers", [])
            ],
        ),
        SheetSpec(rc.INFO_SHEET, [Column(h, w, wrap=True) for h, w in rc.INFO_COLUMNS], info),
    ]
    return write_table_workbook(Path(out_path), sheets)
