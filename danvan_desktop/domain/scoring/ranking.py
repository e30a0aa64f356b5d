"""Ranking units by their evaluations, ties broken by the rule the rubric names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from danvan_desktop.domain.scoring.evaluate import Evaluation, fmt
from danvan_desktop.domain.scoring.rubric import Rubric

_KEYS = {
    "total": ("tổng điểm cao hơn", 1),
    "deduction": ("bị trừ ít điểm hơn", -1),
    "base": ("điểm các tiêu chí (chưa kể thưởng) cao hơn", 1),
    "bonus": ("điểm thưởng cao hơn", 1),
}


@dataclass(frozen=True)
class Ranked:
    unit: str
    rank: int  # 1224: equal keys share a rank
    total: float
    key: tuple[float, ...]


def _part(ev: Evaluation, rule: str) -> float:
    if rule.startswith("criterion:"):
        r = ev.by_code().get(rule.split(":", 1)[1])
        return r.points if r else 0.0
    sign = _KEYS[rule][1]
    return sign * float(getattr(ev, rule))


def describe(rubric: Rubric) -> str:
    """The tie-break rule in words, for the ranking screen."""
    words = []
    for rule in rubric.tie_break:
        if rule.startswith("criterion:"):
            code = rule.split(":", 1)[1]
            try:
                title = rubric.criterion(code).title
            except KeyError:
                title = code
            words.append(f"điểm tiêu chí {code} ({title}) cao hơn")
        else:
            words.append(_KEYS[rule][0])
    text = "Xếp theo " + words[0] if words else "Xếp theo tổng điểm"
    if len(words) > 1:
        text += "; bằng nhau thì " + ", rồi ".join(words[1:])
    return text + "." + (f" {rubric.tie_break_note}" if rubric.tie_break_note else "")


def rank(rubric: Rubric, evaluations: Mapping[str, Evaluation]) -> list[Ranked]:
    rules = [r for r in rubric.tie_break if r in _KEYS or r.startswith("criterion:")] or ["total"]
    keyed = sorted(
        ((u, tuple(_part(ev, r) for r in rules), ev.total) for u, ev in evaluations.items()),
        key=lambda t: (tuple(-k for k in t[1]), t[0]),
    )
    out: list[Ranked] = []
    prev: tuple[float, ...] | None = None
    rank_no = 0
    for i, (unit, key, total) in enumerate(keyed, start=1):
        if key != prev:
            rank_no, prev = i, key
        out.append(Ranked(unit, rank_no, total, key))
    return out


__all__ = ["Ranked", "describe", "fmt", "rank"]
