"""Models with the content each lifecycle step requires (issue 10), for tests that walk a model
along its life: the registration items, an evidence file before proposing, the council's
sheets before appraising, the decision when recognising."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from danvan_desktop.domain.models import Transition
from danvan_desktop.services import models
from danvan_desktop.services.context import AppContext

REGISTRATION = dict(
    owner_kind="hamlet",
    owner_name="Thôn Trung Hòa",
    situation="Đường làng hẹp, xuống cấp; nhân dân mong được mở rộng.",
    goals="Mở rộng 2 km đường thôn bằng sức dân trong năm.",
    criteria="Số mét đường mở rộng; số hộ hiến đất; mức đồng thuận của nhân dân.",
    content="Vận động hiến đất, góp ngày công; đảng viên phụ trách từng hộ.",
    scope="Toàn thôn Trung Hòa, 215 hộ",
    lead_force="Chi bộ thôn Trung Hòa",
    start_date=dt.date(2026, 1, 5),
)
COUNCIL = [
    ("Lê Văn Hùng", "Chủ tịch hội đồng"),
    ("Nguyễn Thị Mai", "Thư ký"),
    ("Trần Quốc Bảo", "Ủy viên"),
]
PASS_SCORES = {"1": 16, "2": 20, "3": 12, "4": 12, "5": 8, "6": 8, "7": 4}  # 80: Đạt
FAIL_SCORES = {"1": 10, "2": 12, "3": 8, "4": 8, "5": 5, "6": 5, "7": 2}  # 50: Không đạt


def full_input(**kw: object) -> models.ModelInput:
    base: dict = dict(
        name="Dân vận khéo trong xây dựng nông thôn mới", field_code="economy", year=2026
    )
    base.update(REGISTRATION)
    base.update(kw)
    return models.ModelInput(**base)


def attach_photo(ctx: AppContext, model_id: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="danvan-test-"))
    path = folder / "bien-ban-hop-thon.txt"
    path.write_text("BIÊN BẢN HỌP THÔN\n", encoding="utf-8")
    models.attach_evidence(ctx, model_id, path, note="Biên bản họp thôn")


def score_council(ctx: AppContext, model_id: str, scores: dict[str, float]) -> None:
    from danvan_desktop.services.scoring import model_appraisal

    for name, role in COUNCIL:
        model_appraisal.set_sheet(ctx, model_id, name, role, dict(scores))


def take(
    ctx: AppContext,
    model_id: str,
    action: Transition,
    on: dt.date,
    today: dt.date,
    note: str = "",
) -> str:
    """One step with what it requires put in place first."""
    if action == Transition.PROPOSE:
        attach_photo(ctx, model_id)
    if action in (Transition.APPRAISE_PASS, Transition.APPRAISE_FAIL):
        passed = action == Transition.APPRAISE_PASS
        score_council(ctx, model_id, PASS_SCORES if passed else FAIL_SCORES)
    recognise = action == Transition.RECOGNISE
    return models.transition(
        ctx,
        model_id,
        action,
        on,
        note,
        recognised_level="commune" if recognise else None,
        decision_no="12/QĐ-UBND" if recognise else "",
        decision_on=on if recognise else None,
        today=today,
    )


def walk(
    ctx: AppContext,
    model_id: str,
    actions: list[Transition],
    start: dt.date,
    today: dt.date,
    days: int = 10,
) -> str:
    status = ""
    for i, action in enumerate(actions):
        status = take(ctx, model_id, action, start + dt.timedelta(days=days * i), today)
    return status
