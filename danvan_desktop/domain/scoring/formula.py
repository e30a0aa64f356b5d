"""Formulas in a rubric file, evaluated safely.

A rubric arrives from the upper level in a bundle or is typed by an officer, so a formula is
untrusted text. It is parsed with `ast` and checked against a whitelist before anything runs:
numbers, indicator names, arithmetic, comparisons, `and`/`or`/`not` and `a if c else b`. Calls,
attributes, subscripts, comprehensions, lambdas and anything else are refused with the line and
column at fault; so is a formula over 2,000 characters or nested deeper than 30 levels. `eval` is
never used: the checked tree is walked by `_eval` below.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from danvan_desktop.domain.errors import RuleViolation

MAX_LENGTH = 2_000
MAX_DEPTH = 30
MAX_POWER = 100  # `**` larger than this is refused at run time (10**10**10 would never end)

_BINOPS: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[float], float | bool]] = {
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
    ast.Not: operator.not_,
}
_COMPARE: dict[type[ast.cmpop], Callable[[float, float], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_WHAT = {
    ast.Call: "gọi hàm",
    ast.Attribute: "truy cập thuộc tính",
    ast.Subscript: "truy cập phần tử",
    ast.Lambda: "hàm lambda",
    ast.ListComp: "vòng lặp",
    ast.SetComp: "vòng lặp",
    ast.DictComp: "vòng lặp",
    ast.GeneratorExp: "vòng lặp",
    ast.NamedExpr: "phép gán",
    ast.Starred: "dấu *",
    ast.JoinedStr: "chuỗi định dạng",
}


class FormulaError(RuleViolation):
    """A formula that may not run, with where it fails."""


@dataclass(frozen=True)
class Formula:
    """A checked formula: its text, the indicator names it reads, and its tree."""

    text: str
    names: frozenset[str]
    tree: ast.Expression

    def evaluate(self, values: Mapping[str, float | None]) -> float | None:
        """The value, or None when an indicator it needs has no value (nothing to judge on)."""
        if any(values.get(n) is None for n in self.names):
            return None
        try:
            result = _eval(self.tree.body, values)
        except ZeroDivisionError:
            return None
        except (OverflowError, ValueError) as exc:
            raise FormulaError(
                f"Công thức “{self.text}” cho kết quả không tính được: {exc}."
            ) from None
        if isinstance(result, bool):
            return 1.0 if result else 0.0
        if not math.isfinite(result):
            raise FormulaError(f"Công thức “{self.text}” không cho ra một số.")
        return float(result)


def parse(text: str, where: str = "", known: frozenset[str] | set[str] | None = None) -> Formula:
    """Check `text` and return it compiled; `known` restricts the indicator names allowed."""
    label = f" ({where})" if where else ""
    if not text.strip():
        raise FormulaError(f"Công thức{label} để trống.", where)
    if len(text) > MAX_LENGTH:
        raise FormulaError(
            f"Công thức{label} dài {len(text):,} ký tự, quá giới hạn {MAX_LENGTH:,}.".replace(
                ",", "."
            ),
            where,
        )
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, ValueError) as exc:
        col = getattr(exc, "offset", None)
        at = f" ở cột {col}" if col else ""
        raise FormulaError(f"Công thức{label} sai cú pháp{at}: “{text}”.", where) from None
    except RecursionError:
        raise FormulaError(f"Công thức{label} lồng quá sâu.", where) from None
    names: set[str] = set()
    _check(tree.body, names, 1, text, label, where)
    if known is not None:
        unknown = sorted(names - set(known))
        if unknown:
            raise FormulaError(
                f"Công thức{label} dùng chỉ số chưa có: {', '.join(unknown)}.", where
            )
    return Formula(text.strip(), frozenset(names), tree)


def _check(node: ast.AST, names: set[str], depth: int, text: str, label: str, where: str) -> None:
    if depth > MAX_DEPTH:
        raise FormulaError(f"Công thức{label} lồng quá {MAX_DEPTH} tầng.", where)
    at = f"cột {getattr(node, 'col_offset', 0) + 1}"
    if isinstance(node, ast.Constant):
        if isinstance(node.value, int | float):  # bool is an int
            return
        raise FormulaError(f"Công thức{label}, {at}: chỉ được dùng số, không dùng chữ.", where)
    if isinstance(node, ast.Name):
        if node.id.startswith("_"):
            raise FormulaError(f"Công thức{label}, {at}: tên “{node.id}” không hợp lệ.", where)
        names.add(node.id)
        return
    children: list[ast.AST]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        children = [node.left, node.right]
    elif isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        children = [node.operand]
    elif isinstance(node, ast.BoolOp):
        children = list(node.values)
    elif isinstance(node, ast.Compare) and all(type(op) in _COMPARE for op in node.ops):
        children = [node.left, *node.comparators]
    elif isinstance(node, ast.IfExp):
        children = [node.test, node.body, node.orelse]
    else:
        what = _WHAT.get(type(node), f"phép “{type(node).__name__}”")
        raise FormulaError(f"Công thức{label}, {at}: không được dùng {what}.", where)
    for child in children:
        _check(child, names, depth + 1, text, label, where)


def _eval(node: ast.AST, values: Mapping[str, float | None]) -> float | bool:
    if isinstance(node, ast.Constant):
        value = node.value
        assert isinstance(value, int | float)  # _check allowed only numbers and booleans
        return float(value)
    if isinstance(node, ast.Name):
        return float(values[node.id])  # type: ignore[arg-type]
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, values), _eval(node.right, values)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_POWER:
            raise ValueError(f"số mũ {right} quá lớn")
        return _BINOPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_eval(node.operand, values))
    if isinstance(node, ast.BoolOp):
        results = (_eval(v, values) for v in node.values)
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, values)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _eval(comp, values)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.IfExp):
        return _eval(node.body if _eval(node.test, values) else node.orelse, values)
    raise AssertionError(type(node))  # _check refused it already
