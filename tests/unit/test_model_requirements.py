"""Issue 10: a model's steps check content, not only order; the council's sheets decide the
appraisal. On a real SQLite file, through the services as an officer would."""

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.model_requirements import REGISTRATION_ITEMS
from danvan_desktop.domain.models import ModelStatus, Transition
from danvan_desktop.domain.rulefiles import RuleFileError
from danvan_desktop.reports import model_register
from danvan_desktop.services import models
from danvan_desktop.services.scoring import model_appraisal
from danvan_desktop.store.dvk_models import ModelTransition
from danvan_desktop.store.scoring import ScoringCouncilScore, ScoringEvaluation
from danvan_desktop.store.settings import set_setting
from tests.model_content import (
    COUNCIL,
    FAIL_SCORES,
    PASS_SCORES,
    REGISTRATION,
    attach_photo,
    full_input,
    score_council,
)

TODAY = dt.date(2026, 11, 20)
D = dt.date(2026, 3, 1)


def _steps(ctx, model_id: str) -> int:  # noqa: ANN001
    with ctx.read() as s:
        return s.execute(
            select(func.count())
            .select_from(ModelTransition)
            .where(ModelTransition.model_id == model_id)
        ).scalar_one()


def _refused(ctx, model_id: str, action: Transition, **kw) -> RuleViolation:  # noqa: ANN001, ANN003
    before = (models.get_model(ctx, model_id).status, _steps(ctx, model_id))
    with pytest.raises(RuleViolation) as e:
        models.transition(ctx, model_id, action, kw.pop("on", D), today=TODAY, **kw)
    assert (models.get_model(ctx, model_id).status, _steps(ctx, model_id)) == before
    return e.value


def test_the_one_minute_path_is_refused_at_each_step_naming_every_missing_item(ctx) -> None:  # noqa: ANN001
    bare = models.ModelInput(name="Mô hình chỉ có tên", field_code="economy", year=2026)
    model_id = models.create_model(ctx, bare)

    err = _refused(ctx, model_id, Transition.REGISTER)
    for item in REGISTRATION_ITEMS:
        assert item.label in err.message, item.label
    assert err.field == "owner_unit_code"
    assert f"còn thiếu {len(REGISTRATION_ITEMS)} nội dung" in err.message

    # Each item given removes it from the list; the rest are still named.
    models.update_model(ctx, model_id, full_input(name=bare.name, goals="", criteria=""))
    err = _refused(ctx, model_id, Transition.REGISTER)
    assert "Mục tiêu" in err.message and "Tiêu chí đánh giá" in err.message
    assert "Thực trạng" not in err.message and err.field == "goals"

    models.update_model(ctx, model_id, full_input(name=bare.name))
    assert models.transition(ctx, model_id, Transition.REGISTER, D, today=TODAY) == "registered"
    # Once registered, the form may not drop an item again.
    with pytest.raises(RuleViolation, match="phải giữ đủ nội dung đăng ký") as e:
        models.update_model(ctx, model_id, full_input(name=bare.name, lead_force=" "))
    assert e.value.field == "lead_force" and "Lực lượng chủ trì" in e.value.message
    assert models.get_model(ctx, model_id).lead_force == REGISTRATION["lead_force"]
    models.transition(ctx, model_id, Transition.LAUNCH, D, today=TODAY)

    err = _refused(ctx, model_id, Transition.PROPOSE)
    assert "minh chứng" in err.message and err.field == "evidence"
    attach_photo(ctx, model_id)
    assert models.transition(ctx, model_id, Transition.PROPOSE, D, today=TODAY) == "proposed"

    for action in (Transition.APPRAISE_PASS, Transition.APPRAISE_FAIL):
        err = _refused(ctx, model_id, action)
        assert "cần ít nhất 3 thành viên, mới có 0" in err.message and err.field == "council"
    model_appraisal.set_sheet(ctx, model_id, *COUNCIL[0], PASS_SCORES)
    err = _refused(ctx, model_id, Transition.APPRAISE_PASS)
    assert "mới có 1" in err.message
    for name, role in COUNCIL[1:]:
        model_appraisal.set_sheet(ctx, model_id, name, role, PASS_SCORES)
    # The council passed it (80 points): "không đạt" contradicts the sheets.
    err = _refused(ctx, model_id, Transition.APPRAISE_FAIL)
    assert "80 điểm" in err.message and "“Đạt”" in err.message
    assert models.transition(ctx, model_id, Transition.APPRAISE_PASS, D, today=TODAY) == (
        "appraised_pass"
    )

    err = _refused(ctx, model_id, Transition.RECOGNISE)
    for label in ("Số quyết định công nhận", "Ngày quyết định công nhận", "Cấp công nhận"):
        assert label in err.message
    assert err.field == "decision_no"
    status = models.transition(
        ctx,
        model_id,
        Transition.RECOGNISE,
        D,
        recognised_level="commune",
        decision_no=" 15/QĐ-UBND ",
        decision_on=D,
        today=TODAY,
    )
    detail = models.get_model(ctx, model_id)
    assert status == "recognised"
    assert (detail.decision_no, detail.recognised_on, detail.recognised_level) == (
        "15/QĐ-UBND",
        D,
        "commune",
    )


