"""A rubric (bộ tiêu chí) as data: the tree of criteria, their methods, classes and
disqualifying conditions (DESIGN §4, DOMAIN §6).

A rubric file is JSON checked by `resources/rules/rubric.schema.json`; `Rubric.from_dict` then
checks what a schema cannot (unique codes, children's points adding up, formulas safe and over
known indicators, class thresholds in order) and names the criterion and field at fault.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.rulefiles import RuleFileError, load_rule_file
from danvan_desktop.domain.scoring import formula as fx


class Method(StrEnum):
    MANUAL = "manual"
    YES_NO = "yes_no"
    LEVELS = "levels"
    RATIO = "ratio"
    COUNT = "count"
    DEDUCTION = "deduction"
    BONUS = "bonus"

    @property
    def label(self) -> str:
        return {
            "manual": "Chấm trực tiếp",
            "yes_no": "Có / không",
            "levels": "Theo mức",
            "ratio": "Tỷ lệ so với chỉ tiêu",
            "count": "Đếm theo bậc",
            "deduction": "Trừ điểm",
            "bonus": "Điểm thưởng",
        }[self.value]


#: methods that compute from data; bonus and deduction may also be typed by hand
_NEEDS_SOURCE = {Method.YES_NO, Method.LEVELS, Method.RATIO, Method.COUNT}


class Subject(StrEnum):
    UNIT_YEAR = "unit_year"  # a commune's year (self-assessment, appraisal, ranking)
    MODEL = "model"  # one model or exemplar (the council's appraisal)


class ScoredBy(StrEnum):
    UNIT = "unit"
    UPPER = "upper"


@dataclass(frozen=True)
class Level:
    min: float
    points: float


@dataclass(frozen=True)
class Criterion:
    code: str  # "1", "1.1", "1.1.a"
    title: str
    max_points: float
    method: Method = Method.MANUAL
    indicator: str | None = None  # the value comes from this indicator …
    formula: fx.Formula | None = None  # … or from this formula over indicators
    target: float | None = None  # ratio: the value that earns every point
    step: float | None = None  # ratio: per this much below the target …
    points_per_step: float = 1.0  # … lose this many points
    per: float = 1.0  # count/deduction/bonus: per this many …
    points_each: float = 1.0  # … this many points
    levels: tuple[Level, ...] = ()
    evidence: str = ""  # what evidence the criterion requires
    guidance: str = ""  # how to score (Cách chấm), as written in the guidance table
    scored_by: ScoredBy = ScoredBy.UNIT
    children: tuple[Criterion, ...] = ()

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    @property
    def kind(self) -> str:
        """ "base", "bonus" or "deduction": which total its points go to."""
        if self.method is Method.BONUS:
            return "bonus"
        if self.method is Method.DEDUCTION:
            return "deduction"
        return "base"

    @property
    def computed(self) -> bool:
        return self.method is not Method.MANUAL and (self.indicator or self.formula) is not None

    def names(self) -> set[str]:
        if self.formula is not None:
            return set(self.formula.names)
        return {self.indicator} if self.indicator else set()


@dataclass(frozen=True)
class ScoreClass:
    code: str  # "excellent"
    label: str  # "Xuất sắc"
    min_points: float  # "từ … điểm trở lên": exactly on the threshold is this class


@dataclass(frozen=True)
class Disqualifier:
    code: str
    label: str  # "Để xảy ra khiếu nại đông người quá hạn chưa giải quyết"
    when: fx.Formula  # true -> the class is at most `max_class`
    max_class: str


@dataclass(frozen=True)
class Rubric:
    id: str
    title: str
    legal_basis: str
    version: str
    year: int | None
    subject: Subject
    total_points: float
    bonus_cap: float
    deduction_cap: float
    classes: tuple[ScoreClass, ...]  # best first
    disqualifiers: tuple[Disqualifier, ...]
    criteria: tuple[Criterion, ...]
    tie_break: tuple[str, ...] = ("total", "deduction", "base")
    tie_break_note: str = ""
    template_note: str = ""
    content_hash: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def walk(self) -> Iterator[Criterion]:
        """Every criterion, depth first, in the file's order."""
        stack = list(reversed(self.criteria))
        while stack:
            c = stack.pop()
            yield c
            stack.extend(reversed(c.children))

    def leaves(self) -> list[Criterion]:
        return [c for c in self.walk() if not c.is_group]

    def criterion(self, code: str) -> Criterion:
        for c in self.walk():
            if c.code == code:
                return c
        raise KeyError(code)

    def indicator_names(self) -> set[str]:
        out: set[str] = set()
        for c in self.walk():
            out |= c.names()
        for d in self.disqualifiers:
            out |= set(d.when.names)
        return out

    def score_class(self, code: str) -> ScoreClass:
        for k in self.classes:
            if k.code == code:
                return k
        raise KeyError(code)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], known_indicators: set[str] | None = None) -> Rubric:
        return _build(data, known_indicators)

    @classmethod
    def load(cls, source: Path | str | Mapping[str, Any], known: set[str] | None = None) -> Rubric:
        data = load_rule_file(source, "", "rubric.schema.json", "bộ tiêu chí")
        return _build(data, known)


_DEFAULTS = {"method": "manual", "scored_by": "unit"}


