"""The upper level's own decisions on communes' records (never an edit of their rows)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, nfc
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.upper_level.scope import (
    LEVEL_LABELS,
    UPPER_LEVELS,
    _names,
    member_communes,
)
from danvan_desktop.store.base import SYNCED, Record
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.upper_level import (
    UpperDecision,
)


class DecisionKind(StrEnum):
    COMMENT = "comment"
    RECOGNITION = "recognition"
    RETURN_FOR_CORRECTION = "return_for_correction"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    DecisionKind.COMMENT: "Ý kiến",
    DecisionKind.RECOGNITION: "Công nhận",
    DecisionKind.RETURN_FOR_CORRECTION: "Trả lại để hoàn thiện",
}


# ---- decisions on commune records ---------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    id: str
    kind: DecisionKind
    target_entity: str
    target_id: str
    target_unit: str
    target_unit_name: str
    target_label: str
    decided_on: dt.date
    decided_by: str
    level: str
    decision_no: str
    text: str
    due_on: dt.date | None
    owner_unit: str
    #: for a return for correction: the commune changed the record after the decision
    corrected: bool
    created_at: dt.datetime | None

    @property
    def kind_label(self) -> str:
        return self.kind.label


def _target(s: Session, entity: str, target_id: str) -> Record:
    cls = SYNCED.get(entity)
    obj = s.get(cls, target_id) if cls is not None else None
    if obj is None or obj.deleted:
        raise NotFound("Không tìm thấy hồ sơ của xã (có thể chưa được nhập hoặc đã bị xóa).")
    return obj


def _label_of(obj: Record) -> str:
    for attr in ("name", "title", "subject", "full_name"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value[:500]
    return obj.id


def record_decision(
    ctx: AppContext,
    target_entity: str,
    target_id: str,
    kind: DecisionKind | str,
    text: str,
    decided_on: dt.date,
    *,
    decision_no: str = "",
    due_on: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """The upper level's own record about a commune's record; the commune's row is untouched."""
    kind = DecisionKind(kind)
    ctx.require(Permission.APPROVE if kind == DecisionKind.RECOGNITION else Permission.EDIT)
    today = today or dt.date.today()
    text = nfc(text).strip()
    if decided_on > today:
        raise RuleViolation(
            "Ngày ra ý kiến, quyết định không thể là ngày trong tương lai.", "decided_on"
        )
    if kind == DecisionKind.RECOGNITION and not clean(decision_no):
        raise RuleViolation("Công nhận cần có số quyết định.", "decision_no")
    if kind != DecisionKind.RECOGNITION and not text:
        raise RuleViolation("Cần ghi nội dung ý kiến hoặc nội dung cần hoàn thiện.", "text")
    if due_on is not None and due_on < decided_on:
        raise RuleViolation("Hạn hoàn thiện không thể trước ngày trả lại.", "due_on")
    with ctx.session() as s:
        level = get_setting(s, "unit_level", "commune")
        if level not in UPPER_LEVELS:
            raise RuleViolation(
                "Chỉ cấp tỉnh hoặc cấp trung gian mới ghi ý kiến, quyết định trên hồ sơ của xã."
            )
        target = _target(s, target_entity, target_id)
        if target.unit_code == ctx.unit_code:
            raise RuleViolation(
                "Đây là hồ sơ của chính đơn vị mình, không phải hồ sơ do xã gửi lên."
            )
        members = {c.code for c in member_communes(s, ctx.unit_code)}
        if target.unit_code not in members:
            raise RuleViolation("Hồ sơ này thuộc đơn vị không trực thuộc đơn vị mình.")
        if (
            kind == DecisionKind.RECOGNITION
            and s.execute(
                select(UpperDecision.id).where(
                    UpperDecision.target_id == target_id,
                    UpperDecision.kind == kind.value,
                    UpperDecision.unit_code == ctx.unit_code,
                    UpperDecision.deleted.is_(False),
                )
            ).first()
        ):
            raise RuleViolation(f"Hồ sơ này đã được công nhận {LEVEL_LABELS.get(level, '')}.")
        d = UpperDecision(
            kind=kind.value,
            target_entity=target_entity,
            target_id=target_id,
            target_unit=target.unit_code,
            target_label=_label_of(target),
            decided_on=decided_on,
            decided_by=ctx.user.full_name,
            level=level,
            decision_no=clean(decision_no),
            text=text,
            due_on=due_on if kind == DecisionKind.RETURN_FOR_CORRECTION else None,
            unit_code=ctx.unit_code,
        )
        s.add(d)
        s.flush()
        return d.id


