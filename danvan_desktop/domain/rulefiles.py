"""Loading the rule files in resources/rules (deadlines, holidays): JSON checked by a JSON Schema.

A wrong file must be caught when it is loaded, with a Vietnamese message that names the field,
because officers (or the upper level, through a reference bundle) edit these files by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from danvan_desktop.domain.errors import RuleViolation


class RuleFileError(RuleViolation):
    """A rule file is missing, not JSON, or does not follow its schema."""


def default_rules_dir() -> Path:
    """resources/rules next to the code: PyInstaller build, installed wheel or source checkout.

    The domain layer may not import danvan_desktop.paths, so this mirrors its search order.
    """
    here = Path(__file__).resolve()
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [here.parents[1] / "resources", here.parents[2] / "resources"]
    for root in candidates:
        if (root / "rules").is_dir():
            return root / "rules"
    return candidates[-1] / "rules"


def _where(path: Any) -> str:
    """A JSON path as people read it: versions[1].steps.accept_complaint.limit."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(gốc tệp)"


_TYPE_NAMES = {
    "object": "một đối tượng {…}",
    "array": "một danh sách […]",
    "string": "một chuỗi chữ",
    "integer": "một số nguyên",
    "number": "một số",
    "boolean": "true hoặc false",
}


def _explain(err: ValidationError) -> str:
    """Vietnamese wording of one schema violation (jsonschema's own text is English)."""
    v = err.validator
    if v == "required":
        missing = [name for name in err.validator_value if name not in (err.instance or {})]
        return f"thiếu trường bắt buộc “{missing[0] if missing else err.validator_value}”"
    if v == "type":
        wanted = err.validator_value
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        return "phải là " + " hoặc ".join(_TYPE_NAMES.get(n, n) for n in names)
    if v in ("enum", "const"):
        allowed = err.validator_value if v == "enum" else [err.validator_value]
        choices = ", ".join(json.dumps(a, ensure_ascii=False) for a in allowed)
        return f"giá trị “{err.instance}” không hợp lệ; chỉ nhận: {choices}"
    if v == "minimum":
        return f"phải lớn hơn hoặc bằng {err.validator_value} (đang là {err.instance})"
    if v == "maximum":
        return f"phải nhỏ hơn hoặc bằng {err.validator_value} (đang là {err.instance})"
    if v == "pattern":
        return f"“{err.instance}” không đúng dạng (ngày ghi theo dạng yyyy-mm-dd, ví dụ 2026-07-01)"
    if v == "minItems":
        return f"cần ít nhất {err.validator_value} phần tử"
    if v == "minLength":
        return "không được để trống"
    if v == "additionalProperties":
        known = set(err.schema.get("properties", {}))
        extra = [k for k in err.instance if k not in known]
        return f"có trường không được phép “{extra[0] if extra else '?'}”"
    if v == "propertyNames":
        return "có tên trường không hợp lệ"
    return f"không hợp lệ ({err.message})"


def validate(data: Any, schema: Mapping[str, Any], what: str) -> None:
    """Raise RuleFileError naming the first bad field (by position in the file)."""
    validator = Draft202012Validator(schema)
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (list(map(str, e.path)), e.validator)
    )
    if errors:
        # The deepest error is the most precise one (anyOf/oneOf report at the parent).
        err = max(errors[:5], key=lambda e: len(e.path))
        where = _where(err.path)
        raise RuleFileError(f"Tệp {what} không hợp lệ: trường “{where}” {_explain(err)}.", where)


def load_rule_file(
    source: Path | str | Mapping[str, Any] | None, default_name: str, schema_name: str, what: str
) -> dict[str, Any]:
    """Read (or take) a rule file's data and check it against its schema from the same folder."""
    if isinstance(source, Mapping):
        data: dict[str, Any] = dict(source)
    else:
        path = Path(source) if source is not None else default_rules_dir() / default_name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise RuleFileError(f"Không tìm thấy tệp {what}: {path}") from None
        except json.JSONDecodeError as exc:
            raise RuleFileError(
                f"Tệp {what} ({path.name}) không phải JSON hợp lệ: dòng {exc.lineno}, "
                f"cột {exc.colno}."
            ) from None
    schema_path = default_rules_dir() / schema_name
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validate(data, schema, what)
    return data


def parse_iso_date(text: str, where: str, what: str) -> dt.date:
    """A yyyy-mm-dd date from a rule file; the schema checks the shape, this the calendar."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise RuleFileError(
            f"Tệp {what} không hợp lệ: trường “{where}” có ngày không tồn tại “{text}”.", where
        ) from None
