"""What each step of a model's life requires in content, not only in order (issue 10): a model
with only a name and a field must not walk from draft to recognised. Registration needs the
registration items, proposing for appraisal needs evidence, appraisal needs the council's score
sheets (and their result must be the one recorded), recognition needs the decision.

Plain rules over plain facts: the service gathers the facts from its records, asks `missing`
and refuses the step naming every missing item at once (`check`), before anything is written.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.models import ModelKind, RecognitionLevel, Transition

#: How many council members' sheets an appraisal needs unless the setting says otherwise.
COUNCIL_MIN_DEFAULT = 3
COUNCIL_MIN_SETTING = "model_council_min"


@dataclass(frozen=True)
class Item:
    """One thing a step requires: the form field it lives in and its Vietnamese label."""

    field: str
    label: str


#: The registration items of the commune's form that a registered model must have.
REGISTRATION_ITEMS: tuple[Item, ...] = (
    Item("owner_unit_code", "Đơn vị, tổ chức xây dựng mô hình"),
    Item("situation", "Thực trạng, sự cần thiết"),
    Item("goals", "Mục tiêu"),
    Item("criteria", "Tiêu chí đánh giá"),
    Item("content", "Nội dung, cách làm"),
    Item("scope", "Phạm vi, đối tượng thụ hưởng"),
    Item("lead_force", "Lực lượng chủ trì"),
    Item("start_date", "Thời gian bắt đầu"),
)
PERSON = Item("person_name", "Cá nhân, tập thể được nêu gương")
EVIDENCE = Item("evidence", "Ít nhất một tệp minh chứng (ảnh, biên bản, báo cáo) của mô hình")
DECISION_NO = Item("decision_no", "Số quyết định công nhận")
DECISION_ON = Item("decision_on", "Ngày quyết định công nhận")
LEVEL = Item("recognised_level", "Cấp công nhận")


@dataclass(frozen=True)
class Council:
    """The council's result on a model: how many members scored, the total decided by the rule
    (average of members' points per criterion) and the rubric's class of that total."""

    members: int
    total: float
    class_code: str
    class_label: str
    passed: bool


@dataclass(frozen=True)
class ModelFacts:
    """What the rules look at: the model's registration items and what surrounds the step."""

    values: Mapping[str, Any]
    evidence_files: int = 0
    council: Council | None = None
    council_min: int = COUNCIL_MIN_DEFAULT
    decision_no: str = ""
    decision_on: dt.date | None = None
    recognised_level: str | None = None
    appraised_on: dt.date | None = None
    today: dt.date | None = None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _registration(v: Mapping[str, Any]) -> list[Item]:
    out: list[Item] = []
    for item in REGISTRATION_ITEMS:
        if item.field == "owner_unit_code":
            gone = _blank(v.get("owner_kind")) or (
                _blank(v.get("owner_unit_code")) and _blank(v.get("owner_name"))
            )
        elif item.field == "scope":
            gone = _blank(v.get("scope")) and _blank(v.get("beneficiaries"))
        else:
            gone = _blank(v.get(item.field))
        if gone:
            out.append(item)
    if v.get("kind") == ModelKind.EXEMPLAR.value and _blank(v.get("person_name")):
        out.append(PERSON)
    return out


def _council(action: Transition, f: ModelFacts) -> list[Item]:
    need = max(1, f.council_min)
    c = f.council
    members = c.members if c else 0
    if members < need:
        return [
            Item(
                "council",
                f"Phiếu chấm của hội đồng thẩm định (cần ít nhất {need} thành viên, "
                f"mới có {members})",
            )
        ]
    assert c is not None
    total = f"{c.total:g}".replace(".", ",")
    if action == Transition.APPRAISE_PASS and not c.passed:
        return [
            Item(
                "council",
                f"Kết quả hội đồng “Đạt” (hội đồng chấm {total} điểm, xếp loại “{c.class_label}”)",
            )
        ]
    if action == Transition.APPRAISE_FAIL and c.passed:
        return [
            Item(
                "council",
                f"Kết quả hội đồng “Không đạt” (hội đồng chấm {total} điểm, xếp loại "
                f"“{c.class_label}”)",
            )
        ]
    return []


def _decision(f: ModelFacts) -> list[Item]:
    out: list[Item] = []
    if _blank(f.decision_no):
        out.append(DECISION_NO)
    if f.decision_on is None:
        out.append(DECISION_ON)
    elif f.today is not None and f.decision_on > f.today:
        out.append(
            Item("decision_on", f"Ngày quyết định không ở tương lai ({fmt_date(f.decision_on)})")
        )
    elif f.appraised_on is not None and f.decision_on < f.appraised_on:
        out.append(
            Item(
                "decision_on",
                f"Ngày quyết định ({fmt_date(f.decision_on)}) không trước ngày thẩm định "
                f"({fmt_date(f.appraised_on)})",
            )
        )
    if f.recognised_level not in {lv.value for lv in RecognitionLevel}:
        out.append(LEVEL)
    return out


def missing(action: Transition, facts: ModelFacts) -> list[Item]:
    """Every item the step lacks, in the order of the form (empty: the step may be taken)."""
    if action in (Transition.REGISTER, Transition.LAUNCH):
        return _registration(facts.values)
    if action == Transition.PROPOSE:
        out = _registration(facts.values)
        if facts.evidence_files < 1:
            out.append(EVIDENCE)
        return out
    if action in (Transition.APPRAISE_PASS, Transition.APPRAISE_FAIL):
        return _council(action, facts)
    if action == Transition.RECOGNISE:
        return _decision(facts)
    return []


def refusal(action: Transition, items: Sequence[Item]) -> RuleViolation:
    """One message naming every missing item; its field is the first one's (the form jumps
    there)."""
    lines = "\n".join(f"– {item.label}" for item in items)
    return RuleViolation(
        f"Chưa thể “{action.label}”: mô hình còn thiếu {len(items)} nội dung:\n{lines}",
        items[0].field,
    )


def check(action: Transition, facts: ModelFacts) -> None:
    """RuleViolation naming every missing item, or nothing when the step has its content."""
    items = missing(action, facts)
    if items:
        raise refusal(action, items)


def council_points(
    sheets: Sequence[Mapping[str, float]], codes: Sequence[str], rule: str = "average"
) -> dict[str, float]:
    """Per criterion, the council's points from the members' sheets: their average (or
    median), not rounded so that the average of the totals is exact; a criterion a member left
    blank counts 0 on that sheet."""
    pick = statistics.median if rule == "median" else statistics.fmean
    out: dict[str, float] = {}
    for code in codes:
        points = [float(s.get(code, 0) or 0) for s in sheets]
        out[code] = pick(points) if points else 0.0
    return out
