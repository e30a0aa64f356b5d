"""The model register's use cases (DOMAIN §3) on a real SQLite file."""

import datetime as dt
from pathlib import Path

import pytest

from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.models import ModelStatus, Transition
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import models, units, users
from tests.conftest import ADMIN_PASSWORD, login_as
from tests.model_content import full_input, walk

TODAY = dt.date(2026, 11, 20)


def _input(**kw) -> models.ModelInput:  # noqa: ANN003
    return full_input(**kw)


def _walk(
    ctx, model_id: str, actions: list[Transition], start: dt.date = dt.date(2026, 2, 1)
) -> str:  # noqa: ANN001
    return walk(ctx, model_id, actions, start, TODAY)


def test_required_items_and_impossible_values_are_refused(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="không được để trống") as e:
        models.create_model(ctx, _input(name="   "))
    assert e.value.field == "name"
    with pytest.raises(RuleViolation, match="lĩnh vực"):
        models.create_model(ctx, _input(field_code="khong-co"))
    with pytest.raises(RuleViolation, match="Năm đăng ký"):
        models.create_model(ctx, _input(year=1990))
    with pytest.raises(RuleViolation, match="không thể trước"):
        models.create_model(
            ctx, _input(start_date=dt.date(2026, 5, 1), evaluation_date=dt.date(2026, 4, 1))
        )
    with pytest.raises(RuleViolation, match="số âm"):
        models.create_model(ctx, _input(budget_vnd=-5))
    with pytest.raises(RuleViolation, match="Điển hình cần"):
        models.create_model(ctx, _input(kind="exemplar", owner_name=""))
    assert models.count_models(ctx) == 0


def test_lifecycle_follows_allowed_paths_only(ctx) -> None:  # noqa: ANN001
    model_id = models.create_model(ctx, _input())
    with pytest.raises(
        RuleViolation, match='Không thể "Công nhận" khi mô hình đang ở trạng thái "Dự thảo"'
    ):
        models.transition(
            ctx,
            model_id,
            Transition.RECOGNISE,
            dt.date(2026, 3, 1),
            recognised_level="commune",
            today=TODAY,
        )
    status = _walk(
        ctx,
        model_id,
        [
            Transition.REGISTER,
            Transition.LAUNCH,
            Transition.PROPOSE,
            Transition.APPRAISE_PASS,
            Transition.RECOGNISE,
        ],
    )
    assert status == ModelStatus.RECOGNISED
    detail = models.get_model(ctx, model_id)
    assert [t["to"] for t in detail.transitions] == [
        "registered",
        "in_progress",
        "proposed",
        "appraised_pass",
        "recognised",
    ]
    assert detail.recognised_level == "commune" and detail.decision_no == "12/QĐ-UBND"
    assert all(t["by"] == "admin" for t in detail.transitions)


def test_step_dates_must_be_ordered_and_not_in_future(ctx) -> None:  # noqa: ANN001
    model_id = models.create_model(ctx, _input())
    models.transition(ctx, model_id, Transition.REGISTER, dt.date(2026, 3, 1), today=TODAY)
    with pytest.raises(RuleViolation, match="trước bước trước đó"):
        models.transition(ctx, model_id, Transition.LAUNCH, dt.date(2026, 2, 1), today=TODAY)
    with pytest.raises(RuleViolation, match="tương lai"):
        models.transition(
            ctx, model_id, Transition.LAUNCH, TODAY + dt.timedelta(days=1), today=TODAY
        )
    assert models.get_model(ctx, model_id).status == ModelStatus.REGISTERED


def test_recognition_needs_a_level_and_a_leader(ctx) -> None:  # noqa: ANN001
    model_id = models.create_model(ctx, _input())
    _walk(
        ctx,
        model_id,
        [Transition.REGISTER, Transition.LAUNCH, Transition.PROPOSE, Transition.APPRAISE_PASS],
    )
    with pytest.raises(RuleViolation, match="Cấp công nhận"):
        models.transition(ctx, model_id, Transition.RECOGNISE, dt.date(2026, 6, 1), today=TODAY)
    users.create_user(ctx, "canbo", ADMIN_PASSWORD, "Trần Thị Lan", Role.OFFICER)
    login_as(ctx, "canbo")
    with pytest.raises(PermissionDenied):
        models.transition(
            ctx,
            model_id,
            Transition.RECOGNISE,
            dt.date(2026, 6, 1),
            recognised_level="commune",
            today=TODAY,
        )
    assert models.get_model(ctx, model_id).status == ModelStatus.APPRAISED_PASS


def test_viewer_cannot_change_anything(ctx) -> None:  # noqa: ANN001
    users.create_user(ctx, "xem", ADMIN_PASSWORD, "Phạm Minh Tâm", Role.VIEWER)
    login_as(ctx, "xem")
    with pytest.raises(PermissionDenied):
        models.create_model(ctx, _input())


