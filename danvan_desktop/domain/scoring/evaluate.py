"""Scoring a subject against a rubric: each criterion's suggested points explained in words,
totals with bonus and deduction caps, disqualifying conditions, the class, and where points
were lost with what would have earned them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from danvan_desktop.domain.scoring.rubric import Criterion, Method, Rubric, ScoreClass

EPS = 1e-9


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator's value for the subject, with the counts behind a rate (for words)."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    unit: str = ""  # "%", "ngày", "đơn"

    def words(self) -> str:
        if self.value is None:
            return "chưa có số liệu"
        text = fmt(self.value) + (f" {self.unit}" if self.unit and self.unit != "%" else "")
        if self.unit == "%":
            text = f"{fmt(self.value)} %"
        if self.numerator is not None and self.denominator is not None:
            text += f" ({fmt(self.numerator)}/{fmt(self.denominator)})"
        return text


@dataclass(frozen=True)
class ManualScore:
    points: float
    note: str = ""
    reason: str = ""  # why a suggestion was overridden (required then)


@dataclass(frozen=True)
class CriterionResult:
    code: str
    title: str
    kind: str  # base / bonus / deduction
    max_points: float
    suggested: float | None  # from the indicators (None: manual or no data)
    points: float  # what counts: the manual score if given, else the suggestion, else 0
    explanation: str
    hint: str = ""  # what would have earned the points lost
    overridden: bool = False
    depth: int = 0
    is_group: bool = False

    @property
    def lost(self) -> float:
        if self.kind == "base":
            return max(0.0, self.max_points - self.points)
        if self.kind == "deduction":
            return max(0.0, -self.points)
        return 0.0


@dataclass(frozen=True)
class Evaluation:
    rubric_id: str
    rubric_version: str
    base: float
    bonus: float
    deduction: float  # a positive number of points taken off
    total: float
    score_class: ScoreClass | None
    natural_class: ScoreClass | None  # before any disqualifying condition
    disqualified_by: tuple[str, ...]
    criteria: tuple[CriterionResult, ...]
    values: Mapping[str, IndicatorValue] = field(default_factory=dict)

    def lost(self) -> list[CriterionResult]:
        """Criteria below their maximum (and deductions taken), most points lost first."""
        out = [r for r in self.criteria if not r.is_group and r.lost > EPS]
        return sorted(out, key=lambda r: (-r.lost, r.code))

    def by_code(self) -> dict[str, CriterionResult]:
        return {r.code: r for r in self.criteria}


def fmt(x: float) -> str:
    """Vietnamese number: 83,9; 8; 1.250."""
    if abs(x - round(x)) < EPS:
        return f"{int(round(x)):,}".replace(",", ".")
    return f"{x:,.1f}".replace(",", "␣").replace(".", ",").replace("␣", ".")


def _value(c: Criterion, values: Mapping[str, IndicatorValue]) -> IndicatorValue | None:
    if c.indicator:
        return values.get(c.indicator, IndicatorValue(None))
    if c.formula is not None:
        plain = {k: v.value for k, v in values.items()}
        return IndicatorValue(c.formula.evaluate(plain))
    return None


def suggest(c: Criterion, iv: IndicatorValue) -> tuple[float | None, str, str]:
    """(points, explanation, hint) for one computed criterion."""
    v = iv.value
    mx = c.max_points
    if v is None:
        return None, "Chưa có số liệu để chấm.", "Cần ghi nhận số liệu của tiêu chí này."
    what = iv.words()
    if c.method is Method.YES_NO:
        ok = v > EPS
        hint = "" if ok else f"Cần có: {c.evidence or c.title}."
        return (
            (mx if ok else 0.0),
            f"{fmt(mx if ok else 0)}/{fmt(mx)}: {'có' if ok else 'chưa có'}.",
            hint,
        )
    if c.method is Method.LEVELS:
        for lv in c.levels:
            if v + EPS >= lv.min:
                pts = lv.points
                break
        else:
            pts = 0.0
        better = [lv for lv in c.levels if lv.points > pts]
        hint = f"Đạt {fmt(better[-1].min)} để được {fmt(better[-1].points)} điểm." if better else ""
        return pts, f"{fmt(pts)}/{fmt(mx)}: {what}.", hint
    if c.method is Method.RATIO:
        target = c.target or 1.0
        if c.step:
            below = max(0.0, target - v)
            steps = math.ceil(below / c.step - EPS) if below > EPS else 0
            pts = max(0.0, mx - steps * c.points_per_step)
            rule = (
                f"chỉ tiêu {fmt(target)}{' %' if iv.unit == '%' else ''}, "
                f"{fmt(c.points_per_step)} điểm mỗi {fmt(c.step)}{' %' if iv.unit == '%' else ''} thiếu"
            )
        else:
            pts = mx * min(1.0, max(0.0, v / target))
            rule = f"chỉ tiêu {fmt(target)}{' %' if iv.unit == '%' else ''}, điểm theo tỷ lệ"
        pts = round(pts, 2)
        hint = ""
        if pts < mx - EPS:
            hint = f"Cần đạt {fmt(target)}{' %' if iv.unit == '%' else ''}"
            if iv.unit == "%" and iv.numerator is not None and iv.denominator:
                need = math.ceil(target * iv.denominator / 100 - iv.numerator - EPS)
                if need > 0:
                    hint += f" (thêm {fmt(need)} trên {fmt(iv.denominator)})"
            hint += "."
        return pts, f"{fmt(pts)}/{fmt(mx)}: {what}, {rule}.", hint
    if c.method is Method.COUNT:
        pts = min(mx, math.floor(v / c.per + EPS) * c.points_each)
        hint = ""
        if pts < mx - EPS:
            need = math.ceil(((pts + c.points_each) / c.points_each) * c.per - v - EPS)
            hint = f"Thêm {fmt(need)} để được thêm {fmt(c.points_each)} điểm."
        rule = f"{fmt(c.points_each)} điểm mỗi {fmt(c.per)}, tối đa {fmt(mx)}"
        return pts, f"{fmt(pts)}/{fmt(mx)}: {what}, {rule}.", hint
    if c.method is Method.DEDUCTION:
        taken = min(mx, math.floor(v / c.per + EPS) * c.points_each)
        hint = f"Giải quyết {fmt(v)} trường hợp để không bị trừ điểm." if taken > EPS else ""
        rule = f"trừ {fmt(c.points_each)} điểm mỗi {fmt(c.per)}, tối đa {fmt(mx)}"
        return -taken, f"−{fmt(taken)}: {what}, {rule}.", hint
    if c.method is Method.BONUS:
        pts = min(mx, math.floor(v / c.per + EPS) * c.points_each)
        rule = f"thưởng {fmt(c.points_each)} điểm mỗi {fmt(c.per)}, tối đa {fmt(mx)}"
        return pts, f"+{fmt(pts)}: {what}, {rule}.", ""
    return None, "Chấm trực tiếp.", ""


def evaluate(
    rubric: Rubric,
    values: Mapping[str, IndicatorValue],
    manual: Mapping[str, ManualScore] | None = None,
) -> Evaluation:
    """Score every criterion, then the totals and the class."""
    manual = manual or {}
    results: list[CriterionResult] = []

    def visit(c: Criterion, depth: int) -> float:
        if c.is_group:
            at = len(results)
            results.append(CriterionResult(c.code, c.title, c.kind, c.max_points, None, 0, ""))
            pts = sum(visit(ch, depth + 1) for ch in c.children if ch.kind == "base")
            for ch in c.children:
                if ch.kind != "base":
                    visit(ch, depth + 1)
            results[at] = CriterionResult(
                c.code,
                c.title,
                c.kind,
                c.max_points,
                None,
                pts,
                f"{fmt(pts)}/{fmt(c.max_points)}",
                depth=depth,
                is_group=True,
            )
            return pts
        suggested, words, hint = (None, "Chấm trực tiếp.", "")
        iv = _value(c, values)
        if c.computed and iv is not None:
            suggested, words, hint = suggest(c, iv)
        m = manual.get(c.code)
        if m is not None:
            pts = _clamp(c, m.points)
            overridden = suggested is not None and abs(pts - suggested) > EPS
            note = f"Chấm {fmt(pts)}" + (
                f" (gợi ý {fmt(suggested)}: {words})"
                if overridden and suggested is not None
                else ""
            )
            if m.reason:
                note += f" — lý do: {m.reason}"
            elif m.note:
                note += f" — {m.note}"
            words = note
            if c.kind == "base" and pts >= c.max_points - EPS:
                hint = ""
        else:
            pts, overridden = (suggested if suggested is not None else 0.0), False
            if suggested is None and not c.computed:
                words = "Chưa chấm."
            if suggested is None and not c.computed and c.kind == "base":
                hint = (
                    f"Chưa chấm. Minh chứng cần có: {c.evidence}." if c.evidence else "Chưa chấm."
                )
        results.append(
            CriterionResult(
                c.code,
                c.title,
                c.kind,
                c.max_points,
                suggested,
                pts,
                words,
                hint,
                overridden,
                depth,
            )
        )
        return pts if c.kind == "base" else 0.0

    base = 0.0
    for c in rubric.criteria:
        got = visit(c, 0)
        if c.kind == "base":
            base += got
    leaves = [r for r in results if not r.is_group]
    bonus = min(rubric.bonus_cap, sum(r.points for r in leaves if r.kind == "bonus"))
    deduction = min(rubric.deduction_cap, -sum(r.points for r in leaves if r.kind == "deduction"))
    base = min(base, rubric.total_points)
    total = round(max(0.0, base + bonus - deduction), 2)
    natural = classify(rubric, total)
    plain = {k: v.value for k, v in values.items()} | {"total": total}
    hits = tuple(d.code for d in rubric.disqualifiers if (d.when.evaluate(plain) or 0) > EPS)
    final = natural
    for d in rubric.disqualifiers:
        if d.code in hits:
            final = _at_most(rubric, final, d.max_class)
    return Evaluation(
        rubric.id,
        rubric.version,
        round(base, 2),
        round(bonus, 2),
        round(deduction, 2),
        total,
        final,
        natural,
        hits,
        tuple(results),
        dict(values),
    )


def _clamp(c: Criterion, points: float) -> float:
    if c.kind == "deduction":
        return -min(c.max_points, abs(points))
    return min(c.max_points, max(0.0, points))


def classify(rubric: Rubric, total: float) -> ScoreClass | None:
    """The best class whose threshold the total reaches ("từ … điểm trở lên": inclusive)."""
    for k in rubric.classes:
        if total + EPS >= k.min_points:
            return k
    return None


def _at_most(rubric: Rubric, current: ScoreClass | None, cap_code: str) -> ScoreClass | None:
    order = [k.code for k in rubric.classes]  # best first
    if current is None:
        return None
    if order.index(current.code) < order.index(cap_code):
        return rubric.score_class(cap_code)
    return current
