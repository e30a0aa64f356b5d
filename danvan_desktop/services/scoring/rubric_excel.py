"""Reading a rubric from an Excel sheet laid out like the guidance tables officers receive:
STT, Nội dung tiêu chí, Điểm tối đa, Cách chấm, Tài liệu kiểm chứng (and, from our own export,
how each criterion is computed). The hierarchy comes from the STT (1, 1.1, 1.1.a). A bad cell is
refused with its sheet, row and column; nothing is half-loaded (a Rubric or an error)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from danvan_desktop.domain.rulefiles import RuleFileError, default_rules_dir, validate
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services.scoring import rubric_columns as rc

DEFAULT_CLASSES = [
    {"code": "excellent", "label": "Xuất sắc", "min": 90},
    {"code": "good", "label": "Tốt", "min": 80},
    {"code": "fair", "label": "Khá", "min": 65},
    {"code": "average", "label": "Trung bình", "min": 50},
    {"code": "fail", "label": "Không đạt", "min": 0},
]
_REVERSE_PARAMS = {v: k for k, v in rc.PARAMS.items()} | {k: k for k in rc.PARAMS}
_REVERSE_SCORERS = {v.lower(): k for k, v in rc.SCORERS.items()} | {k: k for k in rc.SCORERS}


def _text(v: Any) -> str:
    return unicodedata.normalize("NFC", str(v)).strip() if v is not None else ""


def _key(v: Any) -> str:
    return re.sub(r"\s+", " ", _text(v)).lower()


class _Sheet:
    def __init__(self, ws: Any, name: str) -> None:
        self.rows = [list(r) for r in ws.iter_rows(values_only=True)]
        self.name = name

    def where(self, row: int, col: int) -> str:
        return f"trang tính “{self.name}”, dòng {row + 1}, cột {get_column_letter(col + 1)}"

    def header(self, first: str) -> tuple[int, dict[str, int]]:
        for i, r in enumerate(self.rows[:30]):
            names = [_key(v) for v in r]
            if first.lower() in names:
                return i, {n: j for j, n in enumerate(names) if n}
        raise RuleFileError(f"Không thấy dòng tiêu đề có cột “{first}” ở trang tính “{self.name}”.")


def _number(sheet: _Sheet, row: int, col: int, value: Any, what: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(điểm)?\s*", _text(value))
    if not m:
        raise RuleFileError(
            f"{what} phải là một số, đang là “{_text(value)}” ({sheet.where(row, col)})."
        )
    return float(m.group(1).replace(",", "."))


def _params(sheet: _Sheet, row: int, col: int, text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        key, sep, value = part.partition("=")
        key = _key(key)
        if not sep:
            raise RuleFileError(
                f"Tham số “{part}” phải viết dạng tên=giá trị ({sheet.where(row, col)})."
            )
        if key == "mức":
            levels = []
            for lv in value.split(","):
                lo, _, pts = lv.partition(":")
                levels.append(
                    {
                        "min": _number(sheet, row, col, lo, "Mức"),
                        "points": _number(sheet, row, col, pts, "Điểm của mức"),
                    }
                )
            out["levels"] = levels
        elif key in _REVERSE_PARAMS:
            out[_REVERSE_PARAMS[key]] = _number(sheet, row, col, value, f"Tham số “{key}”")
        else:
            raise RuleFileError(f"Tham số “{key}” không có ({sheet.where(row, col)}).")
    return out


def _criteria(sheet: _Sheet) -> tuple[list[dict[str, Any]], dict[str, str]]:
    head, cols = sheet.header("STT")
    need = ["stt", "nội dung tiêu chí", "điểm tối đa"]
    for n in need:
        if n not in cols:
            raise RuleFileError(f"Trang tính “{sheet.name}” thiếu cột “{n.capitalize()}”.")
    get = {n: cols.get(_key(h)) for h, _ in rc.CRITERIA_COLUMNS for n in [_key(h)]}
    flat: list[tuple[str, dict[str, Any]]] = []
    places: dict[str, str] = {}
    for i in range(head + 1, len(sheet.rows)):
        r = sheet.rows[i]

        def cell(name: str, r: list[Any] = r) -> Any:
            j = get.get(name)
            return r[j] if j is not None and j < len(r) else None

        code = _text(cell("stt")).rstrip(".")
        title = _text(cell("nội dung tiêu chí"))
        if not code and not title:
            continue
        if not re.fullmatch(r"[0-9A-Za-z]+(\.[0-9A-Za-z]+)*", code):
            raise RuleFileError(
                f"STT “{code}” không đúng dạng 1, 1.1, 1.1.a ({sheet.where(i, 0)})."
            )
        if not title:
            raise RuleFileError(
                f"Tiêu chí {code} chưa có nội dung ({sheet.where(i, get['nội dung tiêu chí'] or 1)})."
            )
        max_col = get["điểm tối đa"] or 2
        points = _number(sheet, i, max_col, cell("điểm tối đa"), f"Điểm tối đa của tiêu chí {code}")
        c: dict[str, Any] = {"code": code, "title": title, "max": points}
        for name, key in (("cách chấm", "guidance"), ("tài liệu kiểm chứng", "evidence")):
            if _text(cell(name)):
                c[key] = _text(cell(name))
        method = _key(cell("phương pháp"))
        if method and method != "manual":
            c["method"] = method
            source = _text(cell("chỉ số hoặc công thức"))
            if re.fullmatch(r"[a-z][a-z0-9_]*", source):
                c["indicator"] = source
            elif source:
                c["formula"] = source
        if _text(cell("tham số")):
            c.update(_params(sheet, i, get["tham số"] or 7, _text(cell("tham số"))))
        scorer = _key(cell("người chấm"))
        if scorer:
            if scorer not in _REVERSE_SCORERS:
                raise RuleFileError(
                    f"Người chấm “{scorer}” không hợp lệ ({sheet.where(i, get['người chấm'] or 8)})."
                )
            c["scored_by"] = _REVERSE_SCORERS[scorer]
        places[code] = f"trang tính “{sheet.name}”, dòng {i + 1}"
        flat.append((code, c))
    if not flat:
        raise RuleFileError(f"Trang tính “{sheet.name}” không có tiêu chí nào.")
    by_code: dict[str, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for code, c in flat:
        parent = code.rsplit(".", 1)[0] if "." in code else None
        if parent is None:
            roots.append(c)
        elif parent in by_code:
            by_code[parent].setdefault("children", []).append(c)
        else:
            raise RuleFileError(
                f"Tiêu chí {code} không có tiêu chí cha {parent} phía trên ({places[code]})."
            )
        by_code[code] = c
    return roots, places


def read_rubric_workbook(path: Path, known: set[str] | None = None) -> Rubric:
    """The rubric in an .xlsx (ours or a guidance table), checked like a JSON rubric file."""
    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True)
    except FileNotFoundError:
        raise RuleFileError(f"Không tìm thấy tệp: {path}") from None
    except Exception:  # openpyxl raises many kinds for a file that is not an .xlsx
        raise RuleFileError(
            f"Tệp {Path(path).name} không phải bảng tính Excel (.xlsx) đọc được."
        ) from None
    try:
        names = {_key(n): n for n in wb.sheetnames}
        main = names.get(_key(rc.CRITERIA_SHEET), wb.sheetnames[0])
        crit = _Sheet(wb[main], main)
        criteria, places = _criteria(crit)
        title = next(
            (_text(r[0]) for r in crit.rows[:5] if r and _text(r[0]) and _key(r[0]) != "stt"), ""
        )
        data: dict[str, Any] = {
            "format": 1,
            "id": re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(path).stem)[:64] or "bo-tieu-chi",
            "title": title.split("\n")[0] or Path(path).stem,
            "version": "1",
            "subject": "unit_year",
            "total_points": sum(
                c["max"] for c in criteria if c.get("method") not in ("bonus", "deduction")
            ),
            "classes": DEFAULT_CLASSES,
        }
        if _key(rc.INFO_SHEET) in names:
            info = _Sheet(wb[names[_key(rc.INFO_SHEET)]], names[_key(rc.INFO_SHEET)])
            labels = {_key(k): v for k, v in rc.INFO_FIELDS.items()}
            for i, r in enumerate(info.rows):
                if len(r) >= 2 and _key(r[0]) in labels and _text(r[1]):
                    key = labels[_key(r[0])]
                    value: Any = _text(r[1])
                    if key in ("total_points", "bonus_cap", "deduction_cap"):
                        value = _number(info, i, 1, r[1], _text(r[0]))
                    elif key == "year":
                        value = int(_number(info, i, 1, r[1], "Năm"))
                    elif key == "tie_break":
                        value = [p.strip() for p in value.split(",") if p.strip()]
                    data[key] = value
        if _key(rc.CLASSES_SHEET) in names:
            sh = _Sheet(wb[names[_key(rc.CLASSES_SHEET)]], names[_key(rc.CLASSES_SHEET)])
            head, _ = sh.header("Mã")
            data["classes"] = [
                {
                    "code": _text(r[0]),
                    "label": _text(r[1]),
                    "min": _number(sh, i, 2, r[2], "Ngưỡng xếp loại"),
                }
                for i, r in enumerate(sh.rows)
                if i > head and r and _text(r[0])
            ]
        if _key(rc.CONDITIONS_SHEET) in names:
            sh = _Sheet(wb[names[_key(rc.CONDITIONS_SHEET)]], names[_key(rc.CONDITIONS_SHEET)])
            head, _ = sh.header("Mã")
            data["disqualifiers"] = [
                {
                    "code": _text(r[0]),
                    "label": _text(r[1]),
                    "when": _text(r[2]),
                    "max_class": _text(r[3]),
                }
                for i, r in enumerate(sh.rows)
                if i > head and r and _text(r[0])
            ]
        data["criteria"] = criteria
    finally:
        wb.close()
    import json

    schema = json.loads((default_rules_dir() / "rubric.schema.json").read_text(encoding="utf-8"))
    try:
        validate(data, schema, "bộ tiêu chí")
        return Rubric.from_dict(data, known)
    except RuleFileError as err:
        m = re.search(r"[Tt]iêu chí ([0-9A-Za-z.]+)", err.message)
        if m and m.group(1).rstrip(".") in places:
            raise RuleFileError(
                f"{err.message} ({places[m.group(1).rstrip('.')]})", err.field
            ) from None
        raise