def test_an_exemplar_names_its_person(ctx) -> None:  # noqa: ANN001
    model_id = models.create_model(
        ctx, full_input(kind="exemplar", person_name="", owner_name="Chi hội Phụ nữ")
    )
    err = _refused(ctx, model_id, Transition.REGISTER)
    assert "Cá nhân, tập thể được nêu gương" in err.message
    assert "Mục tiêu" not in err.message


def _proposed(ctx) -> str:  # noqa: ANN001
    model_id = models.create_model(ctx, full_input())
    models.transition(ctx, model_id, Transition.REGISTER, D, today=TODAY)
    models.transition(ctx, model_id, Transition.LAUNCH, D, today=TODAY)
    attach_photo(ctx, model_id)
    models.transition(ctx, model_id, Transition.PROPOSE, D, today=TODAY)
    return model_id


def test_the_council_average_decides_and_drives_the_step(ctx) -> None:  # noqa: ANN001
    model_id = _proposed(ctx)
    # Two members pass it, one fails it: the average per criterion decides (70 is Đạt).
    low = {"1": 10, "2": 15, "3": 9, "4": 9, "5": 6, "6": 6, "7": 2}  # 57
    high = {"1": 16, "2": 21, "3": 12, "4": 12, "5": 8, "6": 8, "7": 4}  # 81
    model_appraisal.set_sheet(ctx, model_id, "Lê Văn Hùng", "Chủ tịch", high)
    model_appraisal.set_sheet(ctx, model_id, "Nguyễn Thị Mai", "Thư ký", high)
    model_appraisal.set_sheet(ctx, model_id, "Trần Quốc Bảo", "Ủy viên", low)
    view = model_appraisal.council_view(ctx, model_id)
    assert view is not None and view.council is not None
    assert view.points["2"] == 19.0 and view.council.total == pytest.approx(73.0)
    assert view.council.class_label == "Đạt" and view.council.members == 3
    # The same member scoring again replaces the sheet, never adds a fourth.
    model_appraisal.set_sheet(ctx, model_id, "nguyễn thị  mai", "Thư ký", low)
    view = model_appraisal.council_view(ctx, model_id)
    assert view is not None and view.council is not None
    assert view.council.members == 3 and view.council.total == pytest.approx(65.0)
    assert not view.council.passed
    assert model_appraisal.appraise_model(ctx, model_id, D, today=TODAY) == "appraised_fail"
    detail = models.get_model(ctx, model_id)
    assert detail.transitions[-1]["action"] == "appraise_fail"
    assert "65 điểm: Không đạt" in detail.transitions[-1]["note"]
    with ctx.read() as s:
        ev = s.scalars(
            select(ScoringEvaluation).where(ScoringEvaluation.model_id == model_id)
        ).one()
        assert (ev.subject, ev.status, ev.total, ev.class_code) == (
            "model",
            "appraised",
            65,
            "fail",
        )
        assert len(json.loads(ev.frozen)["sheets"]) == 3

    # Reworked and proposed again: a new round; the old sheets no longer decide.
    models.transition(ctx, model_id, Transition.REWORK, D, today=TODAY)
    models.transition(ctx, model_id, Transition.PROPOSE, D, today=TODAY)
    err = _refused(ctx, model_id, Transition.APPRAISE_PASS)
    assert "mới có 0" in err.message
    score_council(ctx, model_id, PASS_SCORES)
    assert model_appraisal.appraise_model(ctx, model_id, D, today=TODAY) == "appraised_pass"
    with ctx.read() as s:
        live = s.scalars(
            select(ScoringCouncilScore).where(ScoringCouncilScore.deleted.is_(False))
        ).all()
        assert len(live) == 3


