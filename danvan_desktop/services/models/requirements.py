"""The facts a model's next step is judged on (domain.model_requirements), read from its
records: the registration items, its evidence files, the council's sheets, the appraisal date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.model_requirements import (
    COUNCIL_MIN_DEFAULT,
    COUNCIL_MIN_SETTING,
    ModelFacts,
    check,
    missing,
)
from danvan_desktop.domain.models import Transition
from danvan_desktop.store.dvk_models import DvkModel, Evidence, ModelTransition
from danvan_desktop.store.settings import get_setting

REGISTRATION_FIELDS = (
    "kind",
    "owner_kind",
    "owner_unit_code",
    "owner_name",
    "person_name",
    "situation",
    "goals",
    "criteria",
    "content",
    "scope",
    "beneficiaries",
    "lead_force",
    "start_date",
)


def council_min(session: Session) -> int:
    """How many council members' sheets an appraisal needs (setting `model_council_min`)."""
    raw = get_setting(session, COUNCIL_MIN_SETTING).strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else COUNCIL_MIN_DEFAULT


def evidence_count(session: Session, model_id: str) -> int:
    return session.execute(
        select(func.count())
        .select_from(Evidence)
        .where(
            Evidence.record_id == model_id,
            Evidence.record_entity == "models",
            Evidence.deleted.is_(False),
        )
    ).scalar_one()


def appraised_on(session: Session, model_id: str) -> dt.date | None:
    return session.execute(
        select(func.max(ModelTransition.on_date)).where(
            ModelTransition.model_id == model_id,
            ModelTransition.action == Transition.APPRAISE_PASS.value,
            ModelTransition.deleted.is_(False),
        )
    ).scalar_one()


def facts(
    session: Session,
    m: DvkModel,
    action: Transition,
    *,
    decision_no: str = "",
    decision_on: dt.date | None = None,
    recognised_level: str | None = None,
    today: dt.date | None = None,
) -> ModelFacts:
    council = None
    if action in (Transition.APPRAISE_PASS, Transition.APPRAISE_FAIL):
        # Imported here: the scoring module takes the model's steps through this package.
        from danvan_desktop.services.scoring.council import council_of

        council = council_of(session, m)
    return ModelFacts(
        values={name: getattr(m, name) for name in REGISTRATION_FIELDS},
        evidence_files=evidence_count(session, m.id) if action == Transition.PROPOSE else 0,
        council=council,
        council_min=council_min(session),
        decision_no=decision_no,
        decision_on=decision_on,
        recognised_level=recognised_level,
        appraised_on=appraised_on(session, m.id) if action == Transition.RECOGNISE else None,
        today=today or dt.date.today(),
    )


def require(
    session: Session,
    m: DvkModel,
    action: Transition,
    *,
    decision_no: str = "",
    decision_on: dt.date | None = None,
    recognised_level: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Refuse the step naming every missing item (RuleViolation), before any write."""
    found = facts(
        session,
        m,
        action,
        decision_no=decision_no,
        decision_on=decision_on,
        recognised_level=recognised_level,
        today=today,
    )
    check(action, found)


def keep_registration(data: object) -> None:
    """A registered model's form may not drop a registration item (names every one)."""
    values = {name: getattr(data, name, None) for name in REGISTRATION_FIELDS}
    items = missing(Transition.REGISTER, ModelFacts(values=values))
    if items:
        lines = "\n".join(f"– {item.label}" for item in items)
        raise RuleViolation(
            f"Mô hình đã đăng ký phải giữ đủ nội dung đăng ký; đang để trống:\n{lines}",
            items[0].field,
        )