def withdraw_decision(ctx: AppContext, decision_id: str) -> None:
    """Tombstone one of our decisions (the tombstone travels down like the decision did)."""
    ctx.require(Permission.APPROVE)
    with ctx.session() as s:
        d = s.get(UpperDecision, decision_id)
        if d is None or d.deleted:
            raise NotFound("Không tìm thấy ý kiến, quyết định.")
        if d.unit_code != ctx.unit_code:
            raise RuleViolation("Chỉ thu hồi được ý kiến, quyết định do đơn vị mình ban hành.")
        d.deleted = True


def decisions(
    ctx: AppContext,
    *,
    target_id: str | None = None,
    commune_code: str | None = None,
    received: bool = False,
) -> list[DecisionRow]:
    """Decisions, newest first: ours (upper level) or, with `received`, those on our records."""
    q = select(UpperDecision).where(UpperDecision.deleted.is_(False))
    if target_id:
        q = q.where(UpperDecision.target_id == target_id)
    if commune_code:
        q = q.where(UpperDecision.target_unit == commune_code)
    if received:
        q = q.where(UpperDecision.target_unit == ctx.unit_code)
    with ctx.read() as s:
        rows = list(
            s.execute(
                q.order_by(UpperDecision.decided_on.desc(), UpperDecision.created_at.desc())
            ).scalars()
        )
        names = _names(s, [r.target_unit for r in rows])
        touched = _updated_after(s, rows)
        return [
            DecisionRow(
                id=r.id,
                kind=DecisionKind(r.kind),
                target_entity=r.target_entity,
                target_id=r.target_id,
                target_unit=r.target_unit,
                target_unit_name=names.get(r.target_unit, r.target_unit),
                target_label=r.target_label,
                decided_on=r.decided_on,
                decided_by=r.decided_by,
                level=r.level,
                decision_no=r.decision_no,
                text=r.text,
                due_on=r.due_on,
                owner_unit=r.unit_code,
                corrected=r.kind == DecisionKind.RETURN_FOR_CORRECTION and touched.get(r.id, False),
                created_at=r.created_at,
            )
            for r in rows
        ]


def _updated_after(s: Session, rows: list[UpperDecision]) -> dict[str, bool]:
    """Whether each returned record was changed by its commune after the return."""
    out: dict[str, bool] = {}
    for r in rows:
        if r.kind != DecisionKind.RETURN_FOR_CORRECTION:
            continue
        cls = SYNCED.get(r.target_entity)
        if cls is None:
            continue
        updated = s.execute(
            select(cls.updated_at).where(cls.id == r.target_id)
        ).scalar_one_or_none()
        # Mapped[datetime] says never None; the guard against a NULL stays as it was.
        created = cast("dt.datetime | None", r.created_at)
        out[r.id] = bool(updated and created and updated > created)
    return out


def decision_counts(ctx: AppContext) -> dict[str, dict[str, int]]:
    """commune code -> {kind: count} of our live decisions (for the aggregated views)."""
    with ctx.read() as s:
        return decision_counts_in(s, ctx.unit_code)


def decision_counts_in(s: Session, upper_code: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for unit, kind, n in s.execute(
        select(UpperDecision.target_unit, UpperDecision.kind, func.count())
        .where(UpperDecision.deleted.is_(False), UpperDecision.unit_code == upper_code)
        .group_by(UpperDecision.target_unit, UpperDecision.kind)
    ):
        out[unit][kind] = n
    return out
