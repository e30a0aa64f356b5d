"""Scoring in the demo: the province's rubric as its reference bundle leaves it at the commune,
a 2025 self-assessment submitted, appraised and published by the province (as its rollup
leaves it) and locked, and 2026 in progress, scored from the year's records so far with points
visibly lost."""

from __future__ import annotations

import datetime as dt
import json
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.domain.rulefiles import default_rules_dir
from danvan_desktop.domain.scoring.evaluate import Evaluation, fmt
from danvan_desktop.domain.scoring.rubric import Rubric
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import evaluations as ev
from danvan_desktop.services.scoring import rubrics
from danvan_desktop.store.scoring import ScoringAppraisal

#: 2025, the year before the commune used the app: the criterion scored by hand, and the
#: computed ones the app has no records for, scored from the paper files (a share of the
#: maximum); the year-end review on paper overrides its computed 0 with the reason.
MANUAL_2025 = {"1.3": 3}
PAPER_SHARE = 0.8
PAPER_REVIEW = (
    "6.1",
    3,
    "Báo cáo tổng kết năm 2025 số 48/BC-UBND ngày 10/12/2025 lập trên giấy, chưa nhập vào phần mềm",
)


def _issue(ctx: AppContext, year: int) -> None:
    data = json.loads(
        (default_rules_dir() / "rubric_commune_default.json").read_text(encoding="utf-8")
    )
    data["year"], data["version"] = year, f"{year}.1"
    with ctx.session() as s:
        province = rubrics.superior(s, ctx.unit_code) or ""
        row = rubrics.store(s, province, Rubric.from_dict(data), "Gói tham chiếu của tỉnh")
        row.issued_on = dt.date(year, 3, 15)


def _averages(result: Evaluation) -> dict[str, float]:
    """The province's averages as its rollup brings them: a little above this commune's points
    in most groups (it ranked 31 of 69), within each group's maximum."""
    out = {
        r.code: round(min(r.max_points, r.points * 1.12 + 0.5), 2)
        for r in result.criteria
        if r.depth == 0 and r.kind == "base"  # every top-level criterion, grouped or not
    }
    out["total"] = round(sum(out.values()), 2)
    return out


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    _issue(ctx, 2025)
    _issue(ctx, 2026)
    last = ev.open_year(ctx, 2025)
    for code, points in MANUAL_2025.items():
        ev.set_score(ctx, last, code, points, note="Theo hồ sơ lưu tại Văn phòng", today=today)
    for r in ev.scorecard(ctx, last, today).result.criteria:
        if (
            r.kind == "base"
            and not r.is_group
            and r.suggested is None
            and r.code not in (MANUAL_2025)
        ):
            points = round(r.max_points * PAPER_SHARE * 2) / 2
            ev.set_score(ctx, last, r.code, points, note="Theo hồ sơ giấy năm 2025", today=today)
    code, points, reason = PAPER_REVIEW
    ev.set_score(ctx, last, code, points, reason=reason, today=today)
    ev.mark_self_scored(ctx, last, today)
    ev.submit(ctx, last, "Nguyễn Văn Quản", dt.date(2025, 11, 25))
    card = ev.scorecard(ctx, last, today)
    with ctx.session() as s:
        province = rubrics.superior(s, ctx.unit_code) or ""
        k = card.result.score_class
        s.add(
            ScoringAppraisal(
                unit_code=province,
                evaluation_id=last,
                commune_code=ctx.unit_code,
                year=2025,
                status="published",
                base=card.result.base - 1,
                bonus=card.result.bonus,
                deduction=card.result.deduction,
                total=card.result.total - 1,
                class_code=k.code if k else "",
                class_label=k.label if k else "",
                rank=31,
                peers=69,
                comments="Tiêu chí 1.3: biên bản hội nghị quán triệt chưa đủ chữ ký.",
                criteria=json.dumps(
                    {"1.3": {"points": 2, "claimed": 3, "comment": "Thiếu chữ ký"}},
                    ensure_ascii=False,
                ),
                decided_on=dt.date(2025, 12, 20),
                averages=json.dumps(_averages(card.result), sort_keys=True),
                decided_by="Ban Tuyên giáo và Dân vận Tỉnh ủy",
            )
        )
    ev.lock(ctx, last)
    # 2026 in progress: computed from the year's records; 1.3 not scored yet
    now = ev.open_year(ctx, 2026)
    this_year = ev.scorecard(ctx, now, today).result
    return (
        f"Chấm điểm: năm 2025 đã khóa ({fmt(card.result.total)} điểm, hạng 31/69), năm 2026 "
        f"đang chấm ({fmt(this_year.total)} điểm đến nay, {len(this_year.lost())} tiêu chí "
        "chưa đạt điểm tối đa)."
    )


# Last: a year's scorecard is computed from every area's records (plans, reports,
# commendations…), so they are all in place before 2025 is frozen.
STEP = DemoStep("scoring", 90, build)