def test_council_sheets_are_checked_and_the_minimum_is_a_setting(ctx) -> None:  # noqa: ANN001
    model_id = _proposed(ctx)
    with pytest.raises(RuleViolation, match="họ tên") as e:
        model_appraisal.set_sheet(ctx, model_id, " ", "Ủy viên", PASS_SCORES)
    assert e.value.field == "member_name"
    with pytest.raises(RuleViolation, match="chức danh"):
        model_appraisal.set_sheet(ctx, model_id, "Lê Văn Hùng", "", PASS_SCORES)
    with pytest.raises(RuleViolation, match=r"tiêu chí 2 \(26\) phải từ 0 đến 25") as e:
        model_appraisal.set_sheet(ctx, model_id, "Lê Văn Hùng", "Ủy viên", {**PASS_SCORES, "2": 26})
    assert e.value.field == "score_2"
    with pytest.raises(RuleViolation, match="chưa chấm: 7"):
        model_appraisal.set_sheet(
            ctx,
            model_id,
            "Lê Văn Hùng",
            "Ủy viên",
            {k: v for k, v in PASS_SCORES.items() if k != "7"},
        )
    with pytest.raises(RuleViolation, match="không có tiêu chí 9"):
        model_appraisal.set_sheet(ctx, model_id, "Lê Văn Hùng", "Ủy viên", {**PASS_SCORES, "9": 1})
    assert model_appraisal.council_view(ctx, model_id) is None or not (
        model_appraisal.council_view(ctx, model_id).sheets  # type: ignore[union-attr]
    )
    with ctx.session() as s:
        set_setting(s, "model_council_min", "2")
    model_appraisal.set_sheet(ctx, model_id, *COUNCIL[0], FAIL_SCORES)
    err = _refused(ctx, model_id, Transition.APPRAISE_FAIL)
    assert "cần ít nhất 2 thành viên, mới có 1" in err.message
    model_appraisal.set_sheet(ctx, model_id, *COUNCIL[1], FAIL_SCORES)
    assert model_appraisal.appraise_model(ctx, model_id, D, today=TODAY) == "appraised_fail"
    # A sheet cannot be added to a model that is not awaiting appraisal.
    with pytest.raises(RuleViolation, match="Đề nghị thẩm định"):
        model_appraisal.set_sheet(ctx, model_id, *COUNCIL[2], PASS_SCORES)


def test_recognition_needs_its_decision_dated_after_the_appraisal(ctx) -> None:  # noqa: ANN001
    model_id = _proposed(ctx)
    score_council(ctx, model_id, PASS_SCORES)
    model_appraisal.appraise_model(ctx, model_id, dt.date(2026, 4, 10), today=TODAY)
    ok = dict(recognised_level="province", decision_no="7/QĐ-UBND")
    err = _refused(ctx, model_id, Transition.RECOGNISE, on=dt.date(2026, 5, 1), **ok)
    assert "Ngày quyết định công nhận" in err.message and "Số quyết định" not in err.message
    err = _refused(
        ctx,
        model_id,
        Transition.RECOGNISE,
        on=dt.date(2026, 5, 1),
        decision_on=dt.date(2026, 4, 1),
        **ok,
    )
    assert "không trước ngày thẩm định (10/04/2026)" in err.message
    err = _refused(
        ctx,
        model_id,
        Transition.RECOGNISE,
        on=dt.date(2026, 5, 1),
        decision_on=TODAY + dt.timedelta(days=1),
        **ok,
    )
    assert "tương lai" in err.message
    err = _refused(
        ctx,
        model_id,
        Transition.RECOGNISE,
        on=dt.date(2026, 5, 1),
        decision_on=dt.date(2026, 4, 20),
        recognised_level="huyen",
        decision_no="  ",
    )
    assert "Cấp công nhận" in err.message and "Số quyết định công nhận" in err.message
    models.transition(
        ctx,
        model_id,
        Transition.RECOGNISE,
        dt.date(2026, 5, 1),
        decision_on=dt.date(2026, 4, 20),
        today=TODAY,
        **ok,
    )
    assert models.get_model(ctx, model_id).recognised_on == dt.date(2026, 4, 20)


