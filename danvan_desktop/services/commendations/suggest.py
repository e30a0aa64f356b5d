"""“Đề xuất từ dữ liệu”: candidates the records already justify — models and exemplars
recognised in the year and never proposed (at the level they were recognised), and the commune
itself when its scoring result of the year is Xuất sắc or Tốt (the published appraisal when
there is one, else its own self-assessment) — and the one step that turns the ticked ones into
proposals of a round."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.models import ModelKind
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import records
from danvan_desktop.services.commendations import vocab
from danvan_desktop.services.commendations.records import ROUND, ProposalInput, save_proposal_in
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.commendations import CommendationProposal, CommendationRound
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.scoring import ScoringAppraisal, ScoringEvaluation
from danvan_desktop.store.units import Unit, get_unit

#: statuses of a model that still stands recognised
RECOGNISED = ("recognised", "replicated", "maintained", "declining")
#: scoring classes that ground a proposal for the commune (codes of the rubric, or labels)
GOOD_CLASSES = ("excellent", "good")
GOOD_LABELS = ("xuat sac", "tot")
SCORED = ("self_scored", "submitted", "returned", "appraised", "published", "locked")


@dataclass(frozen=True)
class Suggestion:
    key: str  # "model:<id>" or "scoring:<evaluation id>": what the officer ticks
    source: str  # "Mô hình được công nhận", "Kết quả chấm điểm"
    subject_kind: str
    subject_name: str
    subject_unit: str
    level: str
    form: str
    achievements: str
    grounds: str
    model_id: str | None = None
    evaluation_id: str | None = None


def _model_suggestions(ctx: AppContext, year: int) -> list[Suggestion]:
    with ctx.read() as s:
        proposed = set(
            s.scalars(
                select(CommendationProposal.model_id).where(
                    CommendationProposal.deleted.is_(False),
                    CommendationProposal.model_id.is_not(None),
                )
            )
        )
        rows = s.execute(
            select(DvkModel, Unit)
            .outerjoin(Unit, Unit.code == DvkModel.owner_unit_code)
            .where(
                DvkModel.deleted.is_(False),
                DvkModel.unit_code == ctx.unit_code,
                DvkModel.status.in_(RECOGNISED),
                DvkModel.recognised_on.is_not(None),
            )
            .order_by(DvkModel.recognised_on, DvkModel.sort_name)
        ).all()
        out = []
        for m, owner in rows:
            if m.id in proposed or m.recognised_on is None or m.recognised_on.year != year:
                continue
            level = m.recognised_level if m.recognised_level in vocab.LEVELS else "commune"
            exemplar = m.kind == ModelKind.EXEMPLAR.value and m.person_name
            unit = m.owner_name or getattr(owner, "full_name", "")  # outer join: may be None
            decision = f" theo Quyết định số {m.decision_no}" if m.decision_no else ""
            out.append(
                Suggestion(
                    key=f"model:{m.id}",
                    source="Mô hình, điển hình được công nhận",
                    subject_kind="model",
                    subject_name=m.person_name if exemplar else m.name,
                    subject_unit=unit,
                    level=level,
                    form=vocab.FORM_OF_LEVEL.get(level, "giay_khen"),
                    achievements=(
                        f"Có thành tích xuất sắc trong xây dựng {'điển hình' if exemplar else 'mô hình'}"
                        f" “Dân vận khéo” “{m.name}”."
                    ),
                    grounds=(
                        f"Được công nhận {vocab.label(vocab.LEVELS, level).lower()} ngày "
                        f"{fmt_date(m.recognised_on)}{decision}."
                    ),
                    model_id=m.id,
                )
            )
        return out


def _scoring_suggestion(ctx: AppContext, year: int) -> list[Suggestion]:
    with ctx.read() as s:
        ev = s.scalar(
            select(ScoringEvaluation).where(
                ScoringEvaluation.deleted.is_(False),
                ScoringEvaluation.unit_code == ctx.unit_code,
                ScoringEvaluation.subject == "unit_year",
                ScoringEvaluation.year == year,
                ScoringEvaluation.status.in_(SCORED),
            )
        )
        if ev is None:
            return []
        already = s.scalar(
            select(CommendationProposal.id).where(
                CommendationProposal.deleted.is_(False),
                CommendationProposal.evaluation_id == ev.id,
            )
        )
        if already:
            return []
        appraisal = s.scalar(
            select(ScoringAppraisal).where(
                ScoringAppraisal.deleted.is_(False),
                ScoringAppraisal.evaluation_id == ev.id,
                ScoringAppraisal.status == "published",
            )
        )
        if appraisal is not None:
            code, label, total = appraisal.class_code, appraisal.class_label, appraisal.total
            how = f"Kết quả thẩm định, công bố của cấp trên năm {year}"
        else:
            code, label, total = ev.class_code, ev.class_label, ev.total
            how = f"Kết quả tự chấm điểm năm {year}"
        if code not in GOOD_CLASSES and fold(label) not in GOOD_LABELS:
            return []
        unit = get_unit(s, ctx.unit_code)
        name = unit.full_name if unit is not None else ctx.unit_code
        points = f"{total:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return [
            Suggestion(
                key=f"scoring:{ev.id}",
                source="Kết quả chấm điểm phong trào",
                subject_kind="collective",
                subject_name=name,
                subject_unit=name,
                level="commune",
                form="giay_khen",
                achievements=(
                    f"Có thành tích xuất sắc trong thực hiện phong trào thi đua “Dân vận khéo” "
                    f"năm {year}."
                ),
                grounds=f"{how}: xếp loại {label}, {points} điểm.",
                evaluation_id=ev.id,
            )
        ]


def suggestions(ctx: AppContext, year: int) -> list[Suggestion]:
    """What the year's records justify proposing and nobody has proposed yet."""
    return _model_suggestions(ctx, year) + _scoring_suggestion(ctx, year)


def create_from_suggestions(
    ctx: AppContext,
    round_id: str,
    year: int,
    keys: Sequence[str],
    *,
    today: dt.date | None = None,
) -> list[str]:
    """Create one proposal per ticked suggestion in the round; returns their ids and refuses a
    key that is no longer a suggestion (proposed meanwhile) before writing anything."""
    ctx.require(Permission.EDIT)
    with ctx.read() as s:
        records.get(s, CommendationRound, round_id, ROUND)
    found = {x.key: x for x in suggestions(ctx, year)}
    missing = [k for k in keys if k not in found]
    if missing:
        raise RuleViolation(
            "Có đề xuất không còn hợp lệ (có thể vừa được đề nghị): hãy mở lại danh sách."
        )
    ids = []
    with ctx.session() as s:  # one transaction: all ticked proposals or none
        for k in keys:
            x = found[k]
            saved = save_proposal_in(
                s,
                ctx,
                ProposalInput(
                    round_id=round_id,
                    subject_kind=x.subject_kind,
                    subject_name=x.subject_name,
                    form=x.form,
                    level=x.level,
                    subject_unit=x.subject_unit,
                    model_id=x.model_id,
                    achievements=x.achievements,
                    evaluation_id=x.evaluation_id,
                    grounds=x.grounds,
                ),
                today=today,
            )
            ids.append(saved.id)
    return ids