def test_yearly_review_replication_and_evidence(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    original = models.create_model(ctx, _input(name="Ngày Chủ nhật xanh", year=2025))
    _walk(
        ctx,
        original,
        [
            Transition.REGISTER,
            Transition.LAUNCH,
            Transition.PROPOSE,
            Transition.APPRAISE_PASS,
            Transition.RECOGNISE,
        ],
        start=dt.date(2025, 1, 10),
    )
    models.add_review(
        ctx, original, 2025, "maintained", dt.date(2025, 12, 20), "Duy trì tốt", today=TODAY
    )
    with pytest.raises(RuleViolation, match="đã được rà soát năm 2025"):
        models.add_review(ctx, original, 2025, "declining", dt.date(2025, 12, 21), today=TODAY)
    hamlet = units.hamlets(ctx)[1]
    copy = models.replicate(
        ctx,
        original,
        _input(
            name="Ngày Chủ nhật xanh (Thôn Thượng Nam)",
            owner_unit_code=hamlet.code,
            owner_name="",
        ),
        dt.date(2026, 1, 5),
        today=TODAY,
    )
    detail = models.get_model(ctx, original)
    assert detail.status == ModelStatus.REPLICATED
    assert [c["id"] for c in detail.copies] == [copy]
    assert detail.reviews[0]["result"] == "maintained"
    assert models.get_model(ctx, copy).original_name == "Ngày Chủ nhật xanh"
    assert models.get_model(ctx, copy).owner_name == "Thôn Thượng Nam"

    photo = tmp_path / "usb" / "anh.png"
    photo.parent.mkdir()
    photo.write_bytes(b"\x89PNG fake photo bytes")
    ev = models.attach_evidence(ctx, original, photo, note="Ảnh ra quân")
    models.attach_evidence(ctx, copy, photo)  # same bytes: stored once
    photo.unlink()  # the USB stick is gone
    stored = next(e for e in models.get_model(ctx, original).evidence if e["id"] == ev)
    assert stored["id"] == ev and stored["file_name"] == "anh.png"
    assert models.evidence_file(ctx, stored["sha256"]).read_bytes() == b"\x89PNG fake photo bytes"
    stored_photo = models.evidence_file(ctx, stored["sha256"])
    assert [p for p in ctx.files_dir.rglob("*") if p.name == stored_photo.name] == [stored_photo]
    with pytest.raises(RuleViolation, match="Không tìm thấy tệp"):
        models.attach_evidence(ctx, original, tmp_path / "missing.jpg")


def test_search_without_diacritics_filters_sorting_and_counts(ctx) -> None:  # noqa: ANN001
    names = [
        "Đổi rác thải nhựa lấy quà",
        "Dân vận khéo với người cao tuổi",
        "Ánh sáng đường quê",
        "An toàn giao thông",
        "Ăn sạch sống khỏe",
        "Bữa cơm nghĩa tình",
    ]
    for i, name in enumerate(names):
        models.create_model(
            ctx,
            _input(
                name=name, field_code="culture_society" if i % 2 else "economy", year=2025 + i % 2
            ),
        )
    found = models.list_models(ctx, models.ModelFilter(text="dan van kheo"))
    assert [r.name for r in found] == ["Dân vận khéo với người cao tuổi"]
    assert models.count_models(ctx, models.ModelFilter(text="DOI RAC")) == 1
    ordered = [r.name for r in models.list_models(ctx)]
    assert ordered == [
        "An toàn giao thông",
        "Ánh sáng đường quê",
        "Ăn sạch sống khỏe",
        "Bữa cơm nghĩa tình",
        "Dân vận khéo với người cao tuổi",
        "Đổi rác thải nhựa lấy quà",
    ]
    assert [r.name for r in models.list_models(ctx, descending=True)] == list(reversed(ordered))
    assert models.count_models(ctx, models.ModelFilter(year=2026)) == 3
    assert models.count_models(ctx, models.ModelFilter(field_code="economy", year=2025)) == 3
    counts = models.counts_by_field_status(ctx)
    assert counts == {("economy", "draft"): 3, ("culture_society", "draft"): 3}
    page = models.list_models(ctx, offset=2, limit=2)
    assert [r.name for r in page] == ordered[2:4]
    assert (
        models.count_models(ctx, models.ModelFilter(text="100%_")) == 0
    )  # LIKE wildcards are literal


def test_hamlets_and_fields_are_data(ctx) -> None:  # noqa: ANN001
    assert [h.name for h in units.hamlets(ctx)][:2] == ["Thôn Trung Hà", "Thôn Thượng Nam"]
    info = units.add_hamlet(ctx, "Yên Lạc")
    assert info.full_name == "Thôn Yên Lạc" and info.parent_code == ctx.unit_code
    with pytest.raises(RuleViolation, match="đã có"):
        units.add_hamlet(ctx, "thôn trung hà")
    code = models.add_field(ctx, "Chuyển đổi số")
    assert models.field_names(ctx)[code] == "Chuyển đổi số"
    assert len(units.provinces(ctx)) == 34
    assert len(units.communes(ctx, "42")) == 69