def test_the_register_export_of_a_recognised_model_has_its_decision(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    model_id = _proposed(ctx)
    score_council(ctx, model_id, PASS_SCORES)
    model_appraisal.appraise_model(ctx, model_id, D, today=TODAY)
    models.transition(
        ctx,
        model_id,
        Transition.RECOGNISE,
        D,
        recognised_level="commune",
        decision_no="15/QĐ-UBND",
        decision_on=D,
        today=TODAY,
    )
    assert models.get_model(ctx, model_id).status == ModelStatus.RECOGNISED
    ws = openpyxl.load_workbook(model_register.export_xlsx(ctx, tmp_path / "so.xlsx"))["Sổ mô hình"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    headers = [c.value for c in ws[header_row]]
    row = next(ws.iter_rows(min_row=header_row + 1, values_only=True))
    cells = dict(zip(headers, row, strict=False))
    decision_headers = [
        h for h in headers if h and ("quyết định" in h.lower() or "công nhận" in h.lower())
    ]
    assert decision_headers, headers
    blank = [h for h in decision_headers if cells[h] in (None, "")]
    assert blank == [], blank
    assert "15/QĐ-UBND" in cells.values()
    assert (
        REGISTRATION["lead_force"] in cells.values() or REGISTRATION["owner_name"] in cells.values()
    )


def test_the_demo_models_carry_what_their_steps_required(demo_ctx) -> None:  # noqa: ANN001
    later = {
        ModelStatus.PROPOSED,
        ModelStatus.APPRAISED_PASS,
        ModelStatus.APPRAISED_FAIL,
        ModelStatus.RECOGNISED,
        ModelStatus.REPLICATED,
        ModelStatus.MAINTAINED,
        ModelStatus.DECLINING,
        ModelStatus.WITHDRAWN,
    }
    seen: dict[str, int] = {}
    for row in models.list_models(demo_ctx, limit=1000):
        d = models.get_model(demo_ctx, row.id)
        seen[d.status] = seen.get(d.status, 0) + 1
        if d.status == ModelStatus.DRAFT:
            continue
        assert d.goals and d.criteria and d.situation and d.lead_force and d.start_date
        assert d.owner_name, d.name
        if ModelStatus(d.status) in later and d.transitions[0]["to"] == "registered":
            assert d.evidence, d.name
        if d.status in (ModelStatus.RECOGNISED, ModelStatus.REPLICATED, ModelStatus.MAINTAINED):
            assert d.decision_no and d.recognised_on and d.recognised_level, d.name
        if any(t["action"].startswith("appraise") for t in d.transitions):
            view = model_appraisal.council_view(demo_ctx, d.id)
            assert view is not None and len(view.sheets) == 3 and view.appraised
            action = [t["action"] for t in d.transitions if t["action"].startswith("appraise")]
            assert view.council is not None
            assert view.council.passed == (action[-1] == "appraise_pass"), d.name
    # Every state of the lifecycle the demo walked to is still there.
    for status in ("draft", "registered", "in_progress", "proposed", "appraised_pass"):
        assert seen.get(status), (status, seen)
    assert seen.get("appraised_fail") and seen.get("recognised") and seen.get("withdrawn")


def test_the_rubric_file_may_choose_the_median_of_the_council() -> None:
    from danvan_desktop.domain.model_requirements import council_points
    from danvan_desktop.domain.rulefiles import default_rules_dir
    from danvan_desktop.domain.scoring.rubric import Rubric

    sheets = [{"1": 20.0}, {"1": 18.0}, {"1": 2.0}]
    assert council_points(sheets, ["1"]) == {"1": pytest.approx(40 / 3)}
    assert council_points(sheets, ["1"], "median") == {"1": 18.0}
    data = json.loads((default_rules_dir() / "rubric_model_default.json").read_text("utf-8"))
    Rubric.from_dict(data | {"council_rule": "median"})  # the schema's word is allowed
    with pytest.raises(RuleFileError, match="council_rule"):
        Rubric.load(data | {"council_rule": "mode"})