def _canonical(value: Any) -> Any:
    """The same content written differently (5 or 5.0, a default spelled out or left out, an
    empty note) canonicalises the same, so a rubric read back from Excel keeps its hash."""
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            v = _canonical(v)
            if v in ("", [], None) or _DEFAULTS.get(k) == v:
                continue
            out[k] = v
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def content_hash(data: Mapping[str, Any]) -> str:
    """sha256 of the canonical JSON: two files with the same content have the same hash."""
    canon = json.dumps(_canonical(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def _num(value: Any) -> float:
    return float(value)


def _criterion(
    d: Mapping[str, Any], path: str, known: set[str] | None, seen: set[str]
) -> Criterion:
    code = str(d["code"]).strip()
    where = f"tiêu chí {code}"
    if code in seen:
        raise RuleFileError(f"Bộ tiêu chí có hai tiêu chí cùng mã “{code}”.", path)
    seen.add(code)
    method = Method(d.get("method", "manual"))
    children = tuple(
        _criterion(ch, f"{path}.children[{i}]", known, seen)
        for i, ch in enumerate(d.get("children", ()))
    )
    max_points = _num(d["max"])
    formula = None
    if d.get("formula"):
        formula = fx.parse(d["formula"], f"{where}, trường formula", known)
    indicator = d.get("indicator")
    if indicator and known is not None and indicator not in known:
        raise RuleFileError(f"{where.capitalize()}: chỉ số “{indicator}” chưa có.", path)
    if children:
        base = sum(c.max_points for c in children if c.kind == "base")
        if method is not Method.MANUAL:
            raise RuleFileError(
                f"{where.capitalize()} có tiêu chí con nên không có cách chấm riêng.", path
            )
        if base and abs(base - max_points) > 1e-9:
            raise RuleFileError(
                f"{where.capitalize()}: điểm tối đa {max_points:g} khác tổng điểm các tiêu chí "
                f"con {base:g}.",
                path,
            )
    elif method in _NEEDS_SOURCE and not (indicator or formula):
        raise RuleFileError(
            f"{where.capitalize()} chấm theo “{method.label}” nên cần chỉ số (indicator) hoặc "
            "công thức (formula).",
            path,
        )
    levels = tuple(Level(_num(lv["min"]), _num(lv["points"])) for lv in d.get("levels", ()))
    if method is Method.LEVELS and not levels:
        raise RuleFileError(f"{where.capitalize()} chấm theo mức nhưng chưa có mức nào.", path)
    if any(lv.points > max_points for lv in levels):
        raise RuleFileError(f"{where.capitalize()}: một mức cho nhiều điểm hơn điểm tối đa.", path)
    if method is Method.RATIO and d.get("target") in (None, 0):
        raise RuleFileError(f"{where.capitalize()} chấm theo tỷ lệ nhưng thiếu chỉ tiêu.", path)
    return Criterion(
        code=code,
        title=str(d["title"]).strip(),
        max_points=max_points,
        method=method,
        indicator=indicator,
        formula=formula,
        target=_num(d["target"]) if d.get("target") is not None else None,
        step=_num(d["step"]) if d.get("step") is not None else None,
        points_per_step=_num(d.get("points_per_step", 1)),
        per=_num(d.get("per", 1)),
        points_each=_num(d.get("points", 1)),
        levels=tuple(sorted(levels, key=lambda lv: lv.min, reverse=True)),
        evidence=str(d.get("evidence", "")),
        guidance=str(d.get("guidance", "")),
        scored_by=ScoredBy(d.get("scored_by", "unit")),
        children=children,
    )


def _build(data: Mapping[str, Any], known: set[str] | None) -> Rubric:
    seen: set[str] = set()
    try:
        criteria = tuple(
            _criterion(c, f"criteria[{i}]", known, seen) for i, c in enumerate(data["criteria"])
        )
        base = sum(c.max_points for c in criteria if c.kind == "base")
        total = _num(data["total_points"])
        if abs(base - total) > 1e-9:
            raise RuleFileError(
                f"Tổng điểm các tiêu chí ({base:g}) khác tổng điểm của bộ tiêu chí ({total:g}).",
                "total_points",
            )
        classes = tuple(
            sorted(
                (ScoreClass(k["code"], k["label"], _num(k["min"])) for k in data["classes"]),
                key=lambda k: k.min_points,
                reverse=True,
            )
        )
        codes = {k.code for k in classes}
        if len(codes) != len(classes):
            raise RuleFileError("Hai mức xếp loại trùng mã.", "classes")
        disq = []
        for i, d in enumerate(data.get("disqualifiers", ())):
            if d["max_class"] not in codes:
                raise RuleFileError(
                    f"Điều kiện “{d['label']}”: mức xếp loại “{d['max_class']}” không có trong "
                    "danh sách xếp loại.",
                    f"disqualifiers[{i}].max_class",
                )
            disq.append(
                Disqualifier(
                    d["code"],
                    d["label"],
                    fx.parse(d["when"], f"điều kiện “{d['label']}”", known),
                    d["max_class"],
                )
            )
    except fx.FormulaError:
        raise
    except RuleViolation:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleFileError(f"Bộ tiêu chí không hợp lệ: {exc}.") from None
    return Rubric(
        id=str(data["id"]),
        title=str(data["title"]),
        legal_basis=str(data.get("legal_basis", "")),
        version=str(data["version"]),
        year=int(data["year"]) if data.get("year") is not None else None,
        subject=Subject(data.get("subject", "unit_year")),
        total_points=total,
        bonus_cap=_num(data.get("bonus_cap", 0)),
        deduction_cap=_num(data.get("deduction_cap", total)),
        classes=classes,
        disqualifiers=tuple(disq),
        criteria=criteria,
        tie_break=tuple(data.get("tie_break", ("total", "deduction", "base"))),
        tie_break_note=str(data.get("tie_break_note", "")),
        template_note=str(data.get("template_note", "")),
        content_hash=content_hash(data),
        raw=dict(data),
    )
