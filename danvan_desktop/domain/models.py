"""Models and exemplars of "Dân vận khéo" (DOMAIN §3): kinds, lifecycle and its allowed paths."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation


class ModelKind(StrEnum):
    MODEL = "model"
    EXEMPLAR = "exemplar"

    @property
    def label(self) -> str:
        return {"model": "Mô hình", "exemplar": "Điển hình"}[self.value]


class ModelStatus(StrEnum):
    DRAFT = "draft"
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    PROPOSED = "proposed"
    APPRAISED_PASS = "appraised_pass"
    APPRAISED_FAIL = "appraised_fail"
    RECOGNISED = "recognised"
    REPLICATED = "replicated"
    MAINTAINED = "maintained"
    DECLINING = "declining"
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[ModelStatus, str] = {
    ModelStatus.DRAFT: "Dự thảo",
    ModelStatus.REGISTERED: "Đã đăng ký",
    ModelStatus.IN_PROGRESS: "Đang xây dựng",
    ModelStatus.PROPOSED: "Đề nghị thẩm định",
    ModelStatus.APPRAISED_PASS: "Thẩm định đạt",
    ModelStatus.APPRAISED_FAIL: "Thẩm định không đạt",
    ModelStatus.RECOGNISED: "Đã công nhận",
    ModelStatus.REPLICATED: "Đang nhân rộng",
    ModelStatus.MAINTAINED: "Duy trì tốt",
    ModelStatus.DECLINING: "Giảm hiệu quả",
    ModelStatus.STOPPED: "Dừng hoạt động",
    ModelStatus.WITHDRAWN: "Thu hồi công nhận",
}


class Transition(StrEnum):
    """What an officer does to a model; each moves it along one allowed path."""

    REGISTER = "register"
    LAUNCH = "launch"
    PROPOSE = "propose"
    APPRAISE_PASS = "appraise_pass"
    APPRAISE_FAIL = "appraise_fail"
    RECOGNISE = "recognise"
    REPLICATE = "replicate"
    REVIEW_MAINTAINED = "review_maintained"
    REVIEW_DECLINING = "review_declining"
    STOP = "stop"
    WITHDRAW = "withdraw"
    REWORK = "rework"

    @property
    def label(self) -> str:
        return TRANSITION_LABELS[self]


TRANSITION_LABELS: dict[Transition, str] = {
    Transition.REGISTER: "Đăng ký",
    Transition.LAUNCH: "Triển khai xây dựng",
    Transition.PROPOSE: "Đề nghị thẩm định",
    Transition.APPRAISE_PASS: "Thẩm định: đạt",
    Transition.APPRAISE_FAIL: "Thẩm định: không đạt",
    Transition.RECOGNISE: "Công nhận",
    Transition.REPLICATE: "Nhân rộng",
    Transition.REVIEW_MAINTAINED: "Rà soát năm: duy trì tốt",
    Transition.REVIEW_DECLINING: "Rà soát năm: giảm hiệu quả",
    Transition.STOP: "Dừng hoạt động",
    Transition.WITHDRAW: "Thu hồi công nhận",
    Transition.REWORK: "Hoàn thiện lại, xây dựng tiếp",
}

S, T = ModelStatus, Transition
_RECOGNISED_LIKE = (S.RECOGNISED, S.REPLICATED, S.MAINTAINED, S.DECLINING)

# Allowed paths of DOMAIN §3: (from, action) -> to.
PATHS: dict[tuple[ModelStatus, Transition], ModelStatus] = {
    (S.DRAFT, T.REGISTER): S.REGISTERED,
    (S.REGISTERED, T.LAUNCH): S.IN_PROGRESS,
    (S.IN_PROGRESS, T.PROPOSE): S.PROPOSED,
    (S.PROPOSED, T.APPRAISE_PASS): S.APPRAISED_PASS,
    (S.PROPOSED, T.APPRAISE_FAIL): S.APPRAISED_FAIL,
    (S.APPRAISED_FAIL, T.REWORK): S.IN_PROGRESS,
    (S.APPRAISED_PASS, T.RECOGNISE): S.RECOGNISED,
    **{(s, T.REPLICATE): S.REPLICATED for s in (S.RECOGNISED, S.MAINTAINED)},
    **{(s, T.REVIEW_MAINTAINED): S.MAINTAINED for s in _RECOGNISED_LIKE},
    **{(s, T.REVIEW_DECLINING): S.DECLINING for s in _RECOGNISED_LIKE},
    **{(s, T.WITHDRAW): S.WITHDRAWN for s in _RECOGNISED_LIKE},
    **{
        (s, T.STOP): S.STOPPED
        for s in (S.REGISTERED, S.IN_PROGRESS, S.APPRAISED_FAIL, *_RECOGNISED_LIKE)
    },
}


class RecognitionLevel(StrEnum):
    COMMUNE = "commune"
    PROVINCE = "province"

    @property
    def label(self) -> str:
        return {"commune": "Cấp xã", "province": "Cấp tỉnh"}[self.value]


class ReviewResult(StrEnum):
    MAINTAINED = "maintained"
    DECLINING = "declining"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return {
            "maintained": "Duy trì tốt",
            "declining": "Giảm hiệu quả",
            "stopped": "Dừng hoạt động",
        }[self.value]


class OwnerKind(StrEnum):
    """Who builds a model inside the commune (sub-units of the commune are units too)."""

    HAMLET = "hamlet"
    AGENCY = "agency"
    PARTY_CELL = "party_cell"
    MASS_ORG = "mass_org"
    SCHOOL = "school"

    @property
    def label(self) -> str:
        return OWNER_KIND_LABELS[self]


OWNER_KIND_LABELS = {
    OwnerKind.HAMLET: "Thôn, tổ dân phố",
    OwnerKind.AGENCY: "Cơ quan, đơn vị",
    OwnerKind.PARTY_CELL: "Chi bộ",
    OwnerKind.MASS_ORG: "Mặt trận, đoàn thể",
    OwnerKind.SCHOOL: "Trường học",
}

DEFAULT_FIELDS: list[tuple[str, str]] = [
    ("economy", "Kinh tế"),
    ("culture_society", "Văn hóa – xã hội"),
    ("defence_security", "Quốc phòng – an ninh"),
    ("political_system", "Xây dựng hệ thống chính trị"),
]


def allowed_actions(status: ModelStatus) -> list[Transition]:
    return [action for (src, action) in PATHS if src == status]


def next_status(
    status: ModelStatus,
    action: Transition,
    on: dt.date,
    *,
    last_transition_on: dt.date | None = None,
    today: dt.date | None = None,
) -> ModelStatus:
    """The status after `action`, or RuleViolation naming why the move is not allowed."""
    target = PATHS.get((status, action))
    if target is None:
        allowed = ", ".join(a.label for a in allowed_actions(status)) or "không có"
        raise RuleViolation(
            f'Không thể "{action.label}" khi mô hình đang ở trạng thái "{status.label}". '
            f"Các bước được phép: {allowed}."
        )
    if on > (today or dt.date.today()):
        raise RuleViolation(f"Ngày thực hiện ({fmt_date(on)}) không thể là ngày trong tương lai.")
    if last_transition_on and on < last_transition_on:
        raise RuleViolation(
            f"Ngày thực hiện ({fmt_date(on)}) không thể trước bước trước đó ({fmt_date(last_transition_on)})."
        )
    return target
